/*
 * Union bodies named anywhere in a document, and which of them issued it.
 *
 * Real pages are mostly not plans with a tidy title: meeting news
 * (梧州市总工会召开十七届二次全委会议), notices, reports, speeches and passages.
 * Their issuing body is the subject of the opening sentence, the body that
 * signs, or the one the headline names.  This file finds every name that
 * ends in a union word (总工会, 工会, 工联会, 工会联合会 …) with the words
 * before it that belong to the name, and ranks the mentions by where they
 * stand.  All on folded text.
 */
#include "corpus_int.h"

#include <string.h>

/* Words that end a union's name, longest first. */
static const char *const union_words[] = {
    "工会工作委员会", "工会联合总会", "工会总联合会", "工会联合会", "工会委员会", "职工会联盟",
    "工会联盟", "职工总会", "总工会", "工联总会", "工联会", "职工盟", "工会", "工委", "职工会",
    "劳工联合会", "劳工社团联会",
    /* (Hong Kong's 劳联 and Macau's 工联, written alone: see ps_bodies_find) */
    "劳联", "工联",
    /* (醫管局員工陣線: a Hong Kong employer's staff union, named as a front) */
    "员工阵线", NULL};

/* Longest name looked at before the union word, in characters. */
#define NAME_MAX_CHARS 20

/* A name never starts with these: they end the clause before it. */
static const char *const lead_words[] = {
    "近日", "日前", "昨日", "今日", "今天", "近期", "目前", "上午", "下午", "晚上",
    "根据", "按照", "按", "由", "在", "受", "向", "为", "对", "给", "与", "同", "结合",
    "发挥", "产生", "促进", "需要", "开创", "创新", "简介", "认真", "布置", "迫切",
    "及", "联合", "会同", "协同", "召开", "举办", "参加", "出席", "代表", "组织",
    "转发", "印发", "下发", "配合", "协助", "指导", "督促", "要求", "以", "是",
    "将", "把", "从", "被", "让", "请", "和", "获", "荣获", "授予", "命名",
    "成立", "建立", "组建", "加入", "进入", "欢迎", "访问", "赴", "到", "来自",
    "选举", "替补", "总结", "了", "明确", "进一步", "听取", "使", "希望", "就",
    "纪念", "的", "主席", "常委会", "委员会", "检查", "看望", "慰问", "感谢", "宣告",
    "宣布", "等", "率领", "带领", "带队", "奖励", "表彰", "推动", "支持", "帮助",
    "获悉", "委托", "贯彻", "落实", "确保", "今年", "明年", "去年", "全年", "实现", "时任",
    "号召", "动员", "引导", "今后",
    /* (前天市总工会…召开, 2018年度我镇工会…: a day, a year's end) */
    "前天", "年度", "既有",
    /* (…一行来三明市调研工会工作: a visit's verb, no name's part) */
    "调研", "考察", "视察", "督导", "走访", "督察", "督查",
    /* (a template's masked year: XX年某局工会工作要点) */
    "XX年", "xx年", "××年",
    /* (到2016年底区总工会…: the year's end, then the name) */
    "年底", "底",
    /* (会上市总工会…, 市总关于深化工会…) */
    "会上", "关于", "报送",
    /* (举行香港教育工作者工会…, 他又说工联会…, 并指出…分行工会, 积极响应省总工会,
       已列入市总工会, 2019年度学校工会, 国际劳动节庆祝工联会) */
    "举行", "说", "指出", "表示", "响应", "列入", "执行", "加强", "增强", "展现", "报告",
    "年度", "庆祝", "兄弟", "展现出", "标志着", "筹备", "持有", "开始", "赞扬", "称赞",
    /* (强调工联会…, 市民介绍…, 还包括…, 相信市工会…, 身兼…, 多谢…, 此次省总工会,
       完善管理区工会, 其中省总工会, 热烈祝贺州工会, 鼓励学院工会, 邀集…, 所有工会,
       判决台铁产业工会, 紧紧围绕教育工会, 如何做好…企业工会, 某某率市总工会) */
    "强调", "介绍", "包括", "相信", "身兼", "多谢", "此次", "完善", "其中", "祝贺", "鼓励",
    "勉励", "邀集", "所有", "判决", "围绕", "做好", "率",
    /* (天津市开展工会…, 加快推进省农林水利交通建设工会, 专访香港工联会…) */
    "开展", "推进", "加快", "专访",
    /* (继市总工会…之后, 劳工局携手工会, 依托工会, 并经工会委员会; 现任台电
       工会…, 双方达成…, 最终台电工会…) */
    "继", "携手", "携", "依托", "并经", "现任", "达成", "最终", NULL};

/* What stands before 工会 in a phrase that names no particular body. */
static const char *const generic_heads[] = {
    "各级", "基层", "全市", "全县", "全区", "全省", "全国", "全镇", "全乡", "全校", "全州", "全旗",
    "各", "上级", "本级", "企业", "非公企业", "新建", "职工", "广大", "各类", "该",
    "这", "所在", "两级", "三级", "各基层", "我", "本", "区域性", "行业", "产业", "油田",
    "单位", "本单位", "我校", "学校", "基层单位", "驻村", "联合", "建会",
    "农民工", "地方", "县级", "市级", "省级", "乡镇", "乡镇(街道)", "村", "社区",
    "机关", "事业单位", "公司", "园区", "楼宇", "新就业形态", "平台", "网上",
    "中国", "中国特色社会主义", "一线", "群团", "团委", "党委", "妇联", "共青团",
    "工商联", "我厂", "本厂", "全厂", "我院", "本院", "全院", "我校", "本校", "我公司", "本公司",
    "我局", "本局", "我所", "我站", "我行", "我镇", "我县", "我市", "我区", "直辖市",
    "计划单列市", "地级市", "县级市", "省辖市", NULL};


