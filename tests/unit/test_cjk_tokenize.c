/*
 * The tokenizer, table-driven: each row is serialized as
 * "term[pos]@start-end" (boundary term written "_") and compared whole.
 */
#include "test_cjk_util.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

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

struct tok_row {
    const char *name;
    int mode;
    const char *in;
    const char *want;
};

#define I PS_TOK_INDEX
#define Q PS_TOK_QUERY

static const struct tok_row tok_rows[] = {
    /* mixed scripts: no bigram across a change of script */
    {"digits then han", I, "12351平台",
     "12351[0]@0-5 平[1]@5-8 平台[1]@5-11 台[2]@8-11"},
    {"digits then han, query", Q, "12351平台", "12351[0]@0-5 平台[1]@5-11"},
    {"han then digits, query keeps last unigram", Q, "平台12351",
     "平台[0]@0-6 台[1]@3-6 12351[2]@6-11"},
    {"latin upper then han", I, "APP平台",
     "app[0]@0-3 Zapp[0]@0-3 平[1]@3-6 平台[1]@3-9 台[2]@6-9"},
    {"year then han", I, "2012年工作要点",
     "2012[0]@0-4 年[1]@4-7 年工[1]@4-10 工[2]@7-10 工作[2]@7-13 "
     "作[3]@10-13 作要[3]@10-16 要[4]@13-16 要点[4]@13-19 点[5]@16-19"},
    {"year then han, query", Q, "2012年工作要点",
     "2012[0]@0-4 年工[1]@4-10 工作[2]@7-13 作要[3]@10-16 要点[4]@13-19"},
    {"year then one han, query", Q, "2012年", "2012[0]@0-4 年[1]@4-7"},
    /* full-width input: offsets still count the 3-byte originals */
    {"full-width digits", I, "２０１２年", "2012[0]@0-12 年[1]@12-15"},
    {"full-width letters", I, "ＡＰＰ", "app[0]@0-9 Zapp[0]@0-9"},
    {"full-width letters and digits", I, "１２３ｂ",
     "123b[0]@0-12 Z123b[0]@0-12"},
    {"full-width plus is a boundary", I, "Ｉｎｔｅｒｎｅｔ＋",
     "internet[0]@0-24 Zinternet[0]@0-24 _[1]@24-27"},
    /* traditional input folds; offsets point at the traditional bytes */
    {"traditional", I, "兩個普遍",
     "两[0]@0-3 两个[0]@0-6 个[1]@3-6 个普[1]@3-9 普[2]@6-9 "
     "普遍[2]@6-12 遍[3]@9-12"},
    {"simplified", I, "两个普遍",
     "两[0]@0-3 两个[0]@0-6 个[1]@3-6 个普[1]@3-9 普[2]@6-9 "
     "普遍[2]@6-12 遍[3]@9-12"},
    {"traditional query", Q, "職工之家",
     "职工[0]@0-6 工之[1]@3-9 之家[2]@6-12"},
    {"white circle as zero", I, "二○一二",
     "二[0]@0-3 二〇[0]@0-6 〇[1]@3-6 〇一[1]@3-9 一[2]@6-9 一二[2]@6-12 "
     "二[3]@9-12"},
    {"radicals from PDF extraction", Q, "⼯会", "工会[0]@0-6"},
    /* invalid UTF-8: one boundary run, bytes counted in the offsets */
    {"invalid bytes", I, "a\xFF\xFE中",
     "a[0]@0-1 Za[0]@0-1 _[1]@1-3 中[2]@3-6"},
    {"invalid inside han run", I, "工\x80会",
     "工[0]@0-3 _[1]@3-4 会[2]@4-7"},
    {"truncated sequence", I, "\xE5\xB7", "_[0]@0-2"},
    {"truncated sequence, query", Q, "\xE5\xB7", ""},
    /* empty and tiny */
    {"empty", I, "", ""},
    {"empty query", Q, "", ""},
    {"one han", I, "会", "会[0]@0-3"},
    {"one han, query", Q, "会", "会[0]@0-3"},
    {"one letter", I, "a", "a[0]@0-1 Za[0]@0-1"},
    /* punctuation boundaries */
    {"curly quotes", I, "“两个普遍”",
     "_[0]@0-3 两[1]@3-6 两个[1]@3-9 个[2]@6-9 个普[2]@6-12 普[3]@9-12 "
     "普遍[3]@9-15 遍[4]@12-15 _[5]@15-18"},
    {"curly quotes, query drops them", Q, "“两个普遍”",
     "两个[0]@3-9 个普[1]@6-12 普遍[2]@9-15"},
    {"lost quotes", I, "?十二五?",
     "_[0]@0-1 十[1]@1-4 十二[1]@1-7 二[2]@4-7 二五[2]@4-10 五[3]@7-10 "
     "_[4]@10-11"},
    {"punctuation run is one slot", I, "，。！", "_[0]@0-9"},
    {"punctuation only query", Q, "，。！", ""},
    {"line break", I, "工会\n职工",
     "工[0]@0-3 工会[0]@0-6 会[1]@3-6 _[2]@6-7 职[3]@7-10 职工[3]@7-13 "
     "工[4]@10-13"},
    {"inner boundary in query", Q, "工会\n职工",
     "工会[0]@0-6 会[1]@3-6 _[2]@6-7 职工[3]@7-13"},
    {"white space run, query", Q, "两个  普遍",
     "两个[0]@0-6 个[1]@3-6 _[2]@6-8 普遍[3]@8-14"},
    {"trailing punctuation, query", Q, "工会?", "工会[0]@0-6"},
    {"hyphen splits words", I, "e-mail",
     "e[0]@0-1 Ze[0]@0-1 _[1]@1-2 mail[2]@2-6 Zmail[2]@2-6"},
    /* words and stems */
    {"plural stems", I, "Trade Unions, union",
     "trade[0]@0-5 Ztrade[0]@0-5 _[1]@5-6 unions[2]@6-12 Zunion[2]@6-12 "
     "_[3]@12-14 union[4]@14-19 Zunion[4]@14-19"},
    {"words are exact in queries", Q, "Unions", "unions[0]@0-6"},
    {"~word asks for the stem", Q, "~unions", "Zunion[0]@1-7"},
    {"~word after a word", Q, "x ~Union",
     "x[0]@0-1 _[1]@1-2 Zunion[2]@3-8"},
    {"~ on digits keeps the word", Q, "~2012", "2012[0]@1-5"},
    {"~ after han is punctuation", Q, "两个~unions",
     "两个[0]@0-6 个[1]@3-6 _[2]@6-7 unions[3]@7-13"},
    {"full-width tilde range", Q, "2012～2015",
     "2012[0]@0-4 _[1]@4-7 2015[2]@7-11"},
    {"latin-1 word", I, "Café", "café[0]@0-5 Zcafé[0]@0-5"},
};

