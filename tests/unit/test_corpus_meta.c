/*
 * Metadata extractors, table-driven: years, dates, document numbers, the
 * organisation in a title, its level and sector, and whole small documents
 * in the forms real plan pages use (wrapped notices, titles split over two
 * lines, traditional script, full-width digits, signatures in numerals).
 */
#include "corpus_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

/* ---- years ---------------------------------------------------------- */

struct year_row {
    const char *text;
    int bare; /* a title: a year may go without 年 */
    int year; /* 0: no year */
};

static const struct year_row year_rows[] = {
    {"2012年工作要点", 0, 2012},
    {"二〇一二年工作要点", 0, 2012},
    {"二○○八年工作要点", 0, 2008},     /* white circles for zeros */
    {"二0一二年工作要点", 0, 2012},     /* digit zero */
    {"二O一二年工作要点", 0, 2012},     /* letter O */
    {"二o一二年", 0, 2012},             /* folded letter o */
    {"二零一二年", 0, 2012},
    {"一九九九年", 0, 1999},
    {"２０１２年", 0, 2012},            /* full-width, unfolded */
    {"2012 年", 0, 2012},
    {"2012年度工会工作计划", 0, 2012},
    {"2017-2018学年第二学期", 0, 2018},
    {"2017-2018学年第一学期", 0, 2017},
    {"2017-2018學年第二學期", 0, 2018}, /* traditional, unfolded */
    {"2017—2018学年度第二学期", 0, 2018},
    {"2017～2018学年下学期", 0, 2018},
    {"2017至2018学年上学期", 0, 2017},
    {"2017-2018学年工会工作计划", 0, 2017},
    {"2012—2016年工会发展规划", 0, 2012},
    {"2012工会工作要点", 1, 2012},      /* title without 年 */
    {"2012工会工作要点", 0, 0},
    {"今年是2015年", 0, 2015},
    {"第12012年", 0, 0},                /* part of a longer number */
    {"1850年", 0, 0},                   /* not a plan year */
    {"2012-02-06", 1, 0},               /* a date, not a year */
    {"十二五规划", 0, 0},
    {"OOOO年", 0, 0},                   /* letters alone are no numerals */
    {"第一季度", 0, 0},
};

static void test_years(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof year_rows / sizeof *year_rows; i++) {
        const struct year_row *r = &year_rows[i];
        size_t at, len;
        int y = ps_year_find(r->text, strlen(r->text), r->bare, &at, &len);
        if (y != r->year) {
            print_error("row %zu '%s': expected %d, got %d\n", i, r->text, r->year, y);
            fail();
        }
    }
}

/* ---- dates ---------------------------------------------------------- */

struct date_row {
    const char *text;
    const char *iso; /* NULL: no date */
};

static const struct date_row date_rows[] = {
    {"2012年2月6日", "2012-02-06"},
    {"二〇一二年二月十日", "2012-02-10"},
    {"二0一二年一月三十一日", "2012-01-31"},
    {"二○○八年十二月二十一日", "2008-12-21"},
    {"二O一二年十一月五日", "2012-11-05"},
    {"2020 年 6 月 5 日", "2020-06-05"},
    {"2012年02月06号", "2012-02-06"},
    {"2012年2月30日", NULL},
    {"2012年13月1日", NULL},
    {"2012年2月", NULL},
    {"2012年第2月6日", NULL},
    /* a span of days: its first */
    {"2016年12月25至30日", "2016-12-25"},
    {"2018年7月9-13日", "2018-07-09"},
    {"2021年5月18、19日", "2021-05-18"},
    {"2016年12月25至32日", NULL},
    {"2016年12月25至20日", NULL},
};

/* Each row's text read whole by parse as the row's date, or as none. */
static void check_dates(const struct date_row *rows, size_t n,
                        int (*parse)(const char *, size_t, int *, int *, int *, size_t *))
{
    for (size_t i = 0; i < n; i++) {
        const struct date_row *r = &rows[i];
        int y, m, d;
        size_t len;
        char iso[16] = "";
        if (parse(r->text, strlen(r->text), &y, &m, &d, &len)) {
            snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
            assert_int_equal(len, strlen(r->text));
        }
        if (strcmp(iso, r->iso ? r->iso : "") != 0) {
            print_error("row %zu '%s': expected %s, got '%s'\n", i, r->text,
                        r->iso ? r->iso : "none", iso);
            fail();
        }
    }
}

static void test_dates(void **state)
{
    (void)state;
    check_dates(date_rows, sizeof date_rows / sizeof *date_rows, ps_date_at);
}

/* Taiwan's pages date by the Republic (98年 is 2009); Western years are not
   read as such, nor a year outside 60–130 (08年 is a two-digit 2008). */
static const struct date_row roc_date_rows[] = {
    {"98年5月12日", "2009-05-12"},
    {"108年10月1日", "2019-10-01"},
    {"115年1月25日", "2026-01-25"},
    {"115 年 1 月 12 日", "2026-01-12"}, /* a notice set with spaces */
    {"08年5月12日", NULL},
    {"2009年5月12日", NULL},
    {"98年2月30日", NULL},
};

static void test_roc_dates(void **state)
{
    (void)state;
    check_dates(roc_date_rows, sizeof roc_date_rows / sizeof *roc_date_rows, ps_roc_date_at);
}

/* ---- document numbers ----------------------------------------------- */

struct docnum_row {
    const char *text;
    size_t len; /* bytes matched, 0 for none */
};

static const struct docnum_row docnum_rows[] = {
    {"乐工教科文卫体[2012]2号", sizeof "乐工教科文卫体[2012]2号" - 1},
    {"林工發[2012]4號", sizeof "林工發[2012]4號" - 1},
    {"京工发〔2012〕15号", sizeof "京工发〔2012〕15号" - 1},
    {"总工办发(2012)第3号", sizeof "总工办发(2012)第3号" - 1},
    {"川工发［2019］10号 签发人", sizeof "川工发［2019］10号" - 1},
    {"[2012]2号", 0},
    {"乐工发2012年2号", 0},
    {"乐工发[12]2号", 0},
    {"乐工发[2012]号", 0},
};

static void test_docnums(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof docnum_rows / sizeof *docnum_rows; i++) {
        const struct docnum_row *r = &docnum_rows[i];
        size_t got = ps_docnum_at(r->text, strlen(r->text));
        if (got != r->len) {
            print_error("row %zu '%s': expected %zu, got %zu\n", i, r->text, r->len,
                        got);
            fail();
        }
    }
}

/* ---- organisation, level, sector (folded names) ---------------------- */

struct org_row {
    const char *title;
    const char *org; /* NULL: the title names no body */
};

static const struct org_row org_rows[] = {
    {"乐山市教科文卫体工会2012年工作要点", "乐山市教科文卫体工会"},
    {"2012年市卫生局工会工作职责", "市卫生局工会"},
    {"神木五中2017-2018学年第二学期工会工作要点", "神木五中"},
    {"林甸县总工会二0一二年工作要点", "林甸县总工会"},
    {"林甸县总工会关于2012年工作的安排", "林甸县总工会"},
    {"中华全国总工会2019年工作要点", "中华全国总工会"},
    {"大庆油田有限责任公司工会2013年工作计划", "大庆油田有限责任公司工会"},
    {"工会工作要点", NULL},
    {"2012年工会工作计划", NULL},
    {"学校工会2012年工作计划", NULL},
    {"全县工会2012年工作要点", NULL},
    /* (a summary's and a plan's title joined: its 总 names no body) */
    {"2020年工作总结及2021年工作思路", NULL},
};

static void test_org_from_title(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof org_rows / sizeof *org_rows; i++) {
        const struct org_row *r = &org_rows[i];
        size_t at = 0, len = 0;
        char got[256] = "";
        if (ps_org_from_title(r->title, strlen(r->title), &at, &len))
            snprintf(got, sizeof got, "%.*s", (int)len, r->title + at);
        if (strcmp(got, r->org ? r->org : "") != 0) {
            print_error("row %zu '%s': expected '%s', got '%s'\n", i, r->title,
                        r->org ? r->org : "", got);
            fail();
        }
    }
}

struct level_row {
    const char *org;
    int place_level; /* what the gazetteer said, 0 when nothing */
    const char *level, *sector;
};

static const struct level_row level_rows[] = {
    {"中华全国总工会", 0, "全国", "总工会"},
    {"中华电信南区分公司企业工会", 0, "基层", "企业"}, /* 中华 names a firm, not the nation */
    {"中华电信工会", 0, "基层", NULL},                   /* a telecom firm's union */
    {"大连市机重石化电信工会", PS_PLACE_PREFECTURE, "市", "总工会"}, /* a city's sector union */
    {"国泰空中服务员工会", 0, "基层", NULL},             /* a firm's cabin crew's */
    {"四川省总工会", 0, "省", "总工会"},
    {"广西壮族自治区总工会", 0, "省", "总工会"},
    {"北京市总工会", PS_PLACE_PROVINCE, "省", "总工会"},
    {"乐山市总工会", PS_PLACE_PREFECTURE, "市", "总工会"},
    {"延边朝鲜族自治州总工会", 0, "市", "总工会"},
    {"乐山市教科文卫体工会", PS_PLACE_PREFECTURE, "市", "教科文卫体"},
    {"四川省教科文卫工会", 0, "省", "教科文卫体"},
    {"林甸县总工会", PS_PLACE_COUNTY, "县", "总工会"},
    {"神木市总工会", PS_PLACE_COUNTY, "县", "总工会"}, /* county-level city */
    {"市外侨办工会", PS_PLACE_PREFECTURE, "基层", NULL}, /* an office's own */
    {"台北捷运工会", PS_PLACE_PREFECTURE, "基层", NULL}, /* a metro company's */
    {"某市计算机行业协会秘书处工会", PS_PLACE_PREFECTURE, "基层", NULL},
    {"某市委党史研究室工会委员会", PS_PLACE_PREFECTURE, "基层", NULL},
    {"某街道办工会", PS_PLACE_TOWNSHIP, "乡镇", "总工会"}, /* a street's office: the street's */
    {"某县电业局工会", PS_PLACE_COUNTY, "基层", NULL}, /* a grid company's branch */
    {"重庆能源永荣曾煤司工会", PS_PLACE_PROVINCE, "基层", "能源"}, /* a firm named short (煤司) */
    {"运营维护部工会", 0, "基层", NULL},                      /* a firm's department */
    {"人民法院工会", 0, "基层", NULL},                        /* a court's own union */
    {"六柱垭景区工会", 0, "基层", NULL},                      /* a scenic area's */
    {"某市委台办工会", PS_PLACE_PREFECTURE, "基层", NULL}, /* an organ of the Party committee */
    {"某区委副书记某某调研区总工会", PS_PLACE_COUNTY, "县", "总工会"}, /* no organ's name */
    {"某区委副书记某某调研区教育工会", PS_PLACE_COUNTY, "县", "教育"},  /* nor is a clause */
    {"朝阳区卫生局工会", 0, "县", "卫生"},
    {"八字桥乡工会", 0, "乡镇", "总工会"},
    {"城关街道工会", 0, "乡镇", "总工会"},
    {"市卫生局工会", 0, "市", "卫生"},
    {"地区教育工会", 0, "市", "教育"},
    {"哈尔滨铁路局工会", PS_PLACE_PREFECTURE, "市", "铁路"},
    {"市直机关工会", 0, "市", "机关"},
    {"县教育局机关工会", 0, "基层", "机关"},
    {"神木五中", PS_PLACE_COUNTY, "基层", "学校"},
    {"城关镇中心小学工会", 0, "基层", "学校"},
    {"郑州市第一人民医院工会", PS_PLACE_PREFECTURE, "基层", "卫生"},
    {"大庆油田有限责任公司工会", 0, "基层", "企业"},
    {"某某市交通运输工会", 0, "市", "交通"},
    {"某某县城乡建设局工会", 0, "县", "建设"},
    {"某某社区卫生服务中心工会", 0, "基层", "卫生"},
    {"某某市场监督管理局工会", 0, "基层", NULL},
    /* a zone's union at a county's tier, a street's in it at a township's */
    {"某某经开区总工会", 0, "县", "总工会"},
    {"成都高新区西园街道总工会", PS_PLACE_PREFECTURE, "乡镇", "总工会"},
    {"南湖新区(东栅街道)总工会", PS_PLACE_COUNTY, "乡镇", "总工会"},
    {"青岛西海岸新区总工会", PS_PLACE_PREFECTURE, "县", "总工会"},
    /* a bureau's own union, whatever place names it; a sector bureau's is
       its sector's at the bureau's tier */
    {"某市统计局工会委员会", PS_PLACE_PREFECTURE, "基层", NULL},
    {"某某县林业局工会", PS_PLACE_COUNTY, "基层", "林业"},
    {"某区体育局工会", PS_PLACE_COUNTY, "基层", "体育"},
    {"某区卫生局工会", PS_PLACE_COUNTY, "县", "卫生"},
    {"某市教育局工会", PS_PLACE_PREFECTURE, "市", "教育"},
    {"科研单位工会", 0, "基层", NULL},
    {"柳背桥社区工会", 0, "基层", NULL},
    {"香港码头业职工会", 0, "基层", NULL},
    {"某某高铁企业工会", 0, "基层", "企业"},
    {"某某实验研究所工会", 0, "基层", NULL},
    {"校长办公室工会", 0, "基层", NULL},
    {"省食检院工会", PS_PLACE_PROVINCE, "基层", NULL}, /* a unit's, no federation */
    {"某县人民法院工会", PS_PLACE_COUNTY, "基层", NULL},  /* nor a court's under its county */
    {"成都分院工会", PS_PLACE_PREFECTURE, "基层", NULL},
    {"某某高速公路收费站工会", 0, "基层", NULL},
    {"上海某某施工四队工会", PS_PLACE_PROVINCE, "基层", NULL},
    /* a bureau named with no tier: its own union */
    {"商务局工会", 0, "基层", NULL},
    /* a unit's branch or centre */
    {"分析测试中心分工会", 0, "基层", NULL},
    {"信息中心工会", 0, "基层", NULL},
    {"玉屏供电局工会", PS_PLACE_COUNTY, "基层", NULL}, /* a grid company's branch */
    {"工会", 0, NULL, NULL},
};

static void test_level_sector(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof level_rows / sizeof *level_rows; i++) {
        const struct level_row *r = &level_rows[i];
        size_t n = strlen(r->org);
        const char *level = ps_org_level(r->org, n, r->place_level);
        const char *sector = ps_org_sector(r->org, n);
        if (strcmp(level ? level : "-", r->level ? r->level : "-") != 0 ||
            strcmp(sector ? sector : "-", r->sector ? r->sector : "-") != 0) {
            print_error("row %zu '%s': expected %s/%s, got %s/%s\n", i, r->org,
                        r->level ? r->level : "-", r->sector ? r->sector : "-",
                        level ? level : "-", sector ? sector : "-");
            fail();
        }
    }
}

/* ---- whole documents ------------------------------------------------- */