/* True when the character at s[i] can be part of a body's name. */
static int name_char(const char *s, size_t n, size_t i)
{
    uint32_t cp;
    ps_u8_next(s + i, n - i, &cp);
    if (cp >= '0' && cp <= '9')
        return 1;
    /* XX县总工会: letters only as placeholders, not a site's "com" */
    if (cp < 0x80)
        return cp == 'x' || cp == 'X';
    /* CJK ideographs and 〇; not punctuation, not blanks */
    return (cp >= 0x3400 && cp <= 0x9FFF) || cp == 0x3007 || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* The union word at s[i], its length or 0. */
static size_t union_word_at(const char *s, size_t n, size_t i)
{
    /* every union word starts with 工 职 总 劳 or 员 (E5 B7 A5, E8 81 8C,
       E6 80 BB, E5 8A B3, E5 91 98): a three-byte test at most characters
       of a page */
    if (n - i < 3)
        return 0;
    static const char heads[][4] = {"工", "职", "总", "劳", "员"};
    int head = 0;
    for (size_t k = 0; k < sizeof heads / sizeof heads[0] && !head; k++)
        head = memcmp(s + i, heads[k], 3) == 0;
    if (!head)
        return 0;
    for (size_t k = 0; union_words[k]; k++)
        if (ps_starts(s + i, n - i, union_words[k]))
            return strlen(union_words[k]);
    return 0;
}

static int is_generic(const char *s, size_t n)
{
    if (n == 0)
        return 1;
    /* 全国各级工会, 全市基层工会: every union of a tier, no body */
    if (ps_ends_any(s, n, (const char *const[]){"各级", "基层", "广大", NULL}))
        return 1;
    for (size_t k = 0; generic_heads[k]; k++)
        if (n == strlen(generic_heads[k]) && memcmp(s, generic_heads[k], n) == 0)
            return 1;
    return 0;
}

/*
 * The start of the name ending at `end` (where the union word starts):
 * back over name characters, at most NAME_MAX_CHARS, then forward past the
 * last clause word (近日, 根据, 召开 …) unless it is part of a place name.
 */
/*
 * Does a body's name start at s: a county or higher named in full (大荔县,
 * 长春经济技术开发区), or the nation (中国, 中华, 全国)?  (A level word alone
 * is no start: it ends too many names, 恩施州, 三墩镇.)
 */
static int strong_start(const ps_gazetteer *gaz, const char *s, size_t n)
{
    static const char *const words[] = {"中华", "全国", "中国", "全总", NULL};
    if (ps_starts_any(s, n, words))
        return 1;
    size_t e = 0;
    for (int c = 0; c < 12 && e < n; c++) {
        uint32_t cp;
        e += ps_u8_next(s + e, n - e, &cp);
        ps_place pl[4];
        size_t k = c >= 1 && gaz ? ps_gazetteer_lookup(gaz, s, e, pl, 4) : 0;
        for (size_t m = 0; m < k && m < 4; m++) {
            if (pl[m].level > PS_PLACE_COUNTY)
                continue;
            if (strlen(pl[m].name) == e && memcmp(pl[m].name, s, e) == 0)
                return 1; /* a full official name */
            /* a former county's name (宜宾县, now 叙州区), before 宾县
               inside it can claim the name */
            if (c >= 2 && ps_ends_any(s, e, (const char *const[]){"县", "区", "市", NULL}))
                return 1;
            /* a county's short name with a county suffix: 密云县 (now 密云
               区), before 云县 inside it can claim the name */
            if (c >= 1 && pl[m].level == PS_PLACE_COUNTY && e < n &&
                ps_starts_any(s + e, n - e, (const char *const[]){"县", "区", "市", "旗", NULL}))
                return 1;
        }
    }
    return 0;
}

/* s[0..n) names a county or a larger place (和平区, 呼和浩特; a township
   such as 和新镇 is too small to keep 和 from ending a clause). */
static int county_or_above(const ps_gazetteer *gaz, const char *s, size_t n)
{
    ps_place pl[4];
    size_t k = gaz ? ps_gazetteer_lookup(gaz, s, n, pl, 4) : 0;
    for (size_t m = 0; m < k && m < 4; m++)
        if (pl[m].level <= PS_PLACE_COUNTY)
            return 1;
    return 0;
}

static size_t name_start(const ps_text *t, const ps_gazetteer *gaz, size_t from,
                         size_t end)
{
    const char *s = t->fold;
    size_t i = end;
    for (int c = 0; c < NAME_MAX_CHARS && i > from; c++) {
        size_t p = ps_u8_prev(s, i);
        if (!name_char(s, t->fold_len, p))
            break;
        i = p;
    }
    /* 各县(市、区)总工会: a parenthesis closing just before is generic */
    size_t start = i;
    /* the last clause word inside [start, end) ends the prefix */
    for (size_t j = start; j < end;) {
        size_t wl = 0;
        for (size_t k = 0; lead_words[k] && !wl; k++)
            if (lead_words[k][0] == s[j] && ps_starts(s + j, end - j, lead_words[k]))
                wl = strlen(lead_words[k]);
        if (wl) {
            /* 和平区, 同江市, 将乐县: a place name is not a clause word */
            int place = 0;
            for (size_t e = j + 6; e <= end && e <= j + 18 && !place; e += 3)
                place = e - j > wl && county_or_above(gaz, s + j, e - j);
            /* nor inside one: 呼和浩特市 (a name of up to 4 characters
               before the word, ending after it) */
            for (size_t b = j, c = 0; gaz && !place && c < 4 && b > start; c++) {
                b = ps_u8_prev(s, b);
                for (size_t e = j + wl; e <= end && e <= b + 24 && !place; e += 3)
                    place = e - b >= 9 && county_or_above(gaz, s + b, e - b);
            }
            /* (but 主席李某和县总工会…: after a person's name, 和 joins two
               bodies' men; 和县 is Anhui's county only after its province
               or city, 安徽省和县, 马鞍山市和县, or opening the name) */
            if (place && ps_starts(s + j, end - j, "和县") && j > start &&
                !ps_ends_any(s + start, j - start, (const char *const[]){"省", "市", NULL})) {
                place = 0;
                /* (太和县, 泰和县, 新和县: counties of their own) */
                for (size_t b = j, c = 0; c < 3 && b > start && !place; c++) {
                    b = ps_u8_prev(s, b);
                    place = county_or_above(gaz, s + b, j + 6 - b);
                }
            }
            if (!place) {
                start = j + wl;
                j += wl;
                continue;
            }
        }
        uint32_t cp;
        j += ps_u8_next(s + j, end - j, &cp);
    }
    /* a date glued to the name (3月15日阜南县总工会, 2016年县总工会), but
       not 日照市: 日 and 年 end a date only after a numeral; so does a
       count (渝北区建成66个工会驿站, 西安市10个工会, 6名工联会: unions
       counted, no body named) */
    for (size_t j = start, prev_num = 0; j < end;) {
        uint32_t cp;
        size_t k = ps_u8_next(s + j, end - j, &cp);
        if ((cp == 0x65E5 /* 日 */ || cp == 0x5E74 /* 年 */ || cp == 0x53F7 /* 号 */ ||
             cp == 0x6708 /* 月: 2007年8月某区总工会 */ || cp == 0x4E2A /* 个 */ ||
             cp == 0x5BB6 /* 家 */ || cp == 0x540D /* 名 */ || cp == 0x4F59 /* 余: 500余工会 */ ||
             cp == 0x591A /* 多 */) &&
            prev_num)
            start = j + k;
        /* (a count's 余 or 多 still counts: 十多名工联会…, 500余名) */
        prev_num = (cp >= '0' && cp <= '9') || ps_starts(s + j, end - j, "十") ||
                   ps_starts(s + j, end - j, "一") || ps_starts(s + j, end - j, "二") ||
                   ps_starts(s + j, end - j, "三") || ps_starts(s + j, end - j, "〇") ||
                   (prev_num && (cp == 0x4F59 || cp == 0x591A));
        j += k;
    }
    /* (a bare year glued to it: 2023公司工会年度工作计划) */
    if (end - start > 4 && ps_year_at(s + start, 4, 1, &(size_t){0}))
        start += 4;
    /*
     * Verbs glued to the name that no list holds (迫切需要街道工会, 产生大荔县
     * 工会, 认真布置市园林局工会, 不断开创中国海员工会): a name starts where
     * its place, its level word or the nation is named, the first of them.
     */
    for (size_t j = start; j < end;) {
        if (strong_start(gaz, s + j, end - j))
            return j;
        uint32_t cp;
        j += ps_u8_next(s + j, end - j, &cp);
    }
    return start;
}

/*
 * Whether the clause before a body's name, within its line, relays that
 * body's word: 传达, 贯彻, 学习, 落实 (会议传达了湖北省、武汉市总工会相关会议
 * 精神).  The writer is the one relaying, as with 根据.
 */
static int relayed(const char *s, size_t line_start, size_t ns)
{
    static const char *const verbs[] = {"传达", "贯彻", "学习", "落实", NULL};
    size_t cs = ps_clause_start(s, line_start, ns);
    return ps_has_any(s + cs, ns - cs, verbs);
}

/* 各 meaning "each" somewhere in a phrase (县内各职业工会), not the 各 of a
   village's name in the north (霍各庄镇总工会, 马各庄村). */
static int each_word(const char *s, size_t n)
{
    for (size_t at = 0; at < n;) {
        size_t k = ps_find(s + at, n - at, "各");
        if (k == (size_t)-1)
            return 0;
        k += at;
        if (!ps_starts(s + k + 3, n - k - 3, "庄"))
            return 1;
        at = k + 3;
    }
    return 0;
}

/*
 * A body's name says what it is: a place (梧州市总工会, 港九劳工社团联会), a
 * bare level (市总工会, 区教育工会), a unit (公司, 学校, 医院, 机关 …) or the
 * nation (中华全国总工会).  "全面履行工会" or "评鉴绩优工会" names nothing.
 */
static int names_body(const ps_gazetteer *gaz, const char *s, size_t n)
{
    /* (中华民国全国总工会: Taiwan's island-wide federation; 兵团总工会:
       the 新疆生产建设兵团's) */
    static const char *const heads[] = {"省", "市", "县", "区", "镇", "乡", "街道", "州",
                                        "旗", "盟", "地区", "全国", "中华全国", "中华民国",
                                        "中国", "全总", "自治区", "兵团", NULL};
    static const char *const units[] = {
        "公司", "集团", "学校", "大学", "学院", "中学", "小学", "幼儿园", "医院",
        "卫生院", "局", "委", "厅", "办", "厂", "矿", "油田", "银行", "机关", "系统",
        "行业", "协会", "中心", "研究所", "研究院", "总院", "分院", "站", "所",
        "社", "场", "馆", "队", "部", "处", "科", "车间", "企业", "铁路", "海员",
        "教育", "卫生", "教科文卫", "金融", "邮电", "能源", "农林", "财贸", "建设",
        "交通", "服务业", "职工会", "劳工", "产业", "联合会", "联会",
        /* (九巴僱員工會: a Hong Kong company's employees' union; 中華電信工會,
           國泰空中服務員工會: a firm's or a trade's in it) */
        "雇员", "服务员", "电信", "航空", "电力", "石油",
        /* (台電工會, 台鐵工會, 中油工會, 中華郵政工會: Taiwan's state firms,
           named short) */
        "台电", "台铁", "中油", "中华邮政", NULL};
    /* (全省各级邮政工会, 各级工会: every body of a tier, not one) */
    if (ps_starts_any(s, n, (const char *const[]){"全省", "全市", "全县", "全区", NULL}) ||
        /* (县内各职业工会, 大冶市各级工会, 街道三级工会: many bodies) */
        each_word(s, n) || ps_find(s, n, "三级") != (size_t)-1)
        return 0;
    if (ps_starts_any(s, n, heads))
        return 1;
    /* 易县总工会, 梅园街道工会: a name ending in a division's suffix */
    size_t head = n;
    for (size_t k = 0; union_words[k]; k++)
        if (ps_ends(s, n, union_words[k])) {
            head = n - strlen(union_words[k]);
            break;
        }
    static const char *const suffixes[] = {"省", "市", "县", "区", "镇", "乡", "街道",
                                           "街", "州", "旗", "盟", NULL};
    for (size_t k = 0; suffixes[k]; k++)
        if (head > strlen(suffixes[k]) && ps_ends(s, head, suffixes[k]))
            return 1;
    if (ps_has_any(s, n, units))
        return 1;
    ps_place pl;
    return gaz && ps_gazetteer_resolve(gaz, s, n, NULL, 0, &pl) == PS_OK;
}

/* Words after a body that make it the subject of an act the page reports. */
/* Words that join several names (某公司、某医院和某学校): a list, not one name. */
static const char *const joiners[] = {"、", "和", "与", "及", NULL};
/* Words that open a scope rather than a name (全市各企业, 我校, 该公司, 其下属). */
static const char *const unit_scopes[] = {"全", "各", "我", "本", "该", "其", NULL};

static const char *const acts[] = {
    "召开", "举行", "举办", "组织", "开展", "印发", "下发", "转发", "召集", "在",
    "于", "联合", "深入", "把", "将", "坚持", "紧紧", "认真", "切实", "积极",
    "党组", "主席", "领导", "班子", "十", "第", "一", "二", "三", "四", "五",
    "六", "七", "八", "九", "届", "机关", "相关负责人", "负责人", "副主席", "干部",
    "工作人员", NULL};

/* An act within the few characters after a body's name, before the
   clause ends: 澳门工会联合总会(工联)晚上举行… */
static int acts_after(const char *s, size_t at, size_t end)
{
    if (ps_starts_any(s + at, end - at, acts))
        return 1;
    size_t lim = at;
    for (int c = 0; c < 12 && lim < end; c++) {
        uint32_t cp;
        size_t k = ps_u8_next(s + lim, end - lim, &cp);
        if (cp == ',' || cp == 0xFF0C || cp == 0x3002 || cp == ';')
            break;
        lim += k;
    }
    /* (a day after the subject: 桃园市产业总工会、某协会今天到…陈情) */
    static const char *const verbs[] = {"召开", "举行", "举办", "组织", "开展", "印发",
                                        "下发", "走访", "慰问", "看望", "启动", "表彰",
                                        "出台", "制定", "今天", "今日", "昨天", "昨日",
                                        "日前", "近日",
                                        /* (工联会的某某在会后表示, 某总工会今炮轰…:
                                           a union speaking out) */
                                        "今", "表示", "指出", "呼吁", NULL};
    return ps_has_any(s + at, lim - at, verbs);
}

/* Does the sentence after a body (from `at` to its end or `end`) announce
   honours it gives (表彰…的决定, 授予…称号, 命名…, …名单)? */
static int national_honours(const char *s, size_t at, size_t end)
{
    size_t lim = at;
    for (int c = 0; c < 80 && lim < end; c++) {
        uint32_t cp;
        size_t k = ps_u8_next(s + lim, end - lim, &cp);
        if (cp == 0x3002 /* 。 */)
            break;
        lim += k;
    }
    return ps_has_any(s + at, lim - at,
                      (const char *const[]){"表彰", "授予", "命名", "名单", NULL});
}

/* The length of a committee's name continuing a union's (浙江工作委员会,
   广元市委员会, 华东电力工作委员会: up to eight characters, then
   (工作)委员会), or 0. */
static size_t trade_committee(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == ' ')
        i++;
    static const char *const suffixes[] = {"工作委员会", "委员会", NULL};
    for (int c = 0; c <= 8 && i < n; c++) {
        for (size_t k = 0; c > 0 && suffixes[k]; k++)
            if (ps_starts(s + i, n - i, suffixes[k]))
                return i + strlen(suffixes[k]);
        uint32_t cp;
        size_t k = ps_u8_next(s + i, n - i, &cp);
        if (cp < 0x4E00 || cp > 0x9FFF)
            return 0;
        i += k;
    }
    return 0;
}

