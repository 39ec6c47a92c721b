/*
 * psx: the C face of Xapian.
 *
 * psx.cc is the only C++ translation unit in plansearch.  Every entry point
 * catches every exception (Xapian::Error, std::bad_alloc, std::exception,
 * anything else) and turns it into a ps_status code plus a one-line message
 * in a ps_error; nothing throws across this header.
 *
 * Handles are opaque.  Queries are immutable once built and may be shared as
 * parts of several larger queries; each psx_query must still be freed by its
 * creator (Xapian reference-counts the tree underneath).
 */
#ifndef PSX_H
#define PSX_H

#include "ps_status.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#define PSX_NOEXCEPT noexcept
#else
#define PSX_NOEXCEPT
#endif

typedef struct psx_db psx_db;
typedef struct psx_doc psx_doc;
typedef struct psx_query psx_query;
typedef struct psx_mset psx_mset;

/* ---- Databases -------------------------------------------------------- */

enum psx_open_mode {
    PSX_OPEN_READ = 0,      /* must exist */
    PSX_OPEN_WRITE = 1,     /* create if missing, else open for update */
    PSX_OPEN_OVERWRITE = 2  /* create afresh, replacing what was there */
};

/*
 * Open a database (a folder, or a stub file listing shards, read-only).
 * Returns PS_OK, PS_EINDEX_NOTFOUND, PS_EINDEX_LOCKED, PS_EINDEX_CORRUPT,
 * PS_EINDEX or PS_ENOMEM; on failure *out is NULL and err says why.
 */
int psx_db_open(const char *path, int mode, psx_db **out, ps_error *err) PSX_NOEXCEPT;
/*
 * NULL is fine.  Xapian commits pending changes of a writable database on
 * close, except inside a transaction (psx_db_begin), whose changes are
 * discarded unless psx_db_commit was called.
 */
void psx_db_close(psx_db *db) PSX_NOEXCEPT;

/*
 * The path the database was opened from: a thread of its own opens another
 * handle on it (a Xapian database object is not to be shared by threads).
 */
const char *psx_db_path(const psx_db *db) PSX_NOEXCEPT;

/* Make pending changes durable (all or nothing); ends a transaction. */
int psx_db_commit(psx_db *db, ps_error *err) PSX_NOEXCEPT;

/* Add or replace the document whose unique term is idterm (doc must hold it). */
int psx_db_replace(psx_db *db, const char *idterm, const psx_doc *doc,
                   ps_error *err) PSX_NOEXCEPT;
/* Remove the document whose unique term is idterm (no-op when absent). */
int psx_db_delete(psx_db *db, const char *idterm, ps_error *err) PSX_NOEXCEPT;

int psx_db_doccount(psx_db *db, unsigned *out, ps_error *err) PSX_NOEXCEPT;

/*
 * The stored data of the document with unique term idterm: PS_OK with a
 * malloc'd copy in *data (caller frees), PS_DONE when there is none.
 */
int psx_db_get_data(psx_db *db, const char *idterm, char **data, size_t *len,
                    ps_error *err) PSX_NOEXCEPT;

/*
 * The stored data of document docid, as psx_db_get_data: PS_OK with a
 * malloc'd, NUL-terminated copy, PS_DONE when there is no such document.
 * For the hits of a search made with skip_data.
 */
int psx_db_get_doc_data(psx_db *db, unsigned docid, char **data, size_t *len,
                        ps_error *err) PSX_NOEXCEPT;

/* User metadata (key → value); a missing key reads as "". */
int psx_db_get_metadata(psx_db *db, const char *key, char **value,
                        ps_error *err) PSX_NOEXCEPT;
int psx_db_set_metadata(psx_db *db, const char *key, const char *value,
                        ps_error *err) PSX_NOEXCEPT;

/* Number of documents indexing term (0 when absent). */
int psx_db_termfreq(psx_db *db, const char *term, size_t len, unsigned *out,
                    ps_error *err) PSX_NOEXCEPT;

/*
 * The value in `slot` of the first document indexed by `term`: PS_OK with a
 * malloc'd, NUL-terminated copy in *value (caller frees), PS_DONE when no
 * document has the term (*value NULL).  An absent value reads as "".
 */
int psx_db_term_value(psx_db *db, const char *term, unsigned slot, char **value,
                      ps_error *err) PSX_NOEXCEPT;

/*
 * Call fn(ctx, term, len, termfreq) for every term starting with prefix, in
 * byte order.  A non-zero return from fn stops the walk and is returned.
 * Iterate a committed or read-only index: collect first, then change.
 */
typedef int (*psx_term_fn)(void *ctx, const char *term, size_t len, unsigned freq);
int psx_db_terms(psx_db *db, const char *prefix, psx_term_fn fn, void *ctx,
                 ps_error *err) PSX_NOEXCEPT;

/*
 * Call fn(ctx, docid, data, len) for every document, in docid order; the
 * data is borrowed for the call.  A non-zero return from fn stops the walk.
 */
