/*
 * corpus/: who issued a document — the body whose page it is.
 *
 * In order: the name in a plan's title; a signature that names a body in
 * full; the body the opening sentence or the headline makes the subject (a
 * unit holding its own meeting, a labour bureau of Taiwan holding the
 * event); a body signing the text at its end; the one body named, or the
 * one named most.  Then the visits: a higher body visiting the unit, the
 * county or the city that writes makes the page the host's (RULES.md
 * Place rule 9).  All on folded text.
 */
#include "corpus_int.h"

#include <stdlib.h>
#include <string.h>

/* A body's name up to its first union word (某市 of 某市总工会 and of 某市工会). */
static size_t body_stem(const char *s, size_t n)
{
    size_t u = ps_find_first(s, n, (const char *const[]){"总工会", "工会", NULL});
    return u == (size_t)-1 ? n : u;
}

/* A unit speaking of itself in the first person (我校, 我院, 我公司 …) in its
   first lines: the page is the unit's, whatever higher body it reports
   (…公布了名单，我校工会荣获…, 某市总工会到…我院…) */
static int first_person_unit(const ps_text *t)
{
    static const char *const words[] = {"我校", "我院", "我公司", "我厂", "我司", "本校", "我局",
                                        "我行", "我矿", NULL};
    return ps_opening_has(t, 4, words);
}

int ps_issuer_find(const ps_text *t, const ps_gazetteer *gaz, const ps_title_facts *tf,
                   ps_body *bodies, size_t max_bodies, ps_issuer *out)
{
    const char *tfold = tf->tfold;
    size_t tlen = tf->tlen, fs = tf->fs, tline = tf->tline;
    const size_t *offs = tf->offs;
    int plan_title = tf->plan_title, kind = tf->kind;
    char *ofold = NULL;
    size_t ofs = 0, ofe = 0;
    const char *org_how = NULL;
    memset(out, 0, sizeof *out);

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
        out->dated = 1;
        out->sig = sig;
        /* no name in the title, or a shorter one (市卫生局工会 signed as
           乐山市卫生局工会): the signature names the body in full (a
           title above a date is no signature name) */
        size_t ya, yl;
        size_t sig_line = 0;
        while (sig_line < t->nlines && t->lines[sig_line].e <= sig.os)
            sig_line++;
        int top = 1; /* a name above a date in the opening is a headline */
        out->sig_top = 1;
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
        out->sig_top = top;
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
    size_t nb = out->nb = ps_bodies_find(t, gaz, bodies, max_bodies);
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
    if (!ofold && ps_taiwan_page(t) && ps_gov_holder(t, &gs, &ge)) {
        ofs = gs, ofe = ge;
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
        org_how = "government holder";
        out->government = 1;
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
        /* (…罗源县总工会主办…。(福建邮政工会): a province's body closing
           its branch's news with its own name is the site that collects
           it, not the writer of what happened below it) */
        ps_place sp, op;
        if (sign && ps_body_place(gaz, t->fold + b->s, b->e - b->s, t->fold, t->fold_len, &sp) &&
            ps_body_place(gaz, ofold, strlen(ofold), t->fold, t->fold_len, &op) &&
            strcmp(sp.code, op.code) && ps_place_holds(&sp, &op))
            sign = 0;
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
    /* a unit honoured as the subject of the opening or the headline
       (…全体委员会上，宁乡农商行被授予“全国模范职工之家”称号): the unit's
       news, not the news of the federation that honoured it */
    size_t hs, he;
    const char *ol = ofold ? ps_org_level(ofold, strlen(ofold), 0) : NULL;
    const char *unit_how = NULL;
    if (ofold && strcmp(org_how, "signature") && ol && strcmp(ol, "基层") &&
        ps_honoured_unit(t, &hs, &he))
        unit_how = "honoured unit";
    /* … or holding or entering what the headline tells (某集团举办…竞赛,
       某集团代表队参加省…大赛), the federation named only in the text */
    else if (ofold && ol && strcmp(ol, "基层") && kind == PS_KIND_NEWS &&
             (!strcmp(org_how, "opening sentence") || !strcmp(org_how, "the one body named")) &&
             ps_acting_unit(t, tline, &hs, &he))
        unit_how = "unit in the headline";
    if (unit_how) {
        free(ofold);
        ofs = hs, ofe = he;
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
        org_how = unit_how;
        out->honoured = 1;
    }
    /* a higher body visiting the unit that writes (市总工会领导莅临我校, 到
       我公司调研), or honouring it on its own page (我校工会荣获…): the
       unit's page, the higher body's name no body of it */
    /* (a body whose name says no tier is dropped only by a visit: on a
       page that says 我校 it may be the school's own, 新一届工会委员会) */
    int visited = ofold && ps_host_visited(t);
    /* … or visiting the county or city that writes (省总工会调研组来我区调研):
       that place's page, at its tier */
    const char *host_tier =
        ofold && !visited ? ps_host_tier(t, ps_org_level(ofold, strlen(ofold), 0)) : NULL;
    /* … or coming to a place the page names by its own short name, as only
       its host writes (来漳调研, 来三明市调研, 莅同): that place's page */
    if (ofold && !visited && ps_host_place(t, gaz, &out->host_pl) == PS_OK) {
        static const char *const tiers[] = {NULL, "省", "市", "县", "乡镇"};
        const char *vl = ps_org_level(ofold, strlen(ofold), 0);
        int national = vl && !strcmp(vl, "全国"), vt = national ? 0 : ps_place_level_of(vl);
        if ((national || vt) && out->host_pl.level > vt && out->host_pl.level <= PS_PLACE_TOWNSHIP)
            out->host_placed = 1, host_tier = tiers[out->host_pl.level];
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
            int bare = ps_body_tier_only(bn, bl);
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
            out->host = 1;
        }
    }
    /* a committee or a district office of Hong Kong's federation (工联会
       权益委员会, 工联会新界北地区服务处): the page's body, at no tier */
    size_t office_end = ofold ? ps_federation_office(t, ofs, ofe) : ofe;
    out->subunit = office_end != ofe;
    if (out->subunit) {
        ofe = office_end;
        free(ofold);
        if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
            goto nomem;
    }
    /* Macau's federation written short (工联, 澳门工联) where the page also
       writes its full name (澳门工会联合总会, 工联总会): the full name */
    if (ofold && (!strcmp(ofold, "工联") || !strcmp(ofold, "澳门工联"))) {
        for (size_t k = 0; k < nb; k++) {
            const char *bn = t->fold + bodies[k].s;
            size_t bl = bodies[k].e - bodies[k].s;
            if ((bl == strlen("工联总会") && !memcmp(bn, "工联总会", bl)) ||
                (ps_starts(bn, bl, "澳门") &&
                 ps_ends_any(bn, bl, (const char *const[]){"工会联合总会", "工联总会", NULL}))) {
                char *full = strndup(bn, bl);
                if (!full)
                    goto nomem;
                free(ofold);
                ofold = full;
                ofs = bodies[k].s, ofe = bodies[k].e;
                break;
            }
        }
    }
    out->fold = ofold;
    out->s = ofs, out->e = ofe;
    out->how = org_how;
    out->host_tier = host_tier;
    return PS_OK;
nomem:
    free(ofold);
    memset(out, 0, sizeof *out);
    return PS_ENOMEM;
}
