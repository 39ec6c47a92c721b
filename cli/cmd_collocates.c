/*
 * plansearch collocates TERM [--window N] [filters] [--limit N] [--min N] [--min-plans N]
 *            [--words FILE|none] [--all] [--json | --csv] [--db DIR]
 */
#include "analyze_cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USAGE "usage: plansearch collocates TERM [--window N] [filters] [--limit N] " \
              "[--min N] [--min-plans N] [--words FILE|none] [--all] [--json|--csv]"

int ps_cmd_collocates(int argc, char **argv)
{
    const char *db = NULL, *all = NULL, *json = NULL, *csv = NULL, *limit = NULL, *min = NULL,
               *window = NULL, *words = NULL, *min_docs = NULL;
    ps_acli_filter_opts fo = {0};
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},           {"--year", 1, &fo.year},     {"--region", 1, &fo.region},
        {"--level", 1, &fo.level},   {"--sector", 1, &fo.sector}, {"--type", 1, &fo.type}, {"--all", 0, &all},
        {"--json", 0, &json},       {"--csv", 0, &csv},          {"--limit", 1, &limit},
        {"--min", 1, &min},         {"--window", 1, &window},    {"--words", 1, &words},
        {"--min-plans", 1, &min_docs},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npos = 0;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    ps_collocates_request req;
    ps_collocates_request_init(&req);
    unsigned lim = (unsigned)req.limit;
    /* several words make one query, as in search */
    ps_buf term = PS_BUF_INIT;
    int rc = PS_OK;
    for (size_t i = 0; i < npos; i++) {
        if (i)
            ps_buf_putc(&rc, &term, ' ');
        ps_buf_puts(&rc, &term, pos[i]);
    }
    free(pos);
    if (!st && (rc || !npos))
        st = rc ? ps_cli_fail("out of memory") : ps_cli_fail("collocates needs a term (%s)", USAGE);
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv cannot be combined");
    if (!st && limit)
        st = ps_cli_parse_count(limit, "--limit", 1, 10000, &lim);
    if (!st && min)
        st = ps_cli_parse_count(min, "--min", 1, 1000000, &req.min_count);
    if (!st && min_docs)
        st = ps_cli_parse_count(min_docs, "--min-plans", 1, 1000000, &req.min_docs);
    if (!st && window)
        st = ps_cli_parse_count(window, "--window", 1, 1000, &req.window);
    if (!st)
        st = ps_acli_filter(&fo, &req.filter);
    if (st) {
        ps_buf_release(&term);
        return st;
    }
    req.term = term.data;
    req.limit = lim;
    req.all = all != NULL;

    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err)) {
        ps_buf_release(&term);
        return ps_cli_fail("%s", err.msg);
    }
    char *dbpath = NULL;
    ps_analyzer *a = NULL;
    ps_collocates *c = NULL;
    const char *wordlist = NULL;
    st = ps_acli_open(&env, db, &a, &dbpath);
    if (!st)
        st = ps_acli_words(a, words, &wordlist);
    if (!st && ps_collocates_run(a, &req, &c, &err))
        st = ps_cli_fail("%s", err.msg);
    char cand[512];
    ps_acli_collocates_candidates(cand, sizeof cand, &req, wordlist);
    const char *q = req.term;
    ps_provenance prov = {.command = "collocates", .queries = &q, .nqueries = 1,
                          .filter = &req.filter, .all = req.all, .window = req.window,
                          .candidates = cand};
    if (!st)
        st = ps_acli_provenance(a, dbpath, &prov);
    if (!st)
        ps_cli_region_note(&env, fo.region);
    ps_buf out = PS_BUF_INIT;
    if (!st) {
        if (json) {
            ps_collocates_json(&rc, &out, c, &prov);
        } else if (csv) {
            ps_collocates_csv(&rc, &out, c);
            ps_acli_csv_provenance(&rc, &out, &prov);
        } else {
            ps_buf_printf(&rc, &out, "collocates of %s within %u characters:", req.term,
                          req.window);
            ps_filter_describe(&rc, &out, &req.filter);
            ps_buf_puts(&rc, &out, "\n");
            ps_collocates_table(&rc, &out, c);
            ps_buf_printf(&rc, &out, "[index: %s]\n", dbpath); /* where it came from */
        }
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
    }
    if (!st)
        st = c->occurrences ? PS_EXIT_HIT : PS_EXIT_NONE;
    ps_buf_release(&out);
    ps_collocates_free(c);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    ps_buf_release(&term);
    return st;
}
