/*
 * Where a document's issuing body is: the rules that place it when its name
 * holds no place (the superior bodies a unit cites, the opening's places),
 * the region field's one setter, and the top-level cut for Hong Kong, Macau
 * and Taiwan.  meta.c decides which rule applies when.
 */
#include "corpus_int.h"

#include <stdlib.h>
#include <string.h>

/*
 * The place of the superior bodies a grassroots union cites (按宣汉县教育工会
 * …, 转发宣汉县总工会 …): a school or enterprise union that does not name its
 * place lies where the county or city bodies it answers to are.  PS_OK only
 * when every cited body with a place names the same one (a county, city or
 * province); otherwise nothing is inferred.
 */
int ps_superior_place(const ps_text *t, const ps_gazetteer *gaz, ps_place *out)
{
    static const char *const bodies[] = {"教育工会", "总工会", "教育局", "教体局",
                                         "教育和体育局", "人民政府", NULL};
    int found = 0;
    for (size_t b = 0; bodies[b]; b++) {
        size_t blen = strlen(bodies[b]);
        for (size_t at = 0; at < t->fold_len;) {
            size_t k = ps_find(t->fold + at, t->fold_len - at, bodies[b]);
            if (k == (size_t)-1)
                break;
            k += at;
            /* up to 12 characters before the body's name, within the clause */
            size_t from = k;
            for (int c = 0; c < 12 && from > 0; c++) {
                size_t prev = ps_u8_prev(t->fold, from);
                unsigned char ch = (unsigned char)t->fold[prev];
                if (ch < 0x80 && !(ch >= '0' && ch <= '9'))
                    break; /* ASCII punctuation or a line break ends the name */
                if (ps_starts(t->fold + prev, k - prev, "，") ||
                    ps_starts(t->fold + prev, k - prev, "、") ||
                    ps_starts(t->fold + prev, k - prev, "《") ||
                    ps_starts(t->fold + prev, k - prev, "。"))
                    break;
                from = prev;
            }
            ps_place place;
            if (from < k &&
                ps_gazetteer_resolve(gaz, t->fold + from, k + blen - from, t->fold,
                                     t->fold_len, &place) == PS_OK &&
                place.level <= PS_PLACE_COUNTY) {
                if (!found) {
                    *out = place;
                    found = 1;
                } else if (strcmp(out->code, place.code) != 0) {
                    return PS_DONE; /* bodies of two places: no inference */
                }
            }
            at = k + blen;
        }
    }
    return found ? PS_OK : PS_DONE;
}

/* National bodies: their place is the whole country (DOMAIN.md). */
/* The place level a body's level names: 市 → a prefecture; 0 for none. */
int ps_place_level_of(const char *level)
{
    static const char *const names[] = {"省", "市", "县", "乡镇"};
    for (int k = 0; level && k < 4; k++)
        if (!strcmp(level, names[k]))
            return k + 1;
    return 0; /* 基层, 全国, none: any place */
}

/* Set the region to pl, `from` saying why (owned; NULL is out of memory). */
int ps_set_place(ps_plan *p, const ps_place *pl, char *from)
{
    char *path = strdup(pl->path), *code = strdup(pl->code);
    if (!path || !code || !from) {
        free(path), free(code), free(from);
        return PS_ENOMEM;
    }
    free(p->region), free(p->region_code), free(p->from.region);
    p->region = path, p->region_code = code, p->from.region = from;
    return PS_OK;
}

/*
 * The place the opening names, when the body has none in its name or no
 * body is named (内蒙古自治区呼和浩特市总工会以新就业形态…, 3月5日，温州市
 * 人民医院第六届职代会…): the places of the headline and of the first two
 * sentences of prose, when they agree.  `level` is the body's own level
 * (市总工会: a prefecture), 0 when unknown; a place below it is cut to it.
 */
/* 全州各行各业, 全县: the whole of a body's area, read by the gazetteer as
   广西's 全州县 unless that is written in full */
static int scope_word(const ps_place *pl, const char *s, size_t n)
{
    return ps_starts(pl->name, strlen(pl->name), "全") && ps_find(s, n, pl->name) == (size_t)-1;
}

