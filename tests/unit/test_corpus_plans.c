/*
 * The bundled plans, read as a user indexes them: every one of the nine
 * documents (the compilation split into five) with the metadata a reader
 * of the text determines.  Expected values were written by reading the
 * plans, not by running the reader.
 */
#include "ps_corpus.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

typedef struct fixture {
    ps_cjk *cjk;
    ps_reader *reader;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    ps_error err;
    if (!f || ps_cjk_new(&f->cjk, &err) != PS_OK ||
        ps_reader_new(f->cjk, &f->reader, &err) != PS_OK) {
        print_error("setup: %s\n", err.msg);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    ps_reader_free(f->reader);
    ps_cjk_free(f->cjk);
    free(f);
    return 0;
}

struct expect {
    const char *file, *id;
    const char *title;
    int year;
    const char *region, *org, *level, *sector, *date, *doc_number;
    const char *in_body;   /* text the indexed body must keep */
    const char *not_body;  /* boilerplate the body must drop (raw keeps it) */
};

static const struct expect docs[] = {
    /* a notice wrapping the plan: title and date from the plan and its
       signature, not from the notice's heading */
    {"000_85891dc427c33ef6.txt", "000_85891dc427c33ef6.txt",
     "乐山市教科文卫体工会2012年工作要点", 2012, "四川省/乐山市",
     "乐山市教科文卫体工会", "市", "教科文卫体", "2012-02-06",
     "乐工教科文卫体[2012]2号", "认真做好其他工作", NULL},
    /* the compilation, in traditional script: five documents */
    {"001_b15d1195fe800da6.txt", "001_b15d1195fe800da6.txt#1",
     "朝陽區衛生局工會2012年工作要點", 2012, "北京市/朝阳区", "朝陽區衛生局工會",
     "县", "卫生", "2012-02-10", NULL, "努力建設溫暖的", NULL},
    {"001_b15d1195fe800da6.txt", "001_b15d1195fe800da6.txt#2",
     "2012年市衛生局工會工作職責", 2012, NULL, "市衛生局工會", "市", "卫生",
     NULL, NULL, "文化體育活動", NULL},
    {"001_b15d1195fe800da6.txt", "001_b15d1195fe800da6.txt#3",
     "神木五中2017-2018學年第二學期工會工作要點", 2018, "陕西省/榆林市/神木市",
     "神木五中", "基层", "学校", NULL, NULL, "記好工會工作臺帳資料", NULL},
    {"001_b15d1195fe800da6.txt", "001_b15d1195fe800da6.txt#4",
     "林甸縣總工會二0一二年工作要點", 2012, "黑龙江省/大庆市/林甸县",
     "林甸縣總工會", "县", "总工会", "2012-01-31", "林工发[2012]4号",
     "四有三型", NULL},
    /* no body named: a school union (学校工会) in its first sentence; its
       place is that of the county bodies it cites (宣漢縣教育工會, 宣漢縣總工會) */
    {"001_b15d1195fe800da6.txt", "001_b15d1195fe800da6.txt#5", "工會工作要點",
     2011, "四川省/达州市/宣汉县", NULL, "基层", "学校", NULL, NULL,
     "做好職工住院互助保險工作", NULL},
    /* breadcrumb and publication line (its date is not a signature) */
    {"002_7479f0db71bd9e90.txt", "002_7479f0db71bd9e90.txt",
     "八字桥乡工会2015年工作要点", 2015, "福建省/三明市/尤溪县/八字桥乡",
     "八字桥乡工会", "乡镇", "总工会", NULL, NULL, "化解在萌芽状态",
     "文章被浏览"},
    /* forwarded by another body: its signature date is not the plan's */
    {"003_33c2545a96ee321c.txt", "003_33c2545a96ee321c.txt",
     "郑州市教科文卫体工会2020年工作要点", 2020, "河南省/郑州市",
     "郑州市教科文卫体工会", "市", "教科文卫体", NULL, NULL, "意识形态工作",
     "点击量"},
    /* 二○○八年; the prefecture (哈密) named only in the text; a trailing
       related-link block */
    {"004_b5f3fdeed9ac51e1.txt", "004_b5f3fdeed9ac51e1.txt",
     "地区教育工会二○○八年工作要点", 2008, "新疆维吾尔自治区/哈密市",
     "地区教育工会", "市", "教育", NULL, NULL, "模范教工之家”经验交流会议",
     "德育工作总结相关栏目"},
};

/* The kind of each bundled document: the three notices wrapping a plan are
   notices (tests/real/RULES.md), the rest plans (工作职责 is plan kin). */
static const struct {
    const char *id, *type;
} doc_types[] = {
    {"000_85891dc427c33ef6.txt", "notice"},   {"001_b15d1195fe800da6.txt#1", "plan"},
    {"001_b15d1195fe800da6.txt#2", "plan"},   {"001_b15d1195fe800da6.txt#3", "plan"},
    {"001_b15d1195fe800da6.txt#4", "notice"}, {"001_b15d1195fe800da6.txt#5", "plan"},
    {"002_7479f0db71bd9e90.txt", "plan"},     {"003_33c2545a96ee321c.txt", "notice"},
    {"004_b5f3fdeed9ac51e1.txt", "plan"},
};

static void check_str(const char *id, const char *field, const char *want,
                      const char *got)
{
    if (want == NULL && got == NULL)
        return;
    if (want == NULL || got == NULL || strcmp(want, got) != 0) {
        print_error("%s: %s: expected '%s', got '%s'\n", id, field,
                    want ? want : "(null)", got ? got : "(null)");
        fail();
    }
}

static const ps_plan *find_plan(const ps_plan_list *l, const char *id)
{
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i]->id, id) == 0)
            return l->items[i];
    return NULL;
}

