/*
 * plansearch [--db DIR] QUERY... [--year Y|Y1..Y2] [--region NAME] [--limit N]
 *            [--offset N] [--sort relevance|year|-year] [--level L]
 *            [--sector S] [--all] [--explain] [--json | --csv]
 *            [--count | --facet F[,F…] | --kwic]
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* "year,province" → facet bits; 0 after printing the problem. */
static unsigned parse_facets(const char *s)
{
    unsigned bits = 0;
    char *copy = strdup(s);
    if (!copy) {
        ps_cli_fail("out of memory");
        return 0;
    }
    char *save = NULL;
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        int f = ps_facet_by_name(w);
        if (f < 0) {
            ps_cli_fail("invalid --facet '%s': expected year, region, province, level or "
                        "sector or type", w);
            free(copy);
            return 0;
        }
        bits |= 1u << f;
    }
    free(copy);
    if (!bits)
        ps_cli_fail("invalid --facet '%s': expected year, region, province, level or "
                    "sector or type", s);
    return bits;
}

/* Print the result in the chosen form. */
static void print_result(const ps_result *r, const ps_search_request *req, int json,
                         int csv, int count)
{
    int color = !json && !csv && isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
    unsigned total = ps_result_total(r);
    if (count) {
        printf("%u\n", total);
        return;
    }
    if (req->facets) {
        if (json)
            ps_print_facets_json(stdout, r, req->facets);
        else if (csv)
            ps_print_facets_csv(stdout, r, req->facets);
        else
            ps_print_facets_text(stdout, r, req->facets);
        return;
    }
    if (csv)
        (req->kwic ? ps_print_kwic_csv_header : ps_print_csv_header)(stdout);
    for (size_t i = 0; i < ps_result_size(r); i++) {
        const ps_hit *h = ps_result_hit(r, i);
        if (req->kwic && json)
            ps_print_kwic_json(stdout, h);
        else if (req->kwic && csv)
            ps_print_kwic_csv(stdout, h);
        else if (req->kwic)
            ps_print_kwic_text(stdout, h, color);
        else if (json)
            ps_print_hit_json(stdout, h);
        else if (csv)
            ps_print_hit_csv(stdout, h);
        else
            ps_print_hit_text(stdout, h, color);
    }
    if (json || csv || req->kwic)
        return;
    size_t shown = ps_result_size(r);
    if (total == 0)
        printf("no plan matches\n");
    else
        printf("%zu of %u matching plan%s shown%s\n", shown, total, total == 1 ? "" : "s",
               req->all ? "" : " (near-duplicates folded; --all shows every copy)");
}

/* Open the index; build the default one from the bundled plans on first use. */
static int open_searcher(ps_cli_env *env, const char *opt_db, ps_searcher **out)
{
    int explicit_db;
    char *db = ps_cli_db_path(opt_db, &explicit_db);
    if (!db)
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    ps_error err;
    ps_error_clear(&err);
    int rc = ps_searcher_open(db, env->cjk, env->gaz, out, &err);
    if (rc == PS_EINDEX_NOTFOUND && !explicit_db) {
        if (ps_cli_build_default(env, db)) {
            free(db);
            return PS_EXIT_ERROR;
        }
        ps_error_clear(&err);
        rc = ps_searcher_open(db, env->cjk, env->gaz, out, &err);
    }
    if (rc == PS_EINDEX_NOTFOUND) {
        int st = ps_cli_fail("no index at '%s' (create one with 'plansearch index --db %s "
                             "PATH...')", db, db);
        free(db);
        return st;
    }
    free(db);
    if (rc)
        return ps_cli_fail("%s", err.msg);
    return 0;
}

