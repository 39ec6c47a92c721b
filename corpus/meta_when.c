/*
 * The year a document is for, from what its sentences say about years.
 *
 * A plan names its year in its title; most real pages do not.  A meeting's
 * news says which year it deployed (部署2016年工作任务, 对2016年工作进行了部署)
 * and which it reviewed (总结2015年工作); a summary reviews; an event's news
 * dates the event (2016年3月15日); a page has a publication line (发布时间:
 * 2016-03-02).  Each such statement is evidence of one kind; ps_year_decide
 * weighs them by the kind of document, and prefers no year to a guess when
 * they disagree (meta.c applies the rules that need the title or the kind
 * around it).
 * All on folded text; boilerplate lines count only for publication dates.
 */
#include "corpus_int.h"

#include <stdio.h>
#include <string.h>

/* Years outside this range are mentions (改革开放以来, 1952年成立), not the
   year of a union document. */
#define YEAR_MIN 1990
#define YEAR_MAX 2035

/* Clause ends: deploy and review words count only within the year's clause. */
/* After the year, within its clause: what was planned or deployed. */
static const char *const deploy_after[] = {
    "工作任务", "主要任务", "重点任务", "目标任务", "任务", "工作要点", "要点",
    "工作计划", "计划", "工作思路", "思路", "重点工作", "工作重点", "工作安排",
    "部署", "安排", "布置", "工作会议", "工作会", "工作目标", "打算", "谋划",
    "推进会", "动员会", "预算", "财务预算",
    /* (2022年拟合作项目: what is planned) */
    "拟",
    /* a holiday campaign named by its year: 2026年元旦春节送温暖 */
    "元旦", "春节", "两节", NULL};
/* Before the year, within its clause. */
static const char *const deploy_before[] = {"部署", "安排", "布置", "谋划", "明确",
                                            "展望", "做好", "抓好", "全力做好", "提出", "吹响",
                                            "要实现", "要全面实现", "确保实现",
                                            /* (计划在2024年内开展…) */
                                            "计划在", "计划于", "拟在", "拟于",
                                            /* (即将迎来崭新的2006年之际, 迎来了2018年:
                                               the year a new-year address opens) */
                                            "迎来", NULL};
/* After the year: what was reviewed. */
static const char *const review_after[] = {
    "工作总结", "总结", "工作情况", "工作报告", "经审报告", "工作回顾", "取得", "决算",
    "财务决算",
    "完成", "考评", "考核", "先进", "表彰", "成效", "成绩", "亮点", "共计", "累计",
    "度优秀", "优秀", "度先进", "度模范", "度十佳",
    "汇报",
    /* (2021年双方合作开展的主要工作: the work done) */
    "开展的", NULL};
/* After the year: a mention, never the document's year (1990年成立). */
static const char *const mention_after[] = {"成立", "创建", "建立", "以来", "年代",
                                            "至今", "出生", "生", "起", "《",
                                            /* (2001年首次纳入…: where a history began) */
                                            "首次", "第一次",
                                            /* (2020年后改为每2年召开一次: from then on) */
                                            "后", "以后", NULL};
static const char *const review_before[] = {"回顾", "总结", "完成", "过去",
                                            "审议", "回首", "回眸", "盘点", NULL};
/* Does a number start at s[i]: a digit with none before it? */
static int number_starts(const char *s, size_t i)
{
    return s[i] >= '0' && s[i] <= '9' && (i == 0 || s[i - 1] < '0' || s[i - 1] > '9');
}

/* Labels of a publication line. */
static const char *const pub_labels[] = {
    "发布时间", "发布日期", "发表时间", "发表日期", "发文日期", "成文日期",
    "网络出版时间", "更新时间", "时间:", "时间：", "日期:", "日期：", "date",
    "发布于", "来源时间", "发表于", "time:", "编辑:", "来源:", "来源：", "作者:", "作者：",
    "创建于", "发布:", "发布：",
    /* (时间 : 2025-03-14, a label set apart from its colon) */
    "时间 :", "时间 ：", "日期 :", "日期 ：",
    /* (an English page's: Released on:2024-05-06, folded to lower case) */
    "released on", "published on", "posted on", NULL};

static int iso_date_at(const char *s, size_t n, int *y, int *m, int *d);
static int dmy_date_at(const char *s, size_t n, int *y);

/* Digits d[0..max) at s: their value, and *len the count (0 if none). */
static int digits_at(const char *s, size_t n, size_t max, size_t *len)
{
    int v = 0;
    size_t i = 0;
    while (i < n && i < max && s[i] >= '0' && s[i] <= '9')
        v = v * 10 + (s[i++] - '0');
    *len = i;
    return v;
}

/* 2023 12/18: a year, a blank, then month/day (a news agency's stamp). */
static int spaced_date_at(const char *s, size_t n, int *y, size_t *len)
{
    size_t a, b, c;
    int v = digits_at(s, n, 5, &a);
    if (a != 4 || a + 1 >= n || s[a] != ' ')
        return 0;
    int m = digits_at(s + a + 1, n - a - 1, 3, &b);
    /* (2024 4月26日 星期五: an e-paper's issue, its year set apart) */
    int md, mm;
    size_t ml;
    if (b >= 1 && b <= 2 && ps_month_day_at(s + a + 1, n - a - 1, &mm, &md, &ml) &&
        v >= YEAR_MIN && v <= YEAR_MAX) {
        *y = v, *len = a + 1 + ml;
        return 1;
    }
    if (b < 1 || b > 2 || a + 1 + b >= n || s[a + 1 + b] != '/')
        return 0;
    int d = digits_at(s + a + 2 + b, n - a - 2 - b, 3, &c);
    if (c < 1 || c > 2 || m < 1 || m > 12 || d < 1 || d > 31 || v < YEAR_MIN || v > YEAR_MAX)
        return 0;
    *y = v, *len = a + 2 + b + c;
    return 1;
}

/* jul 31, 2021 and 24 aug 2020 (folded to lower case): an English stamp. */
static int english_date_at(const char *s, size_t n, int *y, size_t *len)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec", NULL};
    size_t i = 0, k;
    int day = digits_at(s, n, 3, &k);
    int day_first = k >= 1 && k <= 2 && k < n && s[k] == ' ';
    if (day_first)
        i = k + 1;
    if (!ps_starts_any(s + i, n - i, months))
        return 0;
    while (i < n && s[i] >= 'a' && s[i] <= 'z')
        i++; /* (the month in full: august) */
    if (i < n && s[i] == '.')
        i++;
    /* (aug.16.2024: month, day and year set apart by dots) */
    int dotted = !day_first && i < n && s[i - 1] == '.' && s[i] >= '0' && s[i] <= '9';
    if (!dotted && (i >= n || s[i] != ' '))
        return 0;
    i += !dotted;
    if (!day_first) {
        day = digits_at(s + i, n - i, 3, &k);
        if (k < 1 || k > 2 || i + k + 1 >= n ||
            (dotted ? s[i + k] != '.' : s[i + k] != ',' || s[i + k + 1] != ' '))
            return 0;
        i += k + (dotted ? 1 : 2);
    }
    int v = digits_at(s + i, n - i, 5, &k);
    if (k != 4 || day < 1 || day > 31 || v < YEAR_MIN || v > YEAR_MAX)
        return 0;
    *y = v, *len = i + k;
    return 1;
}

/* A count of views after a date (2020-09-29 南京工会 9355次): digits and 次,
   in words that are no sentence (2020-09-29，…召开第3次会议 is one). */
static int views(const char *s, size_t n)
{
    if (ps_has_any(s, n, ps_sentence_punct))
        return 0;
    for (size_t k = 0; k + strlen("次") <= n; k++)
        if (s[k] >= '0' && s[k] <= '9' && ps_starts(s + k + 1, n - k - 1, "次"))
            return 1;
    return 0;
}

