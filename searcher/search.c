/*
 * Running searches: query + filters → Xapian, then stored records and
 * snippets for the page of hits.
 */
#include "search_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct ps_searcher {
    psx_db *db;
    ps_cjk *cjk;
    const ps_gazetteer *gaz;
};

struct ps_result {
    psx_mset *mset;   /* owns the stored data the hits borrow */
    ps_hit *hits;
    size_t count;
    unsigned total;
};

struct ps_stored_doc {
    char *data;
    ps_docrec rec;
};

void ps_search_request_init(ps_search_request *r)
{
    memset(r, 0, sizeof *r);
    r->limit = 10;
    r->max_snippets = 3;
}

int ps_searcher_open(const char *dbpath, ps_cjk *cjk, const ps_gazetteer *gaz,
                     ps_searcher **out, ps_error *err)
{
    *out = NULL;
    ps_searcher *s = calloc(1, sizeof *s);
    if (!s)
        return ps_error_set(err, PS_ENOMEM, "cannot open index: out of memory");
    int rc = psx_db_open(dbpath, PSX_OPEN_READ, &s->db, err);
    if (rc) {
        free(s);
        return rc;
    }
    s->cjk = cjk;
    s->gaz = gaz;
    *out = s;
    return PS_OK;
}

void ps_searcher_close(ps_searcher *s)
{
    if (!s)
        return;
    psx_db_close(s->db);
    free(s);
}

/* A boolean filter term prefix+value. */
static int filter_term(const char *prefix, const char *value, psx_query **out,
                       ps_error *err)
{
    int rc = PS_OK;
    ps_buf t = PS_BUF_INIT;
    ps_buf_puts(&rc, &t, prefix);
    ps_buf_puts(&rc, &t, value);
    if (!rc)
        rc = psx_query_term(t.data, t.len, 0, out, err);
    else
        ps_error_set(err, rc, "cannot build filter: out of memory");
    ps_buf_release(&t);
    return rc;
}

#define MAX_FILTERS 8

static int build_query(ps_searcher *s, const ps_search_request *req,
                       const ps_query *pq, psx_query **out, ps_error *err)
{
    psx_query *parts[1 + MAX_FILTERS] = {NULL};
    size_t n = 1;
    int rc = pq ? psq_compile(pq, &parts[0], err) : psx_query_all(&parts[0], err);
    if (!rc && (req->year_lo != PS_YEAR_ANY || req->year_hi != PS_YEAR_ANY)) {
        double lo = req->year_lo != PS_YEAR_ANY ? req->year_lo : -HUGE_VAL;
        double hi = req->year_hi != PS_YEAR_ANY ? req->year_hi : HUGE_VAL;
        rc = psx_query_value_range(PS_SLOT_YEAR, lo, hi, &parts[n++], err);
    }
    if (!rc && req->region) {
        ps_place place;
        rc = ps_region_resolve(s->cjk, s->gaz, req->region, &place, err);
        if (!rc)
            rc = filter_term(PS_PREFIX_REGION, place.code, &parts[n++], err);
    }
    if (!rc && req->level)
        rc = filter_term(PS_PREFIX_LEVEL, req->level, &parts[n++], err);
    if (!rc && req->sector)
        rc = filter_term(PS_PREFIX_SECTOR, req->sector, &parts[n++], err);
    if (!rc)
        rc = psx_query_combine(PSX_OP_FILTER, parts, n, 0, out, err);
    for (size_t i = 0; i < n; i++)
        psx_query_free(parts[i]);
    return rc;
}

