/* Folding: width, case, traditional → simplified, classes; string helpers. */
#include "ps_cjk.h"
#include "test_cjk_util.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static int setup(void **state)
{
    ps_cjk *c;
    ps_error err;

    if (ps_cjk_new(&c, &err) != PS_OK) {
        print_error("ps_cjk_new: %s\n", err.msg);
        return -1;
    }
    *state = c;
    return 0;
}

static int teardown(void **state)
{
    ps_cjk_free(*state);
    return 0;
}

struct fold_row {
    const char *name;
    uint32_t in, out;
    int cls;
};

static const struct fold_row fold_rows[] = {
    {"ascii upper", 'A', 'a', PS_CP_ALNUM},
    {"ascii digit", '7', '7', PS_CP_ALNUM},
    {"full-width digit ２", 0xFF12, '2', PS_CP_ALNUM},
    {"full-width upper Ａ", 0xFF21, 'a', PS_CP_ALNUM},
    {"full-width lower ｐ", 0xFF50, 'p', PS_CP_ALNUM},
    {"full-width comma ，", 0xFF0C, ',', PS_CP_BOUNDARY},
    {"full-width question ？", 0xFF1F, '?', PS_CP_BOUNDARY},
    {"full-width tilde ～", 0xFF5E, '~', PS_CP_BOUNDARY},
    {"ideographic space", 0x3000, ' ', PS_CP_BOUNDARY},
    {"ideographic full stop 。", 0x3002, 0x3002, PS_CP_BOUNDARY},
    {"left quote “", 0x201C, 0x201C, PS_CP_BOUNDARY},
    {"corner bracket 「", 0x300C, 0x300C, PS_CP_BOUNDARY},
    {"question mark (lost quote)", '?', '?', PS_CP_BOUNDARY},
    {"newline", '\n', '\n', PS_CP_BOUNDARY},
    {"traditional 兩", 0x5169, 0x4E24, PS_CP_CJK},
    {"traditional 個", 0x500B, 0x4E2A, PS_CP_CJK},
    {"traditional 職", 0x8077, 0x804C, PS_CP_CJK},
    {"traditional 會", 0x6703, 0x4F1A, PS_CP_CJK},
    {"simplified 工 unchanged", 0x5DE5, 0x5DE5, PS_CP_CJK},
    {"ideographic zero 〇", 0x3007, 0x3007, PS_CP_CJK},
    {"white circle ○ as zero", 0x25CB, 0x3007, PS_CP_CJK},
    {"iteration mark 々", 0x3005, 0x3005, PS_CP_CJK},
    {"hiragana あ", 0x3042, 0x3042, PS_CP_CJK},
    {"katakana middle dot ・", 0x30FB, 0x30FB, PS_CP_BOUNDARY},
    {"hangul 한", 0xD55C, 0xD55C, PS_CP_CJK},
    {"ext B 𠀀", 0x20000, 0x20000, PS_CP_CJK},
    {"Kangxi radical ⼯ (from PDFs)", 0x2F2F, 0x5DE5, PS_CP_CJK},
    {"compatibility ideograph 豈 → 岂", 0xF900, 0x5C82, PS_CP_CJK},
    {"compatibility ideograph 欄 → 栏", 0xF91D, 0x680F, PS_CP_CJK},
    {"supplementary compatibility 丽", 0x2F800, 0x4E3D, PS_CP_CJK},
    {"Latin-1 É", 0xC9, 0xE9, PS_CP_ALNUM},
    {"multiplication sign ×", 0xD7, 0xD7, PS_CP_BOUNDARY},
    {"pinyin ǎ", 0x1CE, 0x1CE, PS_CP_ALNUM},
    {"Latin Ext-A Ł", 0x141, 0x142, PS_CP_ALNUM},
    {"Greek Σ", 0x3A3, 0x3C3, PS_CP_ALNUM},
    {"Greek final ς", 0x3C2, 0x3C3, PS_CP_ALNUM},
    {"Cyrillic Ж", 0x416, 0x436, PS_CP_ALNUM},
    {"Cyrillic Ё", 0x401, 0x451, PS_CP_ALNUM},
    {"circled one ①", 0x2460, 0x2460, PS_CP_BOUNDARY},
    {"emoji", 0x1F600, 0x1F600, PS_CP_BOUNDARY},
    {"invalid", PS_UTF8_INVALID, PS_UTF8_INVALID, PS_CP_BOUNDARY},
};

static void test_fold_cp_table(void **state)
{
    const ps_cjk *c = *state;
    size_t i;

    for (i = 0; i < sizeof fold_rows / sizeof fold_rows[0]; i++) {
        const struct fold_row *r = &fold_rows[i];
        int cls = -1;
        uint32_t out;

        print_message("fold: %s\n", r->name);
        out = ps_cjk_fold_cp(c, r->in, &cls);
        assert_int_equal(out, r->out);
        assert_int_equal(cls, r->cls);
    }
}

/*
 * Folding twice changes nothing, and keeps the class: otherwise a query
 * typed in already-folded text could miss the document it was copied from.
 */
static void test_fold_idempotent(void **state)
{
    const ps_cjk *c = *state;
    uint32_t cp;
    size_t changed = 0;

    for (cp = 0; cp <= 0x10FFFF; cp++) {
        int cls1, cls2;
        uint32_t once, twice;

        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        once = ps_cjk_fold_cp(c, cp, &cls1);
        twice = ps_cjk_fold_cp(c, once, &cls2);
        if (once != twice || cls1 != cls2)
            print_error("U+%04X -> U+%04X -> U+%04X\n", (unsigned)cp,
                        (unsigned)once, (unsigned)twice);
        assert_int_equal(once, twice);
        assert_int_equal(cls1, cls2);
        changed += once != cp;
    }
    /* Sanity: OpenCC's data did load (thousands of traditional forms). */
    assert_true(changed > 2000);
}

