/*
 * stats: what the index (or a selection) holds — plans, characters,
 * near-duplicates folded, and plans by each grouping — as a table or one
 * JSON object.  The counting is compare's (ps_compare with no terms, one
 * comparison per grouping); this file only renders.
 */
#include "analyze_int.h"

#include <string.h>

static const int groupings[PS_STATS_NGROUPINGS] = {PS_BY_YEAR, PS_BY_PROVINCE, PS_BY_REGION,
                                                   PS_BY_LEVEL, PS_BY_SECTOR, PS_BY_TYPE};

int ps_stats_grouping(size_t i)
{
    return i < PS_STATS_NGROUPINGS ? groupings[i] : -1;
}

static void json_groups(int *rc, ps_buf *b, const ps_comparison *c)
{
    ps_buf_printf(rc, b, ",\"by_%s\":[", ps_group_by_name(c->by));
    for (size_t i = 0; i < c->ngroups; i++) {
        const ps_cmp_group *g = &c->groups[i];
        ps_buf_puts(rc, b, i ? ",{\"group\":" : "{\"group\":");
        ps_cmp_group_json(rc, b, c->by, g);
        ps_buf_printf(rc, b, ",\"unknown\":%s,\"plans\":%u,\"chars\":%llu}",
                      g->unknown ? "true" : "false", g->docs, g->chars);
    }
    ps_buf_putc(rc, b, ']');
}

void ps_stats_json(int *rc, ps_buf *out, ps_comparison *const *c, const ps_provenance *prov)
{
    const char *dbpath = prov->db;
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
    /* the selection and the date, as every download states them */
    ps_buf f = PS_BUF_INIT;
    ps_provenance_filters(rc, &f, prov);
    ps_buf_puts(rc, out, ",\"filters\":");
    ps_json_str_or_null(rc, out, f.len ? f.data : NULL);
    ps_buf_release(&f);
    if (*prov->date) {
        ps_buf_puts(rc, out, ",\"date\":");
        ps_json_string(rc, out, prov->date, strlen(prov->date));
    }
    for (size_t i = 0; i < PS_STATS_NGROUPINGS; i++)
        json_groups(rc, out, c[i]);
    ps_buf_puts(rc, out, "}\n");
}

void ps_stats_table(int *rc, ps_buf *out, ps_comparison *const *c, const ps_provenance *prov)
{
    ps_buf_printf(rc, out, "index '%s': %u documents, last updated %s\n", prov->db,
                  prov->index.docs, *prov->index.updated ? prov->index.updated : "(unknown)");
    ps_buf_puts(rc, out, "selection:");
    ps_filter_describe(rc, out, prov->filter);
    ps_buf_printf(rc, out, ", %u plans (%llu characters); %u near-duplicate%s folded%s\n",
                  c[0]->total.docs, c[0]->total.chars, c[0]->folded,
                  c[0]->folded == 1 ? "" : "s", prov->all ? " (--all: none folded)" : "");
    for (size_t i = 0; i < PS_STATS_NGROUPINGS; i++) {
        ps_buf_putc(rc, out, '\n');
        ps_compare_table(rc, out, c[i], 1);
    }
}
