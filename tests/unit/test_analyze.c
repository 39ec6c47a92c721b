/*
 * The pieces of the analyses that need no index: log-likelihood and log
 * ratio, n-gram keys, counting and merging of candidates, exact occurrence
 * counts, and the table and SVG renderings of a comparison.
 */
#include "analyze_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int setup(void **state)
{
    ps_cjk *cjk = NULL;
    ps_error err;
    if (ps_cjk_new(&cjk, &err))
        return -1;
    *state = cjk;
    return 0;
}

static int teardown(void **state)
{
    ps_cjk_free(*state);
    return 0;
}

static void test_g2(void **state)
{
    (void)state;
    /* 10 in 1000 against 0 in 1000: expected 5 each, G2 = 2 * 10 ln 2 */
    assert_true(fabs(ps_g2(10, 1000, 0, 1000) - 20 * log(2)) < 1e-9);
    /* equal rates: no evidence at all */
    assert_true(fabs(ps_g2(5, 1000, 10, 2000)) < 1e-9);
    /* symmetric in the sides */
    assert_true(fabs(ps_g2(30, 5000, 7, 4000) - ps_g2(7, 4000, 30, 5000)) < 1e-9);
    /* a classic textbook value: 10/1000 vs 40/10000 → G2 ≈ 5.35 */
    double g = ps_g2(10, 1000, 40, 10000);
    assert_true(g > 5.0 && g < 5.7);
    assert_true(fabs(ps_log_ratio(10, 1000, 0, 1000) - log2(20)) < 1e-9);
    assert_true(fabs(ps_log_ratio(20, 1000, 10, 1000) - 1) < 1e-9);
    assert_true(ps_g2(1, 0, 1, 10) == 0);
}

static void test_ngkey(void **state)
{
    (void)state;
    static const uint32_t cps[] = {0x4E24, 0x4E2A, 0x666E, 0x904D, 0x20000, 0x5BB6};
    for (size_t len = 2; len <= 6; len++) {
        ps_ngkey k = ps_ngkey_make(cps, len);
        assert_int_equal(ps_ngkey_len(k), len);
        int rc = PS_OK;
        ps_buf b = PS_BUF_INIT;
        ps_ngkey_text(&rc, &b, k);
        assert_int_equal(rc, PS_OK);
        char want[32] = "";
        size_t n = 0;
        for (size_t i = 0; i < len; i++)
            n += ps_utf8_encode(cps[i], want + n);
        want[n] = '\0';
        assert_string_equal(b.data, want);
        ps_buf_release(&b);
    }
    /* different n-grams, different keys (prefixes included) */
    ps_ngkey a = ps_ngkey_make(cps, 3), b = ps_ngkey_make(cps, 4);
    assert_false(a.w[0] == b.w[0] && a.w[1] == b.w[1]);
}

/* Count all lengths of text into tab (one side, one document each). */
static void count_text(ps_cjk *cjk, ps_ngtab *tab, const char *const *docs, size_t ndocs,
                       unsigned min)
{
    ps_ftext t = {0};
    for (size_t len = PS_NGRAM_MIN; len <= PS_NGRAM_MAX; len++) {
        for (size_t d = 0; d < ndocs; d++) {
            assert_int_equal(ps_ftext_fold(cjk, docs[d], strlen(docs[d]), &t), PS_OK);
            assert_int_equal(ps_ngram_count(tab, t.cp, 0, t.n, len, NULL, 0, (unsigned)d + 1, 1, NULL),
                             PS_OK);
        }
        for (size_t i = 0; i < tab->cap; i++) {
            ps_ngent *e = &tab->slots[i];
            if (e->key.w[0] && !e->keep && ps_ngkey_len(e->key) == len)
                e->keep = e->c[0] >= min;
        }
    }
    ps_ftext_release(&t);
}

static double by_count(void *ctx, const ps_ngent *e, double *effect)
{
    (void)ctx;
    *effect = 0;
    return (double)e->c[0];
}

