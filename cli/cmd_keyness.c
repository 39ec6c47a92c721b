/*
 * plansearch keyness [FILTERS] --vs [FILTERS] [--limit N] [--min N]
 *            [--min-plans N] [--words FILE|none] [--all] [--json | --csv] [--db DIR]
 *
 * The filters before --vs choose selection A, those after it selection B;
 * an empty side means every plan.  `--vs rest` makes B every plan not in A.
 */
#include "analyze_cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define USAGE "usage: plansearch keyness [filters] --vs [filters|rest] [--limit N] [--min N] " \
              "[--min-plans N] [--words FILE|none] [--all] [--json|--csv]"

int ps_cmd_keyness(int argc, char **argv)
{
    int vs = -1;
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--vs") == 0) {
            vs = i;
            break;
        }
    if (vs < 0)
        return ps_cli_fail("keyness needs '--vs' between the two selections (%s)", USAGE);
    const char *db = NULL, *all = NULL, *json = NULL, *csv = NULL, *limit = NULL,
               *min = NULL, *min_docs = NULL, *words = NULL;
    ps_acli_filter_opts fa = {0}, fb = {0};
    const ps_cli_opt opts_a[] = {
        {"--db", 1, &db},           {"--year", 1, &fa.year},      {"--region", 1, &fa.region},
        {"--level", 1, &fa.level},   {"--sector", 1, &fa.sector}, {"--type", 1, &fa.type},  {"--all", 0, &all},
        {"--json", 0, &json},       {"--csv", 0, &csv},           {"--limit", 1, &limit},
        {"--min", 1, &min},         {"--min-plans", 1, &min_docs}, {"--words", 1, &words},
    };
    const ps_cli_opt opts_b[] = {
        {"--year", 1, &fb.year}, {"--region", 1, &fb.region}, {"--level", 1, &fb.level},
        {"--sector", 1, &fb.sector}, {"--type", 1, &fb.type}, {"--db", 1, &db}, {"--all", 0, &all},
        {"--json", 0, &json},   {"--csv", 0, &csv},       {"--limit", 1, &limit},
        {"--min", 1, &min},     {"--min-plans", 1, &min_docs}, {"--words", 1, &words},
    };
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos)
        return ps_cli_fail("out of memory");
    size_t npa = 0, npb = 0;
    int rest = vs + 1 < argc && strcmp(argv[vs + 1], "rest") == 0;
    int st = ps_cli_parse(vs, argv, opts_a, sizeof opts_a / sizeof opts_a[0], pos, &npa);
    if (!st)
        st = ps_cli_parse(argc - vs - 1 - rest, argv + vs + 1 + rest, opts_b,
                          sizeof opts_b / sizeof opts_b[0], pos + npa, &npb);
    if (!st && rest && (fb.year || fb.region || fb.level || fb.sector || fb.type))
        st = ps_cli_fail("'--vs rest' takes no filters: B is every plan not in A (%s)", USAGE);
    if (!st && npa + npb)
        st = ps_cli_fail("keyness takes filters, not terms: '%s' (%s)", pos[0], USAGE);
    free(pos);
    ps_keyness_request req;
    ps_keyness_request_init(&req);
    unsigned lim = (unsigned)req.limit;
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv cannot be combined");
    if (!st && limit)
        st = ps_cli_parse_count(limit, "--limit", 1, 10000, &lim);
    if (!st && min)
        st = ps_cli_parse_count(min, "--min", 1, 1000000, &req.min_count);
    if (!st && min_docs)
        st = ps_cli_parse_count(min_docs, "--min-plans", 1, 1000000, &req.min_docs);
    if (!st)
        st = ps_acli_filter(&fa, &req.a);
    if (!st)
        st = ps_acli_filter(&fb, &req.b);
    if (st)
        return st;
    req.limit = lim;
    req.all = all != NULL;
    req.vs_rest = rest;

    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err))
        return ps_cli_fail("%s", err.msg);
    char *dbpath = NULL;
    ps_analyzer *a = NULL;
    ps_keyness *k = NULL;
    const char *wordlist = NULL;
    st = ps_acli_open(&env, db, &a, &dbpath);
    if (!st)
        st = ps_acli_words(a, words, &wordlist);
    if (!st && ps_keyness_run(a, &req, &k, &err))
        st = ps_cli_fail("%s", err.msg);
    if (!st && !k->a.docs)
        st = ps_cli_fail("selection A holds no plan");
    if (!st && !k->b.docs)
        st = ps_cli_fail(rest ? "every plan is in selection A: the rest is empty"
                              : "selection B (after --vs) holds no plan");
    char cand[512];
    ps_acli_keyness_candidates(cand, sizeof cand, &req, wordlist);
    ps_provenance prov = {.command = "keyness", .filter = &req.a, .vs = &req.b,
                          .all = req.all, .candidates = cand};
    if (!st)
        st = ps_acli_provenance(a, dbpath, &prov);
    if (!st) {
        ps_cli_region_note(&env, fa.region);
        ps_cli_region_note(&env, fb.region);
    }
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    if (!st) {
        if (json) {
            ps_keyness_json(&rc, &out, k, &prov);
        } else if (csv) {
            ps_keyness_csv(&rc, &out, k);
            ps_acli_csv_provenance(&rc, &out, &prov);
        } else {
            ps_buf_puts(&rc, &out, "keyness of A:");
            ps_filter_describe(&rc, &out, &req.a);
            ps_buf_puts(&rc, &out, "  against B:");
            if (rest)
                ps_buf_puts(&rc, &out, " the rest (every plan not in A)");
            else
                ps_filter_describe(&rc, &out, &req.b);
            ps_buf_puts(&rc, &out, "\n");
            ps_keyness_table(&rc, &out, k);
            ps_buf_printf(&rc, &out, "[index: %s]\n", dbpath); /* where it came from */
        }
        st = rc ? ps_cli_fail("out of memory") : ps_acli_write(&out, NULL);
    }
    if (!st)
        st = k->count ? PS_EXIT_HIT : PS_EXIT_NONE;
    ps_buf_release(&out);
    ps_keyness_free(k);
    ps_analyzer_close(a);
    free(dbpath);
    ps_cli_env_close(&env);
    return st;
}
