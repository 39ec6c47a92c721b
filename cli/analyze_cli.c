#include "analyze_cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PS_VERSION
#define PS_VERSION "unknown"
#endif

int ps_acli_filter(const ps_acli_filter_opts *o, ps_filter *f)
{
    ps_filter_init(f);
    /* a list or none is parsed (and refused) by the library */
    if (o->year && ps_cli_parse_year(o->year, &f->year_lo, &f->year_hi)) {
        f->years = o->year;
        f->year_lo = f->year_hi = 0;
    }
    f->region = o->region;
    f->level = o->level;
    f->sector = o->sector;
    f->type = o->type;
    return 0;
}

int ps_acli_open(ps_cli_env *env, const char *opt_db, ps_analyzer **out, char **dbpath)
{
    *out = NULL;
    int explicit_db;
    char *db = ps_cli_db_path(opt_db, &explicit_db);
    *dbpath = db;
    if (!db)
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    ps_error err;
    ps_error_clear(&err);
    int rc = ps_analyzer_open(db, env->cjk, env->gaz, out, &err);
    if (rc == PS_EINDEX_NOTFOUND && !explicit_db) {
        if (ps_cli_build_default(env, db))
            return PS_EXIT_ERROR;
        ps_error_clear(&err);
        rc = ps_analyzer_open(db, env->cjk, env->gaz, out, &err);
    }
    if (rc == PS_EINDEX_NOTFOUND)
        return ps_cli_fail("no index at '%s' (named by %s; create one with 'plansearch index "
                           "--db %s PATH...')", db, ps_cli_db_origin(explicit_db), db);
    if (rc)
        return ps_cli_fail("%s", err.msg);
    return 0;
}

int ps_acli_words(ps_analyzer *a, const char *opt, const char **used)
{
    *used = NULL;
    if (opt && strcmp(opt, "none") == 0)
        return 0;
    const char *path = opt ? opt : PS_JIEBA_DICT;
    if (!opt && access(path, R_OK) != 0)
        return 0; /* python3-jieba not installed: frequencies alone */
    ps_error err;
    ps_error_clear(&err);
    if (ps_analyzer_use_words(a, path, &err))
        return ps_cli_fail("%s", err.msg);
    *used = path;
    return 0;
}

int ps_acli_provenance(ps_analyzer *a, const char *db, ps_provenance *p)
{
    ps_error err;
    ps_error_clear(&err);
    if (ps_analyzer_info(a, &p->index, &err))
        return ps_cli_fail("%s", err.msg);
    p->db = db;
    p->version = PS_VERSION;
    ps_provenance_date(p->date, sizeof p->date);
    return 0;
}

void ps_acli_csv_provenance(int *rc, ps_buf *out, const ps_provenance *p)
{
    ps_buf with = PS_BUF_INIT;
    ps_provenance_csv(rc, &with, out->data, out->len, p);
    ps_buf_release(out);
    *out = with;
}

void ps_acli_svg_provenance(int *rc, ps_buf *out, const ps_provenance *p)
{
    ps_buf with = PS_BUF_INIT;
    ps_provenance_svg(rc, &with, out->data, out->len, p);
    ps_buf_release(out);
    *out = with;
}

int ps_acli_write(const ps_buf *b, const char *path)
{
    int to_stdout = !path || strcmp(path, "-") == 0;
    FILE *f = to_stdout ? stdout : fopen(path, "wb");
    if (!f)
        return ps_cli_fail("cannot write '%s': %s", path, strerror(errno));
    size_t n = b->len ? fwrite(b->data, 1, b->len, f) : 0;
    int bad = n != b->len;
    if (to_stdout)
        bad |= fflush(f) != 0;
    else
        bad |= fclose(f) != 0;
    if (bad)
        return ps_cli_fail("cannot write '%s': %s", to_stdout ? "standard output" : path,
                           strerror(errno));
    return 0;
}

void ps_acli_keyness_candidates(char *out, size_t n, const ps_keyness_request *req,
                                const char *wordlist)
{
    snprintf(out, n, "CJK n-grams of 2 to 6 characters occurring >= %u times in "
             ">= %u plans of A and B; fragments merged by frequency; %s%s",
             req->min_count, req->min_docs,
             wordlist ? "mostly aligned with the words of " : "no word list",
             wordlist ? wordlist : "");
}

void ps_acli_collocates_candidates(char *out, size_t n, const ps_collocates_request *req,
                                   const char *wordlist)
{
    snprintf(out, n, "CJK n-grams of 2 to 6 characters occurring >= %u times within "
             "%u characters of the term; fragments merged by frequency; %s%s",
             req->min_count, req->window,
             wordlist ? "mostly aligned with the words of " : "no word list",
             wordlist ? wordlist : "");
}