/* A line that is a date and time alone, or a date followed by the source
   or editor (2021年04月07日12:14 来源:…, 2012/07/04): a publication line. */
static int dateline(const ps_text *t, const ps_line *l, int *y)
{
    const char *s = t->fold + l->s;
    size_t n = l->e - l->s, i = 0;
    /* (a site's address may stand before it, with its name: 风光东坑
       http://dk.sun0769.com/ 2023-03-21 17:17) */
    size_t url = ps_find_first(s, n < 40 ? n : 40, (const char *const[]){"http", "www.", NULL});
    if (url < (n < 40 ? n : 40))
        for (i = url; i < n && s[i] != ' ';)
            i++;
    /* (a list's bullet may stand before it: • 2013-08-30 《柳州日报》) */
    for (;;) {
        /* (or a bracket: (2023.12.11)--, [2025-06-21]) */
        if (i < n && (s[i] == '|' || s[i] == ' ' || s[i] == '-' || s[i] == '(' || s[i] == '['))
            i++;
        else if (ps_starts(s + i, n - i, "•"))
            i += strlen("•");
        else if (ps_starts(s + i, n - i, "·"))
            i += strlen("·");
        else
            break;
    }
    int m, d;
    size_t len = 0;
    if (spaced_date_at(s + i, n - i, y, &len) || english_date_at(s + i, n - i, y, &len)) {
        /* (2023 12/18 14:22:29, 24 aug 2020: a news site's stamp) */
    } else if (iso_date_at(s + i, n - i, y, &m, &d)) {
        while (i + len < n && ((s[i + len] >= '0' && s[i + len] <= '9') || s[i + len] == '-' ||
                               s[i + len] == '/' || s[i + len] == '.'))
            len++;
    } else if (dmy_date_at(s + i, n - i, y)) {
        /* (05/09/2024 alone on its line: a Macau site's stamp) */
        while (i + len < n && ((s[i + len] >= '0' && s[i + len] <= '9') || s[i + len] == '/' ||
                               s[i + len] == '.'))
            len++;
    } else if (!ps_date_at(s + i, n - i, y, &m, &d, &len)) {
        return 0;
    }
    size_t rest = i + len;
    /* (its time, and a separator a page prints after it: 2023年05月23日20:15 |,
       or a comma a scraper left: 2025-07-28,) */
    /* (… and the bracket closing it, or its time in brackets: 2010-05-01
       (17:41), (2023.12.11)--) */
    while (rest < n && ((s[rest] >= '0' && s[rest] <= '9') || s[rest] == ':' || s[rest] == ' ' ||
                        s[rest] == '|' || s[rest] == ',' || s[rest] == '(' || s[rest] == ')' ||
                        s[rest] == ']'))
        rest++;
    size_t dash = rest;
    while (dash < n && (s[dash] == '-' || s[dash] == ' '))
        dash++;
    if (dash == n)
        rest = n;
    /* the byline's words stand next to the date: a paragraph that opens
       with the event's date (2019年12月26日，…来自各单位的代表…) is not one */
    size_t near = n - rest < 60 ? n - rest : 60;
    return rest == n || views(s + rest, near) || ps_has_any(s + rest, near,
                                   (const char *const[]){"来源", "编辑", "作者", "阅读", "阅览",
                                                         "分享", "点击",
                                                         "浏览", "审核", "发布", "查看", "源自",
                                                         "字体", "来自", "记者", "星期", "《",
                                                         /* (最後更新:19:52, HKT 16:06 folded to lower case) */
                                                         "更新", "hkt",
                                                         /* (2024-12-24 | 民众网: the site's
                                                            or the paper's name) */
                                                         "网", "日报",
                                                         /* (2016/09/08, Thursday: its
                                                            weekday in English, folded) */
                                                         "monday", "tuesday", "wednesday",
                                                         "thursday", "friday", "saturday",
                                                         "sunday", NULL});
}

/* Where the clause holding [s, e) starts and ends, within its line. */
static void clause_of(const ps_text *t, const ps_line *l, size_t s, size_t e,
                      size_t *cs, size_t *ce)
{
    size_t a = ps_clause_start(t->fold, l->s, s), b = l->e;
    for (size_t i = e; i < l->e;) {
        size_t k;
        for (k = 0; ps_clause_ends[k]; k++)
            if (ps_starts(t->fold + i, l->e - i, ps_clause_ends[k]))
                break;
        if (ps_clause_ends[k]) {
            b = i;
            break;
        }
        uint32_t cp;
        i += ps_u8_next(t->fold + i, l->e - i, &cp);
    }
    *cs = a, *ce = b;
}

static int any_in(const char *s, size_t n, const char *const *words)
{
    return ps_has_any(s, n, words);
}

/* A date in digits at s: 2016-03-02, 2016/3/2, 2016.03.02. */
static int iso_date_at(const char *s, size_t n, int *y, int *m, int *d)
{
    if (n < 8)
        return 0;
    int v[3] = {0, 0, 0}, f = 0, digits = 0;
    size_t i = 0;
    char sep = 0;
    for (; i < n && f < 3; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            v[f] = v[f] * 10 + (c - '0');
            if (++digits > (f == 0 ? 4 : 2))
                return 0;
        } else if ((c == '-' || c == '/' || c == '.') && f < 2 && digits &&
                   (!sep || c == sep)) {
            sep = c;
            f++;
            digits = 0;
        } else if (c == ' ' && i + 2 < n && (s[i + 1] == '-' || s[i + 1] == '/') &&
                   s[i + 2] == ' ' && f < 2 && digits && (!sep || s[i + 1] == sep)) {
            /* (时间:2021 - 10 - 21: a site that sets its separators apart) */
            sep = s[i + 1];
            f++;
            digits = 0;
            i += 2;
        } else {
            break;
        }
    }
    if (f != 2 || !digits || v[0] < YEAR_MIN || v[0] > YEAR_MAX || v[1] < 1 ||
        v[1] > 12 || v[2] < 1 || v[2] > 31)
        return 0;
    *y = v[0], *m = v[1], *d = v[2];
    return 1;
}

/* A day written European-fashion, 30.11.2015 or 05/09/2024 (a few sites'
   stamps, Macau's among them). */
static int dmy_date_at(const char *s, size_t n, int *y)
{
    int v[3] = {0, 0, 0}, f = 0, digits = 0;
    char sep = 0;
    for (size_t i = 0; i < n && f < 3; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            v[f] = v[f] * 10 + (c - '0');
            if (++digits > (f == 2 ? 4 : 2))
                return 0;
        } else if ((c == '.' || c == '/') && f < 2 && digits && (!sep || c == sep)) {
            sep = c;
            f++;
            digits = 0;
        } else {
            break;
        }
    }
    if (f != 2 || digits != 4 || v[0] < 1 || v[0] > 31 || v[1] < 1 || v[1] > 12 ||
        v[2] < YEAR_MIN || v[2] > YEAR_MAX)
        return 0;
    *y = v[2];
    return 1;
}

/*
 * A date in digits with a time of day right after it (2016/03/29 10:18,
 * 2018-8-3 21:45:00, 30.11.2015 10:04) near a page's top: a site's stamp of
 * when it published the page, wherever on the line it stands (a headline
 * may run into it).
 */