size_t ps_bodies_find(const ps_text *t, const ps_gazetteer *gaz, ps_body *out,
                      size_t max)
{
    size_t n = 0, sentence = 0; /* sentences seen since the content began */
    int content = 0;
    size_t prose = 0;
    for (size_t li = 0; li < t->nlines && n < max; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        int boiler = (l->flags & PS_LINE_BOILER) != 0;
        if (!boiler)
            content++;
        if (!boiler && ps_has_any(t->fold + l->s, l->e - l->s, ps_sentence_punct))
            prose++;
        const char *s = t->fold;
        for (size_t i = l->s; i < l->e && n < max;) {
            unsigned char c = (unsigned char)s[i];
            /* (??? at a line's start, or a run of them: a converter's
               placeholders for what it could not read, no sentence ends) */
            int ascii_end = (c == '!' || c == '?') && i > l->s && s[i - 1] != '?' &&
                            s[i - 1] != '!' && s[i - 1] != ' ';
            if (ascii_end || ((c == 0xE3 || c == 0xEF) &&
                              (ps_starts(s + i, l->e - i, "。") || ps_starts(s + i, l->e - i, "！") ||
                               ps_starts(s + i, l->e - i, "？"))))
                sentence++;
            size_t wl = union_word_at(s, l->e, i);
            if (!wl) {
                uint32_t cp;
                i += ps_u8_next(s + i, l->e - i, &cp);
                continue;
            }
            size_t ns = name_start(t, gaz, l->s, i);
            size_t end = i + wl;
            /* (女职工委, 女工委: a union's women's committee, a part of
               the union that acts, not a body of its own) */
            if (wl == strlen("工委") && memcmp(s + i, "工委", wl) == 0 &&
                (ps_ends(s + l->s, i - l->s, "女职") || ps_ends(s + l->s, i - l->s, "女"))) {
                i += wl;
                continue;
            }
            /* (工联会 alone on a page that names a mainland federation in
               full, 肇庆市外卖配送行业工会联合会 … 加强工联会自身建设: that
               federation written short, not Hong Kong's) */
            if (wl == strlen("工联会") && ns == i && memcmp(s + i, "工联会", wl) == 0 &&
                ps_find(t->fold, t->fold_len, "工会联合会") != (size_t)-1 &&
                ps_find(t->fold, t->fold_len, "香港") == (size_t)-1) {
                i += wl;
                continue;
            }
            /* (职工盟, Hong Kong's confederation, is written alone) */
            if (wl == strlen("职工盟") && memcmp(s + i, "职工盟", wl) == 0)
                ns = i;
            /* 劳联 is a name only alone, not after another word (亚洲劳联) */
            int short_name = wl == strlen("劳联") && memcmp(s + i, "劳联", wl) == 0;
            if (short_name && ns != i) {
                i = end;
                continue;
            }
            /* 工联 is Macau's 工联总会 written short: alone (工联派发中秋福包,
               由工联主办) or after 澳门 — never the tail of a word (职工联谊,
               劳工联合, 农民工联动) */
            if (wl == strlen("工联") && memcmp(s + i, "工联", wl) == 0) {
                int after_macau = i - ns == strlen("澳门") && memcmp(s + ns, "澳门", i - ns) == 0;
                uint32_t prev = 0;
                size_t pi = ps_u8_prev(s, i);
                if (i > l->s)
                    ps_u8_next(s + pi, i - pi, &prev);
                int alone = ns == i && (prev < 0x4E00 || prev > 0x9FFF ||
                                        ps_ends_any(s + l->s, i - l->s,
                                                    (const char *const[]){"由", "与", "和", "及",
                                                                          "在", NULL}));
                if (!alone && !after_macau) {
                    i = end;
                    continue;
                }
                short_name = 1;
            }
            /* (全国优秀工会工作者, 工会积极分子, 工会之友: people a union
               honours, named by its word, no body) */
            if (ps_starts_any(s + end, l->e - end,
                              (const char *const[]){"工作者", "积极分子", "之友", NULL})) {
                i = end;
                continue;
            }
            /* 工会工作, 工会组织: a union word followed by more of a word */
            /* (海曙区总工会工作汇报 names a body; 全县工会工作 does not, by
               its generic head); 工联会, 工联总会 and 职工盟 are names by
               themselves */
            if (short_name ||
                (ns == i && wl == strlen("工联会") &&
                 (memcmp(s + i, "工联会", wl) == 0 || memcmp(s + i, "职工盟", wl) == 0)) ||
                (ns == i && wl == strlen("工联总会") && memcmp(s + i, "工联总会", wl) == 0) ||
                ((!is_generic(s + ns, i - ns) ||
                  /* (全国工会 is every union; 全国总工会 is the ACFTU) */
                  (i - ns == strlen("全国") && memcmp(s + ns, "全国", i - ns) == 0 &&
                   wl == strlen("总工会") && memcmp(s + i, "总工会", wl) == 0)) &&
                 names_body(gaz, s + ns, end - ns))) {
                /* 中国金融工会浙江工作委员会, 中国教育工会广元市委员会: a
                   national trade union's committee of a place, the local
                   body by its official name */
                if (ps_starts(s + ns, end - ns, "中国"))
                    end += trade_committee(s + end, l->e - end);
                /* (锡山区总工会机关工会: the federation's own staff's union,
                   an organ's, not the federation) */
                if (ps_starts(s + end, l->e - end, "机关工会"))
                    end += strlen("机关工会");
                ps_body *b = &out[n++];
                b->s = ns, b->e = end, b->line = li;
                b->boiler = boiler;
                b->content_line = boiler ? 0 : content;
                b->sentence = sentence;
                b->prose_line = prose;
                /* (根据全国总工会《…通知》要求, 依据《全国总工会…计划》,
                   按(照)某县教育工会的要求: the authority a text acts on,
                   not its writer) */
                b->cited = ps_ends(s + l->s, ns - l->s, "《") ||
                           ps_ends_any(s + l->s, ns - l->s,
                                    (const char *const[]){"根据", "依据", "按照", "按", "遵照", "依照",
                                                          /* (…工会被中华全国总工会授予…:
                                                             who honoured it) */
                                                          "被", NULL});
                /* (会议传达了省、市总工会…精神, 传达学习辽宁省总工会印发的…: a
                   body whose word the writer relays earlier in the clause) */
                if (relayed(s, l->s, ns))
                    b->cited = 1;
                /* (在中共某省委和全国总工会领导下: the authority it works under) */
                if (ps_starts_any(s + end, l->e - end,
                                  (const char *const[]){"领导下", "的领导下", "指导下", "的指导下",
                                                        NULL}))
                    b->cited = 1;
                /* (中华全国总工会下发了关于表彰…的决定，某公司工会…: the
                   national body honours, and the page is the honoured
                   unit's news, as its readers take it) */
                if (ps_has_any(s + ns, end - ns,
                               (const char *const[]){"全国总工会", "全总", NULL}) &&
                    national_honours(s, end, l->e))
                    b->cited = 1;
                /* (庆祝中华全国总工会成立100周年系列活动: the body an
                   anniversary celebrates, not who holds the celebration) */
                if (ps_ends_any(s + l->s, ns - l->s,
                                (const char *const[]){"庆祝", "纪念", "迎接", NULL}) &&
                    ps_starts(s + end, l->e - end, "成立"))
                    b->cited = 1;
                b->subject = !boiler && !b->cited && acts_after(s, end, l->e);
                /* (由北京市总工会主办，大兴区总工会…承办: the body whose event
                   it is; of several, the first named, 由省总工会和香港工联会
                   主办, 由区总工会、街道总工会主办, as the first subject) */
                if (!b->subject && !boiler && !b->cited) {
                    size_t ce = end + ps_find_first(s + end, l->e - end, ps_clause_ends);
                    b->subject = ps_starts(s + end, l->e - end, "主办") ||
                                 (ps_starts_any(s + end, l->e - end, joiners) &&
                                  ps_find(s + end, (ce < l->e ? ce : l->e) - end, "主办") != (size_t)-1);
                }
            }
            i = end;
        }
    }
    return n;
}