int ps_opening_place(const ps_text *t, const ps_gazetteer *gaz, int level, int prefecture,
                     size_t max, ps_place *out, size_t *os, size_t *oe)
{
    size_t s = 0, e = 0, sentences = 0;
    for (size_t li = ps_text_content(t, 0); li < t->nlines && sentences < max;
         li = ps_text_content(t, li + 1)) {
        const ps_line *l = &t->lines[li];
        if (!ps_has_any(t->fold + l->s, l->e - l->s, ps_sentence_punct))
            continue; /* headings and navigation: the headline has its own rule */
        if (!e)
            s = l->s;
        e = l->e;
        for (size_t i = l->s; i < l->e && sentences < max;) {
            if (ps_starts(t->fold + i, l->e - i, "。"))
                sentences++, e = i;
            uint32_t cp;
            i += ps_u8_next(t->fold + i, l->e - i, &cp);
        }
    }
    if (!e || ps_gazetteer_resolve(gaz, t->fold + s, e - s, t->fold, t->fold_len, out) != PS_OK ||
        scope_word(out, t->fold + s, e - s))
        return PS_DONE;
    /* 市总工会 of a county-level city (巢湖市): the city itself (not a
       州总工会's or 地区's: those are prefectures by name) */
    /* (… also when the opening names a street or township in it: 凤山街道,
       余姚's) */
    int county_city = 0;
    if (level == PS_PLACE_PREFECTURE && !prefecture && out->level >= PS_PLACE_COUNTY) {
        ps_place c = *out;
        while (c.level > PS_PLACE_COUNTY)
            if (ps_gazetteer_parent(gaz, &c, &c) != PS_OK)
                return PS_DONE;
        size_t nl = strlen(c.name);
        if (c.level == PS_PLACE_COUNTY && nl > 3 && !strcmp(c.name + nl - 3, "市"))
            *out = c, county_city = 1;
    }
    while (level && out->level > level && !county_city)
        if (ps_gazetteer_parent(gaz, out, out) != PS_OK)
            return PS_DONE;
    if (level && out->level < level)
        return PS_DONE; /* 市总工会 with only its province named: not decided */
    /* no body's level: a township the opening names is where something
       happened (月牙湖乡 hosting a contest), its county the news's place */
    if (!level && out->level == PS_PLACE_TOWNSHIP && ps_gazetteer_parent(gaz, out, out) != PS_OK)
        return PS_DONE;
    *os = s, *oe = e;
    return PS_OK;
}

int ps_place_holds(const ps_place *a, const ps_place *b)
{
    size_t n = strlen(a->path);
    return !strncmp(a->path, b->path, n) && (b->path[n] == '\0' || b->path[n] == '/');
}

int ps_text_province(const ps_text *t, const ps_gazetteer *gaz, size_t max, int deepest,
                     ps_place *out, size_t *os, size_t *oe)
{
    size_t sentences = 0, s = 0, e = 0;
    int found = 0, met = 0;
    for (size_t li = ps_text_content(t, 0); li < t->nlines && sentences < max;
         li = ps_text_content(t, li + 1)) {
        const ps_line *l = &t->lines[li];
        if (!ps_has_any(t->fold + l->s, l->e - l->s, ps_sentence_punct))
            continue; /* headings and navigation, as for the opening */
        for (size_t cs = l->s; cs < l->e && sentences < max;) {
            size_t ce = cs + ps_find_first(t->fold + cs, l->e - cs, ps_clause_ends);
            ps_place pl;
            if (ps_gazetteer_resolve(gaz, t->fold + cs, ce - cs, t->fold, t->fold_len, &pl) ==
                    PS_OK &&
                !scope_word(&pl, t->fold + cs, ce - cs)) {
                while (pl.level > deepest)
                    if (ps_gazetteer_parent(gaz, &pl, &pl) != PS_OK)
                        return PS_DONE;
                /* the deepest place all places named so far agree with:
                   石家庄 with 美丽河北 is 石家庄's, either way round; 石家庄
                   with 唐山 is 河北's, where both lie */
                if (!found || ps_place_holds(out, &pl)) {
                    if (!found)
                        s = cs;
                    if (!met)
                        *out = pl;
                } else if (!ps_place_holds(&pl, out)) {
                    do {
                        if (pl.level <= PS_PLACE_PROVINCE)
                            return PS_DONE; /* two provinces: whose is the text? */
                        if (ps_gazetteer_parent(gaz, &pl, &pl) != PS_OK)
                            return PS_DONE;
                    } while (!ps_place_holds(&pl, out));
                    *out = pl; /* two branches: where they meet */
                    met = 1;
                }
                e = ce, found = 1;
            }
            if (ps_starts(t->fold + ce, l->e - ce, "。"))
                sentences++;
            uint32_t cp;
            cs = ce < l->e ? ce + ps_u8_next(t->fold + ce, l->e - ce, &cp) : ce;
        }
    }
    if (!found)
        return PS_DONE;
    *os = s, *oe = e;
    return PS_OK;
}

/*
 * An event named by a place and held (山西省五一劳动奖表彰大会在太原召开,
 * 烟台市庆祝“五一”…表彰大会召开, 新会区召开2025年劳动模范座谈会): the place
 * heads a clause of the headline or of the first three lines of prose, and
 * the clause goes on to a meeting, a contest or a ceremony being held.
 */
static int held_at(const char *s, size_t n)
{
    static const char *const events[] = {"大会", "会议", "座谈会", "推进会", "动员会", "竞赛",
                                         "比赛", "仪式", "表彰", "联欢会", "颁奖", "运动会",
                                         "大赛", NULL};
    static const char *const held[] = {"召开", "举行", "举办", "开幕", "启动", "闭幕", "落幕",
                                       NULL};
    /* (天津医科大学肿瘤医院…职工代表大会召开: a unit's, the place its name's) */
    static const char *const units[] = {"大学", "学院", "学校", "中学", "小学", "医院", "公司",
                                        "集团", "局", "厂", "矿", "银行", "中心", NULL};
    /* the holding verb after the event's name (…大会在太原召开) or before
       it (新会区召开2025年劳动模范座谈会, 太原市召开纪念“五一”…暨第二届
       “时代新人·晋阳工匠”命名大会: a name may run forty characters), in
       the same clause */
    size_t ev = ps_find_first(s, n, events);
    return ev < n && !ps_has_any(s, ev, units) && ps_has_any(s, n, held) &&
           ps_find_first(s, n, held) + 120 > ev;
}

