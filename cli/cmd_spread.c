/*
 * plansearch spread PHRASE [filters] [--by year|province|level] [--first N]
 *            [--all] [--json | --csv] [--plot FILE.svg]
 */
#include "analyze_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USAGE "usage: plansearch spread PHRASE [filters] [--by year|province|level] " \
              "[--first N] [--all] [--json|--csv] [--plot FILE.svg]"

int ps_cmd_spread(int argc, char **argv)
{
    const char *db = NULL, *all = NULL, *json = NULL, *csv = NULL, *by = NULL, *first = NULL,
               *plot = NULL;
    ps_acli_filter_opts fo = {0};
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},         {"--year", 1, &fo.year},     {"--region", 1, &fo.region},
        {"--level", 1, &fo.level}, {"--sector", 1, &fo.sector}, {"--type", 1, &fo.type},
        {"--all", 0, &all},       {"--json", 0, &json},        {"--csv", 0, &csv},
        {"--by", 1, &by},         {"--first", 1, &first},      {"--plot", 1, &plot},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    ps_spread_request req;
    ps_spread_request_init(&req);
    ps_buf phrase = PS_BUF_INIT;
    int rc = PS_OK;
    for (size_t i = 0; i < npos; i++) {
        if (i)
            ps_buf_putc(&rc, &phrase, ' ');
        ps_buf_puts(&rc, &phrase, pos[i]);
    }
    free(pos);
    if (!st && (rc || !npos))
        st = rc ? ps_cli_fail("out of memory") : ps_cli_fail("spread needs a phrase (%s)", USAGE);
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv cannot be combined");
    if (!st && by) {
        req.by = ps_group_by_parse(by);
        if (req.by != PS_BY_YEAR && req.by != PS_BY_PROVINCE && req.by != PS_BY_LEVEL)
            st = ps_cli_fail("invalid --by '%s': expected year, province or level", by);
    }
    unsigned n;
    if (!st && first && !(st = ps_cli_parse_count(first, "--first", 0, 100000, &n)))
        req.first = n;
    if (!st)
        st = ps_acli_filter(&fo, &req.filter);
    if (st) {
        ps_buf_release(&phrase);
        return st;
    }
    req.phrase = phrase.data;
    req.all = all != NULL;
    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err)) {
        ps_buf_release(&phrase);
        return ps_cli_fail("%s", err.msg);
    }
    char *dbpath = NULL;
    ps_analyzer *a = NULL;
    ps_spread *s = NULL;
    st = ps_acli_open(&env, db, &a, &dbpath);
    if (!st && ps_spread_run(a, &req, &s, &err))
        st = ps_cli_fail("%s", err.msg);
    const char *phrase_q = req.phrase;
    ps_provenance prov = {.command = "spread", .queries = &phrase_q, .nqueries = 1,
                          .filter = &req.filter, .all = req.all};
    if (!st)
        st = ps_acli_provenance(a, dbpath, &prov);
    ps_buf out = PS_BUF_INIT;
    if (!st && plot) {
        ps_spread_svg(&rc, &out, s);
        ps_acli_svg_provenance(&rc, &out, &prov);
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, plot);
        ps_buf_reset(&out);
    }
    if (!st) {
        ps_cli_region_note(&env, fo.region);
        if (json)
            ps_spread_json(&rc, &out, s, &prov);
        else if (csv) {
            ps_spread_csv(&rc, &out, s);
            ps_acli_csv_provenance(&rc, &out, &prov);
        }
        else
            ps_spread_table(&rc, &out, s);
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
    }
    if (!st)
        st = s->matching ? PS_EXIT_HIT : PS_EXIT_NONE;
    ps_buf_release(&out);
    ps_spread_free(s);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    ps_buf_release(&phrase);
    return st;
}