typedef struct fixture {
    ps_cjk *cjk;
    ps_gazetteer *gaz;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    ps_error err;
    if (!f || ps_cjk_new(&f->cjk, &err) || ps_gazetteer_new(&f->gaz, &err)) {
        print_error("setup: %s\n", err.msg);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    ps_cjk_free(f->cjk);
    ps_gazetteer_free(f->gaz);
    free(f);
    return 0;
}

struct doc_row {
    const char *name;
    const char *text;
    const char *title;
    int year;
    const char *org, *level, *sector, *date, *doc_number, *region;
};

static const struct doc_row doc_rows[] = {
    {"a date stamp under the headline (07.12.2015 19:05) is no headline",
     "某某县总工会开展植树活动\n07.12.2015 19:05\n本文来源: 总工会\n10月31日，某某县总工会组织职工开展植树活动。\n",
     "某某县总工会开展植树活动", 2015, "某某县总工会", "县", "总工会", NULL, NULL, NULL},
    {"notice only: the plan's title from 《》",
     "乐工发〔2012〕2号\n关于印发《乐山市总工会2012年工作要点》的通知\n"
     "各县（市、区）总工会：\n现将《乐山市总工会2012年工作要点》印发给你们，请认真贯彻落实。\n"
     "乐山市总工会\n2012年2月6日\n",
     "乐山市总工会2012年工作要点", 2012, "乐山市总工会", "市", "总工会",
     "2012-02-06", "乐工发[2012]2号", "四川省/乐山市"},
    {"title split over two lines, school",
     "城关镇中心小学\n2018年工会工作计划\n一、指导思想\n以党的十九大精神为指导，做好工会工作。\n",
     "城关镇中心小学2018年工会工作计划", 2018, "城关镇中心小学", "基层", "学校",
     NULL, NULL, NULL},
    {"traditional script, full-width digits, signature in numerals",
     "林甸縣總工會２０１２年工作要點\n一、加強工會組織建設，不斷增強工會組織活力。\n"
     "林甸縣總工會 二〇一二年一月三十一日\n",
     "林甸縣總工會２０１２年工作要點", 2012, "林甸縣總工會", "县", "总工会",
     "2012-01-31", NULL, "黑龙江省/大庆市/林甸县"},
    {"a school union naming no place lies where the bodies it cites are",
     "工会工作计划\n2013年我校工会工作的指导思想是：以人为本，服务教职工。\n"
     "按宣汉县教育工会的要求，落实宣汉县总工会的部署。\n",
     "工会工作计划", 2013, NULL, "基层", "学校", NULL, NULL, "四川省/达州市/宣汉县"},
    {"… but not when the cited bodies are of two places",
     "工会工作计划\n2013年我校工会工作的指导思想是：以人为本，服务教职工。\n"
     "按宣汉县教育工会的要求，学习神木市总工会的经验。\n",
     "工会工作计划", 2013, NULL, "基层", "学校", NULL, NULL, NULL},
    {"… and a body's own place wins over the bodies it cites",
     "林甸县总工会2013年工作要点\n一、按大庆市总工会要求，加强组织建设。\n",
     "林甸县总工会2013年工作要点", 2013, "林甸县总工会", "县", "总工会", NULL, NULL,
     "黑龙江省/大庆市/林甸县"},
    {"year from the opening sentence, nameless school union",
     "工会工作计划\n2013年我校工会工作的指导思想是：以人为本，服务教职工。\n",
     "工会工作计划", 2013, NULL, "基层", "学校", NULL, NULL, NULL},
    {"year from the signature date only",
     "林甸县总工会工作要点\n一、加强组织建设，增强活力。\n林甸县总工会\n二O一三年一月五日\n",
     "林甸县总工会工作要点", 2013, "林甸县总工会", "县", "总工会", "2013-01-05",
     NULL, "黑龙江省/大庆市/林甸县"},
    {"signature names the body when the title does not",
     "2014年工会工作要点\n一、加强组织建设，增强活力。\n大庆市总工会\n2014年1月8日\n",
     "2014年工会工作要点", 2014, "大庆市总工会", "市", "总工会", "2014-01-08",
     NULL, "黑龙江省/大庆市"},
    {"the signature names the body in full",
     "2013年市卫生局工会工作要点\n一、总体要求。\n大庆市卫生局工会\n2013年1月8日\n",
     "2013年市卫生局工会工作要点", 2013, "大庆市卫生局工会", "市", "卫生", "2013-01-08",
     NULL, "黑龙江省/大庆市"},
    {"forwarded by another body: no date taken from its signature",
     "关于转发《郑州市总工会2020年工作要点》的通知\n各分工会：\n现将文件转发给你们，请贯彻落实。\n"
     "某学院工会\n2020年6月5日\n郑州市总工会2020年工作要点\n一、加强思想引领，提高水平。\n",
     "郑州市总工会2020年工作要点", 2020, "郑州市总工会", "市", "总工会", NULL,
     NULL, "河南省/郑州市"},
    {"school year, second term",
     "某某中学2017-2018学年第二学期工会工作计划\n一、指导思想。\n",
     "某某中学2017-2018学年第二学期工会工作计划", 2018, "某某中学", "基层", "学校",
     NULL, NULL, NULL},
    {"a cited document number in the body is not the plan's",
     "林甸县总工会2012年工作要点\n根据林工发[2011]9号文件精神，做好工作。\n",
     "林甸县总工会2012年工作要点", 2012, "林甸县总工会", "县", "总工会", NULL,
     NULL, "黑龙江省/大庆市/林甸县"},
    {"date in parentheses under the title, 元月",
     "林甸县总工会2013年工作要点\n（二〇一三年元月十日）\n一、加强组织建设，增强活力。\n",
     "林甸县总工会2013年工作要点", 2013, "林甸县总工会", "县", "总工会",
     "2013-01-10", NULL, "黑龙江省/大庆市/林甸县"},
    {"a date in digits under the body's name",
     "大庆市总工会2013年工作要点\n一、加强组织建设，增强活力。\n大庆市总工会\n2013-01-08\n",
     "大庆市总工会2013年工作要点", 2013, "大庆市总工会", "市", "总工会",
     "2013-01-08", NULL, "黑龙江省/大庆市"},
    {"a dated line in the plan is no signature",
     "大庆市总工会2013年工作要点\n一、召开职代会。\n召开时间:2013年3月8日\n",
     "大庆市总工会2013年工作要点", 2013, "大庆市总工会", "市", "总工会", NULL,
     NULL, "黑龙江省/大庆市"},
    {"a notice without brackets, the body from its signature",
     "关于印发2013年工作要点的通知\n各基层工会：\n现印发给你们，请认真贯彻执行。\n"
     "林甸县总工会\n2013年1月9日\n",
     "2013年工作要点", 2013, "林甸县总工会", "县", "总工会", "2013-01-09", NULL,
     "黑龙江省/大庆市/林甸县"},
    {"title starting with 关于",
     "关于做好2013年全省工会工作的意见\n一、总体要求。\n",
     "关于做好2013年全省工会工作的意见", 2013, NULL, "省", NULL, NULL, NULL, NULL},
    {"the national federation, abbreviated",
     "全总2013年工作要点\n一、总体要求。\n", "全总2013年工作要点", 2013, "全总",
     "全国", "总工会", NULL, NULL, "全国"},
    {"kind of plan before the year in brackets",
     "林甸县总工会工作要点（2013年）\n一、总体要求。\n", "林甸县总工会工作要点（2013年）",
     2013, "林甸县总工会", "县", "总工会", NULL, NULL, "黑龙江省/大庆市/林甸县"},
    {"a page flattened to one line",
     "紫石中学2021学年度第二学期工会工作计划 紫石中学2021学年度其次学期工会工作方案 "
     "主要目标: 进一步巩固我校市级示范工会成果，紧紧围绕学校进展的主题。\n",
     "紫石中学2021学年度第二学期工会工作计划", 2022, "紫石中学", "基层", "学校", NULL,
     NULL, NULL},
    {"a plan adopted by a plenary session, the title in 《》",
     "《大庆市总工会2014年工作要点》\n（2014年3月11日大庆市总工会第十二届委员会第七次全体会议通过）\n"
     "一、总体要求。\n",
     "大庆市总工会2014年工作要点", 2014, "大庆市总工会", "市", "总工会", "2014-03-11",
     NULL, "黑龙江省/大庆市"},
    {"summary and plan in one title: the plan's year",
     "林甸县总工会2012年工作总结和2013年工作要点\n一、总体要求。\n",
     "林甸县总工会2012年工作总结和2013年工作要点", 2013, "林甸县总工会", "县", "总工会",
     NULL, NULL, "黑龙江省/大庆市/林甸县"},
    {"a compilation's first part: its own title, not the page's",
     "工会工作计划汇编(★)\n简介:小编为你整理了多篇相关的《工会工作计划》,希望有帮助。\n"
     "第一篇:林甸县总工会2013年工作要点\n林甸县总工会2013年工作要点\n一、总体要求。\n",
     "林甸县总工会2013年工作要点", 2013, "林甸县总工会", "县", "总工会", NULL, NULL,
     "黑龙江省/大庆市/林甸县"},
    {"a headline with one exclamation is a headline",
     "4万职工参赛!某市化医工会劳动竞赛成果丰硕\n12月1日，某市化医工会召开劳动竞赛总结会。\n",
     "4万职工参赛!某市化医工会劳动竞赛成果丰硕", 0, NULL, NULL, NULL, NULL, NULL, NULL},
    {"… and one with a column's name before a bar",
     "迎新春 送温暖 | 海口市总工会开展新春走基层慰问活动\n1月18日，海口市总工会开展新春走访慰问活动。\n",
     "迎新春送温暖 | 海口市总工会开展新春走基层慰问活动", 0, "海口市总工会", "市", "总工会", NULL, NULL,
     "海南省/海口市"},
    {"… a bar the layout leaves after a headline is cut",
     "外国语学院工会召开春季学期会议 |\n3月8日，外国语学院工会召开春季学期工作会议。\n",
     "外国语学院工会召开春季学期会议", 0, "外国语学院工会", "基层", "学校", NULL, NULL, NULL},
    {"a greeting to the visitor (您好,欢迎访问…) is no title, wherever 欢迎 stands",
     "您好,欢迎访问公文包\n会议总结了过去工作成果。下面是网友整理编辑的讲话。\n在某市总工会工作会议上的讲话\n"
     "同志们：今天召开会议。\n",
     NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL},
    {"a menu is no title",
     "工作总结 | 工作计划 | 工作要点\n林甸县总工会2013年工作要点\n一、总体要求。\n",
     "林甸县总工会2013年工作要点", 2013, "林甸县总工会", "县", "总工会", NULL, NULL,
     "黑龙江省/大庆市/林甸县"},
    {"a decision under its number: neither the number nor its spaced 《…》 prose is its title",
     "您当前的位置: 首页 - 工会文件\n舟总工〔2016〕46号\n各县(区)总工会,市产业工会:\n"
     "为深入贯彻落实《中华全国总工会关于加强基层工会建设的意见 》精神，市总工会决定，授予32个单位“示范基层工会”称号。\n"
     "舟山市总工会\n2016年12月23日\n",
     NULL, 2016, "舟山市总工会", "市", "总工会", "2016-12-23", "舟总工[2016]46号", "浙江省/舟山市"},
    {"a chronicle's sentence opening on a year and a comma is no headline",
     "第三节劳动竞赛\n1986年,区工会在木材生产、营林等战线开展了\n劳动竞赛，参赛职工三千人。\n",
     "第三节劳动竞赛", 0, "区工会", "县", "总工会", NULL, NULL, NULL},
    {"no title at all: nothing guessed",
     "一、加强学习。\n二、做好服务。\n", NULL, 0, NULL, NULL, NULL, NULL, NULL,
     NULL},
};

static void check(const char *row, const char *field, const char *want,
                  const char *got)
{
    if ((want || got) && (!want || !got || strcmp(want, got) != 0)) {
        print_error("'%s': %s: expected '%s', got '%s'\n", row, field,
                    want ? want : "(null)", got ? got : "(null)");
        fail();
    }
}

static void free_meta(ps_plan *p)
{
    free(p->title), free(p->org), free(p->level), free(p->sector);
    free(p->date), free(p->doc_number), free(p->region), free(p->region_code);
    free(p->type), free(p->url);
    free(p->from.title), free(p->from.year), free(p->from.region);
    free(p->from.org), free(p->from.level), free(p->from.type);
}

/* ---- real-shaped pages: one rule a row ------------------------------ */

struct page_row {
    const char *rule;
    const char *text;
    int year;
    const char *year_from; /* prefix of the provenance, NULL: no year */
    const char *type, *org, *region, *level;
};

static const struct page_row page_rows[] = {
    {"a meeting's year is the year it deploys",
     "某区总工会召开五届四次全委（扩大）会议\n会议回顾了2015年工作，部署了2016年八项重点任务。\n",
     2016, "deploys", "news", "某区总工会", NULL, "县"},
    {"reviewing a year and deploying the next unnamed: the next",
     "6月3日，永川区总工会召开全委会议。会议总结2018年工作，部署下阶段重点任务。\n",
     2019, "reviews", "news", "永川区总工会", "重庆市/永川区", "县"},
    {"the same, its review in the text's first sentence (no 。 before it)",
     "5月6日，某县总工会召开全委会议，总结2018年工作，部署下阶段重点任务。\n",
     2019, "reviews", "news", "某县总工会", NULL, "县"},
    {"a summary that reviews no year it names but sets one's tasks is for that year",
     "一年来工作总结\n一年来，我们开展了职工之家建设。明确了2021年的主要工作任务。\n",
     2021, "deploys", "summary", NULL, NULL, NULL},
    {"a summary is for the year it reviews",
     "2015年工会工作总结\n一年来，我们开展了职工之家建设，取得了新成效，完成了各项任务。\n",
     2015, "title", "summary", NULL, NULL, NULL},
    {"news without a deployed year: the publication line's year",
     "首页 工会要闻 基层动态 通知公告\n香港工會聯合會舉行會員代表大會\n發布日期：2019-03-15\n"
     "香港工會聯合會今日舉行會員代表大會，選出新一屆理事會。\n",
     2019, "published", "news", "香港工會聯合會", "香港特别行政区", "省"},
    {"a source line names its site before the date (来源:某某新闻网 2022-01-25)",
     "市总工会开展新春送温暖活动\n作者:某某\n来源:某某新闻网 2022-01-25\n"
     "1月24日，市总工会开展春节送温暖活动，走访慰问困难职工家庭。\n",
     2022, "published", "news", "市总工会", NULL, "市"},
    {"a date after 作者: is the page's, wherever the line stands",
     "某某医院召开工会小组长会议\n10月31日，医院工会召开工会小组长会议，部署下阶段工作。\n"
     "会议要求各小组认真落实。\n作者: 2006-11-8\n",
     2006, "published", "news", "某某医院", NULL, "基层"},
    {"a publication label's two-digit year (发布时间:17年08月09日) is this century's",
     "两会召开联席会议\n发布时间:17年08月09日    信息来源:工会\n"
     "8月8日，某某市总工会与某某师工会召开联席会议。\n",
     2017, "published", "news", "某某市总工会", NULL, "市"},
    {"a date and time with its time zone (2024-04-21 HKT 16:06) is the publication line",
     "某某工會宣布五一活動\n新聞\n新聞\n新聞\n新聞\n某某工會宣布五一活動\n2024-04-21 HKT 16:06\n"
     "某某工會今日宣布一連串勞動節活動。\n",
     2024, "published", "news", NULL, NULL, NULL},
    {"a news agency's stamp, year then month/day (2023 12/18), is the publication line",
     "某某区总工会开展送温暖活动\n2023 12/18 10:31:05\n12月14日，某某区总工会走访慰问困难职工。\n",
     2023, "published", "news", "某某区总工会", NULL, "县"},
    {"a date in brackets alone on its line ((2023.12.11)--) is the publication line",
     "某某工會27名候選人當選\n(2023.12.11)--\n某某工會地方選區候選人有18人當選，感謝各位義工支持。\n",
     2023, "published", "news", NULL, NULL, NULL},
    {"… and one with its time in brackets (2010-05-01 (17:41))",
     "約三千人遊行要求提高最低工資\n2010-05-01 (17:41)\n本港有團體在五一勞動節發起遊行，為打工仔爭取權益。\n",
     2010, "published", "news", NULL, "香港特别行政区", NULL},
    {"… but not a site's archive of dates (2025-09-25,12026| 2025-09-24,12018|)",
     "市总工会发出倡议\n本报讯 8月2日，市总工会向全市职工发出倡议。\n2025-09-25,12026| 2025-09-24,12018| 2025-09-23,12011|\n",
     0, NULL, "news", "市总工会", NULL, "市"},
    {"… or in square brackets, a dash after it ([2025-06-21] -)",
     "某区总工会举办技能竞赛\n[2025-06-21] -\n6月20日，某区总工会在某村举办蜜瓜覆膜技能竞赛。\n",
     2025, "published", "news", "某区总工会", NULL, "县"},
    {"an English page's label (Released on:2024-05-06) dates it",
     "District May Day Celebration Unfolds\nReleased on:2024-05-06 Views:\n"
     "On April 30, the district trade union held its May Day celebration.\n",
     2024, "published", "news", NULL, NULL, NULL},
    {"a date written Aug.16.2024 after its label is the publication date",
     "某师工会为施工一线送清凉\n发布时间:Aug.16.2024\n7月20日，某师工会为项目部送来绿豆、白糖等防暑用品。\n",
     2024, "published", "news", NULL, NULL, NULL},
    {"an e-paper's issue with its year set apart (2024 4月26日 星期五) is the publication line",
     "某工會代表團赴京交流\n2024 4月26日 星期五\n某工會代表團昨日啟程赴京，進行為期五天的交流。\n",
     2024, "published", "news", NULL, NULL, NULL},
    {"an English date alone on its line (24 Aug 2020) is the publication line",
     "勞工團體召開記者會\n24 Aug 2020\n某某工會今日召開記者會，要求政府延長援助。\n",
     2020, "published", "news", NULL, NULL, NULL},
    {"a date and time followed by its last update is the publication line",
     "某某工會議員辦事處開幕\n政事\n政事\n某某工會議員辦事處開幕\n"
     "2022年11月24日 19:50 最後更新:19:52\n某某工會議員的地區辦事處24日開幕。\n",
     2022, "published", "news", NULL, NULL, NULL},
    {"a date alone on its line under the headline is the publication date",
     "全市职工技能大赛开幕\n2021年04月07日12:14 来源:工人日报\n4月6日，大赛在市体育馆开幕。\n",
     2021, "published", "news", NULL, NULL, "市"},
    {"news with a month and day only: no year",
     "近日，市总工会开展送温暖活动，走访慰问困难职工。\n", 0, NULL, "news", "市总工会",
     NULL, "市"},
    {"the noun after a year is what it qualifies: 完成情况和2020年工作打算 deploys",
     "日前，某区总工会召开专题会议，汇报年度工作完成情况和2020年工作打算。\n", 2020, "deploys",
     "news", "某区总工会", NULL, "县"},
    {"a bare year before a work noun that is deployed (2011工会重点工作)",
     "3月2日，某市总工会召开全委会议，对2011工会重点工作进行了部署。\n", 2011, "deploys",
     "news", "某市总工会", NULL, "市"},
    {"a bare number that counts is no year",
     "近日，某县总工会走访慰问2011名困难职工，送去慰问金。\n", 0, NULL, "news", "某县总工会",
     NULL, "县"},
    {"a news headline's reviewed year yields to the year its text deploys",
     "某市总工会召开2024年工作总结暨务虚会\n会上，与会人员总结2024年工作，谋划2025年发展。\n",
     2025, "deploys", "news", "某市总工会", NULL, "市"},
    {"a reposted plan: the document's own heading, not the site's headline",
     "某学院工会2018年工作计划\n时间:2018-02-07 来源:网络\n某学院工会2004年工作计划\n"
     "一、指导思想：全面贯彻落实各项任务，推进教代会建设。\n",
     2004, "heading", "plan", "某学院工会", NULL, "基层"},
    {"… but an item of the plan naming another year is no heading",
     "某县总工会2008年工作要点\n一、2020年是十三五规划\n各基层工会要认真贯彻落实。\n", 2008,
     "title", "plan", "某县总工会", NULL, "县"},
    {"a summary-and-plan title over a text that only reviews: a summary",
     "某县总工会2019年工作总结和2020年工作计划\n一、2019年工作整体情况\n"
     "一年来，全县工会开展职工之家建设，取得了新成效。\n",
     2019, "title", "summary", "某县总工会", NULL, "县"},
    {"news that writes one year only, at its top",
     "近日，某市总工会开展“2022年职工健步走”活动，千余名职工参加。\n", 2022, "the only year",
     "news", "某市总工会", NULL, "市"},
    {"a year before a book's title is a mention",
     "日前，由某市总工会编纂的2006年《某市工会年鉴》正式出版。\n", 0, NULL, "news",
     "某市总工会", NULL, "市"},
    {"a notice is dated by its page's date when its text names no year",
     "关于转发《加强职工之家建设的意见》的通知\n编辑:某某 时间:2012-08-09\n"
     "各基层工会：现将《意见》转发给你们，请认真贯彻执行。\n",
     2012, "published", "notice", NULL, NULL, NULL},
    {"回首 reviews: a summary of that year (我厂: a grassroots union, not a name)",
     "工会工作总结\n回首2005年，我厂工会主要做了以下几方面工作。\n", 2005, "reviews",
     "summary", NULL, NULL, "基层"},
    {"a body with no place in its name: the place the opening names",
     "近日，内蒙古自治区呼和浩特市总工会以新就业形态劳动者为重点，开展入会集中行动。\n", 0, NULL,
     "news", "内蒙古自治区呼和浩特市总工会", "内蒙古自治区/呼和浩特市", "市"},
    {"a unit's own congress held: the unit, grassroots, placed by its name",
     "3月5日，温州市人民医院第六届职工代表大会在院学术厅隆重召开。全院职工代表参加会议。\n",
     0, NULL, "news", "温州市人民医院", "浙江省/温州市", "基层"},
    {"a hospital holds its union congress; the city union attending is no writer",
     "5月14日，某市第一人民医院在本部会议中心召开第十一届工会会员代表大会。\n"
     "市总工会文教工会主席某某出席会议。\n",
     0, NULL, "news", "某市第一人民医院", NULL, "基层"},
    {"a wire's dateline naming a federation is no subject: the unit after it is",
     "某市总工会网讯（图文/某某）4月10日下午，某县第二人民医院在该院会议室召开四届二次"
     "职工代表大会。县总工会副主席某某出席会议并致辞。\n",
     0, NULL, "news", "某县第二人民医院", NULL, "基层"},
    {"a firm holds its union's work meeting, relaying the city union's plenary",
     "3月12日，公司在某基地召开工会工作会议，传达贯彻某市总工会五届三次全会精神。\n", 0, NULL,
     "news", "公司", NULL, "基层"},
    {"a unit whose place starts like a date word (日照市…) keeps its whole name",
     "日照市人民医院第十届职工代表大会在院会议中心举行。市总工会副主席某某出席会议。\n", 0, NULL,
     "news", "日照市人民医院", "山东省/日照市", "基层"},
    {"a federation visiting a unit is the writer, not the unit",
     "4月10日，某县总工会到某县第二人民医院调研职工之家建设，与职工代表座谈。\n", 0, NULL,
     "news", "某县总工会", NULL, "县"},
    {"a firm's staff in a caption are no unit holding an event",
     "某服饰有限公司员工在车间里向记者展示会员证\n"
     "近日，某市总工会召开农民工入会工作会议，部署集中入会行动。\n",
     0, NULL, "news", "某市总工会", NULL, "市"},
    {"a Taiwan city's union: Taiwan, at the top level",
     "【记者报导】台中市劳工总工会18日举办劳工权益座谈会，邀请各业工会干部参加。\n", 0, NULL,
     "news", "台中市劳工总工会", "台湾省", "市"},
    {"a question is a reference page, whatever kind it names",
     "什么是工会年度工作计划\n工会年度工作计划是工会对一年工作的安排。\n", 0, NULL, "other",
     NULL, NULL, NULL},
    {"a speech's title glued to its address; the meeting's scope is the speaker's level",
     "在全县工会工作会议上的讲话材料同志们:今天我们召开全县工会工作会议，主要任务是部署工作。\n",
     0, NULL, "speech", NULL, NULL, "县"},
    {"a speech that honours a year's achievers is not for that year",
     "表彰大会主持词\n同志们：刚才我们对2014年度先进单位和先进个人进行了表彰。\n", 0, NULL,
     "speech", NULL, NULL, NULL},
    {"a headline of a body planning its year is news about it",
     "某市总工会精心谋划2014年工作任务\n3月12日，某市总工会召开全委会议，总结2013年工作。\n",
     2014, "title", "news", "某市总工会", NULL, "市"},
    {"a county's former name (密云县, now 密云区) is not taken for 云县 inside it",
     "昨天，密云县总工会开展送温暖活动，慰问困难职工。北京市总工会有关负责人参加。\n", 0, NULL,
     "news", "密云县总工会",
     "北京市/密云区", "县"},
    {"the addressees of a national notice name no body",
     "各省、自治区、直辖市总工会：\n为做好夏季送清凉工作，现将有关事项通知如下。\n", 0, NULL,
     "notice", NULL, NULL, NULL},
    {"a day first, then what happened: news, whatever its verbs",
     "2月4日，某区职工食堂里，一线职工围坐在一起吃年夜饭。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"a meeting convened (将于…召开) is a notice, not news of it",
     "本会将于29日召开临时会员代表大会\n请各位会员代表准时出席。\n", 0, NULL, "notice", NULL, NULL,
     NULL},
    {"no body in the text: the union whose site the page is on",
     "天津市滨海新区总工会\n\nwww.example.org\n\n服务职工 建设家园\n主席信箱:chair@example.org | 收藏\n\n"
     "通知公告\n\n职工书屋揭牌\n"
     "近日，职工书屋在园区揭牌，职工代表参加了揭牌仪式。\n",
     0, NULL, "news", NULL, "天津市/滨海新区", NULL},
    {"the body that signs at the text's end writes it, not the one its opening reports",
     "7月17日，天水市总工会检查组到秦安县检查职工之家建设。\n"
     "检查组充分肯定了全县工会的工作，要求进一步抓好落实。(秦安县总工会)\n",
     0, NULL, "news", "秦安县总工会", "甘肃省/天水市/秦安县", "县"},
    {"… but a province's body closing its branch's news in parentheses is the site, not the writer",
     "9月24日晚，由罗源县总工会主办、县邮政分公司工会承办的员工技能竞赛在县分公司举行。(福建邮政工会)\n",
     0, NULL, "news", "罗源县总工会", "福建省/福州市/罗源县", "县"},
    {"a body named without its place is in the one place the text's places lie in",
     "6月29日，学校工会召开提案工作会议。\n会议讨论了教职工提交的提案。\n会议要求各分工会认真落实。\n"
     "学校将继续为宝鸡市高质量发展贡献力量，为陕西省教育事业作出贡献。\n",
     0, NULL, "news", NULL, "陕西省/宝鸡市", "基层"},
    {"… the province when its places lie in two cities, whichever is named again",
     "6月29日，学校工会召开提案工作会议。\n会议讨论了教职工提交的提案。\n会议要求各分工会认真落实。\n"
     "学校将继续为宝鸡市的发展贡献力量，为咸阳市的发展贡献力量，为宝鸡市的教育事业作出贡献。\n",
     0, NULL, "news", NULL, "陕西省", "基层"},
    {"a unit honoured at a federation's meeting (…会上，某农商行被授予…称号): the unit's news",
     "日前，在宁乡县总工会全体委员会议上，宁乡农商行被授予“全国模范职工之家”荣誉称号。\n"
     "多年来，该行工会充分发挥桥梁纽带作用。\n",
     0, NULL, "news", "宁乡农商行", "湖南省/长沙市/宁乡市", "基层"},
    {"… the same when its headline says so (县中医院荣获…) and its text tells the federation's meeting",
     "县中医院荣获劳动竞赛先进集体称号\n4月25日，全椒县劳动竞赛表彰大会在县总工会会议室召开。"
     "县总工会主席出席会议并讲话。\n",
     0, NULL, "news", "县中医院", "安徽省/滁州市/全椒县", "基层"},
    {"… and so when the headline says where it won (某机场集团在…决赛中荣获佳绩)",
     "某机场集团在全省技能竞赛决赛中荣获佳绩\n近日，全省技能竞赛决赛在福州举行，省总工会主席出席。\n",
     0, NULL, "news", "某机场集团", "福建省", "基层"},
    {"… and so is a centre's library (某船闸管理中心职工书屋荣获…)",
     "某船闸管理中心职工书屋荣获“中华全国总工会职工书屋——便利型阅读站点”\n发布时间:2024-12-26 来源: 某某网\n"
     "近期,某船闸管理中心职工书屋被中华全国总工会认定为示范点。\n",
     2024, "published", "news", "某船闸管理中心职工书屋", NULL, "基层"},
    {"… and one honoured by a body named between (集团职工书屋获省总工会通报表彰)",
     "集团职工书屋获省总工会通报表彰\n近日，某省总工会发文，对一批职工书屋示范点予以通报表彰。\n", 0, NULL,
     "news", "集团职工书屋", NULL, "基层"},
    {"… and one honoured with a year or an honour's tier (某医院获2023年度…, 某工作室获省级荣誉)",
     "某市第一人民医院获2023年度全市工会工作特色奖\n2月28日，某市总工会召开全委会议，表彰先进。\n", 0,
     NULL, "news", "某市第一人民医院", NULL, "基层"},
    {"… and a project's team (某铁路项目荣获…)",
     "某铁路项目荣获省“工人先锋号”\n近日，云南省总工会召开表彰大会。\n", 0, NULL, "news", "某铁路项目",
     "云南省", "基层"},
    {"… but not a visitor going to one (某某赴某项目…)",
     "黄某赴郑州某安置房项目开展慰问\n近日，河南省总工会副主席黄某到项目工地慰问一线职工。\n", 0, NULL,
     "news", "河南省总工会", "河南省", "省"},
    {"a unit holding what its headline tells (某集团举办…竞赛): its news, whoever its text names",
     "某机场集团举办安检职业技能竞赛\n8月4日，通化市总工会与集团在通化机场联合开展竞赛。\n", 0, NULL,
     "news", "某机场集团", "吉林省/通化市", "基层"},
    {"… and a unit's team entering one (某集团代表队参加省…大赛)",
     "某能源集团代表队参加省煤炭行业职工技能大赛\n8月6日，大赛由山西省总工会主办，在太原开幕。\n", 0,
     NULL, "news", "某能源集团", "山西省", "基层"},
    {"… but not a place holding one that ends as a firm might (舞钢市…办事处)",
     "舞钢市朱兰街道办事处举办职工趣味运动会\n1月1日，市总工会副主席出席开幕式。\n", 0, NULL, "news",
     "市总工会", "河南省/平顶山市/舞钢市", "县"},
    {"工联会 alone after a mainland federation named in full is that federation, not Hong Kong's",
     "据介绍，肇庆市外卖配送行业工会联合会成立后，将根据劳动者的特点开展工作。不断加强工联会自身组织建设。\n", 0, NULL,
     "other", "肇庆市外卖配送行业工会联合会", "广东省/肇庆市", "市"},
    {"a count in a headline (我市有2010家企业参与) is no year; the page's date line is",
     "推进共同约定行动我市有2010家企业参与\n2009-06-20\n昨日，市总工会召开推进会。\n", 2009, "published",
     "news", "市总工会", NULL, "市"},
    {"a headline naming a January assessment meeting (2022年度述职测评会议) is news of the year it deploys",
     "2022年度述职测评会议\n1月12日，市总工会召开机关2022年度述职测评会议，系统总结2022年工作，"
     "安排2023年重点工作任务。\n",
     2023, "deploys", "news", "市总工会", NULL, "市"},
    {"… but not a federation honoured (某县总工会荣获…): its own news",
     "日前，全椒县总工会荣获全省工会工作先进单位称号。\n县总工会主席出席会议并领奖。\n", 0, NULL,
     "news", "全椒县总工会", "安徽省/滁州市/全椒县", "县"},
    {"a lecture series opening (…职工讲坛开讲) is news of the day it opened",
     "某区总工会2018年职工讲坛开讲\n2018年2月2日下午，某区总工会职工讲坛在区图书馆开讲。学者为职工作了讲座。\n",
     2018, "title", "news", "某区总工会", NULL, "县"},
    {"the body that 主办 an event, not the one that 承办 it and is named more often",
     "近日，由北京市总工会主办，大兴区总工会联合区应急管理局共同承办的北京市安康杯竞赛启动仪式举行。\n"
     "大兴区总工会播放了竞赛纪实短片。大兴区总工会主席讲话。\n",
     0, NULL, "news", "北京市总工会", "北京市", "省"},
    {"… of several that 主办 it, the first named",
     "近日，由广东省总工会和香港工会联合会主办，广州市总工会承办的千人汇湾区活动启动。\n", 0, NULL, "news",
     "广东省总工会", "广东省", "省"},
    {"a contest named by its year that 落幕 on a day is that year's news",
     "职工安全无小事。2021年某市“安康杯”知识竞赛于11月24日圆满落幕，市总工会领导为获奖者颁奖。\n", 2021,
     "dated", "news", "市总工会", NULL, "市"},
    {"a date with its weekday above everything is the site's today; the line under the headline dates the news",
     "2024/5/2 星期四\n您的位置:工会信息>区教育工会新闻\n某区教育工会元旦春节送温暖活动纪实\n"
     "2009-01-12 来源:本站原创\n在元旦、春节来临之际，某区教育工会开展送温暖活动。\n",
     2009, "published", "news", "某区教育工会", NULL, "县"},
    {"a holiday a year names (2017年发起的春节依法休假抗争) is no campaign deployed",
     "台铁产工绝食抗议\n2025-03-02 10:00\n为抗议法院判决台铁员工在2017年发起的春节依法休假抗争败诉，台铁产业工会今日起绝食。\n",
     2025, "published", "news", "台铁产业工会", NULL, NULL},
    {"work a year carried out (2021年…开展的主要工作) is reviewed; what the next 拟 do is deployed",
     "6月17日，某联合会与中国财贸轻纺烟草工会召开联席会议。会议还通报了2021年双方合作开展的主要工作和2022年拟合作项目。\n",
     2022, "deploys", "news", "中国财贸轻纺烟草工会", "全国", "全国"},
    {"a headline's honour of a year's period (喜获2020年度…) is no year of the news",
     "某分公司工会喜获2020年度全区建设系统“工人先锋号”\n发布时间：2021-03-05\n近日，某分公司工会被授予“工人先锋号”称号。\n",
     2021, "published", "news", "某分公司工会", NULL, "基层"},
    {"a year a practice changed after (2020年后改为每2年召开一次) is no year of the meeting",
     "某系统工会主席联席会议召开\n发布时间：2023-05-10\n联席会议原每年召开一次，2020年后改为每2年召开一次。\n",
     2023, "published", "news", "某系统工会", NULL, NULL},
    {"a federation's own organ union (某区总工会机关工会) is a unit's, not the federation",
     "日前，锡山区总工会机关工会开展端午慰问活动。\n", 0, NULL, "news", "锡山区总工会机关工会",
     "江苏省/无锡市/锡山区", "基层"},
    {"an information-disclosure annual report (…工作年度报告) is an account of its year",
     "某区总工会2021年度政府信息公开工作年度报告\n本报告由某区总工会编制。一、总体情况。2021年，我会认真贯彻条例。\n",
     2021, "title", "summary", "某区总工会", NULL, "县"},
    {"a year awaited (为迎接2026年元旦) is no year of the event before it",
     "12月29日，医院工会组织职工开展健步走活动，为迎接2026年元旦营造氛围。\n", 0, NULL, "news", "医院工会",
     NULL, "基层"},
    {"a bare 市总工会 visiting a street of a county-level city (凤山街道, 余姚's) is that city's, a county's",
     "市总工会领导考察新建户外劳动者服务站点\n1月3日上午，市总工会领导一行来到凤山街道某社区工会驿站，实地考察新建户外劳动者服务站点。\n"
     "目前，凤山街道还新建了两个工会驿站。\n声明:所有来源为“余姚新闻网”的内容信息，未经本网许可，不得转载！\n",
     0, NULL, "news", "市总工会", "浙江省/宁波市/余姚市", "县"},
    {"a community's federation of its units' unions (宝龙社区工联会) is at no tier, though it says 我社区",
     "近日，宝龙社区工联会在辖区举办中秋游园活动，我社区各企业职工200余人参加。\n", 0, NULL, "news",
     "宝龙社区工联会", NULL, NULL},
    {"… nor is a village's (某村工会联合会)",
     "近日，某村工会联合会组织辖区企业职工开展健步走活动。\n", 0, NULL, "news", "某村工会联合会", NULL,
     NULL},
    {"Hong Kong's own words place a page there: the MTR (港铁), 外判, 长沙湾 (not 长沙)",
     "长沙湾某海鲜酒家突然结业，某业职工总会昨早陪同员工到劳工处求助，要求追讨外判欠薪。\n", 0, NULL,
     "other", NULL, "香港特别行政区", NULL},
    {"… and 港铁 alone does",
     "港铁员工协会今日表示，港铁去年有盈余仍然冻薪，要求加薪。\n", 0, NULL, "news", NULL,
     "香港特别行政区", NULL},
    {"a Taiwan state firm's union named by the island (台湾石油工会) is a unit's",
     "台湾石油工会今日召开记者会，反对中油民营化，理事长表示将发起抗争。\n", 0, NULL, "news",
     "台湾石油工会", "台湾省", "基层"},
    {"… but the island's general federation (全国产业总工会) is at the top",
     "全国产业总工会今日召开记者会，要求立法院通过劳基法修正。\n", 0, NULL, "news", "全国产业总工会",
     "台湾省", "省"},
    {"one trade's union in Hong Kong (香港教育工作者工会) is at no tier",
     "香港教育工作者工会今日召开记者会，宣布正式成立，呼吁教师加入。\n", 0, NULL, "news",
     "香港教育工作者工会", "香港特别行政区", NULL},
    {"… nor in Macau (澳门幸运博彩业职工总会)",
     "澳门幸运博彩业职工总会会长昨日表示，本澳博企员工加薪诉求合理。\n", 0, NULL, "news",
     "澳门幸运博彩业职工总会", "澳门特别行政区", NULL},
    {"… but a federation (工联会) is at a province's",
     "工联会今日召开记者会，提出五大劳工政策倡议，本港打工仔女关注。\n", 0, NULL, "news", "工联会",
     "香港特别行政区", "省"},
    {"an encyclopaedia's article (维基百科，自由的百科全书 under its name) is other, and for no year",
     "某港码头罢工事件\n维基百科，自由的百科全书\n跳转至: 导航 搜索\n"
     "罢工第28日：抗议者在某中心外集会，职工盟召开记者会。\n"
     "某港码头罢工事件是指某港码头外判工人于2013年3月28日起发起的罢工，历时40日。\n",
     0, NULL, "other", "职工盟", "香港特别行政区", "省"},
    {"unions counted in a headline (渝北区建成66个工会驿站) name no body: the opening's does",
     "渝北区建成66个工会驿站\n近日，渝北区总工会通过建家建站等举措，为户外劳动者送去温暖。\n",
     0, NULL, "news", "渝北区总工会", "重庆市/渝北区", "县"},
    {"a verb glued before a name (加快推进省农林水利交通建设工会…) is no part of it",
     "会议要求，要加快推进省农林水利交通建设工会各项工作落实。\n", 0, NULL, "news",
     "省农林水利交通建设工会", NULL, "省"},
    {"… nor is an interview's word (专访香港工联会…)",
     "专访香港工联会会长：打工仔女最关心的是就业。\n", 0, NULL, "other", "香港工联会", "香港特别行政区", "省"},
    {"… nor a count with 余 (朝阳500余工会主席, 广州30余名户外劳动者体验工会驿站)",
     "近日，朝阳500余工会主席参加了培训班学习。\n", 0, NULL, "news", NULL, "辽宁省/朝阳市", NULL},
    {"… (十多名工联会代表: 多 still counts, and so does 名 after it)",
     "十多名工联会代表今日到政府总部请愿，要求检讨外判制度。\n", 0, NULL, "news", "工联会",
     "香港特别行政区", "省"},
    {"… (30余名)",
     "近日，广州30余名户外劳动者体验工会驿站服务。\n", 0, NULL, "news", NULL, "广东省/广州市", NULL},
    {"a mainland zone's 工联会 (广东翁源经济开发区工联会) is the zone's, not Hong Kong's",
     "近日，广东翁源经济开发区工联会举办职工篮球赛，园区企业职工200余人参加。\n", 0, NULL, "news",
     "广东翁源经济开发区工联会", "广东省/韶关市/翁源县", "县"},
    {"… nor do members counted (6名工联会代表)",
     "6名工联会代表今日到劳工处请愿，要求政府检讨输入外劳政策。\n", 0, NULL, "news", "工联会",
     "香港特别行政区", "省"},
    {"… nor is a new year awaited (在2022年新年到来之际): the event is in the days before it",
     "在2022年新年到来之际，某县总工会组织开展送温暖慰问活动，走访困难职工30户。\n", 0, NULL, "news",
     "某县总工会", NULL, "县"},
    {"… nor one hailed (喜迎2020年元旦佳节) under a December date line: the line's year",
     "某县举办职工篮球联赛\n发布时间:2019-12-12\n为丰富职工文体生活，喜迎2020年元旦佳节，12月11日晚，由某县总工会主办的首届职工篮球联赛开幕。\n",
     2019, "published", "news", "某县总工会", NULL, "县"},
    {"… but the season of the two holidays (2024年元旦、春节来临之际) is that year's",
     "在2024年元旦、春节来临之际，某县总工会组织开展送温暖慰问活动，走访困难职工30户。\n", 2024, "deploys",
     "news", "某县总工会", NULL, "县"},
    {"a founding told (工作室创建于2022年6月) is not the only year of the news",
     "8月11日，市总工会副主席到某公司调研劳模工匠创新工作室。该工作室创建于2022年6月，现有成员12人。\n", 0,
     NULL, "news", "市总工会", NULL, "市"},
    {"a content farm's copy (来源:整理剂厂家) is dated when it was copied, not when it happened",
     "农民工维权新生力量的崛起\n发布时间:2019-10-18 12:54:36 阅读: 来源:整理剂厂家\n"
     "近日，某县总工会为农民工讨回欠薪。\n",
     0, NULL, "news", "某县总工会", NULL, "县"},
    {"a span of years (被评为2017-2020年…先进单位) is an honour's period, not the only year of the news",
     "近日，望江县总工会被评为2017-2020年服务农民工公益法律服务行动先进单位。\n", 0, NULL, "news",
     "望江县总工会", "安徽省/安庆市/望江县", "县"},
    {"a person leading a body (王某率市总工会…) is no part of its name",
     "春节前夕，王某率市总工会慰问组到企业走访慰问困难职工。\n", 0, NULL, "news", "市总工会", NULL, "市"},
    {"nor a clause's verb before it (会议强调，…，其中省总工会…)",
     "近日，全省各级工会开展送温暖活动，其中省总工会筹集资金两千万元。\n", 0, NULL, "news", "省总工会",
     NULL, "省"},
    {"a site's stamp written day/month/year alone on its line (05/09/2024) dates the news",
     "工聯派發中秋福包\n05/09/2024\n由工聯主辦的中秋福包派送儀式9月2日舉行，惠及弱勢群體。\n", 2024, "published",
     "news", "工聯", "澳门特别行政区", "省"},
    {"工联 written alone is Macau's federation; the tail of 职工联谊 is none",
     "市总工会举办单身职工联谊活动\n5月4日，市总工会举办单身青年职工联谊会。\n", 0, NULL,
     "news", "市总工会", NULL, "市"},
    {"… and its full name, where the page writes it, is the body's",
     "工聯派發中秋福包\n05/09/2024\n澳門工會聯合總會9月2日舉行中秋福包派送儀式，工聯義工到場協助。\n", 2024,
     "published", "news", "澳門工會聯合總會", "澳门特别行政区", "省"},
    {"… and one with a comma a scraper left after it (2025-07-28,)",
     "2025-07-28,\n为增进职工家庭凝聚力，7月25日某公司工会举办职工家属开放日活动。\n", 2025, "published",
     "news", "某公司工会", NULL, "基层"},
    {"a label 发布: before the date is a publication line",
     "某某网 /第六期\n工会先锋\n某某之歌\n作者单位\n发布:2021/06/08 16:00  作者:  编辑:某某\n"
     "4月29日，某省总工会举行庆祝五一大会。\n", 2021,
     "published", "news", "某省总工会", NULL, "省"},
    {"a paper's edition line ending in the day of the week, wherever it stands, dates the news",
     "日前，某市劳模工匠协会召开第一次会员代表大会。\n大会选举了第一届理事会。\n\n"
     "某某日报 一版要闻 00001 学习劳模工匠 2019-11-25 2 2019年11月25日 星期一\n",
     2019, "published", "news", NULL, NULL, NULL},
    {"the body an anniversary celebrates (庆祝中华全国总工会成立100周年…活动) holds nothing",
     "日前，嵊州市首届职工运动会暨庆祝中华全国总工会成立100周年系列活动在体育中心举行。\n"
     "本次运动会为期5个月，设置拔河、篮球等项目。\n",
     2025, "event", "news", NULL, "浙江省/绍兴市/嵊州市", "县"},
    {"one official coming to 我县 (…常务副主席某某来我县调研) is a visit the county tells",
     "11月27日，市总工会党组书记、常务副主席殷某来我县调研指导县工人文化宫项目建设工作。\n"
     "殷某详细了解工程建设进度，希望我县打造职工服务阵地。\n",
     0, NULL, "news", NULL, NULL, "县"},
    {"… and a party coming to the host by its name to inspect (来娄星区督察): the host's",
     "8月7日，省总工会副巡视员田某一行3人来娄星区督察工会改革工作。\n会上，督察组听取了工作情况汇报。\n",
     0, NULL, "news", NULL, "湖南省/娄底市/娄星区", "县"},
    {"an autonomous region's gathering named by 自治区 after its year, held: the region's tier",
     "5月30日下午，2024年自治区五一劳动奖颁奖大会在宁夏人民会堂举行，现场揭晓了获奖名单，"
     "宁夏回族自治区首届塞上工匠名单也在大会上公布。\n", 2024, NULL,
     "news", NULL, "宁夏回族自治区", "省"},
    {"an official attending a launch (某主席出席启动仪式) opens news",
     "自治区人大常委会副主任、总工会主席某某出席启动仪式，并为6家参建单位代表授旗。\n", 0, NULL, "news",
     NULL, NULL, NULL},
    {"… but a chronicle's year and its attendance (1950年，出席…大会的劳动模范913人) do not",
     "1950年，出席市首届职工劳动模范代表大会的劳动模范913人；1952年，出席市第二届大会的劳动模范679人。\n",
     0, NULL, "other", NULL, NULL, NULL},
    {"a day and its part opening the text (2011年7月20日下午，…) tells what happened then",
     "2011年7月20日下午，市委常委、市总工会主席刘某等领导到建筑工地，了解农民工入会情况。\n", 2011, "dated",
     "news",
     "市总工会", NULL, "市"},
    {"a body's call to its workers (特向全市职工发出如下倡议) is a notice to them",
     "当前，疫情防控工作正处于关键时期。\n为此，市总工会特向全市广大职工发出如下倡议：\n一、提高思想认识。\n二、做好个人防护。\n",
     0, NULL, "notice", NULL, NULL, "市"},
    {"… but news that a body made a call stays news",
     "近日，市总工会向全市广大职工发出倡议，号召职工做好疫情防控。\n", 0, NULL, "news", "市总工会", NULL,
     "市"},
    {"a passage opening 会上 reports a meeting; its publication line and deployed year agree",
     "来源： 时间：2019-04-02 09:30\n会上，某县总工会副主席总结了2018年工作，安排部署2019年工作任务。\n",
     2019, NULL, "news", "某县总工会", NULL, "县"},
    {"a headline with a comma stands above the article: its first prose line decides",
     "送温暖,过暖年\n发布时间:2021-01-29\n“辛苦了！”近日，某区总工会走访慰问一线职工。\n",
     2021, "published", "news", "某区总工会", NULL, "县"},
    {"a publication line in Chinese numerals (发布日期：二〇一六年三月二日) is one too",
     "某县总工会召开全委会议\n发布日期：二〇一六年三月二日\n近日，某县总工会召开全委会议。\n", 2016, "published",
     "news", "某县总工会", NULL, "县"},
    {"an e-paper's controls around its issue's date (上一篇 下一篇 2019年10月16日 放大 缩小) date the page",
     "3上一篇  下一篇4 2019年10月16日 放大 缩小 默认\n某镇总工会深耕服务阵地建设\n"
     "近日，某镇总工会召开会议，为某公司工会授书。\n",
     2019, "published", "news", "某镇总工会", NULL, "乡镇"},
    {"… and a date followed by its weekday in English (2016/09/08, Thursday)",
     "某职工之家举办讲座\n2016/09/08, Thursday\n近日，某职工之家举办讲座，百余名职工参加。\n", 2016,
     "published", "news", NULL, NULL, NULL},
    {"… and a byline ending in its date and time (记者某某/宜兰报导 2017.05.02 00:00)",
     "首页\n地方新闻\n宜兰\n某乡公所举办劳工运动会\n台湾好新闻/记者某某/宜兰报导 2017.05.02 00:00\n"
     "某乡公所1日举办劳工运动会，各工会踊跃参加。\n",
     2017, "published", "news", NULL, NULL, NULL},
    {"… and so does a label set apart from its colon (时间 : 2025-03-14)",
     "某医院工会举办三八活动\n时间 : 2025-03-14 浏览 : 120\n近日，某医院工会举办三八妇女节活动。\n", 2025, "published",
     "news", "某医院工会", NULL, "基层"},
    {"… and a post's byline ending in its date (某区总工会 幸福某区 2024-04-15)",
     "某区总工会建成爱心妈咪小屋\n某区总工会 幸福某区 2024-04-15\n为了让职场妈妈安心备奶，某区总工会建成爱心妈咪小屋。\n",
     2024, "published", "news", "某区总工会", NULL, "县"},
    {"a site's clock (当前时间:2019年01月05日) is no publication line: the one under the headline is",
     "当前时间:2019年01月05日\n某区职工跳绳比赛在体育馆举行\n发布时间: 2018-09-27\n"
     "9月26日，某区职工跳绳比赛在体育馆举行，300余名职工参加。\n", 2018, "published", "news", NULL, NULL,
     NULL},
    {"a date run together on a line of its own under the headline (20220204) is the page's",
     "某职工会就邮差工时发表声明\n20220204\n某职工会今日表示，本月28日起的工时安排须先与员工商讨。\n", 2022,
     "published", "news", "某职工会", NULL, NULL},
    {"… but not eight digits with no real month (20221404)",
     "某职工会就邮差工时发表声明\n20221404\n某职工会今日表示，工时安排须先与员工商讨。\n", 0, NULL,
     "news", "某职工会", NULL, NULL},
    {"news of 12月26日 under a line dated 2024-03-29: a later copy's date, or last year's event: none",
     "某县教育工会举办交流会\n发布时间:2024-03-29\n12月26日，某县教育工会举办工会工作交流会。\n", 0, NULL,
     "news", "某县教育工会", NULL, "县"},
    {"… but news of a day before its line's is the line's year",
     "某县教育工会举办交流会\n发布时间:2024-03-29\n3月26日，某县教育工会举办工会工作交流会。\n", 2024,
     "published", "news", "某县教育工会", NULL, "县"},
    {"… and so is a day to come (定于4月26日举办)",
     "某县教育工会将办交流会\n发布时间:2024-03-29\n某县教育工会定于4月26日举办工会工作交流会。\n", 2024,
     "published", "news", "某县教育工会", NULL, "县"},
    {"news of 1月13日 under a line dated 2019年11月01日: a copy's date, or an old story retold: none",
     "某区总工会到某社区慰问\n2019年11月01日\n1月13日上午，在春节来临之际，某区总工会到某社区慰问灵活就业人员。\n", 0,
     NULL, "news", "某区总工会", NULL, "县"},
    {"… and the line's own day is skipped even with the body glued to it",
     "某区总工会到某社区慰问\n发布时间:2019年11月01日 1月13日上午，某区总工会到某社区慰问灵活就业人员。\n", 0,
     NULL, "news", "某区总工会", NULL, "县"},
    {"… and short lines (查看原文, a photo credit) do not push the day out of the opening",
     "查看原文\n其他\n某县总工会把慰问送到抗震一线\n某省工会 2024-01-19\n某某供图\n"
     "9月8日，某县总工会党组书记带领职工志愿者前往受灾乡镇慰问。\n", 0, NULL, "news", "某县总工会", NULL, "县"},
    {"… but a season's delay (4月13日 under 2019-08-01) is a late report of the line's year",
     "某区总工会到某社区慰问\n2019年08月01日\n4月13日上午，某区总工会到某社区慰问灵活就业人员。\n", 2019,
     "published", "news", "某区总工会", NULL, "县"},
    {"… and a day under a poster's byline and a caption still counts (6月6日 under 2020-12-18)",
     "admin 发表于 2020-12-18 19:26:08\n某省劳模交流会举行\n张某(右)与李某互赠纪念品。某某 摄\n"
     "6月6日下午，某省劳模交流会在某市举办。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"an agency's lead in brackets (【本报讯】) is news, whatever the verbs",
     "【本报讯】某市职工书屋上月廿三日迎来一批新书。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"what someone said, reported (张某要求，…) is news",
     "张某某要求，要深刻认识新就业形态劳动者入会工作的重要性，抓好各项任务落实。\n", 0, NULL,
     "news", NULL, NULL, NULL},
    {"a recent act (日前…成立) is news; 成立 alone in a history is not",
     "日前，某医院成立五个分工会，选出了各分工会委员。\n", 0, NULL, "news", NULL, NULL, "基层"},
    {"… nor a building begun (于2024年4月开始筹建) or a deed done once (曾经组织过2008年…)",
     "11月1日，某县货车司机之家正式启用。司机之家于2024年4月开始筹建，配备休息室和淋浴间。\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"a Corps division's city federation (阿拉尔市总工会, 6590xx) is at a prefecture's tier",
     "阿拉尔市总工会开展金秋助学活动\n8月30日，阿拉尔市总工会举行金秋助学金发放仪式。\n",
     0, NULL, "news", "阿拉尔市总工会", "新疆维吾尔自治区/阿拉尔市", "市"},
    {"a journal database's record is dated by its issue (出处 《…》 2015年第31期)",
     "摘要\n某市厂务公开工作坚持整合资源，明确工作目标，创新体制机制。\n出处\n《工会信息》\n"
     "2015年第31期2-,共1页\n",
     2015, "journal issue", "other", NULL, NULL, NULL},
    {"a bare year opening a contest's name held in its sentence (举行了2024哈市…比赛) dates the news",
     "7日，松花江上举行了2024哈市职工冰上龙舟、冰帆和雪地足球比赛，各区县代表队参加。\n",
     2024, "dated", "news", NULL, NULL, NULL},
    {"… but not a count of people taking part (2011名职工参加比赛)",
     "全县有2011名职工参加比赛，比赛在体育馆举行。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"a unit standing in a township is placed in its county, where GB/T 2260 stops",
     "柏林镇某某公司工会开展送清凉活动\n9月5日，平邑县柏林镇某某公司工会为一线职工送去防暑用品。\n",
     0, NULL, "news", "平邑县柏林镇某某公司工会", "山东省/临沂市/平邑县", "基层"},
    {"a page in English: the All-China Federation of Trade Unions is the nation's body",
     "The Chinese Trade Union Holds Its National Congress\nBetween 22 and 26 October 2018, the All-China "
     "Federation of Trade Unions (ACFTU) convened its Seventeenth National Congress in Beijing. Delegates "
     "from across the country reviewed the work of the past five years and elected a new executive "
     "committee for the years ahead.\n",
     0, NULL, "news", "All-China Federation of Trade Unions", "全国", "全国"},
    {"… a district's federation, named with its city and province, at a county's tier in its province",
     "Zhonggong Entertainment\nCangzhou Yunhe District Federation of Trade Unions launched a summer theme "
     "activity\nOn June 6, the Federation of Trade Unions of Yunhe District, Cangzhou City, Hebei Province "
     "held an activity at the outdoor workers post in the city, where volunteers handed out cool drinks "
     "and medicine to delivery riders and sanitation workers.\n",
     0, NULL, "news", "Cangzhou Yunhe District Federation of Trade Unions", "河北省", "县"},
    {"… Hong Kong's federation, its article left out, at a province's tier",
     "No march this year\nThe Hong Kong Federation of Trade Unions announced on Sunday that it would hold a "
     "series of events ahead of Labour Day next Wednesday to raise awareness of the importance of labour "
     "value and dignity among the working people of the city, and its lawmakers would meet officials.\n",
     0, NULL, "news", "Hong Kong Federation of Trade Unions", "香港特别行政区", "省"},
    {"… but a translated sentence's county federation in lower case names no body",
     "A meeting was held\nOn the afternoon of the 8th, the county federation of trade unions convened an "
     "enlarged meeting of its committee, and the spirit of the provincial and municipal federations was "
     "conveyed in written form to all members present at the meeting that day.\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"an English page that tells of no deed (a history, a profile) stays other",
     "About the federation\nThe Guangdong Federation of Trade Unions is the province's federation of "
     "trade unions. It represents the workers of the province, has upheld their rights and interests and "
     "works with employers and the government on wages, safety and training across all trades.\n",
     0, NULL, "other", "Guangdong Federation of Trade Unions", "广东省", "省"},
    {"a founding told as history is no news",
     "某某工会联合会成立于1950年4月17日，成立以来致力于维护会员权益。\n", 0, NULL, "other",
     "某某工会联合会", NULL, NULL},
    {"a gazetteer's section, its years all history over decades, is no news of a year",
     "1958年某某市总工会召开首届会员代表大会后，至1985年共召开了八次会员代表大会。\n"
     "1962年，市总工会组织职工开展技术革新活动。\n",
     0, NULL, "other", "某某市总工会", NULL, "市"},
    {"… but news that recalls such history writes today's year too",
     "1958年某某市总工会召开首届会员代表大会后，至1985年共召开了八次会员代表大会。\n"
     "2016年4月28日，某某市总工会召开第十五次会员代表大会。\n",
     2016, "dated", "news", "某某市总工会", NULL, "市"},
    {"people a union honours (全国优秀工会工作者) name no body",
     "近日，中华全国总工会发布了《关于表彰全国模范职工之家全国优秀工会工作者的决定》，某某公司工会榜上有名。\n",
     0, NULL, "news", "某某公司工会", NULL, "基层"},
    {"the national federation honouring a unit opens the unit's news: the unit is its subject",
     "近日，中华全国总工会下发了关于表彰全国模范职工之家的决定，某某公司工会荣获“全国模范职工之家”称号。\n"
     "近年来，公司工会坚持以职工为中心，扎实开展建家活动。\n",
     0, NULL, "news", "某某公司工会", NULL, "基层"},
    {"… but its own meeting stays its news, whatever honours follow in the next sentence",
     "中华全国总工会今天在北京召开执委会议。会议表彰了一批先进集体和个人。\n", 0, NULL, "news",
     "中华全国总工会", "全国", "全国"},
    {"a higher body's party visiting the county that writes (来我区调研): the host's union, at its tier",
     "11月22日下午，省总工会副主席某某一行来我区调研县级工会建设工作。\n"
     "区委常委、区总工会主席某某参加调研。\n",
     0, NULL, "news", "区总工会", NULL, "县"},
    {"… named by its place where the page writes it so, over a bare 市总工会 first",
     "7月4日，省总工会副主席某某一行莅临我市调研。\n"
     "调研组来到市总工会工匠学院，并指出某某市总工会近年来成效显著。\n",
     0, NULL, "news", "某某市总工会", NULL, "市"},
    {"… but with no visiting party told, the higher body's own event stays its news",
     "省总工会在我市召开全省工会工作现场推进会。\n各市总工会负责人参加会议。\n", 0, NULL, "news",
     "省总工会", NULL, "省"},
    {"… nor does a lower body's party visiting a city: the visitor's own news",
     "某某县总工会考察组一行来我市学习职工之家建设经验。\n", 0, NULL, "news", "某某县总工会", NULL,
     "县"},
    {"a visit told coming to a place by its short name (来三明市调研), as only the host writes: the host's",
     "10月9日，省总工会主席某某一行来三明市调研工会工作。市委副书记、市总工会主席某某陪同调研。\n", 0,
     NULL, "news", "市总工会", "福建省/三明市", "市"},
    {"… by its one-character name (来漳), the city the text names that starts with it",
     "省总工会调研组来漳\n8月3日，省总工会调研组来漳调研。调研组走访了漳州某某公司。\n", 0, NULL,
     "news", NULL, "福建省/漳州市", "市"},
    {"… the city, where only a county of it starting so is named (漳浦)",
     "省总工会调研组来漳\n8月3日，省总工会调研组来漳调研，走访了漳浦某某制帽有限公司。\n", 0, NULL,
     "news", NULL, "福建省/漳州市", "市"},
    {"… but not when two places start so (淮安, 淮南): whose?",
     "8月3日，省总工会调研组来淮调研。调研组走访了淮安某公司和淮南某公司。\n", 0, NULL, "news",
     "省总工会", NULL, "省"},
    {"… nor 莅临 before the place's full name, which the visitor's own site writes too",
     "湛江市总工会领导莅临江洪镇调研指导工作\n5月29日，湛江市总工会主席某某等领导莅临遂溪县江洪镇调研指导工作。"
     "县总工会及江洪镇领导参加调研。\n",
     0, NULL, "news", "湛江市总工会", "广东省/湛江市", "市"},
    {"… nor where the visitor's own voice goes to the place (赴三明市调研)",
     "10月9日，省总工会主席某某一行赴三明市调研工会工作。市总工会主席某某陪同调研。\n", 0, NULL,
     "news", "省总工会", "福建省", "省"},
    {"a province's postal union (福建郵政工會) is a firm's, at no federation's tier",
     "福建郵政工會舉辦健步走活動\n9月9日，福建郵政工會組織職工開展健步走活動。\n", 0, NULL, "news",
     "福建郵政工會", "福建省", NULL},
    {"… and a city's (莆田市邮政工会)",
     "莆田市邮政工会开展送温暖活动\n2月16日，莆田市邮政工会走访慰问困难职工。\n", 0, NULL, "news",
     "莆田市邮政工会", "福建省/莆田市", NULL},
    {"… but a county's (闽侯邮政工会) is its branch's, a unit's",
     "闽侯邮政工会开展读书活动\n10月27日，闽侯邮政工会组织职工开展读书活动。\n", 0, NULL, "news",
     "闽侯邮政工会", "福建省/福州市/闽侯县", "基层"},
    {"a date line after the site's name and address (风光东坑 http://… 2023-03-21 17:17)",
     "某某街道工会驿站启用\n今天上午，某某街道工会驿站正式启用。\n驿站设有休息区。\n驿站还设有阅读区。\n"
     "风光东坑  http://dk.example.com/   2023-03-21 17:17\n驿站将长期开放。\n",
     2023, "published", "news", "某某街道工会", NULL, "乡镇"},
    {"… a date line with its count of views (2020-09-29 某某工会 9355次)",
     "某某县总工会召开全委会\n2020-09-29 某某工会 9355次\n9月28日，某某县总工会召开全委会。\n", 2020,
     "published", "news", "某某县总工会", NULL, "县"},
    {"… or of shares, after a bullet (- 2020-01-17 437 分享)",
     "某某县总工会慰问困难职工\n- 2020-01-17 437 分享\n1月12日，某某县总工会走访慰问困难职工。\n", 2020,
     "published", "news", "某某县总工会", NULL, "县"},
    {"… but a sentence opening on a date with a count in it is no date line",
     "某某县总工会召开会议\n2020-09-29，某某县总工会召开第3次会议，120名代表出席。\n", 0, NULL, "news",
     "某某县总工会", NULL, "县"},
    {"a gathering named by its province and held, no union said to convene it: the province's tier",
     "山西表彰一批劳动模范\n4月29日，山西省五一劳动奖表彰大会在太原召开。68个单位获省五一劳动奖状。\n", 0,
     NULL, "news", NULL, "山西省", "省"},
    {"… right after the day (4月26日甘肃省…大会在兰州举行)",
     "本报讯 4月26日甘肃省庆祝“五一”国际劳动节暨表彰大会在兰州举行。\n", 0, NULL, "news", NULL,
     "甘肃省", "省"},
    {"… by its city's (烟台市…表彰大会召开)",
     "4月28日上午，烟台市庆祝“五一”国际劳动节暨劳动模范表彰大会召开。市委书记出席会议。\n", 0, NULL,
     "news", NULL, "山东省/烟台市", "市"},
    {"… and the city convening a gathering of a long name (太原市召开纪念“五一”…命名大会)",
     "4月26日，太原市召开纪念“五一”国际劳动节暨第二届“时代新人·晋阳工匠”命名大会。市委书记出席。\n", 0,
     NULL, "news", NULL, "山西省/太原市", "市"},
    {"… in its own paper's words (我省举行…表彰大会)",
     "我省举行庆祝五一暨劳模表彰大会\n4月27日，省领导为广东省五一劳动奖获得者代表颁奖。\n", 0, NULL,
     "news", NULL, "广东省", "省"},
    {"… an autonomous region by its short name, honouring (宁夏表彰…)",
     "宁夏表彰一批五一劳动奖获得者\n4月28日，自治区领导为先进集体和个人颁奖。\n", 0, NULL,
     "news", NULL, "宁夏回族自治区", "省"},
    {"… an award ceremony named 颁奖会 (甘肃省庆祝五一颁奖会在兰州举行)",
     "4月25日，甘肃省庆祝五一颁奖会在兰州举行，表彰了一批先进个人。\n", 0, NULL,
     "news", NULL, "甘肃省", "省"},
    {"… a gathering's count before the place (第二届贵州省…发布仪式在贵阳举行)",
     "11月27日，第二届贵州省“最美劳动者”发布仪式在贵阳举行，发布了一批先进典型。\n", 0, NULL,
     "news", NULL, "贵州省", "省"},
    {"… and a headline welcoming (…暨欢迎全国劳动模范大会在肥举行) is no banner",
     "安徽省庆祝五一暨欢迎全国劳动模范大会在肥隆重举行\n2015-05-01 08:45\n"
     "4月30日上午，大会在大剧院隆重召开。省委书记出席会议并讲话。\n", 2015, "published",
     "news", NULL, "安徽省", "省"},
    {"… but not a unit's congress whose name starts with the city (天津医科大学…职工代表大会): the unit's",
     "天津医科大学肿瘤医院三届九次职工代表大会圆满召开\n6月20日，大会听取了院长工作报告。\n", 0, NULL,
     "news", NULL, "天津市", "基层"},
    {"… nor units of the province winning, no gathering held",
     "山西一批单位获奖\n4月29日，山西省68个单位在太原获得五一劳动奖状。\n", 0, NULL, "news", NULL,
     "山西省", NULL},
    {"a firm named by its province's one-character name (冀中能源) is in that province",
     "冀中能源某某矿工会开展送清凉活动\n7月10日，冀中能源某某矿工会为一线职工送去防暑用品。\n", 0, NULL,
     "news", "冀中能源某某矿工会", "河北省", "基层"},
    {"… but not a name no province's (京东物流公司工会)",
     "京东物流公司工会开展送清凉活动\n7月10日，京东物流公司工会为一线职工送去防暑用品。\n", 0, NULL,
     "news", "京东物流公司工会", NULL, "基层"},
    {"… nor a place that starts with the character (湘西州总工会 is 湘西's)",
     "湘西州总工会召开全委会\n7月10日，湘西州总工会召开全委会。\n", 0, NULL, "news", "湘西州总工会",
     "湖南省/湘西土家族苗族自治州", "市"},
    {"Taiwan's state firms (台鐵) mark a page of Taiwan: its company union is Taiwan's, a unit's",
     "台鐵產業工會發起抗議\n台鐵產業工會今日在車站前召開記者會，要求改善班表。\n", 0, NULL, "news",
     "台鐵產業工會", "台湾省", "基层"},
    {"… and so does its 勞動部",
     "工會要求調漲基本工資\n多個工會今日前往勞動部陳情，要求調漲基本工資。\n", 0, NULL, "news", NULL,
     "台湾省", NULL},
    {"… but not a mainland 劳动部门",
     "縣總工會聯合勞動部門開展維權活動\n7月10日，縣總工會聯合勞動部門開展農民工維權活動。\n", 0, NULL,
     "news", "縣總工會", NULL, "县"},
    {"a former county's name (宜宾县, now 叙州区) is the body's whole place, not 宾县 inside it",
     "1月15日至2月3日，宜宾县总工会持续开展元旦春节送温暖活动。\n", 0, NULL, "news",
     "宜宾县总工会", "四川省/宜宾市/叙州区", "县"},
    {"news that says what this year is (2022年是…关键之年): that year",
     "4月28日，某某公司工会召开劳动竞赛启动会。\n2022年是公司转型发展的关键之年，全体职工要建功立业。\n"
     "公司产值比2020年翻了一番。\n",
     2022, "this year is", "news", "某某公司工会", NULL, "基层"},
    {"… but not when it says so of two years",
     "4月28日，某某公司工会召开劳动竞赛启动会。\n2021年是公司的丰收之年，2022年是公司转型发展的关键之年。\n",
     0, NULL, "news", "某某公司工会", NULL, "基层"},
    {"a paper's own mark glued to its first words (本报讯2012年春节临近) leads news",
     "本报讯2012年春节临近，某矿区处处洋溢着喜庆的氛围。\n矿工会为困难职工送去慰问品。\n", 2012,
     "deploys", "news", "矿工会", NULL, "基层"},
    {"a wire's dateline (…8月18日电) leads news",
     "某某网安徽新闻8月18日电 省劳模某某在某市总工会金秋助学现场为受资助大学生上好开学第一课。\n", 0,
     NULL, "news", "某市总工会", NULL, "市"},
    {"金门县 is Taiwan's on any page: its federation stands at the island's city tier",
     "金门县总工会昨日举行庆祝五一劳动节大会，表扬模范劳工。\n", 0, NULL, "news", "金门县总工会",
     "台湾省", "市"},
    {"a team's sub-union (采煤二队支工会) is a grassroots union",
     "近日，采煤二队支工会组织职工为困难工友开展募捐活动。\n", 0, NULL, "news",
     "采煤二队支工会", NULL, "基层"},
    {"南投 names a page of Taiwan, whose years are the Republic's (114年 → 2025)",
     "南投縣114年勞工運動大會22日上午盛大登場，吸引縣內20支隊伍參加。\n", 2025, "the only year",
     "news", NULL, "台湾省", NULL},
    {"a forum poster's sign-up day (注册时间:) dates nothing",
     "市总工会开展送清凉活动\n注册时间: 2018-06-08\n楼主 发表于: 2020-07-10\n"
     "7月9日，市总工会走访慰问高温下坚守岗位的一线职工。\n",
     2020, "published", "news", "市总工会", NULL, "市"},
    {"a workers' congress held where no body is named: a unit's page (职代会)",
     "3月18日，第三届职代会第二次会议召开，审议通过了行政工作报告。\n",
     0, NULL, "news", NULL, NULL, "基层"},
    {"… and a mine's union named by its kind alone (矿工会)",
     "近日，矿工会组织女职工开展安全知识竞赛，各区队踊跃参加。\n",
     0, NULL, "news", "矿工会", NULL, "基层"},
    {"a mining area's union (矿区工会) is a unit's, not 阳泉's district named 矿区",
     "近日，铜川矿区工会开展女职工读书活动，取得了丰硕成果。\n", 0, NULL, "news", "矿区工会",
     "陕西省/铜川市", "基层"},
    {"全州工会 is every union of the prefecture, not 广西's 全州县",
     "州总工会女工部将对全州女职工工作情况开展调查研究\n"
     "为进一步创新发展我州工会女职工工作，州总女职工部于6月份开始对全州工会女职工工作情况开展调研。\n"
     "调研组将深入延边州各县市。\n",
     0, NULL, "news", "州总工会", "吉林省/延边朝鲜族自治州", "市"},
    {"a federation of unions named 全国…工会总联合会 is Taiwan's on any page",
     "全国教师工会总联合会今天召开记者会，呼吁调整薪资。\n", 0, NULL, "news", "全国教师工会总联合会",
     "台湾省", "省"},
    {"a photo credit above the article is not its opening",
     "某某工会干部合影。图:某市政府/提供\n[某某新闻] 某市劳工局昨(22)日举办与工会座谈活动。\n", 0,
     NULL, "news", NULL, NULL, NULL},
    {"a page headed by a question is a reference page, whatever it lists",
     "中国工会是怎么产生的?\n第一次全国劳动大会:1922年5月1日在广州召开。\n第二次全国劳动大会:"
     "1925年5月1日在广州召开。\n",
     0, NULL, "other", NULL, NULL, NULL},
    {"a target year (力争到2012年) is not the year of the news reporting it",
     "某总工会副主席日前表示，力争到2012年在已建工会的企业普遍推行工资集体协商。\n", 0, NULL,
     "news", NULL, NULL, NULL},
    {"… its subject after a comma and 将持续 (2026年，全区各级工会将持续…)",
     "1月7日，某区总工会召开2025年工作总结会。会议作了工作总结和安排部署。"
     "2026年，全区各级工会将持续推动党的创新理论入脑入心。\n",
     2026, "deploys", "news", "某区总工会", NULL, "县"},
    {"a meeting's news: what the year will do (2015年学校将紧紧围绕…) deploys it",
     "某校教代会召开\n3月26日，某大学教职工代表大会隆重召开。副校长作2014年学校工作报告，"
     "全面总结了2014年学校主要工作。2015年学校将紧紧围绕发展目标推进综合改革。\n",
     2015, "deploys", "news", NULL, NULL, "基层"},
    {"… and so does 2009年要…",
     "在全市工会工作会议上的讲话\n同志们：在2008年职代会建设取得成效的基础上，"
     "2009年要进一步巩固规范职代会制度。\n",
     2009, "deploys", "speech", NULL, NULL, "市"},
    {"… but 将 as 把 (将职工之家建设列入…) deploys nothing",
     "某县总工会召开全委会议\n会议指出，2010年，全县工会将职工之家建设列入重要议程。"
     "会议部署了2011年工作任务。\n",
     2011, "deploys", "news", "某县总工会", NULL, "县"},
    {"… nor a year running out (2022年即将要过去了)",
     "某公司工会召开会员代表大会\n会议明确了2023年全年的工作重点。2022年即将要过去了，大家畅所欲言。\n",
     2023, "deploys", "news", "某公司工会", NULL, "基层"},
    {"a date in digits beside the headline, time or not, is the page's",
     "【某某工会联合会新闻稿】2011.07.11\n某某工会联合会今天举行成立大会，各界人士到场祝贺。\n",
     2011, "published", "news", "某某工会联合会", NULL, NULL},
    {"a year naming a campaign (2017“金秋助学”) is written as a year",
     "近日，州总工会开展2017“金秋助学”活动，帮扶困难职工子女89名。\n", 2017, NULL, "news",
     "州总工会", NULL, "市"},
    {"a 全國… federation on a page naming Taiwan's president is the island's",
     "【全國教師工會總聯合會新聞稿】\n全國教師工會總聯合會今天舉行成立大會，馬英九總統親往祝賀。\n",
     0, NULL, "news", "全國教師工會總聯合會", "台湾省", "省"},
    {"the start of a span (自2007年8月…以来) is never the news's year",
     "某区总工会开展金秋助学\n日前，某区总工会举行金秋助学活动启动仪式。"
     "自2007年8月某区总工会启动该活动以来，累计资助职工子女573名。\n",
     0, NULL, "news", "某区总工会", NULL, "县"},
    {"a year in the title of a document acted on (根据《…2018年…的通知》) is cited",
     "某某工会关于授予示范单位称号的决定\n根据《某某工会2018年有关工作安排的通知》精神，"
     "开展了评选活动，决定授予94个集体示范单位称号。\n",
     0, NULL, "notice", NULL, NULL, NULL},
    {"a meeting that honoured 2018 and deployed 2019: news for 2019",
     "会议表彰了2018年度优秀基层工会，部署了2019年公司工会工作。各基层工会主席交流了工作。\n",
     2019, "deploys", "news", NULL, NULL, "基层"},
    {"a body named by its tier alone, on a site whose furniture names its owner",
     "县总工会召开全委扩大会议\n3月22日上午，县总工会召开十二届九次全委（扩大）会议，"
     "全面总结2016年全县工会工作，部署2017年各项目标任务。\n"
     "版权所有：咸阳市总工会 地址：某某路1号 电话：12345678\n",
     2017, "deploys", "news", "县总工会", "陕西省/咸阳市", "县"},
    {"a district's short name with 县 is the county it was (崇明县 → 崇明区)",
     "崇明县总工会开展金秋助学活动\n近日，崇明县总工会走访慰问困难职工子女。\n", 0, NULL, "news",
     "崇明县总工会", "上海市/崇明区", "县"},
    {"a headline that sounds like a plan over a dated meeting report: news",
     "原标题:某省总工会今年要做实十项重点工作\n2月28日上午，某省总工会召开十三届六次全委（扩大）会，"
     "回顾总结2018年全省工会工作，安排部署2019年工作任务。\n",
     2019, "deploys", "news", "某省总工会", NULL, "省"},
    {"a sentence told in the past (…通报了2021年工作计划) is no plan's title",
     "某医院工会召开职工代表大会\n近日，某医院工会召开2021年职工代表大会。\n"
     "医院党委副书记向与会代表通报了医院2020年工作亮点及2021年工作计划\n",
     2021, NULL, "news", "某医院工会", NULL, "基层"},
    {"a speech's title glued to its text (在…成立大会上的讲话稿…) is a speech",
     "在公司工会成立大会上的讲话稿秋去冬来，喜讯频传。今天，我们迎来了公司工会成立的大喜日子。\n",
     0, NULL, "speech", NULL, NULL, "基层"},
    {"a journal's <正> before 各位代表 does not hide a report",
     "摘要\n<正>各位代表:现在，我代表某某系统工会，向大会报告过去三年工作，请予审议。\n", 0, NULL,
     "report", "某某系统工会", NULL, NULL},
    {"a page that opens with when the union was founded is about it",
     "我校工会成立于1961年，五十余年来深入开展建家活动。2006年12月，我校工会被评为模范职工之家。\n",
     0, NULL, "other", NULL, NULL, "基层"},
    {"a 州's union in news datelined from its seat (香格里拉网讯) is the prefecture's",
     "香格里拉网讯（通讯员 某某）近日，州总工会开展金秋助学活动，全州共计帮扶困难职工子女89名。\n",
     0, NULL, "news", "州总工会", "云南省/迪庆藏族自治州", "市"},
    {"a 街 (Guangzhou's 街道) union is a street's, not a city's of the same stem",
     "3月13日上午，沙湾街总工会召开第一届委员会第七次全体委员会议。\n", 0, NULL, "news",
     "沙湾街总工会", NULL, "乡镇"},
    {"prose no other rule places, on a page its site dated, is the site's news",
     "某市：220个驿站全天服务\n政务 2024-11-06 19:13 黑龙江\n"
     "近年来，某市总工会结合户外劳动者需求，累计投入630余万元，建设了220个工会驿站。\n",
     2024, "published", "news", "某市总工会", NULL, "市"},
    {"总结和明年工作计划: a summary, of the year it opens with, not the one it builds on",
     "某镇工会工作总结和明年工作计划\n2017年，镇工会在总结2016年工作经验的基础上，"
     "开展了职工之家建设，取得了成效。\n",
     2017, "opening", "summary", "某镇工会", NULL, "乡镇"},
    {"職工盟 is Hong Kong's confederation, named by itself",
     "商議解散前夕 職工盟擺街站\n職工盟在上月中宣布啟動解散程序，今日下午召開特別會員大會作表決。\n", 0,
     NULL, "news", "職工盟", "香港特别行政区", "省"},
    {"a local paper's dateline (某城讯 8月27日，…) leads news",
     "某城讯 8月27日，某区总工会2013年金秋助学金发放，共发放助学金10余万元。\n"
     "据介绍，今年受助的学生多是困难职工子女。\n",
     2013, NULL, "news", "某区总工会", NULL, "县"},
    {"a scene set first (春运开始了，…), then the day's news: news",
     "春运开始了，各地民工纷纷回家过春节。此时此刻，工会并没有忘记为民工兄弟维权。\n"
     "日前，某市总工会开展为返乡民工“送法护航”行动。\n",
     0, NULL, "news", "某市总工会", NULL, "市"},
    {"a paper named after 来源: and a blank is a press page",
     "《某人》讲工联七十岁月\n来源: 某某日报 发布时间:2019-12-9 浏览次数:60\n"
     "成立于一九五○年的某某工会联合总会即将迈向七十周年，回顾了走过的道路。\n",
     2019, "published", "news", NULL, NULL, NULL},
    {"… and what a paper prints of a year's work is news, not a summary",
     "职工之家遍地开花\n来源: 某某日报\n一年来，某县总工会开展了职工之家建设，取得了明显成效。\n", 0,
     NULL, "news", "某县总工会", NULL, "县"},
    {"今年 before a union word is no part of a body's name",
     "某某网讯 为确保今年全市工会工作有新的起色，禹城市总工会提出了2014年全市工会工作要点。\n",
     2014, "deploys", "news", "禹城市总工会", "山东省/德州市/禹城市", "县"},
    {"the period a cited decision honours (表彰2005年度…) is not the meeting's year",
     "4月28日，五一前夕，县总工会举办劳动竞赛表彰大会暨职工登山比赛。"
     "表彰会上宣读了《关于表彰2005年度全县四创竞赛活动四个十佳的决定》。\n",
     0, NULL, "news", "县总工会", NULL, "县"},
    {"a document a news sentence says was issued (…，下发《…实施意见》) is not its title",
     "日前，某区总工会举办2013年安康杯工作推进会，回顾总结2012年安康杯工作，"
     "下发《关于进一步推进安康杯竞赛活动的实施意见》，部署下阶段工作。\n",
     2013, NULL, "news", "某区总工会", NULL, "县"},
    {"a chronicle (大事记) is no one document, whatever its entries tell",
     "中国工会100年大事记(下)\n发布时间:2025-07-13\n1月7日，某国际论坛在北京召开。\n"
     "10月21日，全总新一届领导班子成员座谈。\n",
     0, NULL, "other", NULL, NULL, NULL},
    {"a study of unions (…调研报告) is no union's document, though it tells of 调研",
     "2023年工会调研报告7篇\n为了解基层工会建设情况，课题组赴各县开展调研。\n一、基本情况。\n", 0, NULL,
     "other", NULL, NULL, NULL},
    {"an addressee line among the first (所属各分会:) makes a notice",
     "资讯中心\n所属各分会:\n值此五一国际劳动节来临之际，所工会研究决定举办职工运动会。请各分工会积极组织。\n",
     0, NULL, "notice", "所工会", NULL, "基层"},
    {"… even over a news-like next line (近期市总工会发文…)",
     "市局各科，市调查中心各科:\n近期市总工会发文，将举办以下活动和比赛，请各科积极组织参加。\n", 0,
     NULL, "notice", NULL, NULL, NULL},
    {"… but a greeting to people (全国各族职工:) is no notice",
     "全国各族职工:\n岁序更替，华章日新。值此元旦春节来临之际，谨向广大职工致以节日的问候！\n", 0, NULL,
     "other", NULL, NULL, NULL},
    {"某某在…代表大会开幕式上的讲话 is a speech, though 开幕 is named",
     "王某某在某市工会第十三次代表大会开幕式上的讲话专题\n各位代表、同志们:\n我市两会刚刚闭幕。\n", 0,
     NULL, "speech", "某市工会", NULL, "市"},
    {"今年以来 with a body named in full and no 我们: its work reported, news",
     "今年以来，宁国市总工会在市区新建了5家户外劳动者驿站，并对原有站点进行了维护提升。\n", 0, NULL,
     "news", "宁国市总工会", "安徽省/宣城市/宁国市", "县"},
    {"… but a body's own 今年以来, naming itself by its tier (县总工会), is a summary",
     "今年以来，县总工会在县委的领导下，开展了职工之家建设，取得了明显成效。\n", 0, NULL, "summary",
     "县总工会", NULL, "县"},
    {"a firm writing of itself as 我司 is a grassroots union",
     "二届一次工会会员代表大会胜利召开\n9月23日，我司二届一次工会会员代表大会在公司会议室召开。\n", 0,
     NULL, "news", NULL, NULL, "基层"},
    {"a body with a day after it (…、某协会今天到…陈情) is the subject of what it did",
     "date 2025-08-12 日前多达30名移工加入一家工厂的企业工会，却陆续遭中介劝退。"
     "桃园市产业总工会、某某劳工协会今天到劳动部前陈情。\n",
     2025, "published", "news", "桃园市产业总工会", "台湾省", "市"},
    {"a history's first year (1950年5月建立…) opens no summary of ours",
     "衢县总工会工作总结\n1950年5月建立衢县总工会筹备委员会，1953年8月衢县总工会正式成立。\n", 0, NULL,
     "summary", "衢县总工会", NULL, "县"},
    {"a traditional-script page of Taiwan's naming no body is Taiwan's",
     "調漲最低工資記者會\n本會今日於勞動部前召開記者會，呼籲行政院與立法院正視基層勞工的處境，"
     "調漲明年最低工資。\n",
     0, NULL, "news", NULL, "台湾省", NULL},
    {"… and one of Hong Kong's is Hong Kong's",
     "商議解散前夕\n工會幹事今日在香港葵涌擺街站，分享參與工運的經歷和感受，不少市民駐足。\n", 0, NULL,
     "news", NULL, "香港特别行政区", NULL},
    {"a page in Hong Kong's own words (九巴, 運輸署) is Hong Kong's, naming 香港 or not",
     "九巴僱員工會要求加薪\n九巴僱員工會今日要求公司加薪，又批評運輸署的說法誤導。\n", 0, NULL,
     "news", "九巴僱員工會", "香港特别行政区", "基层"},
    {"… in simplified script too (本港)",
     "工会要求加薪\n多个工会今日联合要求资方为本港员工加薪百分之五。\n", 0, NULL, "news", NULL,
     "香港特别行政区", NULL},
    {"… but a county's 退教协 is no 教协",
     "县教育工会工作要点\n加强与县退教协的沟通，帮助退教协解决具体问题。\n", 0, NULL, "plan",
     "县教育工会", NULL, "县"},
    {"… and Macau's page with 本港 is not placed by it",
     "劳工团体座谈\n多个团体今日举行座谈，讨论本港与澳门的劳工政策。\n", 0, NULL, "news", NULL, NULL,
     NULL},
    {"a page in Macau's own words (本澳, 博企) and no body named: Macau",
     "某某權益會要求博企改善從業員福利，計劃明天發起遊行。\n本澳多個團體表示支持。\n",
     0, NULL, "other", NULL, "澳门特别行政区", NULL},
    {"a page in simplified script naming Taiwan's government (立法院) and its places: Taiwan",
     "要求退法案 百余劳工赴立院抗议\n行政院推动劳基法修法，今天晚间逾百名劳工至立法院外表达不满。\n",
     0, NULL, "news", NULL, "台湾省", NULL},
    {"… but a mainland writer's 中國臺灣、香港 places nothing",
     "工資集體協商是維權機制\n工資集體協商是協調機制。學者各有看法。\n"
     "工資集體協商在中國臺灣、香港的經驗值得研究，總統與立法院也曾討論。\n",
     0, NULL, "other", NULL, NULL, NULL},
    {"… nor does 香港 on a page in simplified script",
     "某市职工赴港交流\n近日，某市职工代表团赴香港交流学习，参观了多家企业。\n", 0, NULL, "news", NULL,
     NULL, NULL},
    {"a union's women's committee (女工委) is part of the union that acts",
     "5月19日，公司工会召开三委（扩大）会，公司工会委员、女工委委员共30余人参加。\n", 0, NULL, "news",
     NULL, NULL, "基层"},
    {"全国总工会 is the ACFTU, though 全国工会 is every union",
     "全国总工会副主席日前表示，要在各类企业普遍建立工会组织。\n", 0, NULL, "news", "全国总工会", "全国",
     "全国"},
    {"a converter's ??? before a paper's lead ends no sentence",
     "??? 本报讯（记者 某某）10月21日，市总工会组织全体工作人员召开专题会议，认真学习。\n"
     "??? 某某指出，要认真学习。\n",
     0, NULL, "news", "市总工会", NULL, "市"},
    {"总结了2019年…重点工作 reviews 2019, whatever noun follows",
     "4月26日，某县总工会召开全委会议，总结了2019年全县工会重点工作，"
     "并对2020年全县工会任务进行了安排部署。\n",
     2020, "deploys", "news", "某县总工会", NULL, "县"},
    {"the year of an event the news says was held (举办…2021年“金秋助学”发放仪式)",
     "本报讯 24日上午，某市总工会举办专题党课暨2021年“金秋助学”发放仪式。"
     "截至2020年，已累计资助困难职工子女3000余名。\n",
     2021, "dated", "news", "某市总工会", NULL, "市"},
    {"… not the period an honour looks back on (举行…表彰2015年度…)",
     "日前，某县总工会举行表彰2015年度全县四创竞赛十佳大会。截至2016年，全县已建会500家。\n", 0, NULL,
     "news", "某县总工会", NULL, "县"},
    {"a congress hearing last year's accounts (决算) and this year's budget (预算)",
     "3月3日，某医院召开第七届职工代表大会。与会人员审议了《2021年财务决算和2022年财务预算报告》。\n",
     2022, "deploys", "news", "某医院", NULL, "基层"},
    {"a year before ’ names an event (2014’海峡两岸工会论坛)",
     "各位代表、各位来宾:\n大家上午好!\n迎着和煦的春风，“2014’海峡两岸工会论坛”隆重开幕了。\n", 2014,
     "dated", "speech", NULL, NULL, NULL},
    {"a headline quoting a question before its answer is news, not a question page",
     "最低工资不再沿用公式？某某总工会要求部长道歉\n针对部长昨天在交流会议上的发言，某某总工会今天表示强烈不满。\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"无论如何 asks nothing",
     "商议解散前夕 工会摆街站:无论如何 我们还是在一起\n工会在上月中宣布启动解散程序，今日下午召开特别会员大会。\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"10月下旬，… opens news with its days",
     "某县工会驿站为户外劳动者解难题\n10月下旬，某县的4个工会爱心驿站在林场投入使用，24小时开放。\n",
     0, NULL, "news", "某县工会", NULL, "县"},
    {"2022年年初以来 starts a span, not the news's year",
     "为深入学习贯彻党的二十大精神，近日，省总工会决定命名134个职工创新工作室。"
     "2022年年初以来，各地积极推荐。\n",
     0, NULL, "news", "省总工会", NULL, "省"},
    {"a provincial union's month of 要事 is a chronicle",
     "某省总工会3月要事\n1 省总工会女职工委员会在省会召开健美操比赛。\n2 省总工会召开主席办公会议。\n",
     0, NULL, "other", "某省总工会", NULL, "省"},
    {"a journal article (中图分类号) is other, whatever it studies",
     "工会工作的新探索\n[中图分类号]F246 [文献标识码]A\n2013年，某区总工会召开全委会议，部署了2013年工作。\n",
     0, NULL, "other", "某区总工会", NULL, "县"},
    {"a summary's name glued to its text (…1-8月份工作汇报根据市总工会…) is a summary",
     "街道工会1-8月份工作汇报根据市总工会的会议要求，现就本街道1-8月份工作向大家作一交流。\n", 0,
     NULL, "summary", "街道工会", NULL, "乡镇"},
    {"… but a meeting held about one (召开2015年工作总结会) is news",
     "某县总工会召开2015年工作总结会，全县各级工会主席参加。\n", 0, NULL, "news", "某县总工会", NULL, "县"},
    {"a 省总工会 is placed by the cities its page names (…在济南召开)",
     "省总工会十四届一次全委会召开\n7月2日下午，省总工会第十四届委员会第一次全体会议在济南召开。\n", 0,
     NULL, "news", "省总工会", "山东省", "省"},
    {"news naming no body is at the tier its opening addresses (全省广大职工…)",
     "某某日报10月15日讯 肩负着全省广大职工的期望，今天，我省出席中国工会第十五次全国代表大会的代表启程。\n",
     0, NULL, "news", NULL, NULL, "省"},
    {"… on Taiwan's pages 全国各级工会 is the island's",
     "本會今日於立法院前召開記者會，呼籲全國各級工會共同爭取調漲基本工資。\n", 0, NULL, "news", NULL,
     "台湾省", "省"},
    {"a date with a time of day after a headline is the page's stamp",
     "某市劳工局长回应议员质询 2016/03/29 10:18 市议会昨天举行会议讨论放假修订案，劳工局长为政策辩护。\n",
     2016, "published", "news", NULL, NULL, NULL},
    {"a stamp written day first (30.11.2015 10:04) dates news too",
     "省工会代表大会闭幕\n30.11.2015  10:04\n11月27日，某省工会代表大会圆满完成各项议程，胜利闭幕。\n",
     2015, "published", "news", "某省工会", NULL, "省"},
    {"a date line ending in 发布 (2018-8-3 21:45:00发布94次查看) is a publication line",
     "某街道开展春节主题活动\n2018-8-3 21:45:00发布94次查看\n某街道开展春节主题活动，职工写春联。\n",
     2018, "published", "news", NULL, NULL, NULL},
    {"a speech's address on its own line below a quotation, title and date",
     "要把力量和资源向基层倾斜。\n在全省工会工作会议上的讲话\n(2019年8月19日)\n某某\n同志们:\n"
     "这次会议总结交流2019年上半年工作，提出到2020年困难职工全部解困的总目标。\n",
     2019, NULL, "speech", NULL, NULL, "省"},
    {"a new-year address to 朋友们 is a speech",
     "全区广大职工和关心工会工作的朋友们:我们满怀憧憬迎来了2018年。\n", 2018, "deploys", "speech", NULL,
     NULL, NULL},
    {"a tag page naming a year in its title only is for no year",
     "2018年工会换届选举流程\n", 0, NULL, "other", NULL, NULL, NULL},
    {"a document-sharing site's upload date is not the speech's year",
     "市工会代表大会开幕词\n大小:24.50 KB\n页数:3页\n时间:2018-10-20\n同志们:今天我们隆重召开代表大会。\n",
     0, NULL, "speech", "市工会", NULL, "市"},
    {"a work report's year is the one after the year it reviews",
     "在某省教育工会全委会议上的工作报告\n一、2015年工作回顾\n过去一年，我们开展了职工之家建设。\n",
     2016, "reviews", "report", "某省教育工会", NULL, "省"},
    {"a date far down in news is one it mentions, not the event's",
     "某竞赛正式启动\n2020-09-24 来源:某工报\n9月24日，某省总工会举行劳动竞赛推进会。\n会上宣读了文件。\n"
     "会议要求抓好落实。\n各单位积极参加。\n该办法于2019年4月10日印发。\n",
     2020, "published", "news", "某省总工会", NULL, "省"},
    {"总结及2009年计划 over a text reviewing 2008 only: a summary of 2008",
     "县总工会总结及2009年计划\n一、2008年工会工作回顾\n今年以来，我们开展了送温暖活动，取得了成效。\n",
     2008, NULL, "summary", "县总工会", NULL, "县"},
    {"a 提示函 with addressees is a notice",
     "2018年某旗总工会集体协商要约行动季提示函\n全旗各类企业:\n为开展集体协商，现提示如下。\n", 2018,
     "title", "notice", "某旗总工会", NULL, "县"},
    {"a union with union groups and a hospital's leadership is a unit's",
     "2009年工会工作计划\n指导思想:在医院党政班子领导下，以服务职工为目的。\n一、加强工会小组建设。\n", 2009,
     "title", "plan", NULL, NULL, "基层"},
    {"news naming no body, its county named in the opening: the county's",
     "3月18日，蔡甸区劳动竞赛现场推进会在某公司举行，总结推广劳动竞赛经验。\n", 0, NULL, "news",
     NULL, "湖北省/武汉市/蔡甸区", "县"},
    {"news whose opening names a city's gathering being held takes the city's level (Place rule 11)",
     "3月18日，武汉市劳动竞赛现场推进会在某公司举行，总结推广劳动竞赛经验。\n", 0, NULL, "news",
     NULL, "湖北省/武汉市", "市"},
    {"… but news that names only a city is not given the city's level",
     "3月18日，武汉市多家企业开展劳动竞赛，总结推广劳动竞赛经验。\n", 0, NULL, "news", NULL,
     "湖北省/武汉市", NULL},
    {"乡镇工会 names a tier",
     "乡镇工会工作总结\n一年来，乡镇工会开展了送温暖活动，取得了成效。\n", 0, NULL, "summary",
     "乡镇工会", NULL, "乡镇"},
    {"a street's union named after its district is the street's tier",
     "某区西湖街道总工会召开工作会议\n5月8日，某区西湖街道总工会召开工作会议，部署2018年工作。\n", 2018,
     NULL, "news", "某区西湖街道总工会", NULL, "乡镇"},
    {"a trade's federation in Macau has no tier RULES.md names",
     "澳門服務業總工會探訪會員\n【特訊】澳門服務業總工會日前組織理事探訪會員。\n", 0, NULL, "news",
     "澳門服務業總工會", "澳门特别行政区", NULL},
    {"a federation of one trade's unions (製造業總工會) has no tier RULES.md names",
     "【特訊】澳門製造業總工會日前舉辦嘉年華，吸引大批居民參與。\n", 0, NULL, "news",
     "澳門製造業總工會", "澳门特别行政区", NULL},
    {"… but Taiwan's island-wide 產業總工會 is at the top",
     "全國產業總工會今天舉行記者會，批評最低工資審議。\n", 0, NULL, "news", "全國產業總工會",
     "台湾省", "省"},
    {"a company's own union in Taiwan, named by no tier, is a grassroots union (RULES.md level 8)",
     "台鐵產業工會今天在台北車站舉行記者會，要求交通部依法讓員工休假。\n", 0, NULL, "news",
     "台鐵產業工會", "台湾省", "基层"},
    {"… and so is a company's employees' union in Hong Kong",
     "九巴僱員工會今日要求香港九龍巴士公司為全體員工加薪，工會不排除採取工業行動。\n", 0, NULL,
     "news", "九巴僱員工會", "香港特别行政区", "基层"},
    {"… but a trade's union (職業工會) in Taiwan stays at none",
     "桃園市空服員職業工會今天在台北宣布罷工投票結果，交通部表示尊重。\n", 0, NULL, "news",
     "桃園市空服員職業工會", "台湾省", NULL},
    {"a body studying an earlier era's congress contradicts its title's year (RULES.md year 9)",
     "2024年学校工会工作计划\n一、指导思想：认真学习贯彻党的十八大精神，团结广大教职工。\n", 0, NULL,
     "plan", NULL, NULL, "基层"},
    {"… nor an earlier era's plenum (十七届五中全会, 2010) under 2015",
     "某县教育工会2015年工作要点\n全县教育工会要深入学习贯彻党的十七届五中全会精神。\n", 0, NULL,
     "plan", "某县教育工会", NULL, "县"},
    {"… nor does a year its opening states (RULES.md year 9: title or opening)",
     "工会工作要点\n2011年学校工会的指导思想是：认真学习贯彻党的十五大精神，团结广大教职工。\n", 0,
     NULL, "plan", NULL, NULL, "基层"},
    {"… but eras that disagree with each other (全国工会十五大, 2008, beside 党的十五大) bound nothing",
     "工会工作要点\n2011年学校工会的指导思想是：以全国工会十五大精神为指导，团结广大教职工。\n"
     "在教职工中掀起学习贯彻党的十五大精神的热潮。\n",
     2011, "opening", "plan", NULL, NULL, "基层"},
    {"… nor a congress studied unnamed (深入学习贯彻十六大精神, 2002) under 2021",
     "某局工会2021年工作总结\n各基层工会组织广大职工深入学习贯彻十六大精神。\n", 0, NULL, "summary",
     "某局工会", NULL, "基层"},
    {"… and a province's union congress (省工会十六大) is no national era",
     "某县总工会2023年工作要点\n全县工会要深入学习贯彻省工会十六大精神。\n", 2023, "title",
     "plan", "某县总工会", NULL, "县"},
    {"… nor a year a sentence deploys (the era disagrees with it: RULES.md year 8)",
     "学校工会工作意见\n以党的十六届五中全会精神为指导，认真做好2011年工会各项工作。\n", 0,
     NULL, "plan", NULL, NULL, "基层"},
    {"… but a year the text states in an era that agrees with it stands",
     "学校工会工作意见\n以党的十七届五中全会精神为指导，认真做好2011年工会各项工作。\n", 2011,
     "deploys", "plan", NULL, NULL, "基层"},
    {"… nor a congress held after the year (十八大 under 2010)",
     "某县教育工会2010年工作要点\n全县教育工会要深入学习贯彻党的十八大精神。\n", 0, NULL,
     "plan", "某县教育工会", NULL, "县"},
    {"… but a congress looked back on bounds nothing (十八大以来，精神文明…)",
     "某县教育工会2024年工作要点\n党的十八大以来，精神文明建设成效显著。\n", 2024, "title",
     "plan", "某县教育工会", NULL, "县"},
    {"… but a congress of the year's own era agrees with it",
     "某县教育工会2013年工作要点\n全县教育工会要深入学习贯彻党的十八大精神。\n", 2013, "title",
     "plan", "某县教育工会", NULL, "县"},
    {"… and congresses looked back on (十八大以来, 十九大、二十大精神) bound nothing",
     "某县教育工会2024年工作要点\n党的十八大以来，全县工会持续推动党的十九大、二十大精神引向深入。\n",
     2024, "title", "plan", "某县教育工会", NULL, "县"},
    {"a body that masks its years (XX年) under a titled year, on any site: no year",
     "卫生院工会2009年工作总结\nXX年，我院工会在院党支部领导下开展各项工作，取得了新成效。\n", 0, NULL,
     "summary", "卫生院工会", NULL, "基层"},
    {"… but a masked title glued to a text that states its year is no contradiction",
     "XX年教育局工会工作要点2015年，全市教育工会工作的总体思路是：围绕中心，服务大局。\n", 2015, NULL,
     "plan", "教育局工会", NULL, "基层"},
    {"where a history began (2001年首次纳入…) is a mention: the page's date stands",
     "某省总工会启动金秋助学\n2014-08-22 07:54:03 来源:某晚报\n金秋助学是省工会系统的一项活动，2001年首次纳入到“两节”送温暖活动中。\n",
     2014, "published", "news", "某省总工会", NULL, "省"},
    {"a 工作总结报告 is a summary, whatever it is called",
     "某区总工会2025年度集体协商工作总结报告\n一年来，区总工会推动集体协商，取得新成效。\n", 2025,
     "title", "summary", "某区总工会", NULL, "县"},
    {"a template site's label after the kind (…致辞范文) leaves the kind a speech",
     "关于教代会开幕式致辞范文\n各位代表、老师们：\n大家好！今天，我们隆重召开第三届教代会。\n", 0,
     NULL, "speech", NULL, NULL, "基层"},
    {"a meeting's headline with 出席并讲话 is news of the meeting, not the speech",
     "某省总工会十二届三次全委会议召开 某某出席并讲话\n3月5日，某省总工会召开十二届三次全委会议。\n", 0,
     NULL, "news", "某省总工会", NULL, "省"},
    {"what 对 brings forward, the verb after 进行 says (对2018年…进行安排部署)",
     "5月9日，某区总工会举行劳动竞赛总结表彰大会。会议对2017年劳动竞赛情况进行全面总结回顾，"
     "对2018年新一轮劳动竞赛“三大竞赛”进行安排部署。\n",
     2018, "deploys", "news", "某区总工会", NULL, "县"},
    {"全國產業總工會 on a Taiwan page is Taiwan's island-wide federation",
     "全國產業總工會召開記者會\n全國產業總工會今日在台北召開記者會，要求落實勞工權益。\n", 0, NULL,
     "news", "全國產業總工會", "台湾省", "省"},
    {"a name run into the words before 工联会 is still Hong Kong's federation",
     "日前，副理事长某某等工联会代表到各区探访基层劳工，送上慰问。\n", 0, NULL, "news", "工联会",
     "香港特别行政区", "省"},
    {"a county union named by its tier: its county from the streets its text names",
     "为深入学习贯彻会议精神，区总工会认真总结学习成果。\n区总工会班子成员分别到酒泉路街道、广武门街道宣讲。\n"
     "城关区各街道工会积极参与。\n",
     0, NULL, "news", "区总工会", "甘肃省/兰州市/城关区", "县"},
    {"a union at work, told (某街道工会认真抓好…), is news of it",
     "某街道工会认真抓好创新项目，因地制宜，充分发挥工会作用。\n一、以图书漂流为主要形式，开展读书活动。\n", 0,
     NULL, "news", "某街道工会", NULL, "乡镇"},
    {"a tag page is its title alone: no document, whatever its title names",
     "某单位工会会员大会民主选举办法\n", 0, NULL, "other", NULL, NULL, NULL},
    {"a tag page names no body's level or year, whatever its title says",
     "2015年省建设工会主席在全省工会工作会议上的讲话\n", 0, NULL, "other", "省建设工会", NULL, NULL},
    {"a paper's page telling a year's results is news, not a summary",
     "某市总工会上半年发放帮扶资金\n2014-07-03 10:41 来源:某某日报\n2014年以来，市总工会大力开展困难职工帮扶工作，"
     "上半年累计帮扶困难职工86人次，取得了实效，开展了走访。\n",
     2014, "published", "news", "某市总工会", NULL, "市"},
    {"a summary in the first person stays a summary, wherever it was printed",
     "某县总工会2014年工作总结\n来源:某某日报\n一年来，我们开展了职工之家建设，取得了新成效，完成了各项任务。\n",
     2014, "title", "summary", "某县总工会", NULL, "县"},
    {"a paper's report of a meeting that sets the year's tasks is news",
     "在开创新局面中发挥主力军作用\n2008-01-14 来源:某某铁道报\n2008年，铁路工会工作将围绕新局面，要进一步"
     "发挥作用，要努力维护职工权益，确保完成任务。\n",
     2008, NULL, "news", "铁路工会", NULL, NULL},
    {"photo captions (…摄)) above the article are not its opening",
     "某区工会第四次代表大会选举产生新一届委员。(某某摄)\n某网12月25日讯 12月24日，某区工会第四次代表大会举行。\n",
     0, NULL, "news", "某区工会", NULL, "县"},
    {"a headline that a body carries out a plan is news of the plan",
     "某省实施集体协商稳就业行动计划\n来源:某某日报2019-11-12 16:43\n近日，某省总工会发布消息，从2019年至2021年开展行动。\n",
     2019, "published", "news", "某省总工会", NULL, "省"},
    {"a 实施方案 in a title is still a plan's name",
     "某县总工会2019年职工之家建设实施方案\n一、指导思想\n要以服务职工为目的，将开展建家活动。\n", 2019,
     "title", "plan", "某县总工会", NULL, "县"},
    {"a 情况汇报 is a summary, not news",
     "工会工作情况汇报\n尊敬的各位领导:\n根据会议安排，现将我县工会有关工作汇报如下。\n", 0, NULL,
     "summary", NULL, NULL, NULL},
    {"a year of honours (被命名为2023年度优秀…) is no news's only year",
     "9月19日上午，全省集体协商工作观摩会在某市召开。\n会上，某市工会被命名为2023年度优秀区域性行业性工会。\n", 0,
     NULL, "news", NULL, NULL, NULL},
    {"a development zone's union stands at a county's tier",
     "10月29日讯 昨天，某某经济技术开发区工会举办职工运动会。\n", 0, NULL, "news", "某某经济技术开发区工会", NULL,
     "县"},
    {"the Youth League committee's own union is an organ's",
     "团区委工会2006年工作总结\n一年来，我们开展了读书活动，取得了成效，完成了任务。\n", 2006, "title", "summary",
     "团区委工会", NULL, "基层"},
    {"news of the union's national congress being held: the congress's year (an event)",
     "中国工会第十六次全国代表大会18日上午在人民大会堂开幕。来自各行各业的代表出席大会。\n", 2013, "event",
     "news", NULL, NULL, NULL},
    {"studying a congress's spirit afterwards fixes no year",
     "10月21日，某市总工会召开会议，学习贯彻中国工会第十六次全国代表大会精神。\n", 0, NULL, "news", "某市总工会",
     NULL, "市"},
    {"a 届 names a term, not a congress",
     "5月24日，县总工会十六届十次全委会召开，总结部署工会工作。\n", 0, NULL, "news", "县总工会", NULL, "县"},
    {"an anniversary celebrated fixes its year",
     "8月24日，某铁路工会召开全委会议，庆祝新中国成立60周年，部署下半年工作。\n", 2009, "event", "news",
     "某铁路工会", NULL, NULL},
    {"… and so does Hong Kong's federation's (庆祝工联会成立75周年, founded 1948)",
     "五一国际劳动节前夕，工联会举行酒会，庆祝工联会成立75周年，会长致辞。\n", 2023, "event", "news",
     "工联会", "香港特别行政区", "省"},
    {"an anniversary awaited fixes none",
     "8月24日，某铁路工会召开全委会议，迎接新中国成立70周年，部署下半年工作。\n", 0, NULL, "news", "某铁路工会",
     NULL, NULL},
    {"a converter's pinyin (工會(huì)) is not part of the title or the body's name",
     "翔安區(qū)工會(huì)召開第四次代表大會(huì)\n12月24日，翔安區(qū)工會(huì)第四次代表大會(huì)舉行。\n", 0, NULL, "news",
     "翔安區工會", "福建省/厦门市/翔安区", "县"},
    {"a two-character county inside running text (完成县委, 精神和县委) places no 县总工会",
     "日前，县总工会召开全委会议。会议要求全面完成县委交给的各项任务，贯彻十七大精神和县委全会精神。\n", 0, NULL,
     "news", "县总工会", NULL, "县"},
    {"…but after its city it does",
     "日前，县总工会召开全委会议。马鞍山市和县各级工会干部参加会议。\n", 0, NULL, "news", "县总工会",
     "安徽省/马鞍山市/和县", "县"},
    {"a leader leading his union's cadres is not part of its name (李某率领县总工会…)",
     "8月25日，县总工会常务副主席李某某率领县总工会机关干部走访困难职工。\n", 0, NULL, "news", "县总工会", NULL,
     "县"},
    {"a holiday campaign named by its year is for that year",
     "某省总工会2026年元旦春节送温暖行动启动\n某网西宁12月12日电 某省总工会举行送温暖行动启动仪式。\n", 2026, NULL,
     "news", "某省总工会", NULL, "省"},
    {"the end of a span (从1992年至2011年两节期间) is not deployed",
     "某市工会向特困职工发放救助金\n本报讯 某市总工会日前举行救助金发放仪式。从1992年至2011年两节期间，累计慰问职工。\n",
     0, NULL, "news", "某市总工会", NULL, "市"},
    {"a founding's date in news is a mention, not the event's",
     "【本报讯】某某产业工会日前举办会员大会。该会于2001年3月4日正式成立，现有会员三千人。\n", 0, NULL, "news",
     "某某产业工会", NULL, NULL},
    {"… but the day a founding congress is held is the news's (于2021年8月27日…举行…成立大会)",
     "某社区于2021年8月27日在社区活动中心举行某商圈联合工会成立大会，选举产生第一届委员会。\n", 2021,
     "dated", "news", NULL, NULL, NULL},
    {"通知如下 in the first lines makes a notice",
     "国际三八妇女节如期而至，校工会向女教职工致以节日问候。\n经研究，现就有关活动通知如下：\n一、活动时间\n", 0,
     NULL, "notice", NULL, NULL, "基层"},
    {"a date above everything that the publication line contradicts is the site's today",
     "2024 年 04 月 19 日\n某市总工会开展送清凉活动\n时间:2019-06-18 17:03 来源:某某电视台\n6月17日，某市总工会开展送清凉活动。\n",
     2019, "published", "news", "某市总工会", NULL, "市"},
    {"a date line followed by 源自 is a publication line",
     "某省工会第十二次代表大会隆重开幕\n2008/5/29 源自:某某网 【字体:\n某省工会第十二次代表大会今天隆重开幕。\n",
     2008, "published", "news", "某省工会", NULL, "省"},
    {"a worker quoted saying 我们 does not make a paper's story a summary",
     "某县工人文化宫投入使用\n来源:某某日报\n“我们盼了很久，今年终于用上了。”近年来，某县总工会开展了职工之家建设，取得了成效，"
     "建成了文化宫。\n",
     0, NULL, "news", "某县总工会", NULL, "县"},
    {"a township the opening names, with no body named, places news at its county",
     "4月26日，助力乡村振兴劳动技能竞赛在兴庆区月牙湖乡举行，各村职工参加比赛。\n", 0, NULL, "news", NULL,
     "宁夏回族自治区/银川市/兴庆区", "县"},
    {"a founding year is a mention",
     "工会简介\n本会于1990年成立，现有会员三千余人。\n", 0, NULL, "other", NULL, NULL, NULL},
    {"the day a page was fetched is not its date",
     "欢迎访问 今天是：2026年03月04日 星期三\n峨眉山市总工会检查职工之家建设\n"
     "来源：乐山市总工会  时间：2022年12月27日\n近日，峨眉山市总工会检查了基层职工之家。\n",
     2022, "published", "news", "峨眉山市总工会", "四川省/乐山市/峨眉山市", "县"},
    {"deployed years that disagree, no page date: no year",
     "某县总工会召开会议，部署2016年工作任务，安排2017年重点任务。\n", 0, NULL, "news",
     "某县总工会", NULL, "县"},
    {"the same body named in full later: 中华全国铁路总工会, national",
     "铁路总工会执行委员会全体会议召开\n8月27日，中华全国铁路总工会执行委员会全体会议在北京召开。\n",
     0, NULL, "news", "中华全国铁路总工会", "全国", "全国"},
    {"工联会 names Hong Kong's federation",
     "【香港商报网讯】工联会昨晚举行常务理事会第一次会议，推选出新一届负责人。\n", 0, NULL,
     "news", "工联会", "香港特别行政区", "省"},
    {"a unique two-character county at the head of a body's name",
     "在新春佳节即将到来之际，易县总工会开展送温暖慰问活动，看望慰问困难职工。\n", 0, NULL,
     "news", "易县总工会", "河北省/保定市/易县", "县"},
    {"a notice wrapping a plan is a notice",
     "关于印发《2013年全市工会工作要点》的通知\n各县（市、区）总工会：\n现将要点印发给你们。\n"
     "乐山市总工会\n2013年2月6日\n",
     2013, "title", "notice", "乐山市总工会", "四川省/乐山市", "市"},
    {"同志们 opens a speech",
     "在县总工会全委会议上的讲话\n同志们：\n今天我们召开全委会议。\n", 0, NULL, "speech",
     "县总工会", NULL, "县"},
    {"a passage of numbered aims in the future tense is a plan",
     "一、加强组织建设。要推进职工之家建设，力争年内新建工会十家。\n"
     "二、做好维权工作。要深化工资集体协商，确保覆盖率稳步提高。\n"
     "三、将开展劳动竞赛，努力提高职工技能。\n",
     0, NULL, "plan", NULL, NULL, NULL},
    {"a plan about no union is another kind of document",
     "医院科室绩效考核实施方案\n一、目标。要完善考核办法，力争提高效率，确保落实。\n", 0,
     NULL, "other", NULL, NULL, NULL},
    {"Taiwan's pages count years of the Republic (110年度 = 2021)",
     "臺中市職業總工會召開會員代表大會\n大會部署110年度工作計畫，並選出新一屆理事會。\n",
     2021, "deploys", "news", "臺中市職業總工會", "台湾省", "市"},
    {"a paragraph opening with the event's date is no byline, whatever words come later (来自)",
     "2019年12月26日，在辞旧迎新之际，某某集团公司2020年工作会议暨四届三次职工代表大会在某地开幕。"
     "来自集团公司各单位的160名代表参加会议。\n",
     2020, "deploys", "news", NULL, NULL, "基层"},
    {"an earlier honour the news builds on (继2013年荣获…之后) is no year of it",
     "本报讯 继2013年荣获省级模范职工小家称号之后，今年，某供电所职工小家又获全国称号。\n", 0, NULL,
     "news", NULL, NULL, NULL},
    {"a mid-year plenary reviewing 上半年 and deploying 下半年 is for that year",
     "县总工会召开十届五次全委会\n会议总结回顾了2013年上半年工作，部署了下半年重点任务。\n", 2013,
     "deploys", "news", "县总工会", NULL, "县"},
    {"an honour a unit received (获得…2021年度…称号) is no news's only year",
     "近日，某县总工会一行到县人民医院，为获得某州2021年度模范职工之家荣誉称号的单位授牌。\n", 0, NULL,
     "news", "某县总工会", NULL, "县"},
    {"an honour's period (荣获2013年…一等奖) is no news's only year",
     "3月5日，某省教育科研工会召开全委会，我校工会选送的论文荣获2013年全省工会优秀调研报告一等奖。\n", 0,
     NULL, "news", NULL, NULL, "基层"},
    {"… nor a year a unit was honoured in (2019年被…授予)",
     "本网讯 近日，某医院工会开展慰问活动。该工会2019年被市总工会授予职工互助保障先进集体称号。\n", 0, NULL, "news",
     "某医院工会", NULL, "基层"},
    {"… nor the period a decision honours (表彰2024年省五一劳动奖)",
     "近日，某省总工会下发《关于表彰2024年省五一劳动奖的决定》，某公司获奖。\n", 0, NULL, "news",
     "某省总工会", NULL, "省"},
    {"… nor the year honoured deeds were done in (2014年涌现出了…)",
     "2月5日，集团公司工会对先进单位和个人进行了表彰。2014年涌现出了某煤矿工会等4个先进单位、某煤矿张某等30名优秀工会工作者。\n", 0, NULL, "news",
     "集团公司工会", NULL, "基层"},
    {"an award's year without 年度 in the opening (2014年全国五一劳动奖状…揭晓) is the news's",
     "2014年全国五一劳动奖状评选揭晓。4月28日，全国总工会在京召开大会。\n", 2014, "the only year", "news",
     "全国总工会", "全国", "全国"},
    {"a news headline's award period (2011年度…创新奖揭晓) is not its year",
     "某新区2011年度工会工作创新奖揭晓\n元月6日下午，某新区2011年度工会工作创新奖在某酒店揭晓，十个项目获奖。\n", 0, NULL, "news",
     NULL, NULL, NULL},
    {"… nor an assessed period (考评2016年度…): the page's date is",
     "集团工会考评2016年度工会基础工作\n发布时间:2017-02-16\n2月15日，集团工会召开会议，对各单位工会基础工作进行考评。\n",
     2017, "published", "news", "集团工会", NULL, "基层"},
    {"a full date a news sentence goes on from is the event's, over a later copy's date",
     "时间:2020-10-16 阅读次数:6845\n2018年7月30日，某省工会第十三次代表大会在某市召开，某县劳模当选代表。\n",
     2018, "dated", "news", "某省工会", NULL, "省"},
    {"a speech template's posting date (its speakers ×××) is no year of the speech",
     "在运动会开幕式上的讲话\n2008-12-05 08:00 浏览:\n同志们：今晚，市卫生局×××副局长在百忙中参加我们的运动会开幕式。\n",
     0, NULL, "speech", NULL, NULL, NULL},
    {"… nor a speech's on a site counting its words (字数 652 阅读 4973)",
     "某中学教代会开幕词\n2021-10-02 13:18:31 字数 652 阅读 4973\n各位代表：某中学第五届教代会今天隆重开幕了。\n",
     0, NULL, "speech", "某中学", NULL, "基层"},
    {"an essay a site posted as a recommended paper (分類:推薦論文) has no year of its posting",
     "時間:2017年12月06日 分類:推薦論文 次數:\n近日，工資集體協商制度在各地推行，成效明顯。\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"Taiwan's labour bureau holding the event is the page's body, at no union's tier",
     "記者某某／台南報導\n台南市勞工局3日於善化文康中心舉辦「工會評鑑績優單位表揚大會」，台南市總工會理事長到場祝賀。\n",
     0, NULL, "news", "台南市勞工局", "台湾省", NULL},
    {"… not when one of its officials attends a union's event",
     "中秋節前夕，台中市職業總工會5日在台中公園舉辦園遊會，台中市政府勞工局專門委員某某代表市長出席致意，感謝工會協助推動市政。\n",
     0, NULL, "news", "台中市職業總工會", "台湾省", "市"},
    {"… nor when it commissions a union to do the work (委託本會辦理)",
     "臺中市勞工局委託本會辦理團體協約輔導計畫，協助勞資雙方完成協商。\n", 0, NULL, "other", NULL,
     "台湾省", NULL},
    {"a committee of Hong Kong's federation (工聯會社會事務委員會) is the body, at no tier",
     "工聯會社會事務委員會今日到政府總部請願，要求增加退稅上限。\n", 0, NULL, "news",
     "工聯會社會事務委員會", "香港特别行政区", NULL},
    {"… but the federation with its offices (工聯會和各屬會、地區服務處) is the federation",
     "工聯會和各屬會、地區服務處今天在全港設立街站，收集市民意見。\n", 0, NULL, "news", "工聯會",
     "香港特别行政区", "省"},
    {"a body named by its tier alone lies in the one province its text names",
     "县总工会召开十届三次全委会\n3月5日，县总工会召开十届三次全委（扩大）会议。会议传达了湖南省总工会十五届五次全委会精神。\n",
     0, NULL, "news", "县总工会", "湖南省", "县"},
    {"… but not when its text names two provinces",
     "县总工会召开十届三次全委会\n3月5日，县总工会召开十届三次全委（扩大）会议。会议传达了湖南省总工会全委会精神，学习了江苏省总工会的经验。\n",
     0, NULL, "news", "县总工会", NULL, "县"},
    {"… nor on a template's page, its names masked",
     "XX县总工会召开十届三次全委会\n3月5日，XX县总工会召开十届三次全委（扩大）会议。会议传达了湖南省总工会十五届五次全委会精神。\n",
     0, NULL, "news", "XX县总工会", NULL, "县"},
    {"… and 全州各行各业 is the whole prefecture, not 广西's 全州县",
     "州总工会召开十届三次全委会\n3月5日，州总工会召开十届三次全委会议。全州各行各业的代表出席会议。\n", 0,
     NULL, "news", "州总工会", NULL, "市"},
    {"… nor a national meeting's venue (全国…论坛在安徽省马鞍山市举行)",
     "职工书屋创新发展论坛举行\n本刊讯 职工书屋是工会服务职工的重要阵地。近年来，各级工会大力推进职工书屋建设。10月11日，全国工会职工书屋创新发展论坛在安徽省马鞍山市举行。\n",
     0, NULL, "news", NULL, NULL, "全国"},
    {"a body naming no tier on a page that speaks as a unit (我校) is a unit's union",
     "工会工作总结\n一年来，新一届工会委员会在校党委领导下，团结带领我校教职工，开展了各项工作。\n", 0, NULL,
     "summary", "新一届工会委员会", NULL, "基层"},
    {"… and none on a page that does not",
     "工会工作总结\n一年来，新一届工会委员会在党委领导下，团结带领广大职工，开展了各项工作。\n", 0, NULL,
     "summary", "新一届工会委员会", NULL, NULL},
    {"a half-year in a title (上半年工会工作总结) is no body's name",
     "上半年工会工作总结\n半年来，区总工会在区委的领导下，开展了丰富多彩的活动。\n", 0, NULL, "summary",
     "区总工会", NULL, "县"},
    {"a higher body visiting the writer (莅临我院) makes the page the host unit's",
     "12月13日，某市总工会副主席一行莅临我院调研指导工会工作，院工会主席陪同。\n", 0, NULL, "news", NULL,
     NULL, "基层"},
    {"… but a visit the page tells from outside is the visitor's",
     "12月13日，某市总工会副主席一行到某医院调研指导工会工作。\n", 0, NULL, "news", "某市总工会", NULL, "市"},
    {"a branch lies where its name places it, not where its parent firm is (…武汉…上海分公司)",
     "中铁武汉电气化局上海分公司工会召开会员代表大会\n5月8日，中铁武汉电气化局上海分公司工会召开第二次会员代表大会。\n",
     0, NULL, "news", "中铁武汉电气化局上海分公司工会", "上海市", "基层"},
    {"… and a bank's branch in its city (中国银行萍乡市分行)",
     "中国银行萍乡市分行工会召开职代会\n5月8日，中国银行萍乡市分行工会召开第二次会员代表大会。\n", 0, NULL,
     "news", "中国银行萍乡市分行工会", "江西省/萍乡市", "基层"},
    {"连江县 on a page of 马祖 is Taiwan's, its union beside the island's cities",
     "【本報訊】為慶祝勞動節，連江縣工會昨天於南竿民眾服務站舉辦慶祝大會，表揚模範勞工。\n", 0, NULL, "news",
     "連江縣工會", "台湾省", "市"},
    {"a mainland city's 卫健工联会 is no Hong Kong federation",
     "3月5日，市卫健工联会召开一届二次全委会议，常州市总工会有关负责同志出席。\n", 0, NULL, "news",
     "市卫健工联会", "江苏省/常州市", "市"},
    {"… nor is a town's (苍城镇工联会)",
     "日前，苍城镇工联会开展送清凉活动，开平市总工会领导出席。\n", 0, NULL, "news", "苍城镇工联会",
     "广东省/江门市/开平市/苍城镇", "乡镇"},
    {"the 兵团's federation (兵团总工会) is Xinjiang's, at a province's tier",
     "5月29日，兵团总工会党组书记、主席某某一行到某师调研职工之家建设。\n", 0, NULL, "news", "兵团总工会",
     "新疆维吾尔自治区", "省"},
    {"Hong Kong's 勞聯 written alone is a body",
     "勞聯今日舉行記者會，要求政府盡快設立失業援助金。\n", 0, NULL, "news", "勞聯", "香港特别行政区", "省"},
    {"… its full name before its short form (港九勞工社團聯會（勞聯）) the body",
     "港九勞工社團聯會（勞聯）今日舉行記者會，要求政府設立失業援助金。\n", 0, NULL, "news", "港九勞工社團聯會",
     "香港特别行政区", "省"},
    {"… but not after another word (亞洲勞聯)",
     "亞洲勞聯今日發表聲明，支持各地工人爭取權益。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"Macau's 工聯總會 is a body by its name",
     "工聯總會昨日舉行會員大會，選出新一屆理事會。\n", 0, NULL, "news", "工聯總會", "澳门特别行政区", "省"},
    {"a province's own union congress (四川省工会十五大) is not the nation's of 2008",
     "四川省工会十五大今日开幕\n11月21日上午，大会在成都开幕，来自全省各条战线的代表出席大会。\n", 0, NULL,
     "news", "四川省工会", "四川省", "省"},
    {"the period a published list of honours covers (2023年度…名单) is no news's year",
     "日前，全国总工会发布了2023年度最美工会户外劳动者服务驿站名单，某街道驿站入选。\n", 0, NULL, "news",
     NULL, NULL, NULL},
    {"… nor the year a list names its honour by, with no 年度 (发布2023年“最美…”名单)",
     "日前，全国总工会发布了2023年“最美工会户外劳动者服务站点”名单，某街道站点入选。\n", 0, NULL,
     "news", NULL, NULL, NULL},
    {"… nor the year of a model title a unit holds (为2017年市级…示范单位的…社区)",
     "日前，某县总工会为2017年市级职工书屋建设示范单位的东关社区赠送图书五百册。\n", 0, NULL, "news",
     "某县总工会", NULL, "县"},
    {"an oil field's union (某某油田工会) is a unit's body, at the grassroots",
     "某某油田工会组织职工参加义务植树\n3月12日，某某油田工会组织两百名职工在矿区植树。\n", 0, NULL, "news",
     "某某油田工会", NULL, "基层"},
    {"… but 油田工会 after a verb names no particular union (给油田工会组织带来…)",
     "油田原油稳产难度加大，给油田工会组织带来新的挑战。\n", 0, NULL, "other", NULL, NULL, NULL},
    {"… in letters (中国工会xx大) as much as in blanks",
     "2020年小学工会工作计划\n一、指导思想\n认真贯彻执行中国工会xx大精神，坚定不移走中国特色社会主义工会发展道路。\n", 0,
     NULL, "plan", "小学工会", NULL, "基层"},
    {"… or in hashes (20##年4月3日) under a notice's number",
     "某工字〔2014〕20号\n关于对厂务公开情况进行检查的通知\n各单位工会：\n一、检查时间\n20##年4月3日至4月25日。\n", 0,
     NULL, "notice", NULL, NULL, NULL},
    {"a Taiwan union's letter dated by the Republic (發文日期:中華民國98年5月12日): 2009",
     "台北市總工會 函\n發文日期：中華民國98年5月12日\n主旨：本會所屬會員工會多數反映，對勞保條例修正持反對立場，請查照。\n",
     2009, "published", "notice", "台北市總工會", "台湾省", "市"},
    {"a headline's target (…启动 到2025年建成…) is not the news's year",
     "某市启动职工服务行动 到2025年建成100个服务站点\n发布时间:2023-05-06\n近日，某市总工会召开推进会。\n",
     2023, "published", "news", "某市总工会", NULL, "市"},
    {"… nor, with no other year, a date",
     "某市启动职工服务行动 到2025年建成100个服务站点\n近日，某市总工会召开推进会。\n", 0, NULL, "news",
     "某市总工会", NULL, "市"},
    {"an honour's title a unit wins (喜获2020年…“最美职工书屋”称号) does not date the news",
     "近日，某公司职工书屋喜获2020年某某工会“最美职工书屋”荣誉称号。\n", 0, NULL, "news", NULL, NULL,
     NULL},
    {"a year naming the event held (举办2023年…大赛) may stand below a few unmarked lines",
     "某县总工会开展庆五一系列活动\n为丰富职工文化生活，某县总工会开展庆五一系列活动。\n活动丰富多彩。\n"
     "职工积极参与。\n4月28日，某县总工会举办2023年庆五一才艺大赛，200余名职工参加。\n",
     2023, "dated", "news", "某县总工会", NULL, "县"},
    {"… unless the page's date says otherwise (发布时间 2016 over 举办2015年…回顾展)",
     "某县总工会开展庆五一系列活动\n发布时间：2016-01-22\n来源：某县融媒体中心\n"
     "为丰富职工文化生活，某县总工会开展庆五一系列活动。\n活动丰富多彩。\n职工积极参与。\n"
     "某县总工会举办2015年职工才艺大赛回顾展。\n",
     2016, "published", "news", "某县总工会", NULL, "县"},
    {"… and what was held once, told (2015年我们所举办的讲座…), names no event of the news",
     "某市总工会为劳工写春联\n发布时间：2016-01-22\n2015年我们所举办的职工讲座，近日受到某市总工会的肯定。\n",
     2016, "published", "news", "某市总工会", NULL, "市"},
    {"a commendation held under the year's own name (召开2020年劳动模范表彰大会) is that year's news",
     "9月8日，某市召开2020年劳动模范和先进集体表彰大会，某市总工会主席出席。\n", 2020, "dated", "news", "某市总工会",
     NULL, "市"},
    {"… but one for a year's period (召开2019年度…表彰大会) looks back on it",
     "9月8日，某市召开2019年度劳动模范和先进集体表彰大会，某市总工会主席出席。\n", 0, NULL, "news", "某市总工会",
     NULL, "市"},
    {"a headline's 意见 as someone's opinion (…不会对政府决定有意见) names no plan",
     "某某工会:无需回应减薪 不会对政府决定有意见\n某某工会主席今日表示，工会不会对政府的决定有意见。\n", 0,
     NULL, "news", "某某工会", NULL, NULL},
    {"… but a plan's own 意见 (关于…的意见) does",
     "某县总工会关于加强职工之家建设的意见\n一、总体要求\n", 0, NULL, "plan", "某县总工会", NULL, "县"},
    {"a year opening a later sentence of its paragraph tells history (…为贫困户。2015年，…结成帮扶对子)",
     "1月28日，某县总工会走访慰问贫困户。该村共有353人，有227户为贫困户。2015年，县总工会7名干部与55户贫困户"
     "结成帮扶对子。\n",
     0, NULL, "news", "某县总工会", NULL, "县"},
    {"… but one opening its paragraph is the account's (2011年，某公司工会…)",
     "2011年，中铁某公司工会按照上级工会要求，结合公司生产实际，在公司党委的领导下开展劳动竞赛。\n", 2011,
     "the only year", "summary", "中铁某公司工会", NULL, "基层"},
    {"the news agency's stamp closing an item on Taiwan's page (…（編輯：某某）1140501) dates it",
     "（中央社記者台北1日電）臺北市產業總工會今天發起遊行，要求調高基本工資。（編輯：某某）1140501\n", 2025,
     "published", "news", "臺北市產業總工會", "台湾省", "市"},
    {"a Republic year in Chinese numerals (「一一四年…表揚大會」) on Taiwan's page",
     "臺中市總工會今日舉辦「一一四年模範勞工表揚大會」，表揚優秀勞工。\n", 2025, "dated", "news",
     "臺中市總工會", "台湾省", "市"},
    {"Taiwan's ceremony named by its 年度 (「109年度優秀勞工表揚大會」) is held that year",
     "臺中市總工會今日舉辦「109年度優秀勞工表揚大會」，表揚優秀勞工。\n", 2020, "dated", "news",
     "臺中市總工會", "台湾省", "市"},
    {"… in Chinese numerals too (「一一四年度優秀勞工表揚大會」)",
     "臺中市總工會今日舉辦「一一四年度優秀勞工表揚大會」，表揚優秀勞工。\n", 2025, "dated", "news",
     "臺中市總工會", "台湾省", "市"},
    {"a bare year opening a campaign's quoted name (『2009春风行动』) names it",
     "黑龙江省『2009春风行动』16日启动，省总工会参加。\n", 2009, "dated", "news", "省总工会", "黑龙江省",
     "省"},
    {"what a clause sets out to complete (为确保圆满完成2018年…目标) is its year's work",
     "为确保圆满完成2018年重点项目建设目标，某省总工会日前启动劳动竞赛。\n", 2018, "deploys", "news",
     "某省总工会", NULL, "省"},
    {"a union acting in public (工联会…发起游行) is news",
     "工联会趁五一劳动节发起游行，由湾仔出发至政府总部，要求尽快落实标准工时。\n", 0, NULL, "news", "工联会",
     "香港特别行政区", "省"},
    {"a telecom firm's union (中華電信工會) is a body, at the grassroots",
     "中華電信工會今天召開會員代表大會，通過罷工決議。\n", 0, NULL, "news", "中華電信工會", "台湾省", "基层"},
    {"… and so is a Taiwan state firm's named short (台電工會), on a page of Taiwan",
     "台電工會今日召開會員代表大會，通過罷工決議。\n", 0, NULL, "news", "台電工會", "台湾省", "基层"},
    {"… whatever word runs into it (最終台電工會)",
     "經過多輪協商，最終台電工會今日與公司達成協議。\n", 0, NULL, "news", "台電工會", "台湾省", "基层"},
    {"… and a Hong Kong employer's staff front (醫管局員工陣線)",
     "醫管局員工陣線今日宣布發動罷工，本港公立醫院或受影響。\n", 0, NULL, "news", "醫管局員工陣線",
     "香港特别行政区", "基层"},
    {"… and so is a firm's cabin crew's (國泰空中服務員工會)",
     "國泰空中服務員工會今日召開會員大會，本港航班或受影響。\n", 0, NULL, "news", "國泰空中服務員工會",
     "香港特别行政区", "基层"},
    {"… nor are several (县内各职业工会, 街道三级工会)",
     "近日，县内各职业工会联合举办劳工运动会。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"…  (江夏区三级总工会: a district's, its streets' and its firms' unions)",
     "日前，江夏区三级总工会开展送清凉活动。\n", 0, NULL, "news", NULL, "湖北省/武汉市/江夏区", "县"},
    {"a clause's 携手工会 (某县人社局携手工会) names no body",
     "近日，某县人社局携手工会举办职工运动会。\n", 0, NULL, "news", NULL, NULL, NULL},
    {"every body of a tier (全市各级教育工会) is not one body",
     "近日，全市各级教育工会开展送清凉活动。\n", 0, NULL, "news", NULL, NULL, "市"},
    {"… and a Republic date set with spaces (115 年 3 月 8 日)",
     "115 年 3 月 8 日，臺中市總工會舉行婦女節表揚大會，表揚優秀女性勞工。\n", 2026, "dated", "news",
     "臺中市總工會", "台湾省", "市"},
    {"… nor a year's period the news names (救助范围为2018年度…职工家庭)",
     "日前，某厂工会开展金秋助学活动，救助范围为2018年度特殊困难职工家庭的在读子女。\n", 0, NULL, "news",
     "某厂工会", NULL, "基层"},
    {"… nor a year a meeting was held since (2010年…表彰大会召开以来)",
     "2010年某某州第八届劳动模范和先进工作者表彰大会召开以来，全州广大职工积极投身建设。\n", 0, NULL, "news",
     NULL, NULL,
     NULL},
    {"… nor the period a meeting praises (召开2022年度劳动竞赛表扬大会)",
     "日前，某区召开2022年度劳动竞赛表扬大会，对先进集体和个人进行表扬。\n", 0, NULL, "news", NULL, NULL,
     NULL},
    {"… nor a year in the title of a document the news cites (印发《关于2024年…的通报》)",
     "近日，某集团工会印发《关于2024年集团工会信息工作评比结果的通报》，某省分公司工会获评先进单位。\n", 0,
     NULL, "news", "某集团工会", NULL, "基层"},
    {"… nor the year a project is to be finished (2025年项目建成后)",
     "日前，省总工会副主席在某项目工地调研。\n据介绍，2025年项目建成后将惠及沿线群众。\n", 0, NULL, "news",
     "省总工会", NULL, "省"},
    {"a template that blanks its congresses (党的__大和__届__中全会) contradicts its title's year",
     "2021乡镇工会工作计划\n一、指导思想\n以党的__大和__届__中全会精神为指导，深入开展创先争优活动。\n", 0,
     NULL, "plan", "乡镇工会", NULL, "乡镇"},
    {"a unit writing of itself a few parts down (四、…我校工会委员…) is a unit",
     "工会工作总结\n一年来，在上级工会的领导下，我们做了以下工作。\n一、加强组织建设。\n二、开展文体活动。\n"
     "三、关心困难职工。\n四、加强自身建设，我校工会委员认真履职。\n",
     0, NULL, "summary", NULL, NULL, "基层"},
    {"a unit speaking as 我校 of the higher body that honoured it: the unit's page",
     "近日，浙江省教育工会公布了2015年度先进集体名单，我校工会荣获先进基层工会称号。\n", 0, NULL, "news", NULL,
     "浙江省", "基层"},
    {"the day a law took effect (於100年5月1日施行) is no year of an op-ed",
     "臺北訊 某某總工會昨日召開記者會，呼籲各工會記得《勞資爭議處理法》（於100年5月1日施行）的精神。\n",
     0, NULL, "news", NULL, "台湾省", NULL},
    {"a report opening on a span (2011年以来，…) is for no year it starts",
     "市总工会述职报告\n2011年以来，在市委的领导下，市总工会领导班子团结一心，开展了各项工作。\n", 0, NULL,
     "summary", "市总工会", NULL, "市"},
    {"a year something has gone on from (从2008年喊要…) is no year of the news",
     "近日，某教师工会举行记者会，抗议政府从2008年喊要增加教育经费却未兑现。\n", 0, NULL,
     "news", NULL, NULL, NULL},
    {"a deadline a notice sets (于2011年1月20日前) is no date it was given",
     "关于开展工会知识竞赛的通知\n各分工会：\n请各分工会于2011年1月20日前将竞赛情况报校工会。\n", 0, NULL,
     "notice", NULL, NULL, "基层"},
    {"a work report's title glued to its address and text (…工作报告 张某 各位代表：…向大会报告)",
     "凝心聚力，为学校发展作贡献——某某大学第七届教代会暨第十三次工会委员会工作报告 张某 各位代表："
     "我代表第七届教职工代表大会和第十三次工会委员会，向大会报告过去五年的工作，请各位代表予以审议。\n",
     0, NULL, "report", "某某大学第七届教代会暨第十三次工会委员会", NULL, "基层"},
    {"a yearbook's entry (【概况】2015年，…) is another kind of text, for the year it reviews",
     "教代会与工会\n【概况】 2015年，某大学教代会、工会紧紧围绕学校中心工作，依法履职，召开了教代会。\n", 2015,
     "yearbook entry", "other", NULL, NULL, "基层"},
    {"entries headed in brackets and dated (【…】6月14日，…) are a yearbook's, not news",
     "市总工会表彰职工好事\n【市总工会表彰职工好事】6月14日，市总工会在某公司召开表彰会，表彰十佳好事。\n"
     "【市总工会举办职工运动会】10月8日，市总工会举办职工运动会。\n",
     0, NULL, "other", "市总工会", NULL, "市"},
    {"a news agency's lead in brackets (【本报讯】) is still news",
     "【本报讯】6月14日，某市总工会在某公司召开表彰会，表彰十佳好事。\n", 0, NULL, "news", "某市总工会", NULL,
     "市"},
    {"a passage of a meeting's news (本次大会由…主持。会上，…) is news",
     "本次大会由工会主席某某主持。会上，公司总经理作了讲话，大会听取了工作报告，审议了集体合同草案。\n", 0, NULL,
     "news", NULL, NULL, NULL},
    {"a day written with blanks (11 月 10 日，…) still opens news",
     "11 月 10 日，某农场公司工会负责人到一分场职工之家参观指导，宣布职工之家投入使用。\n", 0, NULL, "news",
     "某农场公司工会", NULL, "基层"},
    {"the one body a text names, further down, by its place: the issuer",
     "第二工人文化宫落成仪式举行\n11月26日，第二工人文化宫落成仪式举行。工人文化宫是职工学习的重要场所，"
     "也是一个城市的名片。此后，来宾市总工会投入资金，完善了场馆设施。\n",
     0, NULL, "news", "来宾市总工会", "广西壮族自治区/来宾市", "市"},
    {"… not when it names two",
     "第二工人文化宫落成仪式举行\n11月26日，第二工人文化宫落成仪式举行。工人文化宫是职工学习的重要场所，"
     "也是一个城市的名片。此后，来宾市总工会投入资金，完善了场馆设施，柳州市总工会也给予了支持。\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"a headline opening on a body is about it, not the higher body its text says met",
     "西安文理学院工会喜获省模范职工之家称号\n近日，陕西省总工会第十三次代表大会举行，"
     "西安文理学院工会荣获陕西省模范职工之家荣誉称号。\n",
     0, NULL, "news", "西安文理学院工会", "陕西省/西安市", "基层"},
    {"… and a headline's short name (县总工会) yields to the same body named in full",
     "县总工会召开全委会\n近日，肥西县总工会召开全委会，部署全年工作。\n", 0, NULL, "news", "肥西县总工会",
     "安徽省/合肥市/肥西县", "县"},
    {"a union that speaks out (工聯會的某某在會後表示) is the news's body",
     "標準工時委員會舉行第三場諮詢會。工聯會的某某在會後表示，他們要求盡快為標準工時立法。\n", 0, NULL, "news",
     "工聯會", "香港特别行政区", "省"},
    {"Taiwan's offices (勞動部…最低工資審議會) make its 全國… federations the island's",
     "最低工資審議登場\n勞動部上午召開最低工資審議會。全國產業總工會理事長某某指出，近年來審議會已逐漸建立共識。\n",
     0, NULL, "news", "全國產業總工會", "台湾省", "省"},
    {"a bulleted date line naming the paper and its reporter (• 2013-08-30 《某某日报》 记者…) dates news",
     "全区工会劳动竞赛推进会在我市召开\n  • 2013-08-30   《某某日报》   记者 某某\n"
     "全区工会劳动竞赛推进会28日在我市召开，我市的做法在会上得到推广。\n",
     2013, "published", "news", NULL, NULL, NULL},
    {"a paper's date line with its weekday (2012年4月17日 星期二) dates news",
     "工聯會要求標準工時立法\n2012年4月17日 星期二\n標準工時委員會昨日舉行諮詢會，工聯會的某某在會後表示要盡快立法。\n",
     2012, "published", "news", "工聯會", "香港特别行政区", "省"},
    {"the authority a text acts on (根据全国总工会《…通知》要求) is not its writer",
     "为贯彻落实有关精神，根据全国总工会《关于开展元旦春节送温暖行动的通知》要求，福建省总工会决定开展送温暖活动。\n",
     0, NULL, "news", "福建省总工会", "福建省", "省"},
    {"… nor a body inside a cited document's name (依据《全国总工会…计划》)",
     "本网讯 依据《全国总工会劳模休养五年计划》要求，省总工会从7月起组织劳模分批休养。\n", 0, NULL, "news",
     "省总工会", NULL, "省"},
    {"… nor a body that opens a cited document's name (《全国总工会关于…的意见》下发后)",
     "近日，《全国总工会关于加强职工书屋建设的意见》下发后，各地工会认真组织学习。\n", 0, NULL, "news", NULL,
     NULL, NULL},
    {"a call (号召全省工会干部…) starts no body's name",
     "关于参与投票评选活动的通知\n各有关单位：\n为宣传先进事迹，某单位推荐了候选人，并号召全省工会干部和职工群众广泛参与投票。\n",
     0, NULL, "notice", NULL, NULL, NULL},
    {"a named body the subject of the opening (汝南县总工会在指导…中，…): its work, told as news",
     "汝南县总工会在指导645家企事业单位推进工资集体协商工作中，坚持由企业提出要约，取得了实效。\n", 0, NULL,
     "news", "汝南县总工会", "河南省/驻马店市/汝南县", "县"},
    {"an occasion's visit told in the past tense (中秋来临之际，…送去了…) is news, not a summary",
     "中秋来临之际，区总会心系困难职工。为了让他们过个愉快的中秋节，对全区困难职工进行了走访，"
     "发放了慰问金，共计慰问困难职工20户，取得了良好效果。\n",
     0, NULL, "news", NULL, NULL, NULL},
    {"numbered questions answered (1、什么是平等协商？…) are a leaflet's, not a plan",
     "1、什么是平等协商？平等协商是指用人单位与职工方就签订集体合同进行商谈的行为。"
     "双方要坚持平等，要加强沟通，要做好准备，将依法进行。\n"
     "2、平等协商应当遵循哪些原则？要遵循合法原则，要诚实守信，要积极推进，力争取得实效。\n",
     0, NULL, "other", NULL, NULL, NULL},
    {"a festival named by the sexagenary year (舉辦「甲辰年新春聯歡晚會」) is for that year (2024)",
     "工聯舉辦新春聯歡晚會\n澳門工會聯合總會於二月廿二日舉辦「甲辰年新春聯歡晚會」，設有歌唱、舞蹈等節目。\n", 2024,
     "dated", "news", "澳門工會聯合總會", "澳门特别行政区", "省"},
    {"… (壬辰年新春团拜: 2012)",
     "工联会举行新春团拜\n工联会于今天举行壬辰年新春团拜活动。\n", 2012, "dated", "news", "工联会",
     "香港特别行政区", "省"},
    {"… but a cyclical name alone (甲午年的历史) names no year (1894, 1954, 2014 …)",
     "近日，某市总工会举办甲午年历史图片展，职工踊跃参观。\n", 0, NULL, "news", "某市总工会", NULL, "市"},
    {"a school's union named only as such (学校工会拟…) stands at the grassroots",
     "职工文体活动方案\n为丰富教职工文化生活，学校工会拟利用课余时间组织开展系列文体活动。\n", 0, NULL, "plan", NULL,
     NULL, "基层"},
    {"the body a text names most often, none other as often, is its issuer",
     "冬日的山村格外寒冷。\n寒风中，一支慰问队伍走进了村子。困难职工老李一家早早等在门口。\n"
     "慰问中，县总工会为困难职工送去慰问金，某公司工会也捐了物资。历年来，县总工会坚持开展帮扶。"
     "今后，县总工会将继续做好服务。\n",
     0, NULL, "other", "县总工会", NULL, "县"},
    {"… not when two are named as often",
     "冬日的山村格外寒冷。\n寒风中，一支慰问队伍走进了村子。困难职工老李一家早早等在门口。\n"
     "慰问中，县总工会为困难职工送去慰问金，某公司工会也捐了物资。历年来，县总工会坚持开展帮扶。"
     "今后，某公司工会将继续做好服务。\n",
     0, NULL, "other", NULL, NULL, "基层"},
    {"bodies whose word a meeting relays (传达了省、市总工会和集团工会…精神) are not its writer",
     "3月8日，公司召开工会工作会议，会议传达了省、市总工会和集团工会相关会议精神，部署了全年工作。\n", 0, NULL,
     "news", "公司", NULL, "基层"},
    {"… nor a body after 传达学习 (传达学习了辽宁省总工会印发的…): a school's news, placed by the body it relays",
     "3月3日下午，校工会在会议室召开布置会。会议传达学习了辽宁省总工会印发的实施方案。\n", 0, NULL, "news",
     NULL, "辽宁省", "基层"},
    {"a journal's article (网络出版时间 on its record) is other, dated by that date",
     "某县总工会推进职工之家建设\n(整期优先)网络出版时间:2015-03-02\n"
     "近日，某县总工会召开推进会，部署职工之家建设工作。\n", 2015, "published", "other", "某县总工会",
     NULL, "县"},
    {"… and so is one under an abstract and key words (摘要, 关键词)",
     "浅谈基层工会建设\n摘要：本文分析了基层工会建设的现状。\n关键词：基层工会 建设\n"
     "近年来，各地工会积极推进基层组织建设，取得了明显成效。\n", 0, NULL, "other", NULL, NULL, NULL},
    {"a subject, then the day it acted (某某今天与…会晤): news, whatever the act",
     "工联会今天与财政司司长会晤，就新一份财政预算案提出十项建议。\n", 0, NULL, "news", "工联会",
     "香港特别行政区", "省"},
    {"a date line with its time glued on and a separator after (2023年05月23日20:15 |) dates news",
     "某市工会第六次代表大会开幕\n2023年05月23日20:15 |\n5月23日，某市工会第六次代表大会隆重开幕。\n", 2023,
     "published", "news", "某市工会", NULL, "市"},
    {"… and so does one naming the site after it (2024-12-24 | 某某网)",
     "某市市长与工会有约活动举行\n2024-12-24 | 某某网\n某市总工会今天举办市长与工会有约活动，倾听职工心声。\n",
     2024, "published", "news", "某市总工会", NULL, "市"},
    {"the body that honoured a unit (被中华全国总工会表彰为…) is not the news's",
     "本报讯 近日，某供电所职工小家被中华全国总工会表彰为全国模范职工小家。\n", 0, NULL, "news", NULL, NULL,
     NULL},
    {"a national trade union's committee of a place (中国金融工会浙江工作委员会) is that place's",
     "11月26日讯 中国金融工会浙江工作委员会今天在杭州恢复建立，共有会员单位56家。\n", 0, NULL, "news",
     "中国金融工会浙江工作委员会", "浙江省", "省"},
    {"… and its national committee (中国金融工会全国委员会) the nation's",
     "近日，中国金融工会全国委员会召开全委会议，部署下阶段工作。\n", 0, NULL, "news", "中国金融工会全国委员会",
     "全国", "全国"},
    {"a year honoured (表彰了2017年…重点工作…先进单位) is reviewed, not deployed",
     "近日，某县总工会召开全委扩大会议。会议指出，2018年要抓好职工之家建设。会议还表彰了2017年基层工会重点工作目标责任考核先进单位。\n",
     2018, "deploys", "news", "某县总工会", NULL, "县"},
    {"an honour's year (荣获“2012年度工会工作目标责任制”一等奖) is no year deployed",
     "某县总工会召开全委（扩大）会议\n会议全面安排部署了2013年的工作任务。会上，对荣获“2012年度工会工作目标责任制”一等奖的5个单位进行了表彰。\n",
     2013, "deploys", "news", "某县总工会", NULL, "县"},
    {"news of part of a year reviewed (考核…2015年上半年目标完成情况) is for that year",
     "7月17日，市总工会考核组到某县，考核某县工会2015年上半年目标责任书完成情况。\n", 2015, "reviews", "news",
     "市总工会", NULL, "市"},
    {"a year planned for (计划在2024年内开展…) is deployed",
     "6月25日，某海员工会启动关爱船员行动，并计划在2024年内开展近200项关爱活动。\n", 2024, "deploys", "news",
     "某海员工会", NULL, NULL},
    {"a plan's title glued to its text (…工会工作要点2015年，…) makes a plan, for the year that follows it",
     "XX年某局工会工作要点2015年，全市教育工会工作的总体思路是：深入贯彻落实有关精神，进一步发挥教育工会的作用。\n",
     2015, "opening", "plan", "某局工会", NULL, "基层"},
    {"an opening that draws a plan up (今天我们特在此制定工作计划) makes a plan",
     "新的一年即将到来，为了更好地开展新一年的工会工作，今天我们特在此制定工作计划。一、加强班组建设。\n", 0, NULL,
     "plan", NULL, NULL, NULL},
    {"… but a summary glued before the next year's plan (…工作总结及2009年工作计划) is a summary",
     "某总工会2008年工作总结及2009年工作计划是一篇好的范文，希望对您有帮助。今年以来，县总工会认真学习贯彻会议精神，取得了成效。\n",
     2008, "reviews", "summary", "县总工会", NULL, "县"},
    {"a chair's script's title glued to its address (…会议主持词各位领导、同志们：) is a speech",
     "全市五一表彰暨工会工作会议主持词全市五一表彰暨工会工作会议主持词各位领导、同志们：在全世界工人阶级欢庆五一之际，我们召开这次会议。\n",
     0, NULL, "speech", NULL, NULL, "市"},
    {"the chair's opening formula (各位代表：…大会…现在召开) is a speech",
     "（会议召开前，工作人员清点人数）各位代表：某公司工会第三届会员代表大会第一次全体会议现在召开。本次会议应到代表120人。\n",
     0, NULL, "speech", "某公司工会", NULL, "基层"},
    {"a speaker opening the meeting (今天，我们隆重召开…代表大会) gives a speech",
     "今天，我们隆重召开某市工会第十次代表大会，这是全市广大职工政治生活中的一件大事。\n", 0, NULL, "speech",
     "某市工会", NULL, "市"},
    {"… but a headline's 作重要讲话 over a report of the congress is news",
     "投稿邮箱  返回首页  某省工会第十三次代表大会隆重开幕 某某作重要讲话 尊敬的来宾出席  稿件来源:某某网  "
     "某某日报讯 昨日，某省工会第十三次代表大会在成都开幕。\n",
     0, NULL, "news", "某省工会", NULL, "省"},
    {"a street union named by its tier alone (街道总工会) lies where the text names its street",
     "近日，2023年度街道办事处与工会联席会议召开。会议由街道总工会主席主持，街道总工会汇报了全年工作。"
     "与会人员围绕《四川北路街道开发建设》提出建议。\n",
     2023, "dated", "news", "街道总工会", "上海市/虹口区/四川北路街道", "乡镇"},
    {"what a body did, told in the third person (近年来，赤城县总工会带领…，实现了…) is news",
     "近年来，赤城县总工会带领全县各级工会组织，紧紧围绕全县经济社会发展大局，认真履职尽责，"
     "实现了工会工作在目标上求全，措施上求变，成效上求实。\n"
     "各级工会组建率达到了95%，入会职工增加了2000人，建成了职工之家30个。\n",
     0, NULL, "news", "赤城县总工会", "河北省/张家口市/赤城县", "县"},
    {"… told as 我们 with 一年来, a summary",
     "一年来，我们在县委的领导下，完成了各项工作任务，组建工会15家，发展会员2000人，取得了良好成效。\n", 0, NULL,
     "summary", NULL, NULL, NULL},
    {"a title naming a summary and then a plan for no stated period (…工作总结及计划) is a summary",
     "工会年度工作总结及计划\n一年来，我们在上级工会的领导下，完成了各项工作任务，发展会员200人。\n", 0, NULL,
     "summary", NULL, NULL, NULL},
    {"a template site's title year over a body that masks it (…范文 … XX年) is no document's year",
     "2021年公司工会工作总结范文\n下面是小编为大家整理的工会工作总结。XX年，某某公司工会在上级工会的领导下，完成了各项工作任务。\n",
     0, NULL, "summary", "某某公司工会", NULL, "基层"},
    {"… but a template whose body writes its year keeps it",
     "2021年公司工会工作总结范文\n下面是小编为大家整理的工会工作总结。2021年，某某公司工会在上级工会的领导下，完成了各项工作任务。\n",
     2021, "title", "summary", "某某公司工会", NULL, "基层"},
    {"the date a template site puts on a speech a user uploaded (时间:…, 来源于网友上传) is no year of it",
     "工会主席在劳动竞赛会上的发言\n时间:2022-07-20 09:27:05\n导语：本文来源于网友上传，不代表本站观点。\n"
     "同志们：\n一、围绕中心，扎实开展劳动竞赛。\n",
     0, NULL, "speech", NULL, NULL, NULL},
    {"a target a headline reports (2012年基本实现…) is not the news's year",
     "全总副主席：2012年基本实现企业普遍建立工会\n2011年06月03日\n全国总工会副主席某某在会上表示，要推动企业普遍建立工会。\n",
     2011, "published", "news", "全国总工会", "全国", "全国"},
    {"a budget carried out (认真执行了2022年度预算) is reviewed, and the meeting deploys the next year",
     "近日，某学院召开教职工代表大会。余院长介绍学院认真执行了2022年度预算，并部署了新学期工作。\n", 2023,
     "reviews", "news", "某学院", NULL, "基层"},
    {"a year's end before a name (到2016年底区总工会…) is no part of it",
     "据悉，到2016年底区总工会将建成职工服务中心，2018年3月动工建设。\n", 0, NULL, "news", "区总工会", NULL, "县"},
    {"an honour conferred lately (近日，…被全国总工会授予…称号) is news",
     "近日，某某公司被全国总工会授予全国模范职工之家荣誉称号。公司工会将以此为新起点。\n", 0, NULL,
     "news", NULL, NULL, "基层"},
    {"a public document's heads (說明：一、…) make a notice",
     "說明：\n一、教師法修法草案於108年3月7日公告，此次修法將對教師工作權造成極大影響。\n"
     "二、敬請各校協助進行連署，連署書如附件。\n",
     0, NULL, "notice", NULL, NULL, NULL},
    {"a five-year plan's last year (今年是“十四五”规划实施收官之年) fixes the year (an event)",
     "3月27日，某县工会召开第十七次代表大会。今年是“十四五”规划实施收官之年，大会部署了全年工作。\n", 2025, "event",
     "news", "某县工会", NULL, "县"},
    {"… and so does its close told under way (十四五即将收官、十五五新程待启)",
     "12月19日，某市工会第十六次代表大会开幕。十四五即将收官、十五五新程待启，大会部署了今后五年工作。\n", 2025,
     "event", "news", "某市工会", NULL, "市"},
    {"… its first year too (今年是“十三五”开局之年: 2016)",
     "某县总工会召开全委会议。今年是“十三五”开局之年，会议部署了全年工作。\n", 2016, "event", "news", "某县总工会",
     NULL, "县"},
    {"… but not a look back on it",
     "某县总工会召开全委会议。回顾“十三五”开局之年的工作，会议充分肯定了成绩。\n", 0, NULL, "news", "某县总工会",
     NULL, "县"},
    {"a centenary without a count (今年是中国共产党的百年华诞) fixes the year",
     "12月26日，某学院工会召开教代会。今年是中国共产党的百年华诞，与会代表认真审议了工作报告。\n", 2021, "event",
     "news", "某学院工会", NULL, "基层"},
    {"the year a new-year address welcomes (即将迎来崭新的2006年之际) is the one it is for",
     "同志们：\n在即将迎来崭新的2006年之际，我们召开厂第八届一次职工代表大会。\n", 2006, "deploys", "speech", NULL,
     NULL, "基层"},
    {"a meeting's 会上 glued to a name (会上市总工会表彰…) is no part of it",
     "10月8日，某市召开职工表彰大会，会上市总工会表彰了十佳好事。\n", 0, NULL, "news", "市总工会", NULL, "市"},
    {"… nor a 关于 (市总关于深化工会改革的意见) or a 报送 (关于报送学校工会…)",
     "现将市总关于深化工会改革的意见印发给你们，请认真贯彻落实。\n", 0, NULL, "notice", NULL, NULL,
     NULL},
    {"words of telling or doing glued before a name (他又说工联会…) are no part of it",
     "标准工时委员会昨日举行咨询会。他又说工联会将继续争取立法。\n", 0, NULL, "news",
     "工联会", "香港特别行政区", "省"},
    {"a template site's label for its collection (小编为大家整理的2023公司工会年度工作计划) is no year of the plans",
     "下面是小编为大家整理的2023公司工会年度工作计划，供大家参考。\n年，公司工会将紧紧围绕公司中心工作，要进一步加强职工之家建设。\n",
     0, NULL, "plan", NULL, NULL, "基层"},
    {"an anniversary the year falls on (今年适逢是省港大罢工100周年、抗战胜利80周年) fixes it",
     "工联会今天举行五一酒会。会长表示，今年适逢是省港大罢工100周年、抗战胜利80周年，意义重大。\n", 2025, "event",
     "news", "工联会", "香港特别行政区", "省"},
    {"Taiwan's county names (新竹) mark its pages, whose years count from 1912 (100年 = 2011)",
     "新竹縣100年慶祝五一暨模範勞工表揚大會27日在縣政府大禮堂舉行，縣長親自頒獎。\n", 2011, "dated", "news", NULL,
     "台湾省", NULL},
    {"on Taiwan's page (中華民國…) its 全國總工會 is the island's federation",
     "中華民國全國總工會今天批評政府的最低工資政策。全國總工會指出，應遵守調整公式。\n", 0, NULL, "news",
     "中華民國全國總工會", "台湾省", "省"},
    {"… and so, named alone, is 中華民國總工會",
     "中華民國總工會今天召開記者會，呼籲政府調高最低工資。\n", 0, NULL, "news", "中華民國總工會", "台湾省",
     "省"},
    {"the body another works under (在中共某省委和全国总工会领导下) is no issuer; saying what a body is, no news",
     "贵州省总工会，是中国工会的地方组织。它在中共贵州省委和全国总工会领导下，负责指导各地工会组织的建立和发展。\n",
     0, NULL, "other", "贵州省总工会", "贵州省", "省"},
    {"a street's union the subject of the opening (截止到10月底，某某街道总工会提前完成…) makes news",
     "截止到10月底，东城区东花市街道总工会提前完成今年建会144家的目标，新发展会员3000余人。\n", 0, NULL, "news",
     "东城区东花市街道总工会", "北京市/东城区/东花市街道", "乡镇"},
    {"a union's account opening on whose leadership it worked under (镇工会在镇党委领导下，…) is a summary",
     "镇工会在镇党委领导下，在上级工会指导下，按照年初确定的目标和任务，扎实开展各项工作。今年着重做了以下几项工作。\n",
     0, NULL, "summary", "镇工会", NULL, "乡镇"},
    {"news naming no body, whose headline opens on a unit (晴隆供电局开展…): the unit's tier, not the county's",
     "晴隆供电局开展庆三八女职工健步走活动\n3月7日，晴隆供电局组织女职工在县城开展健步走活动，百余名职工参加。\n",
     0, NULL, "news", NULL, "贵州省/黔西南布依族苗族自治州/晴隆县", "基层"},
    {"… also where no place is read (市中医医院开展…): the unit's tier",
     "市中医医院开展春节前慰问走访活动\n1月25日，医院领导带队走访慰问困难职工和退休老同志。\n", 0, NULL,
     "news", NULL, NULL, "基层"},
    {"… and on a town (采育镇成功举办…): the township's tier",
     "采育镇成功举办职工趣味运动会\n近日，大兴区采育镇职工趣味运动会在镇体育场举行，三百余名职工参加。\n", 0,
     NULL, "news", NULL, "北京市/大兴区", "乡镇"},
    {"… or on a street (长沙县泉塘街道：…): the township's tier too",
     "长沙县泉塘街道：墨香送福暖人心\n1月20日，书法志愿者在长沙县泉塘街道为外卖骑手、快递员写春联、送福字。\n", 0,
     NULL, "news", NULL, "湖南省/长沙市/长沙县", "乡镇"},
    {"Taiwan's industrial union of a trade (臺灣護理產業工會) gathers many employers' workers: no tier, not a firm's",
     "臺灣護理產業工會今日上午赴衛福部陳情，要求改善護病比。\n", 0, NULL, "news", "臺灣護理產業工會", "台湾省",
     NULL},
    {"… nor a county's when a county names it (新竹縣教育產業工會)",
     "新竹縣教育產業工會今日召開記者會，批評縣府延宕教師權益。\n", 0, NULL, "news", "新竹縣教育產業工會",
     "台湾省", NULL},
    {"a visit told as 赴我县 by the host: the host's page, its union named 县总工会",
     "寒冬送暖——市总工会赴我县开展送温暖走访慰问活动\n1月17日，市总工会副主席某某赴我县走访慰问困难职工，县总工会主席某某陪同。\n",
     0, NULL, "news", "县总工会", NULL, "县"},
    {"the 各 of a northern village's name (霍各庄镇) is no \"each\": the township's union is named",
     "近日，宝坻区霍各庄镇总工会在镇文化广场为户外劳动者送去清凉饮品。\n", 0, NULL, "news",
     "宝坻区霍各庄镇总工会", "天津市/宝坻区/霍各庄镇", "乡镇"},
    {"news naming no body: the place its headline names, and that county's level",
     "蔡甸区吹响劳动竞赛号角\n3月18日，劳动竞赛现场推进会在中建钢构有限公司举行，总结推广经验。\n",
     0, NULL, "news", NULL, "湖北省/武汉市/蔡甸区", "县"},
};

static void test_pages(void **state)
{
    fixture *f = *state;
    for (size_t i = 0; i < sizeof page_rows / sizeof *page_rows; i++) {
        const struct page_row *r = &page_rows[i];
        ps_plan p;
        memset(&p, 0, sizeof p);
        assert_int_equal(ps_meta_from_string(f->cjk, f->gaz, r->text, strlen(r->text), &p),
                         PS_OK);
        if (p.year != r->year) {
            print_error("'%s': year: expected %d, got %d (%s)\n", r->rule, r->year, p.year,
                        p.from.year ? p.from.year : "-");
            fail();
        }
        if (r->year_from && (!p.from.year ||
                             strncmp(p.from.year, r->year_from, strlen(r->year_from)) != 0)) {
            print_error("'%s': year_from: expected '%s…', got '%s'\n", r->rule, r->year_from,
                        p.from.year ? p.from.year : "(null)");
            fail();
        }
        check(r->rule, "type", r->type, p.type);
        check(r->rule, "org", r->org, p.org);
        check(r->rule, "region", r->region, p.region);
        check(r->rule, "level", r->level, p.level);
        free_meta(&p);
    }
}

static void test_documents(void **state)
{
    fixture *f = *state;
    for (size_t i = 0; i < sizeof doc_rows / sizeof *doc_rows; i++) {
        const struct doc_row *r = &doc_rows[i];
        ps_plan p;
        memset(&p, 0, sizeof p);
        assert_int_equal(ps_meta_from_string(f->cjk, f->gaz, r->text,
                                             strlen(r->text), &p),
                         PS_OK);
        check(r->name, "title", r->title, p.title);
        if (p.year != r->year) {
            print_error("'%s': year: expected %d, got %d\n", r->name, r->year, p.year);
            fail();
        }
        check(r->name, "org", r->org, p.org);
        check(r->name, "level", r->level, p.level);
        check(r->name, "sector", r->sector, p.sector);
        check(r->name, "date", r->date, p.date);
        check(r->name, "doc_number", r->doc_number, p.doc_number);
        check(r->name, "region", r->region, p.region);
        free_meta(&p);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_years),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_roc_dates),
        cmocka_unit_test(test_docnums),
        cmocka_unit_test(test_org_from_title),
        cmocka_unit_test(test_level_sector),
        cmocka_unit_test(test_documents),
        cmocka_unit_test(test_pages),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