static void test_nine_documents(void **state)
{
    fixture *f = *state;
    const char *src = getenv("PS_SOURCE_DIR");
    ps_plan_list all = {NULL, 0};
    char path[4096];

    assert_non_null(src);
    static const char *const files[] = {
        "000_85891dc427c33ef6.txt", "001_b15d1195fe800da6.txt",
        "002_7479f0db71bd9e90.txt", "003_33c2545a96ee321c.txt",
        "004_b5f3fdeed9ac51e1.txt"};
    for (size_t i = 0; i < 5; i++) {
        ps_error err;
        snprintf(path, sizeof path, "%s/corpus/plans/%s", src, files[i]);
        int rc = ps_reader_read_file(f->reader, path, files[i], &all, &err);
        if (rc)
            print_error("%s\n", err.msg);
        assert_int_equal(rc, PS_OK);
    }
    assert_int_equal(all.count, 9);

    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        const struct expect *e = &docs[i];
        const ps_plan *p = find_plan(&all, e->id);
        if (!p) {
            print_error("no document '%s'\n", e->id);
            fail();
        }
        check_str(e->id, "title", e->title, p->title);
        if (p->year != e->year) {
            print_error("%s: year: expected %d, got %d\n", e->id, e->year, p->year);
            fail();
        }
        check_str(e->id, "region", e->region, p->region);
        check_str(e->id, "org", e->org, p->org);
        check_str(e->id, "level", e->level, p->level);
        check_str(e->id, "sector", e->sector, p->sector);
        check_str(e->id, "date", e->date, p->date);
        check_str(e->id, "doc_number", e->doc_number, p->doc_number);
        check_str(e->id, "type", doc_types[i].type, p->type);
        assert_string_equal(doc_types[i].id, e->id);
        check_str(e->id, "encoding", "UTF-8", p->encoding);
        assert_non_null(strstr(p->body, e->in_body));
        assert_non_null(strstr(p->raw, e->in_body));
        if (e->not_body) {
            if (strstr(p->body, e->not_body)) {
                print_error("%s: body keeps '%s'\n", e->id, e->not_body);
                fail();
            }
            assert_non_null(strstr(p->raw, e->not_body));
        }
        assert_int_equal(strlen(p->body), p->body_len);
        assert_int_equal(strlen(p->raw), p->raw_len);
    }
    ps_plan_list_release(&all);
}

/* The compilation's parts: in order, each starting at its heading, and
   together holding the whole file. */
static void test_compilation_parts(void **state)
{
    fixture *f = *state;
    const char *src = getenv("PS_SOURCE_DIR");
    ps_plan_list l = {NULL, 0};
    ps_error err;
    char path[4096];

    assert_non_null(src);
    snprintf(path, sizeof path, "%s/corpus/plans/001_b15d1195fe800da6.txt", src);
    assert_int_equal(ps_reader_read_file(f->reader, path, "c/x.txt", &l, &err),
                     PS_OK);
    assert_int_equal(l.count, 5);
    static const char *const heads[] = {"第一篇:", "第二篇:", "第三篇:", "第四篇:",
                                        "第五篇:"};
    for (size_t i = 0; i < 5; i++) {
        char id[32];
        snprintf(id, sizeof id, "c/x.txt#%zu", i + 1);
        assert_string_equal(l.items[i]->id, id);
        assert_int_equal(l.items[i]->part, (int)i + 1);
        assert_string_equal(l.items[i]->path, path);
        assert_true(strncmp(l.items[i]->raw, heads[i], strlen(heads[i])) == 0);
    }
    /* the last part ends where the (truncated) file ends */
    const char *raw = l.items[4]->raw;
    size_t n = l.items[4]->raw_len;
    assert_true(n > 20);
    assert_non_null(strstr(raw + n - 40, "宣漢縣總工會"));
    ps_plan_list_release(&l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nine_documents),
        cmocka_unit_test(test_compilation_parts),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
