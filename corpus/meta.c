/*
 * Metadata of one document: title, year, org, level, sector, date,
 * doc_number and region, put together from the extractors in meta_*.c.
 * Rules read lines of the folded text (boilerplate lines skipped) and cut
 * the reported title and org from the original, so they appear as written.
 * Anything the text does not state stays NULL.
 */
#include "corpus_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

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

/* Drop the pinyin a converter left after characters (工會(huì) → 工會) from a
   field shown as written: the field names the body or the document, and
   the stored text keeps the page as it was for snippets. */
static void drop_pinyin(char *s)
{
    size_t n = strlen(s), w = 0;
    int after_cjk = 0;
    for (size_t i = 0; i < n;) {
        size_t skip = after_cjk ? ps_cjk_pinyin_at(s + i, n - i) : 0;
        if (skip) {
            i += skip;
            continue;
        }
        uint32_t cp;
        size_t k = ps_u8_next(s + i, n - i, &cp);
        after_cjk = (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
        memmove(s + w, s + i, k);
        w += k, i += k;
    }
    s[w] = 0;
}

/* A body's name up to its first union word (某市 of 某市总工会 and of 某市工会). */
static size_t body_stem(const char *s, size_t n)
{
    size_t u = ps_find_first(s, n, (const char *const[]){"总工会", "工会", NULL});
    return u == (size_t)-1 ? n : u;
}

/* "what: the words that said it" (words cut to about 40 characters). */
static char *source(const char *what, const ps_text *t, size_t fs, size_t fe)
{
    ps_buf b = PS_BUF_INIT;
    int rc = PS_OK;
    ps_buf_puts(&rc, &b, what);
    if (fe > fs) {
        size_t end = fs, chars = 0;
        while (end < fe && chars < 40) {
            uint32_t cp;
            end += ps_u8_next(t->fold + end, fe - end, &cp);
            chars++;
        }
        char *orig = ps_text_clean(t, fs, end, 1, NULL);
        if (!orig)
            rc = PS_ENOMEM;
        else {
            ps_buf_puts(&rc, &b, ": ");
            ps_buf_puts(&rc, &b, orig);
            if (end < fe)
                ps_buf_puts(&rc, &b, "…");
            free(orig);
        }
    }
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
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

/* Do the first `lines` lines of content hold any of words? */
static int opening_has(const ps_text *t, size_t lines, const char *const *words)
{
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < lines;
         li = ps_text_content(t, li + 1), seen++)
        if (ps_has_any(t->fold + t->lines[li].s, t->lines[li].e - t->lines[li].s, words))
            return 1;
    return 0;
}

/* A unit speaking of itself in the first person (我校, 我院, 我公司 …) in its
   first lines: the page is the unit's, whatever higher body it reports
   (…公布了名单，我校工会荣获…, 某市总工会到…我院…) */
static int first_person_unit(const ps_text *t)
{
    static const char *const words[] = {"我校", "我院", "我公司", "我厂", "我司", "本校", "我局",
                                        "我行", "我矿", NULL};
    return opening_has(t, 4, words);
}

/* A unit writing of itself (我院, 全厂, 工会小组 …) in its first eight lines
   of content: a summary's first parts may speak only of 我们. */
/* Words only Hong Kong's pages use (counted on the labelled pages: none
   of them on a page of elsewhere; 立法会, 特首 and 工联会 are Macau's too,
   九龙 is also 重庆's 九龙坡) */
static const char *const hk_words[] = {
    "本港", "全港", "港府", "港闻", "旺角", "深水埗", "铜锣湾", "九巴", "运输署", "公务员事务局",
    "职工会登记局", "医管局", "职工盟", "星岛", "HKT", NULL};

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
        "两级工会", "中心工会", "工会分会", NULL};
    return opening_has(t, 8, words);
}

