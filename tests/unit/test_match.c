/*
 * Exact matching on stored text (searcher/match.c): sentence and outline
 * item boundaries, phrase occurrences with character offsets, and the exact
 * decision of NEAR/n, SENTENCE and ITEM on one document.
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

/* The units of text as strings joined by '|', for readable expectations. */
static char *units(const char *text, int unit)
{
    size_t *st = NULL, n = 0, len = strlen(text);
    assert_int_equal(psm_units(text, len, unit, &st, &n), PS_OK);
    assert_true(n >= 1);
    assert_int_equal(st[0], 0);
    char *out = malloc(len + n + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        size_t end = i + 1 < n ? st[i + 1] : len;
        assert_true(st[i] < end);
        if (i)
            out[o++] = '|';
        memcpy(out + o, text + st[i], end - st[i]);
        o += end - st[i];
    }
    out[o] = '\0';
    free(st);
    return out;
}

static void test_sentences(void **state)
{
    (void)state;
    static const struct { const char *text, *want; } cases[] = {
        {"甲乙。丙丁！戊；己", "甲乙。|丙丁！|戊；|己"},
        {"第一行\n第二行", "第一行\n|第二行"},
        {"问句？答句", "问句？|答句"},
        /* ASCII '?' stands where scraped pages lost quotes: not an end */
        {"建设成为?职工之家?。下一句", "建设成为?职工之家?。|下一句"},
        {"末尾。", "末尾。"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = units(cases[i].text, PSM_SENTENCE);
        printf("# %s\n", cases[i].text);
        assert_string_equal(got, cases[i].want);
        free(got);
    }
}

static void test_items(void **state)
{
    (void)state;
    static const struct { const char *text, *want; } cases[] = {
        {"总体要求。\n一、组织建设\n（一）建会。入会。\n（二）集体协商。",
         "总体要求。\n|一、组织建设\n|（一）建会。入会。\n|（二）集体协商。"},
        {"前言\n1、甲任务\n2. 乙任务\n(3)丙任务", "前言\n|1、甲任务\n|2. 乙任务\n|(3)丙任务"},
        {"要做到：一是学习；二是实践，三是总结。", "要做到：|一是学习；|二是实践，|三是总结。"},
        /* 统一是 is a word, 1.5 a number, 2012、 not at a line start */
        {"思想统一是前提。增长1.5倍\n3.5万人参加", "思想统一是前提。增长1.5倍\n3.5万人参加"},
        {"在2012、2013年间", "在2012、2013年间"},
        {"　　十、其他工作\n①第一项②", "　　|十、其他工作\n|①第一项②"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = units(cases[i].text, PSM_ITEM);
        printf("# %s\n", cases[i].text);
        assert_string_equal(got, cases[i].want);
        free(got);
    }
}

/* The occurrences of phrase in text as "cstart-cend" pairs. */
static char *find(ps_cjk *cjk, const char *text, const char *phrase)
{
    ps_query *q = NULL;
    ps_error err;
    assert_int_equal(ps_query_parse(cjk, phrase, &q, &err), PS_OK);
    assert_int_equal(psq_prepare(q, &err), PS_OK);
    assert_int_equal(q->nphrases, 1);
    psm_text *t = NULL;
    assert_int_equal(psm_text_new(cjk, text, strlen(text), &t), PS_OK);
    psm_span_list l = {0};
    assert_int_equal(psm_find(t, &q->phrases[0]->terms, 7, &l), PS_OK);
    static char out[256];
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < l.count; i++) {
        assert_int_equal(l.items[i].phrase, 7);
        /* byte and character offsets describe the same stretch */
        assert_int_equal(ps_utf8_length(text, l.items[i].start), l.items[i].cstart);
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%zu-%zu", i ? " " : "",
                              l.items[i].cstart, l.items[i].cend);
    }
    psm_span_list_release(&l);
    psm_text_free(t);
    ps_query_free(q);
    return out;
}

