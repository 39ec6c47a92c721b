/*
 * The issuing body: its name from the title, the administrative level it
 * works at and the sector its name states.  Rules read the name the way a
 * reader does: 林甸县总工会 is a county federation, 朝阳区卫生局工会 a
 * district health union, 神木五中 a school.  All on folded text.
 */
#include "corpus_int.h"

#include <string.h>

static const char *const plan_kinds[] = {
    "工作要点", "要点", "工作计划", "计划", "工作安排", "安排", "工作意见",
    "意见", "工作思路", "思路", "工作打算", "打算", "工作重点", "重点",
    "工作职责", "职责", "工作方案", "方案", "工作规划", "规划", "工作任务",
    "任务", "工作总结", "总结", "纲要", "工作", NULL};

/* Words that do not name a body on their own (工会, 学校工会, 全市 …). */
static const char *const generic_words[] = {
    "全国", "全省", "全市", "全县", "全区", "全乡", "全镇", "全校",
    "我校", "我市", "我县", "我区", "我局", "本校", "学校", "总工会", "工会",
    "委员会", "年度", "工作", "的", "本", "校", "第", "学期", NULL};

/* Strip one of `words` from the end of s[at, at+*len). */
static int strip_suffix(const char *s, size_t at, size_t *len,
                        const char *const *words)
{
    for (size_t k = 0; words[k]; k++)
        if (ps_ends(s + at, *len, words[k])) {
            *len -= strlen(words[k]);
            return 1;
        }
    return 0;
}

static void trim(const char *s, size_t *at, size_t *len)
{
    /* (上半年工会工作总结: a period, not a body's name) */
    static const char *const lead[] = {"关于印发", "关于转发", "关于下发", "关于",
                                       "《", " ", "(", ":", "\"", "“", "上半年",
                                       "下半年", NULL};
    static const char *const tail[] = {"关于", "的", " ", "《", "(", "\"", "“",
                                       "-", "—", "度", NULL};
    for (int again = 1; again;) {
        again = 0;
        for (size_t k = 0; lead[k]; k++)
            if (ps_starts(s + *at, *len, lead[k])) {
                size_t m = strlen(lead[k]);
                *at += m, *len -= m, again = 1;
            }
        if (strip_suffix(s, *at, len, tail))
            again = 1;
    }
}

/* True when nothing names a body once generic words are taken out. */
static int generic(const char *s, size_t n)
{
    size_t i = 0, left = 0;
    while (i < n) {
        size_t k = 0;
        for (size_t w = 0; generic_words[w] && !k; w++)
            if (ps_starts(s + i, n - i, generic_words[w]))
                k = strlen(generic_words[w]);
        if (!k) {
            uint32_t cp;
            k = ps_u8_next(s + i, n - i, &cp);
            left++;
        }
        i += k;
    }
    return left == 0;
}

int ps_org_from_title(const char *t, size_t n, size_t *at, size_t *len)
{
    size_t ya, yl, a = 0, l = n;
    int year = ps_year_find(t, n, 1, &ya, &yl);
    size_t about = ps_find(t, n, "关于");

    if (about != (size_t)-1) {
        /* X关于Y的意见: the body is X, and there is none before 关于 */
        if (about == 0)
            return 0;
        l = about;
    } else if (year && ya > 0) {
        /* 乐山市教科文卫体工会2012年工作要点: the name comes first
           (工作要点(2013年): the kind of plan too, stripped below) */
        l = ya;
        while (l > 0 && (t[l - 1] == '(' || t[l - 1] == ' '))
            l--;
        while (strip_suffix(t, a, &l, plan_kinds))
            ;
    } else {
        /* 2012年市卫生局工会工作职责: the name follows the year */
        if (year)
            a = ya + yl, l = n - a;
        while (strip_suffix(t, a, &l, plan_kinds))
            ;
    }
    trim(t, &a, &l);
    /* names are words: at least two characters, no sentence in them; and a
       plan's title names a body (…工会, …委员会, …医院), never its subject
       (《加强职工之家建设的意见》) */
    static const char *const body_words[] = {"工会", "工联", "工委", "总会", "委员会", "联合会",
                                             "局", "院", "校", "学", "公司", "厂", "中心",
                                             "集团", "联", "所", "部", "办", "处", "站", "中", "总",
                                             "行", "社", NULL};
    /* (nor a second part of the title: 2020年工作总结及2021年工作思路, whose
       总 is no body's) */
    size_t ya2, yl2;
    if (l < 6 || generic(t + a, l) || ps_find(t + a, l, "。") != (size_t)-1 ||
        !ps_has_any(t + a, l, body_words) ||
        ps_year_find(t + a, l, 1, &ya2, &yl2))
        return 0;
    *at = a, *len = l;
    return 1;
}

