/*
 * plansearch stats [filters] [--all] [--json] [--db DIR]: what the index
 * holds — plans, near-duplicates folded, and plans by year, province,
 * region, level and sector.
 */
#include "analyze_cli.h"
#include "ps_search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int groupings[PS_ACLI_NSTATS] = {PS_BY_YEAR, PS_BY_PROVINCE, PS_BY_REGION,
                                              PS_BY_LEVEL, PS_BY_SECTOR};
#define NGROUPINGS PS_ACLI_NSTATS

static void json_groups(int *rc, ps_buf *b, const ps_comparison *c)
{
    ps_buf_printf(rc, b, ",\"by_%s\":[", ps_group_by_name(c->by));
    for (size_t i = 0; i < c->ngroups; i++) {
        const ps_cmp_group *g = &c->groups[i];
        ps_buf_puts(rc, b, i ? ",{\"group\":" : "{\"group\":");
        ps_json_string(rc, b, g->label, strlen(g->label));
        ps_buf_printf(rc, b, ",\"unknown\":%s,\"plans\":%u,\"chars\":%llu}",
                      g->unknown ? "true" : "false", g->docs, g->chars);
    }
    ps_buf_putc(rc, b, ']');
}

int ps_acli_stats(ps_analyzer *a, ps_compare_request *req, ps_comparison **c, ps_error *err)
{
    for (size_t i = 0; i < NGROUPINGS; i++) {
        req->by = groupings[i];
        int rc = ps_compare(a, req, &c[i], err);
        if (rc)
            return rc;
    }
    return PS_OK;
}

void ps_acli_stats_json(int *rc, ps_buf *out, const char *dbpath, const ps_provenance *prov,
                        ps_comparison *const *c)
{
    ps_buf_puts(rc, out, "{\"index\":");
    ps_json_string(rc, out, dbpath, strlen(dbpath));
    ps_buf_printf(rc, out, ",\"index_documents\":%u,\"updated\":", prov->index.docs);
    if (*prov->index.updated)
        ps_json_string(rc, out, prov->index.updated, strlen(prov->index.updated));
    else
        ps_buf_puts(rc, out, "null");
    ps_buf_printf(rc, out, ",\"plansearch_version\":\"%s\",\"plans\":%u,\"chars\":%llu,"
                           "\"folded\":%u",
                  prov->version, c[0]->total.docs, c[0]->total.chars, c[0]->folded);
    for (size_t i = 0; i < NGROUPINGS; i++)
        json_groups(rc, out, c[i]);
    ps_buf_puts(rc, out, "}\n");
}

int ps_cmd_stats(int argc, char **argv)
{
    const char *db = NULL, *all = NULL, *json = NULL;
    ps_acli_filter_opts fo = {0};
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},         {"--year", 1, &fo.year},   {"--region", 1, &fo.region},
        {"--level", 1, &fo.level}, {"--sector", 1, &fo.sector}, {"--all", 0, &all},
        {"--json", 0, &json},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    if (!st && npos)
        st = ps_cli_fail("stats takes no terms: '%s' (usage: plansearch stats [filters] "
                         "[--all] [--json])", pos[0]);
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
    ps_comparison *c[NGROUPINGS] = {NULL};
    st = ps_acli_open(&env, db, &a, &dbpath);
    if (!st && ps_acli_stats(a, &req, c, &err))
        st = ps_cli_fail("%s", err.msg);
    ps_provenance prov = {.command = "stats", .filter = &req.filter, .all = req.all};
    if (!st)
        st = ps_acli_provenance(a, dbpath, &prov);
    if (!st)
        ps_cli_region_note(&env, fo.region);
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    if (!st && json) {
        ps_acli_stats_json(&rc, &out, dbpath, &prov, c);
    } else if (!st) {
        ps_buf_printf(&rc, &out, "index '%s': %u documents, last updated %s\n", dbpath,
                      prov.index.docs, *prov.index.updated ? prov.index.updated : "(unknown)");
        ps_buf_puts(&rc, &out, "selection:");
        ps_filter_describe(&rc, &out, &req.filter);
        ps_buf_printf(&rc, &out, ", %u plans (%llu characters); %u near-duplicate%s folded%s\n",
                      c[0]->total.docs, c[0]->total.chars, c[0]->folded,
                      c[0]->folded == 1 ? "" : "s", req.all ? " (--all: none folded)" : "");
        for (size_t i = 0; i < NGROUPINGS; i++) {
            ps_buf_putc(&rc, &out, '\n');
            ps_compare_table(&rc, &out, c[i], 1);
        }
    }
    if (!st)
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
    ps_buf_release(&out);
    for (size_t i = 0; i < NGROUPINGS; i++)
        ps_comparison_free(c[i]);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    return st;
}
