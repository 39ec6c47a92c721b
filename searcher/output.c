/*
 * Output formats: human text (highlighted with colour on a terminal, 【】
 * otherwise), JSON Lines, CSV, concordance lines and facet counts.  The cli
 * only chooses among these.
 */
#include "search_int.h"

#include <string.h>

#define HL_COLOR_ON "\033[1;31m"
#define HL_COLOR_OFF "\033[0m"
#define TITLE_ON "\033[1m"

void ps_json_string(int *rc, ps_buf *b, const char *s, size_t n)
{
    ps_buf_putc(rc, b, '"');
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = ps_utf8_decode(s + i, n - i, &cp);
        if (cp == PS_UTF8_INVALID) {
            ps_buf_puts(rc, b, "\\ufffd");
        } else if (cp == '"' || cp == '\\') {
            ps_buf_putc(rc, b, '\\');
            ps_buf_putc(rc, b, (char)cp);
        } else if (cp == '\n') {
            ps_buf_puts(rc, b, "\\n");
        } else if (cp == '\t') {
            ps_buf_puts(rc, b, "\\t");
        } else if (cp == '\r') {
            ps_buf_puts(rc, b, "\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            ps_buf_printf(rc, b, "\\u%04x", (unsigned)cp);
        } else {
            ps_buf_append(rc, b, s + i, len);
        }
        i += len;
    }
    ps_buf_putc(rc, b, '"');
}

static void explain_text(FILE *f, const ps_hit *h);
static void explain_json(int *rc, ps_buf *b, const ps_hit *h);
static void flush(FILE *f, int rc, ps_buf *b);

void ps_json_str_or_null(int *rc, ps_buf *b, const char *s)
{
    if (s)
        ps_json_string(rc, b, s, strlen(s));
    else
        ps_buf_puts(rc, b, "null");
}

static void json_key_str(int *rc, ps_buf *b, const char *key, const char *v)
{
    ps_buf_printf(rc, b, ",\"%s\":", key);
    ps_json_str_or_null(rc, b, v);
}

static void json_meta(int *rc, ps_buf *b, const ps_docrec *d)
{
    json_key_str(rc, b, "title", d->title);
    if (d->year)
        ps_buf_printf(rc, b, ",\"year\":%d", d->year);
    else
        ps_buf_puts(rc, b, ",\"year\":null");
    json_key_str(rc, b, "region", d->region);
    json_key_str(rc, b, "region_code", d->region_code);
    json_key_str(rc, b, "org", d->org);
    json_key_str(rc, b, "level", d->level);
    json_key_str(rc, b, "sector", d->sector);
    json_key_str(rc, b, "date", d->date);
    json_key_str(rc, b, "doc_number", d->doc_number);
    json_key_str(rc, b, "type", d->type);
    json_key_str(rc, b, "url", d->url);
    json_key_str(rc, b, "path", d->path);
    json_key_str(rc, b, "encoding", d->encoding);
    json_key_str(rc, b, "format", d->format);
    ps_buf_printf(rc, b, ",\"ocr\":%s", d->ocr ? "true" : "false");
}

static void flush(FILE *f, int rc, ps_buf *b)
{
    if (!rc)
        fwrite(b->data, 1, b->len, f);
    ps_buf_release(b);
}