static void test_fold_string_map(void **state)
{
    const ps_cjk *c = *state;
    /* 職 (3 bytes), Ａ (3 bytes → 1), invalid FF (1 → U+FFFD, 3), 工, '!' */
    static const char in[] = "職Ａ\xFF工！";
    static const size_t want_map[] = {0, 0, 0, 3, 6, 6, 6, 7, 7, 7, 10, 13};
    ps_buf out = PS_BUF_INIT;
    size_t *map = NULL, i;
    int rc = 0;

    ps_cjk_fold_string(c, in, sizeof in - 1, &rc, &out, &map);
    assert_int_equal(rc, PS_OK);
    assert_string_equal(out.data, "职a\xEF\xBF\xBD工!");
    assert_non_null(map);
    for (i = 0; i <= out.len; i++)
        assert_int_equal(map[i], want_map[i]);
    assert_int_equal(map[out.len], sizeof in - 1);
    free(map);

    /* Appends, and respects a sticky error. */
    ps_cjk_fold_string(c, "ＡＢ", 6, &rc, &out, NULL);
    assert_string_equal(out.data, "职a\xEF\xBF\xBD工!ab");
    rc = PS_ENOMEM;
    ps_cjk_fold_string(c, "x", 1, &rc, &out, &map);
    assert_null(map);
    assert_string_equal(out.data, "职a\xEF\xBF\xBD工!ab");
    ps_buf_release(&out);
}

static void test_fold_string_empty(void **state)
{
    ps_buf out = PS_BUF_INIT;
    size_t *map = NULL;
    int rc = 0;

    ps_cjk_fold_string(*state, "", 0, &rc, &out, &map);
    assert_int_equal(rc, PS_OK);
    assert_int_equal(out.len, 0);
    assert_non_null(map);
    assert_int_equal(map[0], 0);
    free(map);
    ps_buf_release(&out);
}

struct norm_row {
    const char *name;
    const char *in;
    const char *want;
};

static const struct norm_row norm_rows[] = {
    {"empty", "", ""},
    {"traditional and full-width", "２０１２年兩個普遍", "2012年两个普遍"},
    {"quotes become one space", "“两个普遍”", " 两个普遍 "},
    {"lost quote ?", "?十二五?规划", " 十二五 规划"},
    {"punctuation run and newlines", "工会，。！\r\n\n职工", "工会 职工"},
    {"case folded", "APP平台 Trade-Unions", "app平台 trade unions"},
    {"invalid bytes are boundaries", "a\xFF\xFE" "b", "a b"},
    /* pinyin annotations after characters are no text */
    {"pinyin after characters", "工會(huì)新就业(yè)形态(tài)", "工会新就业形态"},
    {"pinyin in full-width parentheses, tone digit", "學（xué）習(xi2)", "学习"},
    {"no annotation: no tone", "附件(de)说明", "附件 de 说明"},
    {"no annotation: after a boundary", "说明 (huì) 工会", "说明 huì 工会"},
    {"no annotation: upper case", "工会(HUÌ)", "工会 huì "},
    {"no annotation: too long", "工会(huìhuìhuì)", "工会 huìhuìhuì "},
    /* context variants folded to one form in both scripts */
    {"著 and 着", "圍繞著著力", "围绕着着力"},
    {"瞭解 and 了解", "瞭解", "了解"},
    /* a variant OpenCC leaves alone */
    {"陜 (a variant of 陝) and 陕", "陜西省總工會", "陕西省总工会"},
};

static void test_normalize_for_match(void **state)
{
    size_t i;

    for (i = 0; i < sizeof norm_rows / sizeof norm_rows[0]; i++) {
        ps_buf out = PS_BUF_INIT;
        int rc = 0;

        print_message("normalize: %s\n", norm_rows[i].name);
        ps_cjk_normalize_for_match(*state, norm_rows[i].in,
                                   strlen(norm_rows[i].in), &rc, &out);
        assert_int_equal(rc, PS_OK);
        assert_string_equal(out.data ? out.data : "", norm_rows[i].want);
        ps_buf_release(&out);
    }
}

/* Tokens see through an annotation: the bigram 会会 spans 會(huì)會, its
   offsets those of the characters as written. */
static void test_pinyin_tokens(void **state)
{
    const char *s = "工會(huì)會員";
    char *got = tok_dump_run(*state, PS_TOK_INDEX, s, strlen(s), 1, NULL, NULL);
    assert_non_null(got);
    assert_string_equal(got, "工[1]@0-3 工会[1]@0-6 会[2]@3-6 会会[2]@3-15 "
                             "会[3]@12-15 会员[3]@12-18 员[4]@15-18");
    free(got);
    char *q = tok_dump_run(*state, PS_TOK_QUERY, "工会会员", strlen("工会会员"), 1, NULL, NULL);
    assert_string_equal(q, "工会[1]@0-6 会会[2]@3-9 会员[3]@6-12");
    free(q);
}

static void test_free_null(void **state)
{
    (void)state;
    ps_cjk_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fold_cp_table),
        cmocka_unit_test(test_fold_idempotent),
        cmocka_unit_test(test_fold_string_map),
        cmocka_unit_test(test_fold_string_empty),
        cmocka_unit_test(test_normalize_for_match),
        cmocka_unit_test(test_pinyin_tokens),
        cmocka_unit_test(test_free_null),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
