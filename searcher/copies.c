/*
 * The near-duplicate copies of one document: every other document whose
 * fingerprint (PS_SLOT_COLLAPSE) is near its own by psd_near, the test
 * search and the analyses fold by.  `show` and the web page's document view
 * list them; both call ps_searcher_copies, so the two front-ends agree.
 *
 * A search folds greedily in rank order (a plan joins the first kept plan it
 * is near), so which copies a hit stands for depends on the query; the
 * copies of a document do not: they are the plans near it, whatever was
 * searched.  Finding them reads every fingerprint of the index (a value
 * per document, no records), then the records of the few near ones.
 */
#include "search_int.h"

#include <stdlib.h>
#include <string.h>

struct ps_copies {
    char **data;      /* stored records, owned */
    ps_docrec *recs;  /* decoded from data */
    unsigned *bits;   /* fingerprint bits that differ from the document's */
    size_t n;
};

static int cmp_copy(const ps_docrec *a, const ps_docrec *b)
{
    /* newest first, undated last, then id: the order search ranks ties in */
    if (a->year != b->year) {
        if (!a->year || !b->year)
            return !a->year ? 1 : -1;
        return a->year > b->year ? -1 : 1;
    }
    return strcmp(a->id, b->id);
}

/* Sort the three parallel arrays by record (a small n: insertion sort). */
static void sort_copies(ps_copies *c)
{
    for (size_t i = 1; i < c->n; i++)
        for (size_t j = i; j > 0 && cmp_copy(&c->recs[j - 1], &c->recs[j]) > 0; j--) {
            ps_docrec r = c->recs[j];
            c->recs[j] = c->recs[j - 1];
            c->recs[j - 1] = r;
            char *d = c->data[j];
            c->data[j] = c->data[j - 1];
            c->data[j - 1] = d;
            unsigned b = c->bits[j];
            c->bits[j] = c->bits[j - 1];
            c->bits[j - 1] = b;
        }
}

static int add_copy(ps_copies *c, psx_db *db, unsigned docid, unsigned bits, ps_error *err)
{
    char *data = NULL;
    size_t len = 0;
    int rc = psx_db_get_doc_data(db, docid, &data, &len, err);
    if (rc == PS_DONE)
        return PS_OK; /* gone meanwhile */
    if (rc)
        return rc;
    char **nd = realloc(c->data, (c->n + 1) * sizeof *nd);
    if (nd)
        c->data = nd;
    ps_docrec *nr = nd ? realloc(c->recs, (c->n + 1) * sizeof *nr) : NULL;
    if (nr)
        c->recs = nr;
    unsigned *nb = nr ? realloc(c->bits, (c->n + 1) * sizeof *nb) : NULL;
    if (nb)
        c->bits = nb;
    if (!nb) {
        free(data);
        return ps_error_set(err, PS_ENOMEM, "cannot list copies: out of memory");
    }
    if (ps_docrec_decode(data, len, &c->recs[c->n])) {
        free(data);
        return ps_error_set(err, PS_EINDEX_CORRUPT,
                            "document %u has an unreadable record; rebuild the index", docid);
    }
    c->data[c->n] = data;
    c->bits[c->n] = bits;
    c->n++;
    return PS_OK;
}

int ps_searcher_copies(ps_searcher *s, const ps_docrec *d, ps_copies **out, ps_error *err)
{
    *out = NULL;
    psx_db *db = pss_db(s);
    ps_copies *c = calloc(1, sizeof *c);
    if (!c)
        return ps_error_set(err, PS_ENOMEM, "cannot list copies: out of memory");
    int rc = PS_OK;
    ps_buf term = PS_BUF_INIT;
    ps_buf_puts(&rc, &term, PS_PREFIX_ID);
    ps_buf_puts(&rc, &term, d->id);
    if (rc) {
        free(c);
        return ps_error_set(err, rc, "cannot list copies: out of memory");
    }
    char *fpv = NULL;
    unsigned self = 0, ndocs = 0;
    rc = psx_db_term_doc(db, term.data, &self, err);
    if (!rc)
        rc = psx_db_term_value(db, term.data, PS_SLOT_COLLAPSE, &fpv, err);
    ps_buf_release(&term);
    uint64_t fp = 0;
    int has_fp = !rc && psd_parse(fpv, fpv ? strlen(fpv) : 0, &fp);
    free(fpv);
    if (rc == PS_DONE)
        rc = PS_OK; /* not (or no longer) in the index: no copies */
    if (!rc && has_fp)
        rc = psx_db_doccount(db, &ndocs, err);
    psx_query *all = NULL;
    psx_mset *m = NULL;
    if (!rc && has_fp)
        rc = psx_query_all(&all, err);
    if (!rc && has_fp) {
        psx_search_opts o;
        psx_search_opts_init(&o);
        o.limit = ndocs ? ndocs : 1;
        o.value_slot = PS_SLOT_COLLAPSE;
        o.skip_data = 1;
        rc = psx_db_search(db, all, &o, &m, err);
    }
    for (size_t i = 0; !rc && m && i < psx_mset_size(m); i++) {
        psx_hit h;
        uint64_t other;
        rc = psx_mset_hit(m, i, &h, err);
        if (!rc && h.docid != self && psd_parse(h.value, h.value_len, &other) &&
            psd_near(fp, other))
            rc = add_copy(c, db, h.docid, (unsigned)__builtin_popcountll(fp ^ other), err);
    }
    psx_mset_free(m);
    psx_query_free(all);
    if (rc) {
        ps_copies_free(c);
        return rc;
    }
    sort_copies(c);
    *out = c;
    return PS_OK;
}

size_t ps_copies_size(const ps_copies *c)
{
    return c ? c->n : 0;
}

const ps_docrec *ps_copies_rec(const ps_copies *c, size_t i)
{
    return c && i < c->n ? &c->recs[i] : NULL;
}

unsigned ps_copies_bits(const ps_copies *c, size_t i)
{
    return c && i < c->n ? c->bits[i] : 0;
}

void ps_copies_free(ps_copies *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        free(c->data[i]);
    free(c->data);
    free(c->recs);
    free(c->bits);
    free(c);
}
