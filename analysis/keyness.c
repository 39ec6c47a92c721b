/*
 * keyness: the terms most over-represented in selection A relative to
 * selection B, by log-likelihood (G²) over characters, with the log ratio
 * as effect size.  Candidates are recurring n-grams (ngram.c), counted
 * length by length: one scan of each side per length.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* G² below this is not significant at p < 0.05 (one degree of freedom). */
#define G2_MIN 3.84

void ps_keyness_request_init(ps_keyness_request *r)
{
    memset(r, 0, sizeof *r);
    r->min_count = 5;
    r->min_docs = 2;
    r->limit = 30;
}

typedef struct key_pass {
    ps_analyzer *a;
    ps_ngtab *tab;
    ps_ftext text;
    size_t len;
    int side;
    ps_side *sides; /* filled on the first pass */
    ps_idset ids[2]; /* each side's plans, gathered on the first pass */
    int vs_rest;     /* side 1 is every plan not on side 0 */
    ps_error *err;
} key_pass;

static int visit(void *ctx, unsigned docid, const ps_docrec *rec)
{
    key_pass *p = ctx;
    if (p->vs_rest && p->side == 1 && ps_idset_has(&p->ids[0], docid))
        return PS_OK;
    if (p->len == PS_NGRAM_MIN) {
        if (ps_idset_add(&p->ids[p->side], docid))
            return ps_error_set(p->err, PS_ENOMEM, "cannot compute keyness: out of memory");
        p->sides[p->side].docs++;
        p->sides[p->side].chars += ps_utf8_length(rec->body, rec->body_len);
    }
    int rc = ps_ftext_fold_words(p->a, rec->body, rec->body_len, &p->text);
    if (!rc)
        rc = ps_ngram_count(p->tab, p->text.cp, 0, p->text.n, p->len, NULL, p->side, docid, 1,
                            p->a->words ? p->text.bound : NULL);
    return rc ? ps_error_set(p->err, rc, "cannot count n-grams: out of memory") : PS_OK;
}

typedef struct key_score {
    const ps_keyness *k;
} key_score;

static double score(void *ctx, const ps_ngent *e, double *effect)
{
    const ps_keyness *k = ((key_score *)ctx)->k;
    double a = (double)e->c[0], b = (double)e->c[1];
    double n1 = (double)k->a.chars, n2 = (double)k->b.chars;
    if (!(a / n1 > b / n2))
        return NAN; /* not over-represented in A */
    /* dispersion: a term of one plan of A is that plan's, not A's */
    if (e->d[0] < 2 && k->a.docs >= 2)
        return NAN;
    double g2 = ps_g2(a, n1, b, n2);
    if (g2 < G2_MIN)
        return NAN;
    *effect = ps_log_ratio(a, n1, b, n2);
    return g2;
}

int ps_keyness_run(ps_analyzer *a, const ps_keyness_request *req, ps_keyness **out,
               ps_error *err)
{
    *out = NULL;
    ps_keyness *k = calloc(1, sizeof *k);
    if (!k)
        return ps_error_set(err, PS_ENOMEM, "cannot compute keyness: out of memory");
    ps_ngtab tab = {0};
    ps_side sides[2] = {{0, 0}, {0, 0}};
    key_pass p = {.a = a, .tab = &tab, .sides = sides, .vs_rest = req->vs_rest, .err = err};
    ps_filter every;
    ps_filter_init(&every);
    int rc = PS_OK;
    for (size_t len = PS_NGRAM_MIN; !rc && len <= PS_NGRAM_MAX; len++) {
        p.len = len;
        for (int side = 0; !rc && side < 2; side++) {
            p.side = side;
            const ps_filter *f = side == 0 ? &req->a : req->vs_rest ? &every : &req->b;
            rc = ps_scan(a, NULL, f, req->all, visit, &p, err);
            if (len == PS_NGRAM_MIN)
                ps_idset_sort(&p.ids[side]);
        }
        /* recurring n-grams of this length go on to seed the next */
        size_t kept = 0;
        for (size_t i = 0; !rc && i < tab.cap; i++) {
            ps_ngent *e = &tab.slots[i];
            if (!e->key.w[0] || e->keep || ps_ngkey_len(e->key) != len)
                continue;
            e->keep = e->c[0] + e->c[1] >= req->min_count && e->d[0] + e->d[1] >= req->min_docs;
            kept += e->keep;
        }
        if (!rc && !kept)
            break;
        if (!rc && (!sides[0].chars || !sides[1].chars))
            break; /* an empty side: nothing to compare */
    }
    k->a = sides[0];
    k->b = sides[1];
    k->vs_rest = req->vs_rest;
    /* the plans neither side saw, and why: no year, no place … */
    const ps_idset *sets[2] = {&p.ids[0], &p.ids[1]};
    if (!rc)
        rc = ps_left_out_count(a, sets, 2, req->all, &k->neither, err);
    key_score ks = {k};
    if (!rc && k->a.chars && k->b.chars &&
        ps_ngram_rank(&tab, a->words, score, &ks, req->limit, &k->items, &k->count, &k->candidates))
        rc = ps_error_set(err, PS_ENOMEM, "cannot compute keyness: out of memory");
    ps_ftext_release(&p.text);
    ps_ngtab_release(&tab);
    ps_idset_release(&p.ids[0]);
    ps_idset_release(&p.ids[1]);
    if (rc) {
        ps_keyness_free(k);
        return rc;
    }
    *out = k;
    return PS_OK;
}

void ps_keyness_free(ps_keyness *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->count; i++)
        free(k->items[i].ngram);
    free(k->items);
    free(k);
}