/* ---- level ---------------------------------------------------------- */

/* A single unit: enterprise, school, hospital, office (基层). */
static const char *const unit_words[] = {
    "中学", "小学", "学校", "大学", "学院", "幼儿园", "职中", "高中", "初中",
    "医院", "卫生院", "保健院", "公司", "集团", "工厂", "分厂", "煤矿", "油田", "银行",
    "分行", "支行", "宾馆", "酒店", "研究所", "研究院", "设计院", "电厂",
    "车间", "局机关", "委机关", "厅机关", "部机关", "卫生服务中心", "疾病预防控制中心",
    "疾控中心", "医疗中心", "妇幼保健", "超市", "商场", "分院", "科研单位", "事业单位",
    "办公室",
    /* (a court's, a procuratorate's or a scenic area's own union) */
    "法院", "检察院", "景区",
    NULL};

static const char *const numerals[] = {"一", "二", "三", "四", "五", "六", "七",
                                       "八", "九", "十", NULL};

/* 神木五中, 二中工会: a numbered middle school. */
static int numbered_school(const char *s, size_t n)
{
    for (size_t i = 3; i + 3 <= n; i++) {
        if (memcmp(s + i, "中", 3) != 0)
            continue;
        int num = (s[i - 1] >= '0' && s[i - 1] <= '9');
        for (size_t k = 0; numerals[k] && !num; k++)
            if (i >= 3 && memcmp(s + i - 3, numerals[k], 3) == 0)
                num = 1;
        size_t after = i + 3;
        if (num && (after == n || ps_starts(s + after, n - after, "工会") ||
                    ps_starts(s + after, n - after, "学")))
            return 1;
    }
    return 0;
}

static int is_unit(const char *s, size_t n)
{
    for (size_t k = 0; unit_words[k]; k++)
        if (ps_find(s, n, unit_words[k]) != (size_t)-1)
            return 1;
    if (ps_find(s, n, "机关") != (size_t)-1 && ps_find(s, n, "直") == (size_t)-1)
        return 1; /* an office union, unless 市直机关 (offices of a city) */
    /* (a station, a team or an institute: 收费站工会, 施工四队工会, 所工会,
       省食检院工会;
       Hong Kong's trade unions and Taiwan's enterprise unions: 码头业职工会,
       台铁企业工会) */
    static const char *const unit_ends[] = {
        "厂", "矿", "厂工会", "矿工会", "校工会", "站工会", "队工会", "所工会", "院工会",
        "业职工会", "企业工会",
        /* (its cabin crew's union: 国泰空中服务员工会; a Hong Kong employer's
           staff front, 医管局员工阵线; Taiwan's state firms named short) */
        "服务员工会", "员工阵线", "台电工会", "台铁工会", "中油工会", "中华邮政工会",
        /* (a metro company's: 台北捷运工会) */
        "捷运工会",
        /* (a unit's branch or centre: 分析测试中心分工会, 信息中心工会,
           某单位工会) */
        "分工会", "中心工会", "工会分会", "单位工会",
        /* (a team's or a workshop's sub-union, 采煤二队支工会, 车间工会; a
           railway depot's, 凯里车务段工会, 重庆西车辆段工会) */
        "支工会", "车间工会", "段工会",
        /* (a firm named short, 建司, 煤司, or its department, 运营维护部:
           阿拉尔新城建司工会, 某某环境运营维护部工会) */
        "司工会", "部工会",
        /* (a mining area's union, 铜川矿区工会: a mining group's unit) */
        "矿区工会",
        /* 团区委工会: an organ's own union (a bureau's, 卫生局工会, is as
           often its sector's union at the bureau's tier) */
        "团区委工会", "团市委工会", "团县委工会",
        /* (an office's, a secretariat's or a research office's own:
           市外侨办工会, 某协会秘书处工会, 某党史研究室工会委员会) */
        "办工会", "秘书处工会", "研究室工会", "研究室工会委员会", NULL};
    if (ps_ends_any(s, n, unit_ends) && !ps_ends(s, n, "街道办工会"))
        return 1;
    /* a telecom firm's union (中华电信工会), not a tier's sector union
       named with it (大连市机重石化电信工会) */
    if (ps_ends(s, n, "电信工会") &&
        !ps_has_any(s, n, (const char *const[]){"省", "市", "县", "区", "州", NULL}))
        return 1;
    /* (a power supply bureau, 玉屏供电局, is a grid company's branch) */
    if (ps_find(s, n, "供电局") != (size_t)-1 || ps_find(s, n, "电业局") != (size_t)-1)
        return 1;
    /* an organ of a Party committee (天津市委台办工会, 县委组织部工会): its
       own union, as 团市委工会 is */
    static const char *const committees[] = {"省委", "市委", "县委", "区委", NULL};
    if (ps_ends(s, n, "工会") && !ps_ends(s, n, "总工会"))
        for (size_t k = 0; committees[k]; k++) {
            size_t at = ps_find(s, n, committees[k]);
            /* the organ's name between them: 台办, 组织部 (not a clause,
               区委副书记某某调研区教育工会) */
            size_t organ = at == (size_t)-1 ? 0 : n - at - strlen(committees[k]) - strlen("工会");
            if (organ > 0 && organ <= 12)
                return 1;
        }
    /* a community's union (柳背桥社区工会), not a community federation of
       the firms around it (某社区工会联合会) nor all of them (全街道社区工会) */
    if (ps_find(s, n, "社区") != (size_t)-1 && ps_find(s, n, "联合会") == (size_t)-1 &&
        !ps_starts(s, n, "全") && !ps_starts(s, n, "各"))
        return 1;
    return numbered_school(s, n);
}