void ps_print_hit_json(FILE *f, const ps_hit *h)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_buf_printf(&rc, &b, "{\"rank\":%u,\"id\":", h->rank);
    ps_json_string(&rc, &b, h->rec.id, strlen(h->rec.id));
    ps_buf_printf(&rc, &b, ",\"score\":%.4f", h->score);
    json_meta(&rc, &b, &h->rec);
    ps_buf_printf(&rc, &b, ",\"folded\":%u,\"snippets\":[", h->folded);
    for (size_t i = 0; i < h->nsnippets; i++) {
        const ps_snippet *s = &h->snippets[i];
        ps_buf_puts(&rc, &b, i ? ",{\"text\":" : "{\"text\":");
        ps_json_string(&rc, &b, s->text, strlen(s->text));
        if (h->rec.ocr) /* recognised text may hold misread characters */
            ps_buf_puts(&rc, &b, ",\"ocr\":true");
        ps_buf_puts(&rc, &b, ",\"matches\":[");
        for (size_t m = 0; m < s->nmatches; m++)
            ps_buf_printf(&rc, &b, "%s[%zu,%zu]", m ? "," : "", s->matches[m][0],
                          s->matches[m][1]);
        ps_buf_puts(&rc, &b, "]}");
    }
    ps_buf_putc(&rc, &b, ']');
    if (h->explain)
        explain_json(&rc, &b, h);
    ps_buf_puts(&rc, &b, "}\n");
    flush(f, rc, &b);
}

/* Print snippet text with its matches marked. */
static void print_snippet(FILE *f, const ps_snippet *s, int color, int ocr)
{
    const char *on = color ? HL_COLOR_ON : "【";
    const char *off = color ? HL_COLOR_OFF : "】";
    size_t ch = 0, m = 0;
    const char *p = s->text;
    size_t n = strlen(p);
    fputs(ocr ? "   [OCR] " : "   ", f);
    for (size_t i = 0; i <= n;) {
        while (m < s->nmatches && s->matches[m][1] == ch && s->matches[m][0] < ch) {
            fputs(off, f);
            m++;
        }
        if (i == n)
            break;
        if (m < s->nmatches && s->matches[m][0] == ch)
            fputs(on, f);
        uint32_t cp;
        size_t len = ps_utf8_decode(p + i, n - i, &cp);
        fwrite(p + i, 1, len, f);
        i += len;
        ch++;
    }
    fputc('\n', f);
}

void ps_print_hit_text(FILE *f, const ps_hit *h, int color)
{
    const ps_docrec *d = &h->rec;
    fprintf(f, "%2u. %s%s%s", h->rank, color ? TITLE_ON : "", d->title ? d->title : d->id,
            color ? HL_COLOR_OFF : "");
    if (h->folded)
        fprintf(f, "  (+%u near-duplicate%s)", h->folded, h->folded == 1 ? "" : "s");
    fputc('\n', f);
    char year[16] = "-";
    if (d->year)
        snprintf(year, sizeof year, "%d", d->year);
    fprintf(f, "    %s | %s | %s | id %s\n", year, d->region ? d->region : "-",
            d->org ? d->org : "-", d->id);
    fprintf(f, "    %s\n", d->path ? d->path : "-");
    /* two passages are enough to judge a hit at a glance */
    for (size_t i = 0; i < h->nsnippets && i < 2; i++)
        print_snippet(f, &h->snippets[i], color, d->ocr);
    explain_text(f, h);
}

/* One metadata line, and in brackets where the value came from. */
static void field_line(FILE *f, const char *name, const char *v, const char *from)
{
    fprintf(f, "%-11s %s", name, v ? v : "-");
    if (v && from)
        fprintf(f, "  [%s]", from);
    fputc('\n', f);
}

