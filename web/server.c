/*
 * The HTTP side of plansearch serve, on GNU libmicrohttpd, built as the
 * module plansearch-web.so (see web_module.h): a thread per
 * connection (capped), each request borrowing one of a few index readers
 * for its run, so requests are answered in parallel and no Xapian database
 * is shared between threads.  It serves the embedded page and /api/ endpoints;
 * nothing is read from the file system but the index.
 */
#include "web_module.h"

#include <arpa/inet.h>
#include <errno.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

struct ps_web_server {
    const ps_web_host *host; /* the program's side */
    struct MHD_Daemon *daemon;
    ps_web_site site;
    char *db, *version, *token;
    unsigned port;
    pthread_mutex_t mu;
    pthread_cond_t freed;
    ps_web_reader *readers;
    unsigned char *busy;
    unsigned nreaders;
};

#define TOKEN_COOKIE "plansearch_token"

/* ---- Readers: borrowed by a request for its whole run ----------------------- */

static ps_web_reader *borrow(ps_web_server *w)
{
    pthread_mutex_lock(&w->mu);
    for (;;) {
        for (unsigned i = 0; i < w->nreaders; i++)
            if (!w->busy[i]) {
                w->busy[i] = 1;
                pthread_mutex_unlock(&w->mu);
                return &w->readers[i];
            }
        pthread_cond_wait(&w->freed, &w->mu);
    }
}

static void give_back(ps_web_server *w, ps_web_reader *r)
{
    pthread_mutex_lock(&w->mu);
    w->busy[r - w->readers] = 0;
    pthread_cond_signal(&w->freed);
    pthread_mutex_unlock(&w->mu);
}

/* ---- Answers ------------------------------------------------------------------ */

/* Headers every answer carries: the page runs only its own scripts and
 * styles, so text from documents can never become code. */