static int stamp_in(const char *s, size_t n, int headline, int *y)
{
    for (size_t i = 0; i + 8 < n; i++) {
        if (!number_starts(s, i))
            continue;
        int m, d;
        if (!iso_date_at(s + i, n - i, y, &m, &d) && !dmy_date_at(s + i, n - i, y))
            continue;
        size_t j = i;
        while (j < n && ((s[j] >= '0' && s[j] <= '9') || s[j] == '-' || s[j] == '/' ||
                         s[j] == '.'))
            j++;
        /* on the headline's own line a date in digits standing apart,
           time or not, is the page's (【…新闻稿】2011.07.11, 标题 2018-06-21 【…】):
           a document's own dates are written 2011年7月11日 */
        if (headline && i > 0 && (s[i - 1] == ' ' || ps_ends(s, i, "】") || ps_ends(s, i, "]")) &&
            (j == n || s[j] == ' ' || ps_starts(s + j, n - j, "【") || s[j] == '|'))
            return 1;
        size_t k = j;
        while (k < n && s[k] == ' ')
            k++;
        if (k == j || k + 4 > n)
            continue;
        size_t h = k;
        while (h < n && h - k < 2 && s[h] >= '0' && s[h] <= '9')
            h++;
        if (h > k && h + 2 < n && s[h] == ':' && s[h + 1] >= '0' && s[h + 1] <= '5' &&
            s[h + 2] >= '0' && s[h + 2] <= '9')
            return 1;
    }
    return 0;
}

static void add(ps_year_ev *ev, size_t *n, size_t max, int year, int kind,
                size_t s, size_t e, size_t line, size_t content)
{
    if (*n < max && year >= YEAR_MIN && year <= YEAR_MAX)
        ev[(*n)++] = (ps_year_ev){.year = year, .kind = kind, .s = s, .e = e,
                                  .line = line, .content = content};
}

/* A date whose year is written in two digits (发布时间:17年08月09日), at
   a label only: elsewhere 17年 is a span of years. */
static int short_year_date(const char *s, size_t n, int *y)
{
    if (n < 2 + 3 + 1 + 3 || (n > 2 && s[2] >= '0' && s[2] <= '9') || s[0] < '0' ||
        s[0] > '9' || s[1] < '0' || s[1] > '9' || !ps_starts(s + 2, n - 2, "年"))
        return 0;
    size_t i = 2 + strlen("年"), mdig = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && mdig < 3)
        i++, mdig++;
    if (mdig < 1 || mdig > 2 || !ps_starts(s + i, n - i, "月"))
        return 0;
    *y = 2000 + (s[0] - '0') * 10 + (s[1] - '0');
    return 1;
}

/* A publication date on line l: after a label, in digits or as Y年M月D日. */
static int pub_date(const ps_text *t, const ps_line *l, int *y, size_t *at)
{
    const char *s = t->fold + l->s;
    size_t n = l->e - l->s;
    for (size_t k = 0; pub_labels[k]; k++) {
        size_t p = ps_find(s, n, pub_labels[k]);
        /* (注册时间: 2018-06-08, a forum poster's sign-up day; 当前时间:
           2018年05月28日, the site's clock) */
        if (p == (size_t)-1 || ps_ends(s, p, "注册") || ps_ends(s, p, "当前"))
            continue;
        size_t from = p + strlen(pub_labels[k]);
        /* the date within fifteen characters of its label, after the
           source's name too (来源:枣庄新闻网 2022-01-25) */
        for (size_t i = from; i < n && i < from + 45; i++) {
            int m, d;
            size_t len;
            if (iso_date_at(s + i, n - i, y, &m, &d) ||
                ps_date_at(s + i, n - i, y, &m, &d, &len) ||
                ((s[i - 1] < 'a' || s[i - 1] > 'z') && english_date_at(s + i, n - i, y, &len)) ||
                /* (發文日期:中華民國98年5月12日) */
                (ps_taiwan_page(t) && (s[i - 1] < '0' || s[i - 1] > '9') &&
                 ps_roc_date_at(s + i, n - i, y, &m, &d, &len)) ||
                ((s[i - 1] < '0' || s[i - 1] > '9') && short_year_date(s + i, n - i, y))) {
                *at = l->s + i;
                return 1;
            }
        }
    }
    return 0;
}

/*
 * Taiwan's pages count years of the Republic (民國108年, 108年度, 78年度:
 * +1911).  Read only on pages that are Taiwan's by their words, and only
 * 60 to 130 followed by 年: elsewhere 100年 is a century.
 */

/* A year of the Republic in Chinese numerals at s, digit by digit (一一四,
   九八) or by tens (九十一): its value and *len, or 0.  Only 60 to 130,
   as for Arabic numerals. */
