/*
 * plansearch_api.h: the C interface of libplansearch.so for other languages
 * (R, Python through ctypes or cffi, …): search an index without spawning a
 * process.  Link with `pkg-config --cflags --libs plansearch`.
 *
 *     char *err = NULL;
 *     plansearch_index *ix = plansearch_open("/path/to/index", &err);
 *     plansearch_hits *hits = plansearch_search(ix, "集体协商", "year=2012", 0, &err);
 *     const char *json;
 *     while ((json = plansearch_next(hits)))   // one JSON object per hit, as
 *         puts(json);                          // `plansearch --json` writes it
 *     plansearch_hits_free(hits);
 *     plansearch_close(ix);
 *
 * Every function that can fail returns NULL (or -1) and, when errmsg is not
 * NULL, sets *errmsg to a one-line message to release with plansearch_free.
 * Handles are not shared between threads; open one index per thread.
 */
#ifndef PLANSEARCH_API_H
#define PLANSEARCH_API_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct plansearch_index plansearch_index;
typedef struct plansearch_hits plansearch_hits;

/* "0.1.0" */
const char *plansearch_version(void);

/* Open the index in folder dbpath (read-only). */
plansearch_index *plansearch_open(const char *dbpath, char **errmsg);
void plansearch_close(plansearch_index *ix); /* NULL is fine */

/*
 * Search.  query: the query language of plansearch-query(7), or NULL for
 * filters alone.  filters: NULL or "key=value" pairs separated by ';':
 * year (2012, 2010..2015), region, level, sector, type, sort (relevance,
 * year, -year), all (1: every near-duplicate).  limit: hits at most, 0 for
 * every hit.  Hits are made a page at a time as plansearch_next asks.
 */
plansearch_hits *plansearch_search(plansearch_index *ix, const char *query,
                                   const char *filters, unsigned limit, char **errmsg);
/* Number of matching plans (all of them, not just those iterated). */
long plansearch_total(const plansearch_hits *h);
/*
 * The next hit as one JSON object (UTF-8, no newline), valid until the next
 * call; NULL at the end or on an error (then plansearch_error says which).
 */
const char *plansearch_next(plansearch_hits *h);
/* The error that ended plansearch_next early, or NULL. */
const char *plansearch_error(const plansearch_hits *h);
void plansearch_hits_free(plansearch_hits *h); /* NULL is fine */

/* Release a string this library returned (*errmsg). */
void plansearch_free(char *s);

#ifdef __cplusplus
}
#endif

#endif