static void common_headers(struct MHD_Response *resp)
{
    MHD_add_response_header(resp, "Content-Security-Policy",
                            "default-src 'none'; script-src 'self'; style-src 'self'; "
                            "img-src 'self' data: blob:; connect-src 'self'; "
                            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
}

static enum MHD_Result send_buf(struct MHD_Connection *c, unsigned status, const char *type,
                                const void *data, size_t len, int copy, const char *cookie)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer(
        len, (void *)data, copy ? MHD_RESPMEM_MUST_COPY : MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return MHD_NO;
    common_headers(resp);
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    if (cookie)
        MHD_add_response_header(resp, "Set-Cookie", cookie);
    enum MHD_Result ret = MHD_queue_response(c, status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result send_error(const ps_web_server *w, struct MHD_Connection *c,
                                  unsigned status, const char *msg)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_buf_puts(&rc, &b, "{\"error\":");
    w->host->json_string(&rc, &b, msg, strlen(msg));
    ps_buf_puts(&rc, &b, "}\n");
    enum MHD_Result ret =
        rc ? MHD_NO
           : send_buf(c, status, "application/json; charset=utf-8", b.data, b.len, 1, NULL);
    ps_buf_release(&b);
    return ret;
}

/* ---- Requests ------------------------------------------------------------------- */

typedef struct request {
    ps_web_params params;
    size_t bytes;       /* of keys and values */
    int too_many;
    const char *token;  /* ?token=, taken out of the parameters */
} request;

static enum MHD_Result collect(void *cls, enum MHD_ValueKind kind, const char *key,
                               const char *value)
{
    (void)kind;
    request *q = cls;
    q->bytes += strlen(key) + (value ? strlen(value) : 0) + 2;
    if (strcmp(key, "token") == 0) {
        q->token = value ? value : "";
        return MHD_YES;
    }
    if (q->params.n == PS_WEB_MAX_PARAMS) {
        q->too_many = 1;
        return MHD_NO;
    }
    q->params.v[q->params.n].key = key;
    q->params.v[q->params.n].value = value ? value : "";
    q->params.n++;
    return MHD_YES;
}

/* Equal strings, in a time that does not depend on where they differ. */
static int same_token(const char *given, const char *want)
{
    size_t ng = strlen(given), nw = strlen(want);
    unsigned char diff = (unsigned char)(ng != nw);
    for (size_t i = 0; i < nw; i++)
        diff |= (unsigned char)(want[i] ^ (i < ng ? given[i] : 0));
    return diff == 0;
}

/* The token of a request: ?token=, "Authorization: Bearer …" or the cookie. */
static int authorized(ps_web_server *w, struct MHD_Connection *c, const request *q)
{
    if (!w->token)
        return 1;
    const char *t = q->token;
    const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    if (!t && auth && strncmp(auth, "Bearer ", 7) == 0)
        t = auth + 7;
    if (!t)
        t = MHD_lookup_connection_value(c, MHD_COOKIE_KIND, TOKEN_COOKIE);
    return t && same_token(t, w->token);
}

/* A path going up, or naming anything but a plain asset, is refused:
 * "/../x" and "/%2e%2e/x" (MHD has decoded it) alike. */
static int bad_path(const char *url)
{
    if (url[0] != '/' || strchr(url, '\\'))
        return 1;
    for (const char *p = url; (p = strstr(p, "/..")) != NULL; p++)
        if (p[3] == '/' || p[3] == '\0')
            return 1;
    return strstr(url, "//") != NULL;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version,
                              const char *upload_data, size_t *upload_data_size, void **state)
{
    (void)version;
    (void)upload_data;
    (void)upload_data_size;
    (void)state;
    ps_web_server *w = cls;
    if (strcmp(method, "GET") != 0 && strcmp(method, "HEAD") != 0)
        return send_error(w, c, 405, "only GET and HEAD are served (the server is read-only)");
    const char *clen = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Content-Length");
    const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Transfer-Encoding");
    if ((clen && strcmp(clen, "0") != 0) || te)
        return send_error(w, c, 413, "requests carry no body");

    request *q = calloc(1, sizeof *q);
    if (!q)
        return MHD_NO;
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect, q);
    enum MHD_Result ret;
    char cookie[512];
    const char *set_cookie = NULL;
    if (!authorized(w, c, q)) {
        ret = send_error(w, c, 401, "this server needs its token: open the address with "
                                 "?token=… or send 'Authorization: Bearer …'");
        goto done;
    }
    if (w->token && q->token) {
        /* the page's later requests carry the token as a cookie */
        snprintf(cookie, sizeof cookie, TOKEN_COOKIE "=%s; Path=/; HttpOnly; SameSite=Strict",
                 w->token);
        set_cookie = cookie;
    }
    if (strlen(url) + q->bytes > PS_WEB_MAX_QUERY) {
        ret = send_error(w, c, 414, "the address is too long");
        goto done;
    }
    if (q->too_many) {
        ret = send_error(w, c, 400, "too many parameters");
        goto done;
    }
    if (bad_path(url)) {
        ret = send_error(w, c, 400, "bad path");
        goto done;
    }
    if (strncmp(url, "/api/", 5) == 0) {
        ps_web_reply reply = {0};
        ps_web_reader *r = borrow(w);
        w->host->api(&w->site, r, url + 5, &q->params, &reply);
        give_back(w, r);
        ret = send_buf(c, (unsigned)reply.status, reply.type, reply.body.data ? reply.body.data : "",
                       reply.body.len, 1, set_cookie);
        ps_buf_release(&reply.body);
        goto done;
    }
    const ps_web_asset *a = w->host->asset_find(strcmp(url, "/") == 0 ? "/index.html" : url);
    if (!a)
        ret = send_error(w, c, 404, "not found");
    else
        ret = send_buf(c, 200, a->type, a->data, a->size, 0, set_cookie);
done:
    free(q);
    return ret;
}

/* ---- Starting and stopping ------------------------------------------------------- */

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void stop(ps_web_server *w);

static int start(const ps_web_host *host, const ps_web_config *cfg, ps_web_server **out,
                 ps_error *err)
{
    *out = NULL;
    ps_web_server *w = calloc(1, sizeof *w);
    if (!w)
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    w->host = host;
    w->db = strdup(cfg->db);
    w->version = strdup(cfg->version ? cfg->version : "unknown");
    w->token = dup_or_null(cfg->token);
    w->nreaders = cfg->readers ? cfg->readers : 4;
    w->readers = calloc(w->nreaders, sizeof *w->readers);
    w->busy = calloc(w->nreaders, 1);
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->freed, NULL);
    if (!w->db || !w->version || (cfg->token && !w->token) || !w->readers || !w->busy) {
        stop(w);
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    }
    w->site.db = w->db;
    w->site.version = w->version;
    for (unsigned i = 0; i < w->nreaders; i++) {
        int rc = w->host->reader_init(&w->readers[i], err);
        if (rc) {
            stop(w);
            return rc;
        }
    }
    /* Open the index once now, so that a bad index fails the start, not the
     * first request. */
    int rc = w->host->reader_open(&w->site, &w->readers[0], err);
    if (rc) {
        stop(w);
        return rc;
    }

    const char *bind = cfg->bind ? cfg->bind : "127.0.0.1";
    struct sockaddr_in in4 = {0};
    struct sockaddr_in6 in6 = {0};
    struct sockaddr *sa;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION |
                     MHD_USE_POLL;
    if (inet_pton(AF_INET, bind, &in4.sin_addr) == 1) {
        in4.sin_family = AF_INET;
        in4.sin_port = htons((uint16_t)cfg->port);
        sa = (struct sockaddr *)&in4;
    } else if (inet_pton(AF_INET6, bind, &in6.sin6_addr) == 1) {
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons((uint16_t)cfg->port);
        sa = (struct sockaddr *)&in6;
        flags |= MHD_USE_IPv6;
    } else {
        stop(w);
        return ps_error_set(err, PS_EINVAL,
                            "invalid --bind '%s': expected a numeric IPv4 or IPv6 address", bind);
    }
    errno = 0;
    w->daemon = MHD_start_daemon(
        flags, (uint16_t)cfg->port, NULL, NULL, handle, w, MHD_OPTION_SOCK_ADDR, sa,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)(cfg->max_conns ? cfg->max_conns : 128),
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)(cfg->timeout_s ? cfg->timeout_s : 10),
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(64 * 1024), MHD_OPTION_END);
    if (!w->daemon) {
        int e = errno;
        stop(w);
        return ps_error_set(err, PS_EIO, "cannot listen on %s port %u%s%s", bind, cfg->port,
                            e ? ": " : "", e ? strerror(e) : "");
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(w->daemon, MHD_DAEMON_INFO_BIND_PORT);
    w->port = info ? info->port : cfg->port;
    *out = w;
    return PS_OK;
}

static unsigned port(const ps_web_server *w)
{
    return w->port;
}

static void stop(ps_web_server *w)
{
    if (!w)
        return;
    if (w->daemon)
        MHD_stop_daemon(w->daemon);
    for (unsigned i = 0; w->readers && i < w->nreaders; i++)
        w->host->reader_release(&w->readers[i]);
    pthread_cond_destroy(&w->freed);
    pthread_mutex_destroy(&w->mu);
    free(w->readers);
    free(w->busy);
    free(w->db);
    free(w->version);
    free(w->token);
    free(w);
}

__attribute__((visibility("default"))) const ps_web_module_ops *ps_web_module(void)
{
    static const ps_web_module_ops ops = {start, port, stop};
    return &ops;
}