static const struct {
    const char *word;
    const char *level;
} admin_words[] = {
    {"特别行政区", "省"}, {"自治区", "省"}, {"省", "省"}, {"自治州", "市"},
    {"地区", "市"}, {"盟", "市"}, {"州", "市"}, {"市", "市"}, {"自治县", "县"},
    {"县", "县"}, {"区", "县"}, {"旗", "县"}, {"街道", "乡镇"}, {"乡", "乡镇"},
    {"镇", "乡镇"}, {"街", "乡镇"}, /* 沙湾街总工会: Guangzhou's 街道 */
};

/* Where the place part of a name ends: before the body (工会, 局 …). */
static size_t place_part(const char *s, size_t n)
{
    static const char *const body[] = {"总工会", "工会", "教育", "卫生", "局",
                                       "委", "系统", "机关", "直属", "直",
                                       "教科文卫", "铁路", NULL};
    return ps_find_first(s, n, body);
}

/* Words holding an administrative character that name no division. */
static const char *const not_admin[] = {
    "社区", "园区", "校区", "景区", "小区", "辖区", "片区", "营区", "超市",
    "城市", "市场", "城乡", "乡村", "城镇", "乡镇", "联盟", "门市", NULL};

/* Is the administrative word at s[at] part of one of not_admin? */
static int inside_not_admin(const char *s, size_t n, size_t at)
{
    for (size_t k = 0; not_admin[k]; k++) {
        size_t wl = strlen(not_admin[k]);
        /* the word starts up to one character before `at` */
        for (size_t back = 0; back <= 3 && back <= at; back += 3)
            if (at - back + wl <= n && memcmp(s + at - back, not_admin[k], wl) == 0)
                return 1;
    }
    return 0;
}

/* Level named by the last administrative word of the place part. */
static const char *suffix_level(const char *s, size_t n)
{
    size_t best_end = 0, best_len = 0;
    const char *level = NULL;
    for (size_t k = 0; k < sizeof admin_words / sizeof *admin_words; k++) {
        const char *w = admin_words[k].word;
        size_t wl = strlen(w);
        for (size_t at = 0; at + wl <= n; at++) {
            if (memcmp(s + at, w, wl) != 0 || inside_not_admin(s, n, at))
                continue;
            size_t end = at + wl;
            if (end > best_end || (end == best_end && wl > best_len)) {
                best_end = end, best_len = wl;
                level = admin_words[k].level;
            }
        }
    }
    return level;
}

