/*
 * Internals shared by the files of searcher/.
 */
#ifndef PS_SEARCH_INT_H
#define PS_SEARCH_INT_H

#include "ps_search.h"
#include "psx.h"

#include <stdint.h>

/* ---- interface to code in query.c --------------------------------------- */

/*
 * PSQ_NEAR, PSQ_SENTENCE and PSQ_ITEM are scopes: their kids are body
 * phrases that must occur close together (NEAR/n: at most n characters
 * between two matches), in one sentence, or in one item of the plan's
 * outline.  Xapian only narrows the candidates (AND of the kids); match.c
 * decides on the stored text.
 */
enum psq_kind { PSQ_PHRASE, PSQ_AND, PSQ_OR, PSQ_NOT, PSQ_NEAR, PSQ_SENTENCE, PSQ_ITEM };
enum psq_field { PSQ_BODY, PSQ_TITLE, PSQ_ORG };

/* A phrase as the matcher sees it: the hashes of its query-mode terms. */
typedef struct psq_phrase {
    uint64_t *terms;
    size_t n;
} psq_phrase;

typedef struct psq_node {
    int kind;          /* enum psq_kind */
    int field;         /* enum psq_field, for PSQ_PHRASE */
    char *text;        /* phrase as written, for PSQ_PHRASE */
    size_t at;         /* 0-based character offset in the query (phrases) */
    unsigned window;   /* PSQ_NEAR: the n of NEAR/n */
    psq_phrase terms;  /* PSQ_PHRASE, after psq_prepare */
    size_t slot;       /* PSQ_PHRASE: index among the query's phrases */
    struct psq_node **kids;
    size_t nkids;
} psq_node;

struct ps_query {
    ps_cjk *cjk;
    psq_node *root;
    psq_node **phrases; /* every PSQ_PHRASE node, in query order */
    size_t nphrases;
    int scoped;         /* the query has a scope: candidates need checking */
};

/* Tokenize every phrase (node->terms); PS_EQUERY for one with nothing to search. */
int psq_prepare(ps_query *q, ps_error *err);

/*
 * The parse tree as an S-expression, e.g. (AND "集体协商" (NOT title:"女职工")),
 * for tests and --explain.  malloc'd; NULL when out of memory.
 */
char *psq_describe(const ps_query *q);

/* Filters shared by search and the analyses (PS_YEAR_ANY / NULL = any). */
typedef struct psq_filters {
    int year_lo, year_hi;
    const char *region, *level, *sector;
    const char *type; /* "plan" …, or a Chinese name (ps_kind_parse) */
    const char *years; /* "2012,2015..2016,none": replaces year_lo/hi when set */
} psq_filters;

/*
 * The Xapian query for pq (every document when pq is NULL) restricted by the
 * filters; the region is resolved through the gazetteer (PS_EQUERY when it
 * is unknown or ambiguous).
 */
int psq_restrict(ps_cjk *cjk, const ps_gazetteer *gaz, const ps_query *pq,
                 const psq_filters *f, psx_query **out, ps_error *err);

/* Build the Xapian query: matching tree plus a title boost. */
int psq_compile(const ps_query *q, psx_query **out, ps_error *err);

typedef struct psq_phrase_list {
    psq_phrase *items;
    size_t count;
} psq_phrase_list;

/* The positive body phrases of the query (those worth highlighting). */
int psq_collect_phrases(const ps_query *q, psq_phrase_list *out);
void psq_phrase_list_release(psq_phrase_list *l);

uint64_t psq_hash(const char *p, size_t n);

/* ---- interface to code in match.c ----------------------------------------- */

/* One occurrence of a phrase: bytes [start, end) and characters [cstart, cend). */
typedef struct psm_span {
    size_t start, end;
    size_t cstart, cend;
    size_t phrase; /* caller's tag */
} psm_span;

typedef struct psm_span_list {
    psm_span *items;
    size_t count, cap;
} psm_span_list;

void psm_span_list_release(psm_span_list *l);

/* A text tokenized once, to find any number of phrases in it. */
typedef struct psm_text psm_text;

int psm_text_new(ps_cjk *cjk, const char *text, size_t n, psm_text **out);
/*
 * The same, keeping only the tokens that some phrase of `only` has: enough
 * for psm_find with those phrases, and several times cheaper on long texts
 * (snippets of a page of hits).
 */