static int cn_roc_at(const char *s, size_t n, size_t *len)
{
    static const char *const digit[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int d[3], k = 0;
    size_t i = 0;
    int tens = 0;
    while (k < 3 && i < n) {
        int v = -1;
        for (int j = 0; j < 10 && v < 0; j++)
            if (ps_starts(s + i, n - i, digit[j]))
                v = j;
        if (v < 0 && k == 1 && !tens && ps_starts(s + i, n - i, "十")) {
            tens = 1, i += 3;
            continue;
        }
        if (v < 0)
            break;
        d[k++] = v, i += 3;
    }
    int value;
    if (tens) /* 九十一, 九十 */
        value = k == 1 ? d[0] * 10 : k == 2 ? d[0] * 10 + d[1] : -1;
    else if (k >= 2) /* 一一四, 九八 */
        value = k == 2 ? d[0] * 10 + d[1] : d[0] * 100 + d[1] * 10 + d[2];
    else
        value = -1;
    if (value < 60 || value > 130)
        return 0;
    *len = i;
    return value;
}

static int roc_year_find(const char *s, size_t n, size_t *at, size_t *len)
{
    for (size_t i = 0; i < n; i++) {
        /* (金门县庆祝九十一年「五一」劳动节大会, 「一一四年加强劳资…宣导会」) */
        /* (at the numeral's start: not 一四年 inside 一一四年) */
        size_t cl, pl;
        int cv = cn_roc_at(s + i, n - i, &cl);
        if (cv && ps_starts(s + i + cl, n - i - cl, "年") &&
            (i < 3 || !cn_roc_at(s + i - 3, n - i + 3, &pl))) {
            *at = i;
            *len = cl + 3;
            if (ps_starts(s + i + cl + 3, n - i - cl - 3, "度"))
                *len += 3;
            return cv + 1911;
        }
        if (!number_starts(s, i))
            continue;
        size_t j = i;
        int v = 0;
        while (j < n && j - i < 4 && s[j] >= '0' && s[j] <= '9')
            v = v * 10 + (s[j++] - '0');
        /* (115 年 1 月 12 日: a space may stand before 年) */
        size_t k = j < n && s[j] == ' ' ? j + 1 : j;
        if (j - i >= 2 && j - i <= 3 && v >= 60 && v <= 130 && ps_starts(s + k, n - k, "年")) {
            *at = i;
            *len = k - i + 3;
            if (ps_starts(s + k + 3, n - k - 3, "度"))
                *len += 3;
            return v + 1911;
        }
    }
    return 0;
}

/* The next year written in s[0..n): a Western or Chinese-numeral year, or
   on Taiwan's pages a year of the Republic, whichever comes first. */
/* Characters that make a bare number a count, not a year (2011名职工). */
static const char *const counters[] = {"个", "名", "人", "家", "元", "万", "余", "多",
                                       "次", "项", "件", "户", "场", "篇", "本", "台",
                                       "条", "位", "所", "支", "期", "届", "号", "份",
                                       "米", "吨", "亩", "平", "千", "亿", NULL};

/* The next year in s[0..n): 2016年 forms, ROC years on Taiwan pages, and
   bare Arabic years before a Chinese word (2011工会重点工作), which count
   only as what a meeting deployed or reviewed (*bare is set). */
/*
 * A year named by the sexagenary cycle before the festival it opens
 * (甲辰年新春联欢晚会, 壬辰年新春团拜): the one year of that name from 1984
 * (甲子) to 2043, the span of our documents.  Alone it names no one year
 * (甲午年 is also the war's 1894), so only before a new-year word.
 */
static int cycle_year_find(const char *s, size_t n, size_t *at, size_t *len)
{
    static const char *const stems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    static const char *const branches[] = {"子", "丑", "寅", "卯", "辰", "巳",
                                           "午", "未", "申", "酉", "戌", "亥"};
    static const char *const festive[] = {"新春", "春节", "新年", "元宵", "春晚", "团拜", NULL};
    for (size_t i = 0; i + 9 <= n; i++) {
        if (!ps_starts(s + i + 6, n - i - 6, "年") ||
            !ps_starts_any(s + i + 9, n - i - 9, festive))
            continue;
        int st = -1, br = -1;
        for (int k = 0; k < 10 && st < 0; k++)
            if (ps_starts(s + i, 3, stems[k]))
                st = k;
        for (int k = 0; k < 12 && br < 0; k++)
            if (ps_starts(s + i + 3, 3, branches[k]))
                br = k;
        if (st < 0 || br < 0 || st % 2 != br % 2)
            continue;
        /* the pair's place in the cycle: k ≡ st (mod 10), k ≡ br (mod 12) */
        int k = st;
        while (k % 12 != br)
            k += 10;
        *at = i, *len = 9;
        return 1984 + k;
    }
    return 0;
}

static int next_year(const char *s, size_t n, int roc, size_t *at, size_t *len, int *bare,
                     int *republic)
{
    *bare = *republic = 0;
    int y = ps_year_find(s, n, 0, at, len);
    size_t ba, bl;
    for (size_t from = 0; from < (y ? *at : n);) {
        int b = ps_year_find(s + from, (y ? *at : n) - from, 1, &ba, &bl);
        if (!b)
            break;
        ba += from;
        uint32_t cp = 0, before = 0;
        if (ba + bl < n)
            ps_u8_next(s + ba + bl, n - ba - bl, &cp);
        if (ba > 0) {
            size_t pb = ps_u8_prev(s, ba);
            ps_u8_next(s + pb, n - pb, &before);
        }
        /* 开展2017“金秋助学”活动, 2014’海峡两岸工会论坛, 『2009春风行动』:
           a year naming a campaign or an event, as written */
        if (cp == 0x201C || cp == 0x300C || cp == 0x2019 || cp == '\'' ||
            ((before == 0x300E /* 『 */ || before == 0x300C /* 「 */ || before == 0x201C) &&
             cp >= 0x4E00 && cp <= 0x9FFF)) {
            y = b, *at = ba, *len = bl;
            break;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF && !ps_starts_any(s + ba + bl, n - ba - bl, counters)) {
            y = b, *at = ba, *len = bl, *bare = 1;
            break;
        }
        from = ba + bl;
    }
    size_t ca, cl;
    int c = cycle_year_find(s, n, &ca, &cl);
    if (c && (!y || ca < *at))
        y = c, *at = ca, *len = cl, *bare = 0;
    size_t ra, rl;
    int r = roc ? roc_year_find(s, n, &ra, &rl) : 0;
    /* (98年 on Taiwan's pages is the Republic's 2009, not 1998) */
    if (r && (!y || ra <= *at)) {
        *at = ra, *len = rl, *bare = 0, *republic = 1;
        return r;
    }
    return y;
}

/* Cut the window [*ws, *we) around a year at [ys, ye) where another year
   stands: 2019年工作总结及2020年工作思路 qualifies each year by its own words. */
static void own_window(const char *f, size_t ys, size_t ye, size_t *ws, size_t *we)
{
    size_t at, len;
    if (ps_year_find(f + ye, *we - ye, 1, &at, &len))
        *we = ye + at;
    for (size_t from = *ws; from < ys;) {
        if (!ps_year_find(f + from, ys - from, 1, &at, &len))
            break;
        *ws = from + at + len;
        from = *ws;
    }
}

/* A document-sharing site's page (大小: 24.50 KB, 页数: 3页, 资源描述): its
   date is an upload's, not the document's. */
static int shared_document(const ps_text *t)
{
    return ps_find(t->fold, t->fold_len, "资源描述") != (size_t)-1 ||
           (ps_find(t->fold, t->fold_len, "页数") != (size_t)-1 &&
            ps_has_any(t->fold, t->fold_len, (const char *const[]){"KB", "MB", "kb", "mb", NULL}));
}

/*
 * Does a year at the end of s[0..n) (its clause up to it) stand inside the
 * title of a document the text acts on (根据《…, 按照《…, 贯彻落实《…)?
 * A notice that prints a plan (印发《2018年工作要点》) is that plan's year.
 */
static int cited(const char *s, size_t n)
{
    size_t open = ps_title_mark_open(s, n);
    if (open == (size_t)-1)
        return 0;
    static const char *const acting[] = {"根据", "按照", "依据", "遵照", "贯彻", "落实", NULL};
    for (size_t k = 0; acting[k]; k++) {
        size_t l = strlen(acting[k]);
        if (open >= l && memcmp(s + open - l, acting[k], l) == 0)
            return 1;
    }
    return 0;
}

/* Words after 将 that make it the future (将紧紧围绕, 将全面…), not the
   written 把 (我们将职工之家建设列入…, which a review says as well). */
static const char *const will_how[] = {
    "全面", "紧紧", "继续", "进一步", "重点", "着力", "围绕", "坚持", "努力", "认真",
    "大力", "深入", "切实", "按照", "加强", "加大", "积极", "不断", "以", "在",
    "力争", "着重", "聚焦", "扎实", "持续", "全力", "推动", "始终", "更加", "奋力", NULL};

/*
 * Does the sentence go on to say what will be done in the year ending at
 * ye (2009年要进一步巩固…, 2015年学校将紧紧围绕…, 2016年,XX工会将全面…)?
 * Only 要 straight after the year or its subject (≤8 characters, no
 * clause end but the one right after the year), or 将 before a word of how.
 */
static int will_do(const ps_text *t, const ps_line *l, size_t ye, size_t ce)
{
    const char *f = t->fold;
    size_t i = ye;
    /* 2016年, XX工会将…: the year alone as the sentence's opening clause */
    if (ce == ye && ce < l->e) {
        for (size_t k = 0; ps_clause_ends[k]; k++)
            if (ps_starts(f + ce, l->e - ce, ps_clause_ends[k])) {
                i = ce + strlen(ps_clause_ends[k]);
                break;
            }
        if (i == ye)
            return 0;
        size_t e2, c2;
        clause_of(t, l, i, i, &c2, &e2);
        ce = e2;
    }
    for (int c = 0; c <= 8 && i < ce; c++) {
        /* (2022年即将要过去了: the year ending, not work to do) */
        if (ps_starts(f + i, ce - i, "要") && !ps_starts(f + i, ce - i, "要求") &&
            !(i >= 3 && ps_starts(f + i - 3, 3, "将")))
            return 1;
        if (ps_starts(f + i, ce - i, "将") && ps_starts_any(f + i + 3, ce - i - 3, will_how))
            return 1;
        uint32_t cp;
        i += ps_u8_next(f + i, ce - i, &cp);
    }
    return 0;
}

/*
 * Is line l, below `content` lines of content, a publication line: a date
 * after its label (*labelled set), a date line of its own in the first
 * eight, or a date and time in the first three?  *y its year.
 */
/*
 * An e-paper's controls around its issue's date (3上一篇 下一篇4 2019年10月16日
 * 放大 缩小 默认), or a post's byline ending in its date (福田区总工会 幸福福田
 * 2024-04-15): the page's date, in a line that is no sentence.
 */
static int paper_or_byline_date(const ps_text *t, const ps_line *l, int *y)
{
    const char *s = t->fold + l->s;
    size_t n = l->e - l->s;
    if (n > 150 || ps_has_any(s, n, ps_sentence_punct))
        return 0;
    int controls = ps_has_any(s, n, (const char *const[]){"上一篇", "下一篇", "上一版", "下一版",
                                                          NULL}) &&
                   ps_has_any(s, n, (const char *const[]){"放大", "缩小", "默认", "打印", NULL});
    for (size_t i = 0; i < n; i++) {
        if (!number_starts(s, i))
            continue;
        int m, d;
        size_t len;
        if (controls && ps_date_at(s + i, n - i, y, &m, &d, &len))
            return 1;
        /* (the byline's date closes the line, after a blank, its time
           perhaps after it: 记者某某/宜兰报导 2017.05.02 00:00) */
        if (!controls && i > 0 && s[i - 1] == ' ' && n - i <= 16 && iso_date_at(s + i, n - i, y, &m, &d)) {
            size_t e = i;
            while (e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '-' || s[e] == '/' || s[e] == '.'))
                e++;
            while (e < n && (s[e] == ' ' || s[e] == ':' || (s[e] >= '0' && s[e] <= '9')))
                e++;
            return e == n;
        }
    }
    return 0;
}

