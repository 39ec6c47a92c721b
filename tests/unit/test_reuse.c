/*
 * Text reuse without an index: reuse text (folding), winnowing's
 * guarantee, and the alignment of two texts — planted passages found at
 * their offsets, a traditional copy of a simplified passage, punctuation
 * and line breaks ignored, unrelated texts and common boilerplate not
 * reported.
 */
#include "analyze_int.h"
#include "ps_reuse.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Deterministic filler: CJK characters no two calls share a run of. */
static unsigned long long seed = 88172645463325252ull;
static void filler(ps_buf *b, size_t n)
{
    int rc = PS_OK;
    for (size_t i = 0; i < n; i++) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        char u[4];
        size_t l = ps_utf8_encode(0x4E00 + (uint32_t)(seed % 2000), u);
        ps_buf_append(&rc, b, u, l);
    }
    assert_int_equal(rc, PS_OK);
}

/* The number of characters of s (UTF-8). */
static size_t chars(const char *s)
{
    return ps_utf8_length(s, strlen(s));
}

static void fold(ps_cjk *cjk, const char *s, ps_rtext *t)
{
    memset(t, 0, sizeof *t);
    assert_int_equal(ps_rtext_fold(cjk, s, strlen(s), t), PS_OK);
}

static void test_fold(void **state)
{
    ps_rtext a, b;
    /* script, width and punctuation do not count; offsets are characters */
    fold(*state, "兩個普遍，２０１２年", &a);
    fold(*state, "两个普遍 2012年", &b);
    assert_int_equal(a.n, 9);
    assert_int_equal(b.n, 9);
    assert_memory_equal(a.cp, b.cp, 9 * sizeof *a.cp);
    assert_int_equal(a.chars, 10);
    assert_int_equal(a.at[4], 5); /* ２ after the comma */
    assert_int_equal(b.at[4], 5);
    ps_rtext_release(&a);
    ps_rtext_release(&b);
}

typedef struct kept {
    uint32_t h[4096];
    size_t pos[4096];
    size_t n;
} kept;

static int keep(void *ctx, uint32_t hash, size_t i)
{
    kept *k = ctx;
    if (k->n < 4096) {
        k->h[k->n] = hash;
        k->pos[k->n] = i;
        k->n++;
    }
    return PS_OK;
}

/* Two texts sharing a run of PS_REUSE_GUARANTEE characters share a fingerprint. */
static void test_winnow_guarantee(void **state)
{
    for (int round = 0; round < 50; round++) {
        ps_buf x = PS_BUF_INIT, y = PS_BUF_INIT, run = PS_BUF_INIT;
        filler(&run, PS_REUSE_GUARANTEE);
        filler(&x, 40 + (size_t)round);
        int rc = PS_OK;
        ps_buf_append(&rc, &x, run.data, run.len);
        filler(&x, 30);
        filler(&y, 7 + (size_t)round * 3);
        ps_buf_append(&rc, &y, run.data, run.len);
        filler(&y, 55);
        ps_rtext a, b;
        fold(*state, x.data, &a);
        fold(*state, y.data, &b);
        kept ka = {0}, kb = {0};
        assert_int_equal(ps_winnow(&a, keep, &ka), PS_OK);
        assert_int_equal(ps_winnow(&b, keep, &kb), PS_OK);
        /* about 2 / (w + 1) of the k-grams are kept, each position once */
        assert_true(ka.n > 0 && ka.n < a.n / 4);
        for (size_t i = 1; i < ka.n; i++)
            assert_true(ka.pos[i] > ka.pos[i - 1]);
        int shared = 0;
        for (size_t i = 0; i < ka.n; i++)
            for (size_t j = 0; j < kb.n; j++)
                shared |= ka.h[i] == kb.h[j];
        assert_true(shared);
        ps_rtext_release(&a);
        ps_rtext_release(&b);
        ps_buf_release(&x);
        ps_buf_release(&y);
        ps_buf_release(&run);
    }
}

