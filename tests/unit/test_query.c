/*
 * The query language: parse trees of valid queries, and a one-line message
 * pointing at the problem for every kind of malformed query.
 */
#include "search_int.h"

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

static const struct {
    const char *query, *tree;
} valid[] = {
    {"集体协商", "\"集体协商\""},
    {"集体协商 女职工", "(AND \"集体协商\" \"女职工\")"},
    {"集体协商 AND 女职工", "(AND \"集体协商\" \"女职工\")"},
    {"集体协商　女职工", "(AND \"集体协商\" \"女职工\")"}, /* ideographic space */
    {"集体协商 OR 集体合同", "(OR \"集体协商\" \"集体合同\")"},
    {"a b OR c", "(OR (AND \"a\" \"b\") \"c\")"},
    {"集体协商 -女职工", "(AND \"集体协商\" (NOT \"女职工\"))"},
    {"集体协商 NOT 女职工", "(AND \"集体协商\" (NOT \"女职工\"))"},
    {"(工资 OR 集体) 协商", "(AND (OR \"工资\" \"集体\") \"协商\")"},
    {"\"职工 之家\" 工会", "(AND \"职工 之家\" \"工会\")"},
    {"title:职工之家", "title:\"职工之家\""},
    {"org:总工会 -title:\"工作 要点\"", "(AND org:\"总工会\" (NOT title:\"工作 要点\"))"},
    {"-女职工", "(NOT \"女职工\")"},
    {"OR2012", "\"OR2012\""},
    {"集体协商 NEAR/20 女职工", "(NEAR/20 \"集体协商\" \"女职工\")"},
    {"集体协商 SENTENCE 女职工 SENTENCE 工资", "(SENTENCE \"集体协商\" \"女职工\" \"工资\")"},
    {"工会 集体协商 ITEM \"女 职工\"", "(AND \"工会\" (ITEM \"集体协商\" \"女 职工\"))"},
    {"a NEAR/0 b OR c", "(OR (NEAR/0 \"a\" \"b\") \"c\")"},
    {"工会 -(集体 NEAR/5 协商)", "(AND \"工会\" (NOT (NEAR/5 \"集体\" \"协商\")))"},
    {"NEARBY ITEMS", "(AND \"NEARBY\" \"ITEMS\")"},
    /* queries as typed: parentheses glued to text are text, separators skipped */
    {"全委(扩大)会议", "\"全委(扩大)会议\""},
    {"(扩大)会议", "\"(扩大)会议\""},
    {"全委(扩大)", "\"全委(扩大)\""},
    {"(全委(扩大) OR 会议) 工会", "(AND (OR \"全委(扩大)\" \"会议\") \"工会\")"},
    {"某某会议召开 - 新闻中心 - 某某网", "(AND \"某某会议召开\" \"新闻中心\" \"某某网\")"},
    {"标题 | 网站", "(AND \"标题\" \"网站\")"},
};

static void test_valid_queries(void **state)
{
    for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
        ps_query *q = NULL;
        ps_error err;
        printf("# %s\n", valid[i].query);
        assert_int_equal(ps_query_parse(*state, valid[i].query, &q, &err), PS_OK);
        char *tree = psq_describe(q);
        assert_string_equal(tree, valid[i].tree);
        free(tree);
        /* every valid query also compiles to a Xapian query */
        psx_query *xq = NULL;
        assert_int_equal(psq_compile(q, &xq, &err), PS_OK);
        psx_query_free(xq);
        ps_query_free(q);
    }
}

static const struct {
    const char *query, *message;
} malformed[] = {
    {"", "the query is empty"},
    {"   ", "the query is empty"},
    {"(集体协商", "unbalanced '(' at character 1"},
    {"集体协商)", "unbalanced ')' at character 5"},
    {"(集体 (协商)", "unbalanced '(' at character 1"},
    {"\"集体协商", "unbalanced '\"' at character 1"},
    {"集体协商 OR", "'OR' with nothing on its right at character 6"},
    {"OR 集体协商", "'OR' with nothing on its left at character 1"},
    {"集体 OR OR 协商", "'OR' with nothing on its right at character 4"},
    {"集体协商 NOT", "'NOT' with nothing after it at character 6"},
    {"AND 集体", "'AND' without a term on both sides at character 1"},
    {"()", "empty parentheses at character 2"},
    {"title:", "a field name with nothing after it at character 1"},
    {"集体协商 NEAR/20", "'NEAR/20' with nothing on its right at character 6"},
    {"SENTENCE 女职工", "'SENTENCE' with nothing on its left at character 1"},
    {"集体 NEAR 协商", "'NEAR' needs a distance in characters, as in NEAR/20 at character 4"},
    {"集体 NEAR/2x 协商", "'NEAR/2x' at character 4: expected NEAR/N"},
    {"集体 NEAR/999999 协商", "expected NEAR/N with N from 0 to 100000"},
    {"a NEAR/1 b NEAR/1 c", "'NEAR/1' after a NEAR: NEAR joins exactly two terms at character 12"},
    {"a ITEM b SENTENCE c", "'SENTENCE' mixed with another scope in one chain at character 10"},
    {"-a ITEM b", "'ITEM' joins plain terms or quoted phrases, not a negated term at character 1"},
    {"a ITEM org:b", "not a field term at character 8"},
    {"(a b) ITEM c", "not a group at character 1"},
    {"a ITEM OR b", "'ITEM' with nothing on its right at character 3"},
};