static void test_find(void **state)
{
    ps_cjk *cjk = *state;
    assert_string_equal(find(cjk, "开展集体协商，推进集體協商", "集体协商"), "2-6 9-13");
    /* the characters must be adjacent, not merely present */
    assert_string_equal(find(cjk, "集体合同和协商", "集体协商"), "");
    assert_string_equal(find(cjk, "工会集体", "会集"), "1-3");
    /* a quoted space matches any run of white space or punctuation */
    assert_string_equal(find(cjk, "民主管理、集体协商", "\"民主管理 集体协商\""), "0-9");
    assert_string_equal(find(cjk, "２０１２年", "2012年"), "0-5");
}

/* Does the query hold for a document with this body? */
static int holds(ps_cjk *cjk, const char *query, const char *body)
{
    ps_query *q = NULL;
    ps_error err;
    assert_int_equal(ps_query_parse(cjk, query, &q, &err), PS_OK);
    assert_int_equal(psq_prepare(q, &err), PS_OK);
    psm_doc_text d = {body, "某某工会2014年工作要点", "某某工会", strlen(body)};
    int ok = -1;
    ps_explain *ex = NULL;
    size_t nex = 0;
    assert_int_equal(psm_eval(q, &d, &ok, &ex, &nex), PS_OK);
    /* a document that matches can always say why */
    if (ok)
        assert_true(nex >= 1);
    ps_explain_free(ex, nex);
    ps_query_free(q);
    return ok;
}

static void test_scopes(void **state)
{
    ps_cjk *cjk = *state;
    const char *body = "一、集体协商\n（一）工资集体协商。覆盖非公企业。\n"
                       "（二）把集体协商成果惠及女职工。\n";
    /* 集体协商 ends at 把集体协商|成果惠及|女职工: four characters between */
    assert_true(holds(cjk, "集体协商 NEAR/4 女职工", body));
    assert_false(holds(cjk, "集体协商 NEAR/3 女职工", body));
    assert_true(holds(cjk, "女职工 NEAR/4 集体协商", body));
    assert_true(holds(cjk, "集体协商 SENTENCE 女职工", body));
    assert_true(holds(cjk, "工资集体协商 ITEM 非公企业", body));
    assert_false(holds(cjk, "工资集体协商 SENTENCE 非公企业", body));
    assert_false(holds(cjk, "非公企业 ITEM 女职工", body));
    /* 非公企业|。\n（二）把集体协商成果惠及|女职工: 14 characters, the line
     * break among them */
    assert_true(holds(cjk, "非公企业 NEAR/14 女职工", body));
    assert_false(holds(cjk, "非公企业 NEAR/13 女职工", body));
    /* scopes combine with the boolean operators */
    assert_true(holds(cjk, "工会 OR 集体协商 ITEM 非公企业", body));
    assert_false(holds(cjk, "集体协商 -(工资 ITEM 非公企业)", body));
    assert_true(holds(cjk, "title:工会 集体协商 NEAR/0 成果", body));
    assert_false(holds(cjk, "集体协商 NEAR/0 女职工", body));
}

static void test_explain(void **state)
{
    ps_cjk *cjk = *state;
    ps_query *q = NULL;
    ps_error err;
    assert_int_equal(ps_query_parse(cjk, "集体协商 -合同 title:工会", &q, &err), PS_OK);
    assert_int_equal(psq_prepare(q, &err), PS_OK);
    const char *body = "甲集体协商乙集体协商";
    psm_doc_text d = {body, "某工会要点", NULL, strlen(body)};
    int ok = 0;
    ps_explain *ex = NULL;
    size_t nex = 0;
    assert_int_equal(psm_eval(q, &d, &ok, &ex, &nex), PS_OK);
    assert_true(ok);
    /* the negated term is not a reason; the two others are, with positions */
    assert_int_equal(nex, 2);
    assert_string_equal(ex[0].part, "集体协商");
    assert_string_equal(ex[0].field, "body");
    assert_int_equal(ex[0].count, 2);
    assert_int_equal(ex[0].nfirst, 2);
    assert_int_equal(ex[0].first[0], 1);
    assert_int_equal(ex[0].first[1], 6);
    assert_string_equal(ex[1].part, "title:工会");
    assert_string_equal(ex[1].field, "title");
    assert_int_equal(ex[1].first[0], 1);
    ps_explain_free(ex, nex);
    ps_query_free(q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences),
        cmocka_unit_test(test_items),
        cmocka_unit_test(test_find),
        cmocka_unit_test(test_scopes),
        cmocka_unit_test(test_explain),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
