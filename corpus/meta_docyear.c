/*
 * The year a document is for, from every statement about years its page
 * makes (RULES.md's year rules): a title's year, a reposted plan's own
 * heading, what a meeting deploys or a summary reviews, a publication line,
 * a year opening a paragraph, a signature's date, an event DOMAIN.md lists;
 * then what contradicts it (masked years, another era's congress, a
 * template site's upload date).  The statements themselves are read in
 * meta_when.c; this file weighs them for one document.  On folded text.
 */
#include "corpus_int.h"

#include <stdlib.h>
#include <string.h>

/*
 * Is the year at cl[at, at+len) the period an honour looks back on?
 * 荣获2013年…优秀调研报告, 表彰2024年省五一劳动奖, 2019年被…授予…称号,
 * 2011年度工会工作创新奖揭晓, 2014年涌现出了…先进单位 (the year the
 * honoured deeds were done).
 */
static int honour_period(const char *cl, size_t cn, size_t at, size_t len)
{
    size_t past = at + len;
    return ps_ends_any(cl, at,
                       (const char *const[]){"荣获", "获得", "喜获", "获评", "荣膺", "表彰", "表扬了",
                                             "表彰了", NULL}) ||
           ps_starts(cl + past, cn - past, "被") ||
           /* (2018年度特殊困难职工, 校工会2021年度重点工作报告: a year's
              period named, of aid, a report or honours) */
           ps_ends(cl + at, len, "年度") ||
           (ps_starts(cl + past, cn - past, "度") &&
            ps_has_any(cl, cn, (const char *const[]){"奖", "先进", "评选", "优秀", NULL})) ||
           ps_find(cl, cn, "涌现") != (size_t)-1 ||
           /* (发布2023年“最美…站点”名单, 2017年市级…示范单位: the year names
              the honour a list or a title gives, not the day it was given) */
           ps_has_any(cl + past, cn - past,
                      (const char *const[]){"名单", "获得者", "示范单位", "示范点", "称号", NULL});
}

/* The year of a journal issue line (2015年第31期2-,共1页, 2008年第4期) right
   under the journal's name in 《》 among a page's first lines; 0 if none. */
static int journal_issue_year(const ps_text *t, size_t *line)
{
    size_t prev = (size_t)-1;
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 12;
         li = ps_text_content(t, li + 1), seen++) {
        const char *s = t->fold + t->lines[li].s;
        size_t n = t->lines[li].e - t->lines[li].s, i = 0;
        while (i < n && s[i] == ' ')
            i++;
        size_t yl;
        int y;
        if (prev != (size_t)-1 &&
            ps_starts(t->fold + t->lines[prev].s, t->lines[prev].e - t->lines[prev].s, "《") &&
            (y = ps_year_at(s + i, n - i, 0, &yl)) && ps_ends(s + i, yl, "年")) {
            size_t k = i + yl;
            if (ps_starts(s + k, n - k, "第"))
                k += strlen("第");
            size_t m = k;
            while (m < n && s[m] >= '0' && s[m] <= '9')
                m++;
            if (m > k && ps_starts(s + m, n - m, "期")) {
                *line = li;
                return y;
            }
        }
        prev = li;
    }
    return 0;
}