/* Can s[0..n) hold a date at all: an Arabic digit, or the zero every year
   of this century in Chinese numerals holds (二〇一二, 二○一二, 二零一二)?
   Most lines of prose cannot, and need not be asked for labels and stamps
   (a fifth of the metadata's time went to asking them). */
static int may_hold_date(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= '0' && c <= '9')
            return 1;
        if ((c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             (unsigned char)s[i + 2] == 0x87) || /* 〇 */
            (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x97 &&
             (unsigned char)s[i + 2] == 0x8B) || /* ○ */
            (c == 0xE9 && i + 2 < n && (unsigned char)s[i + 1] == 0x9B &&
             (unsigned char)s[i + 2] == 0xB6)) /* 零 */
            return 1;
    }
    return 0;
}

/*
 * The Central News Agency's stamp closing an item on Taiwan's pages, the
 * Republic's date run together (（編輯：某某）1140501, …討論。1051025): seven
 * digits ending the line, 1YYMMDD.
 */
static int roc_stamp(const ps_text *t, const ps_line *l, int *y)
{
    const char *s = t->fold + l->s;
    size_t n = l->e - l->s;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n < 8)
        return 0;
    const char *d = s + n - 7;
    for (int k = 0; k < 7; k++)
        if (d[k] < '0' || d[k] > '9')
            return 0;
    if (d[-1] >= '0' && d[-1] <= '9')
        return 0;
    int roc = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    int m = (d[3] - '0') * 10 + (d[4] - '0'), day = (d[5] - '0') * 10 + (d[6] - '0');
    if (roc < 100 || roc > 130 || m < 1 || m > 12 || day < 1 || day > 31)
        return 0;
    *y = roc + 1911;
    return 1;
}

/* A line of a date alone run together under the headline (20220204): a
   site's date for the page.  Eight digits, a year of 1990–2039 and a real
   month and day, nothing else on the line. */
static int compact_date_line(const ps_text *t, const ps_line *l, int *y)
{
    const char *s = t->fold + l->s;
    size_t n = l->e - l->s;
    while (n > 0 && s[0] == ' ')
        s++, n--;
    while (n > 0 && s[n - 1] == ' ')
        n--;
    if (n != 8)
        return 0;
    for (size_t k = 0; k < 8; k++)
        if (s[k] < '0' || s[k] > '9')
            return 0;
    int yr = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[4] - '0') * 10 + (s[5] - '0'), d = (s[6] - '0') * 10 + (s[7] - '0');
    if (yr < 1990 || yr > 2039 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    *y = yr;
    return 1;
}

static int publication_line(const ps_text *t, const ps_line *l, size_t content, int *y,
                            int *labelled)
{
    size_t at;
    *labelled = 0;
    if (!may_hold_date(t->fold + l->s, l->e - l->s))
        return 0;
    *labelled = pub_date(t, l, y, &at);
    return *labelled || (content < 8 && dateline(t, l, y)) ||
           (content < 3 && stamp_in(t->fold + l->s, l->e - l->s, content == 0, y)) ||
           (content < 16 && paper_or_byline_date(t, l, y)) ||
           (content > 0 && content < 3 && compact_date_line(t, l, y)) ||
           (ps_taiwan_page(t) && roc_stamp(t, l, y));
}

int ps_page_dated(const ps_text *t)
{
    for (size_t li = 0, content = 0; li < t->nlines && content < 3; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        int y, labelled;
        if (publication_line(t, l, content, &y, &labelled))
            return !shared_document(t);
        if (!(l->flags & PS_LINE_BOILER))
            content++;
    }
    return 0;
}

