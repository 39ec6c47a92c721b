/*
 * Internals shared by the files of searcher/.
 */
#ifndef PS_SEARCH_INT_H
#define PS_SEARCH_INT_H

#include "ps_search.h"

#include <stdint.h>

/* ---- interface to code in query.c --------------------------------------- */

enum psq_kind { PSQ_PHRASE, PSQ_AND, PSQ_OR, PSQ_NOT };
enum psq_field { PSQ_BODY, PSQ_TITLE, PSQ_ORG };

typedef struct psq_node {
    int kind;          /* enum psq_kind */
    int field;         /* enum psq_field, for PSQ_PHRASE */
    char *text;        /* phrase as written, for PSQ_PHRASE */
    size_t at;         /* 0-based character offset in the query (phrases) */
    struct psq_node **kids;
    size_t nkids;
} psq_node;

struct ps_query {
    ps_cjk *cjk;
    psq_node *root;
};

/*
 * The parse tree as an S-expression, e.g. (AND "集体协商" (NOT title:"女职工")),
 * for tests and --explain.  malloc'd; NULL when out of memory.
 */
char *psq_describe(const ps_query *q);

/* Build the Xapian query: matching tree plus a title boost. */
int psq_compile(const ps_query *q, psx_query **out, ps_error *err);

/* A phrase to highlight: the hashes of its query-mode terms, in order. */
typedef struct psq_phrase {
    uint64_t *terms;
    size_t n;
} psq_phrase;

typedef struct psq_phrase_list {
    psq_phrase *items;
    size_t count;
} psq_phrase_list;

/* The positive body phrases of the query (those worth highlighting). */
int psq_collect_phrases(const ps_query *q, psq_phrase_list *out);
void psq_phrase_list_release(psq_phrase_list *l);

uint64_t psq_hash(const char *p, size_t n);

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

#endif