int ps_meta_extract(const ps_text *t, const ps_gazetteer *gaz, ps_plan *p)
{
    size_t fs = 0, fe = 0, tline = (size_t)-1, *offs = NULL;
    char *tfold = NULL, *ofold = NULL;
    size_t ofs = 0, ofe = 0;
    int rc = PS_OK;
    const char *level = NULL, *sector = NULL;
    const char *org_how = NULL;
    int sig_top = 0; /* the "signature" is a headline over a date */
    enum { MAX_BODIES = 256 };
    ps_body *bodies = malloc(MAX_BODIES * sizeof *bodies);
    if (!bodies)
        goto nomem;

    /* title, as written, and its folded form for the other rules */
    int plan_title = ps_title_find(t, &fs, &fe, &tline);
    if (plan_title || ps_headline_find(t, &fs, &fe, &tline)) {
        p->title = ps_text_clean(t, fs, fe, 1, NULL);
        tfold = ps_text_clean(t, fs, fe, 0, &offs);
        p->from.title = strdup(plan_title ? (tline == (size_t)-1 ? "heading" : "title line")
                                          : "first line");
        if (!p->title || !tfold || !p->from.title)
            goto nomem;
        drop_pinyin(p->title);
    }
    size_t tlen = tfold ? strlen(tfold) : 0;

    /* kind: the title's, else the opening's */
    size_t ks, ke;
    int kind = ps_kind_find(t, tfold, tlen, &ks, &ke);
    if (kind) {
        p->type = strdup(ps_kind_name(kind));
        p->from.type = tfold && ps_kind_of_title(tfold, tlen) == kind && ke == 0
                           ? source("title", t, fs, fe)
                           : source("opening", t, ks, ke);
        if (!p->type || !p->from.type)
            goto nomem;
    }

    /* org: the name in a plan's title */
    size_t oat = 0, olen = 0;
    int title_org = 0;
    /* (a plan about no union, 医院科室绩效考核实施方案, names no union body) */
    if (plan_title && tfold && kind != PS_KIND_OTHER &&
        ps_org_from_title(tfold, tlen, &oat, &olen)) {
        /* 县总工会总结及, 市总工会召开: the name ends at its last union word */
        static const char *const uw[] = {"总工会", "工会", "工联会", "工委", NULL};
        size_t cut = 0;
        for (size_t k = 0; uw[k]; k++)
            for (size_t at = oat; at < oat + olen;) {
                size_t f = ps_find(tfold + at, oat + olen - at, uw[k]);
                if (f == (size_t)-1)
                    break;
                if (at + f + strlen(uw[k]) - oat > cut)
                    cut = at + f + strlen(uw[k]) - oat;
                at += f + strlen(uw[k]);
            }
        if (cut)
            olen = cut;
        /* (news headed like a plan, 山东实施…行动计划: a name with no
           union word before 计划 is no body's) */
        title_org = cut || kind != PS_KIND_NEWS;
        /* (工会年度工作总结: no body named, only the word) */
        if (olen == strlen("工会") && !memcmp(tfold + oat, "工会", olen))
            title_org = 0;
    }
    if (title_org) {
        ofs = offs[oat], ofe = offs[oat + olen - 1] + 1;
        /* the last byte's offset + 1 is inside its character: extend */
        while (ofe < t->fold_len && ((unsigned char)t->fold[ofe] & 0xC0) == 0x80)
            ofe++;
        ofold = strndup(tfold + oat, olen);
        if (!ofold)
            goto nomem;
        org_how = "title";
    }

    /* signature date, from a signature that agrees with the org */
    ps_signature sig;
    if (ps_signature_find(t, ofold, ofold ? strlen(ofold) : 0, &sig)) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", sig.y, sig.m, sig.d);
        if (!(p->date = strdup(d)))
            goto nomem;
        /* no name in the title, or a shorter one (市卫生局工会 signed as
           乐山市卫生局工会): the signature names the body in full (a
           title above a date is no signature name) */
        size_t ya, yl;
        size_t sig_line = 0;
        while (sig_line < t->nlines && t->lines[sig_line].e <= sig.os)
            sig_line++;
        int top = 1; /* a name above a date in the opening is a headline */
        sig_top = 1;
        for (size_t li = sig_line, seen = 0; li-- > 0 && top;)
            if (!(t->lines[li].flags & PS_LINE_BOILER) && t->lines[li].e > t->lines[li].s &&
                ++seen > 2)
                top = 0;
        /* …unless the text ends there: a short plan's real signature */
        size_t after = 0;
        for (size_t li = sig_line + 1; li < t->nlines; li++)
            after += !(t->lines[li].flags & PS_LINE_BOILER) && t->lines[li].e > t->lines[li].s;
        if (after <= 1)
            top = 0;
        sig_top = top;
        if (sig.oe > sig.os && !top && (!ofold || sig.oe - sig.os > strlen(ofold)) &&
            !ps_year_find(t->fold + sig.os, sig.oe - sig.os, 1, &ya, &yl)) {
            free(ofold);
            ofs = sig.os, ofe = sig.oe;
            if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
                goto nomem;
            org_how = "signature";
        }
    }

    /* else the body the opening sentence or the headline names */
    size_t nb = ps_bodies_find(t, gaz, bodies, MAX_BODIES);
    const ps_body *issuer = ps_body_issuer(t, bodies, nb);
    /* the body a headline names, wherever the headline stands */
    for (size_t k = 0; !issuer && tline != (size_t)-1 && k < nb; k++)
        if (bodies[k].line == tline)
            issuer = &bodies[k];
    /* a headline that opens on a body (西安文理学院工会喜获…, 成都分院工会参加
       省工会代表大会) is about it, whatever higher body the text goes on to
       name as the one that met or awarded */
    for (size_t k = 0; issuer && issuer->line != tline && tline != (size_t)-1 && k < nb; k++)
        if (bodies[k].line == tline && bodies[k].s <= fs + 3 && bodies[k].s >= fs) {
            /* (县总工会 heading a text about 肥西县总工会: the same body, and
               中国金融工会 heading its 无锡工作委员会's) */
            /* (某市工会 and 某市总工会 too: compared up to the union word) */
            const char *kn = t->fold + bodies[k].s, *in = t->fold + issuer->s;
            size_t kl = body_stem(kn, bodies[k].e - bodies[k].s),
                   il = body_stem(in, issuer->e - issuer->s);
            int same = kl <= il ? memcmp(kn, in + il - kl, kl) == 0 || memcmp(kn, in, kl) == 0
                                : memcmp(in, kn + kl - il, il) == 0 || memcmp(in, kn, il) == 0;
            if (!same)
                issuer = &bodies[k];
            break;
        }
    /* a unit holding its workers' own meeting before any body is named
       (某医院召开工会会员代表大会, 市总工会…出席): the unit's page */
    size_t us, ue;
    if (!ofold && ps_unit_subject(t, &us, &ue) && (!issuer || issuer->s > us)) {
        ofs = us, ofe = ue;
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
        org_how = "opening sentence";
    }
    /* a labour bureau of Taiwan holding the event, whichever unions it
       gathers: the government's page, at no union's tier */
    size_t gs, ge;
    int government = 0;
    if (!ofold && ps_taiwan_page(t) && ps_gov_holder(t, &gs, &ge)) {
        ofs = gs, ofe = ge;
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
        org_how = "government holder";
        government = 1;
    }
    if (!ofold && issuer) {
        ofs = issuer->s, ofe = issuer->e;
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
        org_how = issuer->line == tline ? "title" : "opening sentence";
    }
    /* a body that signs the text at its end without a date, alone on the
       last line or in parentheses closing it (…又好又快发展。(秦安县总工会),
       (文/米易县总工会)): the writer, over the body its opening reports on */
    if (ofold && !strcmp(org_how, "opening sentence") && nb) {
        size_t last = t->nlines;
        while (last > 0 && ((t->lines[last - 1].flags & PS_LINE_BOILER) ||
                            t->lines[last - 1].e == t->lines[last - 1].s))
            last--;
        const ps_body *b = &bodies[nb - 1];
        const ps_line *ll = last ? &t->lines[last - 1] : NULL;
        int sign = 0;
        if (ll && b->line == last - 1 && !b->boiler) {
            const char *f = t->fold;
            size_t close = ll->e;
            while (close > b->e && f[close - 1] == ' ')
                close--;
            if (b->s == ll->s && b->e == close)
                sign = 1; /* the name alone on the last line */
            else if (close == b->e + 1 && f[b->e] == ')') {
                /* (秦安县总工会), (文/米易县总工会), (供稿:某某总工会) */
                size_t open = b->s;
                while (open > ll->s && f[open - 1] != '(' && b->s - open < 12)
                    open--;
                sign = open > ll->s && f[open - 1] == '(';
            }
        }
        if (sign && (b->e - b->s != ofe - ofs || memcmp(t->fold + b->s, t->fold + ofs, ofe - ofs))) {
            free(ofold);
            ofs = b->s, ofe = b->e;
            if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
                goto nomem;
            org_how = "signature";
        }
    }
    /* else the one body the text names further down, named by its place */
    const ps_body *only = ofold ? NULL : ps_body_only(t, gaz, bodies, nb);
    /* … or the one it names most often (今后，县总工会… three times) */
    if (!ofold && !only)
        only = ps_body_most(t, bodies, nb);
    if (only) {
        ofs = only->s, ofe = only->e;
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
        org_how = "the one body named";
    }
    /* a higher body visiting the unit that writes (市总工会领导莅临我校, 到
       我公司调研), or honouring it on its own page (我校工会荣获…): the
       unit's page, the higher body's name no body of it */
    int host = 0;
    /* (a body whose name says no tier is dropped only by a visit: on a
       page that says 我校 it may be the school's own, 新一届工会委员会) */
    int visited = ofold && ps_host_visited(t);
    /* … or visiting the county or city that writes (省总工会调研组来我区调研):
       that place's page, at its tier */
    const char *host_tier =
        ofold && !visited ? ps_host_tier(t, ps_org_level(ofold, strlen(ofold), 0)) : NULL;
    /* … or coming to a place the page names by its own short name, as only
       its host writes (来漳调研, 来三明市调研, 莅同): that place's page */
    ps_place host_pl;
    int host_placed = 0;
    if (ofold && !visited && ps_host_place(t, gaz, &host_pl) == PS_OK) {
        static const char *const tiers[] = {NULL, "省", "市", "县", "乡镇"};
        const char *vl = ps_org_level(ofold, strlen(ofold), 0);
        int national = vl && !strcmp(vl, "全国"), vt = national ? 0 : ps_place_level_of(vl);
        if ((national || vt) && host_pl.level > vt && host_pl.level <= PS_PLACE_TOWNSHIP)
            host_placed = 1, host_tier = tiers[host_pl.level];
    }
    if (host_tier) {
        free(ofold);
        ofold = NULL;
        /* the host's own union where the page names it (区总工会主席某某参加调研),
           by its place's name if it is written so anywhere (大同市总工会 over
           a bare 市总工会) */
        const ps_body *hb = NULL;
        for (size_t k = 0; k < nb; k++) {
            const char *bn = t->fold + bodies[k].s;
            size_t bl = bodies[k].e - bodies[k].s;
            const char *bt = ps_org_level(bn, bl, 0);
            /* (not every city's, 各市总工会, nor all of them) */
            if (bodies[k].boiler || !bt || strcmp(bt, host_tier) ||
                ps_starts_any(bn, bl, (const char *const[]){"各", "全", NULL}))
                continue;
            int bare = ps_starts_any(bn, bl, (const char *const[]){"市", "区", "县", "州", "旗",
                                                                  "镇", "乡", "省", NULL});
            if (!hb || !bare) {
                hb = &bodies[k];
                if (!bare)
                    break;
            }
        }
        if (hb) {
            ofs = hb->s, ofe = hb->e;
            if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
                goto nomem;
            org_how = "host";
        }
    }
    if (ofold && (visited || first_person_unit(t))) {
        const char *lv = ps_org_level(ofold, strlen(ofold), 0);
        if (lv ? strcmp(lv, "基层") != 0 : visited) {
            free(ofold);
            ofold = NULL;
            host = 1;
        }
    }
    /* a committee or a district office of Hong Kong's federation (工联会
       权益委员会, 工联会新界北地区服务处): the page's body, at no tier */
    size_t office_end = ofold ? ps_federation_office(t, ofs, ofe) : ofe;
    int subunit = office_end != ofe;
    if (subunit) {
        ofe = office_end;
        free(ofold);
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
    }
    if (ofold) {
        if (!(p->org = ps_text_clean(t, ofs, ofe, 1, NULL)) ||
            !(p->from.org = strdup(org_how)))
            goto nomem;
        drop_pinyin(p->org);
    }

    /* year */
    size_t lead_line = 0, lead_after = 0;
    int lead = ps_year_lead(t, tline == (size_t)-1 ? 0 : tline + 1, &lead_line,
                         &lead_after);
    ps_year_facts yf = {.tfold = tfold,
                        .tlen = tlen,
                        .fs = fs,
                        .fe = fe,
                        .tline = tline,
                        .lead = lead,
                        .lead_line = lead_line,
                        /* (a headline over a date is no signature) */
                        .sig_year = p->date && !sig_top ? sig.y : 0,
                        .sig_os = p->date ? sig.os : 0,
                        .sig_oe = p->date ? sig.oe : 0};
    ps_year_pick yp;
    if (ps_doc_year(t, &yf, kind, &yp) != PS_OK)
        goto nomem;
    /* (a 2019年总结和2020年计划 title over a review of 2019 alone) */
    if (yp.summary) {
        char *type = strdup(ps_kind_name(PS_KIND_SUMMARY));
        if (!type)
            goto nomem;
        free(p->type);
        p->type = type;
        kind = PS_KIND_SUMMARY;
    }
    p->year = yp.year;
    if (p->year && !(p->from.year = source(yp.how, t, yp.s, yp.e)))
        goto nomem;
    /* a journal's article, dated above as news is: no union's document
       (its kind stays for the rules below, which read its body and place
       from the text as they would a news item's) */
    if (kind && kind != PS_KIND_OTHER && ps_cue_journal_record(t)) {
        char *type = strdup(ps_kind_name(PS_KIND_OTHER));
        if (!type)
            goto nomem;
        free(p->type);
        p->type = type;
    }

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
        if (ps_set_place(p, &isl, source("body", t, ofs, ofe)))
            goto nomem;
        place_level = isl.level;
    } else if (national) {
        p->region = strdup("全国");
        p->from.region = source("national body", t, ofs, ofe);
        if (!p->region || !p->from.region)
            goto nomem;
    } else if (gaz && who) {
        ps_place place;
        if (ps_body_place(gaz, who, strlen(who), t->fold, t->fold_len, &place)) {
            if (ps_set_place(p, &place,
                          ofold ? source("body", t, ofs, ofe) : source("title", t, fs, fe)))
                goto nomem;
            place_level = place.level;
        }
    }

    /* the host a visit names by its place (来徐调研), its union unnamed or
       named by its tier alone (市总工会): that place */
    if (host_placed &&
        (!ofold || ps_starts_any(ofold, strlen(ofold),
                                 (const char *const[]){"市", "区", "县", "州", "旗", "镇", "乡",
                                                       "省", NULL})) &&
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
            if (trade || ps_has_any(ofold, on,
                                    (const char *const[]){"服务业", "运输业", "公务员",
                                                          "职业工会", NULL}))
                level = NULL;
            else if (!strcmp(level, "全国"))
                level = "省";

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
    /* a body whose name says no tier (新一届工会委员会) on a page that
       speaks as a unit (我校, 本公司, 工会小组): a unit's union */
    if (!level && ofold && !government && !subunit && unit_scope(t))
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
        hp.level <= PS_PLACE_COUNTY && ps_set_place(p, &hp, source("headline", t, fs, fe)))
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
        if (ps_set_place(p, &op, source("opening", t, ops, ope)))
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
        ps_set_place(p, &sp, source("the page's body", t, bodies[k].s, bodies[k].e)))
        goto nomem;
    /* a body named by its tier alone (县总工会召开…) on a union's site that
       names its owner in the page's furniture (版权所有:咸阳市总工会): within
       the owner's place, when the owner is not below the body's tier */
    if (!p->region && gaz && tier_only && p->level &&
        (k = furniture_body(t, gaz, bodies, nb, t->nlines, ps_place_level_of(p->level), &sp)) <
            nb &&
        ps_set_place(p, &sp, source("the site's body", t, bodies[k].s, bodies[k].e)))
        goto nomem;
    /* still none, on a page in traditional script that is Taiwan's, Hong
       Kong's or Macau's by its words: that territory (GB/T 2260 stops at
       its top, and a mainland page copied into traditional script names
       its own places, read above) */
    if (!p->region && gaz && ps_traditional(t) &&
        !ps_has_any(t->fold, t->fold_len,
                    (const char *const[]){"中国台湾", "中国香港", "中国澳门", NULL})) {
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
        ps_text_province(t, gaz, 12, &op, &ops, &ope) == PS_OK &&
        ps_set_place(p, &op, source("province the text names", t, ops, ope)))
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
    if (gaz && ps_trim_place(gaz, p))
        goto nomem;
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
        if (ps_gazetteer_by_code(gaz, p->region_code, &pl) == PS_OK &&
            (pl.level == PS_PLACE_COUNTY ||
             (pl.level < PS_PLACE_COUNTY && ps_place_event(t, &pl))) &&
            pl.code[0] != '7' && pl.code[0] != '8' && !(p->level = strdup(names[pl.level])))
            goto nomem;
    }

    /* a site's tag page, its title alone: no document, so no body's
       level or place either, whatever the title names */
    if (kind == PS_KIND_OTHER && tfold && ps_title_only(t, tlen)) {
        free(p->level), free(p->from.level), free(p->sector);
        free(p->region), free(p->region_code), free(p->from.region);
        p->level = p->from.level = p->sector = NULL;
        p->region = p->region_code = p->from.region = NULL;
    }
    if (ps_docnum_find(t, tline == (size_t)-1 ? 0 : tline, &p->doc_number))
        goto nomem;
    goto done;
nomem:
    rc = PS_ENOMEM;
done:
    free(bodies);
    free(tfold);
    free(offs);
    free(ofold);
    return rc;
}

int ps_meta_from_string(const ps_cjk *cjk, const ps_gazetteer *gaz,
                        const char *s, size_t n, ps_plan *p)
{
    ps_text t;
    int rc = ps_text_init(&t, cjk, s, n);
    if (rc)
        return rc;
    ps_boiler_mark(&t);
    rc = ps_meta_extract(&t, gaz, p);
    ps_text_release(&t);
    return rc;
}
