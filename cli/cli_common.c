#include "cli.h"
#include "ps_i18n.h"
#include "ps_module.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PS_BUNDLED_DIR
#error "PS_BUNDLED_DIR must name the folder of the bundled plans"
#endif

int ps_cli_fail(const char *fmt, ...)
{
    va_list ap;
    fputs("plansearch: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, PS_(fmt), ap);
    va_end(ap);
    fputc('\n', stderr);
    return PS_EXIT_ERROR;
}

void ps_cli_region_note(ps_cli_env *env, const char *region)
{
    if (!region)
        return;
    char *note = NULL;
    ps_error err;
    ps_error_clear(&err);
    if (ps_region_note(env->cjk, env->gaz, region, &note, &err) == PS_OK && note)
        fprintf(stderr, PS_("plansearch: note: %s\n"), note);
    free(note);
}

int ps_cli_env_open(ps_cli_env *env, int with_reader, ps_error *err)
{
    memset(env, 0, sizeof *env);
    int rc = ps_cjk_new(&env->cjk, err);
    if (!rc)
        rc = ps_gazetteer_new(&env->gaz, err);
    if (!rc && with_reader)
        rc = ps_reader_new(env->cjk, &env->reader, err);
    if (rc)
        ps_cli_env_close(env);
    return rc;
}

void ps_cli_env_close(ps_cli_env *env)
{
    ps_reader_free(env->reader);
    ps_gazetteer_free(env->gaz);
    ps_cjk_free(env->cjk);
    memset(env, 0, sizeof *env);
}

static char *join(const char *a, const char *b)
{
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", a, b);
    return p;
}

char *ps_cli_db_path(const char *opt_db, int *explicit_db)
{
    *explicit_db = opt_db ? PS_DB_FROM_OPTION : 0;
    if (opt_db)
        return strdup(opt_db);
    const char *env = getenv("PLANSEARCH_DB");
    if (env && *env) {
        *explicit_db = PS_DB_FROM_ENV;
        return strdup(env);
    }
    ps_cli_config cfg;
    ps_cli_config_load(&cfg);
    if (cfg.db) {
        *explicit_db = PS_DB_FROM_CONFIG;
        return cfg.db; /* the only thing the config holds that needs freeing */
    }
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && *xdg)
        return join(xdg, "plansearch");
    const char *home = getenv("HOME");
    if (home && *home)
        return join(home, ".local/share/plansearch");
    return NULL;
}

const char *ps_cli_db_origin(int explicit_db)
{
    switch (explicit_db) {
    case PS_DB_FROM_OPTION:
        return "--db";
    case PS_DB_FROM_ENV:
        return "PLANSEARCH_DB";
    case PS_DB_FROM_CONFIG:
        return PS_("the config file's db");
    default:
        return PS_("the default location");
    }
}

/*
 * An installed plansearch finds its plans under its prefix
 * (BINDIR/PS_DATA_REL/plans, e.g. /usr/bin/../share/plansearch/plans), which
 * also holds when the whole tree was moved (DESTDIR, an extracted .deb); a
 * plansearch run from its build tree uses the source tree's.
 */
const char *ps_cli_bundled_dir(char *buf, size_t size)
{
#ifdef PS_DATA_REL
    char exe[4096];
    if (ps_exe_dir(exe, sizeof exe)) {
        struct stat st;
        int len = snprintf(buf, size, "%s/%s/plans", exe, PS_DATA_REL);
        char *real = NULL;
        if (len > 0 && (size_t)len < size && stat(buf, &st) == 0 && S_ISDIR(st.st_mode) &&
            (real = realpath(buf, NULL)) != NULL && strlen(real) < size) {
            memcpy(buf, real, strlen(real) + 1); /* /usr/share/…, not /usr/bin/../ */
            free(real);
            return buf;
        }
        free(real);
    }
#endif
    snprintf(buf, size, "%s", PS_BUNDLED_DIR);
    return buf;
}

int ps_cli_mkdirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int r = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return r;
}

/* ps_cli_index lives with the index command, in cmd_index.c. */

/*
 * A word with one dash that names an option of the table ("-limit") or
 * begins one name alone ("-y" → --year): the option, with a warning saying
 * so; NULL for any other word (a negated query term, say).
 */
