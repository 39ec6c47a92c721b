/*
 * Snippets: find where the query's phrases occur in a document by
 * re-tokenizing its stored text with cjk/ (the same tokens the index holds),
 * then cut passages of about 80 characters around the best clusters of
 * matches, at clause boundaries where one is near.
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

typedef struct dtok {
    uint64_t hash;
    uint32_t pos;
    size_t start, end;
} dtok;

typedef struct dtok_list {
    dtok *items;
    size_t count, cap;
} dtok_list;

static int collect_dtok(void *vctx, const ps_token *tok)
{
    dtok_list *l = vctx;
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 1024;
        dtok *items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return PS_ENOMEM;
        l->items = items;
        l->cap = cap;
    }
    dtok *d = &l->items[l->count++];
    d->hash = psq_hash(tok->term, tok->len);
    d->pos = tok->pos;
    d->start = tok->start;
    d->end = tok->end;
    return PS_OK;
}

static int cmp_dtok(const void *a, const void *b)
{
    const dtok *x = a, *y = b;
    if (x->pos != y->pos)
        return x->pos < y->pos ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

typedef struct span {
    size_t start, end; /* bytes */
    size_t phrase;
} span;

typedef struct span_list {
    span *items;
    size_t count, cap;
} span_list;

static int span_add(span_list *l, size_t start, size_t end, size_t phrase)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        span *items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return PS_ENOMEM;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = (span){start, end, phrase};
    return PS_OK;
}

static int cmp_span(const void *a, const void *b)
{
    const span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* The token with this hash at slot pos, or NULL.  first[] indexes toks by slot. */
static const dtok *tok_at(const dtok_list *toks, const size_t *first, uint32_t maxpos,
                          uint32_t pos, uint64_t hash)
{
    if (pos > maxpos)
        return NULL;
    for (size_t i = first[pos]; i < toks->count && toks->items[i].pos == pos; i++)
        if (toks->items[i].hash == hash)
            return &toks->items[i];
    return NULL;
}

static int find_spans(const dtok_list *toks, const psq_phrase_list *phrases,
                      span_list *spans)
{
    if (!toks->count)
        return PS_OK;
    uint32_t maxpos = toks->items[toks->count - 1].pos;
    size_t *first = malloc(((size_t)maxpos + 2) * sizeof *first);
    if (!first)
        return PS_ENOMEM;
    for (size_t p = 0; p <= (size_t)maxpos + 1; p++)
        first[p] = toks->count;
    for (size_t i = toks->count; i-- > 0;)
        first[toks->items[i].pos] = i;
    int rc = PS_OK;
    for (size_t ph = 0; !rc && ph < phrases->count; ph++) {
        const psq_phrase *q = &phrases->items[ph];
        for (size_t i = 0; !rc && i < toks->count; i++) {
            const dtok *t0 = &toks->items[i];
            if (t0->hash != q->terms[0])
                continue;
            const dtok *last = t0;
            for (size_t k = 1; last && k < q->n; k++)
                last = tok_at(toks, first, maxpos, t0->pos + (uint32_t)k, q->terms[k]);
            if (last)
                rc = span_add(spans, t0->start, last->end, ph);
        }
    }
    free(first);
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
                        int cut_right, const span_list *spans, ps_snippet *out)
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

/* Score of a passage: distinct phrases first, then the number of matches. */
static unsigned window_score(const span_list *spans, size_t from, size_t to,
                             size_t nphrases)
{
    unsigned distinct = 0, total = 0;
    unsigned char seen[64] = {0};
    for (size_t i = 0; i < spans->count; i++) {
        const span *sp = &spans->items[i];
        if (sp->start < from || sp->end > to)
            continue;
        total++;
        if (sp->phrase < 64 && sp->phrase < nphrases && !seen[sp->phrase]) {
            seen[sp->phrase] = 1;
            distinct++;
        }
    }
    return distinct * 1000 + total;
}

typedef struct window {
    size_t from, to;
    int cut_left, cut_right;
    unsigned score;
} window;

int ps_snippets_make(ps_cjk *cjk, const char *text, size_t n,
                     const psq_phrase_list *phrases, unsigned max,
                     ps_snippet **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    if (max == 0 || n == 0)
        return PS_OK;
    dtok_list toks = {0};
    span_list spans = {0};
    window *wins = NULL;
    int rc = PS_OK;
    if (phrases->count) {
        rc = ps_cjk_tokenize(cjk, PS_TOK_INDEX, text, n, 1, collect_dtok, &toks, NULL);
        if (!rc) {
            qsort(toks.items, toks.count, sizeof *toks.items, cmp_dtok);
            rc = find_spans(&toks, phrases, &spans);
        }
        if (!rc)
            qsort(spans.items, spans.count, sizeof *spans.items, cmp_span);
    }
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
            const span *sp = &spans.items[i];
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
    free(toks.items);
    free(spans.items);
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
