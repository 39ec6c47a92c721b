/*
 * plansearch stats [filters] [--all] [--json] [--db DIR]: what the index
 * holds — plans, near-duplicates folded, and plans by year, province,
 * region, level and sector.
 */
#include "analyze_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ps_cmd_stats(int argc, char **argv)
{
    const char *db = NULL, *all = NULL, *json = NULL, *csv = NULL;
    ps_acli_filter_opts fo = {0};
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},         {"--year", 1, &fo.year},   {"--region", 1, &fo.region},
        {"--level", 1, &fo.level}, {"--sector", 1, &fo.sector}, {"--type", 1, &fo.type}, {"--all", 0, &all},
        {"--json", 0, &json}, {"--csv", 0, &csv},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    if (!st && npos)
        st = ps_cli_fail("stats takes no terms: '%s' (usage: plansearch stats [filters] "
                         "[--all] [--json|--csv])", pos[0]);
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv cannot be combined");
    free(pos);
    ps_compare_request req = {0};
    if (!st)
        st = ps_acli_filter(&fo, &req.filter);
    if (st)
        return st;
    req.all = all != NULL;

    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err))
        return ps_cli_fail("%s", err.msg);
    char *dbpath = NULL;
    ps_analyzer *a = NULL;
    ps_comparison *c[PS_STATS_NGROUPINGS] = {NULL};
    st = ps_acli_open(&env, db, &a, &dbpath);
    for (size_t i = 0; !st && i < PS_STATS_NGROUPINGS; i++) {
        req.by = ps_stats_grouping(i);
        if (ps_compare(a, &req, &c[i], &err))
            st = ps_cli_fail("%s", err.msg);
    }
    ps_provenance prov = {.command = "stats", .filter = &req.filter, .all = req.all};
    if (!st)
        st = ps_acli_provenance(a, dbpath, &prov);
    if (!st)
        ps_cli_region_note(&env, fo.region);
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    if (!st && json)
        ps_stats_json(&rc, &out, c, &prov);
    else if (!st && csv) {
        ps_stats_csv(&rc, &out, c);
        ps_acli_csv_provenance(&rc, &out, &prov);
    }
    else if (!st)
        ps_stats_table(&rc, &out, c, &prov);
    if (!st)
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
    ps_buf_release(&out);
    for (size_t i = 0; i < PS_STATS_NGROUPINGS; i++)
        ps_comparison_free(c[i]);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    return st;
}