int psm_text_new_for(ps_cjk *cjk, const char *text, size_t n,
                     const psq_phrase_list *only, psm_text **out);
void psm_text_free(psm_text *t); /* NULL is fine */

/*
 * Append every occurrence of ph (tagged `tag`) to out, in text order, with
 * character offsets.  Adjacency is exact: the terms at consecutive slots.
 */
int psm_find(const psm_text *t, const psq_phrase *ph, size_t tag, psm_span_list *out);

enum psm_unit { PSM_SENTENCE, PSM_ITEM };

/*
 * Byte offsets where units of text[0..n) start, ascending, the first 0:
 * sentences end at 。！？；!; and line ends; items start at the headings of
 * a plan's outline (一、 （一） 1、 1. （1） ① at a line or sentence start,
 * 一是 二是 … after any punctuation).
 */
int psm_units(const char *text, size_t n, int unit, size_t **starts, size_t *count);

/*
 * Does the document (body, title, org) satisfy the query exactly?  *ok gets
 * 1 or 0.  When `explain` is non-NULL, it receives what matched where.
 */
typedef struct psm_doc_text {
    const char *body, *title, *org;
    size_t body_len;
} psm_doc_text;

int psm_eval(const ps_query *q, const psm_doc_text *d, int *ok,
             ps_explain **explain, size_t *nexplain);

/* ---- interface to code in dup.c ------------------------------------------- */

/*
 * Two plans are near-duplicates when their 64-bit SimHashes (PS_SLOT_COLLAPSE)
 * differ in at most PSD_MAX_BITS bits: reposts with another site's header or
 * a changed sentence differ in 0-2.  Plans written in the same official
 * language can come closer than chance: at 6 bits the bench's 100 MB corpus
 * of distinct generated plans lost 0.4% of its matches to false folding; at
 * 3 bits none at 10 MB.
 */
#define PSD_MAX_BITS 3

/* Parse a PS_SLOT_COLLAPSE value; 0 when there is none (too short a text). */
int psd_parse(const char *v, size_t n, uint64_t *out);
int psd_near(uint64_t a, uint64_t b);

/*
 * Greedy folding of a ranked list: each plan is folded into the first kept
 * plan it is near, else kept.  The folder finds that plan through band
 * buckets instead of comparing with every kept plan, which made folding
 * quadratic in the number of matches (100+ ms a query at 18,000 matches).
 */
typedef struct psd_folder psd_folder;
int psd_folder_new(psd_folder **out);
void psd_folder_free(psd_folder *f); /* NULL is fine */
/* The kept number (0-based, in order of psd_folder_keep) of the first kept
 * fingerprint near fp, or -1. */
long psd_folder_find(const psd_folder *f, uint64_t fp);
/* Record fp as the next kept fingerprint: PS_OK or PS_ENOMEM. */
int psd_folder_keep(psd_folder *f, uint64_t fp);
/*
 * Groups of the fingerprints fps[0..n) linked by nearness, transitively:
 * group[i] is the smallest index of i's group (a fingerprint without has[i]
 * is alone).  Greedy folding never reaches across groups, so a ranked list
 * can be folded group by group, and a plan alone in its group is kept
 * whatever its rank.  PS_OK or PS_ENOMEM.
 */
int psd_groups(const uint64_t *fps, const unsigned char *has, size_t n, size_t *group);

/* ---- interface to code in snippet.c --------------------------------------- */

/*
 * Snippets of text[0..n) for the phrases: up to max passages of about 80
 * characters, best first (most distinct phrases, then most matches), cut at
 * clause boundaries.  With no match, the opening of the text.
 */
int ps_snippets_make(ps_cjk *cjk, const char *text, size_t n,
                     const psq_phrase_list *phrases, unsigned max,
                     ps_snippet **out, size_t *nout);
void ps_snippets_free(ps_snippet *s, size_t n);

/* Concordance lines: every match of the phrases, in text order. */
int ps_kwic_make(ps_cjk *cjk, const char *text, size_t n, const psq_phrase_list *phrases,
                 ps_kwic **out, size_t *nout);
void ps_kwic_free(ps_kwic *k, size_t n);
void ps_explain_free(ps_explain *e, size_t n);

/* ---- interface to code in search.c, for copies.c ----------------------------- */

psx_db *pss_db(ps_searcher *s);

#endif