static void free_passages(ps_reuse_passage *p, size_t n)
{
    (void)n;
    free(p);
}

/* Where s starts in text, in characters. */
static size_t char_offset(const char *text, const char *s)
{
    const char *at = strstr(text, s);
    assert_non_null(at);
    return ps_utf8_length(text, (size_t)(at - text));
}

static void test_align_planted(void **state)
{
    ps_buf pa = PS_BUF_INIT, pb = PS_BUF_INIT, x = PS_BUF_INIT, y = PS_BUF_INIT;
    int rc = PS_OK;
    filler(&pa, 80); /* the passage planted in both */
    filler(&pb, 45); /* a second one */
    filler(&x, 100);
    ps_buf_puts(&rc, &x, "。\n");
    ps_buf_append(&rc, &x, pa.data, pa.len);
    filler(&x, 60);
    ps_buf_append(&rc, &x, pb.data, pb.len);
    filler(&x, 20);
    filler(&y, 33);
    ps_buf_append(&rc, &y, pb.data, pb.len);
    ps_buf_puts(&rc, &y, "，");
    filler(&y, 70);
    ps_buf_append(&rc, &y, pa.data, pa.len);
    filler(&y, 10);
    assert_int_equal(rc, PS_OK);
    ps_rtext a, b;
    fold(*state, x.data, &a);
    fold(*state, y.data, &b);
    ps_reuse_passage *p = NULL;
    size_t n = 0;
    assert_int_equal(ps_reuse_align(&a, &b, 30, NULL, NULL, &p, &n), PS_OK);
    assert_int_equal(n, 2);
    /* in the order of the first text, at the planted offsets */
    assert_int_equal(p[0].a_start, char_offset(x.data, pa.data));
    assert_int_equal(p[0].a_end, p[0].a_start + 80);
    assert_int_equal(p[0].b_start, char_offset(y.data, pa.data));
    assert_int_equal(p[0].b_end, p[0].b_start + 80);
    assert_int_equal(p[0].chars, 80);
    assert_int_equal(p[1].a_start, char_offset(x.data, pb.data));
    assert_int_equal(p[1].b_start, 33);
    assert_int_equal(p[1].chars, 45);
    free_passages(p, n);
    /* a threshold above the shorter passage keeps only the longer */
    assert_int_equal(ps_reuse_align(&a, &b, 50, NULL, NULL, &p, &n), PS_OK);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].chars, 80);
    free_passages(p, n);
    ps_rtext_release(&a);
    ps_rtext_release(&b);
    ps_buf_release(&pa);
    ps_buf_release(&pb);
    ps_buf_release(&x);
    ps_buf_release(&y);
}

static void test_align_unrelated(void **state)
{
    ps_buf x = PS_BUF_INIT, y = PS_BUF_INIT;
    filler(&x, 3000);
    filler(&y, 3000);
    ps_rtext a, b;
    fold(*state, x.data, &a);
    fold(*state, y.data, &b);
    ps_reuse_passage *p = NULL;
    size_t n = 1;
    assert_int_equal(ps_reuse_align(&a, &b, 30, NULL, NULL, &p, &n), PS_OK);
    assert_int_equal(n, 0);
    assert_null(p);
    ps_rtext_release(&a);
    ps_rtext_release(&b);
    ps_buf_release(&x);
    ps_buf_release(&y);
}