int ps_org_company_union(const char *org, size_t n)
{
    /* (a trade's union, 空服员职业工会, and a federation are at no tier
       RULES.md names) */
    static const char *const not_one[] = {"总工会", "联合会", "联合工会", "职业工会",
                                          "工联会", "工会联合", NULL};
    if (!ps_ends(org, n, "工会") || ps_has_any(org, n, not_one) ||
        ps_org_trade_industrial(org, n))
        return 0;
    static const char *const company[] = {"产业工会", "企业工会", "雇员工会", "职工会", NULL};
    return ps_ends_any(org, n, company);
}

int ps_org_trade_industrial(const char *org, size_t n)
{
    /* (Taiwan's 产业工会 is an industry's union by law; one named by a trade,
       台湾护理产业工会, 高市教育产业工会, 全国外送产业工会, gathers that
       trade's workers of many employers, while 台铁产业工会 is one firm's) */
    static const char *const trades[] = {"教育", "护理", "外送", "货运", "仓储", "通信",
                                         "网路", "运输", "医疗", "金融", "服务", "平台",
                                         "电力", NULL};
    return ps_ends(org, n, "产业工会") && ps_has_any(org, n, trades);
}

int ps_org_tierless(const char *org, size_t n)
{
    return (ps_ends(org, n, "工联会") || ps_ends(org, n, "工会联合会")) &&
           ps_has_any(org, n, (const char *const[]){"社区", "村", "园区", "商圈", "楼宇", NULL});
}

const char *ps_org_level(const char *org, size_t n, int place_level)
{
    /* (中华全国总工会 holds 全国; 中華電信…企業工會 is a firm's) */
    if (ps_find(org, n, "全国") != (size_t)-1 || ps_starts(org, n, "全总"))
        return "全国";
    if (ps_org_tierless(org, n))
        return NULL;
    if (is_unit(org, n))
        return "基层";
    /* a bureau's union (商务局工会, 区体育局工会, 安康市统计局工会委员会):
       the bureau's own, its staff's, whatever place names it; but an
       education, health or construction bureau's (朝阳区卫生局工会, 县城乡
       建设局工会) is the union of its sector's schools, hospitals or firms
       at the bureau's tier, and a railway bureau's (哈尔滨铁路局工会) its
       region's; such a bureau named with neither place nor tier (教育局
       工会) is still the bureau's own */
    if (ps_ends(org, n, "局工会") || ps_ends(org, n, "局工会委员会")) {
        int sector_bureau = ps_has_any(org, n,
                                       (const char *const[]){"教育局", "卫生局", "卫健局",
                                                             "卫计局", "建设局", "路局", NULL});
        if (!sector_bureau ||
            (!place_level &&
             !ps_has_any(org, n, (const char *const[]){"省", "市", "县", "区", "州", "旗", NULL})))
            return "基层";
    }
    /* a development zone's union stands at a county's tier; a street's
       in it (成都高新区西园街道总工会) at a township's */
    if (ps_has_any(org, n, (const char *const[]){"开发区", "高新区", "经开区", "新区", NULL}))
        return ps_has_any(org, n, (const char *const[]){"街道", "镇总工会", "镇工会", NULL})
                   ? "乡镇"
                   : "县";
    /* 乡镇工会, 乡镇(街道)总工会: a tier named, not a place */
    if (ps_starts(org, n, "乡镇"))
        return "乡镇";
    /* 武进区西湖街道总工会: the street's, though only its district is in
       the gazetteer */
    const char *named = suffix_level(org, place_part(org, n));
    if (named && !strcmp(named, "乡镇") && place_level < PS_PLACE_TOWNSHIP)
        return named;
    switch (place_level) {
    case PS_PLACE_PROVINCE:
        return "省";
    case PS_PLACE_PREFECTURE:
        return "市";
    case PS_PLACE_COUNTY:
        return "县";
    case PS_PLACE_TOWNSHIP:
        return "乡镇";
    }
    return suffix_level(org, place_part(org, n));
}

/* ---- sector --------------------------------------------------------- */

