/*
 * plansearch serve [--db DIR] [--port N] [--bind ADDR] [--token-file F]:
 * the web page and JSON API over the index (web/), until interrupted.
 */
#include "cli.h"
#include "ps_search.h"
#include "ps_web.h"

#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PS_VERSION
#define PS_VERSION "unknown"
#endif

#define USAGE "usage: plansearch serve [--db DIR] [--port N] [--bind ADDR] [--token-file F] " \
              "[--readers N] [--timeout S]"

/* The token in file f: one word of letters, digits and -._~+/=, 16 to 256
 * of them; NULL after printing the problem. */
static char *read_token(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ps_cli_fail("cannot read --token-file '%s': %s", path, strerror(errno));
        return NULL;
    }
    char buf[300];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    while (n && isspace((unsigned char)buf[n - 1]))
        buf[--n] = '\0';
    for (size_t i = 0; i < n; i++)
        if (!isalnum((unsigned char)buf[i]) && !strchr("-._~+/=", buf[i])) {
            ps_cli_fail("invalid --token-file '%s': the token is one word of letters, digits "
                        "and -._~+/=", path);
            return NULL;
        }
    if (n < 16 || n > 256) {
        ps_cli_fail("invalid --token-file '%s': the token needs 16 to 256 characters", path);
        return NULL;
    }
    return strdup(buf);
}

static int is_loopback(const char *addr)
{
    return strncmp(addr, "127.", 4) == 0 || strcmp(addr, "::1") == 0;
}

int ps_cmd_serve(int argc, char **argv)
{
    const char *db = NULL, *port = NULL, *bind = NULL, *token_file = NULL, *readers = NULL,
               *timeout = NULL;
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},   {"--port", 1, &port},           {"--bind", 1, &bind},
        {"--token-file", 1, &token_file}, {"--readers", 1, &readers},
        {"--timeout", 1, &timeout},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    if (!st && npos)
        st = ps_cli_fail("serve takes no arguments: '%s' (%s)", pos[0], USAGE);
    free(pos);
    ps_web_config cfg = {.port = 8080, .version = PS_VERSION};
    if (!st && port)
        st = ps_cli_parse_count(port, "--port", 0, 65535, &cfg.port);
    if (!st && readers)
        st = ps_cli_parse_count(readers, "--readers", 1, 64, &cfg.readers);
    if (!st && timeout)
        st = ps_cli_parse_count(timeout, "--timeout", 1, 3600, &cfg.timeout_s);
    if (st)
        return st;
    char *token = NULL;
    if (token_file && !(token = read_token(token_file)))
        return PS_EXIT_ERROR;
    cfg.token = token;
    cfg.bind = bind ? bind : "127.0.0.1";

    int explicit_db;
    char *dbpath = ps_cli_db_path(db, &explicit_db);
    if (!dbpath) {
        free(token);
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    }
    cfg.db = dbpath;
    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err)) {
        free(token);
        free(dbpath);
        return ps_cli_fail("%s", err.msg);
    }
    /* No index at the default location: build the bundled one, as search does. */
    ps_searcher *s = NULL;
    int rc = ps_searcher_open(dbpath, env.cjk, env.gaz, &s, &err);
    ps_searcher_close(s);
    if (rc == PS_EINDEX_NOTFOUND && !explicit_db)
        st = ps_cli_build_default(&env, dbpath);
    else if (rc == PS_EINDEX_NOTFOUND)
        st = ps_cli_fail("no index at '%s' (create one with 'plansearch index --db %s "
                         "PATH...')", dbpath, dbpath);
    else if (rc)
        st = ps_cli_fail("%s", err.msg);
    ps_cli_env_close(&env);

    /* Ctrl-C and SIGTERM are waited for here; the server's threads, started
     * with them blocked, never take them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGHUP);
    ps_web *w = NULL;
    if (!st) {
        pthread_sigmask(SIG_BLOCK, &stop, NULL);
        signal(SIGPIPE, SIG_IGN);
        if (ps_web_start(&cfg, &w, &err))
            st = ps_cli_fail("%s", err.msg);
    }
    if (!st) {
        int v6 = strchr(cfg.bind, ':') != NULL;
        if (!is_loopback(cfg.bind))
            fprintf(stderr,
                    token ? PS_("plansearch: warning: listening on %s: anyone who can reach this "
                                "address can read the index\n")
                          : PS_("plansearch: warning: listening on %s: anyone who can reach this "
                                "address can read the index (give --token-file to require a "
                                "token)\n"),
                    cfg.bind);
        fprintf(stderr, PS_("plansearch: serving '%s' at http://%s%s%s:%u/\n"), dbpath,
                v6 ? "[" : "", cfg.bind, v6 ? "]" : "", ps_web_port(w));
        fflush(stderr);
        int sig = 0;
        sigwait(&stop, &sig);
        ps_web_stop(w);
        fprintf(stderr, PS_("plansearch: stopped serving '%s'\n"), dbpath);
    }
    free(token);
    free(dbpath);
    return st;
}