/*
 * The issuing body among the mentions: the subject of the first sentence
 * (梧州市总工会召开…), else the first body named in the first two content
 * lines (a headline), else none — a body named later is as likely the
 * superior a school plan cites as the writer.
 */
static const ps_body *issuer_mention(const ps_body *b, size_t n)
{
    /* (a page's navigation may stand above: count lines of prose) */
    for (size_t k = 0; k < n; k++)
        if (!b[k].boiler && b[k].sentence <= 2 &&
            (b[k].content_line <= 4 || b[k].prose_line <= 1) && b[k].subject)
            return &b[k];
    for (size_t k = 0; k < n; k++)
        if (!b[k].boiler && !b[k].cited && b[k].content_line <= 1 && b[k].sentence == 0)
            return &b[k];
    /* the body the first sentence of prose is about, acting or not
       (呼和浩特市总工会以新就业形态劳动者为重点…) */
    for (size_t k = 0; k < n; k++)
        if (!b[k].boiler && !b[k].cited && b[k].sentence == 0 && b[k].prose_line == 1)
            return &b[k];
    return NULL;
}

/* Do two mentions write the same name? */
static int same_name(const ps_text *t, const ps_body *a, const ps_body *b)
{
    return a->e - a->s == b->e - b->s && memcmp(t->fold + a->s, t->fold + b->s, a->e - a->s) == 0;
}

const ps_body *ps_body_only(const ps_text *t, const ps_gazetteer *gaz, const ps_body *b,
                            size_t n)
{
    const ps_body *one = NULL;
    for (size_t k = 0; k < n; k++) {
        if (b[k].boiler || b[k].cited)
            continue;
        if (!one)
            one = &b[k];
        else if (!same_name(t, &b[k], one))
            return NULL;
    }
    return one && strong_start(gaz, t->fold + one->s, one->e - one->s) ? one : NULL;
}

/* Does mention a name body b, in full or by the end of its name (秦皇岛市
   总工会 named again as 市总工会)? */
static int names_same(const ps_text *t, const ps_body *a, const ps_body *b)
{
    size_t al = a->e - a->s, bl = b->e - b->s;
    return al <= bl && memcmp(t->fold + a->s, t->fold + b->e - al, al) == 0;
}

int ps_body_tier_only(const char *s, size_t n)
{
    return ps_starts_any(s, n, (const char *const[]){"市", "区", "县", "州", "旗", "镇", "乡", "省",
                                                     NULL});
}

/* … or by 街道 alone (街道总工会) */
static int street_or_tier_only(const ps_text *t, const ps_body *b)
{
    const char *s = t->fold + b->s;
    size_t n = b->e - b->s;
    return ps_body_tier_only(s, n) || ps_starts(s, n, "街道");
}

