/*
 * plansearch meta [--db DIR] ID FIELD=VALUE...   correct a document's metadata
 * plansearch meta [--db DIR] ID --undo [FIELD...] take corrections back
 * plansearch meta [--db DIR] --list [ID]          the corrections made
 *
 * A correction is kept in the index (ps_indexer_correct), so it outlives
 * re-indexing and --rebuild; the document's file is indexed again at once
 * so that search, filters and analyses see the corrected value.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USAGE                                                                        \
    "usage: plansearch meta [--db DIR] ID FIELD=VALUE... | ID --undo [FIELD...] | "  \
    "--list [ID]\n"                                                                  \
    "       fields: year region org level type title url date sector (VALUE 'none': " \
    "no value)"

static int list(const char *dbpath, const char *id)
{
    ps_buf out = PS_BUF_INIT;
    size_t n = 0;
    ps_error err;
    ps_error_clear(&err);
    int rc = ps_index_corrections(dbpath, id, &out, &n, &err);
    if (rc == PS_EINDEX_NOTFOUND)
        return ps_cli_fail("no index at '%s' (create one with 'plansearch index')", dbpath);
    if (rc)
        return ps_cli_fail("%s", err.msg);
    if (out.len)
        fwrite(out.data, 1, out.len, stdout);
    ps_buf_release(&out);
    return n ? PS_EXIT_HIT : PS_EXIT_NONE;
}

int ps_cmd_meta(int argc, char **argv)
{
    const char *db = NULL, *undo = NULL, *lst = NULL;
    const ps_cli_opt opts[] = {{"--db", 1, &db}, {"--undo", 0, &undo}, {"--list", 0, &lst}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    int explicit_db;
    char *dbpath = st ? NULL : ps_cli_db_path(db, &explicit_db);
    if (st) {
        free(pos);
        return st;
    }
    if (!dbpath) {
        free(pos);
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    }
    if (lst) {
        st = npos <= 1 ? list(dbpath, npos ? pos[0] : NULL) : ps_cli_fail(USAGE);
        free(pos);
        free(dbpath);
        return st;
    }
    if (npos < 1 || (!undo && npos < 2)) {
        free(pos);
        free(dbpath);
        return ps_cli_fail(USAGE);
    }
    const char *id = pos[0];
    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    ps_searcher *s = NULL;
    ps_stored_doc *d = NULL;
    char *path = NULL;
    if (ps_cli_env_open(&env, 1, &err)) {
        st = ps_cli_fail("%s", err.msg);
        goto done;
    }
    /* the document must exist: its file is indexed again below */
    if (ps_searcher_open(dbpath, env.cjk, env.gaz, &s, &err)) {
        st = err.code == PS_EINDEX_NOTFOUND
                 ? ps_cli_fail("no index at '%s' (create one with 'plansearch index')", dbpath)
                 : ps_cli_fail("%s", err.msg);
        goto close_env;
    }
    int rc = ps_searcher_get(s, id, &d, &err);
    if (rc == PS_DONE) {
        st = ps_cli_fail("no document with id '%s' in '%s'", id, dbpath);
        goto close_env;
    } else if (rc) {
        st = ps_cli_fail("%s", err.msg);
        goto close_env;
    }
    path = strdup(ps_stored_doc_rec(d)->path);
    ps_stored_doc_free(d);
    d = NULL;
    ps_searcher_close(s);
    s = NULL;
    if (!path) {
        st = ps_cli_fail("out of memory");
        goto close_env;
    }
    /* every FIELD=VALUE is checked before any is kept */
    for (size_t i = 1; i < npos; i++) {
        const char *eq = strchr(pos[i], '=');
        if (undo ? eq != NULL : eq == NULL) {
            st = ps_cli_fail(undo ? "with --undo, name fields without values ('%s')"
                                  : "expected FIELD=VALUE, got '%s'", pos[i]);
            goto close_env;
        }
        if (undo)
            continue;
        char field[32];
        size_t fl = (size_t)(eq - pos[i]);
        snprintf(field, sizeof field, "%.*s", (int)(fl < sizeof field ? fl : sizeof field - 1),
                 pos[i]);
        if (fl >= sizeof field ||
            ps_override_check(env.gaz, field, eq + 1, &err)) {
            st = ps_cli_fail("%s", fl >= sizeof field ? "unknown field" : err.msg);
            goto close_env;
        }
    }
    ps_indexer *ix = NULL;
    if (ps_indexer_open(dbpath, 0, env.cjk, env.gaz, &ix, &err)) {
        st = ps_cli_fail("%s", err.msg);
        goto close_env;
    }
    static const char *const all_fields[] = {"year", "region", "org",  "level", "type",
                                             "title", "url",   "date", "sector"};
    rc = PS_OK;
    if (undo && npos == 1) {
        for (size_t k = 0; !rc && k < sizeof all_fields / sizeof *all_fields; k++)
            rc = ps_indexer_correct(ix, id, all_fields[k], NULL, &err);
    }
    for (size_t i = 1; !rc && i < npos; i++) {
        char field[32];
        const char *eq = strchr(pos[i], '=');
        size_t fl = eq ? (size_t)(eq - pos[i]) : strlen(pos[i]);
        snprintf(field, sizeof field, "%.*s", (int)fl, pos[i]);
        rc = ps_indexer_correct(ix, id, field, eq ? eq + 1 : NULL, &err);
    }
    ps_indexer_close(ix); /* commits the corrections */
    if (rc) {
        st = ps_cli_fail("%s", err.msg);
        goto close_env;
    }
    /* the file again, with the corrections applied (other files untouched) */
    const char *roots[1] = {path};
    st = ps_cli_index_ex(&env, dbpath, roots, 1, PS_CLI_KEEP_MISSING | PS_CLI_QUIET, 1, 0, 0,
                         0, NULL, 1);
    if (st == PS_EXIT_ERROR)
        goto close_env;
    if (st == PS_EXIT_NONE) {
        fprintf(stderr, PS_("plansearch: correction of '%s' kept; its file '%s' could not be "
                            "read now, so it applies at the next 'plansearch index'\n"),
                id, path);
        st = PS_EXIT_HIT;
    } else {
        fprintf(stderr, "plansearch: %s '%s' in '%s'\n", undo ? "corrections taken back for"
                                                              : "corrected", id, dbpath);
    }
close_env:
    ps_stored_doc_free(d);
    ps_searcher_close(s);
    ps_cli_env_close(&env);
done:
    free(path);
    free(pos);
    free(dbpath);
    return st;
}
