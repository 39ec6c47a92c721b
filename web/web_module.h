/*
 * The web server as a module (plansearch-web.so): the HTTP side
 * (server.c, on libmicrohttpd and the GnuTLS it links) is loaded by
 * `plansearch serve` alone (load.c), so that no other command pays for
 * loading and relocating those libraries at start-up (about 1.25 ms of a
 * 4 ms search, bench/RESULTS.md "Start-up").  The module calls back into
 * the program for everything else (the API, the readers, the page's
 * assets) through a table of functions, so it links nothing of
 * plansearch's library but its small common helpers.
 */
#ifndef PS_WEB_MODULE_H
#define PS_WEB_MODULE_H

#include "ps_web.h"
#include "web_int.h"

#define PS_WEB_MODULE_NAME "plansearch-web.so"
#define PS_WEB_MODULE_ENTRY "ps_web_module"

/* What the module calls of the program (the functions of web_int.h). */
typedef struct ps_web_host {
    int (*reader_init)(ps_web_reader *r, ps_error *err);
    void (*reader_release)(ps_web_reader *r);
    int (*reader_open)(const ps_web_site *site, ps_web_reader *r, ps_error *err);
    void (*api)(const ps_web_site *site, ps_web_reader *r, const char *endpoint,
                const ps_web_params *p, ps_web_reply *out);
    const ps_web_asset *(*asset_find)(const char *path);
    void (*json_string)(int *rc, ps_buf *b, const char *s, size_t n);
} ps_web_host;

typedef struct ps_web_server ps_web_server;

/* What the program calls of the module: ps_web_start, _port and _stop. */
typedef struct ps_web_module_ops {
    int (*start)(const ps_web_host *host, const ps_web_config *cfg, ps_web_server **out,
                 ps_error *err);
    unsigned (*port)(const ps_web_server *w);
    void (*stop)(ps_web_server *w);
} ps_web_module_ops;

/* The module's one exported symbol, PS_WEB_MODULE_ENTRY. */
typedef const ps_web_module_ops *(*ps_web_module_fn)(void);

#endif
