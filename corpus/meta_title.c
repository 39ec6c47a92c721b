/*
 * The plan's own title: the first short line that ends like a plan (工作要点,
 * 工作计划 …) and is no notice, item, date or heading; joined with the line
 * above when a title is split in two.  Failing that, the plan a notice
 * wraps (关于印发《…》的通知), then a compilation heading's title.  Pages
 * that are no plan get their headline (ps_headline_find).
 */
#include "corpus_int.h"

#include <string.h>

/* The title is looked for in this many lines from the top. */
#define TITLE_WINDOW 80
/* Longest title line, in bytes (about 70 CJK characters). */
#define TITLE_MAX 210

static const char *const plan_endings[] = {"要点", "计划", "安排", "意见", "思路",
                                           "打算", "重点", "职责", "方案", "规划",
                                           "任务", "总结", "纲要", NULL};
static const char *const not_title_starts[] = {"附", "主题词", "抄送", "抄报",
                                               "印发", "现将", "各", NULL};
/* Navigation: 工作总结 | 工作计划 | 工作要点 is a menu, not a title. */
static const char *const nav_marks[] = {"|", ">", "»", "›", "→", "·", NULL};
/* A notice's own title: 关于印发《…》的通知 */
static const char *const notice_verbs[] = {"印发《", "转发《", "下发《", "颁发《",
                                           "印发", "转发", "下发", NULL};

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
    while (ps_starts_any(s + i, n - i, cn))
        i += 3;
    return i > 0 && ps_starts(s + i, n - i, "、");
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

/* A clause told in the past (…通报了医院2021年工作计划): a sentence of the
   text, never a plan's title (了解 is no tense). */
static int told(const char *s, size_t n)
{
    for (size_t at = 0, p; at < n && (p = ps_find(s + at, n - at, "了")) != (size_t)-1;
         at += p + 3)
        if (!ps_starts(s + at + p + 3, n - at - p - 3, "解"))
            return 1;
    return 0;
}

static int title_like(const char *s, size_t n)
{
    return n >= 6 && !told(s, n) && n <= TITLE_MAX && !ps_has_any(s, n, ps_sentence_punct) &&
           !ps_has_any(s, n, nav_marks) &&
           !ps_ends(s, n, ":") && !ps_starts_any(s, n, not_title_starts) &&
           !(ps_find(s, n, "关于") != (size_t)-1 && ps_has_any(s, n, notice_verbs)) &&
           !numbered(s, n) && !ps_split_heading(s, n, NULL, NULL) &&
           !ps_date_in(s, n) && ends_like_plan(s, n);
}

