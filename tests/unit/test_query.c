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
    assert_int_equal(ps_query_parse(*state, "集体 ，。", &q, &err), PS_OK);
    psx_query *xq = NULL;
    assert_int_equal(psq_compile(q, &xq, &err), PS_EQUERY);
    assert_non_null(strstr(err.msg, "'，。' at character 4 has no searchable characters"));
    ps_query_free(q);
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_queries),
        cmocka_unit_test(test_malformed_queries),
        cmocka_unit_test(test_term_without_searchable_characters),
        cmocka_unit_test(test_phrases_for_highlighting),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