static void test_ngram_merge(void **state)
{
    ps_cjk *cjk = *state;
    /* 两个普遍 recurs whole; 两个 also occurs without it, 普遍 never does */
    static const char *const docs[] = {
        "推进两个普遍，落实两个普遍。两个维护。",
        "兩個普遍要求，两个普遍。",          /* traditional script folds */
        "两个普遍！两个确保，两个维护",
    };
    ps_ngtab tab = {0};
    count_text(cjk, &tab, docs, 3, 2);
    ps_ngent *e = ps_ngtab_find(&tab, ps_ngkey_make((const uint32_t[]){0x4E24, 0x4E2A, 0x666E, 0x904D}, 4));
    assert_non_null(e);
    assert_int_equal(e->c[0], 5);
    assert_int_equal(e->d[0], 3);
    /* n-grams across punctuation are never counted */
    assert_null(ps_ngtab_find(&tab, ps_ngkey_make((const uint32_t[]){0x904D, 0x843D}, 2)));
    ps_key_item *items = NULL;
    size_t n = 0, ncand = 0;
    assert_int_equal(ps_ngram_rank(&tab, NULL, by_count, NULL, 10, &items, &n, &ncand), PS_OK);
    int whole = 0;
    for (size_t i = 0; i < n; i++) {
        whole |= strcmp(items[i].ngram, "两个普遍") == 0;
        /* fragments of 两个普遍 are merged into it */
        assert_string_not_equal(items[i].ngram, "个普");
        assert_string_not_equal(items[i].ngram, "普遍");
        assert_string_not_equal(items[i].ngram, "两个普");
        for (size_t j = 0; j < n; j++)
            if (i != j)
                assert_null(strstr(items[i].ngram, items[j].ngram));
    }
    assert_true(whole);
    for (size_t i = 0; i < n; i++)
        free(items[i].ngram);
    free(items);
    ps_ngtab_release(&tab);
}

static void test_occurrences(void **state)
{
    ps_cjk *cjk = *state;
    static const struct {
        const char *query, *text;
        unsigned long long count;
    } rows[] = {
        {"集体协商", "集体协商，工资集體協商和集体\n协商", 2},  /* scripts fold; a line break is not adjacent */
        {"工会工会", "工会工会工会", 1},                      /* non-overlapping, as grep -o */
        {"2012", "２０１２年和2012年，20123", 2},             /* width folds; whole Latin runs */
        {"集体协商 OR 集体合同", "集体合同与集体协商、集体合同", 3},
        {"集体协商 -女职工", "集体协商", 1},                   /* negated phrases are not counted */
        {"职工", "", 0},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        ps_query *q = NULL;
        ps_error err;
        print_message("%s | %s\n", rows[i].query, rows[i].text);
        assert_int_equal(ps_query_parse(cjk, rows[i].query, &q, &err), PS_OK);
        ps_matcher *m = NULL;
        assert_int_equal(ps_matcher_new(cjk, q, &m), PS_OK);
        unsigned long long c = 99;
        ps_spans sp = {0};
        assert_int_equal(ps_matcher_count(m, rows[i].text, strlen(rows[i].text), &c, &sp), PS_OK);
        assert_int_equal(c, rows[i].count);
        assert_int_equal(sp.n, rows[i].count);
        for (size_t k = 0; k < sp.n; k++)
            assert_true(sp.v[2 * k] < sp.v[2 * k + 1] && sp.v[2 * k + 1] <= strlen(rows[i].text));
        ps_spans_release(&sp);
        ps_matcher_free(m);
        ps_query_free(q);
    }
}

/* A small comparison made by hand: two years, one of them empty. */
static ps_comparison *sample(void)
{
    ps_comparison *c = calloc(1, sizeof *c);
    c->by = PS_BY_YEAR;
    c->nterms = 1;
    c->terms = calloc(1, sizeof *c->terms);
    c->terms[0] = strdup("A&B <职工>");
    c->ngroups = 2;
    c->groups = calloc(2, sizeof *c->groups);
    c->groups[0].label = strdup("2012");
    c->groups[0].docs = 4;
    c->groups[0].chars = 20000;
    c->groups[0].cells = calloc(1, sizeof(ps_cmp_cell));
    c->groups[0].cells[0] = (ps_cmp_cell){1, 3};
    c->groups[1].label = strdup("2013");
    c->groups[1].cells = calloc(1, sizeof(ps_cmp_cell));
    c->total.label = strdup("total");
    c->total.docs = 4;
    c->total.chars = 20000;
    c->total.cells = calloc(1, sizeof(ps_cmp_cell));
    c->total.cells[0] = (ps_cmp_cell){1, 3};
    return c;
}

