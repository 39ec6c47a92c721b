/*
 * Metadata of one document: title, year, org, level, sector, date,
 * doc_number and region.  Rules read lines of the folded text (boilerplate
 * lines skipped) and cut the reported title and org from the original, so
 * they appear as written.  Anything the text does not state stays NULL.
 */
#include "corpus_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The title is looked for in this many lines from the top. */
#define TITLE_WINDOW 80
/* Longest title line, in bytes (about 70 CJK characters). */
#define TITLE_MAX 210

static const char *const sentence_punct[] = {"。", "，", "；", "！", "？", ",",
                                             ";", "!", "?", NULL};
static const char *const plan_endings[] = {"要点", "计划", "安排", "意见", "思路",
                                           "打算", "重点", "职责", "方案", "规划",
                                           "任务", "总结", "纲要", NULL};
static const char *const not_title_starts[] = {"附", "主题词", "抄送", "抄报",
                                               "印发", "现将", "各", NULL};
/* A notice's own title: 关于印发《…》的通知 */
static const char *const notice_verbs[] = {"印发《", "转发《", "下发《", "颁发《",
                                           "印发", "转发", "下发", NULL};

static int has_any(const char *s, size_t n, const char *const *w)
{
    for (size_t k = 0; w[k]; k++)
        if (ps_find(s, n, w[k]) != (size_t)-1)
            return 1;
    return 0;
}

static int starts_any(const char *s, size_t n, const char *const *w)
{
    for (size_t k = 0; w[k]; k++)
        if (ps_starts(s, n, w[k]))
            return 1;
    return 0;
}

/* 一、 1、 1. （一） (一): an item of the plan, not a title. */
static int numbered(const char *s, size_t n)
{
    static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七",
                                     "八", "九", "十", NULL};
    size_t i = 0;
    if (ps_starts(s, n, "(") || ps_starts(s, n, "（"))
        return 1;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i > 0)
        return i < n && (s[i] == '.' || s[i] == ')' || ps_starts(s + i, n - i, "、") ||
                         ps_starts(s + i, n - i, "．"));
    while (starts_any(s + i, n - i, cn))
        i += 3;
    return i > 0 && ps_starts(s + i, n - i, "、");
}

static int is_date_line(const char *s, size_t n)
{
    int y, m, d;
    size_t len;
    for (size_t i = 0; i < n; i++)
        if (ps_date_at(s + i, n - i, &y, &m, &d, &len))
            return 1;
    return 0;
}

/* Ends with a plan kind (工作要点, 工作计划 …), perhaps before (试行). */
static int ends_like_plan(const char *s, size_t n)
{
    if (n > 0 && (s[n - 1] == ')' || ps_ends(s, n, "）"))) {
        size_t open = (size_t)-1;
        for (size_t i = 0; i < n; i++)
            if (s[i] == '(' || ps_starts(s + i, n - i, "（"))
                open = i;
        if (open != (size_t)-1 && n - open <= 24)
            n = open;
    }
    while (n > 0 && s[n - 1] == ' ')
        n--;
    for (size_t k = 0; plan_endings[k]; k++)
        if (ps_ends(s, n, plan_endings[k]))
            return 1;
    return 0;
}

static int title_like(const char *s, size_t n)
{
    return n >= 6 && n <= TITLE_MAX && !has_any(s, n, sentence_punct) &&
           !ps_ends(s, n, ":") && !starts_any(s, n, not_title_starts) &&
           !(ps_find(s, n, "关于") != (size_t)-1 && has_any(s, n, notice_verbs)) &&
           !numbered(s, n) && !ps_split_heading(s, n, NULL, NULL) &&
           !is_date_line(s, n) && ends_like_plan(s, n);
}

static int org_like(const char *s, size_t n);

/* A line that may be the first half of a title split in two. */
static int title_fragment(const char *s, size_t n)
{
    return n >= 6 && n <= 90 && !has_any(s, n, sentence_punct) &&
           !ps_ends(s, n, ":") && ps_find(s, n, "《") == (size_t)-1 &&
           !starts_any(s, n, not_title_starts) && !numbered(s, n) &&
           !ps_split_heading(s, n, NULL, NULL) && !is_date_line(s, n) &&
           !ps_docnum_at(s, n);
}

/*
 * The plan a notice wraps: 《…》 after 印发/转发/下发 (the brackets may span
 * up to three lines), or 关于印发2013年工作要点的通知 without brackets.
 */
