/*
 * corpus/: where the issuing body is, and at which tier — a document's
 * region (a GB/T 2260 path) and level.
 *
 * In order: the place of the body the issuer names (or of a plan's
 * title), the nation's for a national body, Taiwan's for an island-wide
 * federation; the level from the body's name or, a body naming none, from
 * the scope its words address; then, for a page still unplaced, the
 * headline, the opening, the body the site's furniture names, a
 * traditional-script page's territory, the province the text names,
 * Hong Kong's own words; and the fixes that follow (金门县 is Taiwan's, a
 * company union of Taiwan or Hong Kong is a unit's, news naming no body is
 * its place's).  All on folded text.
 */
#include "corpus_int.h"

#include <stdlib.h>
#include <string.h>

/* A copy of s, NULL for NULL (and when out of memory). */
static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* A national body's name (全国总工会, 中华全国铁路总工会, 中国海员建设工会 …). */
static int national_body(const char *s, size_t n)
{
    static const char *const names[] = {"全国总工会", "中华全国", "全总",
                                        "全国铁路总工会", "中国民航工会", NULL};
    if (ps_starts_any(s, n, names))
        return 1;
    /* 中国教科文卫体工会, 中国海员建设工会 …: 中国 + an industry + 工会, also
       as its national committee (中国金融工会全国委员会, …第三届全国委员会);
       its committee of a place (…浙江工作委员会) is that place's */
    if (ps_starts(s, n, "中国") && ps_ends(s, n, "全国委员会")) {
        size_t u = ps_find(s, n, "工会");
        if (u != (size_t)-1)
            n = u + strlen("工会");
    }
    return ps_starts(s, n, "中国") && ps_ends(s, n, "工会") && n <= 30 &&
           ps_org_sector(s, n) != NULL;
}

/* A body whose name makes it a prefecture's (州总工会, 地区…, 盟…), never a
   county-level city's as a bare 市总工会 may be. */
static int prefecture_named(const char *org)
{
    if (!org)
        return 0;
    size_t n = strlen(org);
    return ps_starts(org, n, "州") || ps_starts(org, n, "地区") || ps_starts(org, n, "盟") ||
           ps_find(org, n, "自治州") != (size_t)-1;
}

/* The tier whose unions or workers the first two lines of content address
   (全市各级工会, 全县广大职工, 全省工会…), or NULL. */
static const char *addressed_scope(const ps_text *t)
{
    static const struct {
        const char *word, *level;
    } tiers[] = {{"全国", "全国"}, {"全省", "省"}, {"全市", "市"}, {"全县", "县"}};
    static const char *const whom[] = {"各级工会", "广大职工", "工会", "职工", "各级", NULL};
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 2;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s < 240 ? l->e - l->s : 240;
        for (size_t k = 0; k < sizeof tiers / sizeof tiers[0]; k++)
            for (size_t at = 0, p; at < n && (p = ps_find(s + at, n - at, tiers[k].word)) != (size_t)-1;
                 at += p + 6)
                if (ps_starts_any(s + at + p + 6, n - at - p - 6, whom))
                    /* (全国 on Taiwan's pages is the island: its federations' tier) */
                    return k == 0 && ps_taiwan_page(t) ? "省" : tiers[k].level;
    }
    return NULL;
}

/*
 * The first body in the page's furniture (a site's name above the headline,
 * 版权所有:… below the text) on a line before `before` whose place the
 * gazetteer reads, at `level` or above (0: any): its index, with its place
 * in *out; nb if none.
 */
static size_t furniture_body(const ps_text *t, const ps_gazetteer *gaz, const ps_body *b,
                             size_t nb, size_t before, int level, ps_place *out)
{
    for (size_t k = 0; k < nb && b[k].line < before; k++)
        if (b[k].boiler &&
            ps_body_place(gaz, t->fold + b[k].s, b[k].e - b[k].s, t->fold, t->fold_len, out) &&
            (!level || out->level <= level))
            return k;
    return nb;
}

/* A mainland writer's names of the territories (中国台湾、香港): a page
   writing them speaks of a territory, not from it. */
static const char *const mainland_names[] = {"中国台湾", "中国香港", "中国澳门", NULL};