static void test_tokenize_table(void **state)
{
    ps_cjk *c = *state;
    size_t i;

    for (i = 0; i < sizeof tok_rows / sizeof tok_rows[0]; i++) {
        const struct tok_row *r = &tok_rows[i];
        int bad = 0;
        char *got;

        print_message("tokenize: %s\n", r->name);
        got = tok_dump_run(c, r->mode, r->in, strlen(r->in), 0, NULL, &bad);
        assert_non_null(got);
        assert_string_equal(got, r->want);
        assert_false(bad);
        free(got);
    }
}

/* The traditional text is indexed with exactly the simplified terms. */
static void test_traditional_same_terms(void **state)
{
    static const char *pairs[][2] = {
        {"兩個普遍", "两个普遍"},
        {"職工之家", "职工之家"},
        {"工會組織建設", "工会组织建设"},
    };
    size_t i;

    for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        char *a = tok_dump_run(*state, PS_TOK_QUERY, pairs[i][0],
                               strlen(pairs[i][0]), 0, NULL, NULL);
        char *b = tok_dump_run(*state, PS_TOK_QUERY, pairs[i][1],
                               strlen(pairs[i][1]), 0, NULL, NULL);
        print_message("traditional: %s\n", pairs[i][0]);
        assert_string_equal(a, b);
        free(a);
        free(b);
    }
}

/* Positions continue across chunks through first_pos / next_pos. */
static void test_positions_continue(void **state)
{
    uint32_t next = 0;
    char *a, *b;

    a = tok_dump_run(*state, PS_TOK_INDEX, "工会", 6, 10, &next, NULL);
    assert_int_equal(next, 12);
    b = tok_dump_run(*state, PS_TOK_INDEX, "ab", 2, next, &next, NULL);
    assert_int_equal(next, 13);
    assert_string_equal(a, "工[10]@0-3 工会[10]@0-6 会[11]@3-6");
    assert_string_equal(b, "ab[12]@0-2 Zab[12]@0-2");
    free(a);
    free(b);

    a = tok_dump_run(*state, PS_TOK_QUERY, "“工会，职工”", 18, 5, &next, NULL);
    assert_string_equal(a, "工会[5]@3-9 会[6]@6-9 _[7]@9-12 职工[8]@12-18");
    assert_int_equal(next, 9);
    free(a);
}

