/*
 * Pages in English about China's unions (a union's English site, a
 * paper's English edition, a machine translation): the body they name in
 * English (the All-China Federation of Trade Unions, Shanghai General
 * Trade Union, the Federation of Trade Unions of Yunhe District, Cangzhou
 * City, Hebei Province), its level from its name's words, and its place
 * when the page names the nation, a province or a territory in English.
 * The Chinese rules find nothing on such pages.  A city's or a district's
 * own name in pinyin (Jing'an, Liuzhou) is not known here: the gazetteer
 * has no pinyin, so such a body gets its level and at most its province.
 */
#include "corpus_int.h"

#include <string.h>

/* Mostly Latin letters: more than three for every Han character among a
   page's first 4,000 bytes, and enough of them to be prose. */
int ps_english_page(const ps_text *t)
{
    size_t n = t->fold_len < 4000 ? t->fold_len : 4000, latin = 0, han = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t->fold[i];
        if (c >= 'a' && c <= 'z')
            latin++;
        else if (c >= 0xE4 && c <= 0xE9) /* the lead byte of most Han */
            han++;
    }
    return latin > 200 && latin > 3 * han;
}

static const struct {
    const char *en, *code;
} places[] = {
    {"all-china", "全国"},     {"all china", "全国"},    {"allchina", "全国"},
    {"acftu", "全国"},         {"beijing", "110000"},    {"tianjin", "120000"},
    {"hebei", "130000"},       {"shanxi", "140000"},     {"inner mongolia", "150000"},
    {"liaoning", "210000"},    {"jilin", "220000"},      {"heilongjiang", "230000"},
    {"shanghai", "310000"},    {"jiangsu", "320000"},    {"zhejiang", "330000"},
    {"anhui", "340000"},       {"fujian", "350000"},     {"jiangxi", "360000"},
    {"shandong", "370000"},    {"henan", "410000"},      {"hubei", "420000"},
    {"hunan", "430000"},       {"guangdong", "440000"},  {"guangxi", "450000"},
    {"hainan", "460000"},      {"chongqing", "500000"},  {"sichuan", "510000"},
    {"guizhou", "520000"},     {"yunnan", "530000"},     {"tibet", "540000"},
    {"xizang", "540000"},      {"shaanxi", "610000"},    {"gansu", "620000"},
    {"qinghai", "630000"},     {"ningxia", "640000"},    {"xinjiang", "650000"},
    {"taiwan", "710000"},      {"hong kong", "810000"},  {"macau", "820000"},
    {"macao", "820000"}};

static int letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Where w first stands as a whole word in s[0..n) (upheld is no held), or
   (size_t)-1. */
static size_t word_at(const char *s, size_t n, const char *w)
{
    size_t wl = strlen(w);
    for (size_t at = 0, q; (q = ps_find(s + at, n - at, w)) != (size_t)-1; at += q + 1) {
        size_t i = at + q;
        if ((i == 0 || !letter(s[i - 1])) && (i + wl == n || !letter(s[i + wl])))
            return i;
    }
    return (size_t)-1;
}

/* The first place of the table named as a word in s[0..n), or NULL. */
static const char *place_in(const char *s, size_t n)
{
    const char *code = NULL;
    size_t best = n;
    for (size_t k = 0; k < sizeof places / sizeof *places; k++) {
        size_t i = word_at(s, n, places[k].en);
        if (i < best)
            best = i, code = places[k].code;
    }
    return code;
}

/* Whether the original text's word at folded offset f is capitalized. */
static int capital_at(const ps_text *t, size_t f)
{
    size_t o = ps_text_orig(t, f);
    return o < t->orig_len && t->orig[o] >= 'A' && t->orig[o] <= 'Z';
}