static int notice_title(const ps_text *t, size_t li, size_t *fs, size_t *fe)
{
    const ps_line *l = &t->lines[li];
    const char *s = t->fold + l->s;
    size_t n = l->e - l->s;
    for (size_t k = 0; notice_verbs[k]; k++) {
        size_t at = ps_find(s, n, notice_verbs[k]);
        if (at == (size_t)-1)
            continue;
        size_t open = l->s + at + strlen(notice_verbs[k]), close;
        if (ps_ends(notice_verbs[k], strlen(notice_verbs[k]), "《")) {
            size_t limit = open + 300 < t->fold_len ? open + 300 : t->fold_len;
            close = ps_find(t->fold + open, limit - open, "》");
        } else {
            if (!ps_ends(s, n, "的通知") || ps_find(s, at, "关于") == (size_t)-1)
                return 0;
            close = l->e - 9 - open;
        }
        if (close == (size_t)-1 || !ends_like_plan(t->fold + open, close))
            return 0;
        *fs = open, *fe = open + close;
        return 1;
    }
    return 0;
}

/* Where the title is, in folded offsets; *line its (last) line. */
static int find_title(const ps_text *t, size_t *fs, size_t *fe, size_t *line)
{
    int have_fallback = 0, have_heading = 0;
    size_t nfs = 0, nfe = 0, hfs = 0, hfe = 0, prev = (size_t)-1, seen = 0;
    size_t limit = t->nlines < TITLE_WINDOW ? t->nlines : TITLE_WINDOW;

    for (size_t i = 0; i < limit; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s, ht, he;
        if ((l->flags & PS_LINE_BOILER) || n == 0)
            continue;
        if (ps_split_heading(s, n, &ht, &he)) {
            if (!have_heading && ht < he) {
                hfs = l->s + ht, hfe = l->s + he;
                have_heading = 1;
            }
            prev = (size_t)-1;
            continue;
        }
        if (!have_fallback && notice_title(t, i, &nfs, &nfe))
            have_fallback = 1;
        /*
         * A page flattened to one line starts with its title and a blank:
         * 紫石中学2021学年度第二学期工会工作计划 主要目标: …
         */
        size_t sp = ps_find(s, n, " ");
        if (++seen <= 3 && !title_like(s, n) && sp != (size_t)-1 &&
            title_like(s, sp)) {
            *fs = l->s, *fe = l->s + sp, *line = i;
            return 1;
        }
        if (title_like(s, n)) {
            *fs = l->s, *fe = l->e, *line = i;
            /*
             * A title split in two: 神木五中2017-2018学年第二学期 / 工会工作要点,
             * 城关镇中心小学 / 2018年工会工作计划.  Joined when this line names
             * no body and the line above is a short fragment naming the
             * body or the year this line lacks.
             */
            size_t yat, ylen, oat, olen;
            if (prev != (size_t)-1 && !ps_org_from_title(s, n, &oat, &olen)) {
                const ps_line *p = &t->lines[prev];
                const char *ps = t->fold + p->s;
                size_t pn = p->e - p->s;
                int prev_year = ps_year_find(ps, pn, 1, &yat, &ylen) != 0;
                int own_year = ps_year_find(s, n, 1, &yat, &ylen) != 0;
                if (title_fragment(ps, pn) &&
                    ((prev_year && !own_year) || org_like(ps, pn)))
                    *fs = p->s;
            }
            return 1;
        }
        prev = i;
    }
    if (have_fallback) {
        *fs = nfs, *fe = nfe, *line = (size_t)-1;
        return 1;
    }
    if (have_heading) {
        *fs = hfs, *fe = hfe, *line = (size_t)-1;
        return 1;
    }
    return 0;
}

/* A year at the start of a paragraph: 2012年全县工会工作的指导思想是 … */
static int lead_year(const ps_text *t, size_t from, size_t *li, size_t *after)
{
    size_t seen = 0;
    for (size_t i = from; i < t->nlines && seen < 30; i++) {
        const ps_line *l = &t->lines[i];
        size_t len;
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        seen++;
        int y = ps_year_at(t->fold + l->s, l->e - l->s, 0, &len);
        /* a year that starts prose, not a date line or a title */
        if (y && !is_date_line(t->fold + l->s, l->e - l->s) &&
            has_any(t->fold + l->s, l->e - l->s, sentence_punct)) {
            *li = i, *after = l->s + len;
            return y;
        }
    }
    return 0;
}

/* Bodies that sign: names that hold 工会, 委员会 or a unit. */
static int org_like(const char *s, size_t n)
{
    return ps_find(s, n, "工会") != (size_t)-1 || ps_find(s, n, "委员会") != (size_t)-1 ||
           ps_find(s, n, "工委") != (size_t)-1 || ps_org_level(s, n, 0) != NULL;
}

static int contains(const char *h, size_t hn, const char *nd, size_t nn)
{
    for (size_t i = 0; i + nn <= hn; i++)
        if (memcmp(h + i, nd, nn) == 0)
            return 1;
    return 0;
}