int ps_search(ps_searcher *s, const ps_search_request *req, ps_result **out,
              ps_error *err)
{
    *out = NULL;
    ps_query *pq = NULL;
    int rc = PS_OK;
    if (req->query && *req->query)
        rc = ps_query_parse(s->cjk, req->query, &pq, err);
    psx_query *xq = NULL;
    if (!rc)
        rc = build_query(s, req, pq, &xq, err);

    psx_search_opts o;
    psx_search_opts_init(&o);
    o.offset = req->offset;
    o.limit = req->limit;
    o.sort_slot = PS_SLOT_YEAR;
    o.sort = req->sort == PS_SORT_YEAR_ASC    ? PSX_SORT_VALUE_ASC
             : req->sort == PS_SORT_YEAR_DESC ? PSX_SORT_VALUE_DESC
                                              : PSX_SORT_RELEVANCE;
    ps_result *r = NULL;
    if (!rc) {
        r = calloc(1, sizeof *r);
        if (!r)
            rc = ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
    }
    if (!rc)
        rc = psx_db_search(s->db, xq, &o, &r->mset, err);
    psx_query_free(xq);

    psq_phrase_list phrases = {0};
    if (!rc && pq && psq_collect_phrases(pq, &phrases))
        rc = ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
    if (!rc) {
        r->total = psx_mset_matches(r->mset);
        size_t n = psx_mset_size(r->mset);
        r->hits = calloc(n ? n : 1, sizeof *r->hits);
        if (!r->hits)
            rc = ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
        for (size_t i = 0; !rc && i < n; i++) {
            psx_hit xh;
            rc = psx_mset_hit(r->mset, i, &xh, err);
            ps_hit *h = &r->hits[i];
            if (!rc && ps_docrec_decode(xh.data, xh.data_len, &h->rec))
                rc = ps_error_set(err, PS_EINDEX_CORRUPT,
                                  "document %u has an unreadable record; rebuild the index",
                                  xh.docid);
            if (rc)
                break;
            h->rank = req->offset + (unsigned)i + 1;
            h->score = xh.weight;
            h->folded = xh.collapse_count;
            rc = ps_snippets_make(s->cjk, h->rec.body, h->rec.body_len, &phrases,
                                  req->max_snippets, &h->snippets, &h->nsnippets);
            if (rc)
                ps_error_set(err, rc, "cannot make snippets: %s", ps_status_text(rc));
            r->count++;
        }
    }
    psq_phrase_list_release(&phrases);
    ps_query_free(pq);
    if (rc) {
        ps_result_free(r);
        return rc;
    }
    *out = r;
    return PS_OK;
}

void ps_result_free(ps_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->hits && i < r->count; i++)
        ps_snippets_free(r->hits[i].snippets, r->hits[i].nsnippets);
    free(r->hits);
    psx_mset_free(r->mset);
    free(r);
}

unsigned ps_result_total(const ps_result *r)
{
    return r->total;
}

size_t ps_result_size(const ps_result *r)
{
    return r->count;
}

const ps_hit *ps_result_hit(const ps_result *r, size_t i)
{
    return i < r->count ? &r->hits[i] : NULL;
}

int ps_searcher_get(ps_searcher *s, const char *id, ps_stored_doc **out, ps_error *err)
{
    *out = NULL;
    int rc = PS_OK;
    ps_buf term = PS_BUF_INIT;
    ps_buf_puts(&rc, &term, PS_PREFIX_ID);
    ps_buf_puts(&rc, &term, id);
    if (rc)
        return ps_error_set(err, rc, "cannot read document: out of memory");
    ps_stored_doc *d = calloc(1, sizeof *d);
    size_t len = 0;
    if (!d)
        rc = ps_error_set(err, PS_ENOMEM, "cannot read document: out of memory");
    if (!rc)
        rc = psx_db_get_data(s->db, term.data, &d->data, &len, err);
    ps_buf_release(&term);
    if (!rc && ps_docrec_decode(d->data, len, &d->rec))
        rc = ps_error_set(err, PS_EINDEX_CORRUPT,
                          "document '%s' has an unreadable record; rebuild the index", id);
    if (rc) {
        ps_stored_doc_free(d);
        return rc;
    }
    *out = d;
    return PS_OK;
}

const ps_docrec *ps_stored_doc_rec(const ps_stored_doc *d)
{
    return &d->rec;
}

void ps_stored_doc_free(ps_stored_doc *d)
{
    if (!d)
        return;
    free(d->data);
    free(d);
}
