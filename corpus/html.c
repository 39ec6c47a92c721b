/*
 * HTML to text.  Plan pages are simple (paragraphs, tables, line breaks),
 * so a tolerant scanner is enough: no DOM, nothing that can fail on
 * malformed markup, linear in the input.
 */
#include "corpus_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int ci_starts(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    return m <= n && strncasecmp(s, p, m) == 0;
}

static size_t ci_find(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    int first = tolower((unsigned char)p[0]);
    /* the first byte decides almost everywhere (every file is scanned for
     * several tags, which showed in profiles of indexing) */
    for (size_t i = 0; m && i + m <= n; i++)
        if (tolower((unsigned char)s[i]) == first && strncasecmp(s + i, p, m) == 0)
            return i;
    return (size_t)-1;
}

int ps_html_detect(const char *s, size_t n, const char *path)
{
    if (path) {
        size_t pl = strlen(path);
        if ((pl >= 4 && !strcasecmp(path + pl - 4, ".htm")) ||
            (pl >= 5 && !strcasecmp(path + pl - 5, ".html")) ||
            (pl >= 6 && !strcasecmp(path + pl - 6, ".xhtml")) ||
            (pl >= 6 && !strcasecmp(path + pl - 6, ".shtml")))
            return 1;
    }
    size_t m = n < 4096 ? n : 4096;
    size_t i = 0;
    /* a fragment saved as text, or text with its tags left in */
    static const char *const tags[] = {"</p>", "</div>", "<br", "</td>", "</span>",
                                       "</li>", "</font>", NULL};
    size_t tagged = 0;
    for (size_t k = 0; tags[k]; k++)
        for (size_t at = 0, f; at < m && (f = ci_find(s + at, m - at, tags[k])) !=
                                             (size_t)-1;
             at += f + 1)
            tagged++;
    if (tagged >= 3)
        return 1;
    if (m >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < m && isspace((unsigned char)s[i]))
        i++;
    if (i < m && s[i] == '<' &&
        (ci_starts(s + i, m - i, "<!doctype html") ||
         ci_starts(s + i, m - i, "<html") || ci_starts(s + i, m - i, "<?xml") ||
         ci_starts(s + i, m - i, "<head") || ci_starts(s + i, m - i, "<meta") ||
         ci_starts(s + i, m - i, "<!--")))
        return ci_find(s, m, "<body") != (size_t)-1 ||
               ci_find(s, m, "<html") != (size_t)-1 ||
               ci_find(s, m, "<meta") != (size_t)-1 ||
               ci_find(s, m, "<div") != (size_t)-1 ||
               ci_find(s, m, "<p") != (size_t)-1;
    return 0;
}

const char *ps_html_charset(const char *s, size_t n, char *buf, size_t size)
{
    size_t m = n < 4096 ? n : 4096;
    size_t at = ci_find(s, m, "charset");
    if (at == (size_t)-1 || size == 0)
        return NULL;
    size_t i = at + 7;
    while (i < m && (s[i] == ' ' || s[i] == '='))
        i++;
    while (i < m && (s[i] == '"' || s[i] == '\''))
        i++;
    size_t j = 0;
    while (i < m && j + 1 < size &&
           (isalnum((unsigned char)s[i]) || s[i] == '-' || s[i] == '_'))
        buf[j++] = s[i++];
    buf[j] = '\0';
    return j ? buf : NULL;
}

/* Elements whose start or end is a line break in the text. */
static const char *const block_tags[] = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3",
    "h4", "h5", "h6", "section", "article", "header", "footer", "nav",
    "blockquote", "pre", "hr", "dt", "dd", "dl", "center", "form", "title",
    "aside", "main", "tbody", "thead", "caption", "figure", "option", NULL};

/* Elements whose content is not text. */
static const char *const skip_tags[] = {"script", "style", "head", "noscript",
                                        "template", "svg", "iframe", NULL};

static int in_list(const char *name, size_t len, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == len && strncasecmp(list[i], name, len) == 0)
            return 1;
    return 0;
}

static const struct {
    const char *name;
    uint32_t cp;
} entities[] = {
    {"nbsp", ' '},     {"amp", '&'},       {"lt", '<'},        {"gt", '>'},
    {"quot", '"'},     {"apos", '\''},     {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"lsquo", 0x2018}, {"rsquo", 0x2019},  {"mdash", 0x2014},  {"ndash", 0x2013},
    {"hellip", 0x2026},{"middot", 0x00B7}, {"bull", 0x2022},   {"times", 0x00D7},
    {"copy", 0x00A9},  {"reg", 0x00AE},    {"emsp", 0x3000},   {"ensp", ' '},
    {"thinsp", ' '},   {"laquo", 0x00AB},  {"raquo", 0x00BB},  {"deg", 0x00B0},
};

static void put_cp(int *rc, ps_buf *out, uint32_t cp)
{
    char u[4];
    size_t k;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        u[0] = (char)cp, k = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), k = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), k = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F));
        k = 4;
    }
    ps_buf_append(rc, out, u, k);
}