int ps_cmd_search(int argc, char **argv)
{
    const char *db = NULL, *year = NULL, *region = NULL, *limit = NULL, *offset = NULL,
               *json = NULL, *sort = NULL, *level = NULL, *sector = NULL, *type = NULL, *all = NULL,
               *count = NULL, *facet = NULL, *explain = NULL, *kwic = NULL, *csv = NULL;
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},         {"--year", 1, &year},     {"--region", 1, &region},
        {"--limit", 1, &limit},   {"--offset", 1, &offset}, {"--json", 0, &json},
        {"--sort", 1, &sort},     {"--level", 1, &level},   {"--sector", 1, &sector}, {"--type", 1, &type},
        {"--all", 0, &all},       {"--count", 0, &count},   {"--facet", 1, &facet},
        {"--explain", 0, &explain}, {"--kwic", 0, &kwic},   {"--csv", 0, &csv},
    };
    const char **words = calloc((size_t)argc + 1, sizeof *words);
    if (!words)
        return ps_cli_fail("out of memory");
    size_t nwords;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], words, &nwords);
    ps_search_request req;
    ps_search_request_init(&req);
    /* a list or none is parsed (and refused) by the library */
    if (!st && year && ps_cli_parse_year(year, &req.year_lo, &req.year_hi)) {
        req.years = year;
        req.year_lo = req.year_hi = PS_YEAR_ANY;
    }
    if (!st && json && csv)
        st = ps_cli_fail("--json and --csv exclude each other");
    if (!st && (!!count + !!facet + !!kwic) > 1)
        st = ps_cli_fail("--count, --facet and --kwic exclude each other");
    if (!st && facet && !(req.facets = parse_facets(facet)))
        st = PS_EXIT_ERROR;
    if (!st && kwic)
        req.limit = 100000; /* every occurrence, unless --limit says otherwise */
    if (!st && limit)
        st = ps_cli_parse_count(limit, "--limit", 0, 100000, &req.limit);
    if (!st && (count || facet))
        req.limit = 0; /* only the counts: no page of hits to prepare */
    req.all = all != NULL;
    req.explain = explain != NULL;
    req.kwic = kwic != NULL;
    if (!st && offset)
        st = ps_cli_parse_count(offset, "--offset", 0, 100000, &req.offset);
    if (!st && sort) {
        if (strcmp(sort, "relevance") == 0)
            req.sort = PS_SORT_RELEVANCE;
        else if (strcmp(sort, "year") == 0)
            req.sort = PS_SORT_YEAR_ASC;
        else if (strcmp(sort, "-year") == 0)
            req.sort = PS_SORT_YEAR_DESC;
        else
            st = ps_cli_fail("invalid --sort '%s': expected relevance, year or -year", sort);
    }
    /* the query is the words joined by spaces: several words, all must match */
    ps_buf q = PS_BUF_INIT;
    int brc = PS_OK;
    for (size_t i = 0; i < nwords; i++) {
        if (i)
            ps_buf_putc(&brc, &q, ' ');
        ps_buf_puts(&brc, &q, words[i]);
    }
    free(words);
    if (!st && brc)
        st = ps_cli_fail("out of memory");
    if (!st && nwords == 0 && !year && !region && !level && !sector && !type)
        st = ps_cli_fail("malformed query: the query is empty (see 'plansearch --help')");
    if (st) {
        ps_buf_release(&q);
        return st;
    }
    req.query = nwords ? (q.data ? q.data : "") : NULL;
    req.region = region;
    req.level = level;
    req.sector = sector;
    req.type = type;

    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 0, &err)) {
        ps_buf_release(&q);
        return ps_cli_fail("%s", err.msg);
    }
    ps_searcher *s = NULL;
    st = open_searcher(&env, db, &s);
    ps_result *r = NULL;
    if (!st && ps_search(s, &req, &r, &err))
        st = ps_cli_fail("%s", err.msg);
    if (!st)
        ps_cli_region_note(&env, region);
    char hint[160];
    if (!st && req.query && ps_query_hint(req.query, hint, sizeof hint))
        fprintf(stderr, "plansearch: note: %s\n", hint);
    if (!st) {
        print_result(r, &req, json != NULL, csv != NULL, count != NULL);
        st = ps_result_total(r) ? PS_EXIT_HIT : PS_EXIT_NONE;
    }
    if (fflush(stdout) != 0 && st != PS_EXIT_ERROR)
        st = ps_cli_fail("cannot write output: %s", strerror(errno));
    ps_result_free(r);
    ps_searcher_close(s);
    ps_cli_env_close(&env);
    ps_buf_release(&q);
    return st;
}
