/*
 * The folded page without listing every match (search.c, fetch_folded_page)
 * against the folding of the full ranked list (fetch_candidates +
 * fold_duplicates), which plansearch still uses whenever it reads every
 * match's record: asking for a facet takes that path and must not change
 * the hits.  The index holds the bundled plans and, for each, exact copies
 * (ties of relevance, broken by year and id), reposts with a sentence added
 * (near, not equal) and a repost with a sentence added at the start; every
 * page of several queries, at several offsets and page sizes, must give the
 * same total, the same hits in the same order and the same count of copies
 * folded into each.
 */
#include "ps_index.h"
#include "ps_search.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

typedef struct fixture {
    char dir[256], plans[300];
    ps_cjk *cjk;
    ps_gazetteer *gaz;
    ps_searcher *s;
} fixture;

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = malloc(1 << 20);
    *n = b ? fread(b, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    if (b)
        b[*n] = '\0';
    return b;
}

static int write_file(const char *dir, const char *name, const char *a, size_t an,
                      const char *b)
{
    char path[600];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fwrite(a, 1, an, f) == an && (!b || fputs(b, f) >= 0);
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* Copies of the bundled plans: exact, with a sentence appended, prefixed. */
static int make_plans(const char *src, const char *dir)
{
    static const char *const names[] = {
        "000_85891dc427c33ef6.txt", "001_b15d1195fe800da6.txt",
        "002_7479f0db71bd9e90.txt", "003_33c2545a96ee321c.txt",
        "004_b5f3fdeed9ac51e1.txt"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char path[600], name[64];
        size_t n = 0;
        snprintf(path, sizeof path, "%s/corpus/plans/%s", src, names[i]);
        char *text = slurp(path, &n);
        if (!text)
            return -1;
        int rc = write_file(dir, names[i], text, n, NULL);
        for (size_t k = 0; !rc && k < 1 + i % 3; k++) {
            snprintf(name, sizeof name, "copy%zu_%zu.txt", i, k);
            rc = write_file(dir, name, text, n, NULL);
        }
        for (size_t k = 0; !rc && k < 2; k++) {
            snprintf(name, sizeof name, "repost%zu_%zu.txt", i, k);
            rc = write_file(dir, name, text, n,
                            k ? "\n附：本通知另有补充说明一则。\n"
                              : "\n附件：工会工作会议日程安排表。\n");
        }
        if (!rc) {
            snprintf(name, sizeof name, "head%zu.txt", i);
            char *head = malloc(n + 64);
            rc = head ? 0 : -1;
            if (head) {
                int h = snprintf(head, 64, "转发：\n");
                memcpy(head + h, text, n);
                rc = write_file(dir, name, head, (size_t)h + n, NULL);
                free(head);
            }
        }
        free(text);
        if (rc)
            return rc;
    }
    return 0;
}

static int setup(void **state)
{
    const char *src = getenv("PS_SOURCE_DIR");
    fixture *fx = calloc(1, sizeof *fx);
    ps_error err;
    if (!src || !fx) {
        print_error("PS_SOURCE_DIR is not set (run through ctest)\n");
        return -1;
    }
    snprintf(fx->dir, sizeof fx->dir, "%s/ps-foldpage-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(fx->dir))
        return -1;
    snprintf(fx->plans, sizeof fx->plans, "%s/plans", fx->dir);
    char db[300];
    snprintf(db, sizeof db, "%s/db", fx->dir);
    if (mkdir(fx->plans, 0755) || mkdir(db, 0755) || make_plans(src, fx->plans) ||
        ps_cjk_new(&fx->cjk, &err) || ps_gazetteer_new(&fx->gaz, &err))
        return -1;
    ps_reader *reader = NULL;
    ps_indexer *ix = NULL;
    const char *roots[] = {fx->plans};
    int rc = ps_reader_new(fx->cjk, &reader, &err);
    if (!rc)
        rc = ps_indexer_open(db, 0, fx->cjk, fx->gaz, &ix, &err);
    ps_index_opts o;
    memset(&o, 0, sizeof o);
    ps_index_counts c;
    if (!rc)
        rc = ps_index_run(ix, reader, roots, 1, &o, &c, &err);
    ps_indexer_close(ix);
    ps_reader_free(reader);
    if (!rc)
        rc = ps_searcher_open(db, fx->cjk, fx->gaz, &fx->s, &err);
    if (rc) {
        print_error("cannot build the index: %s\n", err.msg);
        return -1;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    char cmd[300];
    ps_searcher_close(fx->s);
    ps_gazetteer_free(fx->gaz);
    ps_cjk_free(fx->cjk);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    int rc = system(cmd);
    free(fx);
    return rc == 0 ? 0 : -1;
}

static ps_result *search(fixture *fx, const char *q, unsigned offset, unsigned limit,
                         int facet)
{
    ps_search_request req;
    ps_search_request_init(&req);
    req.query = q;
    req.offset = offset;
    req.limit = limit;
    req.max_snippets = 0;
    req.facets = facet ? 1u << PS_FACET_YEAR : 0;
    ps_result *r = NULL;
    ps_error err;
    if (ps_search(fx->s, &req, &r, &err) != PS_OK)
        fail_msg("search '%s' failed: %s", q, err.msg);
    return r;
}

static void test_folded_page_as_full_folding(void **state)
{
    fixture *fx = *state;
    static const char *const queries[] = {"工会", "职工", "工作", "会议", "附",
                                          "郑州", "2012", "工会 NOT 郑州"};
    unsigned pages = 0, folded_hits = 0;
    for (size_t q = 0; q < sizeof queries / sizeof queries[0]; q++) {
        for (unsigned limit = 1; limit <= 4; limit += 3) {
            for (unsigned offset = 0; offset < 12; offset++) {
                ps_result *a = search(fx, queries[q], offset, limit, 0);
                ps_result *b = search(fx, queries[q], offset, limit, 1);
                assert_int_equal(ps_result_total(a), ps_result_total(b));
                assert_int_equal(ps_result_size(a), ps_result_size(b));
                for (size_t i = 0; i < ps_result_size(a); i++) {
                    const ps_hit *x = ps_result_hit(a, i), *y = ps_result_hit(b, i);
                    if (strcmp(x->rec.id, y->rec.id) != 0 || x->folded != y->folded ||
                        x->rank != y->rank)
                        fail_msg("'%s' offset %u limit %u hit %zu: %s (rank %u, %u "
                                 "folded) against the full list's %s (rank %u, %u folded)",
                                 queries[q], offset, limit, i, x->rec.id, x->rank,
                                 x->folded, y->rec.id, y->rank, y->folded);
                    folded_hits += x->folded > 0;
                }
                pages++;
                ps_result_free(a);
                ps_result_free(b);
            }
        }
    }
    /* the fixture really has copies to fold on the pages compared */
    assert_true(folded_hits > 20);
    assert_true(pages > 100);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folded_page_as_full_folding),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
