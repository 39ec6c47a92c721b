/* plansearch show [--db DIR] ID [--json] [--raw] */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

int ps_cmd_show(int argc, char **argv)
{
    const char *db = NULL, *json = NULL, *raw = NULL;
    const ps_cli_opt opts[] = {{"--db", 1, &db}, {"--json", 0, &json}, {"--raw", 0, &raw}};
    const char *pos[4];
    size_t npos;
    if (argc > 8)
        return ps_cli_fail("usage: plansearch show [--db DIR] ID [--json] [--raw]");
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    if (st)
        return st;
    if (npos != 1)
        return ps_cli_fail("usage: plansearch show [--db DIR] ID [--json] [--raw]");
    int explicit_db;
    char *dbpath = ps_cli_db_path(db, &explicit_db);
    if (!dbpath)
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    ps_searcher *s = NULL;
    ps_stored_doc *d = NULL;
    ps_copies *copies = NULL;
    if (ps_cli_env_open(&env, 0, &err) ||
        ps_searcher_open(dbpath, env.cjk, env.gaz, &s, &err)) {
        st = err.code == PS_EINDEX_NOTFOUND
                 ? ps_cli_fail("no index at '%s' (create one with 'plansearch index')", dbpath)
                 : ps_cli_fail("%s", err.msg);
    } else {
        int rc = ps_searcher_get(s, pos[0], &d, &err);
        if (rc == PS_DONE) {
            fprintf(stderr, PS_("plansearch: no document with id '%s'\n"), pos[0]);
            st = PS_EXIT_NONE;
        } else if (rc || ps_searcher_copies(s, ps_stored_doc_rec(d), &copies, &err)) {
            st = ps_cli_fail("%s", err.msg);
        } else if (json) {
            char date[32];
            ps_provenance_date(date, sizeof date);
            ps_doc_provenance prov = {dbpath, PS_VERSION, date};
            ps_print_doc_json(stdout, ps_stored_doc_rec(d), copies, &prov);
        } else {
            ps_print_doc_text(stdout, ps_stored_doc_rec(d), raw != NULL, copies);
        }
    }
    ps_copies_free(copies);
    ps_stored_doc_free(d);
    ps_searcher_close(s);
    ps_cli_env_close(&env);
    free(dbpath);
    return st;
}