int ps_place_event(const ps_text *t, const ps_place *pl, size_t tline)
{
    const char *f = t->fold;
    size_t nl = strlen(pl->name);
    /* the forms it goes by: its name, its name without the suffix (烟台市
       or 烟台), and an autonomous region's own papers call it 自治区
       (2024年自治区五一劳动奖颁奖大会在宁夏人民会堂举行) */
    char names[5][64];
    size_t nn = 0;
    static const char *const sufs[] = {"省", "市", "县", "区", NULL};
    if (nl < sizeof names[0])
        memcpy(names[nn++], pl->name, nl + 1);
    if (ps_ends_any(pl->name, nl, sufs) && nl > 6 && nl - 3 < sizeof names[0]) {
        memcpy(names[nn], pl->name, nl - 3);
        names[nn++][nl - 3] = '\0';
    }
    if (pl->level == PS_PLACE_PROVINCE && ps_ends(pl->name, nl, "自治区")) {
        strcpy(names[nn++], "自治区");
        /* (and everyone else by its short name: 广西, 宁夏, 内蒙古) */
        static const char *const peoples[] = {"壮族自治区", "回族自治区", "维吾尔自治区",
                                              "自治区", NULL};
        for (size_t k = 0; peoples[k]; k++)
            if (ps_ends(pl->name, nl, peoples[k]) && nl > strlen(peoples[k])) {
                size_t sl = nl - strlen(peoples[k]);
                memcpy(names[nn], pl->name, sl);
                names[nn++][sl] = '\0';
                break;
            }
    }
    /* (the province's or the city's own paper: 我省举行…表彰大会) */
    if (pl->level == PS_PLACE_PROVINCE || pl->level == PS_PLACE_PREFECTURE)
        strcpy(names[nn++], pl->level == PS_PLACE_PROVINCE ? "我省" : "我市");
    /* what may stand before the place at a clause's head (…, 第二届贵州省
       “最美劳动者”发布仪式: the gathering's count) */
    static const char *const leads[] = {"上午", "下午", "晚上", "今天", "昨天", "昨日", "今日",
                                        "日前", "近日", "讯", ")", "）", "】", "届", NULL};
    /* the first three lines, and the headline where a site's banners push
       it further down */
    size_t lines[4], nlines = 0;
    for (size_t li = ps_text_content(t, 0); li < t->nlines && nlines < 3;
         li = ps_text_content(t, li + 1))
        lines[nlines++] = li;
    if (tline < t->nlines && (!nlines || tline > lines[nlines - 1]))
        lines[nlines++] = tline;
    for (size_t m = 0; m < nlines; m++) {
        const ps_line *l = &t->lines[lines[m]];
        for (size_t k = 0; k < nn; k++) {
            const char *name = names[k];
            size_t fl = strlen(name);
            for (size_t at = l->s, q; (q = ps_find(f + at, l->e - at, name)) != (size_t)-1;
                 at += q + fl) {
                size_t s = at + q, e = s + fl;
                size_t cs = ps_clause_start(f, l->s, s);
                int head = cs == s || ps_ends_any(f + cs, s - cs, leads);
                if (!head && cs < s) {
                    /* (after a date: 4月29日山西省…, 4月28日上午; or a year,
                       2024年自治区…) */
                    size_t b = ps_u8_prev(f, s);
                    head = ps_starts(f + b, s - b, "日") ||
                           (ps_starts(f + b, s - b, "年") && b > cs && f[b - 1] >= '0' &&
                            f[b - 1] <= '9');
                }
                size_t ce = e + ps_find_first(f + e, l->e - e, ps_clause_ends);
                /* (or the place honouring, its gathering unnamed: 宁夏表彰
                   五一劳动奖状…, 宁夏回族自治区隆重表彰了…) */
                if (head && (held_at(f + e, ce - e) ||
                             ps_starts_any(f + e, ce - e,
                                           (const char *const[]){"表彰", "隆重表彰", NULL})))
                    return 1;
            }
        }
    }
    return 0;
}

/* Hong Kong, Macau and Taiwan at their top level: GB/T 2260 stops there. */
int ps_trim_place(const ps_gazetteer *gaz, ps_plan *p)
{
    ps_place pl, up;
    if (!p->region_code || ps_gazetteer_by_code(gaz, p->region_code, &pl) != PS_OK ||
        !(pl.code[0] == '7' || (pl.code[0] == '8' && (pl.code[1] == '1' || pl.code[1] == '2'))))
        return PS_OK;
    while (ps_gazetteer_parent(gaz, &pl, &up) == PS_OK)
        pl = up;
    return strcmp(pl.code, p->region_code) ? ps_set_place(p, &pl, strdup(p->from.region)) : PS_OK;
}
