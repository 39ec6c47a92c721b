/*
 * A document's text as written and folded, split into lines, plus small
 * UTF-8 and search helpers shared by the extractors.
 */
#define _GNU_SOURCE /* memmem */
#include "corpus_int.h"

#include <stdlib.h>
#include <string.h>

size_t ps_u8_next(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t need;
    uint32_t c, min;

    if (u[0] < 0x80) {
        *cp = u[0];
        return 1;
    }
    if (u[0] >= 0xC2 && u[0] <= 0xDF) {
        need = 2, c = u[0] & 0x1F, min = 0x80;
    } else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
        need = 3, c = u[0] & 0x0F, min = 0x800;
    } else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
        need = 4, c = u[0] & 0x07, min = 0x10000;
    } else {
        *cp = 0xFFFFFFFFu;
        return 1;
    }
    if (n < need) {
        *cp = 0xFFFFFFFFu;
        return 1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *cp = 0xFFFFFFFFu;
            return 1;
        }
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = 0xFFFFFFFFu;
        return 1;
    }
    *cp = c;
    return need;
}

int ps_u8_is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' ||
           cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0x2000 && cp <= 0x200B);
}

size_t ps_find(const char *s, size_t n, const char *needle)
{
    /* the extractors ask hundreds of short needles of every page: glibc's
       memmem over a line or a page (a byte-by-byte scan was a fifth of
       their time) */
    size_t m = strlen(needle);
    if (m == 0)
        return 0;
    if (m > n)
        return (size_t)-1;
    /* … but a clause compared in place, memmem's setup being most of its
       cost on so little text (the needle's second byte tells CJK
       characters apart, their first is shared) */
    if (n < 64 && m >= 2) {
        for (size_t i = 0; i + m <= n; i++)
            if (s[i + 1] == needle[1] && s[i] == needle[0] && memcmp(s + i, needle, m) == 0)
                return i;
        return (size_t)-1;
    }
    const char *hit = memmem(s, n, needle, m);
    return hit ? (size_t)(hit - s) : (size_t)-1;
}

int ps_starts(const char *s, size_t n, const char *prefix)
{
    /* byte by byte, never measuring the prefix: most calls fail within
       its first character (three bytes of UTF-8 that share their lead
       byte with most of the page) */
    size_t i = 0;
    for (; prefix[i]; i++)
        if (i >= n || s[i] != prefix[i])
            return 0;
    return 1;
}

int ps_ends(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return m <= n && memcmp(s + n - m, suffix, m) == 0;
}

const char *const ps_sentence_punct[] = {"。", "，", "；", "！", "？", ",",
                                         ";", "!", "?", NULL};

size_t ps_title_mark_open(const char *s, size_t at)
{
    size_t open = (size_t)-1;
    for (size_t i = 0; i + 3 <= at; i++)
        if (ps_starts(s + i, at - i, "《"))
            open = i;
        else if (ps_starts(s + i, at - i, "》"))
            open = (size_t)-1;
    return open;
}

int ps_has_any(const char *s, size_t n, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (ps_find(s, n, words[k]) != (size_t)-1)
            return 1;
    return 0;
}

size_t ps_find_first(const char *s, size_t n, const char *const *words)
{
    size_t first = n;
    for (size_t k = 0; words[k]; k++) {
        size_t p = ps_find(s, first, words[k]);
        if (p != (size_t)-1 && p < first)
            first = p;
    }
    return first;
}

size_t ps_occurrences(const char *s, size_t n, const char *const *words, size_t *last_end)
{
    size_t c = 0, last = 0;
    for (size_t k = 0; words[k]; k++) {
        size_t wl = strlen(words[k]);
        for (size_t at = 0; at + wl <= n;) {
            size_t p = ps_find(s + at, n - at, words[k]);
            if (p == (size_t)-1)
                break;
            c++;
            if (at + p + wl > last)
                last = at + p + wl;
            at += p + wl;
        }
    }
    if (last_end)
        *last_end = last;
    return c;
}

const char *const ps_clause_ends[] = {"。", "，", ",", "；", ";", "！", "!",
                                      "？", "?", ":", "：", NULL};

size_t ps_u8_prev(const char *s, size_t i)
{
    while (i > 0 && ((unsigned char)s[--i] & 0xC0) == 0x80)
        ;
    return i;
}