/* A line that may be the first half of a title split in two. */
static int title_fragment(const char *s, size_t n)
{
    return n >= 6 && n <= 90 && !ps_has_any(s, n, ps_sentence_punct) &&
           !ps_ends(s, n, ":") && ps_find(s, n, "《") == (size_t)-1 &&
           !ps_starts_any(s, n, not_title_starts) && !numbered(s, n) &&
           !ps_split_heading(s, n, NULL, NULL) && !ps_date_in(s, n) &&
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
        /* (日前，某区总工会举办…，下发《…实施意见》: a news sentence
           telling of a document, not a notice's title) */
        if (ps_has_any(s, at, ps_sentence_punct))
            return 0;
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

int ps_title_find(const ps_text *t, size_t *fs, size_t *fe, size_t *line)
{
    int have_fallback = 0, have_heading = 0;
    size_t nfs = 0, nfe = 0, hfs = 0, hfe = 0, prev = (size_t)-1, seen = 0;
    size_t limit = t->nlines < TITLE_WINDOW ? t->nlines : TITLE_WINDOW, from = 0;

    /* the first part of a compilation: its title follows its heading, not
       the page's own title above it */
    for (size_t i = 0; i < limit; i++)
        if (ps_split_heading(t->fold + t->lines[i].s, t->lines[i].e - t->lines[i].s,
                             NULL, NULL)) {
            from = i;
            break;
        }
    for (size_t i = from; i < limit; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s, ht, he;
        if ((l->flags & PS_LINE_BOILER) || n == 0)
            continue;
        /* 《XX县总工会2013年工作要点》 on a line of its own */
        if (ps_starts(s, n, "《") && ps_ends(s, n, "》") &&
            ps_find(s + 3, n - 3, "《") == (size_t)-1 && title_like(s + 3, n - 6)) {
            *fs = l->s + 3, *fe = l->e - 3, *line = i;
            return 1;
        }
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
        size_t sp = ps_find(s, n, " "), ya, yl;
        /* (not a blank inside 《…》: 为深入贯彻落实《…的意见 》和…精神 is
           prose whose cited title a scraper spaced) */
        if (sp != (size_t)-1 && ps_find(s, sp, "《") != (size_t)-1 &&
            ps_find(s, sp, "》") == (size_t)-1)
            sp = (size_t)-1;
        if (++seen <= 3 && !title_like(s, n) && sp != (size_t)-1 &&
            !ps_has_any(s, n, nav_marks) && title_like(s, sp) &&
            (ps_find(s, sp, "工会") != (size_t)-1 || ps_year_find(s, sp, 1, &ya, &yl))) {
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
                    ((prev_year && !own_year) || ps_org_like(ps, pn)))
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

/* Navigation: several short segments set apart by blanks (首页 工会要闻 基层
   动态), or a banner (欢迎访问…, 今天是…). */
static int nav_line(const char *s, size_t n)
{
    static const char *const banners[] = {"今天是", "首页", "当前位置", "您的位置",
                                          "您当前的位置", "网站", "date ", "快讯",
                                          "设为首页", "登录", "注册", "欢迎访问", "欢迎光临",
                                          "欢迎来到", "欢迎您", NULL};
    /* (欢迎 opens a banner, or greets a visitor anywhere: 您好,欢迎访问…;
       else it is news: 庆祝“五一”暨欢迎全国劳动模范…大会在肥隆重举行,
       研习营受欢迎) */
    if (ps_has_any(s, n, banners) || ps_starts(s, n, "欢迎"))
        return 1;
    size_t segs = 0, seg_len = 0, short_segs = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || s[i] == ' ' || s[i] == '|') {
            if (seg_len) {
                segs++;
                short_segs += seg_len <= 18;
            }
            seg_len = 0;
        } else {
            seg_len++;
        }
    }
    return segs >= 3 && short_segs * 4 >= segs * 3;
}

/* A line of a date alone, however written (十一月 2024, 2024年11月 星期一):
   a site's calendar, no headline. */
static int date_only(const char *s, size_t n)
{
    static const char *const date_chars[] = {"年", "月", "日", "号", "星期", "周", "〇", "零",
                                             "一", "二", "三", "四", "五", "六", "七", "八",
                                             "九", "十", "天", NULL};
    for (size_t i = 0; i < n;) {
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == ' ' || s[i] == '-' || s[i] == '/' ||
            s[i] == '.' || s[i] == ':' || s[i] == '|') {
            i++;
            continue;
        }
        size_t k = 0;
        while (date_chars[k] && !ps_starts(s + i, n - i, date_chars[k]))
            k++;
        if (!date_chars[k])
            return 0;
        i += strlen(date_chars[k]);
    }
    return 1;
}

/* A line opening on a year and a comma (1986年,区工会在…开展了): a
   chronicle's sentence, no headline. */
static int year_clause(const char *s, size_t n)
{
    size_t len;
    if (!ps_year_at(s, n, 0, &len))
        return 0;
    return ps_starts_any(s + len, n - len, (const char *const[]){",", "，", NULL});
}

