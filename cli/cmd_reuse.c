/*
 * plansearch reuse ID [--min N] [filters] [--limit N] [--common N] [--json | --csv]
 * plansearch reuse --all [filters] [--min N] [--common N] [--shared N] [--json | --csv]
 */
#include "analyze_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USAGE "usage: plansearch reuse ID|--all [--min N] [filters] [--limit N] " \
              "[--common N] [--shared N] [--json|--csv]"

int ps_cmd_reuse(int argc, char **argv)
{
    const char *db = NULL, *all = NULL, *json = NULL, *csv = NULL, *limit = NULL, *min = NULL,
               *common = NULL, *shared = NULL;
    ps_acli_filter_opts fo = {0};
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},         {"--year", 1, &fo.year},     {"--region", 1, &fo.region},
        {"--level", 1, &fo.level}, {"--sector", 1, &fo.sector}, {"--type", 1, &fo.type},
        {"--all", 0, &all},       {"--json", 0, &json},        {"--csv", 0, &csv},
        {"--limit", 1, &limit},   {"--min", 1, &min},          {"--common", 1, &common},
        {"--shared", 1, &shared},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    ps_reuse_request req;
    ps_reuse_request_init(&req);
    unsigned n;
    if (!st && all && npos)
        st = ps_cli_fail("reuse takes an ID or --all, not both (%s)", USAGE);
    if (!st && !all && npos != 1)
        st = ps_cli_fail("reuse needs one plan id or --all (%s)", USAGE);
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv cannot be combined");
    if (!st && min && !(st = ps_cli_parse_count(min, "--min", PS_REUSE_K, 100000, &n)))
        req.min_chars = n;
    if (!st && limit && !(st = ps_cli_parse_count(limit, "--limit", 1, 1000000, &n)))
        req.limit = n;
    if (!st && shared)
        st = ps_cli_parse_count(shared, "--shared", 1, 1000, &req.shared);
    if (!st && common)
        st = ps_cli_parse_count(common, "--common", 2, 100000000, &req.common);
    if (!st)
        st = ps_acli_filter(&fo, &req.filter);
    req.id = all ? NULL : pos[0];
    /* an edge list needs no passage texts */
    req.texts = !all || json;
    if (st) {
        free(pos);
        return st;
    }
    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err)) {
        free(pos);
        return ps_cli_fail("%s", err.msg);
    }
    char *dbpath = NULL;
    ps_analyzer *a = NULL;
    ps_reuse *r = NULL;
    st = ps_acli_open(&env, db, &a, &dbpath);
    int rc = st ? PS_OK : ps_reuse_run(a, &req, &r, &err);
    if (rc == PS_DONE) {
        fprintf(stderr, PS_("plansearch: no document with id '%s'\n"), req.id);
        st = PS_EXIT_NONE;
    } else if (rc) {
        st = ps_cli_fail("%s", err.msg);
    }
    ps_buf out = PS_BUF_INIT;
    rc = PS_OK;
    const char *id = req.id;
    ps_provenance prov = {.command = "reuse", .queries = &id, .nqueries = id ? 1 : 0,
                          .filter = &req.filter};
    if (!st && csv)
        st = ps_acli_provenance(a, dbpath, &prov);
    if (!st) {
        ps_cli_region_note(&env, fo.region);
        if (all)
            json ? ps_reuse_edges_json(&rc, &out, r)
                 : csv ? ps_reuse_edges_csv(&rc, &out, r) : ps_reuse_edges_table(&rc, &out, r);
        else
            json ? ps_reuse_json(&rc, &out, r)
                 : csv ? ps_reuse_csv(&rc, &out, r) : ps_reuse_table(&rc, &out, r);
        if (csv)
            ps_acli_csv_provenance(&rc, &out, &prov);
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
        if (!st)
            st = r->npairs ? PS_EXIT_HIT : PS_EXIT_NONE;
    }
    ps_buf_release(&out);
    ps_reuse_free(r);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    free(pos);
    return st;
}