size_t ps_clause_start(const char *s, size_t from, size_t at)
{
    /* backwards from `at`: a paragraph is one line, and scanning it from
       its start for every word it holds would be quadratic */
    for (size_t i = at; i > from;) {
        i = ps_u8_prev(s, i);
        for (size_t k = 0; ps_clause_ends[k]; k++)
            if (ps_starts(s + i, at - i, ps_clause_ends[k]))
                return i + strlen(ps_clause_ends[k]);
    }
    return from;
}

size_t ps_text_content(const ps_text *t, size_t li)
{
    while (li < t->nlines &&
           ((t->lines[li].flags & PS_LINE_BOILER) || t->lines[li].e == t->lines[li].s))
        li++;
    return li;
}

int ps_starts_any(const char *s, size_t n, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (ps_starts(s, n, words[k]))
            return 1;
    return 0;
}

int ps_ends_any(const char *s, size_t n, const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (ps_ends(s, n, words[k]))
            return 1;
    return 0;
}

int ps_contains(const char *h, size_t hn, const char *needle, size_t nn)
{
    return nn == 0 || memmem(h, hn, needle, nn) != NULL;
}

/* Blank code point at fold[i]?  Returns its byte length, 0 if not blank. */
static size_t blank_at(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    size_t k = ps_u8_next(s + i, n - i, &cp);
    return ps_u8_is_space(cp) ? k : 0;
}

static int split_lines(ps_text *t)
{
    size_t cap = 16, k;
    t->lines = malloc(cap * sizeof *t->lines);
    if (!t->lines)
        return PS_ENOMEM;
    for (size_t i = 0; i <= t->fold_len;) {
        size_t e = i;
        while (e < t->fold_len && t->fold[e] != '\n')
            e++;
        if (e == t->fold_len && i == e && t->nlines > 0)
            break; /* no empty line after a final '\n' */
        if (t->nlines == cap) {
            ps_line *p = realloc(t->lines, 2 * cap * sizeof *p);
            if (!p)
                return PS_ENOMEM;
            t->lines = p;
            cap *= 2;
        }
        ps_line *l = &t->lines[t->nlines++];
        l->ls = i, l->le = e, l->flags = 0;
        l->s = i, l->e = e;
        while (l->s < l->e && (k = blank_at(t->fold, l->e, l->s)) > 0)
            l->s += k;
        /* trim the end: the content ends after its last non-blank */
        size_t last = l->s;
        for (size_t j = l->s; j < l->e;) {
            size_t bk = blank_at(t->fold, l->e, j);
            if (bk) {
                j += bk;
            } else {
                uint32_t cp;
                j += ps_u8_next(t->fold + j, l->e - j, &cp);
                last = j;
            }
        }
        l->e = last;
        i = e + 1;
    }
    return PS_OK;
}

static int taiwan_words(const ps_text *t);

int ps_text_init(ps_text *t, const ps_cjk *cjk, const char *s, size_t n)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;

    memset(t, 0, sizeof *t);
    t->orig = s;
    t->orig_len = n;
    if (cjk) {
        ps_cjk_fold_string(cjk, s, n, &rc, &b, &t->map);
        ps_buf_reserve(&rc, &b, 0);
        if (rc) {
            ps_buf_release(&b);
            free(t->map);
            t->map = NULL;
            return rc;
        }
    } else {
        /* no folding: the text is its own fold and needs no map */
        ps_buf_append(&rc, &b, s, n);
        ps_buf_reserve(&rc, &b, 0);
        if (rc) {
            ps_buf_release(&b);
            return PS_ENOMEM;
        }
    }
    t->fold = b.data;
    t->fold_len = b.len;
    if (split_lines(t) != PS_OK) {
        ps_text_release(t);
        return PS_ENOMEM;
    }
    t->taiwan = taiwan_words(t);
    return PS_OK;
}

size_t ps_text_orig(const ps_text *t, size_t f)
{
    return t->map ? t->map[f] : f;
}

void ps_text_release(ps_text *t)
{
    if (!t)
        return;
    free(t->fold);
    free(t->map);
    free(t->lines);
    memset(t, 0, sizeof *t);
}