typedef int (*psx_doc_fn)(void *ctx, unsigned docid, const char *data, size_t len);
int psx_db_docs(psx_db *db, psx_doc_fn fn, void *ctx, ps_error *err) PSX_NOEXCEPT;

/*
 * The terms of document docid that start with prefix: how many in *count,
 * and the first in *first (malloc'd, caller frees; NULL when none; first may
 * be NULL when not wanted).
 */
int psx_db_doc_terms(psx_db *db, unsigned docid, const char *prefix, unsigned *count,
                     char **first, ps_error *err) PSX_NOEXCEPT;

/*
 * Call fn(ctx, docid) for every document indexed by term, in docid order.
 * A non-zero return from fn stops the walk and is returned.
 */
typedef int (*psx_posting_fn)(void *ctx, unsigned docid);
int psx_db_postings(psx_db *db, const char *term, size_t len, psx_posting_fn fn,
                    void *ctx, ps_error *err) PSX_NOEXCEPT;

/* The first document indexed by term: PS_OK with *docid, PS_DONE when none. */
int psx_db_term_doc(psx_db *db, const char *term, unsigned *docid,
                    ps_error *err) PSX_NOEXCEPT;

/*
 * Xapian's structural check of the database at path (every table, every
 * block): PS_OK, or PS_EINDEX_CORRUPT / PS_EINDEX_NOTFOUND with the first
 * problem in err.  A no-op in AddressSanitizer builds (see psx.cc).
 */
int psx_db_check(const char *path, ps_error *err) PSX_NOEXCEPT;

/*
 * Start a transaction on a writable database: changes from here on become
 * durable all together at the next psx_db_commit, or not at all (kill -9,
 * psx_db_rollback, or psx_db_close without a commit).  Changes pending
 * before psx_db_begin belong to the transaction too.
 */
int psx_db_begin(psx_db *db, ps_error *err) PSX_NOEXCEPT;
/* Discard the open transaction, if any. */
void psx_db_rollback(psx_db *db) PSX_NOEXCEPT;

/*
 * Delete every document and every metadata key of a writable database, as
 * pending changes: inside a transaction, the old contents survive until the
 * commit (an interrupted rebuild keeps the old index).
 */
int psx_db_clear(psx_db *db, ps_error *err) PSX_NOEXCEPT;

/* ---- Documents -------------------------------------------------------- */

int psx_doc_new(psx_doc **out, ps_error *err) PSX_NOEXCEPT;
void psx_doc_free(psx_doc *doc) PSX_NOEXCEPT; /* NULL is fine */
/* A term at a position (wdf += 1). */
int psx_doc_add_posting(psx_doc *doc, const char *term, size_t len,
                        unsigned pos, ps_error *err) PSX_NOEXCEPT;
/* A term without a position (wdf += 1): counted for ranking, not for phrases. */
int psx_doc_add_term(psx_doc *doc, const char *term, size_t len,
                     ps_error *err) PSX_NOEXCEPT;
/* A term with no position and wdf 0: a boolean filter term. */
int psx_doc_add_boolean(psx_doc *doc, const char *term, size_t len,
                        ps_error *err) PSX_NOEXCEPT;
int psx_doc_set_value(psx_doc *doc, unsigned slot, const char *v, size_t len,
                      ps_error *err) PSX_NOEXCEPT;
/* A number stored so that values sort numerically (sortable_serialise). */
int psx_doc_set_value_number(psx_doc *doc, unsigned slot, double v,
                             ps_error *err) PSX_NOEXCEPT;
int psx_doc_set_data(psx_doc *doc, const char *data, size_t len,
                     ps_error *err) PSX_NOEXCEPT;

/* ---- Queries ---------------------------------------------------------- */

enum psx_op {
    PSX_OP_AND,       /* all parts match; weights add */
    PSX_OP_OR,        /* any part matches */
    PSX_OP_AND_NOT,   /* first part, none of the rest */
    PSX_OP_AND_MAYBE, /* first part; the rest only add weight */
    PSX_OP_FILTER,    /* first part, restricted by the rest, which add no weight */
    PSX_OP_PHRASE,    /* terms at consecutive positions, in order (window = n) */
    PSX_OP_NEAR,      /* terms within `window` positions, any order */
    PSX_OP_SYNONYM    /* any part, weighted as one term */
};

/* A term query; `pos` is its position within a phrase (1-based, 0 = none). */
int psx_query_term(const char *term, size_t len, unsigned pos,
                   psx_query **out, ps_error *err) PSX_NOEXCEPT;
/* Every document (used as the base of filter-only searches). */
int psx_query_all(psx_query **out, ps_error *err) PSX_NOEXCEPT;
/* No document. */
int psx_query_none(psx_query **out, ps_error *err) PSX_NOEXCEPT;
/*
 * Combine parts with op.  `window` is used by PHRASE and NEAR (0 = number
 * of parts).  The parts are not consumed: free them as usual.
 */
int psx_query_combine(int op, psx_query *const *parts, size_t nparts,
                      unsigned window, psx_query **out, ps_error *err) PSX_NOEXCEPT;
