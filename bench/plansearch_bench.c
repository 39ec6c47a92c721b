/*
 * plansearch's side of bench/run: build an index from a generated corpus and
 * run the query set in-process, so that process start and index opening are
 * not part of the query latencies.
 *
 *   bench_plansearch build --db DIR [--jobs N] [--batch FILES] DOCS_DIR
 *       builds afresh with the bulk path (ps_bulk_build: N workers, 2 by
 *       default, writing shards of FILES files, merged by compaction).
 *       Prints "docs N bytes B skipped S seconds T".  (The product's
 *       one-writer path is `plansearch index --rebuild`, run by bench/run.)
 *   bench_plansearch query --db DIR --queries FILE --hits OUT --lat OUT
 *                          [--rounds R] [--snippets N] [--fold 1] [--clock cpu]
 *       one untimed warm-up pass, then R timed rounds of every query as a
 *       researcher runs it (first page of 10 hits with N snippets each, 2 by
 *       default as the CLI shows, and the total; every copy, or with --fold
 *       near-duplicates folded as the CLI does by default); then one untimed
 *       pass collecting every matching id (every copy).  --clock cpu times
 *       the thread's CPU (user + system) instead of wall time: on a machine
 *       shared with other work, what the query costs rather than how long
 *       it waited for a core.
 *
 * Query file: bench/queries.tsv (see there).  Output: benchlib.py's format.
 */
#include "ps_bulk.h"
#include "ps_index.h"
#include "ps_search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double clock_at(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void)
{
    return clock_at(CLOCK_MONOTONIC);
}

static int die(const char *what, const ps_error *err)
{
    fprintf(stderr, "bench_plansearch: %s: %s\n", what, err ? err->msg : "failed");
    return 2;
}

static void warn(void *ctx, const char *path, const char *message)
{
    (void)ctx;
    fprintf(stderr, "bench_plansearch: skipped '%s': %s\n", path, message);
}

static const char *opt(int argc, char **argv, const char *name, const char *dflt)
{
    for (int i = 2; i + 1 < argc; i++)
        if (!strcmp(argv[i], name))
            return argv[i + 1];
    return dflt;
}

static int cmd_build(int argc, char **argv)
{
    const char *db = opt(argc, argv, "--db", NULL);
    int jobs = atoi(opt(argc, argv, "--jobs", "0"));
    int batch = atoi(opt(argc, argv, "--batch", "0"));
    const char *docs = argv[argc - 1];
    if (!db || argc < 5)
        return die("usage", NULL);
    ps_error err;
    ps_error_clear(&err);
    double t0 = now();
    ps_index_summary sum;
    ps_bulk_opts o;
    ps_bulk_opts_init(&o);
    if (jobs >= 1)
        o.jobs = (unsigned)jobs;
    if (batch >= 1)
        o.batch_files = (unsigned)batch;
    const char *roots[] = {docs};
    if (ps_bulk_build(db, roots, 1, &o, warn, NULL, &sum, &err))
        return die("bulk build", &err);
    printf("docs %u bytes %llu skipped %u seconds %.3f\n", sum.docs, sum.bytes,
           sum.skipped, now() - t0);
    return 0;
}

typedef struct bench_query {
    char *qid, *text, *region;
    int year_lo, year_hi;
} bench_query;

static void parse_years(const char *s, int *lo, int *hi)
{
    *lo = *hi = PS_YEAR_ANY;
    if (!strcmp(s, "-"))
        return;
    const char *dots = strstr(s, "..");
    if (!dots) {
        *lo = *hi = atoi(s);
        return;
    }
    *lo = atoi(s);
    *hi = atoi(dots + 2);
}

/* Fields of one tab-separated line (modified in place); returns the count. */
static size_t split_tabs(char *line, char **f, size_t max)
{
    size_t n = 0;
    line[strcspn(line, "\r\n")] = '\0';
    while (n < max) {
        f[n++] = line;
        char *tab = strchr(line, '\t');
        if (!tab)
            break;
        *tab = '\0';
        line = tab + 1;
    }
    return n;
}

static size_t load_queries(const char *path, bench_query **out)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    size_t n = 0, cap = 0;
    bench_query *qs = NULL;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char *fld[6];
        if (line[0] == '#' || split_tabs(line, fld, 6) < 6)
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            bench_query *grown = realloc(qs, cap * sizeof *qs);
            if (!grown)
                break;
            qs = grown;
        }
        bench_query *q = &qs[n++];
        q->qid = strdup(fld[0]);
        q->text = strdup(fld[2]);
        q->region = strcmp(fld[4], "-") ? strdup(fld[4]) : NULL;
        parse_years(fld[3], &q->year_lo, &q->year_hi);
    }
    fclose(f);
    *out = qs;
    return n;
}

static int run_one(ps_searcher *s, const bench_query *q, size_t offset, unsigned limit,
                   unsigned snippets, int fold, ps_result **res, ps_error *err)
{
    ps_search_request req;
    ps_search_request_init(&req);
    req.query = q->text;
    req.year_lo = q->year_lo;
    req.year_hi = q->year_hi;
    req.region = q->region;
    req.offset = offset;
    req.limit = limit;
    req.max_snippets = snippets;
    /* every copy, as the truth and the peers count them, unless timing
     * the CLI's default (near-duplicates folded, which SimHash does to
     * some distinct generated plans written from the same clauses) */
    req.all = !fold;
    return ps_search(s, &req, res, err);
}

