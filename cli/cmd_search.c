/*
 * plansearch [--db DIR] QUERY... [--year Y|Y1..Y2] [--region NAME] [--limit N]
 *            [--offset N] [--sort relevance|year|-year] [--level L]
 *            [--sector S] [--all] [--explain] [--json | --csv]
 *            [--count | --facet F[,F…] | --kwic]
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
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

typedef struct out_form {
    int json, csv, count, color;
    const char *db; /* named at the end of results on a terminal */
    FILE *csvf;     /* with --csv: stdout through the provenance columns */
} out_form;

/* The counts: a number, or with --json one object. */
static void print_count(const ps_result *r, const out_form *o)
{
    if (o->json)
        printf("{\"count\":%u}\n", ps_result_total(r));
    else
        printf("%u\n", ps_result_total(r));
}

static void print_facets(const ps_result *r, const ps_search_request *req, const out_form *o)
{
    if (o->json)
        ps_print_facets_json(stdout, r, req->facets);
    else if (o->csv)
        ps_print_facets_csv(o->csvf, r, req->facets);
    else
        ps_print_facets_text(stdout, r, req->facets);
}

/* The hits of one page in the chosen form. */
static void print_hits(const ps_result *r, const ps_search_request *req, const out_form *o)
{
    for (size_t i = 0; i < ps_result_size(r); i++) {
        const ps_hit *h = ps_result_hit(r, i);
        if (req->kwic && o->json)
            ps_print_kwic_json(stdout, h);
        else if (req->kwic && o->csv)
            ps_print_kwic_csv(o->csvf, h);
        else if (req->kwic)
            ps_print_kwic_text(stdout, h, o->color);
        else if (o->json)
            ps_print_hit_json(stdout, h);
        else if (o->csv)
            ps_print_hit_csv(o->csvf, h);
        else
            ps_print_hit_text(stdout, h, o->color);
    }
}

static void print_footer(unsigned total, size_t shown, const ps_search_request *req,
                         const out_form *o)
{
    if (o->json || o->csv || req->kwic)
        return;
    if (total == 0)
        printf("no plan matches");
    else
        printf("%zu of %u matching plan%s shown%s", shown, total, total == 1 ? "" : "s",
               req->all ? "" : " (near-duplicates folded; --all shows every copy)");
    printf(" [index: %s]\n", o->db);
}

/*
 * Hits are searched and written a page at a time, so that writing every hit
 * of a large corpus (--json, --csv, --limit all) keeps memory flat: only the
 * page's hits, snippets and concordance lines are held.
 */
enum { PAGE_HITS = 500, PAGE_KWIC_HITS = 50 };

static int run_search(ps_searcher *s, ps_search_request *req, const out_form *o,
                      unsigned *total, ps_error *err)
{
    ps_result *r = NULL;
    *total = 0;
    if (o->count || req->facets) {
        int rc = ps_search(s, req, &r, err);
        if (rc)
            return rc;
        *total = ps_result_total(r);
        if (o->count)
            print_count(r, o);
        else
            print_facets(r, req, o);
        ps_result_free(r);
        return PS_OK;
    }
    unsigned want = req->limit, first = req->offset, page = req->kwic ? PAGE_KWIC_HITS
                                                                       : PAGE_HITS;
    size_t shown = 0;
    for (;;) {
        req->offset = first + (unsigned)shown;
        req->limit = want - shown < page ? want - (unsigned)shown : page;
        int rc = ps_search(s, req, &r, err);
        if (rc)
            return rc;
        *total = ps_result_total(r);
        if (o->csv && shown == 0 && req->offset == first) /* once the query is known good */
            (req->kwic ? ps_print_kwic_csv_header : ps_print_csv_header)(o->csvf);
        print_hits(r, req, o);
        size_t got = ps_result_size(r);
        shown += got;
        ps_result_free(r);
        if (got < req->limit || shown >= want || got == 0)
            break;
        if (ferror(stdout)) /* a full disk or a closed pipe: said once at the end */
            break;
    }
    print_footer(*total, shown, req, o);
    return PS_OK;
}

/* Open the index; build the default one from the bundled plans on first use. */
static int open_searcher(ps_cli_env *env, const char *opt_db, ps_searcher **out, char **dbpath)
{
    int explicit_db;
    char *db = ps_cli_db_path(opt_db, &explicit_db);
    *dbpath = db;
    if (!db)
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    ps_error err;
    ps_error_clear(&err);
    int rc = ps_searcher_open(db, env->cjk, env->gaz, out, &err);
    if (rc == PS_EINDEX_NOTFOUND && !explicit_db) {
        if (ps_cli_build_default(env, db))
            return PS_EXIT_ERROR;
        ps_error_clear(&err);
        rc = ps_searcher_open(db, env->cjk, env->gaz, out, &err);
    }
    if (rc == PS_EINDEX_NOTFOUND)
        return ps_cli_fail("no index at '%s' (named by %s; create one with 'plansearch index "
                           "--db %s PATH...')", db, ps_cli_db_origin(explicit_db), db);
    if (rc)
        return ps_cli_fail("%s", err.msg);
    return 0;
}