/* Documents whose numeric value in slot lies in [lo, hi]. */
int psx_query_value_range(unsigned slot, double lo, double hi,
                          psx_query **out, ps_error *err) PSX_NOEXCEPT;
/* The same query with its weight multiplied by factor (>= 0). */
int psx_query_scale(const psx_query *q, double factor, psx_query **out,
                    ps_error *err) PSX_NOEXCEPT;
void psx_query_free(psx_query *q) PSX_NOEXCEPT; /* NULL is fine */
/* Xapian's description of the query (malloc'd; for --explain and tests). */
char *psx_query_describe(const psx_query *q) PSX_NOEXCEPT;

/* ---- Searching -------------------------------------------------------- */

enum psx_sort {
    PSX_SORT_RELEVANCE = 0, /* score, ties by sort_slot descending */
    PSX_SORT_VALUE_ASC = 1, /* sort_slot ascending, then score */
    PSX_SORT_VALUE_DESC = 2 /* sort_slot descending, then score */
};

#define PSX_MAX_FACETS 8

typedef struct psx_search_opts {
    unsigned offset;
    unsigned limit;
    int sort;               /* enum psx_sort */
    int sort_slot;          /* value slot for sorting and tie-breaking, -1 none */
    int tie_slot;           /* with PSX_SORT_RELEVANCE: equal weights go by this
                             * value ascending (instead of sort_slot's descending),
                             * so that the order need not depend on the order of
                             * indexing; -1 none */
    int collapse_slot;      /* collapse hits sharing this value, -1 none */
    int value_slot;         /* a value returned with each hit, -1 none */
    int skip_data;          /* leave psx_hit.data empty (psx_db_get_doc_data later) */
    unsigned facet_slots[PSX_MAX_FACETS];
    size_t nfacets;         /* facets are counted over all matches */
    int weighting;          /* enum psx_weighting (BM25 by default) */
    int seen_slots[2];      /* when seen_slots[0] >= 0: every match's docid,
                             * weight and the values of these slots (-1 for
                             * none), gathered as the matcher meets it, whatever
                             * the page (psx_mset_seen) */
} psx_search_opts;

enum psx_weighting {
    PSX_WEIGHT_BM25 = 0,
    PSX_WEIGHT_COORD = 1    /* a document's weight is the number of query terms
                             * it holds (Xapian's CoordWeight), boolean ones too:
                             * reuse ranks candidates by shared fingerprints */
};

void psx_search_opts_init(psx_search_opts *o) PSX_NOEXCEPT;

int psx_db_search(psx_db *db, const psx_query *q, const psx_search_opts *o,
                  psx_mset **out, ps_error *err) PSX_NOEXCEPT;
void psx_mset_free(psx_mset *m) PSX_NOEXCEPT; /* NULL is fine */

/* Hits on this page. */
size_t psx_mset_size(const psx_mset *m) PSX_NOEXCEPT;
/* Exact number of matching documents (after collapsing, when collapsing). */
unsigned psx_mset_matches(const psx_mset *m) PSX_NOEXCEPT;

typedef struct psx_hit {
    unsigned docid;
    double weight;
    unsigned collapse_count; /* other documents folded into this one */
    const char *data;        /* stored data, borrowed until psx_mset_free */
    size_t data_len;
    const char *value;       /* value of value_slot ("" when unset), borrowed */
    size_t value_len;
} psx_hit;

int psx_mset_hit(const psx_mset *m, size_t i, psx_hit *out, ps_error *err) PSX_NOEXCEPT;

/*
 * The matches gathered for seen_slots, in no particular order: -1 when
 * they could not be (a remote shard runs no match spy; search again
 * listing every match instead), else their number.
 */
long psx_mset_seen_size(const psx_mset *m) PSX_NOEXCEPT;
typedef struct psx_seen {
    unsigned docid;
    double weight;          /* as the page's order compares it */
    const char *value[2];   /* of seen_slots ("" when unset), borrowed */
    size_t value_len[2];
} psx_seen;
void psx_mset_seen(const psx_mset *m, size_t i, psx_seen *out) PSX_NOEXCEPT;

/*
 * Facet counts for facet_slots[f]: the number of distinct values, and the
 * i-th (value, count) pair, most frequent first.  Values are borrowed until
 * psx_mset_free.
 */
size_t psx_mset_facet_size(const psx_mset *m, size_t f) PSX_NOEXCEPT;
int psx_mset_facet(const psx_mset *m, size_t f, size_t i, const char **value,
                   size_t *len, unsigned *count) PSX_NOEXCEPT;

/* ---- Bulk building ---------------------------------------------------- */

/*
 * Merge the databases srcs[0..n) (each closed, holding disjoint documents)
 * into a new database at dest, renumbering documents in order, with
 * Xapian's compaction: full B-tree blocks, written once.
 */
int psx_db_compact(const char *const *srcs, size_t nsrcs, const char *dest,
                   ps_error *err) PSX_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif
