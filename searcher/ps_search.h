/*
 * searcher/: query language, filters, ranking, snippets and output, over
 * an index laid out as store/ps_store.h says.
 *
 * Query language (see README "Query language"):
 *   集体协商 女职工          both phrases (implicit AND; each bare term is a
 *                            phrase with substring semantics)
 *   A OR B, NOT A, -A, ( … ), "a phrase with spaces"
 *   title:职工之家, org:总工会   field queries
 *   A NEAR/20 B              at most 20 characters (code points of the
 *                            stored text) between a match of A and one of B,
 *                            either order
 *   A SENTENCE B [SENTENCE C]  in one sentence (split at 。！？；!; and
 *                            line ends)
 *   A ITEM B [ITEM C]        in one item of the plan's outline (一、 （一）
 *                            1、 1. （1） ① 一是 … start an item)
 */
#ifndef PS_SEARCH_H
#define PS_SEARCH_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_gazetteer.h"
#include "ps_store.h"
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

/*
 * One year or range of years, s[0..n): "2012", "2010..2015", "..2010",
 * "2018.." (open ends PS_YEAR_ANY).  0 when valid, -1 otherwise (also for
 * a reversed range, 2016..2015).  The --year option takes a list of these
 * or "none"; the searcher and every front-end read it with this one parser.
 */
int ps_year_range_parse(const char *s, size_t n, int *lo, int *hi);

/* Facets: counts per value over every match (after folding duplicates). */
enum ps_facet {
    PS_FACET_YEAR = 0,
    PS_FACET_REGION = 1,
    PS_FACET_PROVINCE = 2,
    PS_FACET_LEVEL = 3,
    PS_FACET_SECTOR = 4,
    PS_FACET_TYPE = 5,
    PS_FACET_COUNT = 6
};

/* "year" → PS_FACET_YEAR …; -1 for an unknown name. */
int ps_facet_by_name(const char *name);
const char *ps_facet_name(int facet);

typedef struct ps_search_request {
    const char *query;     /* NULL: filters only; "" is malformed (empty) */
    int year_lo, year_hi;  /* inclusive; PS_YEAR_ANY = open */
    const char *region;    /* name or GB/T 2260 code, NULL = any */
    const char *level;     /* NULL = any */
    const char *sector;    /* NULL = any */
    const char *type;      /* kind of document (PS_KINDS), NULL = any */
    /* region, level, sector and type may list several values joined by
       commas (江西,湖南), any of which a plan may have, and "none" selects
       the plans that do not say */
    const char *years;     /* "2012,2015..2018,none": a list replacing
                              year_lo/year_hi when set, NULL = use them */
    unsigned offset, limit;
    int sort;              /* enum ps_sort_order */
    unsigned max_snippets; /* per hit */
    int all;               /* show every near-duplicate instead of folding */
    unsigned facets;       /* bit (1u << enum ps_facet) per facet wanted */
    int explain;           /* fill ps_hit.explain */
    int kwic;              /* fill ps_hit.kwic */
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

/* A concordance line: context and match as the document wrote them. */
typedef struct ps_kwic {
    char *left, *match, *right; /* white space runs shown as one space */
    size_t offset;              /* character offset of the match in the body */
} ps_kwic;

/* Why a hit matched: one entry per query part that holds in it. */
#define PS_EXPLAIN_POSITIONS 5
typedef struct ps_explain {
    char *part;      /* "集体协商", "title:工会", "集体协商 NEAR/20 女职工" */
    const char *field; /* "body", "title" or "org" */
    unsigned count;  /* matches (for scopes: pairs, sentences or items) */
    size_t first[PS_EXPLAIN_POSITIONS]; /* character offsets in the field */
    size_t nfirst;
} ps_explain;

typedef struct ps_hit {
    unsigned rank;     /* 1-based, across pages */
    double score;
    unsigned folded;   /* near-duplicates folded into this hit */
    ps_docrec rec;     /* borrows from the result */
    ps_snippet *snippets;
    size_t nsnippets;
    ps_kwic *kwic;     /* when asked for */
    size_t nkwic;
    ps_explain *explain; /* when asked for */
    size_t nexplain;
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
/*
 * Facet values: how many for this facet (0 when not asked for), and the
 * i-th value (NULL for documents that do not say) with its count.  Years
 * come in ascending order, other facets most frequent first; the unknown
 * value comes last.
 */
size_t ps_result_facet_size(const ps_result *r, int facet);
void ps_result_facet(const ps_result *r, int facet, size_t i, const char **value,
                     unsigned *count);

/*
 * A hint for a query that writes an operator in lower case ("集体协商 or
 * 集体合同" searches the word "or"): 1 and the hint in buf, else 0.
 */
int ps_query_hint(const char *query, char *buf, size_t n);

/*
 * One document by id: PS_OK, PS_DONE when there is no such document.  Also
 * found: a file's one document by the file's id (x.txt for x.txt#1, and
 * x.txt#1 for x.txt), and a document by the path a search printed; a file
 * of several documents named without #N is PS_EQUERY, naming its ids.
 */
typedef struct ps_stored_doc ps_stored_doc;
int ps_searcher_get(ps_searcher *s, const char *id, ps_stored_doc **out,
                    ps_error *err);
const ps_docrec *ps_stored_doc_rec(const ps_stored_doc *d);
void ps_stored_doc_free(ps_stored_doc *d);

/*
 * The near-duplicate copies of document d (a record ps_searcher_get gave):
 * the other documents whose fingerprints are near its own, which search
 * folds together with it (see README, near-duplicates).  Newest first, then
 * by id.  PS_OK (an empty list when there are none), index errors, PS_ENOMEM.
 */
typedef struct ps_copies ps_copies;
int ps_searcher_copies(ps_searcher *s, const ps_docrec *d, ps_copies **out, ps_error *err);
size_t ps_copies_size(const ps_copies *c); /* NULL: 0 */
const ps_docrec *ps_copies_rec(const ps_copies *c, size_t i);
unsigned ps_copies_bits(const ps_copies *c, size_t i); /* fingerprint bits apart */
void ps_copies_free(ps_copies *c); /* NULL is fine */

/* ---- Regions ------------------------------------------------------------ */

/*
 * Resolve a --region argument (name with or without suffix, simplified or
 * traditional, "北京/朝阳区", or a code).  PS_OK with *out; PS_EQUERY with a
 * message naming the candidates when ambiguous, or saying it is unknown.
 */
int ps_region_resolve(ps_cjk *cjk, const ps_gazetteer *gaz, const char *arg,
                      ps_place *out, ps_error *err);
/*
 * When ps_region_resolve picks a province or city over same-named places of
 * county level or above further down (朝阳 → 辽宁省/朝阳市, not 北京市/朝阳区),
 * a one-line note saying so in *note (free() it); NULL otherwise (townships
 * shadowed are not mentioned: there are too many 乐山镇s).  PS_OK, PS_ENOMEM.
 */
int ps_region_note(ps_cjk *cjk, const ps_gazetteer *gaz, const char *arg, char **note,
                   ps_error *err);

/* ---- Output ------------------------------------------------------------- */

/* Human output; `color` highlights with ANSI colours, else with 【】. */
void ps_print_hit_text(FILE *f, const ps_hit *h, int color);
/* One JSON object (a line of JSON Lines). */
void ps_print_hit_json(FILE *f, const ps_hit *h);
/* CSV (RFC 4180, CRLF): the header (after a UTF-8 BOM), then one row per hit. */
void ps_print_csv_header(FILE *f);
void ps_print_hit_csv(FILE *f, const ps_hit *h);
/*
 * Concordance lines of a hit: aligned text (left context right-aligned, so
 * the matches form a column, then the id), one JSON object per line, or CSV
 * rows under ps_print_kwic_csv_header.
 */
void ps_print_kwic_text(FILE *f, const ps_hit *h, int color);
void ps_print_kwic_json(FILE *f, const ps_hit *h);
void ps_print_kwic_csv_header(FILE *f);
void ps_print_kwic_csv(FILE *f, const ps_hit *h);
/* Facet counts of a result: "facet<TAB>value<TAB>count" lines, or JSON Lines. */
void ps_print_facets_text(FILE *f, const ps_result *r, unsigned facets);
void ps_print_facets_json(FILE *f, const ps_result *r, unsigned facets);
/* CSV: header facet,value,count (after a BOM); an unknown value is empty. */
void ps_print_facets_csv(FILE *f, const ps_result *r, unsigned facets);
/* A document; with copies (may be NULL: none listed) its near-duplicates
 * ("copies:" lines; a "copies" array of {id, title, year, region, org, url,
 * path, bits} in JSON). */
void ps_print_doc_text(FILE *f, const ps_docrec *d, int raw, const ps_copies *copies);
/* Where a document was shown from, for a copy saved later: the index's
 * path, plansearch's version and the date (strings borrowed; NULL = unsaid). */
typedef struct ps_doc_provenance {
    const char *index, *version, *date;
} ps_doc_provenance;
/* The document as JSON; with prov (may be NULL) a "provenance" object
 * {"command":"show","index":…,"plansearch_version":…,"date":…} last. */
void ps_print_doc_json(FILE *f, const ps_docrec *d, const ps_copies *copies,
                       const ps_doc_provenance *prov);

/* JSON string escaping (appended; sticky rc). */
void ps_json_string(int *rc, ps_buf *b, const char *s, size_t n);
/* A JSON string, or null for NULL. */
void ps_json_str_or_null(int *rc, ps_buf *b, const char *s);
/* A CSV field (RFC 4180 quoting); nothing for NULL.  Every CSV writer uses it. */
void ps_csv_field(int *rc, ps_buf *b, const char *s);

#endif