/* Words only Hong Kong's pages use (counted on the labelled pages: none
   of them on a page of elsewhere; 立法会, 特首 and 工联会 are Macau's too,
   九龙 is also 重庆's 九龙坡) */
static const char *const hk_words[] = {
    "本港", "全港", "港府", "港闻", "旺角", "深水埗", "铜锣湾", "九巴", "运输署", "公务员事务局",
    "职工会登记局", "医管局", "职工盟", "星岛", "HKT",
    /* (the MTR, outsourcing as Hong Kong says it, 长沙湾 of Kowloon: 9, 17
       and 3 pages, all Hong Kong's) */
    "港铁", "外判", "长沙湾", NULL};

/* The tier of what a headline's first words name when that is a unit or
   a township (晴隆供电局开展…, 我所职工参加…, 长沙县泉塘街道:…), else
   NULL: the subject of news that names no union body. */
static const char *headline_subject_tier(const char *s, size_t n)
{
    size_t head = n < 36 ? n : 36; /* the first twelve characters */
    while (head < n && (s[head] & 0xC0) == 0x80)
        head++;
    static const char *const units[] = {"供电", "支行", "分行", "中学", "一中", "二中", "三中",
                                        "小学", "幼儿园", "医院", "保健院", "集团", "公司",
                                        "股份", "银行", "电厂", "煤矿", "学校", "大学", "学院",
                                        "管理处", "工作站", "我所", "我厂", "我院", "我校",
                                        "我局", "我司", NULL};
    if (ps_has_any(s, head, units))
        return "基层";
    /* (a town's or a street's name, not 城镇/乡镇 or a 镇 in a phrase) */
    size_t k = ps_find(s, head, "街道");
    if (k != (size_t)-1 && k >= 6)
        return "乡镇";
    k = ps_find(s, head, "镇");
    if (k != (size_t)-1 && k >= 6 && !ps_ends_any(s, k, (const char *const[]){"城", "乡", "村", "市", NULL}))
        return "乡镇";
    return NULL;
}

/* How deep the places a text names may place a body of this tier: a city's
   body in its city, a county's, a township's or a unit's in its county
   (the township a unit stands in is the county's news, as readers place
   it), a province's in its province. */
static int text_depth(const char *level)
{
    if (!strcmp(level, "省"))
        return PS_PLACE_PROVINCE;
    if (!strcmp(level, "市"))
        return PS_PLACE_PREFECTURE;
    return PS_PLACE_COUNTY;
}

/* Hong Kong's own words on the page; 教协 (the teachers' union) only when
   not a county's 退教协 (retired teachers' association) */
static int hk_page(const ps_text *t)
{
    if (ps_has_any(t->fold, t->fold_len, hk_words))
        return 1;
    for (size_t at = 0, k; (k = ps_find(t->fold + at, t->fold_len - at, "教协")) != (size_t)-1;
         at += k + 1)
        if (at + k < 3 || memcmp(t->fold + at + k - 3, "退", 3) != 0)
            return 1;
    return 0;
}

/* A unit writing of itself (我院, 全厂, 工会小组 …) in its first eight lines
   of content: a summary's first parts may speak only of 我们. */
static int unit_scope(const ps_text *t)
{
    static const char *const words[] = {
        "我院", "本院", "全院", "院工会", "我校", "本校", "全校", "校工会", "我厂", "本厂",
        "全厂", "厂工会", "我公司", "本公司", "全公司", "公司工会", "我单位", "本单位",
        "集团工会", "医院工会", "分会", "我司", "本司", "我社区", "本社区",
        "我公司工会",
        /* only a unit has union groups, an organ's union, a hospital's
           leadership or a firm's central work */
        "工会小组", "机关工会", "局工会", "医院党", "在医院", "院中心工作", "企业的中心工作",
        "企业中心工作", "局属",
        /* (a college's, a community's, a workshop's union: 学院工会,
           医学部工会, 两级工会 of a company and its branches) */
        "学院工会", "社区工会", "分工会", "部门工会", "车间工会", "医学部工会",
        "两级工会", "中心工会", "工会分会",
        /* a workers' or teachers' congress is a unit's (DOMAIN.md), and
           so are a mine's, a depot's or a bank branch's own words */
        "职代会", "教代会", "职工代表大会", "矿工会", "段工会", "我矿", "全矿", "我行", NULL};
    return ps_opening_has(t, 8, words);
}