int ps_doc_year(const ps_text *t, const ps_year_facts *f, int kind, ps_year_pick *out)
{
    enum { MAX_YEARS = 256 };
    *out = (ps_year_pick){0};
    ps_year_ev *yev = malloc(MAX_YEARS * sizeof *yev);
    if (!yev)
        return PS_ENOMEM;
    int year = 0;
    size_t yat, ylen;
    const char *year_how = NULL;
    size_t ys = 0, ye = 0;
    /* the title's last year: 2012年工作总结和2013年工作要点 plans 2013; a
       bare number (工會勞健保費用2024) only in a title of a union document */
    /* the statements about years, read only when a rule below needs them
       (most plans have their year in their title) */
    size_t ny = 0;
    int have_ev = 0;
#define NEED_EVIDENCE() (have_ev ? 0 : (ny = ps_year_evidence(t, yev, MAX_YEARS), have_ev = 1))
    /* (a reference page or a tag page, 2018年工会换届选举流程, is for no
       year its title names) */
    for (size_t from = 0; f->tfold && kind != PS_KIND_OTHER && from < f->tlen;) {
        int y = ps_year_find(f->tfold + from, f->tlen - from, 1, &yat, &ylen);
        if (!y)
            break;
        /* (全总副主席：2012年基本实现企业普遍建立工会: a target the news
           reports, not its year) */
        size_t at = from + yat + ylen;
        /* (…服务行动 到2025年建成1000个站点: the year a target is to be met) */
        if (kind == PS_KIND_NEWS &&
            (ps_starts_any(f->tfold + at, f->tlen - at,
                           (const char *const[]){"基本实现", "实现", "前实现", "底前", NULL}) ||
             ps_ends_any(f->tfold + from, yat, (const char *const[]){"到", "至", "力争", NULL}))) {
            from = at;
            continue;
        }
        /* (滨海新区2011年度工会工作创新奖揭晓, 集团工会考评2016年度…: the
           period an honour or an assessment looks back on, not the day
           the news tells) */
        if (kind == PS_KIND_NEWS &&
            (ps_starts(f->tfold + at, f->tlen - at, "度") || ps_ends(f->tfold + from + yat, ylen, "度")) &&
            ps_has_any(f->tfold, f->tlen,
                       (const char *const[]){"表彰", "考评", "考核", "奖", "评选", "先进",
                                             /* (某工会喜获2020年度…称号) */
                                             "获", NULL})) {
            from = at;
            continue;
        }
        year = y;
        year_how = "title";
        ys = f->fs, ye = f->fe;
        from += yat + ylen;
    }
    size_t tl = (size_t)-1; /* the title's line */
    for (size_t i = 0; year && i < t->nlines && tl == (size_t)-1; i++)
        if (t->lines[i].s <= f->fs && f->fs < t->lines[i].e)
            tl = i;
    /* a reposted plan: the site's headline says 2018, the document's own
       heading below it 2004 (…工会2004年工作计划): the document's heading */
    for (size_t li = tl + 1; tl != (size_t)-1 && kind == PS_KIND_PLAN && li <= tl + 6 &&
                             li < t->nlines;
         li++) {
        const ps_line *l = &t->lines[li];
        size_t hat, hlen;
        int y = (l->flags & PS_LINE_BOILER) || l->e == l->s
                    ? 0
                    : ps_year_find(t->fold + l->s, l->e - l->s, 0, &hat, &hlen);
        /* (a heading that ends as a plan's title does: 一、2020年是“十三五”
           规划和 is an item of the plan, not its heading) */
        static const char *const ends[] = {"要点", "计划", "安排", "思路", "方案", NULL};
        int heading = 0;
        for (size_t k = 0; ends[k] && !heading; k++)
            heading = ps_ends(t->fold + l->s, l->e - l->s, ends[k]);
        if (y && y != year && heading &&
            !ps_has_any(t->fold + l->s, l->e - l->s, ps_sentence_punct) &&
            ps_kind_of_title(t->fold + l->s, l->e - l->s) == PS_KIND_PLAN) {
            year = y;
            year_how = "heading";
            ys = l->s, ye = l->e;
            break;
        }
    }
    /* 2019年工作总结和2020年工作计划 over a text that reviews 2019 and never
       names 2020: the page holds the review only, a summary of 2019 */
    int tfirst = f->tfold ? ps_year_find(f->tfold, f->tlen, 0, &yat, &ylen) : 0;
    /* (县总工会总结及2009年计划: the summary's year goes unnamed, the one
       before the plan's) */
    if (tfirst && tfirst == year && ps_find(f->tfold, yat, "总结") != (size_t)-1)
        tfirst = year - 1;
    if (tl != (size_t)-1 && kind == PS_KIND_PLAN && tfirst && tfirst < year &&
        !strcmp(year_how, "title")) {
        int later = 0, earlier = 0;
        NEED_EVIDENCE();
        for (size_t k = 0; k < ny; k++)
            if (yev[k].line != tl) {
                later |= yev[k].year == year;
                earlier |= yev[k].year == tfirst && yev[k].kind != PS_YEV_PUBLISHED;
            }
        if (earlier && !later) {
            out->summary = 1;
            kind = PS_KIND_SUMMARY;
            year = tfirst;
        }
    }
    /* a news headline's year is one statement among the text's: a meeting
       headed 召开2024年工作总结 that deploys 2025 in its text is for 2025 */
    if (year && kind == PS_KIND_NEWS) {
        const ps_year_ev *w = NULL;
        NEED_EVIDENCE();
        int y = ps_year_decide(yev, ny, kind, &w);
        if (y && y != year && w->kind == PS_YEV_DEPLOY) {
            year = y;
            year_how = ps_year_ev_name(w->kind);
            ys = w->s, ye = w->e;
        }
    }
    if (!year && f->lead && kind == PS_KIND_PLAN) {
        year = f->lead;
        year_how = "opening";
        ys = t->lines[f->lead_line].s, ye = t->lines[f->lead_line].e;
    }
    if (!year) {
        const ps_year_ev *w = NULL;
        NEED_EVIDENCE();
        if ((year = ps_year_decide(yev, ny, kind, &w))) {
            year_how = ps_year_ev_name(w->kind);
            ys = w->s, ye = w->e;
            /* news of 12月26日 under a line dated 2024-03-29, or of
               1月13日 under one dated 2019-11-01: the line is a later
               copy's, or the event the year before; they disagree
               (RULES.md year rule 8) */
            if (w->kind == PS_YEV_PUBLISHED && kind == PS_KIND_NEWS &&
                ps_event_off_published(t, w))
                year = 0;
        }
    }
#undef NEED_EVIDENCE
    /* a journal database's record (摘要 … 出处 《工会信息》 2015年第31期2-,
       共1页): the year of the issue, as readers date the article it
       abstracts */
    if (!year) {
        size_t il;
        if ((year = journal_issue_year(t, &il))) {
            year_how = "journal issue";
            ys = t->lines[il].s, ye = t->lines[il].e;
        }
    }
    /* news or a summary that writes one year only, however it writes it
       (举办「108年庆双十园游会」, 2010年，公司工会…): that year */
    if (!year && (kind == PS_KIND_NEWS || kind == PS_KIND_SUMMARY)) {
        const ps_year_ev *only = NULL;
        for (size_t k = 0; k < ny; k++) {
            if (yev[k].kind == PS_YEV_PUBLISHED)
                continue;
            /* 力争到2012年: a target, not the event's year */
            const char *cl = t->fold + yev[k].s;
            size_t cn = yev[k].e - yev[k].s, at = 0, hat, hlen;
            int target = 0, honour = 0;
            for (int y; !target && at < cn && (y = ps_year_find(cl + at, cn - at, 0, &hat, &hlen));
                 at += hat + hlen) {
                target = y == yev[k].year &&
                         (ps_ends(cl, at + hat, "到") || ps_ends(cl, at + hat, "至") ||
                          /* (2025年项目建成后: what is to come) */
                          ps_starts(cl + at + hat + hlen, cn - at - hat - hlen, "项目建成") ||
                          /* (印发《关于2024年…评比结果的通报》: a document's
                             title the news cites) */
                          ps_title_mark_open(cl, at + hat) != (size_t)-1);
                honour |= y == yev[k].year && honour_period(cl, cn, at + hat, hlen);
                /* (被评为2017-2020年…先进单位, 2021-2022年…项目计划: a span of
                   years, an honour's or a plan's period, no event's year) */
                target |= y == yev[k].year &&
                          ps_has_any(cl + at + hat, hlen,
                                     (const char *const[]){"-", "—", "－", "至", "~", NULL});
            }
            /* (民国90年3月4日…本会正式成立: a founding told, not the news;
               so is a building begun, 于2024年4月开始筹建, or a deed done
               once, 曾经组织过2008年…) */
            int founding = ps_has_any(cl, cn,
                                      (const char *const[]){"成立", "筹建", "始建", "落成", "曾经",
                                                            /* (工作室创建于2022年6月) */
                                                            "创建", "建于", NULL});
            /* (宣读了《关于表彰2005年度…的决定》: the period honoured, in a
               document cited, not the day the news tells) */
            /* (发布了2023年度…驿站名单: the period a list of honours covers) */
            int honoured = ps_has_any(cl, cn,
                                      (const char *const[]){"表彰", "评为", "荣获", "获得",
                                                            "获评", "授予", "命名", "名单", NULL}) &&
                           ps_find(cl, cn, "年度") != (size_t)-1;
            /* (於100年5月1日施行: the day a law took effect; …大会召开以来:
               where a span began) */
            int aside = ps_has_any(cl, cn, (const char *const[]){"施行", "生效", "以来", NULL});
            /* (…有227户为贫困户。2015年，县总工会…结成帮扶对子: a year opening
               a later sentence of its paragraph tells the body's history) */
            const ps_line *yl = &t->lines[yev[k].line];
            size_t ylen2;
            if (yev[k].s > yl->s && ps_year_at(cl, cn, 0, &ylen2) == yev[k].year &&
                ps_ends_any(t->fold + yl->s, yev[k].s - yl->s,
                            (const char *const[]){"。", "；", ";", NULL}))
                aside = 1;
            if (yev[k].kind == PS_YEV_REVIEW || target || founding || honoured || honour || aside ||
                (only && only->year != yev[k].year)) {
                only = NULL;
                break;
            }
            if (!only)
                only = &yev[k];
        }
        /* … and writes it at the top: a year far down is more often a
           mention (表彰2016年度先进) than the event's */
        size_t top = 0, seen = 0;
        for (; top < t->nlines; top++)
            if (!(t->lines[top].flags & PS_LINE_BOILER) && t->lines[top].e > t->lines[top].s &&
                ++seen == 3)
                break;
        if (only && only->line <= top) {
            year = only->year;
            year_how = "the only year";
            ys = only->s, ye = only->e;
        }
    }
    /* news that says what this year is (2022年是…的关键之年, 2019年是新中国
       成立70周年): that year, if it says so of one year only */
    if (!year && (kind == PS_KIND_NEWS || kind == PS_KIND_NOTICE || kind == PS_KIND_SPEECH)) {
        const ps_year_ev *is = NULL;
        int several = 0;
        for (size_t k = 0; k < ny; k++) {
            if (yev[k].kind != PS_YEV_MENTION)
                continue;
            /* (the year its clause opens on, followed by 是) */
            const char *cl = t->fold + yev[k].s;
            size_t cn = yev[k].e - yev[k].s, len;
            if (ps_year_at(cl, cn, 0, &len) != yev[k].year || !ps_ends(cl, len, "年") ||
                !ps_starts(cl + len, cn - len, "是"))
                continue;
            if (is && is->year != yev[k].year)
                several = 1;
            if (!is)
                is = &yev[k];
        }
        if (is && !several) {
            year = is->year;
            year_how = "this year is";
            ys = is->s, ye = is->e;
        }
    }
    /* a yearbook's entry is for the year it reviews (【概况】2015年，…) */
    int entry_year;
    size_t entry_line;
    if (!year && kind == PS_KIND_OTHER && ps_cue_yearbook_entry(t, &entry_year, &entry_line) &&
        entry_year) {
        year = entry_year;
        year_how = "yearbook entry";
        ys = t->lines[entry_line].s, ye = t->lines[entry_line].e;
    }
    if (!year && f->lead && (kind == PS_KIND_REPORT || kind == PS_KIND_SUMMARY)) {
        year = f->lead;
        year_how = "opening";
        ys = t->lines[f->lead_line].s, ye = t->lines[f->lead_line].e;
    }
    if (!year && f->sig_year && kind != PS_KIND_OTHER) {
        year = f->sig_year;
        year_how = "signature";
        ys = f->sig_os, ye = f->sig_oe;
    }
    /* nothing written: an event the page reports (工会十五大…开幕) */
    if (!year && kind != PS_KIND_OTHER && (year = ps_event_year(t, &ys, &ye)))
        year_how = "event";
    /* a year over a body that masks its years (2021年工会工作总结范文 over
       XX年…, a document site's old text): the site's label, not the
       document's year (RULES.md year rule 9) */
    if (year) {
        size_t body_from = f->tline == (size_t)-1 ? 0 : t->lines[f->tline].e, glued;
        /* (a title glued to the text: XX年教育局工会工作要点2015年，…) */
        size_t first = ps_text_content(t, 0);
        if (f->tline == (size_t)-1 && first < t->nlines &&
            ps_cue_plan_head(t->fold + t->lines[first].s,
                             t->lines[first].e - t->lines[first].s, &glued) &&
            glued)
            body_from = t->lines[first].s + glued;
        if (ps_cue_masked_years(t, body_from))
            year = 0;
    }
    /* … or whose body studies a Party congress of another era (a 2023
       title over 学习贯彻党的十八大精神; 2011年，我院工会…以十六届五中全会
       精神为指导): the text contradicts the year, wherever that year
       stands (RULES.md year rules 8 and 9) */
    int era_lo, era_hi;
    if (year && ps_era_bounds(t, &era_lo, &era_hi) &&
        (year < era_lo || year > era_hi))
        year = 0;
    /* … and the date such a site puts on a speech or a summary a user
       uploaded (时间:2022-07-20, 来源于网友上传) is the upload's */
    if (year && year_how && !strcmp(year_how, "published") &&
        ps_cue_template_site(t, kind == PS_KIND_NEWS))
        year = 0;
    out->year = year;
    out->how = year ? year_how : NULL;
    out->s = ys, out->e = ye;
    free(yev);
    return PS_OK;
}
