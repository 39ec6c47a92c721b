/*
 * plansearch compare TERM... [--by year|province|region|level|sector|type]
 *            [--year …] [--region …] [--level …] [--sector …] [--all]
 *            [--json | --csv] [--plot FILE.svg] [--db DIR]
 */
#include "analyze_cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define USAGE "usage: plansearch compare TERM... [--by year|province|region|level|sector|type] " \
              "[filters] [--all] [--json|--csv] [--plot FILE.svg]"

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

int ps_cmd_compare(int argc, char **argv)
{
    const char *db = NULL, *by = NULL, *all = NULL, *json = NULL, *csv = NULL, *plot = NULL;
    ps_acli_filter_opts fo = {0};
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},           {"--by", 1, &by},         {"--year", 1, &fo.year},
        {"--region", 1, &fo.region}, {"--level", 1, &fo.level}, {"--sector", 1, &fo.sector}, {"--type", 1, &fo.type},
        {"--all", 0, &all},         {"--json", 0, &json},     {"--csv", 0, &csv},
        {"--plot", 1, &plot},
    };
    const char **terms = calloc((size_t)argc + 1, sizeof *terms);
    if (!terms)
        return ps_cli_fail("out of memory");
    size_t nterms = 0;
    ps_compare_request req = {0};
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], terms, &nterms);
    if (!st && nterms == 0)
        st = ps_cli_fail("compare needs at least one term (%s)", USAGE);
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv cannot be combined");
    if (!st && by && (req.by = ps_group_by_parse(by)) < 0)
        st = ps_cli_fail("invalid --by '%s': expected year, province, region, level, sector or type",
                         by);
    if (!st && plot && !ends_with(plot, ".svg"))
        st = ps_cli_fail("cannot plot to '%s': only SVG is written (FILE.svg; convert with "
                         "rsvg-convert for PNG)", plot);
    if (!st)
        st = ps_acli_filter(&fo, &req.filter);
    if (st) {
        free(terms);
        return st;
    }
    req.terms = terms;
    req.nterms = nterms;
    req.all = all != NULL;

    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err)) {
        free(terms);
        return ps_cli_fail("%s", err.msg);
    }
    char *dbpath = NULL;
    ps_analyzer *a = NULL;
    ps_comparison *c = NULL;
    st = ps_acli_open(&env, db, &a, &dbpath);
    if (!st && ps_compare(a, &req, &c, &err))
        st = ps_cli_fail("%s", err.msg);
    ps_provenance prov = {.command = "compare", .queries = terms, .nqueries = nterms,
                          .filter = &req.filter, .by = ps_group_by_name(req.by),
                          .all = req.all};
    if (!st)
        st = ps_acli_provenance(a, dbpath, &prov);
    if (!st)
        ps_cli_region_note(&env, fo.region);
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    if (!st && plot) {
        ps_buf svg = PS_BUF_INIT;
        ps_compare_svg(&rc, &svg, c);
        ps_acli_svg_provenance(&rc, &svg, &prov);
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&svg, plot);
        ps_buf_release(&svg);
    }
    if (!st) {
        if (json) {
            ps_compare_json(&rc, &out, c, &prov);
        } else if (csv) {
            ps_compare_csv(&rc, &out, c);
            ps_acli_csv_provenance(&rc, &out, &prov);
        } else {
            ps_buf_printf(&rc, &out, "compare by %s:", ps_group_by_name(req.by));
            ps_filter_describe(&rc, &out, &req.filter);
            ps_buf_puts(&rc, &out, "\n\n");
            ps_compare_table(&rc, &out, c, 1);
            ps_buf_printf(&rc, &out, "[index: %s]\n", dbpath); /* where it came from */
        }
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
    }
    if (!st) {
        int any = 0;
        for (size_t t = 0; t < c->nterms; t++)
            any |= c->total.cells[t].docs > 0;
        st = any ? PS_EXIT_HIT : PS_EXIT_NONE;
    }
    ps_buf_release(&out);
    ps_comparison_free(c);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    free(terms);
    return st;
}