const ps_body *ps_body_most(const ps_text *t, const ps_body *b, size_t n)
{
    static const char *const every[] = {"各", "全", "该", NULL};
    /* the body most mentioned, counting the ends of its name (秦皇岛市总工会
       named again as 市总工会) as it; 各县区工会, 全市工会 are none */
    const ps_body *root = NULL;
    size_t best_n = 0, tie = 0;
    for (size_t k = 0; k < n; k++) {
        if (b[k].boiler || b[k].cited || ps_starts_any(t->fold + b[k].s, b[k].e - b[k].s, every))
            continue;
        size_t c = 0;
        for (size_t j = 0; j < n; j++)
            c += !b[j].boiler && !b[j].cited && names_same(t, &b[j], &b[k]);
        if (c > best_n || (c == best_n && root && names_same(t, root, &b[k])))
            root = &b[k], best_n = c, tie = 0;
        else if (c == best_n && !names_same(t, &b[k], root))
            tie = 1;
    }
    if (!root || best_n < 2 || tie)
        return NULL;
    /* a name with its place over a bare 市总工会; then as its mentions write
       it most (a longer form may hold words before the name), then the
       shorter (秦皇岛市总工会, not 河北省秦皇岛市总工会) */
    const ps_body *best = NULL;
    size_t best_e = 0;
    for (size_t k = 0; k < n; k++) {
        if (b[k].boiler || b[k].cited || !names_same(t, &b[k], root))
            continue;
        size_t e = 0;
        for (size_t j = 0; j < n; j++)
            e += !b[j].boiler && !b[j].cited && same_name(t, &b[j], &b[k]);
        int kb = street_or_tier_only(t, &b[k]), bb = best && street_or_tier_only(t, best);
        if (!best || (kb != bb ? !kb
                               : e > best_e ||
                                     (e == best_e && b[k].e - b[k].s < best->e - best->s)))
            best = &b[k], best_e = e;
    }
    return best;
}

const ps_body *ps_body_issuer(const ps_text *t, const ps_body *b, size_t n)
{
    const ps_body *who = issuer_mention(b, n);
    if (!who)
        return NULL;
    /* 铁路总工会 in the headline, 中华全国铁路总工会 in the first sentence,
       区总工会 then 太和区总工会: the same body, named in full elsewhere */
    for (size_t k = 0; k < n; k++) {
        size_t wl = who->e - who->s, kl = b[k].e - b[k].s;
        if (!b[k].boiler && kl > wl &&
            memcmp(t->fold + b[k].e - wl, t->fold + who->s, wl) == 0)
            who = &b[k];
    }
    return who;
}

/*
 * Bodies whose names hold no place: 工联会 is Hong Kong's federation, 工联
 * 总会 Macau's, 劳联 the 港九劳工社团联会.
 */
static const char *known_body_place(const char *s, size_t n)
{
    static const struct {
        const char *name, *code;
    } known[] = {{"工联会", "810000"}, {"劳联", "810000"}, {"职工盟", "810000"},
                 {"工联总会", "820000"}, {"工联", "820000"},
                 /* (the 新疆生产建设兵团's federation, at a province's tier) */
                 {"兵团总工会", "650000"}};
    /* (at the start, or ending a name run into the words before it:
       副理事长某某等工联会) */
    for (size_t k = 0; k < sizeof known / sizeof *known; k++)
        /* (市卫健工联会: a mainland city's federation of its health unions;
           东头村社区工联会, 苍城镇工联会: of a community's or a town's;
           广东翁源经济开发区工联会: a zone's; 社会事业局工联会: a bureau's) */
        if (ps_starts(s, n, known[k].name) ||
            (ps_ends(s, n, known[k].name) && strlen(known[k].name) >= 9 &&
             !ps_ends(s, n, "世界工联会") && !ps_ends(s, n, "国际工联会") &&
             !ps_has_any(s, n, (const char *const[]){"卫健", "卫生", "教育", "建设", "交通",
                                                     "机关", "文化", "科技", "社区", "街道",
                                                     "镇", "乡", "村", "县", "市", "区",
                                                     "省",
                                                     /* (社会事业局工联会, a spun copy's
                                                        大街工联会, 某园区, 某公司) */
                                                     "局", "街", "园", "公司", "集团", NULL})))
            return known[k].code;
    return NULL;
}

/*
 * A county named at the head of a body's name by its full two-character
 * name (易县总工会, 渠县总工会): the gazetteer asks such short full names for
 * a parent named elsewhere, but at the head of a union's name a name that
 * is one place only is that place.
 */
static int unique_head_place(const ps_gazetteer *gaz, const char *s, size_t n,
                             ps_place *out)
{
    size_t ends[8], ne = 0;
    for (size_t i = 0; i < n && ne < 8;) {
        uint32_t cp;
        i += ps_u8_next(s + i, n - i, &cp);
        ends[ne++] = i;
    }
    for (size_t e = ne; e-- > 1;) {
        ps_place c[2];
        size_t k = ps_gazetteer_lookup(gaz, s, ends[e], c, 2);
        if (k == 1 && strlen(c[0].name) == ends[e] && memcmp(c[0].name, s, ends[e]) == 0 &&
            c[0].level <= PS_PLACE_COUNTY) {
            *out = c[0];
            return 1;
        }
        if (k)
            return 0;
    }
    return 0;
}

/*
 * A firm named by its province's one-character name (冀中能源, 晋能集团, 川煤
 * 达竹, 陕煤集团 …): the province, when the name holds a firm's word and no
 * place is read from it otherwise.  Only the names no common word or
 * mainland place starts with (not 京东, 新, 青, 宁, 吉, 黑, 津).
 */
static int province_initial(const ps_gazetteer *gaz, const char *s, size_t n, ps_place *out)
{
    static const struct {
        const char *ch, *code;
    } initials[] = {{"冀", "130000"}, {"晋", "140000"}, {"辽", "210000"}, {"沪", "310000"},
                    {"苏", "320000"}, {"浙", "330000"}, {"皖", "340000"}, {"闽", "350000"},
                    {"赣", "360000"}, {"鲁", "370000"}, {"豫", "410000"}, {"鄂", "420000"},
                    {"湘", "430000"}, {"粤", "440000"}, {"桂", "450000"}, {"琼", "460000"},
                    {"渝", "500000"}, {"川", "510000"}, {"黔", "520000"}, {"滇", "530000"},
                    {"陕", "610000"}, {"陇", "620000"}};
    static const char *const firms[] = {"集团", "公司", "能源", "煤", "电力", "电网", "矿",
                                        "油田", "石化", "钢", "铁路", "交通", "投资", "烟草",
                                        NULL};
    if (!ps_has_any(s, n, firms))
        return 0;
    for (size_t k = 0; k < sizeof initials / sizeof *initials; k++)
        if (ps_starts(s, n, initials[k].ch))
            return ps_gazetteer_by_code(gaz, initials[k].code, out) == PS_OK;
    return 0;
}

/*
 * A branch's place, named just before its 分公司, 分行 … (中铁武汉电气化局上海
 * 分公司, 厦门银行南平分行): the last place in the name, where the first is
 * the parent firm's.  0 if the name is no branch's or names no place there.
 */
static int branch_place(const ps_gazetteer *gaz, const char *s, size_t n, const char *context,
                        size_t context_len, ps_place *out)
{
    static const char *const branches[] = {"分公司", "分行", "支行", "分局", "分院", NULL};
    size_t b = (size_t)-1;
    for (size_t k = 0; branches[k]; k++)
        for (size_t at = 0, p; at < n && (p = ps_find(s + at, n - at, branches[k])) != (size_t)-1;
             at += p + 1)
            if (b == (size_t)-1 || at + p > b)
                b = at + p;
    if (b == (size_t)-1)
        return 0;
    /* the shortest run of two to six characters before it that is a place */
    size_t start = b;
    for (int c = 0; c < 6 && start > 0; c++) {
        start = ps_u8_prev(s, start);
        if ((unsigned char)s[start] < 0x80)
            return 0;
        if (c >= 1 && ps_gazetteer_resolve(gaz, s + start, b - start, context, context_len, out) ==
                          PS_OK)
            return 1;
    }
    return 0;
}

