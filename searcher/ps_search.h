/*
 * searcher/: query language, filters, ranking, snippets and output.
 *
 * Query language (see README "Query language"):
 *   集体协商 女职工          both phrases (implicit AND; each bare term is a
 *                            phrase with substring semantics)
 *   A OR B, NOT A, -A, ( … ), "a phrase with spaces"
 *   title:职工之家, org:总工会   field queries
 */
#ifndef PS_SEARCH_H
#define PS_SEARCH_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_gazetteer.h"
#include "ps_index.h"
#include "ps_status.h"

#include <stdio.h>

/* ---- Queries ------------------------------------------------------------ */

typedef struct ps_query ps_query;

/*
 * Parse a query.  PS_EQUERY for malformed input, with err pointing at the
 * problem ("unbalanced '(' at character 3").  cjk is borrowed for the
 * lifetime of the query.
 */
int ps_query_parse(ps_cjk *cjk, const char *text, ps_query **out, ps_error *err);
void ps_query_free(ps_query *q); /* NULL is fine */

/* ---- Searching ---------------------------------------------------------- */

enum ps_sort_order {
    PS_SORT_RELEVANCE = 0,
    PS_SORT_YEAR_ASC = 1,
    PS_SORT_YEAR_DESC = 2
};

#define PS_YEAR_ANY 0

typedef struct ps_search_request {
    const char *query;     /* may be NULL or "" only when filters are given */
    int year_lo, year_hi;  /* inclusive; PS_YEAR_ANY = open */
    const char *region;    /* name or GB/T 2260 code, NULL = any */
    const char *level;     /* NULL = any */
    const char *sector;    /* NULL = any */
    unsigned offset, limit;
    int sort;              /* enum ps_sort_order */
    unsigned max_snippets; /* per hit */
} ps_search_request;

void ps_search_request_init(ps_search_request *r);

typedef struct ps_searcher ps_searcher;

/*
 * Open the index at dbpath read-only.  cjk and gaz are borrowed.
 * PS_EINDEX_NOTFOUND when there is no index there.
 */
int ps_searcher_open(const char *dbpath, ps_cjk *cjk, const ps_gazetteer *gaz,
                     ps_searcher **out, ps_error *err);
void ps_searcher_close(ps_searcher *s); /* NULL is fine */

typedef struct ps_snippet {
    char *text;       /* UTF-8, as the document wrote it */
    size_t nmatches;
    size_t (*matches)[2]; /* [start, end) in characters of text */
} ps_snippet;

typedef struct ps_hit {
    unsigned rank;     /* 1-based, across pages */
    double score;
    unsigned folded;   /* near-duplicates folded into this hit */
    ps_docrec rec;     /* borrows from the result */
    ps_snippet *snippets;
    size_t nsnippets;
} ps_hit;

typedef struct ps_result ps_result;

/*
 * Run a search.  PS_EQUERY (malformed query, unknown or ambiguous region:
 * err lists the candidates), index errors, PS_ENOMEM.
 */
int ps_search(ps_searcher *s, const ps_search_request *req, ps_result **out,
              ps_error *err);
void ps_result_free(ps_result *r); /* NULL is fine */
/* Number of matching documents in the whole index (not just this page). */
unsigned ps_result_total(const ps_result *r);
size_t ps_result_size(const ps_result *r);
const ps_hit *ps_result_hit(const ps_result *r, size_t i);

/* One document by id: PS_OK, PS_DONE when there is no such document. */
typedef struct ps_stored_doc ps_stored_doc;
int ps_searcher_get(ps_searcher *s, const char *id, ps_stored_doc **out,
                    ps_error *err);
const ps_docrec *ps_stored_doc_rec(const ps_stored_doc *d);
void ps_stored_doc_free(ps_stored_doc *d);

/* ---- Regions ------------------------------------------------------------ */

/*
 * Resolve a --region argument (name with or without suffix, simplified or
 * traditional, "北京/朝阳区", or a code).  PS_OK with *out; PS_EQUERY with a
 * message naming the candidates when ambiguous, or saying it is unknown.
 */
int ps_region_resolve(ps_cjk *cjk, const ps_gazetteer *gaz, const char *arg,
                      ps_place *out, ps_error *err);

/* ---- Output ------------------------------------------------------------- */

/* Human output; `color` highlights with ANSI colours, else with 【】. */
void ps_print_hit_text(FILE *f, const ps_hit *h, int color);
/* One JSON object (a line of JSON Lines). */
void ps_print_hit_json(FILE *f, const ps_hit *h);
void ps_print_doc_text(FILE *f, const ps_docrec *d, int raw);
void ps_print_doc_json(FILE *f, const ps_docrec *d);

/* JSON string escaping (appended; sticky rc). */
void ps_json_string(int *rc, ps_buf *b, const char *s, size_t n);

#endif