void ps_print_doc_text(FILE *f, const ps_docrec *d, int raw, const ps_copies *copies)
{
    char year[16] = "-";
    if (d->year)
        snprintf(year, sizeof year, "%d", d->year);
    field_line(f, "id:", d->id, NULL);
    field_line(f, "title:", d->title, d->from.title);
    field_line(f, "type:", d->type, d->from.type);
    field_line(f, "year:", year, d->from.year);
    field_line(f, "region:", d->region, d->from.region);
    field_line(f, "region_code:", d->region_code, NULL);
    field_line(f, "org:", d->org, d->from.org);
    field_line(f, "level:", d->level, d->from.level);
    field_line(f, "sector:", d->sector, NULL);
    field_line(f, "date:", d->date, NULL);
    field_line(f, "doc_number:", d->doc_number, NULL);
    field_line(f, "url:", d->url, NULL);
    field_line(f, "path:", d->path, NULL);
    field_line(f, "encoding:", d->encoding, NULL);
    if (d->format) {
        char fmt[64];
        snprintf(fmt, sizeof fmt, "%s%s", d->format,
                 d->ocr ? " (text recognised by OCR: may hold misread characters)" : "");
        field_line(f, "format:", fmt, NULL);
        field_line(f, "file_title:", d->file_title, NULL);
        field_line(f, "file_author:", d->file_author, NULL);
        field_line(f, "file_date:", d->file_date, NULL);
    }
    /* near-duplicates: one line each, id then year, place and title */
    for (size_t i = 0; copies && i < ps_copies_size(copies); i++) {
        const ps_docrec *c = ps_copies_rec(copies, i);
        fprintf(f, "%-11s %s", i ? "" : "copies:", c->id);
        if (c->year)
            fprintf(f, "  %d", c->year);
        if (c->region)
            fprintf(f, "  %s", c->region);
        if (c->title)
            fprintf(f, "  %s", c->title);
        fputc('\n', f);
    }
    if (copies && !ps_copies_size(copies))
        field_line(f, "copies:", NULL, NULL);
    fputc('\n', f);
    if (raw && d->raw) {
        fwrite(d->raw, 1, d->raw_len, f);
        fputc('\n', f);
        return;
    }
    fwrite(d->body, 1, d->body_len, f);
    fputc('\n', f);
    /* the lines the boilerplate pass took for page furniture: shown, marked,
       so a researcher sees what the body left out */
    if (d->furniture && d->furniture_len) {
        fputs("\npage furniture (kept apart from the text, not searched):\n", f);
        for (const char *p = d->furniture, *end = p + d->furniture_len; p < end;) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
            fputs("  | ", f);
            fwrite(p, 1, n, f);
            fputc('\n', f);
            p += n + 1;
        }
    }
}

void ps_print_doc_json(FILE *f, const ps_docrec *d, const ps_copies *copies,
                       const ps_doc_provenance *prov)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_buf_puts(&rc, &b, "{\"id\":");
    ps_json_string(&rc, &b, d->id, strlen(d->id));
    json_meta(&rc, &b, d);
    /* provenance: "year_from": "deploys: 会议部署了2016年八项重点任务" */
    json_key_str(&rc, &b, "title_from", d->from.title);
    json_key_str(&rc, &b, "type_from", d->from.type);
    json_key_str(&rc, &b, "year_from", d->from.year);
    json_key_str(&rc, &b, "region_from", d->from.region);
    json_key_str(&rc, &b, "org_from", d->from.org);
    json_key_str(&rc, &b, "level_from", d->from.level);
    json_key_str(&rc, &b, "file_title", d->file_title);
    json_key_str(&rc, &b, "file_author", d->file_author);
    json_key_str(&rc, &b, "file_date", d->file_date);
    ps_buf_puts(&rc, &b, ",\"text\":");
    ps_json_string(&rc, &b, d->body, d->body_len);
    /* boilerplate lines, one string each: kept, never searched */
    ps_buf_puts(&rc, &b, ",\"furniture\":[");
    const char *end = d->furniture ? d->furniture + d->furniture_len : NULL;
    for (const char *p = d->furniture; p && p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (p != d->furniture)
            ps_buf_putc(&rc, &b, ',');
        ps_json_string(&rc, &b, p, n);
        p += n + 1;
    }
    ps_buf_putc(&rc, &b, ']');
    ps_buf_puts(&rc, &b, ",\"raw\":");
    if (d->raw)
        ps_json_string(&rc, &b, d->raw, d->raw_len);
    else
        ps_buf_puts(&rc, &b, "null");
    if (copies) {
        ps_buf_puts(&rc, &b, ",\"copies\":[");
        for (size_t i = 0; i < ps_copies_size(copies); i++) {
            const ps_docrec *c = ps_copies_rec(copies, i);
            ps_buf_puts(&rc, &b, i ? ",{\"id\":" : "{\"id\":");
            ps_json_string(&rc, &b, c->id, strlen(c->id));
            json_key_str(&rc, &b, "title", c->title);
            if (c->year)
                ps_buf_printf(&rc, &b, ",\"year\":%d", c->year);
            else
                ps_buf_puts(&rc, &b, ",\"year\":null");
            json_key_str(&rc, &b, "region", c->region);
            json_key_str(&rc, &b, "org", c->org);
            json_key_str(&rc, &b, "url", c->url);
            json_key_str(&rc, &b, "path", c->path);
            ps_buf_printf(&rc, &b, ",\"bits\":%u}", ps_copies_bits(copies, i));
        }
        ps_buf_putc(&rc, &b, ']');
    }
    if (prov) {
        ps_buf_puts(&rc, &b, ",\"provenance\":{\"command\":\"show\"");
        json_key_str(&rc, &b, "index", prov->index);
        json_key_str(&rc, &b, "plansearch_version", prov->version);
        json_key_str(&rc, &b, "date", prov->date);
        ps_buf_putc(&rc, &b, '}');
    }
    ps_buf_puts(&rc, &b, "}\n");
    flush(f, rc, &b);
}

/* ---- Explanations ------------------------------------------------------------ */

static void explain_text(FILE *f, const ps_hit *h)
{
    for (size_t i = 0; i < h->nexplain; i++) {
        const ps_explain *e = &h->explain[i];
        fprintf(f, "    matched: %s: %u in %s at", e->part, e->count, e->field);
        for (size_t k = 0; k < e->nfirst; k++)
            fprintf(f, "%s%zu", k ? ", " : " ", e->first[k]);
        fputs(e->count > e->nfirst ? ", …\n" : "\n", f);
    }
}

static void explain_json(int *rc, ps_buf *b, const ps_hit *h)
{
    ps_buf_puts(rc, b, ",\"explain\":[");
    for (size_t i = 0; i < h->nexplain; i++) {
        const ps_explain *e = &h->explain[i];
        ps_buf_puts(rc, b, i ? ",{\"part\":" : "{\"part\":");
        ps_json_string(rc, b, e->part, strlen(e->part));
        ps_buf_printf(rc, b, ",\"field\":\"%s\",\"count\":%u,\"positions\":[", e->field,
                      e->count);
        for (size_t k = 0; k < e->nfirst; k++)
            ps_buf_printf(rc, b, "%s%zu", k ? "," : "", e->first[k]);
        ps_buf_puts(rc, b, "]}");
    }
    ps_buf_putc(rc, b, ']');
}

/* ---- CSV --------------------------------------------------------------------- */

/* A CSV field (RFC 4180): quoted when it holds a comma, quote or line break;
   nothing for NULL (a missing value is an empty field). */
void ps_csv_field(int *rc, ps_buf *b, const char *s)
{
    if (s && strpbrk(s, ",\"\r\n")) {
        ps_buf_putc(rc, b, '"');
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                ps_buf_putc(rc, b, '"');
            ps_buf_putc(rc, b, *p);
        }
        ps_buf_putc(rc, b, '"');
    } else if (s) {
        ps_buf_puts(rc, b, s);
    }
}

/* A field and what follows it: a comma, or the CRLF that ends the row. */
static void csv_field(int *rc, ps_buf *b, const char *s, int last)
{
    ps_csv_field(rc, b, s);
    ps_buf_puts(rc, b, last ? "\r\n" : ",");
}

/*
 * The byte order mark makes spreadsheet programs (Excel above all) read the
 * file as UTF-8 rather than the local ANSI code page; CSV readers that know
 * UTF-8 skip it.
 */
#define UTF8_BOM "\xEF\xBB\xBF"

void ps_print_csv_header(FILE *f)
{
    fputs(UTF8_BOM "rank,id,score,title,year,region,region_code,org,level,sector,date,"
                   "doc_number,folded,path,snippets\r\n", f);
}

/* Snippet text with matches in 【】, as the piped text output shows them. */
static void snippet_marked(int *rc, ps_buf *b, const ps_snippet *s)
{
    size_t ch = 0, m = 0;
    const char *p = s->text;
    size_t n = strlen(p);
    for (size_t i = 0; i <= n;) {
        while (m < s->nmatches && s->matches[m][1] == ch && s->matches[m][0] < ch) {
            ps_buf_puts(rc, b, "】");
            m++;
        }
        if (i == n)
            break;
        if (m < s->nmatches && s->matches[m][0] == ch)
            ps_buf_puts(rc, b, "【");
        uint32_t cp;
        size_t len = ps_utf8_decode(p + i, n - i, &cp);
        ps_buf_append(rc, b, p + i, len);
        i += len;
        ch++;
    }
}

void ps_print_hit_csv(FILE *f, const ps_hit *h)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT, snip = PS_BUF_INIT;
    const ps_docrec *d = &h->rec;
    char num[32], year[16] = "", folded[16];
    snprintf(num, sizeof num, "%u", h->rank);
    csv_field(&rc, &b, num, 0);
    csv_field(&rc, &b, d->id, 0);
    snprintf(num, sizeof num, "%.4f", h->score);
    csv_field(&rc, &b, num, 0);
    csv_field(&rc, &b, d->title, 0);
    if (d->year)
        snprintf(year, sizeof year, "%d", d->year);
    csv_field(&rc, &b, year, 0);
    csv_field(&rc, &b, d->region, 0);
    csv_field(&rc, &b, d->region_code, 0);
    csv_field(&rc, &b, d->org, 0);
    csv_field(&rc, &b, d->level, 0);
    csv_field(&rc, &b, d->sector, 0);
    csv_field(&rc, &b, d->date, 0);
    csv_field(&rc, &b, d->doc_number, 0);
    snprintf(folded, sizeof folded, "%u", h->folded);
    csv_field(&rc, &b, folded, 0);
    csv_field(&rc, &b, d->path, 0);
    for (size_t i = 0; i < h->nsnippets; i++) {
        if (i)
            ps_buf_puts(&rc, &snip, " … ");
        snippet_marked(&rc, &snip, &h->snippets[i]);
    }
    ps_buf_putc(&rc, &snip, '\0');
    csv_field(&rc, &b, snip.data, 1);
    ps_buf_release(&snip);
    flush(f, rc, &b);
}

/* ---- Concordance lines ---------------------------------------------------------- */

#define KWIC_LEFT_COLUMNS 40 /* KWIC_CONTEXT characters of up to two columns */