#define PAGE 20000 /* hits per page of the pass that lists every id */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int cmd_query(int argc, char **argv)
{
    const char *db = opt(argc, argv, "--db", NULL);
    const char *qpath = opt(argc, argv, "--queries", NULL);
    const char *hpath = opt(argc, argv, "--hits", NULL);
    const char *lpath = opt(argc, argv, "--lat", NULL);
    int rounds = atoi(opt(argc, argv, "--rounds", "5"));
    int snippets = atoi(opt(argc, argv, "--snippets", "2"));
    int fold = atoi(opt(argc, argv, "--fold", "0"));
    const char *clock_name = opt(argc, argv, "--clock", "wall");
    clockid_t clk = strcmp(clock_name, "cpu") == 0 ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC;
    if (!db || !qpath || !hpath || !lpath || rounds < 1 ||
        (clk == CLOCK_MONOTONIC && strcmp(clock_name, "wall") != 0))
        return die("usage", NULL);
    bench_query *qs = NULL;
    size_t nq = load_queries(qpath, &qs);
    if (!nq)
        return die("no queries", NULL);

    ps_error err;
    ps_error_clear(&err);
    ps_cjk *cjk = NULL;
    ps_gazetteer *gaz = NULL;
    ps_searcher *s = NULL;
    int rc = ps_cjk_new(&cjk, &err);
    if (!rc)
        rc = ps_gazetteer_new(&gaz, &err);
    if (!rc)
        rc = ps_searcher_open(db, cjk, gaz, &s, &err);
    double *lat = calloc(nq * (size_t)rounds, sizeof *lat);
    FILE *hf = fopen(hpath, "w"), *lf = fopen(lpath, "w");
    if (!rc && (!lat || !hf || !lf))
        rc = ps_error_set(&err, PS_EIO, "cannot write '%s'", hpath);

    /* warm-up, then timed rounds */
    for (int r = -1; !rc && r < rounds; r++) {
        for (size_t i = 0; !rc && i < nq; i++) {
            ps_result *res = NULL;
            double t0 = clock_at(clk);
            rc = run_one(s, &qs[i], 0, 10, (unsigned)snippets, fold, &res, &err);
            double ms = (clock_at(clk) - t0) * 1e3;
            ps_result_free(res);
            if (r >= 0)
                lat[i * (size_t)rounds + (size_t)r] = ms;
        }
    }
    for (size_t i = 0; !rc && i < nq; i++) {
        fprintf(lf, "%s\t", qs[i].qid);
        for (int r = 0; r < rounds; r++)
            fprintf(lf, "%s%.4f", r ? " " : "", lat[i * (size_t)rounds + (size_t)r]);
        fputc('\n', lf);
        /* every id, a page of records at a time, so that this untimed pass
         * does not set the query process's peak RSS */
        fprintf(hf, "%s\t", qs[i].qid);
        for (size_t at = 0, got = PAGE; !rc && got == PAGE; at += got) {
            ps_result *res = NULL;
            rc = run_one(s, &qs[i], at, PAGE, 0, 0, &res, &err);
            got = rc ? 0 : ps_result_size(res);
            for (size_t h = 0; h < got; h++)
                fprintf(hf, "%s%s", at + h ? " " : "", ps_result_hit(res, h)->rec.id);
            ps_result_free(res);
        }
        fputc('\n', hf);
    }
    double *med = calloc(nq, sizeof *med);
    for (size_t i = 0; !rc && med && i < nq; i++) {
        qsort(lat + i * (size_t)rounds, (size_t)rounds, sizeof *lat, cmp_double);
        med[i] = lat[i * (size_t)rounds + (size_t)rounds / 2];
    }
    if (!rc && med) {
        qsort(med, nq, sizeof *med, cmp_double);
        printf("queries %zu p50 %.3f ms p95 %.3f ms max %.3f ms\n", nq,
               med[nq / 2], med[(nq * 95 + 99) / 100 - 1], med[nq - 1]);
    }
    free(med);
    if (hf)
        fclose(hf);
    if (lf)
        fclose(lf);
    free(lat);
    for (size_t i = 0; i < nq; i++) {
        free(qs[i].qid);
        free(qs[i].text);
        free(qs[i].region);
    }
    free(qs);
    ps_searcher_close(s);
    ps_gazetteer_free(gaz);
    ps_cjk_free(cjk);
    return rc ? die("query", &err) : 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "build"))
        return cmd_build(argc, argv);
    if (argc >= 2 && !strcmp(argv[1], "query"))
        return cmd_query(argc, argv);
    fputs("usage: bench_plansearch build --db DIR [--jobs N] [--batch FILES] DOCS_DIR\n"
          "       bench_plansearch query --db DIR --queries FILE --hits OUT --lat OUT"
          " [--rounds R] [--snippets N] [--fold 1] [--clock cpu]\n",
          stderr);
    return 2;
}