int ps_body_place(const ps_gazetteer *gaz, const char *name, size_t n, const char *context,
                  size_t context_len, ps_place *out)
{
    const char *code = known_body_place(name, n);
    if (code && ps_gazetteer_by_code(gaz, code, out) == PS_OK)
        return 1;
    /* (矿区工会, 城区工会, 郊区工会: a mining area's, a town's or a suburb's
       union — the districts of those names, 阳泉市矿区, 长治市城区, are
       meant only after their city's name) */
    if (ps_starts_any(name, n, (const char *const[]){"矿区", "城区", "郊区", NULL}))
        return 0;
    int found = ps_gazetteer_resolve(gaz, name, n, context, context_len, out) == PS_OK ||
                unique_head_place(gaz, name, n, out) || province_initial(gaz, name, n, out);
    /* a branch in another place than its parent firm's: the branch's */
    ps_place br;
    if (found && branch_place(gaz, name, n, context, context_len, &br))
        *out = br;
    return found;
}

/*
 * A unit that holds its own workers' event (合肥市某医院在…召开第十一届工会
 * 会员代表大会, 公司在某基地召开工会工作会议, 某医院第十四届职工运动会在…
 * 举行): a school, hospital or firm is named without a union word, so it is
 * no mention ps_bodies_find sees, and the higher body the next sentence says
 * attended (市总工会…出席) would be taken for the writer.  Read in the first
 * two sentences of prose; a clause that names a union body first ends the
 * search (县总工会到某医院调研 is the federation's).
 */
static size_t skip_lead(const char *s, size_t i, size_t end)
{
    static const char *const leads[] = {
        "近日", "日前", "近期", "本报讯", "本网讯", "今天", "昨天", "昨日", "上午", "下午",
        "晚上", "早上", "上旬", "中旬", "下旬", " ", NULL};
    /* (after digits only: 日照市… is a name, 5月14日 a date) */
    static const char *const units[] = {"年", "月", "日", "号", "时", "点", "分", ":", NULL};
    for (int moved = 1; moved && i < end;) {
        moved = 0;
        size_t d = i;
        while (i < end && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i > d) {
            moved = 1;
            for (size_t k = 0; units[k]; k++)
                if (ps_starts(s + i, end - i, units[k])) {
                    i += strlen(units[k]);
                    break;
                }
        }
        for (size_t k = 0; leads[k]; k++)
            if (ps_starts(s + i, end - i, leads[k])) {
                i += strlen(leads[k]), moved = 1;
                break;
            }
    }
    return i;
}

/* A unit's name: read as grassroots and ending as a unit's name does
   (某服饰有限公司员工 names its staff, not the firm), a short name in
   brackets after it (兴义汽车运输总公司(简称兴运司)) left aside. */
static int unit_name(const char *s, size_t n)
{
    static const char *const ends[] = {
        "医院", "卫生院", "保健院", "中学", "小学", "学校", "大学", "学院", "幼儿园",
        "附小", "附中", "职中", "高中", "初中", "公司", "集团", "厂", "矿", "银行", "分行",
        "支行", "研究所", "研究院", "设计院", "中心", "分院", "供电局", "电业局", "车间",
        /* (市二十二中: ps_org_level has read it as a numbered school) */
        "中", NULL};
    const char *level = ps_org_level(s, n, 0);
    if (!level || strcmp(level, "基层"))
        return 0;
    if (n > 0 && s[n - 1] == ')') {
        size_t open = ps_find(s, n, "(");
        if (open != (size_t)-1)
            n = open;
    }
    return ps_ends_any(s, n, ends);
}

/* Where a unit's name ends: before 在, 召开 … or an ordinal count
   (某医院第十四届职工运动会), not at 第 inside the name (合肥市第一人民医院). */
static size_t name_end(const char *s, size_t from, size_t end)
{
    static const char *const ends[] = {"在", "召开", "举行", "举办", "隆重", "于",
                                       "第", "顺利", "成功", NULL};
    static const char *const counts[] = {"一", "二", "三", "四", "五", "六", "七",
                                         "八", "九", "十", NULL};
    for (size_t at = from; at < end;) {
        size_t cut = at + ps_find_first(s + at, end - at, ends);
        if (cut >= end || !ps_starts(s + cut, end - cut, "第"))
            return cut;
        size_t i = cut + strlen("第");
        while (i < end && ((s[i] >= '0' && s[i] <= '9') || ps_starts_any(s + i, end - i, counts)))
            i += s[i] >= '0' && s[i] <= '9' ? 1 : 3;
        if (i > cut + strlen("第") && (ps_starts(s + i, end - i, "届") ||
                                      ps_starts(s + i, end - i, "次")))
            return cut;
        at = cut + strlen("第");
    }
    return end;
}

/* The clause after the one ending at ce in line l, counting the sentence
   it may close; (size_t)-1 once `max` sentences have ended. */
static size_t next_clause(const char *f, const ps_line *l, size_t ce, size_t *sentences,
                          size_t max)
{
    static const char *const stops[] = {"。", "！", "!", "？", "?", "；", ";", NULL};
    if ((ce == l->e || ps_starts_any(f + ce, l->e - ce, stops)) && ++*sentences >= max)
        return (size_t)-1;
    uint32_t cp;
    return ce < l->e ? ce + ps_u8_next(f + ce, l->e - ce, &cp) : ce;
}

int ps_unit_subject(const ps_text *t, size_t *us, size_t *ue)
{
    /* what makes the event the unit's workers' own */
    static const char *const own[] = {"代表大会", "职代会", "教代会", "工会", "职工",
                                      "会员", NULL};
    /* a scope rather than a name (several subjects: joiners) */
    static const char *const scopes[] = {"全", "各", "我", "本", "该", NULL};
    /* a phrase, a banner or a clause, not a name (历时三天的某公司,
       精选优质文档-倾情为你奉上) */
    static const char *const not_name[] = {"的", "了", "-", "—", " ", "为", "召集",
                                           "是", NULL};
    const char *f = t->fold;
    size_t sentences = 0;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 5;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        int headline = !ps_has_any(f + l->s, l->e - l->s, ps_sentence_punct);
        for (size_t cs = l->s; cs < l->e;) {
            size_t ce = cs + ps_find_first(f + cs, l->e - cs, ps_clause_ends);
            /* a dateline (湛江市总工会网讯(图文/某某)4月10日下午,…) is no subject */
            size_t ns = cs, wire = ps_find(f + cs, ce - cs, "讯");
            if (wire != (size_t)-1 && wire <= 45) {
                ns = cs + wire + strlen("讯");
                if (ns < ce && f[ns] == '(') {
                    size_t close = ps_find(f + ns, ce - ns, ")");
                    ns = close == (size_t)-1 ? ns : ns + close + 1;
                }
            }
            ns = skip_lead(f, ns, ce);
            size_t cut = name_end(f, ns, ce);
            if (cut > ns && cut - ns <= 60 && !ps_starts_any(f + ns, cut - ns, scopes) &&
                !ps_has_any(f + ns, cut - ns, joiners) &&
                !ps_has_any(f + ns, cut - ns, not_name) &&
                !ps_has_any(f + ns, cut - ns, union_words) &&
                unit_name(f + ns, cut - ns) &&
                ps_has_any(f + cut, ce - cut, own)) {
                *us = ns, *ue = cut;
                return 1;
            }
            /* (a headline that names no unit is passed over: 兴运司召开工会
               工作研讨会 before its text names the firm in full) */
            if (headline)
                break;
            if (ps_has_any(f + ns, ce - ns, union_words))
                return 0;
            if ((cs = next_clause(f, l, ce, &sentences, 2)) == (size_t)-1)
                return 0;
        }
    }
    return 0;
}

/* Words that end a unit's name (常州市船闸管理中心职工书屋荣获…, 滕州市工人
   文化宫被命名为…: a centre's or a union-run palace's own honour). */
