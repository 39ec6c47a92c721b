/*
 * Internal interface of web/: the API handlers (api.c) and the HTTP server
 * (server.c) meet here.
 */
#ifndef PS_WEB_INT_H
#define PS_WEB_INT_H

#include "plansearch.h"

#include <stddef.h>
#include <sys/types.h>

/* Limits on what one request may ask (README "plansearch serve"). */
#define PS_WEB_MAX_PARAMS 64        /* query parameters */
#define PS_WEB_MAX_QUERY 8192       /* bytes of the URL's path and parameters */
#define PS_WEB_MAX_LIMIT 200        /* hits per page */
#define PS_WEB_MAX_KWIC_PLANS 1000  /* plans whose concordance lines one page shows */
#define PS_WEB_MAX_TERMS 12         /* compare terms */
#define PS_WEB_MAX_BODY (32u << 20) /* bytes of one answer */

/*
 * One index reader: a request holds one for its whole run, so that no
 * Xapian database (not thread-safe) is shared between threads.  The index
 * is reopened when its files changed (a commit of `plansearch index`, a
 * compaction exchanging the folder).
 */
typedef struct ps_web_reader {
    ps_cjk *cjk;
    ps_gazetteer *gaz;
    ps_searcher *searcher;  /* opened on first use */
    ps_analyzer *analyzer;  /* opened on first use */
    int words_tried;        /* jieba's word list tried on the analyzer */
    const char *words;      /* the word list in use, or NULL */
    char stamp[128];        /* what the index files looked like when opened */
} ps_web_reader;

typedef struct ps_web_param {
    const char *key, *value;
} ps_web_param;

typedef struct ps_web_params {
    ps_web_param v[PS_WEB_MAX_PARAMS];
    size_t n;
} ps_web_params;

/* What an endpoint answers. */
typedef struct ps_web_reply {
    int status;                 /* HTTP status */
    const char *type;           /* Content-Type */
    ps_buf body;
    char filename[96];          /* Content-Disposition attachment name, or "" */
} ps_web_reply;

typedef struct ps_web_site {
    const char *db;             /* the index */
    const char *version;
} ps_web_site;

int ps_web_reader_init(ps_web_reader *r, ps_error *err);
void ps_web_reader_release(ps_web_reader *r);
/* Open the index for search (done on first use); PS_OK or the library's error. */
int ps_web_reader_open(const ps_web_site *site, ps_web_reader *r, ps_error *err);
/* Close the index handles when the index changed since they were opened. */
void ps_web_reader_refresh(ps_web_reader *r, const char *db);
/* What the index's files look like now ("" when they cannot be seen). */
void ps_web_index_stamp(const char *db, char *out, size_t n);

/* Answer /api/<endpoint>; out->status and out->body are always set. */
void ps_web_api(const ps_web_site *site, ps_web_reader *r, const char *endpoint,
                const ps_web_params *p, ps_web_reply *out);

/* The embedded page: data of the asset at path ("/app.js"), or NULL. */
typedef struct ps_web_asset {
    const char *path, *type;
    const unsigned char *data;
    size_t size;
} ps_web_asset;
const ps_web_asset *ps_web_asset_find(const char *path);

#endif