int ps_where_find(const ps_text *t, const ps_gazetteer *gaz, const ps_where_facts *wf,
                  ps_plan *p)
{
    const ps_title_facts *tf = wf->tf;
    const ps_issuer *is = wf->is;
    const char *tfold = tf->tfold, *ofold = is->fold;
    size_t tlen = tf->tlen, fs = tf->fs, fe = tf->fe, tline = tf->tline;
    int plan_title = tf->plan_title, kind = wf->kind;
    size_t ofs = is->s, ofe = is->e, nb = is->nb;
    const ps_body *bodies = wf->bodies;
    int lead = wf->lead;
    size_t lead_line = wf->lead_line, lead_after = wf->lead_after;
    int host = is->host, host_placed = is->host_placed, government = is->government,
        subunit = is->subunit;
    const char *host_tier = is->host_tier;
    const ps_place host_pl = is->host_pl;
    const char *level = NULL, *sector = NULL;

    /* region: the place of the body named by the org (or the title) */
    int place_level = 0, national = ofold && national_body(ofold, strlen(ofold));
    const char *who = ofold ? ofold : plan_title ? tfold : NULL;
    /* 全国产业总工会 and the like: the nation's, or on a page of Taiwan's
       (民国, 台北 …) Taiwan's own island-wide federation */
    int island = 0;
    /* (on Taiwan's page its 全國總工會 too: 中华全国总工会 is named so) */
    if (ofold && (ps_starts(ofold, strlen(ofold), "全国") ||
                  ps_starts(ofold, strlen(ofold), "中华民国"))) {
        /* (全國教師工會總聯合會: a federation of unions named so is
           Taiwan's on any page; the mainland's national unions are 中国…
           工会) */
        if (ps_taiwan_page(t) || ps_ends(ofold, strlen(ofold), "工会总联合会"))
            island = 1, national = 0;
        else
            national = 1;
    }
    ps_place isl;
    if (island && gaz && ps_gazetteer_by_code(gaz, "710000", &isl) == PS_OK) {
        if (ps_set_place(p, &isl, ps_meta_source("body", t, ofs, ofe)))
            goto nomem;
        place_level = isl.level;
    } else if (national) {
        p->region = strdup("全国");
        p->from.region = ps_meta_source("national body", t, ofs, ofe);
        if (!p->region || !p->from.region)
            goto nomem;
    } else if (gaz && who) {
        ps_place place;
        if (ps_body_place(gaz, who, strlen(who), t->fold, t->fold_len, &place)) {
            if (ps_set_place(p, &place,
                          ofold ? ps_meta_source("body", t, ofs, ofe) : ps_meta_source("title", t, fs, fe)))
                goto nomem;
            place_level = place.level;
        }
    }

    /* the host a visit names by its place (来徐调研), its union unnamed or
       named by its tier alone (市总工会): that place */
    if (host_placed &&
        (!ofold || ps_body_tier_only(ofold, strlen(ofold))) &&
        ps_set_place(p, &host_pl, strdup("host the visit names")))
        goto nomem;
    /* level and sector from the name; a nameless body by its scope */
    if (national) {
        level = "全国";
        sector = ps_org_sector(ofold, strlen(ofold));
    } else if (government || subunit) {
        level = NULL;
    } else if (ofold) {
        level = ps_org_level(ofold, strlen(ofold), place_level);
        sector = ps_org_sector(ofold, strlen(ofold));
        /* the postal company's union of a province or a city (福建邮政工会,
           莆田市邮政工会): a firm's branch union, at no tier of the
           federations (RULES.md Place rule 10); a county's is its unit's */
        if (ps_find(ofold, strlen(ofold), "邮政工会") != (size_t)-1 && place_level &&
            p->region_code && p->region_code[0] != '7' && p->region_code[0] != '8')
            level = place_level <= PS_PLACE_PREFECTURE ? NULL : "基层";
        /* Hong Kong's, Macau's and Taiwan's unions: a territory-wide
           federation is at the top (全國產業總工會 is Taiwan's), a trade's
           federation (澳門服務業總工會, 公務員總工會) at no tier RULES.md
           can name */
        if (level && p->region_code &&
            (p->region_code[0] == '7' || !strncmp(p->region_code, "81", 2) ||
             !strncmp(p->region_code, "82", 2))) {
            size_t on = strlen(ofold);
            /* (一业之总工会: 澳门制造业总工会, not 全国产业总工会 nor a
               city's 职业总工会, the federation of its trades' unions) */
            int trade = ps_find(ofold, on, "业总工会") != (size_t)-1 &&
                        ps_find(ofold, on, "产业总工会") == (size_t)-1 &&
                        ps_find(ofold, on, "职业总工会") == (size_t)-1;
            /* (in Hong Kong and Macau only the federations are territory-
               wide, 工联会, 职工盟, 劳联, 澳门工会联合总会; one trade's union,
               香港教育工作者工会, 澳门幸运博彩业职工总会, is at no tier) */
            int federation = ps_has_any(ofold, on,
                                        (const char *const[]){"工联", "工会联合", "职工盟",
                                                              "职工会联盟", "劳联", "劳工社团联会",
                                                              NULL});
            if (trade || ps_has_any(ofold, on,
                                    (const char *const[]){"服务业", "运输业", "公务员",
                                                          "职业工会", NULL}) ||
                ps_org_trade_industrial(ofold, on) ||
                (p->region_code[0] == '8' && !federation))
                level = NULL;
            else if (!strcmp(level, "全国"))
                level = "省";
            /* (on Taiwan's pages only the island's general federations,
               全国产业总工会, 全国总工会, 中华民国总工会, 全国职业总工会,
               台湾省总工会, and the federations of unions, 全国教师工会总
               联合会 (as most readers label it), are at the top; a state
               firm's union named by the island, 台湾石油工会, 台湾铁路工会,
               台湾省电信工会, is a unit's; one trade's island-wide union,
               全国外送产业工会, at none) */
            if (level && !strcmp(level, "省") && p->region_code[0] == '7' &&
                !ps_has_any(ofold, on,
                            (const char *const[]){"全国产业总工会", "全国总工会", "民国总工会",
                                                  "全国职业总工会", "全国性工会", "省总工会",
                                                  "工会总联合会", NULL}))
                level = ps_ends_any(ofold, on,
                                    (const char *const[]){"石油工会", "铁路工会", "电信工会",
                                                          "电信业工会", "电力工会", NULL})
                            ? "基层"
                            : NULL;

        }
    } else {
        if (tfold && plan_title)
            ps_org_scope(tfold, tlen, &level, &sector);
        if (!level && lead) {
            const ps_line *l = &t->lines[lead_line];
            size_t n = l->e - lead_after;
            ps_org_scope(t->fold + lead_after, n < 30 ? n : 30, &level, &sector);
        }
        /* a speech or report to a body's meeting says whose: 在全县工会工作
           会议上的讲话, 全市各级工会… in its first lines */
        int spoken = kind == PS_KIND_SPEECH || kind == PS_KIND_REPORT;
        for (size_t li = ps_text_content(t, 0), seen = 0;
             !level && spoken && li < t->nlines && seen < 2;
             li = ps_text_content(t, li + 1), seen++) {
            const ps_line *l = &t->lines[li];
            size_t n = l->e - l->s;
            ps_org_scope(t->fold + l->s, n < 180 ? n : 180, &level, &sector);
        }
        /* news or a notice naming no body: the scope its first lines
           address (全市各级工会, 全县广大职工…), not 全国代表大会 */
        if (!level && (kind == PS_KIND_NEWS || kind == PS_KIND_NOTICE))
            level = addressed_scope(t);
        if (!level && unit_scope(t))
            level = "基层";
        /* (the unit whose page names the higher body: whatever scope that
           body's words address, 全省…) */
        if (host)
            level = "基层";
        if (host_tier)
            level = host_tier;
    }
    /* a unit's news of its honour: the unit's, whatever its name says */
    if (is->honoured)
        level = "基层";
    /* a body whose name says no tier (新一届工会委员会) on a page that
       speaks as a unit (我校, 本公司, 工会小组): a unit's union */
    if (!level && ofold && !government && !subunit && !ps_org_tierless(ofold, strlen(ofold)) &&
        unit_scope(t))
        level = "基层";
    if ((level && !(p->level = dup_or_null(level))) ||
        (sector && !(p->sector = dup_or_null(sector))))
        goto nomem;
    if (level && !(p->from.level = strdup(ofold ? "body's name" : "scope words")))
        goto nomem;

    /* a grassroots union naming no place: where its superior bodies are */
    ps_place sup;
    if (!p->region && gaz && level && strcmp(level, "基层") == 0 &&
        ps_superior_place(t, gaz, &sup) == PS_OK &&
        ps_set_place(p, &sup, strdup("superior bodies cited")))
        goto nomem;

    /* news naming no body: the place its headline names (蔡甸区吹响2022劳动
       竞赛号角), a county or above */
    ps_place hp;
    if (!p->region && gaz && tfold && !plan_title && kind == PS_KIND_NEWS &&
        ps_gazetteer_resolve(gaz, tfold, tlen, t->fold, t->fold_len, &hp) == PS_OK &&
        hp.level <= PS_PLACE_COUNTY && ps_set_place(p, &hp, ps_meta_source("headline", t, fs, fe)))
        goto nomem;

    /* no place yet: the place the opening names, at the body's level */
    ps_place op;
    size_t ops, ope;
    /* (not a unit's plan: it cites its superiors, which have their rule) */
    int unit_plan = kind == PS_KIND_PLAN && p->level && !strcmp(p->level, "基层");
    /* (a body named by its tier alone, 区总工会 or 县总工会, is placed by
       what its text names further on too: 美丽故城 … 全县, 城关 with its
       streets) */
    static const char *const tiers_alone[] = {"市总工会", "县总工会", "区总工会", "街道总工会",
                                              "街道工会", "镇总工会", "镇工会", "乡工会", NULL};
    int tier_only = 0;
    for (size_t k = 0; ofold && tiers_alone[k] && !tier_only; k++)
        tier_only = !strcmp(ofold, tiers_alone[k]);
    if (!p->region && gaz && !national && !unit_plan &&
        ps_opening_place(t, gaz, ps_place_level_of(p->level), prefecture_named(ofold),
                         tier_only ? 12 : 2, &op, &ops,
                         &ope) == PS_OK) {
        if (ps_set_place(p, &op, ps_meta_source("opening", t, ops, ope)))
            goto nomem;
        /* a 市 body in a county-level city is a county's */
        if (ps_place_level_of(p->level) == PS_PLACE_PREFECTURE && op.level == PS_PLACE_COUNTY &&
            !prefecture_named(ofold)) {
            free(p->level);
            if (!(p->level = strdup("县")))
                goto nomem;
        }
    }
    /* still none, and no body of the page's own: the body whose page it is
       (来源:天津市滨海新区总工会, a union's site name above the headline),
       before any content — a site is a union's own more often than not */
    ps_place sp;
    size_t k;
    if (!p->region && gaz && !ofold &&
        (k = furniture_body(t, gaz, bodies, nb, tline == (size_t)-1 ? 6 : tline + 4, 0, &sp)) <
            nb &&
        ps_set_place(p, &sp, ps_meta_source("the page's body", t, bodies[k].s, bodies[k].e)))
        goto nomem;
    /* a body named by its tier alone (县总工会召开…) on a union's site that
       names its owner in the page's furniture (版权所有:咸阳市总工会): within
       the owner's place, when the owner is not below the body's tier */
    if (!p->region && gaz && tier_only && p->level &&
        (k = furniture_body(t, gaz, bodies, nb, t->nlines, ps_place_level_of(p->level), &sp)) <
            nb &&
        ps_set_place(p, &sp, ps_meta_source("the site's body", t, bodies[k].s, bodies[k].e)))
        goto nomem;
    /* still none, on a page in traditional script that is Taiwan's, Hong
       Kong's or Macau's by its words: that territory (GB/T 2260 stops at
       its top, and a mainland page copied into traditional script names
       its own places, read above) */
    if (!p->region && gaz && ps_traditional(t) &&
        !ps_has_any(t->fold, t->fold_len,
                    mainland_names)) {
        /* (a mainland writer's 中国台湾、香港 names the territories, and
           is none of them) */
        int hk = ps_find(t->fold, t->fold_len, "香港") != (size_t)-1,
            mo = ps_find(t->fold, t->fold_len, "澳门") != (size_t)-1;
        const char *code = ps_taiwan_page(t) && !hk && !mo ? "710000" : NULL;
        if (!code && hk && !mo)
            code = "810000";
        if (!code && mo && !hk)
            code = "820000";
        ps_place tp;
        if (code && ps_gazetteer_by_code(gaz, code, &tp) == PS_OK &&
            ps_set_place(p, &tp, strdup("the territory a traditional-script page names")))
            goto nomem;
    }
    /* still none, for a body whose tier is known (县总工会 …美丽河北):
       the province its first dozen sentences name, where a county or a
       city would be a guess; not a national page's setting (a forum held
       in 安徽) nor a template's, whose names are masked (XX县, **街道) */
    if (!p->region && gaz && !national && p->level && strcmp(p->level, "全国") &&
        !ps_cue_masked_years(t, 0) &&
        !ps_has_any(t->fold, t->fold_len, (const char *const[]){"xx", "XX", "**", "××", NULL}) &&
        ps_text_province(t, gaz, 12, text_depth(p->level), &op, &ops, &ope) == PS_OK &&
        ps_set_place(p, &op,
                     ps_meta_source(op.level == PS_PLACE_PROVINCE ? "province the text names"
                                                                   : "the place the text names",
                                    t, ops, ope)))
        goto nomem;
    /* still none, on a page whose words are Hong Kong's own, in either
       script (本港, 全港, 港府, 教协, 职工盟, 九巴 …: its papers name
       neither 香港 nor a district), and no other territory's: Hong Kong */
    if (!p->region && gaz && !national && !ps_taiwan_page(t) &&
        ps_find(t->fold, t->fold_len, "澳门") == (size_t)-1 &&
        hk_page(t)) {
        ps_place hk;
        if (ps_gazetteer_by_code(gaz, "810000", &hk) == PS_OK &&
            ps_set_place(p, &hk, strdup("Hong Kong's own words")))
            goto nomem;
    }
    /* … or Macau's (本澳, 澳府, 博企, 氹仔 …), or Taiwan's in the
       mainland's script, its government's organs named (立法院, 行政院,
       卫福部, 劳基法): that territory, unless a mainland writer names it
       (中国台湾) */
    if (!p->region && gaz && !national && !hk_page(t) &&
        !ps_has_any(t->fold, t->fold_len,
                    mainland_names)) {
        int mo = ps_has_any(t->fold, t->fold_len,
                            (const char *const[]){"本澳", "澳府", "博企", "氹仔", "凼仔", "路氹",
                                                  "路凼", NULL}),
            tw = ps_taiwan_page(t) &&
                 ps_has_any(t->fold, t->fold_len,
                            (const char *const[]){"立法院", "行政院", "卫福部", "劳基法", NULL});
        ps_place tp;
        if (mo != tw && ps_gazetteer_by_code(gaz, mo ? "820000" : "710000", &tp) == PS_OK &&
            ps_set_place(p, &tp, strdup(mo ? "Macau's own words" : "Taiwan's own words")))
            goto nomem;
    }
    /* 金门县 and 连江县 (马祖): the counties Taiwan governs, which GB/T 2260
       lists under 泉州 and 福州 — 金门县 on any page, as no mainland body
       governs it; 连江 only on a page of Taiwan, as 福州 has a 连江县 too */
    ps_place tw;
    if (p->region_code && gaz &&
        (!strncmp(p->region_code, "350527", 6) ||
         (!strncmp(p->region_code, "350122", 6) && ps_taiwan_page(t))) &&
        ps_gazetteer_by_code(gaz, "710000", &tw) == PS_OK) {
        if (ps_set_place(p, &tw, strdup(p->from.region)))
            goto nomem;
        /* (their counties stand beside Taiwan's cities, under the island) */
        if (p->level && !strcmp(p->level, "县")) {
            free(p->level);
            if (!(p->level = strdup("市")))
                goto nomem;
        }
    }
    /* a union of one company in Taiwan or Hong Kong (台鐵產業工會, 中鋼企業
       工會, 九巴僱員工會), named by no tier: a company's union, 基层
       (RULES.md level 8); a trade's (職業工會) or a federation stays at
       none */
    if (!p->level && ofold && !government && !subunit && p->region_code &&
        (p->region_code[0] == '7' || !strncmp(p->region_code, "81", 2)) &&
        ps_org_company_union(ofold, strlen(ofold))) {
        if (!(p->level = strdup("基层")) || !(p->from.level = strdup("body's name")))
            goto nomem;
    }
    /* the cities of the Xinjiang Production and Construction Corps (阿拉尔市,
       铁门关市: GB/T 2260 6590xx, county-level under the region) are each one
       with a division (第一师阿拉尔市, 师市总工会): its federation is at a
       prefecture's tier, as readers label it */
    if (p->level && !strcmp(p->level, "县") && ofold && p->region_code &&
        !strncmp(p->region_code, "6590", 4) &&
        ps_ends_any(ofold, strlen(ofold), (const char *const[]){"市总工会", "市工会", NULL})) {
        free(p->level);
        if (!(p->level = strdup("市")))
            goto nomem;
    }
    /* a unit standing in a township (…/平邑县/柏林镇 for a firm's union
       there): the county's, where GB/T 2260 stops and readers place it;
       only a township's own body keeps its township (RULES.md Place rule 6) */
    if (gaz && p->region_code && strlen(p->region_code) > 6 &&
        (!p->level || strcmp(p->level, "乡镇"))) {
        ps_place tp, up;
        if (ps_gazetteer_by_code(gaz, p->region_code, &tp) == PS_OK &&
            ps_gazetteer_parent(gaz, &tp, &up) == PS_OK &&
            ps_set_place(p, &up, strdup(p->from.region)))
            goto nomem;
    }
    if (gaz && ps_trim_place(gaz, p))
        goto nomem;
    /* what a headline naming no union body opens on, when a unit or a
       township (below) */
    const char *below = !p->level && !ofold && kind == PS_KIND_NEWS && tfold
                            ? headline_subject_tier(tfold, tlen)
                            : NULL;
    /* news naming no body, its place read from the headline or the
       opening (蔡甸区“喜迎二十大”劳动竞赛推进会): the union of that place,
       which is whose news a union's site or a local paper reports */
    if (!p->level && !ofold && kind == PS_KIND_NEWS && p->region_code && gaz && p->from.region &&
        (!strncmp(p->from.region, "headline", 8) || !strncmp(p->from.region, "opening", 7))) {
        ps_place pl;
        static const char *const names[] = {NULL, "省", "市", "县", "乡镇"};
        /* (a county only: a city or province named is as often the
           setting of a county's news, a township the site of a project;
           Taiwan's places are trimmed to the top) */
        /* (… and a city's or a province's named by it and held: 山西省五一
           劳动奖表彰大会在太原召开, the gathering nobody is said to convene,
           at the place's tier) */
        /* (… unless the headline opens on a unit or a township below the
           place: 晴隆供电局开展…, 桂阳一中“教工之家”…, 采育镇成功举办…, whose
           own news it is) */
        if (ps_gazetteer_by_code(gaz, p->region_code, &pl) == PS_OK &&
            (pl.level == PS_PLACE_COUNTY ||
             (pl.level < PS_PLACE_COUNTY && ps_place_event(t, &pl, tline))) &&
            pl.code[0] != '7' && pl.code[0] != '8' &&
            !(p->level = strdup(below ? below : names[pl.level])))
            goto nomem;
    }
    /* (… and so where no place is read: 市中医医院开展春节前慰问…, 空港股份
       成功举办…, the unit's own news) */
    if (!p->level && below && !(p->level = strdup(below)))
        goto nomem;

    return PS_OK;
nomem:
    return PS_ENOMEM;
}