/* A traditional copy, other punctuation and a line break inside: one passage. */
static void test_align_traditional(void **state)
{
    const char *simp = "今年要深入推进工资集体协商工作，扩大覆盖范围，提高协商质量，"
                       "推动建立企业职工工资正常增长机制和支付保障机制，维护职工合法权益。";
    const char *trad = "今年要深入推進工資集體協商工作、擴大覆蓋範圍、提高協商質量、\n"
                       "推動建立企業職工工資正常增長機制和支付保障機制，維護職工合法權益。";
    ps_buf x = PS_BUF_INIT, y = PS_BUF_INIT;
    int rc = PS_OK;
    filler(&x, 50);
    ps_buf_puts(&rc, &x, simp);
    filler(&y, 20);
    ps_buf_puts(&rc, &y, trad);
    filler(&y, 20);
    ps_rtext a, b;
    fold(*state, x.data, &a);
    fold(*state, y.data, &b);
    ps_reuse_passage *p = NULL;
    size_t n = 0;
    assert_int_equal(ps_reuse_align(&a, &b, 30, NULL, NULL, &p, &n), PS_OK);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].a_start, 50);
    /* ends at the last character matched (合法权益), not at the full stop */
    assert_int_equal(p[0].a_end, 50 + chars(simp) - 1);
    assert_int_equal(p[0].b_start, 20);
    assert_int_equal(p[0].b_end, 20 + chars(trad) - 1);
    free_passages(p, n);
    ps_rtext_release(&a);
    ps_rtext_release(&b);
    ps_buf_release(&x);
    ps_buf_release(&y);
}

/* Common fingerprints: the boilerplate's k-grams. */
typedef struct common_set {
    uint32_t h[512];
    size_t n;
} common_set;

static int is_common(void *ctx, uint32_t hash)
{
    common_set *c = ctx;
    for (size_t i = 0; i < c->n; i++)
        if (c->h[i] == hash)
            return 1;
    return 0;
}

static void test_align_boilerplate(void **state)
{
    const char *boiler = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
                         "深入学习贯彻习近平总书记关于工人阶级和工会工作的重要论述，";
    ps_rtext bt;
    fold(*state, boiler, &bt);
    /* as an index would see it: the formula's winnowed fingerprints are in
     * every plan */
    common_set cs = {0};
    kept k = {0};
    assert_int_equal(ps_winnow(&bt, keep, &k), PS_OK);
    for (size_t i = 0; i < k.n; i++)
        cs.h[cs.n++] = k.h[i];
    ps_buf x = PS_BUF_INIT, y = PS_BUF_INIT, pa = PS_BUF_INIT;
    int rc = PS_OK;
    filler(&pa, 60);
    filler(&x, 30);
    ps_buf_puts(&rc, &x, boiler);
    filler(&x, 200);
    ps_buf_append(&rc, &x, pa.data, pa.len);
    filler(&y, 10);
    ps_buf_puts(&rc, &y, boiler);
    filler(&y, 150);
    ps_buf_append(&rc, &y, pa.data, pa.len);
    ps_rtext a, b;
    fold(*state, x.data, &a);
    fold(*state, y.data, &b);
    ps_reuse_passage *p = NULL;
    size_t n = 0;
    /* without the common set the formula is a passage ... */
    assert_int_equal(ps_reuse_align(&a, &b, 30, NULL, NULL, &p, &n), PS_OK);
    assert_int_equal(n, 2);
    free_passages(p, n);
    /* ... with it, only the planted passage is */
    assert_int_equal(ps_reuse_align(&a, &b, 30, is_common, &cs, &p, &n), PS_OK);
    assert_int_equal(n, 1);
    assert_int_equal(p[0].chars, 60);
    assert_int_equal(p[0].a_start, char_offset(x.data, pa.data));
    free_passages(p, n);
    ps_rtext_release(&a);
    ps_rtext_release(&b);
    ps_rtext_release(&bt);
    ps_buf_release(&x);
    ps_buf_release(&y);
    ps_buf_release(&pa);
}

static void test_level_rank(void **state)
{
    (void)state;
    assert_int_equal(ps_level_rank("全国"), 0);
    assert_true(ps_level_rank("省") < ps_level_rank("县"));
    assert_true(ps_level_rank("乡镇") < ps_level_rank("基层"));
    assert_int_equal(ps_level_rank(NULL), -1);
    assert_int_equal(ps_level_rank("行业"), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_winnow_guarantee),
        cmocka_unit_test(test_align_planted),
        cmocka_unit_test(test_align_unrelated),
        cmocka_unit_test(test_align_traditional),
        cmocka_unit_test(test_align_boilerplate),
        cmocka_unit_test(test_level_rank),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