static const char *const unit_words[] = {"公司", "集团", "医院", "学校", "中学", "小学", "大学",
                                         "学院", "银行", "分行", "支行", "农商行", "煤矿", "矿",
                                         "厂", "钢", "卫生院", "幼儿园", "中心", "文化宫",
                                         /* (某铁路项目荣获…, 某劳模创新工作室获…) */
                                         "项目", "工作室", NULL};

/*
 * A unit honoured in the headline or the first two sentences, as their
 * subject (宁乡农商行被授予“全国模范职工之家”, 西安市红会医院工会荣获…,
 * 运河煤矿副井绞车班被授予…): the page is that unit's news, whoever gave
 * the honour (as the readers of sets W–Z labelled it).  *us, *ue the
 * unit's name as written; 0 if no unit is so honoured.
 */
int ps_honoured_unit(const ps_text *t, size_t *us, size_t *ue)
{
    static const char *const honoured[] = {"被授予", "荣获", "被评为", "获评", "被命名为",
                                           "喜获", "被表彰为", "获得",
                                           /* (某医院获2023年度…, 某工作室获省级荣誉) */
                                           "获20", "获“", "获省", "获市", "获全国", "获国家",
                                           NULL};
    static const char *const not_name[] = {"的", "了", "在", "为", "是", "由",
                                           "会议", "大会", NULL};
    const char *f = t->fold;
    size_t sentences = 0;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 4;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        for (size_t cs = l->s; cs < l->e;) {
            size_t ce = cs + ps_find_first(f + cs, l->e - cs, ps_clause_ends);
            size_t ns = skip_lead(f, cs, ce);
            size_t v = ns + ps_find_first(f + ns, ce - ns, honoured);
            /* (集团职工书屋获省总工会…通报表彰: honoured by a body named
               between) */
            size_t got = v < ce ? (size_t)-1 : ps_find(f + ns, ce - ns, "获");
            if (got != (size_t)-1 &&
                ps_has_any(f + ns + got, ce - ns - got,
                           (const char *const[]){"表彰", "嘉奖", "表扬", NULL}))
                v = ns + got;
            /* (某机场集团在…技能竞赛决赛中荣获佳绩: the unit stands before
               where it won) */
            size_t at = ps_find(f + ns, v < ce ? v - ns : 0, "在");
            if (v < ce && at != (size_t)-1 && at > 0)
                v = ns + at;
            if (v < ce && v > ns && v - ns <= 60 && !ps_starts_any(f + ns, v - ns, unit_scopes) &&
                !ps_has_any(f + ns, v - ns, joiners) && !ps_has_any(f + ns, v - ns, not_name) &&
                ps_has_any(f + ns, v - ns, unit_words)) {
                /* (a unit's name may hold its place, 县中医院, 中行临汾分行:
                   its tier is not what its place says) */
                *us = ns, *ue = v;
                return 1;
            }
            if ((cs = next_clause(f, l, ce, &sentences, 2)) == (size_t)-1)
                return 0;
        }
    }
    return 0;
}

/*
 * A unit that opens the headline holding or entering what it tells
 * (吉林机场集团举办2022年度…技能竞赛, 晋能集团代表队参加省…大赛, 某分公司
 * 开展…启动仪式): the unit's news, though its opening sentence names the
 * federation whose campaign or contest it is.  *us, *ue the unit's name
 * as written, up to its last unit word (and 工会 after it); 0 if the
 * headline does not so open.
 */
int ps_acting_unit(const ps_text *t, size_t tline, size_t *us, size_t *ue)
{
    /* (not 举行: 第二工人文化宫落成仪式举行 is an event held, whoever holds it) */
    static const char *const acts[] = {"举办", "开展", "召开", "参加", "角逐", NULL};
    /* (not a federation, 县总工会在某公司举办…, nor a scope, 全市各企业) */
    static const char *const not_unit[] = {"总工会", "工会联合会", "工联", "工委", "的", "在",
                                           /* (某某赴某项目…, 十堰全市重点项目…: a
                                              visitor's way, a city's many units) */
                                           "赴", "到", "全市", "全省", "全县", "全区", NULL};
    if (tline >= t->nlines)
        return 0;
    const char *f = t->fold;
    const ps_line *l = &t->lines[tline];
    size_t ce = l->s + ps_find_first(f + l->s, l->e - l->s, ps_clause_ends);
    size_t ns = skip_lead(f, l->s, ce);
    size_t v = ns + ps_find_first(f + ns, ce - ns, acts);
    if (v >= ce || v == ns || ps_starts_any(f + ns, v - ns, unit_scopes) ||
        ps_has_any(f + ns, v - ns, joiners) || ps_has_any(f + ns, v - ns, not_unit))
        return 0;
    /* the unit's name ends with its last unit word (世博集团百日竞赛…: 世博集团),
       not one a place's name holds (舞钢市朱兰街道办事处) */
    size_t end = 0;
    for (size_t k = 0; unit_words[k]; k++)
        for (size_t at = ns, p; at < v && (p = ps_find(f + at, v - at, unit_words[k])) != (size_t)-1;
             at += p + strlen(unit_words[k])) {
            size_t e = at + p + strlen(unit_words[k]);
            if (e > end && !ps_starts_any(f + e, v - e, (const char *const[]){"市", "县", "区", NULL}))
                end = e;
        }
    if (!end || end - ns > 60)
        return 0;
    if (ps_starts(f + end, v - end, "工会"))
        end += strlen("工会");
    *us = ns, *ue = end;
    return 1;
}

/*
 * On a page of Taiwan, a city's labour bureau holding what the page tells
 * (台南市勞工局3日於善化舉辦…, 桃園市政府勞動局為落實…持續推動…): the
 * government is the page's actor, not the unions it brings together.  The
 * bureau must open its clause and be followed, in its sentence, by what a
 * holder does.
 */
int ps_gov_holder(const ps_text *t, size_t *gs, size_t *ge)
{
    static const char *const bureaus[] = {"劳工局", "劳动局", NULL};
    static const char *const holds[] = {"举办", "办理", "举行", "召开", "主办", "推动", NULL};
    /* (ASCII punctuation and spaces, which folding makes of ，（）： …, too) */
    static const char *const opens[] = {"。", "、", "▲", "】", "」", "「", "]", NULL};
    const char *f = t->fold;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 4;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        for (size_t at = l->s, p; at < l->e && (p = ps_find_first(f + at, l->e - at, bureaus)) <
                                                   l->e - at;
             at += p + strlen("劳工局")) {
            size_t b = at + p, e = b + strlen("劳工局");
            /* back over the place (台南市, 桃园市政府) to where the clause opens */
            size_t s = b;
            for (int c = 0; c < 8 && s > l->s; c++) {
                size_t q = ps_u8_prev(f, s); /* (a line starts on a character) */
                if ((unsigned char)f[q] < 0x80 || ps_starts_any(f + q, s - q, opens))
                    break;
                s = q;
            }
            int opened = s == l->s || (unsigned char)f[s - 1] < 0x80 ||
                         ps_ends_any(f + l->s, s - l->s, opens);
            /* (勞工局長某某, 勞工局專門委員某某代表市長出席: a person;
               勞工局委託本會辦理: the union does it) */
            if (!opened || s == b ||
                ps_starts_any(f + e, l->e - e,
                              (const char *const[]){"长", "副局长", "专门委员", "科长", "主任",
                                                    "代表", "委托", NULL}))
                continue;
            size_t ce = e + ps_find_first(f + e, l->e - e, (const char *const[]){"。", ";", NULL});
            if (ps_has_any(f + e, ce - e, holds)) {
                *gs = s, *ge = e;
                return 1;
            }
        }
    }
    return 0;
}

/* Is words[k] at s[0..n) somewhere as a word of its own?  我行 (a bank
   branch of itself) is no bank in a slogan's 我行动 (我健康、我行动). */
static int has_word(const char *s, size_t n, const char *w)
{
    size_t wl = strlen(w);
    if (strcmp(w, "我行") != 0)
        return ps_find(s, n, w) != (size_t)-1;
    for (size_t at = 0, k; at < n && (k = ps_find(s + at, n - at, w)) != (size_t)-1;
         at += k + wl)
        if (!ps_starts(s + at + k + wl, n - at - k - wl, "动"))
            return 1;
    return 0;
}