size_t ps_year_evidence(const ps_text *t, ps_year_ev *ev, size_t max)
{
    int roc = ps_taiwan_page(t), upload = shared_document(t);
    size_t n = 0, content = 0;
    for (size_t li = 0; li < t->nlines; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        int y, labelled;
        if (publication_line(t, l, content, &y, &labelled)) {
            /* (发布时间:2019-10-18 … 来源:整理剂厂家: a content farm's copy of
               union news, dated when it was copied) */
            size_t src = ps_find(t->fold + l->s, l->e - l->s, "来源");
            int farm = src != (size_t)-1 &&
                       ps_find(t->fold + l->s + src, l->e - l->s - src, "厂家") != (size_t)-1;
            if (!upload && !farm) {
                add(ev, &n, max, y, PS_YEV_PUBLISHED, l->s, l->e, li, content);
                if (n && ev[n - 1].s == l->s) {
                    ev[n - 1].labelled = labelled;
                    ev[n - 1].banner = content == 0 &&
                                       ps_has_any(t->fold + l->s, l->e - l->s,
                                                  (const char *const[]){"星期", "礼拜", NULL});
                }
            }
            continue;
        }
        if (l->flags & PS_LINE_BOILER)
            continue;
        content++;
        for (size_t i = l->s; i < l->e;) {
            size_t yat, ylen;
            int bare, republic;
            int yr = next_year(t->fold + i, l->e - i, roc, &yat, &ylen, &bare, &republic);
            if (!yr)
                break;
            size_t ys = i + yat, ye = ys + ylen;
            i = ye;
            int m, d;
            size_t dlen;
            if (!bare && (ps_date_at(t->fold + ys, l->e - ys, &y, &m, &d, &dlen) ||
                          (roc && ps_roc_date_at(t->fold + ys, l->e - ys, &y, &m, &d, &dlen)))) {
                /* 今天是:2026年03月04日: the day the page was fetched */
                if (ps_find(t->fold + l->s, l->e - l->s, "今天是") != (size_t)-1)
                    break;
                /* 该会于2001年3月4日正式成立: a founding's date, a mention */
                size_t cs, ce;
                clause_of(t, l, ys, ys + dlen, &cs, &ce);
                /* (…于2021年8月27日…举行…联合工会成立大会: a founding
                   congress held that day is the news) */
                int congress = ps_has_any(t->fold + ys + dlen, ce - ys - dlen,
                                          (const char *const[]){"成立大会", "成立仪式", NULL}) &&
                               ps_has_any(t->fold + ys + dlen, ce - ys - dlen,
                                          (const char *const[]){"举行", "召开", "举办", NULL});
                int founded = (!congress &&
                               ps_has_any(t->fold + ys + dlen, ce - ys - dlen,
                                          (const char *const[]){"成立", "创建", "建立", NULL})) ||
                              /* 请于2011年1月20日前报送: a deadline the text sets */
                              ps_starts_any(t->fold + ys + dlen, l->e - ys - dlen,
                                            (const char *const[]){"前", "之前", "以前", NULL}) ||
                              /* 於100年5月1日施行: the day a law took effect */
                              ps_has_any(t->fold + ys + dlen, ce - ys - dlen,
                                         (const char *const[]){"施行", "生效", NULL});
                /* (浙江工人日报 一版要闻 … 2019-11-25 2 2019年11月25日 星期一: a
                   paper's edition line, its day of the week ending it) */
                size_t w = ys + dlen;
                while (w < l->e && t->fold[w] == ' ')
                    w++;
                int edition = ps_starts(t->fold + w, l->e - w, "星期") &&
                              w + strlen("星期") + 3 >= l->e;
                /* (第二版:综合新闻 总第194期 2020年01月15日: a paper's page and
                   issue before the date that ends the line) */
                const char *pre = t->fold + l->s;
                size_t npre = ys - l->s;
                if (w >= l->e && (ps_find(pre, npre, "总第") != (size_t)-1 ||
                                  (ps_find(pre, npre, "第") != (size_t)-1 &&
                                   ps_find(pre, npre, "版") != (size_t)-1)))
                    edition = 1;
                if (founded)
                    add(ev, &n, max, yr, PS_YEV_MENTION, cs, ce, li, content - 1);
                else if (edition)
                    add(ev, &n, max, yr, PS_YEV_PUBLISHED, l->s, l->e, li, content - 1);
                else {
                    add(ev, &n, max, yr, PS_YEV_DATE, ys, ys + dlen, li, content - 1);
                    /* (a date a sentence goes on from, not a header's today:
                       2018年7月30日，某省工会第十三次代表大会在武汉召开) */
                    /* (… or after a paper's lead, 本报讯 2019年12月18日，…
                       召开: the article's first words, however far down
                       an e-paper's controls push them) */
                    size_t lead = ys - l->s;
                    int after_lead = lead > 0 && lead <= 40 &&
                                     !ps_has_any(t->fold + l->s, lead, ps_sentence_punct);
                    if (after_lead) {
                        size_t b = ys;
                        while (b > l->s && t->fold[b - 1] == ' ')
                            b--;
                        after_lead = b - l->s >= 3 && ps_ends(t->fold + l->s, b - l->s, "讯");
                    }
                    if (n && ev[n - 1].s == ys && (ys == l->s || after_lead)) {
                        size_t from = ys + dlen, end = ps_find(t->fold + from, l->e - from, "。");
                        end = end == (size_t)-1 ? l->e : from + end;
                        ev[n - 1].opens = ps_has_any(t->fold + from, end - from,
                                                     (const char *const[]){"召开", "举行", "举办",
                                                                           "开幕", NULL});
                    }
                }
                i = ys + dlen;
                continue;
            }
            size_t cs, ce;
            clause_of(t, l, ys, ye, &cs, &ce);
            /* the words that qualify a year stand near it: 8 characters
               before, 12 after, within the clause */
            size_t bs = ys, ae = ye;
            for (int c = 0; c < 8 && bs > cs; c++)
                bs = ps_u8_prev(t->fold, bs);
            for (int c = 0; c < 12 && ae < ce; c++) {
                uint32_t cp;
                ae += ps_u8_next(t->fold + ae, ce - ae, &cp);
            }
            own_window(t->fold, ys, ye, &bs, &ae);
            const char *before = t->fold + bs, *after = t->fold + ye;
            size_t nb = ys - bs, na = ae - ye;
            if (ps_starts_any(after, na, mention_after) ||
                ps_find(t->fold + l->s, l->e - l->s, "今天是") != (size_t)-1)
                continue;
            /* 自2007年8月…启动…以来, 2022年年初以来: where a span began,
               never the year */
            /* (从2008年喊要…: from then on, whatever follows) */
            if (ps_ends_any(t->fold + cs, ys - cs, (const char *const[]){"自", "从", NULL}) ||
                ps_find(after, na, "以来") != (size_t)-1)
                continue;
            /* (为迎接2026年元旦, 以迎接2016年的到来, 迎接崭新的2018年: the
               year awaited, the event before it) */
            if (ps_ends_any(t->fold + cs, ys - cs,
                            (const char *const[]){"迎接", "迎接崭新的", "迎接新的", NULL}))
                continue;
            /* (喜迎2020年元旦佳节: a new year hailed, the event in the last
               days of the year before; 喜迎2024年春节 is that year's) */
            if (ps_ends(t->fold + cs, ys - cs, "喜迎") &&
                ps_starts_any(after, na, (const char *const[]){"元旦", "新年", NULL}))
                continue;
            /* (在2022年新年到来之际, 2020年元旦来临前夕: the new year awaited,
               the event in the last days of the year before; but 2024年元旦、
               春节 names the season of the two holidays) */
            if (ps_starts_any(after, na, (const char *const[]){"新年", "元旦", "的新年", NULL}) &&
                ps_find(after, na, "春节") == (size_t)-1 &&
                ps_has_any(after, ce - ye,
                           (const char *const[]){"到来", "来临", "之际", "前夕", "即将", NULL}))
                continue;
            /* 继2013年荣获…称号之后: an earlier step the news builds on */
            if (ps_ends(t->fold + cs, ys - cs, "继") &&
                ps_find(t->fold + ye, ce - ye, "之后") != (size_t)-1)
                continue;
            /* (下面是小编为大家整理的2023公司工会年度工作计划: a template
               site's label for its collection) */
            if (ps_has_any(t->fold + cs, ce - cs,
                           (const char *const[]){"小编", "为大家整理", "为您整理", "精心整理", NULL}))
                continue;
            /* 根据《某工会2018年工作安排的通知》: the document acted on, cited */
            if (cited(t->fold + cs, ys - cs))
                continue;
            /* the noun after a year is what the year qualifies (2020年工作打算);
               a verb before it counts when nothing after does (部署2016年);
               both kinds after it: neither (2011年度目标任务完成情况) */
            int rev_a = any_in(after, na, review_after), dep_a = any_in(after, na, deploy_after);
            int rev_b = any_in(before, nb, review_before), dep_b = any_in(before, nb, deploy_before);
            /* 对2018年新一轮劳动竞赛进行安排部署: what 对 brings forward, the
               verb after 进行 says, however far down the clause */
            size_t v = ps_ends(t->fold + cs, ys - cs, "对") ? ps_find(after, ce - ye, "进行")
                                                          : (size_t)-1;
            if (v != (size_t)-1) {
                static const char *const dv[] = {"部署", "安排", "布置", "谋划", NULL};
                static const char *const rv[] = {"总结", "回顾", "考核", "考评", "表彰", NULL};
                int d = any_in(after + v, ce - ye - v, dv), r = any_in(after + v, ce - ye - v, rv);
                if (d != r)
                    dep_a = d, rev_a = r;
            }
            int rev, dep;
            if (rev_a || dep_a)
                rev = rev_a && !dep_a, dep = dep_a && !rev_a;
            else
                rev = rev_b && !dep_b, dep = dep_b && !rev_b;
            /* (为确保圆满完成2018年…目标: what the clause sets out to do) */
            if (rev && ps_has_any(t->fold + cs, ys - cs,
                                  (const char *const[]){"为确保", "为了确保", "为圆满完成", "为完成",
                                                        "为了完成", NULL}))
                rev = 0, dep = 1;
            /* 在总结2016年工作经验的基础上: the ground the text builds on */
            if (rev && ps_find(t->fold + ye, ce - ye, "基础上") != (size_t)-1 &&
                ps_find(t->fold + cs, ys - cs, "在") != (size_t)-1)
                rev = 0;
            if (!rev && !dep && !bare)
                dep = will_do(t, l, ye, ce);
            /* … or as the first word of a contest's name held in its clause
               (举行了2024哈市职工冰上龙舟…比赛, 暨2026哈尔滨市职工冰上运动会,
               在…举办): the event's year, as 2024年… would be */
            /* (the name may list its events, 冰上龙舟、冰帆和雪地足球比赛,
               and the verb stand after a comma: within the sentence) */
            if (bare && !rev && !dep) {
                size_t se = ye + ps_find_first(t->fold + ye, l->e - ye,
                                               (const char *const[]){"。", "！", "？", NULL});
                if (se > l->e)
                    se = l->e;
                size_t cw = se - ye < 90 ? se - ye : 90;
                if ((unsigned char)after[0] < 0xE4 ||
                    !ps_has_any(t->fold + ye, cw,
                                (const char *const[]){"比赛", "运动会", "大赛", "竞赛", "联赛",
                                                      NULL}) ||
                    !ps_has_any(t->fold + cs, se - cs,
                                (const char *const[]){"举行", "举办", "开幕", "开赛", NULL}))
                    continue; /* a bare number counts only as a deployed or reviewed year */
            }
            /* (台铁员工在2017年发起的春节依法休假抗争: a holiday the year
               names, not a campaign it deploys) */
            if (dep && ps_find(after, na, "休假") != (size_t)-1)
                dep = 0;
            /* 提出到2020年…全部解困脱困, 力争到2012年: a target, not a year's work */
            /* (从1992年至2011年“两节”期间: the end of a span, too) */
            if (dep && (ps_ends(t->fold + l->s, ys - l->s, "到") ||
                        ps_ends(t->fold + l->s, ys - l->s, "至")))
                dep = 0;
            /* 总结了2019年全县工会重点工作, 表彰了2017年…重点工作…先进单位:
               the verb before says what was done with the year, whatever
               plan-like noun follows */
            /* (荣获“2012年度工会工作目标责任制”一等奖: an honour's year, too) */
            static const char *const done_before[] = {
                "总结", "总结了", "回顾", "回顾了", "表彰", "表彰了", "荣获", "荣获“", "获得",
                "获得“", "评为", "评为“", "执行了", "认真执行了", NULL};
            if (dep && dep_a && !rev_a && ps_ends_any(before, nb, done_before))
                rev = 1, dep = 0;
            /* 回顾2013年上半年工作，部署下半年任务: a mid-year meeting works on
               the year it reviews half of, so it deploys that year */
            int half = rev && ps_starts(after, na, "上半年");
            int partial = rev && ps_starts_any(after, na,
                                               (const char *const[]){"上半年", "一季度", "第一季度",
                                                                     "前三季度", "1-", NULL});
            int kind = rev ? PS_YEV_REVIEW : dep ? PS_YEV_DEPLOY : PS_YEV_MENTION;
            /* 举办2021年“金秋助学”发放仪式, 2023年度…联席会议在…召开: the year
               of an event the clause says was held (not 表彰2015年度…, the
               period an honour looks back on) */
            /* (…表彰大会召开以来: since then, no day of it; 召开2022年度…表扬
               大会: the period praised, as 表彰) */
            /* (…行动启动 到2025年建成…: the year a target is to be met) */
            if (kind == PS_YEV_MENTION &&
                !ps_ends_any(t->fold + l->s, ys - l->s, (const char *const[]){"到", "至", NULL}) &&
                ps_has_any(t->fold + cs, ce - cs,
                           (const char *const[]){"召开", "举行", "举办", "启动", "开幕",
                                                 /* (2021年某市安康杯知识竞赛于11月24日
                                                    圆满落幕) */
                                                 "落幕", "闭幕", "开赛", NULL}) &&
                /* (104年我们所举办的…课程: what was held once, told; not
                   当日举行的2024年…大会, the event named) */
                !ps_has_any(t->fold + ye, ce - ye,
                            (const char *const[]){"所举办", "所举行", "举办的", "举行的", NULL}) &&
                ps_find(t->fold + ye, ce - ye, "以来") == (size_t)-1 &&
                !((ps_starts(after, na, "度") || ps_ends(t->fold + ys, ye - ys, "度")) &&
                  ps_has_any(t->fold + cs, ce - cs, (const char *const[]){"表彰", "表扬", NULL})))
                kind = PS_YEV_DATE;
            /* (此次以…为主题的2015年职工…比赛, 这场…2016年…金秋助学…活动: the
               year in the name of the event the text calls this one) */
            if (kind == PS_YEV_MENTION && !ps_starts(after, na, "度") &&
                ps_has_any(t->fold + cs, ys - cs,
                           (const char *const[]){"此次", "这次", "本次", "这场", "本届", NULL}) &&
                ps_has_any(t->fold + ye, ce - ye,
                           (const char *const[]){"比赛", "活动", "大赛", "运动会", "联赛", "竞赛",
                                                 NULL}))
                kind = PS_YEV_DATE;
            /* (「南投县111年度模范劳工表扬大会」, 高雄市106年模范劳工…表扬活动:
               Taiwan's ceremonies are named by the Republic's year they are
               held in, 年度 or not) */
            if (republic && kind != PS_YEV_DEPLOY &&
                ps_has_any(t->fold + ye, ce - ye,
                           (const char *const[]){"表扬大会", "表扬活动", "表扬典礼", "表扬会", NULL}))
                kind = PS_YEV_DATE;
            /* 召开2020年劳动模范…表彰大会: a commendation held under the
               year's own name is that year's event, not a look back on it
               (but 召开2019年度…表彰大会: the period an honour closes) */
            /* (… and 2021年教职工大会暨工会表彰仪式在报告厅举行: the held
               verb after the name) */
            static const char *const ceremonies[] = {"表彰大会", "表彰会", "表扬大会", "表彰仪式",
                                                     NULL};
            static const char *const held_by[] = {"召开", "举行", "举办", "召开了", "举行了",
                                                  "举办了", NULL};
            size_t cer = kind == PS_YEV_REVIEW ? ps_find_first(t->fold + ye, ce - ye, ceremonies)
                                               : (size_t)-1;
            if (kind == PS_YEV_REVIEW && !partial && cer < ce - ye &&
                (ps_ends_any(t->fold + cs, ys - cs, held_by) ||
                 ps_has_any(t->fold + ye + cer, ce - ye - cer, held_by)) &&
                !ps_starts(after, na, "度") && !ps_ends(t->fold + ys, ye - ys, "度"))
                kind = PS_YEV_DATE;
            add(ev, &n, max, yr, kind, cs, ce, li, content - 1);
            if (n && ev[n - 1].s == cs) {
                ev[n - 1].partial = partial;
                ev[n - 1].named = kind == PS_YEV_DATE;
            }
            if (rev && n && ev[n - 1].s == cs) {
                /* the sentence deploys too, naming no year (部署下阶段任务) */
                size_t ss = cs, se = ce;
                /* back to the sentence's start: after a 。 of the line, or
                   the line's start (3 bytes of 。 must lie inside the line) */
                while (ss > l->s && !(ss - l->s >= 3 && ps_starts(t->fold + ss - 3, 3, "。")))
                    ss--;
                while (se < l->e && !ps_starts(t->fold + se, l->e - se, "。"))
                    se++;
                size_t a2, l2;
                int other_year = ps_year_find(t->fold + ce, se - ce, 0, &a2, &l2) ||
                                 ps_year_find(t->fold + ss, cs - ss, 0, &a2, &l2);
                ev[n - 1].next = !other_year &&
                                 any_in(t->fold + ce, se - ce, deploy_before);
                if (half && ev[n - 1].next)
                    ev[n - 1].kind = PS_YEV_DEPLOY, ev[n - 1].next = 0;
            }
        }
    }
    return n;
}