int ps_english_body(const ps_text *t, ps_english *out)
{
    static const char *const phrases[] = {
        "confederation of trade unions", "federation of trade unions",
        "federation of trade union",     "trade unions federation",
        "trade union federation",        "general trade union",
        "trade union council",           NULL};
    memset(out, 0, sizeof *out);
    const char *f = t->fold;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 12;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        size_t ps = l->e, pl = 0;
        for (size_t k = 0; phrases[k]; k++) {
            size_t q = ps_find(f + l->s, l->e - l->s, phrases[k]);
            if (q != (size_t)-1 && (l->s + q < ps || (l->s + q == ps && strlen(phrases[k]) > pl)))
                ps = l->s + q, pl = strlen(phrases[k]);
        }
        /* (a name is capitalized: the county federation of trade unions
           of a translated sentence names no body) */
        if (ps == l->e || !capital_at(t, ps))
            continue;
        /* the capitalized words before the phrase (Shanghai, All-China,
           Cangzhou Yunhe District) … */
        size_t s = ps;
        while (s > l->s + 1 && f[s - 1] == ' ') {
            size_t w = s - 1;
            while (w > l->s && f[w - 1] != ' ')
                w--;
            if (!capital_at(t, w))
                break;
            s = w;
        }
        /* (The Hong Kong Federation …: the article opens a sentence) */
        if (ps_starts(f + s, ps - s, "the "))
            s += strlen("the ");
        /* … and a place after it (General Trade Union of Jing'an District;
           … of Yunhe District, Cangzhou City, Hebei Province) up to the
           sentence's end or a word in lower case */
        size_t e = ps + pl;
        if (ps_starts(f + e, l->e - e, " of ") && capital_at(t, e + 4)) {
            size_t x = e + 4;
            for (;;) {
                size_t w = x;
                while (w < l->e && f[w] != ' ' && f[w] != '.' && f[w] != ';' && f[w] != '(')
                    w++;
                e = w;
                while (e > x && f[e - 1] == ',')
                    e--;
                if (w + 1 >= l->e || f[w] != ' ' || !capital_at(t, w + 1))
                    break;
                x = w + 1;
            }
        }
        out->s = s, out->e = e;
        const char *name = f + s;
        size_t n = e - s;
        const char *named = place_in(name, n), *code = named;
        /* a body naming no place: the first place its page names, down to
           three lines below the body's */
        if (!code) {
            size_t last = li;
            for (size_t k = 0, m = ps_text_content(t, li + 1); k < 3 && m < t->nlines;
                 k++, m = ps_text_content(t, m + 1))
                last = m;
            size_t from = t->lines[ps_text_content(t, 0)].s;
            code = place_in(f + from, t->lines[last].e - from);
        }
        out->code = code;
        int national = code && !strcmp(code, "全国");
        int municipality = code && (!strcmp(code, "110000") || !strcmp(code, "120000") ||
                                    !strcmp(code, "310000") || !strcmp(code, "500000"));
        int territory = code && (code[0] == '7' || code[0] == '8');
        if (national)
            out->level = "全国";
        else if (ps_has_any(name, n, (const char *const[]){"district", "county", NULL}))
            out->level = "县";
        else if (ps_has_any(name, n, (const char *const[]){"municipal", " city", NULL}))
            out->level = municipality && named ? "省" : "市";
        else if (territory || named ||
                 ps_has_any(name, n, (const char *const[]){"provincial", "province",
                                                           "autonomous region", NULL}))
            out->level = "省";
        return 1;
    }
    return 0;
}

int ps_english_news(const ps_text *t, size_t *s, size_t *e)
{
    /* what news tells was done (the ACFTU convened its congress, the
       federation held an activity, announced on Sunday) */
    static const char *const done[] = {"held",      "convened",  "launched", "visited",
                                       "announced", "organised", "organized", "hosted",
                                       "opened",    "distributed", "kicked off", "handed out",
                                       "staged",    NULL};
    const char *f = t->fold;
    size_t budget = 800;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 6 && budget;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        size_t n = l->e - l->s < budget ? l->e - l->s : budget;
        budget -= n;
        for (size_t k = 0; done[k]; k++)
            if (word_at(f + l->s, n, done[k]) != (size_t)-1) {
                *s = l->s, *e = l->s + n;
                return 1;
            }
    }
    return 0;
}
