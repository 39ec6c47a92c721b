/*
 * Years fixed by events, when a page writes none of its own: news of a
 * national congress being held (中国工会第十六次全国代表大会…开幕 → 2013)
 * and anniversaries celebrated (庆祝中国共产党成立100周年 → 2021), the
 * events DOMAIN.md lists.  A researcher dates such a page the same way; the
 * provenance says "event", so nobody takes it for a year the text states.
 *
 * Only an event happening on the page counts: studying its spirit
 * afterwards (学习贯彻十六大精神) or looking forward to it (迎接) bounds the
 * year without fixing it.  On folded text.
 */
#include "corpus_int.h"

#include <string.h>

/* 1–199 in Arabic digits or Chinese numerals (七十, 一百, 二十五); 0 if none. */
static int count_at(const char *s, size_t n, size_t *len)
{
    size_t i = 0;
    int v = 0;
    if (n && s[0] >= '0' && s[0] <= '9') {
        while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
            v = v * 10 + (s[i++] - '0');
        *len = i;
        return v;
    }
    static const char *const digit[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int hundreds = 0, tens = 0, units = 0, cur = -1;
    for (;;) {
        int d = -1;
        for (int k = 0; k < 10; k++)
            if (ps_starts(s + i, n - i, digit[k]))
                d = k;
        if (d >= 0) {
            cur = d;
            i += 3;
        } else if (ps_starts(s + i, n - i, "百")) {
            hundreds = cur < 0 ? 1 : cur;
            cur = -1;
            i += 3;
        } else if (ps_starts(s + i, n - i, "十")) {
            tens = cur < 0 ? 1 : cur;
            cur = -1;
            i += 3;
        } else {
            break;
        }
    }
    if (cur > 0)
        units = cur;
    v = hundreds * 100 + tens * 10 + units;
    *len = i;
    return v;
}

/* The congresses' ordinals as written (十六次, 十六大), and their years. */
static const struct {
    const char *ordinal;
    int union_year, party_year;
} congresses[] = {
    {"十四", 2003, 1992}, {"十五", 2008, 1997}, {"十六", 2013, 2002},
    {"十七", 2018, 2007}, {"十八", 2023, 2012}, {"十九", 0, 2017}, {"二十", 0, 2022},
};

/* Words saying a meeting is being held, in the sentence that names it. */
static const char *const held[] = {"召开", "开幕", "闭幕", "举行", "胜利召开", "隆重开幕",
                                   "抵京", "赴京", NULL};
/* Words saying it is past or to come: its spirit studied, it awaited. */
static const char *const not_now[] = {"精神", "学习", "贯彻", "以来", "迎接", "喜迎", "以后",
                                      "之后", "前夕", NULL};
/* Words celebrating an anniversary this year. */
static const char *const celebrate[] = {"庆祝", "纪念", "今年是", "喜庆", "庆贺", "适逢", NULL};

static const struct {
    const char *event;
    int base;
} anniversaries[] = {
    {"中国共产党成立", 1921}, {"建党", 1921}, {"新中国成立", 1949},
    {"中华人民共和国成立", 1949}, {"建国", 1949}, {"改革开放", 1978},
    {"中华全国总工会成立", 1925}, {"全总成立", 1925}, {"共青团成立", 1922},
    {"共产主义青年团成立", 1922}, {"五四运动", 1919}, {"抗战胜利", 1945},
    {"抗日战争胜利", 1945}, {"香港回归", 1997}, {"澳门回归", 1999},
    /* (Hong Kong's federation, founded 1948, and Macau's, 1950, whose
       anniversaries their pages celebrate: 庆祝工联会成立75周年) */
    {"工联会成立", 1948}, {"香港工会联合会成立", 1948}, {"工联总会成立", 1950},
    {"澳门工会联合总会成立", 1950},
};

/* The sentence around [at, at + len) within [ls, le): from the last 。 before
   it to the next. */
static void sentence_of(const char *f, size_t ls, size_t le, size_t at, size_t *ss, size_t *se)
{
    size_t a = at, b = at;
    while (a > ls && !(a - ls >= 3 && ps_starts(f + a - 3, 3, "。")))
        a--;
    while (b < le && !ps_starts(f + b, le - b, "。"))
        b++;
    *ss = a, *se = b;
}

static int congress_year(const char *f, size_t ls, size_t le, size_t at, size_t *ss,
                         size_t *se)
{
    const char *s = f + at;
    size_t n = le - at;
    /* 中国工会第十六次全国代表大会, 中国工会十六大, 工会十五大, 中华全国总工会第十五次代表大会,
       党的十八大 */
    int party = 0;
    size_t p = 0;
    if (ps_starts(s, n, "中国工会第") || ps_starts(s, n, "中华全国总工会第"))
        p = ps_starts(s, n, "中国工会第") ? strlen("中国工会第") : strlen("中华全国总工会第");
    else if (ps_starts(s, n, "中国工会") ||
             /* (四川省工会十五大: a province's own congress, not the nation's) */
             (ps_starts(s, n, "工会") &&
              !ps_ends_any(f + ls, at - ls,
                           (const char *const[]){"省", "市", "县", "区", "州", "旗", "盟", NULL})))
        p = ps_starts(s, n, "中国工会") ? strlen("中国工会") : strlen("工会");
    else if (ps_starts(s, n, "党的第") || ps_starts(s, n, "党的"))
        p = ps_starts(s, n, "党的第") ? strlen("党的第") : strlen("党的"), party = 1;
    else
        return 0;
    for (size_t k = 0; k < sizeof congresses / sizeof *congresses; k++) {
        size_t ol = strlen(congresses[k].ordinal);
        if (!ps_starts(s + p, n - p, congresses[k].ordinal))
            continue;
        const char *rest = s + p + ol;
        size_t rn = n - p - ol;
        /* 十六次全国代表大会, 十五次代表大会, 十六大 (not 十六届: a plenum's term) */
        if (!ps_starts(rest, rn, "次全国代表大会") && !ps_starts(rest, rn, "次代表大会") &&
            !ps_starts(rest, rn, "大"))
            return 0;
        int y = party ? congresses[k].party_year : congresses[k].union_year;
        if (!y)
            return 0;
        sentence_of(f, ls, le, at, ss, se);
        if (!ps_has_any(f + *ss, *se - *ss, held) || ps_has_any(f + *ss, *se - *ss, not_now))
            return 0;
        return y;
    }
    return 0;
}

/* Centenaries named without a count of years (今年是中国共产党的百年华诞). */
static const struct {
    const char *event;
    int year;
} centenaries[] = {{"建党百年", 2021}, {"党的百年华诞", 2021}, {"中国共产党的百年华诞", 2021},
                   {"中国共产党百年华诞", 2021}, {"全总成立百年", 2025}};

static int anniversary_year(const char *f, size_t ls, size_t le, size_t at, size_t *ss,
                            size_t *se)
{
    const char *s = f + at;
    size_t n = le - at;
    for (size_t k = 0; k < sizeof centenaries / sizeof *centenaries; k++) {
        if (!ps_starts(s, n, centenaries[k].event))
            continue;
        sentence_of(f, ls, le, at, ss, se);
        size_t from = at > *ss + 60 ? at - 60 : *ss;
        if (!ps_has_any(f + from, at + strlen(centenaries[k].event) - from, celebrate))
            return 0;
        return centenaries[k].year;
    }
    for (size_t k = 0; k < sizeof anniversaries / sizeof *anniversaries; k++) {
        size_t el = strlen(anniversaries[k].event);
        if (!ps_starts(s, n, anniversaries[k].event))
            continue;
        size_t p = el, cl = 0;
        if (ps_starts(s + p, n - p, "祖国"))
            p += strlen("祖国");
        int c = count_at(s + p, n - p, &cl);
        if (!c || !ps_starts(s + p + cl, n - p - cl, "周年"))
            return 0;
        sentence_of(f, ls, le, at, ss, se);
        /* (庆祝…周年 within the clause before it, 今年是…) */
        size_t from = at > *ss + 60 ? at - 60 : *ss;
        if (!ps_has_any(f + from, at + p + cl - from, celebrate))
            return 0;
        return anniversaries[k].base + c;
    }
    return 0;
}

/* A five-year plan's first or last year (今年是“十四五”规划收官之年 → 2025,
   十三五开局之年 → 2016): the plans' spans are DOMAIN.md's. */
static int plan_phase_year(const char *f, size_t ls, size_t le, size_t at, size_t *ss,
                           size_t *se)
{
    static const struct {
        const char *plan;
        int first;
    } plans[] = {{"十一五", 2006}, {"十二五", 2011}, {"十三五", 2016}, {"十四五", 2021},
                 {"十五五", 2026}};
    static const char *const opening[] = {"开局之年", "开局年", "起步之年", "开篇之年", NULL};
    /* (十四五即将收官、十五五新程待启: the plan's last year, under way) */
    static const char *const closing[] = {"收官之年", "收官年", "最后一年", "决胜之年", "即将收官",
                                          NULL};
    const char *s = f + at;
    size_t n = le - at;
    for (size_t k = 0; k < sizeof plans / sizeof *plans; k++) {
        if (!ps_starts(s, n, plans[k].plan))
            continue;
        /* the phase within a few characters: 十四五”规划实施收官之年 */
        size_t p = strlen(plans[k].plan), near = n - p < 30 ? n - p : 30;
        int first = ps_has_any(s + p, near, opening), last = ps_has_any(s + p, near, closing);
        if (first == last)
            return 0;
        sentence_of(f, ls, le, at, ss, se);
        if (ps_has_any(f + *ss, *se - *ss, not_now) ||
            ps_has_any(f + *ss, *se - *ss, (const char *const[]){"回顾", "过去", NULL}))
            return 0;
        return first ? plans[k].first : plans[k].first + 4;
    }
    return 0;
}

int ps_event_year(const ps_text *t, size_t *es, size_t *ee)
{
    size_t bytes = 0;
    for (size_t li = ps_text_content(t, 0); li < t->nlines && bytes < 3000;
         li = ps_text_content(t, li + 1)) {
        const ps_line *l = &t->lines[li];
        bytes += l->e - l->s;
        for (size_t i = l->s; i < l->e;) {
            size_t ss, se;
            uint32_t cp;
            size_t k = ps_u8_next(t->fold + i, l->e - i, &cp);
            /* (the first characters of every event's name: most
               characters of a page start none) */
            static const uint32_t firsts[] = {0x4E2D /* 中 */, 0x5DE5 /* 工 */, 0x515A /* 党 */,
                                              0x5EFA /* 建 */, 0x65B0 /* 新 */, 0x6539 /* 改 */,
                                              0x5168 /* 全 */, 0x5171 /* 共 */, 0x4E94 /* 五 */,
                                              0x6297 /* 抗 */, 0x9999 /* 香 */, 0x6FB3 /* 澳 */,
                                              0x5341 /* 十 */};
            int may = 0;
            for (size_t f = 0; f < sizeof firsts / sizeof *firsts && !may; f++)
                may = cp == firsts[f];
            if (!may) {
                i += k;
                continue;
            }
            int y = congress_year(t->fold, l->s, l->e, i, &ss, &se);
            if (!y)
                y = anniversary_year(t->fold, l->s, l->e, i, &ss, &se);
            if (!y && cp == 0x5341 /* 十 */)
                y = plan_phase_year(t->fold, l->s, l->e, i, &ss, &se);
            if (y >= 1990 && y <= 2100) {
                *es = ss, *ee = se;
                return y;
            }
            i += k;
        }
    }
    return 0;
}

/*
 * The years a page can be for, by the Party congress whose spirit it
 * studies as current work (学习贯彻党的十八大精神, 十七届四中全会精神):
 * from that congress's year to a year after the next one's.  Template and
 * document sites put a new year on an old text (2023年… over a body that
 * studies 十八大精神), and readers take that as the title contradicted.
 * The Party's congresses and plenums (中全会), and the national union's
 * written as such (中国工会十五大); a bare 十七大 may be either.  Eras that
 * disagree with each other (党的十五大 beside 工会十五大, a slip of the
 * writer's) bound nothing.
 */
int ps_era_bounds(const ps_text *t, int *lo, int *hi)
{
    static const char *const plenums[] = {"一中全会", "二中全会", "三中全会", "四中全会",
                                          "五中全会", "六中全会", "七中全会", NULL};
    const char *f = t->fold;
    size_t n = t->fold_len < 30000 ? t->fold_len : 30000;
    int from = 0, to = 9999;
    /* (the newest congress has no next one yet: its spirit bounds nothing) */
    for (size_t k = 0; k + 1 < sizeof congresses / sizeof *congresses; k++) {
        const char *ord = congresses[k].ordinal;
        size_t ol = strlen(ord);
        for (size_t at = 0, p; at < n && (p = ps_find(f + at, n - at, ord)) != (size_t)-1;
             at += p + ol) {
            size_t i = at + p, e = i + ol;
            int party = 0, union_congress = 0;
            if (ps_starts(f + e, n - e, "届")) {
                size_t q = e + strlen("届");
                party = ps_starts_any(f + q, n - q, plenums);
                e = q + (party ? strlen("一中全会") : 0);
            } else if (ps_starts(f + e, n - e, "大") &&
                       (ps_ends(f, i, "党的") ||
                        /* (深入学习贯彻十六大精神: no other body's congress
                           is studied so, unnamed) */
                        ps_ends_any(f, i, (const char *const[]){"学习", "贯彻", "落实", NULL}))) {
                /* (党的十九大、二十大精神: a run of congresses looked
                   back on, not one era's) */
                e += strlen("大");
                party = !ps_starts_any(f + e, n - e, (const char *const[]){"、", "和", NULL});
            } else if (ps_starts(f + e, n - e, "大") &&
                       ps_ends_any(f, i, (const char *const[]){"中国工会", "全国工会", NULL})) {
                /* (学习贯彻全国工会十五大精神: the national union's congress,
                   2008, whose era bounds the year as the Party's does; a
                   province's or a city's, 省工会十六大, counts its own) */
                e += strlen("大");
                union_congress = congresses[k + 1].union_year != 0;
            }
            if (!party && !union_congress)
                continue;
            /* its spirit, studied now: within its clause and a few
               characters (十八大以来，精神文明… looks back) */
            size_t near = n - e < 24 ? n - e : 24;
            size_t spirit = ps_find(f + e, near, "精神");
            if (spirit == (size_t)-1 || ps_has_any(f + e, spirit, ps_clause_ends))
                continue;
            int y = party ? congresses[k].party_year : congresses[k].union_year,
                next = party ? congresses[k + 1].party_year : congresses[k + 1].union_year;
            if (y > from)
                from = y;
            if (next + 1 < to)
                to = next + 1;
        }
    }
    if (!from || from > to)
        return 0;
    *lo = from, *hi = to;
    return 1;
}