typedef struct signature {
    int y, m, d;
    size_t os, oe; /* folded range of the signing body, os == oe if none */
} signature;

/* The whole of s is a date in digits: 2012-02-06, 2012.2.6, 2012/2/6. */
static int numeric_date(const char *s, size_t n, int *y, int *m, int *d)
{
    int v[3] = {0, 0, 0}, part = 0;
    size_t digits = 0;
    char sep = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9' && digits < 4) {
            v[part] = v[part] * 10 + (s[i] - '0');
            digits++;
        } else if ((s[i] == '-' || s[i] == '.' || s[i] == '/') && part < 2 &&
                   digits > 0 && (!sep || sep == s[i])) {
            sep = s[i], part++, digits = 0;
        } else {
            return 0;
        }
    }
    if (part != 2 || digits == 0 || v[0] < 1949 || v[0] > 2099 || v[1] < 1 ||
        v[1] > 12 || v[2] < 1 || v[2] > 31)
        return 0;
    *y = v[0], *m = v[1], *d = v[2];
    return 1;
}

/* The signing body on the nearest non-empty line above line i, if any. */
static int body_above(const ps_text *t, size_t i, size_t *bs, size_t *be)
{
    for (size_t j = i; j-- > 0;) {
        const ps_line *p = &t->lines[j];
        const char *s = t->fold + p->s;
        size_t n = p->e - p->s;
        if (n == 0)
            continue;
        if ((p->flags & PS_LINE_BOILER) || n > 90 || !org_like(s, n) ||
            has_any(s, n, sentence_punct) || is_date_line(s, n))
            return 0;
        *bs = p->s, *be = p->e;
        return 1;
    }
    return 0;
}

/*
 * The signature: a line ending with a date (二〇一二年二月十日, or in
 * parentheses under a title), the body before it on the same line or on
 * the line above; or a date in digits alone on a line under a body's name.
 * The first whose body agrees with `org` (either unknown, or one name
 * containing the other): a notice forwarding another body's plan is signed
 * by the forwarder, and its date is not the plan's.
 */
static int find_signature(const ps_text *t, const char *org, size_t orglen,
                          signature *sig)
{
    for (size_t i = 0; i < t->nlines; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s, len, off = 0;
        if ((l->flags & PS_LINE_BOILER) || n == 0 || n > 150 ||
            has_any(s, n, sentence_punct))
            continue;
        /* (2013年1月10日) */
        if ((ps_starts(s, n, "(") || ps_starts(s, n, "（")) &&
            (ps_ends(s, n, ")") || ps_ends(s, n, "）"))) {
            off = s[0] == '(' ? 1 : 3;
            n -= off + (s[n - 1] == ')' ? 1 : 3);
            s += off;
        }
        size_t bs = 0, be = 0;
        int found = 0;
        if (numeric_date(s, n, &sig->y, &sig->m, &sig->d)) {
            /* digits alone could be anything: only under a body's name */
            if (!body_above(t, i, &bs, &be))
                continue;
            found = 1;
        }
        for (size_t at = 0; at < n && !found; at++) {
            if ((s[at] & 0xC0) == 0x80 ||
                !ps_date_at(s + at, n - at, &sig->y, &sig->m, &sig->d, &len))
                continue;
            if (at + len != n)
                break; /* 2012年1月31日印发: a print line, not a signature */
            bs = l->s + off, be = l->s + off + at;
            while (be > bs && (t->fold[be - 1] == ' '))
                be--;
            if (be == bs) {
                if (!body_above(t, i, &bs, &be))
                    bs = be = 0;
            } else if (!org_like(t->fold + bs, be - bs) ||
                       ps_find(t->fold + bs, be - bs, ":") != (size_t)-1) {
                break; /* 召开时间:2013年3月8日 is no signature */
            }
            found = 1;
        }
        if (!found)
            continue;
        sig->os = bs, sig->oe = be;
        if (bs == be || !org)
            return 1;
        /* both named: they must agree */
        if (contains(org, orglen, t->fold + bs, be - bs) ||
            contains(t->fold + bs, be - bs, org, orglen))
            return 1;
    }
    return 0;
}