int ps_opening_has(const ps_text *t, size_t lines, const char *const *words)
{
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < lines;
         li = ps_text_content(t, li + 1), seen++)
        for (size_t k = 0; words[k]; k++)
            if (has_word(t->fold + t->lines[li].s, t->lines[li].e - t->lines[li].s, words[k]))
                return 1;
    return 0;
}

int ps_host_visited(const ps_text *t)
{
    static const char *const come[] = {"莅临", "来到", "走进", "深入", "来", "到", "赴", NULL};
    static const char *const units[] = {"校", "院", "局", "公司", "厂", "司", "集团", "单位",
                                        "行", "矿", "所", "中心", "园", NULL};
    const char *f = t->fold;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 6;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        for (size_t at = l->s, p; at < l->e && (p = ps_find_first(f + at, l->e - at,
                                                                   (const char *const[]){"我", "本", NULL})) <
                                                   l->e - at;
             at += p + strlen("我")) {
            size_t w = at + p, u = w + strlen("我");
            if (ps_ends_any(f + l->s, w - l->s, come) && ps_starts_any(f + u, l->e - u, units))
                return 1;
        }
    }
    return 0;
}

const char *ps_host_tier(const ps_text *t, const char *visitor)
{
    /* a visit told: a party (一行, 带队) or a team (调研组, 检查组) */
    static const char *const party[] = {"一行", "带队", "带领", "调研组", "检查组", "督查组",
                                        "慰问团", "考察组", "评估组",
                                        /* (…常务副主席某某来我县调研, 市总工会赴我县
                                           慰问: one official or body coming, told by
                                           the host) */
                                        "来我", "莅临我", "赴我", "到我", NULL};
    static const struct {
        const char *we, *level;
    } hosts[] = {{"我省", "省"}, {"我市", "市"}, {"我州", "市"}, {"我县", "县"}, {"我区", "县"},
                 {"我旗", "县"}, {"我镇", "乡镇"}, {"我乡", "乡镇"}};
    /* (the tiers as ps_place_level_of counts them, the nation above all) */
    int national = visitor && !strcmp(visitor, "全国");
    int vt = national ? 0 : ps_place_level_of(visitor);
    if (!national && !vt)
        return NULL;
    const char *f = t->fold;
    int told = 0;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 6;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        told |= ps_has_any(f + l->s, l->e - l->s, party);
        for (size_t k = 0; told && k < sizeof hosts / sizeof *hosts; k++) {
            if (ps_find(f + l->s, l->e - l->s, hosts[k].we) == (size_t)-1)
                continue;
            /* (a city's federation in 我市 may be the county-level city's
               guest or its own: only a host below the visitor) */
            return ps_place_level_of(hosts[k].level) > vt ? hosts[k].level : NULL;
        }
    }
    return NULL;
}

/* The one place at or above a county whose name starts with the character
   at c[0..cl) somewhere in the text (徐 of 徐州, 彭 of 彭水), or 0. */
static int place_by_initial(const ps_text *t, const ps_gazetteer *gaz, size_t skip, size_t cl,
                            ps_place *out)
{
    const char *f = t->fold;
    char initial[8];
    if (cl >= sizeof initial)
        return 0;
    memcpy(initial, f + skip, cl);
    initial[cl] = '\0';
    int found = 0;
    for (size_t at = 0, k; (k = ps_find(f + at, t->fold_len - at, initial)) != (size_t)-1;
         at += k + cl) {
        size_t s = at + k;
        if (s == skip)
            continue; /* (the visit itself: 来徐调研) */
        /* the name as one, two or three more characters make it */
        size_t e = s + cl;
        for (int more = 0; more < 3 && e < t->fold_len; more++) {
            uint32_t cp;
            size_t step = ps_u8_next(f + e, t->fold_len - e, &cp);
            if (cp < 0x4E00 || cp > 0x9FFF)
                break;
            e += step;
            ps_place pl[2];
            size_t n = ps_gazetteer_lookup(gaz, f + s, e - s, pl, 2);
            if (n != 1 || pl[0].level > PS_PLACE_COUNTY)
                continue;
            if (found && strcmp(out->code, pl[0].code))
                return 0; /* 淮安 and 淮南: which? */
            *out = pl[0], found = 1;
            break;
        }
    }
    return found;
}

int ps_host_place(const ps_text *t, const ps_gazetteer *gaz, ps_place *out)
{
    /* a visit's verbs, right after the place (来漳调研, 莅同检查) */
    static const char *const verbs[] = {"调研", "考察", "检查", "视察", "慰问", "督导",
                                        "指导", "走访", "开展", "交流", "督察", "督查", NULL};
    /* (来年, 来自, 来信 …: no place; 莅 before a short name, 莅同, is the
       host's) */
    static const char *const not_place[] = {"我", "自", "年", "到", "了", "的", "信", "电",
                                            "访", "往", "看", "说", "源", "临", "之", NULL};
    if (!gaz)
        return PS_DONE;
    const char *f = t->fold;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 6;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        for (size_t at = l->s, k;
             (k = ps_find_first(f + at, l->e - at, (const char *const[]){"来", "莅", NULL})) <
             l->e - at;
             at += k + strlen("来")) {
            size_t x = at + k + strlen("来");
            /* (莅临阆中视察, 莅临鲁山调研: the place's short name after 莅临
               is the host's way of naming itself; its full name, 莅临江洪镇,
               the visitor's as often) */
            int short_only = 0;
            if (ps_starts(f + x - strlen("莅"), l->e - x + strlen("莅"), "莅临"))
                x += strlen("临"), short_only = 1;
            else if (ps_starts_any(f + x, l->e - x, not_place))
                continue;
            /* the place: one to five characters before a visit's verb */
            size_t e = x;
            int chars = 0;
            while (e < l->e && chars < 5 && !ps_starts_any(f + e, l->e - e, verbs)) {
                uint32_t cp;
                e += ps_u8_next(f + e, l->e - e, &cp);
                if (cp < 0x4E00 || cp > 0x9FFF)
                    break;
                chars++;
            }
            if (!chars || e >= l->e || !ps_starts_any(f + e, l->e - e, verbs))
                continue;
            ps_place pl[2];
            if (short_only) {
                if (chars >= 2 && ps_gazetteer_lookup(gaz, f + x, e - x, pl, 2) == 1 &&
                    pl[0].level <= PS_PLACE_COUNTY &&
                    (strlen(pl[0].name) != e - x || memcmp(pl[0].name, f + x, e - x))) {
                    *out = pl[0];
                    return PS_OK;
                }
            } else if (chars == 1) {
                /* (漳 of a text naming only 漳浦县: 漳州, the city a county
                   sharing its initial lies in, is what 来漳 means) */
                ps_place up;
                if (place_by_initial(t, gaz, x, e - x, out)) {
                    if (ps_gazetteer_parent(gaz, out, &up) == PS_OK &&
                        up.level == PS_PLACE_PREFECTURE && !strncmp(up.name, f + x, e - x))
                        *out = up;
                    return PS_OK;
                }
            } else if (ps_gazetteer_lookup(gaz, f + x, e - x, pl, 2) == 1) {
                *out = pl[0];
                return PS_OK;
            }
        }
    }
    return PS_DONE;
}

size_t ps_federation_office(const ps_text *t, size_t s, size_t e)
{
    const char *f = t->fold;
    if (!ps_ends(f + s, e - s, "工联会") && !ps_ends(f + s, e - s, "工会联合会"))
        return e;
    /* (each three characters long: the end below counts on it) */
    static const char *const offices[] = {"委员会", "服务处", "办事处", NULL};
    size_t n = t->fold_len - e < 30 ? t->fold_len - e : 30;
    size_t u = ps_find_first(f + e, n, offices);
    if (u == 0 || u >= n || ps_has_any(f + e, u, ps_sentence_punct) ||
        /* (工联会和各属会、地区服务处: the federation with its offices) */
        ps_has_any(f + e, u, (const char *const[]){"和", "与", "及", "、", "各", NULL}))
        return e;
    for (size_t i = e; i < e + u; i++)
        if ((unsigned char)f[i] < 0x80)
            return e; /* words of a name only, no digits, blanks or marks */
    return e + u + strlen("委员会");
}