/* CJK ideographs and the like: no space belongs between two of them. */
static int is_wide(uint32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

char *ps_text_clean(const ps_text *t, size_t fs, size_t fe, int orig,
                    size_t **offs)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    size_t ocap = 0, *o = NULL;
    const char *s = orig ? t->orig : t->fold;
    size_t from = orig ? ps_text_orig(t, fs) : fs, to = orig ? ps_text_orig(t, fe) : fe;
    uint32_t prev = 0, cp;
    int pending = 0; /* a blank run waits: 1 plain, 2 with a line break */

    if (offs) {
        ocap = to - from + 1;
        o = malloc(ocap * sizeof *o);
        if (!o)
            return NULL;
    }
    for (size_t i = from; i < to;) {
        size_t k = ps_u8_next(s + i, to - i, &cp);
        if (cp == '\n' || ps_u8_is_space(cp)) {
            pending |= cp == '\n' ? 2 : 1;
            i += k;
            continue;
        }
        if (pending && b.len > 0 && !(pending & 2) &&
            !(is_wide(prev) && is_wide(cp))) {
            if (o)
                o[b.len] = i;
            ps_buf_putc(&rc, &b, ' ');
        }
        pending = 0;
        if (o)
            for (size_t j = 0; j < k; j++)
                o[b.len + j] = i + j;
        ps_buf_append(&rc, &b, s + i, k);
        prev = cp;
        i += k;
    }
    if (o)
        o[b.len] = to;
    char *res = rc ? NULL : ps_buf_detach(&b, NULL);
    ps_buf_release(&b);
    if (!res) {
        free(o);
        return NULL;
    }
    if (offs)
        *offs = o;
    return res;
}

/*
 * A page of Taiwan's by its words: the Republic's years, its places, its
 * offices (總統, 立法院, 勞委會).  Its 全國… federations are the island's,
 * and its years may count from 1912.
 */
int ps_taiwan_page(const ps_text *t)
{
    return t->taiwan;
}

/* (read once, when the text is made: a dozen rules ask) */
static int taiwan_words(const ps_text *t)
{
    static const char *const marks[] = {"民国", "台湾", "台北", "台中", "台南", "高雄",
                                        "新北", "桃园市", "总统", "立法院",
                                        "劳委会", "行政院", "新台币", "主计总处", "最低工资审议",
                                        "卫福部", "劳基法", "劳保局",
                                        /* its counties and cities whose names no
                                           mainland place or phrase shares */
                                        "新竹", "基隆", "嘉义", "彰化", "屏东", "宜兰", "花莲",
                                        "苗栗", "澎湖", "南投", "台东县", "云林县", "金门县",
                                        /* (马祖's islands: 连江县 is Taiwan's there) */
                                        "马祖", "南竿", "北竿",
                                        /* its state firms (on labelled pages
                                           only Taiwan's) */
                                        "中华电信", "台铁", "中华邮政",
                                        /* (台电 alone is also 一台电脑's) */
                                        "台电工会", "台电公司", NULL};
    if (ps_has_any(t->fold, t->fold_len, marks))
        return 1;
    /* its 劳动部 (the mainland's was renamed in 1998), not a 劳动部门 */
    for (size_t at = 0, k; (k = ps_find(t->fold + at, t->fold_len - at, "劳动部")) != (size_t)-1;
         at += k + strlen("劳动部"))
        if (!ps_starts(t->fold + at + k + strlen("劳动部"), t->fold_len - at - k - strlen("劳动部"),
                       "门"))
            return 1;
    return 0;
}

/*
 * Written in traditional script: of the first CJK characters, enough that
 * folding changed (one in twelve; simplified text changes none).
 */
int ps_traditional(const ps_text *t)
{
    if (!t->map)
        return 0;
    size_t cjk = 0, changed = 0;
    for (size_t f = 0; f < t->fold_len && cjk < 600;) {
        uint32_t cp;
        size_t k = ps_u8_next(t->fold + f, t->fold_len - f, &cp);
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            cjk++;
            size_t o = t->map[f];
            if (o + k > t->orig_len || memcmp(t->orig + o, t->fold + f, k) != 0)
                changed++;
        }
        f += k;
    }
    return cjk >= 20 && changed * 12 >= cjk;
}
