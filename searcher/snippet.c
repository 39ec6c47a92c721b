/*
 * Snippets and concordance lines: find where the query's phrases occur in
 * a document (match.c), then cut passages of about 80 characters around the
 * best clusters of matches, at clause boundaries where one is near, or one
 * line of fixed context per match for --kwic.
 *
 * Working from token offsets means the passage shows the document's own
 * characters (traditional script, full-width digits) while matching is done
 * on normalized terms.
 */
#include "search_int.h"

#include <stdlib.h>
#include <string.h>

#define SNIPPET_WIDTH 80   /* characters per passage, roughly */
#define SNIPPET_BEFORE 24  /* characters of context before the first match */

static int cmp_span(const void *a, const void *b)
{
    const psm_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* Every match of every phrase in text, sorted by start (longest first). */
static int find_spans(ps_cjk *cjk, const char *text, size_t n,
                      const psq_phrase_list *phrases, psm_span_list *spans)
{
    if (!phrases->count || !n)
        return PS_OK;
    psm_text *t = NULL;
    int rc = psm_text_new_for(cjk, text, n, phrases, &t);
    for (size_t ph = 0; !rc && ph < phrases->count; ph++)
        rc = psm_find(t, &phrases->items[ph], ph, spans);
    psm_text_free(t);
    if (!rc)
        qsort(spans->items, spans->count, sizeof *spans->items, cmp_span);
    return rc;
}

/* ---- Cutting passages ------------------------------------------------------ */

/* Where a passage may start or end: 2 after a sentence, 1 after a clause. */
static int boundary_strength(uint32_t cp)
{
    switch (cp) {
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF1B: /* 。！？； */
    case ';': case '!': case '\n':
        return 2; /* not ASCII '?': scraped pages put it where quotes were lost */
    case 0xFF0C: case 0x3001: case ',': case 0xFF1A: case ':': /* ，、： */
        return 1;
    default:
        return 0;
    }
}

/* Byte offset of the character `back` characters before b (not before 0). */
static size_t chars_back(const char *s, size_t b, size_t back)
{
    while (b > 0 && back > 0) {
        b--;
        while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
            b--;
        back--;
    }
    return b;
}

static size_t chars_forward(const char *s, size_t n, size_t b, size_t fwd)
{
    uint32_t cp;
    while (b < n && fwd > 0) {
        b += ps_utf8_decode(s + b, n - b, &cp);
        fwd--;
    }
    return b;
}

/*
 * Start of the passage: just after the last sentence end within reach
 * before `at`, else after the last clause end, else a cut.
 */
static size_t passage_start(const char *s, size_t at, int *cut)
{
    size_t lo = chars_back(s, at, SNIPPET_BEFORE);
    size_t best[3] = {lo, lo, lo};
    int found[3] = {0, 0, 0};
    for (size_t b = lo; b < at;) {
        uint32_t cp;
        size_t len = ps_utf8_decode(s + b, at - b, &cp);
        int k = boundary_strength(cp);
        b += len;
        if (k) {
            best[k] = b;
            found[k] = 1;
        }
    }
    *cut = 0;
    if (found[2])
        return best[2];
    if (found[1])
        return best[1];
    *cut = lo > 0;
    return lo;
}

/*
 * End of the passage: a paragraph ends it; within the width, prefer the
 * last sentence end, then the last clause end, else cut at the width.
 */
static size_t passage_end(const char *s, size_t n, size_t from, size_t min_end, int *cut)
{
    size_t hi = chars_forward(s, n, from, SNIPPET_WIDTH);
    if (hi < min_end)
        hi = min_end;
    size_t best[3] = {hi, hi, hi};
    int found[3] = {0, 0, 0};
    for (size_t b = min_end; b < hi;) {
        uint32_t cp;
        size_t len = ps_utf8_decode(s + b, n - b, &cp);
        if (cp == '\n') {
            *cut = 0;
            return b;
        }
        b += len;
        int k = boundary_strength(cp);
        if (k) {
            best[k] = b;
            found[k] = 1;
        }
    }
    *cut = 0;
    if (found[2])
        return best[2];
    if (found[1])
        return best[1];
    *cut = hi < n;
    return hi;
}

/*
 * Copy s[from..to) as display text: white space runs become one space, and
 * each span inside the range becomes a [start, end) pair in characters.
 */
static int make_snippet(const char *s, size_t from, size_t to, int cut_left,
                        int cut_right, const psm_span_list *spans, ps_snippet *out)
{
    int rc = PS_OK;
    ps_buf text = PS_BUF_INIT;
    size_t nm = 0;
    for (size_t i = 0; i < spans->count; i++)
        if (spans->items[i].start >= from && spans->items[i].end <= to)
            nm++;
    out->matches = calloc(nm ? nm : 1, sizeof *out->matches);
    if (!out->matches)
        return PS_ENOMEM;
    size_t chars = 0;
    if (cut_left) {
        ps_buf_puts(&rc, &text, "…");
        chars++;
    }
    size_t si = 0;
    int in_space = 0;
    size_t open_end = 0, open_idx = 0;
    int open = 0;
    for (size_t b = from; b < to;) {
        /* spans starting here (skip those nested in an open one) */
        while (si < spans->count && spans->items[si].start < b)
            si++;
        if (!open && si < spans->count && spans->items[si].start == b &&
            spans->items[si].end <= to) {
            open = 1;
            open_end = spans->items[si].end;
            open_idx = out->nmatches;
            out->matches[open_idx][0] = chars;
        }
        uint32_t cp;
        size_t len = ps_utf8_decode(s + b, to - b, &cp);
        int space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000;
        if (space) {
            if (!in_space && chars > 0) {
                ps_buf_putc(&rc, &text, ' ');
                chars++;
            }
        } else if (cp == PS_UTF8_INVALID) {
            ps_buf_puts(&rc, &text, "\xEF\xBF\xBD");
            chars++;
        } else {
            ps_buf_append(&rc, &text, s + b, len);
            chars++;
        }
        in_space = space;
        b += len;
        if (open && b >= open_end) {
            /* a match spanning into a collapsed space still ends here */
            out->matches[open_idx][1] = chars;
            out->nmatches++;
            open = 0;
        }
    }
    if (cut_right) {
        ps_buf_puts(&rc, &text, "…");
    }
    if (rc) {
        ps_buf_release(&text);
        return rc;
    }
    out->text = ps_buf_detach(&text, NULL);
    return out->text ? PS_OK : PS_ENOMEM;
}

/*
 * Score of a passage: the number of distinct phrases first; then, with two
 * or more, how close together one match of each lies (the shortest stretch
 * holding them all); then the number of matches.
 */
static unsigned long window_score(const psm_span_list *spans, size_t from, size_t to,
                                  size_t nphrases)
{
    unsigned distinct = 0, total = 0;
    unsigned char seen[64] = {0};
    size_t lo = spans->count, hi = 0;
    for (size_t i = 0; i < spans->count; i++) {
        const psm_span *sp = &spans->items[i];
        if (sp->start < from || sp->end > to)
            continue;
        total++;
        lo = i < lo ? i : lo;
        hi = i + 1;
        if (sp->phrase < 64 && sp->phrase < nphrases && !seen[sp->phrase]) {
            seen[sp->phrase] = 1;
            distinct++;
        }
    }
    size_t cover = 999;
    for (size_t i = lo; distinct >= 2 && i < hi; i++) {
        const psm_span *a = &spans->items[i];
        if (a->start < from || a->end > to)
            continue;
        unsigned char got[64] = {0};
        unsigned have = 0;
        size_t end = 0;
        for (size_t j = i; j < hi && have < distinct; j++) {
            const psm_span *b = &spans->items[j];
            if (b->start < from || b->end > to || b->phrase >= 64)
                continue;
            end = b->cend > end ? b->cend : end;
            if (!got[b->phrase]) {
                got[b->phrase] = 1;
                have++;
            }
        }
        if (have == distinct && end - a->cstart < cover)
            cover = end - a->cstart;
    }
    unsigned long closeness = distinct >= 2 ? 999 - (cover < 999 ? cover : 999) : 0;
    return distinct * 1000000ul + closeness * 1000ul + (total < 999 ? total : 999);
}

typedef struct window {
    size_t from, to;
    int cut_left, cut_right;
    unsigned long score;
} window;

int ps_snippets_make(ps_cjk *cjk, const char *text, size_t n,
                     const psq_phrase_list *phrases, unsigned max,
                     ps_snippet **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    if (max == 0 || n == 0)
        return PS_OK;
    psm_span_list spans = {0};
    window *wins = NULL;
    int rc = find_spans(cjk, text, n, phrases, &spans);
    /* One candidate window per match, anchored a little before it. */
    size_t ncand = spans.count ? spans.count : 1;
    if (!rc) {
        wins = calloc(ncand, sizeof *wins);
        if (!wins)
            rc = PS_ENOMEM;
    }
    for (size_t i = 0; !rc && i < ncand; i++) {
        window *w = &wins[i];
        if (spans.count) {
            const psm_span *sp = &spans.items[i];
            w->from = passage_start(text, sp->start, &w->cut_left);
            w->to = passage_end(text, n, w->from, sp->end, &w->cut_right);
            w->score = window_score(&spans, w->from, w->to, phrases->count);
        } else {
            w->from = 0;
            w->to = passage_end(text, n, 0, 0, &w->cut_right);
        }
    }
    /* Greedy: best windows first, none overlapping an earlier choice. */
    ps_snippet *snips = NULL;
    size_t ns = 0;
    if (!rc) {
        snips = calloc(max, sizeof *snips);
        if (!snips)
            rc = PS_ENOMEM;
    }
    while (!rc && ns < max) {
        size_t best = ncand;
        for (size_t i = 0; i < ncand; i++) {
            if (wins[i].to == 0 && wins[i].from == 0 && spans.count)
                continue; /* used or rejected */
            if (best == ncand || wins[i].score > wins[best].score)
                best = i;
        }
        if (best == ncand)
            break;
        window w = wins[best];
        wins[best].from = wins[best].to = 0;
        for (size_t i = 0; i < ncand; i++)
            if (wins[i].from < w.to && wins[i].to > w.from)
                wins[i].from = wins[i].to = 0;
        rc = make_snippet(text, w.from, w.to, w.cut_left, w.cut_right, &spans, &snips[ns]);
        if (!rc)
            ns++;
        if (!spans.count)
            break;
    }
    psm_span_list_release(&spans);
    free(wins);
    if (rc) {
        ps_snippets_free(snips, ns);
        return rc;
    }
    *out = snips;
    *nout = ns;
    return PS_OK;
}

void ps_snippets_free(ps_snippet *s, size_t n)
{
    if (!s)
        return;
    for (size_t i = 0; i < n; i++) {
        free(s[i].text);
        free(s[i].matches);
    }
    free(s);
}

/* ---- Concordance lines ------------------------------------------------------ */

#define KWIC_CONTEXT 20 /* characters each side */

/* s[from..to) as one line: white space runs become one space. */
static char *flat_copy(const char *s, size_t from, size_t to)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    int in_space = 0;
    for (size_t i = from; i < to;) {
        uint32_t cp;
        size_t len = ps_utf8_decode(s + i, to - i, &cp);
        int space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000;
        if (space && !in_space)
            ps_buf_putc(&rc, &b, ' ');
        else if (!space && cp == PS_UTF8_INVALID)
            ps_buf_puts(&rc, &b, "\xEF\xBF\xBD");
        else if (!space)
            ps_buf_append(&rc, &b, s + i, len);
        in_space = space;
        i += len;
    }
    ps_buf_putc(&rc, &b, '\0');
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
}