/* Decode an entity at s ('&' …); returns bytes used, 0 if not one. */
static size_t entity(const char *s, size_t n, uint32_t *cp)
{
    size_t i = 1;
    if (i < n && s[i] == '#') {
        int hex = i + 1 < n && (s[i + 1] == 'x' || s[i + 1] == 'X');
        i += hex ? 2 : 1;
        uint32_t v = 0;
        size_t d = 0;
        while (i < n && d < 8 &&
               (hex ? isxdigit((unsigned char)s[i]) : isdigit((unsigned char)s[i]))) {
            int c = (unsigned char)s[i];
            v = v * (hex ? 16 : 10) +
                (uint32_t)(isdigit(c) ? c - '0' : tolower(c) - 'a' + 10);
            i++, d++;
        }
        if (d == 0)
            return 0;
        if (i < n && s[i] == ';')
            i++;
        *cp = v;
        return i;
    }
    for (size_t k = 0; k < sizeof entities / sizeof *entities; k++) {
        size_t m = strlen(entities[k].name);
        if (1 + m <= n && strncmp(s + 1, entities[k].name, m) == 0) {
            *cp = entities[k].cp;
            return 1 + m + (1 + m < n && s[1 + m] == ';');
        }
    }
    return 0;
}

/* Append a line break unless the output already ends with two. */
static void put_break(int *rc, ps_buf *out, size_t start)
{
    while (out->len > start && out->data[out->len - 1] == ' ')
        out->len--;
    if (out->len > start && out->data)
        out->data[out->len] = '\0';
    size_t k = 0;
    while (k < 2 && out->len - k > start && out->data[out->len - 1 - k] == '\n')
        k++;
    if (k < 2 && out->len > start)
        ps_buf_putc(rc, out, '\n');
}

void ps_html_strip(const char *s, size_t n, int *rc, ps_buf *out)
{
    size_t start = out->len;
    int space = 0; /* a white space run is waiting */

    for (size_t i = 0; i < n && !*rc;) {
        char c = s[i];
        if (c == '<') {
            if (ci_starts(s + i, n - i, "<!--")) {
                size_t e = ps_find(s + i + 4, n - i - 4, "-->");
                i = e == (size_t)-1 ? n : i + 4 + e + 3;
                continue;
            }
            /* tag name */
            size_t j = i + 1;
            int closing = j < n && s[j] == '/';
            if (closing)
                j++;
            size_t ns = j;
            while (j < n && (isalnum((unsigned char)s[j])))
                j++;
            size_t nl = j - ns;
            if (nl == 0 && !(j < n && (s[j] == '!' || s[j] == '?'))) {
                /* a lone '<' is text */
                if (space && out->len > start && out->data[out->len - 1] != '\n')
                    ps_buf_putc(rc, out, ' ');
                space = 0;
                ps_buf_putc(rc, out, '<');
                i++;
                continue;
            }
            /* end of the tag, skipping quoted attribute values */
            char q = 0;
            while (j < n && (q || s[j] != '>')) {
                if (q && s[j] == q)
                    q = 0;
                else if (!q && (s[j] == '"' || s[j] == '\''))
                    q = s[j];
                j++;
            }
            size_t after = j < n ? j + 1 : n;
            if (!closing && in_list(s + ns, nl, skip_tags)) {
                /* drop everything up to the matching end tag */
                char endtag[16];
                size_t el = nl < 12 ? nl : 12;
                endtag[0] = '<', endtag[1] = '/';
                memcpy(endtag + 2, s + ns, el);
                endtag[2 + el] = '\0';
                size_t e = ci_find(s + after, n - after, endtag);
                if (e == (size_t)-1) {
                    /* unclosed: the rest is script, as browsers read it
                       (and rescanning for each such tag would be quadratic) */
                    i = n;
                } else {
                    size_t k = after + e;
                    while (k < n && s[k] != '>')
                        k++;
                    i = k < n ? k + 1 : n;
                }
                put_break(rc, out, start);
                space = 0;
                continue;
            }
            if (in_list(s + ns, nl, block_tags)) {
                put_break(rc, out, start);
                space = 0;
            } else if (nl == 2 && !strncasecmp(s + ns, "td", 2)) {
                space = 1; /* table cells: keep words apart */
            }
            i = after;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            space = 1;
            i++;
            continue;
        }
        if (space && out->len > start && out->data[out->len - 1] != '\n')
            ps_buf_putc(rc, out, ' ');
        space = 0;
        uint32_t cp;
        size_t k;
        if (c == '&' && (k = entity(s + i, n - i, &cp)) > 0) {
            put_cp(rc, out, cp);
            i += k;
            continue;
        }
        ps_buf_putc(rc, out, c);
        i++;
    }
    /* no trailing blank lines */
    while (out->len > start &&
           (out->data[out->len - 1] == '\n' || out->data[out->len - 1] == ' '))
        out->len--;
    if (out->data)
        out->data[out->len] = '\0';
}