const char *ps_year_ev_name(int kind)
{
    switch (kind) {
    case PS_YEV_DEPLOY: return "deploys";
    case PS_YEV_REVIEW: return "reviews";
    case PS_YEV_DATE: return "dated";
    case PS_YEV_PUBLISHED: return "published";
    default: return "mentions";
    }
}

/*
 * The year, from the evidence in the order a researcher trusts it (the
 * title, a plan's opening paragraph and the signature are meta.c's): what a
 * meeting deployed; what a summary reviewed; the date of the event
 * reported; the page's publication date.  Two different years of the
 * deciding kind: none.
 */
int ps_year_decide(const ps_year_ev *ev, size_t n, int kind, const ps_year_ev **which)
{
    /* news is for the year of the event it reports; a summary for the year
       it reviews; plans, reports and the rest for the year they deploy */
    /* a publication date dates news; a plan for 2013 is often published
       in December 2012, and an encyclopaedia page is for no year */
    static const int news[] = {PS_YEV_DEPLOY, PS_YEV_DATE, PS_YEV_PUBLISHED,
                               PS_YEV_REVIEW};
    /* (… or, reviewing no year it names, the year whose tasks it sets:
       明确了2021年的主要工作任务) */
    static const int summary[] = {PS_YEV_REVIEW, PS_YEV_DEPLOY, 0, 0};
    /* a notice or a speech is for the year it was given, which its page's
       date tells when the text does not; a year it reviews (表彰2014年度先进)
       is most often the year before */
    static const int dated[] = {PS_YEV_DEPLOY, PS_YEV_DATE, PS_YEV_PUBLISHED, 0};
    static const int plan[] = {PS_YEV_DEPLOY, PS_YEV_REVIEW, 0, 0};
    static const int other[] = {0, 0, 0, 0};
    const int *order = kind == PS_KIND_NEWS      ? news
                       : kind == PS_KIND_SUMMARY ? summary
                       : kind == PS_KIND_PLAN || kind == PS_KIND_REPORT ? plan
                       : kind == PS_KIND_NOTICE || kind == PS_KIND_SPEECH ? dated
                                                                          : other;
    /* the page's own date settles a disagreement among deployed years (a
       labelled one, 发布时间:…, over a bare date above the headline, which
       may be the site's today) */
    int published = 0;
    const ps_year_ev *pub_first = NULL;
    /* (… and a line under the headline, 2009-01-12 来源:本站原创, over a
       date with its weekday above everything, 2024/5/2 星期四, the day the
       page was fetched) */
    for (size_t k = 0; k < n; k++)
        if (ev[k].kind == PS_YEV_PUBLISHED &&
            (!pub_first || (ev[k].labelled && !pub_first->labelled) ||
             (ev[k].labelled == pub_first->labelled && pub_first->banner && !ev[k].banner)))
            pub_first = &ev[k];
    if (pub_first)
        published = pub_first->year;
    for (size_t o = 0; o < 4 && order[o]; o++) {
        const ps_year_ev *first = NULL, *agree = NULL;
        int disagree = 0;
        for (size_t k = 0; k < n; k++) {
            if (ev[k].kind != order[o])
                continue;
            /* the event's date stands in news's opening; a date further
               down is one the text mentions (a regulation's, last year's);
               a date above everything that a labelled publication line
               contradicts is the site's today (2024 年 04 月 19 日 in its
               header) */
            /* (a year naming the event held, 举办2023年…大赛, may stand
               below a few lines of a site's furniture the page did not
               mark) */
            if (kind == PS_KIND_NEWS && ev[k].kind == PS_YEV_DATE &&
                ((ev[k].content > (ev[k].named ? 6u : 3u) && !ev[k].opens) ||
                 (ev[k].named && ev[k].content > 3 && published && published != ev[k].year) ||
                 (ev[k].content == 0 && !ev[k].opens && published && published != ev[k].year)))
                continue;
            if (!first)
                first = order[o] == PS_YEV_PUBLISHED ? pub_first : &ev[k];
            else if (ev[k].year != first->year &&
                     /* dates and publication lines: the first one stands */
                     order[o] != PS_YEV_DATE && order[o] != PS_YEV_PUBLISHED)
                disagree = 1;
            if (published && ev[k].year == published && !agree)
                agree = &ev[k];
        }
        if (disagree) {
            if (!agree || order[o] != PS_YEV_DEPLOY)
                return 0;
            /* several years deployed: the one of the page's date, if only one is */
            for (size_t k = 0; k < n; k++)
                if (ev[k].kind == order[o] && ev[k].year != published &&
                    ev[k].year > published)
                    return 0;
            first = agree;
        }
        if (first) {
            *which = first;
            /* 总结2024年工作，部署下阶段重点任务: a meeting that reviews a
               year and deploys the next without naming it is for the next */
            if (order[o] == PS_YEV_REVIEW && first->next && kind != PS_KIND_SUMMARY)
                return first->year + 1;
            /* news of what a past year achieved is for no year it names;
               of what part of a year achieved (考核2015年上半年目标完成情况),
               for that year, which is not yet over */
            if (order[o] == PS_YEV_REVIEW && kind == PS_KIND_NEWS)
                return first->partial ? first->year : 0;
            /* a work report to a plenary reviews the year past for the
               year it opens (一、2015年工作回顾, given in March 2016) */
            if (order[o] == PS_YEV_REVIEW && kind == PS_KIND_REPORT)
                return first->year + 1;
            return first->year;
        }
    }
    return 0;
}

