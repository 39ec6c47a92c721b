/*
 * The fold table plansearch is built with (fold_table.c, computed by
 * gen_fold at build time) against one computed here, now, from OpenCC's
 * library and data: every one of the 65536 entries must be the same, so
 * moving the work from start-up to build time changed no folding.  Then
 * phrases through OpenCC's own converter, phrase dictionary included: the
 * folded form of a traditional phrase must be the folded form of what
 * OpenCC converts it to, so a query in either script finds the other.
 */
#include "cjk_int.h"
#include "ps_cjk.h"

#include <opencc/opencc.h>

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static ps_fold_entry built[0x10000];

static void test_compiled_table_is_opencc_table(void **state)
{
    (void)state;
    ps_error err;
    ps_error_clear(&err);
    assert_int_equal(ps_cjk_fold_build(built, NULL, &err), PS_OK);

    size_t differ = 0, folded = 0;
    for (uint32_t cp = 0; cp < 0x10000; cp++) {
        const ps_fold_entry *a = &ps_cjk_fold_table[cp], *b = &built[cp];
        if (PS_FOLD_CP(b->info) != cp && PS_FOLD_CLS(b->info) == PS_CP_CJK)
            folded++;
        if (a->info != b->info || memcmp(a->u8, b->u8, 4) != 0) {
            if (differ++ < 10)
                print_error("U+%04X: compiled table 0x%08x, OpenCC now 0x%08x\n",
                            (unsigned)cp, (unsigned)a->info, (unsigned)b->info);
        }
    }
    assert_int_equal(differ, 0);
    assert_true(folded > 2500); /* OpenCC's conversions, not an empty table */

    /* and ps_cjk_new uses it: 開 (U+958B) folds to 开 (U+5F00) */
    ps_cjk *c = NULL;
    assert_int_equal(ps_cjk_new(&c, &err), PS_OK);
    int cls = -1;
    assert_int_equal(ps_cjk_fold_cp(c, 0x958B, &cls), 0x5F00);
    assert_int_equal(cls, PS_CP_CJK);
    ps_cjk_free(c);
}

/* A missing OpenCC configuration is reported by the builder. */
static void test_build_fails_cleanly(void **state)
{
    (void)state;
    ps_error err;
    const char *want = "cannot load OpenCC config 'no-such-config.json'";
    ps_error_clear(&err);
    assert_int_equal(ps_cjk_fold_build(built, "no-such-config.json", &err), PS_EINTERNAL);
    assert_int_equal(err.code, PS_EINTERNAL);
    assert_memory_equal(err.msg, want, strlen(want));
}

static char *norm(const ps_cjk *c, const char *s)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_cjk_normalize_for_match(c, s, strlen(s), &rc, &b);
    assert_int_equal(rc, PS_OK);
    return ps_buf_detach(&b, NULL);
}

/*
 * Phrases, many of which OpenCC converts by its phrase dictionary rather
 * than character by character (頭髮, 乾燥, 瞭解, 一隻, 鐘錶, 彷彿 …).
 * The expected folded form is written out, not computed by the code under
 * test, and OpenCC's conversion must fold to it as well.
 */
static void test_phrases_fold_as_opencc_converts(void **state)
{
    (void)state;
    static const struct {
        const char *trad, *folded;
    } phrases[] = {
        {"工會會員", "工会会员"},     {"開展職工權益維護", "开展职工权益维护"},
        {"頭髮", "头发"},             {"乾燥", "干燥"},
        {"乾淨", "干净"},             {"瞭解", "了解"},
        {"著力", "着力"},             {"圍繞著", "围绕着"},
        {"開發區", "开发区"},         {"後來", "后来"},
        {"一隻", "一只"},             {"麵條", "面条"},
        {"鐘錶", "钟表"},             {"發展", "发展"},
        {"製造", "制造"},             {"覆蓋", "复盖"},
        {"藉口", "借口"},             {"憑藉", "凭借"},
        {"彷彿", "仿佛"},             {"牴觸", "抵触"},
        {"於是", "于是"},             {"餘額", "余额"},
        {"徵求意見", "征求意见"},     {"臺灣", "台湾"},
        {"２０１２年ＡＢＣ", "2012年abc"},
    };
    opencc_t cc = opencc_open(OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP);
    assert_true(cc != (opencc_t)-1);
    ps_cjk *c = NULL;
    ps_error err;
    assert_int_equal(ps_cjk_new(&c, &err), PS_OK);
    size_t wrong = 0;
    for (size_t i = 0; i < sizeof phrases / sizeof *phrases; i++) {
        char *conv = opencc_convert_utf8(cc, phrases[i].trad, strlen(phrases[i].trad));
        assert_non_null(conv);
        char *a = norm(c, phrases[i].trad), *b = norm(c, conv);
        if ((strcmp(a, phrases[i].folded) != 0 || strcmp(b, phrases[i].folded) != 0) &&
            wrong++ < 10)
            print_error("%s: folds to %s; OpenCC converts it to %s, which folds to %s; "
                        "expected %s\n",
                        phrases[i].trad, a, conv, b, phrases[i].folded);
        free(a);
        free(b);
        opencc_convert_utf8_free(conv);
    }
    ps_cjk_free(c);
    opencc_close(cc);
    assert_int_equal(wrong, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compiled_table_is_opencc_table),
        cmocka_unit_test(test_build_fails_cleanly),
        cmocka_unit_test(test_phrases_fold_as_opencc_converts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