static void test_render(void **state)
{
    (void)state;
    ps_comparison *c = sample();
    assert_true(fabs(ps_cmp_share(&c->groups[0], 0) - 25.0) < 1e-9);
    assert_true(fabs(ps_cmp_rate(&c->groups[0], 0) - 1.5) < 1e-9);
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_compare_table(&rc, &b, c, 1);
    assert_int_equal(rc, PS_OK);
    assert_non_null(strstr(b.data, "25.0%"));
    assert_non_null(strstr(b.data, "1.50"));
    assert_non_null(strstr(b.data, "\n2013       0         0      -      -       -\n"));
    ps_buf_reset(&b);
    ps_compare_csv(&rc, &b, c);
    /* the CSV convention: BOM, header, CRLF, missing values empty */
    assert_string_equal(b.data, "\xEF\xBB\xBFyear,group_plans,group_chars,term,matching_plans,"
                                "share_pct,occurrences,per_10k_chars\r\n"
                                "2012,4,20000,A&B <职工>,1,25.0000,3,1.5000\r\n"
                                "2013,0,0,A&B <职工>,0,,0,\r\n");
    ps_buf_reset(&b);
    ps_compare_svg(&rc, &b, c);
    assert_int_equal(rc, PS_OK);
    assert_non_null(strstr(b.data, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
    /* text is escaped, never raw markup */
    assert_non_null(strstr(b.data, "A&amp;B &lt;职工&gt;"));
    assert_null(strstr(b.data, "<职工>"));
    assert_non_null(strstr(b.data, "<title>A&amp;B &lt;职工&gt; 2012: 1/4 (25.0%)</title>"));
    assert_null(strstr(b.data, " 2013: "));
    ps_buf_release(&b);
    ps_comparison_free(c);
    assert_int_equal(ps_text_width("两个ab", strlen("两个ab")), 6);
}

static void test_words(void **state)
{
    ps_cjk *cjk = *state;
    char path[] = "/tmp/ps-words-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    /* jieba's format; 兩個 is the traditional spelling of 两个 and adds to it */
    fputs("两个 60 m\n兩個 40 m\n普遍 100 a\n集体 100 n\n协商 100 v\n集体协商 80 n\n"
          "两 10 m\n个 10 q\n工资 90 n\nC++ 3 nz\n", f);
    fclose(f);
    ps_words *w = NULL;
    ps_error err;
    assert_int_equal(ps_words_load(cjk, path, &w, &err), PS_OK);
    unlink(path);
    ps_ftext t = {0};
    const char *text = "两个普遍，工资集体协商";
    assert_int_equal(ps_ftext_fold(cjk, text, strlen(text), &t), PS_OK);
    unsigned char b[32];
    assert_int_equal(ps_words_bounds(w, t.cp, t.n, b), PS_OK);
    /* 两个|普遍|，|工资|集体协商| : the whole word beats its two halves */
    static const unsigned char want[] = {1, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1};
    assert_int_equal(t.n + 1, sizeof want);
    assert_memory_equal(b, want, sizeof want);
    ps_ftext_release(&t);
    ps_words_free(w);
    assert_int_equal(ps_words_load(cjk, "/nonexistent/dict.txt", &w, &err), PS_EIO);
    assert_null(w);
    assert_non_null(strstr(err.msg, "cannot read word list '/nonexistent/dict.txt'"));
}

/* Text written into a chart stays XML whatever it holds: markup escaped,
   control characters XML forbids dropped, a byte that starts no character
   (a query cut mid-character) replaced, whole characters kept. */
static void test_xml_text(void **state)
{
    (void)state;
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_xml_text(&rc, &b, "集体<协商> & \"x\"\x01\t\xE5:");
    assert_int_equal(rc, PS_OK);
    assert_string_equal(b.data, "集体&lt;协商&gt; &amp; &quot;x&quot;\t\xEF\xBF\xBD:");
    ps_buf_release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_g2),
        cmocka_unit_test(test_ngkey),
        cmocka_unit_test(test_ngram_merge),
        cmocka_unit_test(test_occurrences),
        cmocka_unit_test(test_render),
        cmocka_unit_test(test_words),
        cmocka_unit_test(test_xml_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