static const struct {
    const char *word;
    const char *sector;
} sector_words[] = {
    {"教科文卫", "教科文卫体"}, {"铁路", "铁路"},
    {"教育", "教育"}, {"教工委", "教育"}, {"卫生", "卫生"}, {"卫健", "卫生"},
    {"卫计", "卫生"}, {"医疗", "卫生"}, {"医院", "卫生"}, {"交通", "交通"},
    {"建设", "建设"}, {"农林", "农林"}, {"农业", "农业"}, {"林业", "林业"},
    {"水利", "水利"}, {"金融", "金融"}, {"财贸", "财贸"}, {"商贸", "商贸"},
    {"邮电", "邮电"}, {"邮政", "邮政"}, {"电力", "电力"}, {"能源", "能源"},
    {"冶金", "冶金"}, {"化工", "化工"}, {"机械", "机械"}, {"国防", "国防"},
    {"民航", "民航"}, {"海员", "海员"}, {"公安", "公安"}, {"税务", "税务"},
    {"文化", "文化"}, {"体育", "体育"}, {"科技", "科技"}, {"旅游", "旅游"},
    {"粮食", "粮食"}, {"供销", "供销"}, {"建筑", "建筑"}, {"煤炭", "煤炭"},
};

static const char *const school_words[] = {"中学", "小学", "学校", "大学", "学院",
                                           "幼儿园", "职中", "高中", "初中",
                                           "校工会", NULL};
static const char *const enterprise_words[] = {"公司", "集团", "工厂", "煤矿",
                                               "银行", "企业", "宾馆", "酒店",
                                               NULL};

const char *ps_org_sector(const char *org, size_t n)
{
    size_t first = (size_t)-1, at;
    const char *sector = NULL;

    /* an office union (县教育局机关工会) whatever the office does */
    if (ps_find(org, n, "机关") != (size_t)-1)
        return "机关";
    /* 教科文卫体 before 教育 and 卫生: the name's first sector word wins */
    for (size_t k = 0; k < sizeof sector_words / sizeof *sector_words; k++) {
        at = ps_find(org, n, sector_words[k].word);
        if (at != (size_t)-1 && (at < first || (at == first && k == 0))) {
            first = at;
            sector = sector_words[k].sector;
        }
    }
    for (size_t k = 0; school_words[k]; k++)
        if (ps_find(org, n, school_words[k]) != (size_t)-1)
            return "学校";
    if (numbered_school(org, n))
        return "学校";
    if (sector)
        return sector;
    for (size_t k = 0; enterprise_words[k]; k++)
        if (ps_find(org, n, enterprise_words[k]) != (size_t)-1)
            return "企业";
    if (ps_ends(org, n, "厂") || ps_ends(org, n, "厂工会") ||
        ps_ends(org, n, "矿") || ps_ends(org, n, "矿工会"))
        return "企业";
    if (ps_find(org, n, "总工会") != (size_t)-1 || ps_starts(org, n, "全总"))
        return "总工会";
    /* 八字桥乡工会: a place's own union is its federation */
    size_t p = place_part(org, n);
    if (p > 0 && p < n && suffix_level(org, p) && !is_unit(org, n) &&
        ((n - p == 6 && memcmp(org + p, "工会", 6) == 0) ||
         (n - p == 15 && memcmp(org + p, "工会委员会", 15) == 0) ||
         (n - p == 15 && memcmp(org + p, "工会联合会", 15) == 0)))
        return "总工会";
    return NULL;
}

/* ---- scope phrases -------------------------------------------------- */

void ps_org_scope(const char *s, size_t n, const char **level,
                  const char **sector)
{
    static const struct {
        const char *word, *level, *sector;
    } scopes[] = {
        {"学校工会", "基层", "学校"}, {"校工会", "基层", "学校"},
        {"我校", "基层", "学校"},     {"全校", "基层", "学校"},
        {"全国", "全国", NULL},       {"全省", "省", NULL},
        {"全市", "市", NULL},         {"全县", "县", NULL},
        {"全乡", "乡镇", NULL},       {"全镇", "乡镇", NULL},
    };
    *level = NULL, *sector = NULL;
    for (size_t k = 0; k < sizeof scopes / sizeof *scopes; k++)
        if (ps_find(s, n, scopes[k].word) != (size_t)-1) {
            *level = scopes[k].level;
            *sector = scopes[k].sector;
            return;
        }
}

/* Bodies that sign: names that hold 工会, 委员会 or a unit. */
int ps_org_like(const char *s, size_t n)
{
    return ps_find(s, n, "工会") != (size_t)-1 || ps_find(s, n, "委员会") != (size_t)-1 ||
           ps_find(s, n, "工委") != (size_t)-1 || ps_org_level(s, n, 0) != NULL;
}