/* The month and day of a publication line's date when it writes them in
   digits or as Y年M月D日 (2016-03-02, 2016年3月2日); 0 otherwise. */
static int pub_month_day(const ps_text *t, const ps_year_ev *pub, int *m, int *d)
{
    const char *s = t->fold + pub->s;
    size_t n = pub->e - pub->s;
    for (size_t i = 0; i < n; i++) {
        if (!number_starts(s, i))
            continue;
        int y;
        size_t len;
        if ((iso_date_at(s + i, n - i, &y, m, d) || ps_date_at(s + i, n - i, &y, m, d, &len)) &&
            y == pub->year)
            return 1;
    }
    return 0;
}

int ps_event_off_published(const ps_text *t, const ps_year_ev *pub)
{
    int pm, pd;
    if (!pub_month_day(t, pub, &pm, &pd))
        return 0;
    /* the first day the opening's three lines tell, the publication line
       not counted */
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 3;
         li = ps_text_content(t, li + 1)) {
        const ps_line *l = &t->lines[li];
        int on_pub = l->s <= pub->s && pub->s < l->e;
        /* (nor a site's word or a photo credit of up to eight characters:
           查看原文, 其他, 某某供图) */
        if (!on_pub && l->e - l->s > 24)
            seen++;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        for (size_t i = 0; i < n; i++) {
            if (!number_starts(s, i))
                continue;
            int m, d;
            size_t len;
            if (!ps_month_day_at(s + i, n - i, &m, &d, &len))
                continue;
            /* (2018年12月26日: a day with its year, which dates itself;
               but the publication line's own, 2019年11月01日 under the
               headline, is not the event's) */
            if (ps_ends(s, i, "年")) {
                if (on_pub)
                    continue;
                return 0;
            }
            /* (定于8月5日举办, 将于…, 请于8月5日前报送: a day to come) */
            size_t cs, ce;
            clause_of(t, l, l->s + i, l->s + i + len, &cs, &ce);
            if (ps_has_any(t->fold + cs, l->s + i - cs,
                           (const char *const[]){"将", "定于", "拟", "计划", "预计", "届时", "请于",
                                                 NULL}) ||
                ps_starts_any(s + i + len, n - i - len,
                              (const char *const[]){"前", "之前", "起", "至", "—", "-", NULL}))
                return 0;
            if (m > pm || (m == pm && d > pd))
                return 1;
            /* (a march of 3月9日 under a line dated 11-07: a copy's date,
               or an old story retold; a fortnight's or a season's delay is
               a report's) */
            return (pm - m) * 31 + (pd - d) > 180;
        }
    }
    return 0;
}