int ps_kwic_make(ps_cjk *cjk, const char *text, size_t n, const psq_phrase_list *phrases,
                 ps_kwic **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    psm_span_list spans = {0};
    int rc = find_spans(cjk, text, n, phrases, &spans);
    ps_kwic *k = NULL;
    size_t nk = 0;
    if (!rc && spans.count) {
        k = calloc(spans.count, sizeof *k);
        if (!k)
            rc = PS_ENOMEM;
    }
    size_t last_end = 0;
    for (size_t i = 0; !rc && i < spans.count; i++) {
        const psm_span *sp = &spans.items[i];
        if (nk && sp->start < last_end)
            continue; /* inside the previous match (集体协商 OR 协商) */
        last_end = sp->end;
        size_t from = chars_back(text, sp->start, KWIC_CONTEXT);
        size_t to = chars_forward(text, n, sp->end, KWIC_CONTEXT);
        ps_kwic *line = &k[nk];
        line->left = flat_copy(text, from, sp->start);
        line->match = flat_copy(text, sp->start, sp->end);
        line->right = flat_copy(text, sp->end, to);
        line->offset = sp->cstart;
        nk++;
        if (!line->left || !line->match || !line->right)
            rc = PS_ENOMEM;
    }
    psm_span_list_release(&spans);
    if (rc) {
        ps_kwic_free(k, nk);
        return rc;
    }
    *out = k;
    *nout = nk;
    return PS_OK;
}

void ps_kwic_free(ps_kwic *k, size_t n)
{
    if (!k)
        return;
    for (size_t i = 0; i < n; i++) {
        free(k[i].left);
        free(k[i].match);
        free(k[i].right);
    }
    free(k);
}