static const ps_cli_opt *slip(const char *a, const ps_cli_opt *opts, size_t nopts)
{
    if (a[0] != '-' || a[1] == '-' || !((a[1] >= 'a' && a[1] <= 'z') ||
                                        (a[1] >= 'A' && a[1] <= 'Z')))
        return NULL;
    const char *eq = strchr(a, '=');
    size_t nl = eq ? (size_t)(eq - a - 1) : strlen(a + 1);
    const ps_cli_opt *found = NULL;
    size_t nfound = 0;
    for (size_t k = 0; k < nopts; k++) {
        const char *name = opts[k].name + 2;
        if (strlen(name) == nl && strncmp(name, a + 1, nl) == 0)
            return &opts[k];
        if (strncmp(name, a + 1, nl) == 0) {
            found = &opts[k];
            nfound++;
        }
    }
    return nfound == 1 ? found : NULL;
}

int ps_cli_parse(int argc, char **argv, const ps_cli_opt *opts, size_t nopts,
                 const char **pos, size_t *npos)
{
    *npos = 0;
    int only_pos = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const ps_cli_opt *o = NULL;
        const char *eq = NULL;
        if (!only_pos && (o = slip(a, opts, nopts)) != NULL) {
            eq = strchr(a, '=');
            fprintf(stderr, PS_("plansearch: warning: '%s' read as the option '%s' (options "
                                "take two dashes; write '-- %s' to search for it)\n"),
                    a, o->name, a);
        } else if (only_pos || strncmp(a, "--", 2) != 0) {
            if (!only_pos && a[0] == '-' && a[1] && a[1] != '-' &&
                ((a[1] >= 'a' && a[1] <= 'z') || (a[1] >= 'A' && a[1] <= 'Z')))
                fprintf(stderr, PS_("plansearch: warning: '%s' is no option; read as a query "
                                    "word meaning 'without %s'\n"),
                        a, a + 1);
            pos[(*npos)++] = a;
            continue;
        } else if (strcmp(a, "--") == 0) {
            only_pos = 1;
            continue;
        } else {
            eq = strchr(a, '=');
            size_t nl = eq ? (size_t)(eq - a) : strlen(a);
            for (size_t k = 0; k < nopts; k++)
                if (strlen(opts[k].name) == nl && strncmp(opts[k].name, a, nl) == 0)
                    o = &opts[k];
            if (!o)
                return ps_cli_fail("unknown option '%.*s' (see 'plansearch --help')", (int)nl,
                                   a);
        }
        if (!o->takes_value) {
            if (eq)
                return ps_cli_fail("option '%s' takes no value", o->name);
            *o->value = "1";
            continue;
        }
        if (eq)
            *o->value = eq + 1;
        else if (i + 1 < argc)
            *o->value = argv[++i];
        else
            return ps_cli_fail("option '%s' needs a value", o->name);
        if (ps_cli_check_value(o->name, *o->value))
            return PS_EXIT_ERROR;
    }
    return 0;
}

/* A year or year range: "2012", "2010..2015", "..2010", "2018..". */
int ps_cli_parse_year(const char *s, int *lo, int *hi)
{
    /* the library's parser, so the command line and the searcher agree */
    return ps_year_range_parse(s, strlen(s), lo, hi);
}

int ps_cli_parse_count(const char *s, const char *name, long lo, long hi, unsigned *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end || errno || v < lo || v > hi)
        return ps_cli_fail("invalid %s '%s': expected a number from %ld to %ld", name, s, lo,
                           hi);
    *out = (unsigned)v;
    return 0;
}

int ps_cli_build_default(ps_cli_env *env, const char *db)
{
    char dir[4096];
    const char *bundled = ps_cli_bundled_dir(dir, sizeof dir);
    fprintf(stderr, PS_("plansearch: no index at '%s' yet; indexing the bundled plans from '%s'\n"),
            db, bundled);
    ps_error err;
    ps_error_clear(&err);
    if (!env->reader && ps_reader_new(env->cjk, &env->reader, &err))
        return ps_cli_fail("%s", err.msg);
    return ps_cli_index(env, db, &bundled, 1, 0, 1) == PS_EXIT_ERROR ? PS_EXIT_ERROR : 0;
}