/* A line that can be a headline: short, no sentence, no item or date. */
static int heading_like(const char *s, size_t n)
{
    size_t commas = 0, bars = 0, bangs = 0;
    for (size_t i = 0; i < n; i++)
        commas += s[i] == ',', bars += s[i] == '|', bangs += s[i] == '!';
    commas += ps_find(s, n, "，") != (size_t)-1;
    bangs += ps_find(s, n, "！") != (size_t)-1;
    /* (one exclamation, 4万职工参赛!…成果丰硕, and one column bar,
       迎新春 送温暖 | 海口市总工会开展…, still make a headline; more are
       prose or a menu) */
    return n >= 12 && n <= 150 && commas <= 1 && bars <= 1 && bangs <= 1 &&
           !ps_has_any(s, n, (const char *const[]){"。", ";", "；", "?", "？", ">", NULL}) &&
           !ps_ends(s, n, ":") && !ps_ends(s, n, "：") && !ps_date_in(s, n) && !date_only(s, n) &&
           /* (舟总工〔2016〕46号: a document's number, not its title) */
           ps_docnum_at(s, n) != n && !year_clause(s, n) &&
           !ps_starts_any(s, n, (const char *const[]){"一、", "(一)", "1.", "1、", "各",
                                                       "来源", "作者", "时间", "发布",
                                                       "记者", "通讯员", "图", NULL}) &&
           !nav_line(s, n);
}

/* A publication line: 发布日期:…  来源:… 浏览次数 */
static int pub_line(const char *s, size_t n)
{
    return ps_has_any(s, n, (const char *const[]){"发布日期", "发布时间", "来源:", "来源：",
                                                   "浏览次数", "点击数", "时间:", "时间：",
                                                   "作者:", "作者：", "编辑:", "编辑：",
                                                   "记者", NULL}) &&
           !ps_has_any(s, n, (const char *const[]){"。", NULL});
}

/*
 * A news page's headline (县总工会检查组赴城关镇督导职工之家建设), when no
 * plan title stands out.  Web pages put it just above their publication line
 * (发布日期:… 来源:…) and below the site's navigation: the heading-like
 * line nearest above the publication line; without one, the first
 * heading-like line that names a union, else the first heading-like line.
 * "原标题:" is cut.
 */
int ps_headline_find(const ps_text *t, size_t *fs, size_t *fe, size_t *line)
{
    enum { WINDOW = 15 };
    size_t cand[WINDOW], nc = 0, seen = 0, pub = (size_t)-1;
    for (size_t li = 0; li < t->nlines && seen < WINDOW; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        seen++;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (pub_line(s, n)) {
            pub = li;
            break;
        }
        if (l->flags & PS_LINE_BOILER)
            continue;
        if (heading_like(s, n))
            cand[nc++] = li;
        else if (ps_has_any(s, n, (const char *const[]){"。", NULL}))
            break; /* prose began: the headline is above it or absent */
    }
    size_t pick = (size_t)-1;
    if (pub != (size_t)-1 && nc && cand[nc - 1] + 3 >= pub)
        pick = cand[nc - 1];
    for (size_t k = 0; k < nc && pick == (size_t)-1; k++) {
        const ps_line *l = &t->lines[cand[k]];
        if (ps_find(t->fold + l->s, l->e - l->s, "工会") != (size_t)-1)
            pick = cand[k];
    }
    if (pick == (size_t)-1 && nc)
        pick = cand[0];
    if (pick == (size_t)-1)
        return 0;
    const ps_line *l = &t->lines[pick];
    *fs = l->s, *fe = l->e, *line = pick;
    static const char *const cut[] = {"原标题:", "原标题：", "标题:", NULL};
    for (size_t k = 0; cut[k]; k++)
        if (ps_starts(t->fold + *fs, *fe - *fs, cut[k]))
            *fs += strlen(cut[k]);
    /* (a bar a page's layout leaves after it: …学期会议 |) */
    while (*fe > *fs && (t->fold[*fe - 1] == '|' || t->fold[*fe - 1] == ' '))
        (*fe)--;
    return *fe > *fs;
}
