/*
 * collocates: the n-grams occurring within a window of characters around a
 * term more often than their frequency elsewhere in the selection predicts
 * (log-likelihood of near against elsewhere, over characters).
 *
 * Windows are marked per character, so overlapping windows count a
 * character once, and the term's own characters are never inside one.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define G2_MIN 3.84

void ps_collocates_request_init(ps_collocates_request *r)
{
    memset(r, 0, sizeof *r);
    r->window = 10;
    r->min_count = 3;
    r->min_docs = 2; /* a neighbour in one plan only is that plan's, not the term's */
    r->limit = 30;
}

typedef struct col_pass {
    ps_analyzer *a;
    ps_collocates *c;
    const ps_collocates_request *req;
    ps_idset matching;     /* documents the query matches (copies included) */
    ps_idset selected;     /* documents of the selection (first pass) */
    ps_matcher *matcher;
    ps_ngtab *tab;
    ps_ftext text;
    ps_spans spans;
    unsigned char *mask;
    size_t mask_cap;
    size_t len;            /* 0: the counting pass of documents and windows */
    int everywhere;        /* the second scan of a length */
    ps_error *err;
} col_pass;

static int collect_match(void *ctx, unsigned docid, const ps_docrec *rec)
{
    (void)rec;
    col_pass *p = ctx;
    return ps_idset_add(&p->matching, docid)
               ? ps_error_set(p->err, PS_ENOMEM, "cannot find collocates: out of memory")
               : PS_OK;
}

/* Mark the windows around the matches; returns the count of marked characters. */
static int mark_windows(col_pass *p, unsigned long long *marked)
{
    ps_ftext *t = &p->text;
    if (p->mask_cap < t->n + 1) {
        unsigned char *m = realloc(p->mask, t->n + 1);
        if (!m)
            return PS_ENOMEM;
        p->mask = m;
        p->mask_cap = t->n + 1;
    }
    memset(p->mask, 0, t->n + 1);
    size_t w = p->req->window;
    for (size_t i = 0; i < p->spans.n; i++) {
        size_t s = ps_ftext_at(t, p->spans.v[2 * i]);
        size_t e = ps_ftext_at(t, p->spans.v[2 * i + 1]);
        size_t lo = s > w ? s - w : 0;
        size_t hi = e + w < t->n ? e + w : t->n;
        for (size_t k = lo; k < hi; k++)
            if (k < s || k >= e)
                p->mask[k] |= 1;
    }
    /* the term itself is never its own neighbour */
    for (size_t i = 0; i < p->spans.n; i++) {
        size_t s = ps_ftext_at(t, p->spans.v[2 * i]);
        size_t e = ps_ftext_at(t, p->spans.v[2 * i + 1]);
        for (size_t k = s; k < e; k++)
            p->mask[k] = 0;
    }
    *marked = 0;
    for (size_t k = 0; k < t->n; k++)
        *marked += p->mask[k];
    return PS_OK;
}

static int visit(void *ctx, unsigned docid, const ps_docrec *rec)
{
    col_pass *p = ctx;
    ps_collocates *c = p->c;
    int matched = ps_idset_has(&p->matching, docid);
    unsigned long long occ = 0, marked = 0;
    int rc = p->len ? ps_ftext_fold_words(p->a, rec->body, rec->body_len, &p->text)
                    : ps_ftext_fold(p->a->cjk, rec->body, rec->body_len, &p->text);
    if (!rc && matched)
        rc = ps_matcher_count(p->matcher, rec->body, rec->body_len, &occ, &p->spans);
    if (!rc && matched)
        rc = mark_windows(p, &marked);
    if (rc)
        return ps_error_set(p->err, rc, "cannot find collocates: %s", ps_status_text(rc));
    if (p->len == 0) {
        if (ps_idset_add(&p->selected, docid))
            return ps_error_set(p->err, PS_ENOMEM, "cannot find collocates: out of memory");
        c->docs++;
        c->chars += p->text.n;
        c->matched_docs += matched && occ > 0;
        c->occurrences += occ;
        c->window_chars += marked;
        return PS_OK;
    }
    const unsigned char *bound = p->a->words ? p->text.bound : NULL;
    /* near the term (adding n-grams) on one scan; on the next, everywhere,
     * counting only the n-grams that were near the term somewhere */
    if (!p->everywhere && matched && occ)
        rc = ps_ngram_count(p->tab, p->text.cp, 0, p->text.n, p->len, p->mask, 0, docid, 1,
                            bound);
    if (p->everywhere)
        rc = ps_ngram_count(p->tab, p->text.cp, 0, p->text.n, p->len, NULL, 1, docid, 0, bound);
    return rc ? ps_error_set(p->err, rc, "cannot find collocates: out of memory") : PS_OK;
}

