/*
 * Helpers shared by the cjk unit tests: a tokenizer callback that serializes
 * tokens as "term[pos]@start-end" joined by spaces (the boundary term is
 * written "_"), in the style of Xapian's api_termgen "term:wdf[positions]".
 */
#ifndef PS_TEST_CJK_UTIL_H
#define PS_TEST_CJK_UTIL_H

#include "ps_cjk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct tok_dump {
    ps_buf out;
    size_t text_len;
    int bad; /* an invariant failed: offsets out of range or empty */
} tok_dump;

static inline int tok_dump_cb(void *ctx, const ps_token *tok)
{
    tok_dump *d = ctx;
    int rc = 0;

    if (tok->start >= tok->end || tok->end > d->text_len || tok->len == 0)
        d->bad = 1;
    if (d->out.len)
        ps_buf_putc(&rc, &d->out, ' ');
    if (tok->flags == PS_TOKF_BOUNDARY)
        ps_buf_putc(&rc, &d->out, '_');
    else
        ps_buf_append(&rc, &d->out, tok->term, tok->len);
    ps_buf_printf(&rc, &d->out, "[%u]@%zu-%zu", (unsigned)tok->pos,
                  tok->start, tok->end);
    return rc;
}

/* Tokenize and serialize; the caller frees the result. */
static inline char *tok_dump_run(ps_cjk *c, int mode, const char *s, size_t n,
                                 uint32_t first_pos, uint32_t *next_pos,
                                 int *bad)
{
    tok_dump d = {PS_BUF_INIT, n, 0};
    int rc = ps_cjk_tokenize(c, mode, s, n, first_pos, tok_dump_cb, &d,
                             next_pos);
    if (rc) {
        ps_buf_release(&d.out);
        return NULL;
    }
    if (bad)
        *bad = d.bad;
    return ps_buf_detach(&d.out, NULL);
}

/*
 * A token stream kept in memory, for phrase matching: the property test and
 * the fuzz target check that a query's tokens occur at consecutive slots of
 * a document's index-mode stream.
 */
typedef struct tok_rec {
    uint32_t pos;
    size_t off, len; /* term bytes in the list's `terms` buffer */
    size_t start, end;
    unsigned flags;
} tok_rec;

typedef struct tok_list {
    tok_rec *v;
    size_t n, cap;
    ps_buf terms;
} tok_list;

static inline int tok_list_cb(void *ctx, const ps_token *tok)
{
    tok_list *l = ctx;
    int rc = 0;

    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        tok_rec *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return PS_ENOMEM;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n].pos = tok->pos;
    l->v[l->n].off = l->terms.len;
    l->v[l->n].len = tok->len;
    l->v[l->n].start = tok->start;
    l->v[l->n].end = tok->end;
    l->v[l->n].flags = tok->flags;
    ps_buf_append(&rc, &l->terms, tok->term, tok->len);
    if (!rc)
        l->n++;
    return rc;
}

static inline void tok_list_clear(tok_list *l)
{
    l->n = 0;
    ps_buf_reset(&l->terms);
}

static inline void tok_list_release(tok_list *l)
{
    free(l->v);
    ps_buf_release(&l->terms);
    memset(l, 0, sizeof *l);
}

static inline int tok_rec_eq(const tok_list *a, const tok_rec *x,
                             const tok_list *b, const tok_rec *y)
{
    return x->len == y->len &&
           memcmp(a->terms.data + x->off, b->terms.data + y->off, x->len) == 0;
}

/*
 * Index doc by position: first[p] is the index of the first doc token at
 * position p, or (size_t)-1.  `first` has npos entries (npos > last doc
 * position); doc must be in non-decreasing position order.
 */
static inline void tok_list_index(const tok_list *doc, size_t *first,
                                  size_t npos)
{
    size_t i;

    for (i = 0; i < npos; i++)
        first[i] = (size_t)-1;
    for (i = doc->n; i-- > 0;)
        first[doc->v[i].pos] = i;
}

/*
 * Does the phrase q (positions relative to its first token) occur in doc,
 * indexed by tok_list_index?  An empty query matches nothing.
 */
static inline int tok_list_has_phrase(const tok_list *doc, const tok_list *q,
                                      const size_t *first, size_t npos)
{
    size_t i, k, j;

    if (q->n == 0)
        return 0;
    for (i = 0; i < doc->n; i++) {
        int ok = 1;
        if (!tok_rec_eq(doc, &doc->v[i], q, &q->v[0]))
            continue;
        for (k = 1; k < q->n && ok; k++) {
            size_t p = doc->v[i].pos + (size_t)(q->v[k].pos - q->v[0].pos);
            ok = 0;
            if (p >= npos || first[p] == (size_t)-1)
                break;
            for (j = first[p]; j < doc->n && doc->v[j].pos == p; j++)
                if (tok_rec_eq(doc, &doc->v[j], q, &q->v[k])) {
                    ok = 1;
                    break;
                }
        }
        if (ok)
            return 1;
    }
    return 0;
}

#endif