int ps_cmd_search(int argc, char **argv)
{
    const char *db = NULL, *year = NULL, *region = NULL, *limit = NULL, *offset = NULL,
               *json = NULL, *sort = NULL, *level = NULL, *sector = NULL, *type = NULL, *all = NULL,
               *count = NULL, *facet = NULL, *explain = NULL, *kwic = NULL, *csv = NULL,
               *color = NULL;
    const ps_cli_opt opts[] = {
        {"--db", 1, &db},         {"--year", 1, &year},     {"--region", 1, &region},
        {"--limit", 1, &limit},   {"--offset", 1, &offset}, {"--json", 0, &json},
        {"--sort", 1, &sort},     {"--level", 1, &level},   {"--sector", 1, &sector}, {"--type", 1, &type},
        {"--all", 0, &all},       {"--count", 0, &count},   {"--facet", 1, &facet},
        {"--explain", 0, &explain}, {"--kwic", 0, &kwic},   {"--csv", 0, &csv},
        {"--color", 1, &color},
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
    ps_cli_config cfg;
    ps_cli_config_load(&cfg);
    ps_cli_config_release(&cfg); /* db is read where the index is opened */
    /* every hit when exporting (--json, --csv) or for a concordance, else
       a page: the config file's limit, or 10 */
    req.limit = json || csv || kwic ? UINT_MAX : cfg.limit > 0 ? (unsigned)cfg.limit
                                      : cfg.limit == 0 ? UINT_MAX : 10;
    if (!st && limit && strcmp(limit, "all") == 0)
        req.limit = UINT_MAX;
    else if (!st && limit)
        st = ps_cli_parse_count(limit, "--limit", 0, 100000000, &req.limit);
    if (!st && (count || facet))
        req.limit = 0; /* only the counts: no page of hits to prepare */
    int want_color = color ? ps_cli_color_parse(color) : cfg.color >= 0 ? cfg.color : 2;
    out_form form = {json != NULL, csv != NULL, count != NULL, 0, NULL, stdout};
    form.color = !json && !csv &&
                 (want_color == 1 || (want_color == 2 && isatty(STDOUT_FILENO) &&
                                      !getenv("NO_COLOR")));
    req.all = all != NULL;
    req.explain = explain != NULL;
    req.kwic = kwic != NULL;
    if (!st && offset)
        st = ps_cli_parse_count(offset, "--offset", 0, 100000000, &req.offset);
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
    char *dbpath = NULL;
    st = open_searcher(&env, db, &s, &dbpath);
    form.db = dbpath;
    unsigned total = 0;
    /* CSV carries its provenance in columns of its own (README "CSV") */
    const char *query = req.query;
    ps_filter pf = {req.year_lo, req.year_hi, req.region, req.level, req.sector, req.type,
                    req.years};
    ps_provenance prov = {.command = kwic ? "kwic" : facet ? "facets" : "search",
                          .queries = &query, .nqueries = query ? 1 : 0, .filter = &pf,
                          .all = req.all, .db = dbpath, .version = PS_VERSION};
    ps_provenance_date(prov.date, sizeof prov.date);
    if (!st && csv && !count && !(form.csvf = ps_provenance_csv_stream(&prov, stdout)))
        st = ps_cli_fail("out of memory");
    if (!st && run_search(s, &req, &form, &total, &err))
        st = ps_cli_fail("%s", err.msg);
    if (form.csvf && form.csvf != stdout && fclose(form.csvf) != 0 && !st)
        st = ps_cli_fail("cannot write output: %s", strerror(errno));
    if (!st)
        ps_cli_region_note(&env, region);
    char hint[160];
    if (!st && req.query && ps_query_hint(req.query, hint, sizeof hint))
        fprintf(stderr, PS_("plansearch: note: %s\n"), hint);
    if (!st)
        st = total ? PS_EXIT_HIT : PS_EXIT_NONE;
    if (fflush(stdout) != 0 && st != PS_EXIT_ERROR)
        st = ps_cli_fail("cannot write output: %s", strerror(errno));
    free(dbpath);
    ps_searcher_close(s);
    ps_cli_env_close(&env);
    ps_buf_release(&q);
    return st;
}