static double score(void *ctx, const ps_ngent *e, double *effect)
{
    const ps_collocates *c = ctx;
    double a = (double)e->c[0], b = (double)e->c[1] - (double)e->c[0];
    double n1 = (double)c->window_chars, n2 = (double)(c->chars - c->window_chars);
    if (n2 <= 0 || !(a / n1 > b / n2))
        return NAN;
    double g2 = ps_g2(a, n1, b, n2);
    if (g2 < G2_MIN)
        return NAN;
    *effect = ps_log_ratio(a, n1, b, n2);
    return g2;
}

int ps_collocates_run(ps_analyzer *a, const ps_collocates_request *req, ps_collocates **out,
                  ps_error *err)
{
    *out = NULL;
    ps_collocates *c = calloc(1, sizeof *c);
    if (!c)
        return ps_error_set(err, PS_ENOMEM, "cannot find collocates: out of memory");
    ps_ngtab tab = {0};
    col_pass p = {.a = a, .c = c, .req = req, .tab = &tab, .err = err};
    ps_query *q = NULL;
    int rc = ps_query_parse(a->cjk, req->term, &q, err);
    if (!rc)
        rc = psq_prepare(q, err);
    if (!rc && ps_matcher_new(a->cjk, q, &p.matcher))
        rc = ps_error_set(err, PS_ENOMEM, "cannot find collocates: out of memory");
    if (!rc)
        rc = ps_scan(a, q, &req->filter, 1, collect_match, &p, err);
    ps_idset_sort(&p.matching);
    for (size_t len = 0; !rc && len <= PS_NGRAM_MAX; len = len ? len + 1 : PS_NGRAM_MIN) {
        p.len = len;
        p.everywhere = 0;
        rc = ps_scan(a, NULL, &req->filter, req->all, visit, &p, err);
        if (!rc && len) {
            p.everywhere = 1;
            rc = ps_scan(a, NULL, &req->filter, req->all, visit, &p, err);
        }
        if (!rc && len == 0) {
            /* the plans the filter left out, and of them those that do not
               say what it asked (an undated plan under --year) */
            const ps_idset *sel = &p.selected;
            ps_idset_sort(&p.selected);
            rc = ps_left_out_count(a, &sel, 1, req->all, &c->outside, err);
        }
        if (rc || len == 0) {
            if (!rc && !c->window_chars)
                break; /* the term never occurs: nothing is near it */
            continue;
        }
        size_t kept = 0;
        for (size_t i = 0; i < tab.cap; i++) {
            ps_ngent *e = &tab.slots[i];
            if (!e->key.w[0] || e->keep || ps_ngkey_len(e->key) != len)
                continue;
            e->keep = e->c[0] >= req->min_count && e->d[0] >= req->min_docs;
            kept += e->keep;
        }
        if (!kept)
            break;
    }
    if (!rc && c->window_chars) {
        size_t ncand;
        if (ps_ngram_rank(&tab, a->words, score, c, req->limit, &c->items, &c->count, &ncand))
            rc = ps_error_set(err, PS_ENOMEM, "cannot find collocates: out of memory");
        for (size_t i = 0; !rc && i < c->count; i++)
            c->items[i].b -= c->items[i].a; /* side 1 counted everywhere */
    }
    ps_query_free(q);
    ps_matcher_free(p.matcher);
    ps_idset_release(&p.matching);
    ps_idset_release(&p.selected);
    ps_ftext_release(&p.text);
    ps_spans_release(&p.spans);
    free(p.mask);
    ps_ngtab_release(&tab);
    if (rc) {
        ps_collocates_free(c);
        return rc;
    }
    *out = c;
    return PS_OK;
}

void ps_collocates_free(ps_collocates *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->count; i++)
        free(c->items[i].ngram);
    free(c->items);
    free(c);
}