static void test_malformed_queries(void **state)
{
    for (size_t i = 0; i < sizeof malformed / sizeof malformed[0]; i++) {
        ps_query *q = (ps_query *)1;
        ps_error err;
        printf("# '%s'\n", malformed[i].query);
        assert_int_equal(ps_query_parse(*state, malformed[i].query, &q, &err), PS_EQUERY);
        assert_null(q);
        assert_non_null(strstr(err.msg, malformed[i].message));
        assert_null(strchr(err.msg, '\n'));
    }
}

static void test_term_without_searchable_characters(void **state)
{
    ps_query *q = NULL;
    ps_error err;
    assert_int_equal(ps_query_parse(*state, "集体 \"，。\"", &q, &err), PS_OK);
    psx_query *xq = NULL;
    assert_int_equal(psq_compile(q, &xq, &err), PS_EQUERY);
    assert_non_null(strstr(err.msg, "'，。' at character 4 has no searchable characters"));
    ps_query_free(q);
    /* unquoted, it is a separator pasted with the text: skipped, unless it
       is all the query holds */
    q = NULL;
    assert_int_equal(ps_query_parse(*state, "集体 ，。", &q, &err), PS_OK);
    assert_int_equal(psq_compile(q, &xq, &err), PS_OK);
    psx_query_free(xq);
    ps_query_free(q);
    q = NULL;
    assert_int_equal(ps_query_parse(*state, " - ", &q, &err), PS_EQUERY);
    assert_non_null(strstr(err.msg, "'-' at character 2 has no searchable characters"));
}

static void test_lower_case_operator_hint(void **state)
{
    (void)state;
    char hint[160];
    assert_int_equal(ps_query_hint("集体协商 or 集体合同", hint, sizeof hint), 1);
    assert_non_null(strstr(hint, "'or' is searched as a word"));
    assert_non_null(strstr(hint, "(OR)"));
    assert_int_equal(ps_query_hint("集体协商 near/5 女职工", hint, sizeof hint), 1);
    assert_non_null(strstr(hint, "NEAR/N"));
    assert_int_equal(ps_query_hint("集体协商 OR 集体合同 order nearby", hint, sizeof hint), 0);
}

static void test_phrases_for_highlighting(void **state)
{
    ps_query *q = NULL;
    ps_error err;
    assert_int_equal(ps_query_parse(*state, "两个普遍 -女职工 (集体 OR title:工会)", &q, &err),
                     PS_OK);
    psq_phrase_list l;
    assert_int_equal(psq_collect_phrases(q, &l), PS_OK);
    /* negated and title-only terms are not highlighted in the body */
    assert_int_equal(l.count, 2);
    assert_int_equal(l.items[0].n, 3); /* 两个 个普 普遍 */
    assert_int_equal(l.items[1].n, 1); /* 集体 */
    psq_phrase_list_release(&l);
    ps_query_free(q);
}

/* Scopes narrow candidates positively and never exclude under a NOT. */
static void test_scope_candidates(void **state)
{
    ps_query *q = NULL;
    ps_error err;
    assert_int_equal(ps_query_parse(*state, "工会 -(集体 NEAR/5 协商)", &q, &err), PS_OK);
    assert_int_equal(psq_prepare(q, &err), PS_OK);
    assert_true(q->scoped);
    assert_int_equal(q->nphrases, 3);
    psx_query *xq = NULL;
    assert_int_equal(psq_compile(q, &xq, &err), PS_OK);
    char *d = psx_query_describe(xq);
    assert_non_null(d);
    assert_non_null(strstr(d, "工会"));
    /* the negated scope compiles to no document, not to 集体 AND 协商 */
    assert_null(strstr(d, "协商"));
    free(d);
    psx_query_free(xq);
    ps_query_free(q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_queries),
        cmocka_unit_test(test_malformed_queries),
        cmocka_unit_test(test_term_without_searchable_characters),
        cmocka_unit_test(test_lower_case_operator_hint),
        cmocka_unit_test(test_phrases_for_highlighting),
        cmocka_unit_test(test_scope_candidates),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