/* Document number on a line of its own above the title. */
static char *find_docnum(const ps_text *t, size_t until)
{
    size_t limit = until < 20 ? 20 : until;
    for (size_t i = 0; i < t->nlines && i < limit; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s, ht, he;
        if (l->flags & PS_LINE_BOILER)
            continue;
        if (ps_split_heading(s, n, &ht, &he))
            s += ht, n = he - ht;
        if (ps_starts(s, n, "文号:"))
            s += 7, n -= 7;
        size_t len = ps_docnum_at(s, n);
        /* alone on its line, or followed by a short 签发人 … */
        if (!len || (n > len && (n - len > 40 || s[len] != ' ')))
            continue;
        /* one spelling for filters: folded, square brackets */
        int rc = PS_OK;
        ps_buf b = PS_BUF_INIT;
        static const char *const brackets[] = {"〔", "［", "【", "(", "（", "﹝", "〖",
                                               "〕", "］", "】", ")", "）", "﹞", "〗",
                                               NULL};
        for (size_t j = 0; j < len;) {
            size_t k = 0;
            for (size_t w = 0; brackets[w] && !k; w++)
                if (ps_starts(s + j, len - j, brackets[w])) {
                    k = strlen(brackets[w]);
                    ps_buf_putc(&rc, &b, w < 7 ? '[' : ']');
                }
            if (!k) {
                ps_buf_putc(&rc, &b, s[j]);
                k = 1;
            }
            j += k;
        }
        char *res = rc ? NULL : ps_buf_detach(&b, NULL);
        ps_buf_release(&b);
        return res;
    }
    return NULL;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

int ps_meta_extract(const ps_text *t, const ps_gazetteer *gaz, ps_plan *p)
{
    size_t fs = 0, fe = 0, tline = (size_t)-1, *offs = NULL;
    char *tfold = NULL, *ofold = NULL;
    size_t ofs = 0, ofe = 0;
    int rc = PS_OK;
    const char *level = NULL, *sector = NULL;

    /* title, as written, and its folded form for the other rules */
    if (find_title(t, &fs, &fe, &tline)) {
        p->title = ps_text_clean(t, fs, fe, 1, NULL);
        tfold = ps_text_clean(t, fs, fe, 0, &offs);
        if (!p->title || !tfold)
            goto nomem;
    }
    size_t tlen = tfold ? strlen(tfold) : 0;

    /* org: the name in the title */
    size_t oat, olen;
    if (tfold && ps_org_from_title(tfold, tlen, &oat, &olen)) {
        ofs = offs[oat], ofe = offs[oat + olen - 1] + 1;
        /* the last byte's offset + 1 is inside its character: extend */
        while (ofe < t->fold_len && ((unsigned char)t->fold[ofe] & 0xC0) == 0x80)
            ofe++;
        ofold = strndup(tfold + oat, olen);
        if (!ofold)
            goto nomem;
    }

    /* signature date, from a signature that agrees with the org */
    signature sig;
    if (find_signature(t, ofold, ofold ? strlen(ofold) : 0, &sig)) {
        char d[16];
        snprintf(d, sizeof d, "%04d-%02d-%02d", sig.y, sig.m, sig.d);
        if (!(p->date = strdup(d)))
            goto nomem;
        if (!ofold && sig.oe > sig.os) {
            ofs = sig.os, ofe = sig.oe;
            if (!(ofold = strndup(t->fold + ofs, ofe - ofs)))
                goto nomem;
        }
    }
    if (ofold && !(p->org = ps_text_clean(t, ofs, ofe, 1, NULL)))
        goto nomem;

    /* year: the title's, else the one that opens the text, else the date's */
    size_t yat, ylen, lead_line = 0, lead_after = 0;
    int lead = lead_year(t, tline == (size_t)-1 ? 0 : tline + 1, &lead_line,
                         &lead_after);
    if (tfold)
        p->year = ps_year_find(tfold, tlen, 1, &yat, &ylen);
    if (!p->year)
        p->year = lead;
    if (!p->year && p->date)
        p->year = sig.y;

    /* region: the place of the body named by the org (or the title) */
    int place_level = 0;
    const char *who = ofold ? ofold : tfold;
    if (gaz && who) {
        ps_place place;
        if (ps_gazetteer_resolve(gaz, who, strlen(who), t->fold, t->fold_len,
                                 &place) == PS_OK) {
            p->region = strdup(place.path);
            p->region_code = strdup(place.code);
            if (!p->region || !p->region_code)
                goto nomem;
            place_level = place.level;
        }
    }

    /* level and sector from the name; a nameless body by its scope */
    if (ofold) {
        level = ps_org_level(ofold, strlen(ofold), ofold ? place_level : 0);
        sector = ps_org_sector(ofold, strlen(ofold));
    } else {
        if (tfold)
            ps_org_scope(tfold, tlen, &level, &sector);
        if (!level && lead) {
            const ps_line *l = &t->lines[lead_line];
            size_t n = l->e - lead_after;
            ps_org_scope(t->fold + lead_after, n < 30 ? n : 30, &level, &sector);
        }
    }
    if ((level && !(p->level = dup_or_null(level))) ||
        (sector && !(p->sector = dup_or_null(sector))))
        goto nomem;

    p->doc_number = find_docnum(t, tline == (size_t)-1 ? 0 : tline);
    goto done;
nomem:
    rc = PS_ENOMEM;
done:
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
