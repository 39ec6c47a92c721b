/*
 * web/: plansearch serve — a local web server over an index: the page
 * (embedded assets) and a JSON API whose bodies are what the CLI's --json
 * writes.  Front-end code: it may print (the serve command's messages), but
 * the library below it does not.
 */
#ifndef PS_WEB_H
#define PS_WEB_H

#include "ps_status.h"

typedef struct ps_web_config {
    const char *db;       /* the index (folder or stub file); must exist */
    const char *bind;     /* numeric IPv4 or IPv6 address; NULL = 127.0.0.1 */
    unsigned port;        /* 0 = any free port (ps_web_port says which) */
    const char *token;    /* when set, every request must carry it */
    unsigned readers;     /* index readers, one per request being answered (4) */
    unsigned max_conns;   /* connections at once (128) */
    unsigned timeout_s;   /* idle or slow connections are closed after (10) */
    const char *version;  /* plansearch version, for provenance */
} ps_web_config;

typedef struct ps_web ps_web;

/* Start serving in background threads.  PS_EIO when the address cannot be
 * bound, PS_EINDEX* when the index cannot be opened. */
int ps_web_start(const ps_web_config *cfg, ps_web **out, ps_error *err);
unsigned ps_web_port(const ps_web *w);
/* Stop: finishes the requests being answered, closes every reader. */
void ps_web_stop(ps_web *w); /* NULL is fine */

#endif