/* Terminal columns of a string: East Asian wide characters take two. */
static size_t display_width(const char *s)
{
    size_t w = 0, n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ps_utf8_decode(s + i, n - i, &cp);
        int wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                   (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                   (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                   (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        w += wide ? 2 : 1;
    }
    return w;
}

void ps_print_kwic_text(FILE *f, const ps_hit *h, int color)
{
    const char *on = color ? HL_COLOR_ON : "【";
    const char *off = color ? HL_COLOR_OFF : "】";
    for (size_t i = 0; i < h->nkwic; i++) {
        const ps_kwic *k = &h->kwic[i];
        size_t lw = display_width(k->left), rw = display_width(k->right);
        fprintf(f, "%*s%s%s%s%s%s%*s  %s\n",
                (int)(lw < KWIC_LEFT_COLUMNS ? KWIC_LEFT_COLUMNS - lw : 0), "", k->left, on,
                k->match, off, k->right,
                (int)(rw < KWIC_LEFT_COLUMNS ? KWIC_LEFT_COLUMNS - rw : 0), "", h->rec.id);
    }
}

void ps_print_kwic_json(FILE *f, const ps_hit *h)
{
    for (size_t i = 0; i < h->nkwic; i++) {
        const ps_kwic *k = &h->kwic[i];
        int rc = PS_OK;
        ps_buf b = PS_BUF_INIT;
        ps_buf_puts(&rc, &b, "{\"id\":");
        ps_json_string(&rc, &b, h->rec.id, strlen(h->rec.id));
        ps_buf_printf(&rc, &b, ",\"rank\":%u,\"offset\":%zu,\"left\":", h->rank, k->offset);
        ps_json_string(&rc, &b, k->left, strlen(k->left));
        ps_buf_puts(&rc, &b, ",\"match\":");
        ps_json_string(&rc, &b, k->match, strlen(k->match));
        ps_buf_puts(&rc, &b, ",\"right\":");
        ps_json_string(&rc, &b, k->right, strlen(k->right));
        ps_buf_puts(&rc, &b, "}\n");
        flush(f, rc, &b);
    }
}

void ps_print_kwic_csv_header(FILE *f)
{
    fputs(UTF8_BOM "id,rank,offset,left,match,right\r\n", f);
}

void ps_print_kwic_csv(FILE *f, const ps_hit *h)
{
    for (size_t i = 0; i < h->nkwic; i++) {
        const ps_kwic *k = &h->kwic[i];
        int rc = PS_OK;
        ps_buf b = PS_BUF_INIT;
        char rank[16], off[32];
        snprintf(rank, sizeof rank, "%u", h->rank);
        snprintf(off, sizeof off, "%zu", k->offset);
        csv_field(&rc, &b, h->rec.id, 0);
        csv_field(&rc, &b, rank, 0);
        csv_field(&rc, &b, off, 0);
        csv_field(&rc, &b, k->left, 0);
        csv_field(&rc, &b, k->match, 0);
        csv_field(&rc, &b, k->right, 1);
        flush(f, rc, &b);
    }
}

/* ---- Facets ------------------------------------------------------------------ */

void ps_print_facets_text(FILE *f, const ps_result *r, unsigned facets)
{
    for (int fc = 0; fc < PS_FACET_COUNT; fc++) {
        if (!(facets & (1u << fc)))
            continue;
        for (size_t i = 0; i < ps_result_facet_size(r, fc); i++) {
            const char *v;
            unsigned count;
            ps_result_facet(r, fc, i, &v, &count);
            fprintf(f, "%s\t%s\t%u\n", ps_facet_name(fc), v ? v : "-", count);
        }
    }
}

void ps_print_facets_json(FILE *f, const ps_result *r, unsigned facets)
{
    for (int fc = 0; fc < PS_FACET_COUNT; fc++) {
        if (!(facets & (1u << fc)))
            continue;
        for (size_t i = 0; i < ps_result_facet_size(r, fc); i++) {
            const char *v;
            unsigned count;
            ps_result_facet(r, fc, i, &v, &count);
            int rc = PS_OK;
            ps_buf b = PS_BUF_INIT;
            ps_buf_printf(&rc, &b, "{\"facet\":\"%s\",\"value\":", ps_facet_name(fc));
            if (v && fc == PS_FACET_YEAR && strspn(v, "0123456789") == strlen(v) && *v)
                ps_buf_puts(&rc, &b, v); /* a year is a number in every JSON output */
            else if (v)
                ps_json_string(&rc, &b, v, strlen(v));
            else
                ps_buf_puts(&rc, &b, "null");
            ps_buf_printf(&rc, &b, ",\"count\":%u}\n", count);
            flush(f, rc, &b);
        }
    }
}

void ps_print_facets_csv(FILE *f, const ps_result *r, unsigned facets)
{
    fputs(UTF8_BOM "facet,value,count\r\n", f);
    for (int fc = 0; fc < PS_FACET_COUNT; fc++) {
        if (!(facets & (1u << fc)))
            continue;
        for (size_t i = 0; i < ps_result_facet_size(r, fc); i++) {
            const char *v;
            unsigned count;
            ps_result_facet(r, fc, i, &v, &count);
            int rc = PS_OK;
            ps_buf b = PS_BUF_INIT;
            char n[16];
            snprintf(n, sizeof n, "%u", count);
            csv_field(&rc, &b, ps_facet_name(fc), 0);
            csv_field(&rc, &b, v ? v : "", 0);
            csv_field(&rc, &b, n, 1);
            flush(f, rc, &b);
        }
    }
}