/* Words are cut at PS_TERM_MAX bytes, on a character boundary. */
static void test_long_words(void **state)
{
    char in[400], want[PS_TERM_MAX + 2];
    tok_list l = {0};
    size_t i;
    int rc;

    memset(in, 'a', 300);
    rc = ps_cjk_tokenize(*state, PS_TOK_INDEX, in, 300, 0, tok_list_cb, &l,
                         NULL);
    assert_int_equal(rc, PS_OK);
    assert_int_equal(l.n, 2);
    assert_int_equal(l.v[0].len, PS_TERM_MAX);
    assert_int_equal(l.v[0].start, 0);
    assert_int_equal(l.v[0].end, 300); /* offsets cover the whole run */
    memset(want, 'a', PS_TERM_MAX);
    assert_memory_equal(l.terms.data + l.v[0].off, want, PS_TERM_MAX);
    assert_int_equal(l.v[1].flags, PS_TOKF_STEM); /* 'Z' + stem, cut too */
    assert_int_equal(l.v[1].len, PS_TERM_MAX);
    tok_list_clear(&l);

    /* 2-byte letters: 150 × é = 300 bytes, cut to 120 whole letters. */
    for (i = 0; i < 150; i++)
        memcpy(in + 2 * i, "\xC3\x89", 2); /* É, folded to é */
    memcpy(in + 300, "工", 3);
    rc = ps_cjk_tokenize(*state, PS_TOK_INDEX, in, 303, 0, tok_list_cb, &l,
                         NULL);
    assert_int_equal(rc, PS_OK);
    assert_int_equal(l.v[0].len, 240);
    assert_int_equal(ps_utf8_length(l.terms.data + l.v[0].off, 240), 120);
    assert_int_equal(l.v[l.n - 1].pos, 1); /* 工 still at the next slot */
    assert_int_equal(l.v[l.n - 1].start, 300);
    tok_list_release(&l);
}

static void stem_of(ps_cjk *c, const char *w, char *out, size_t cap)
{
    tok_list l = {0};
    size_t i;

    out[0] = '\0';
    assert_int_equal(ps_cjk_tokenize(c, PS_TOK_INDEX, w, strlen(w), 0,
                                     tok_list_cb, &l, NULL),
                     PS_OK);
    for (i = 0; i < l.n; i++)
        if (l.v[i].flags == PS_TOKF_STEM && l.v[i].len < cap) {
            memcpy(out, l.terms.data + l.v[i].off, l.v[i].len);
            out[l.v[i].len] = '\0';
        }
    tok_list_release(&l);
}

static void test_stems(void **state)
{
    static const char *same[][2] = {
        {"unions", "union"},
        {"Workers", "worker"},
        {"organizing", "organize"},
        {"ＵＮＩＯＮＳ", "union"},
    };
    char a[64], b[64];
    size_t i;

    for (i = 0; i < sizeof same / sizeof same[0]; i++) {
        print_message("stem: %s ~ %s\n", same[i][0], same[i][1]);
        stem_of(*state, same[i][0], a, sizeof a);
        stem_of(*state, same[i][1], b, sizeof b);
        assert_true(a[0] == 'Z');
        assert_string_equal(a, b);
    }
    stem_of(*state, "2012", a, sizeof a);
    assert_string_equal(a, ""); /* numbers have no stem term */
}

/* 100k characters in one run: linear, and the last offsets are right. */
static void test_very_long_run(void **state)
{
    enum { N = 100000 };
    char *in = malloc(N * 3);
    tok_list l = {0};
    uint32_t next = 0;
    size_t i;

    assert_non_null(in);
    for (i = 0; i < N; i++)
        memcpy(in + 3 * i, i % 2 ? "会" : "工", 3);
    assert_int_equal(ps_cjk_tokenize(*state, PS_TOK_INDEX, in, N * 3, 0,
                                     tok_list_cb, &l, &next),
                     PS_OK);
    assert_int_equal(next, N);
    assert_int_equal(l.n, 2 * N - 1);
    assert_int_equal(l.v[l.n - 1].pos, N - 1);
    assert_int_equal(l.v[l.n - 1].start, 3 * (N - 1));
    assert_int_equal(l.v[l.n - 1].end, 3 * N);
    tok_list_clear(&l);

    assert_int_equal(ps_cjk_tokenize(*state, PS_TOK_QUERY, in, N * 3, 0,
                                     tok_list_cb, &l, &next),
                     PS_OK);
    assert_int_equal(l.n, N - 1);
    assert_int_equal(next, N - 1);
    tok_list_release(&l);
    free(in);
}

static int stop_after_two(void *ctx, const ps_token *tok)
{
    int *count = ctx;
    (void)tok;
    return ++*count == 2 ? 42 : 0;
}

/* A callback's non-zero return stops tokenizing and is passed back. */
static void test_callback_stops(void **state)
{
    int count = 0;

    assert_int_equal(ps_cjk_tokenize(*state, PS_TOK_INDEX, "工会组织", 12, 0,
                                     stop_after_two, &count, NULL),
                     42);
    assert_int_equal(count, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokenize_table),
        cmocka_unit_test(test_traditional_same_terms),
        cmocka_unit_test(test_positions_continue),
        cmocka_unit_test(test_long_words),
        cmocka_unit_test(test_stems),
        cmocka_unit_test(test_very_long_run),
        cmocka_unit_test(test_callback_stops),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
