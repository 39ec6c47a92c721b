/*
 * The kind of document: plan, report, meeting news, notice, speech,
 * summary or other.  A title says it best (…工作要点, 关于…的通知,
 * …工作报告, …讲话); without one, the opening does (近日…召开 is news,
 * 同志们 a speech, 各…工会: a notice's addressees).  On folded text.
 */
#include "corpus_int.h"

#include <string.h>

static const char *const kind_names[] = {NULL,     "plan",   "report",  "news",
                                         "notice", "speech", "summary", "other"};

const char *ps_kind_name(int kind)
{
    return kind > 0 && kind < PS_KIND_COUNT ? kind_names[kind] : NULL;
}

int ps_kind_parse(const char *s)
{
    static const struct {
        const char *name;
        int kind;
    } zh[] = {{"计划", PS_KIND_PLAN},    {"要点", PS_KIND_PLAN},
              {"报告", PS_KIND_REPORT},  {"新闻", PS_KIND_NEWS},
              {"会议", PS_KIND_NEWS},    {"通知", PS_KIND_NOTICE},
              {"讲话", PS_KIND_SPEECH},  {"总结", PS_KIND_SUMMARY},
              {"其他", PS_KIND_OTHER}};
    for (int k = 1; k < PS_KIND_COUNT; k++)
        if (strcmp(s, kind_names[k]) == 0)
            return k;
    for (size_t k = 0; k < sizeof zh / sizeof *zh; k++)
        if (strcmp(s, zh[k].name) == 0)
            return zh[k].kind;
    return 0;
}

static const char *const notice_words[] = {"通知", "通报", "决定", "决议", "公告",
                                           "公示", "倡议书", "的函", NULL};
static const char *const speech_words[] = {"讲话", "致辞", "主持词", "开幕词", "闭幕词", "发言",
                                           "演讲", "贺词", "致词", NULL};
static const char *const summary_words[] = {"总结", "述职", "工作回顾", "工作汇报", "情况汇报",
                                            NULL};
/* (重点 and 任务 only as a plan names them: 聚焦园区五大产业重点 is a
   headline, 2012年工作重点 a plan) */
static const char *const plan_words[] = {"要点", "计划", "安排", "思路", "意见",
                                         "方案", "规划", "打算", "工作重点", "重点工作",
                                         "工作任务", "主要任务", "重点任务", "目标任务",
                                         "纲要", "职责", NULL};
static const char *const news_words[] = {
    "召开", "举行", "举办", "开展", "走访", "慰问", "检查", "督导", "调研",
    "考察", "参加", "出席", "启动", "开幕", "闭幕", "圆满", "顺利", "成功",
    "获", "荣获", "表彰", "座谈", "培训班", "活动", "听取", "汇报", "出版", "发布",
    "连任", "当选", "闭幕", "出发", "赴", "走进", "看望", "命名", "新建", "建成",
    "揭牌", NULL};
/* acts that make news only after a relative time word (日前,医院成立11个分工会;
   乔某日前表示): in a history page 成立于1948年 is no news */
static const char *const recent_acts[] = {"成立", "选举", "选出", "表示", "指出", "强调",
                                          "要求", NULL};
static const char *const recent_words[] = {"近日", "日前", "昨日", "昨天", "今日", "今天",
                                           "近期", "上月", "本月", NULL};

/* The last position of any of words in s (its end), or 0. */
static size_t last_end(const char *s, size_t n, const char *const *words)
{
    size_t best = 0;
    for (size_t k = 0; words[k]; k++) {
        size_t wl = strlen(words[k]);
        for (size_t at = 0; at + wl <= n;) {
            size_t p = ps_find(s + at, n - at, words[k]);
            if (p == (size_t)-1)
                break;
            if (at + p + wl > best)
                best = at + p + wl;
            at += p + wl;
        }
    }
    return best;
}

int ps_kind_of_title(const char *s, size_t n)
{
    /* 工会组织有什么作用和职责, 什么是工会年度工作计划: a question answered
       on a reference page, whatever kind of document it names */
    /* (a question asked, ending the title; not 无论如何, nor a headline
       quoting one before its answer: 不再沿用公式？全总要求…) */
    if ((ps_has_any(s, n, (const char *const[]){"什么", "怎么", "如何", "为何", NULL}) &&
         ps_find(s, n, "无论如何") == (size_t)-1) ||
        ps_ends(s, n, "?") || ps_ends(s, n, "？"))
        return PS_KIND_OTHER;
    /* a chronicle, a yearbook's or an encyclopaedia's entry: many events,
       no one document (中国工会100年大事记, 《某县志》) */
    if (ps_has_any(s, n, (const char *const[]){"大事记", "年鉴", "百科", "志》", "要事", NULL}) ||
        ps_ends(s, n, "纪事"))
        return PS_KIND_OTHER;
    /* 关于印发《…工作要点》的通知 ends as a notice whatever it wraps */
    if (ps_ends(s, n, "通知") || ps_ends(s, n, "通报") || ps_ends(s, n, "决定") ||
        ps_ends(s, n, "决议") || ps_ends(s, n, "公告") || ps_ends(s, n, "函") ||
        (ps_find(s, n, "关于") == 0 && ps_has_any(s, n, notice_words)))
        return PS_KIND_NOTICE;
    /* 将于29日召开临时会员代表大会: a meeting convened, not reported */
    if (ps_find(s, n, "将于") != (size_t)-1 && ps_has_any(s, n, (const char *const[]){"召开", "举行", "举办", NULL}))
        return PS_KIND_NOTICE;
    /* 代表大会开幕词: the speech opening a meeting, not news of it */
    if (ps_ends(s, n, "开幕词") || ps_ends(s, n, "闭幕词") || ps_ends(s, n, "致辞") ||
        ps_ends(s, n, "讲话") || ps_ends(s, n, "主持词"))
        return PS_KIND_SPEECH;
    /* 山东实施集体协商…行动计划, 某市出台…办法: news of a plan, not the plan
       (实施方案, 实施意见 are plans' names) */
    size_t impl = ps_find(s, n, "实施");
    if (ps_has_any(s, n, (const char *const[]){"出台", "推出", NULL}) ||
        (impl != (size_t)-1 && impl > 0 &&
         !ps_starts_any(s + impl + 6, n - impl - 6,
                        (const char *const[]){"方案", "意见", "细则", "办法", "纲要", "计划", NULL})))
        return PS_KIND_NEWS;
    /* 某某在…代表大会开幕式上的讲话(专题): the speech, though 开幕 is named */
    if (ps_has_any(s, n, (const char *const[]){"上的讲话", "上的致辞", "上的主持词", "上的发言",
                                                NULL}))
        return PS_KIND_SPEECH;
    /* a headline reporting an act is news even when it names a report */
    if (ps_has_any(s, n, (const char *const[]){"召开", "举行", "举办", "胜利闭幕",
                                                "开幕", "明确", "部署", "听取", "启动",
                                                "连任", "当选", "谋划", "提出", NULL}))
        return PS_KIND_NEWS;
    if (ps_has_any(s, n, speech_words))
        return PS_KIND_SPEECH;
    if (ps_find(s, n, "工作报告") != (size_t)-1 || ps_ends(s, n, "报告"))
        return PS_KIND_REPORT;
    /* 2012年工作总结和2013年工作要点: the last kind word decides */
    size_t sum = last_end(s, n, summary_words), plan = last_end(s, n, plan_words);
    if (sum && sum > plan)
        return PS_KIND_SUMMARY;
    /* …总结及明年工作计划, 上半年工作总结及下半年工作计划: the plan is named
       only after the period the summary closes, which the text is mostly */
    if (sum && plan > sum &&
        ps_starts_any(s + sum, plan - sum, (const char *const[]){"和", "及", "暨", "与", NULL}) &&
        ps_has_any(s + sum, plan - sum,
                   (const char *const[]){"明年", "下半年", "下一年", "来年", "下阶段", NULL}))
        return PS_KIND_SUMMARY;
    if (plan)
        return PS_KIND_PLAN;
    if (ps_has_any(s, n, news_words))
        return PS_KIND_NEWS;
    return 0;
}

/* A day first: 3月15日, 12月3日. */
static int dated_opening(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0 || i > 2 || !ps_starts(s + i, n - i, "月"))
        return 0;
    size_t j = i + 3, d = j;
    /* 10月下旬，… */
    if (ps_starts_any(s + j, n - j, (const char *const[]){"上旬", "中旬", "下旬", NULL}))
        return 1;
    while (j < n && j < d + 2 && s[j] >= '0' && s[j] <= '9')
        j++;
    return j > d && (ps_starts(s + j, n - j, "日") || ps_starts(s + j, n - j, "至"));
}

/* Openings of news: a date or time word first (3月15日, 近日, 本报讯). */
static int news_opening(const char *s, size_t n)
{
    static const char *const openers[] = {"近日", "日前", "昨日", "昨天", "今天",
                                          "今日", "近期", "本报讯", "本网讯",
                                          "讯", "记者", "通讯员", "为", "为了",
                                          NULL};
    if (ps_starts_any(s, n, openers))
        return 1;
    /* M月D日 within the first few characters */
    size_t i = 0;
    while (i < n && i < 8 && s[i] >= '0' && s[i] <= '9')
        i++;
    return i > 0 && i <= 2 && ps_starts(s + i, n - i, "月");
}

/* A time word in a sentence: 3月15日, 5日, 今(18)日, 近日, 日前, 昨晚 … */
static int time_word(const char *s, size_t n)
{
    static const char *const words[] = {"近日", "日前", "昨日", "昨天", "昨晚", "今天",
                                        "今日", "近期", "上午", "下午", "晚上", "讯",
                                        "报道", "记者", "今(", "上月", "本月", NULL};
    if (ps_has_any(s, n, words))
        return 1;
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] >= '0' && s[i] <= '9' &&
            (ps_starts(s + i + 1, n - i - 1, "日") || ps_starts(s + i + 1, n - i - 1, "月")))
            return 1;
    return 0;
}

/* A name, then what it said: 郑某某要求, 张某表示: (two to four characters
   before the verb, a comma or colon right after it). */
static int reported_speech(const char *s, size_t n)
{
    static const char *const verbs[] = {"要求", "表示", "指出", "强调", NULL};
    for (size_t k = 0; verbs[k]; k++) {
        size_t p = ps_find(s, n < 24 ? n : 24, verbs[k]);
        if (p == (size_t)-1 || p < 6 || p > 12)
            continue;
        const char *after = s + p + 6;
        size_t left = n - p - 6;
        if (ps_has_any(s, p, ps_sentence_punct) || ps_find(s, p, "工会") != (size_t)-1)
            continue;
        if (ps_starts(after, left, ",") || ps_starts(after, left, ":") ||
            ps_starts(after, left, "，") || ps_starts(after, left, "："))
            return 1;
    }
    return 0;
}

/* Where a speech's address (同志们: 朋友们: 女士们、先生们:) ends its clause
   in s, or (size_t)-1. */
static size_t address_end(const char *s, size_t n)
{
    static const char *const words[] = {"同志们", "朋友们", "先生们", NULL};
    size_t best = (size_t)-1;
    for (size_t k = 0; words[k]; k++) {
        size_t p = ps_find(s, n, words[k]);
        if (p == (size_t)-1)
            continue;
        size_t after = p + strlen(words[k]);
        if ((ps_starts(s + after, n - after, ":") || ps_starts(s + after, n - after, "：")) &&
            after < best)
            best = after;
    }
    return best;
}

/*
 * A union at work, told: the first clause (after a purpose, 为…，) has a
 * union as its subject and a way of working as its verb (区总工会坚持以…,
 * 某街道工会认真抓好…, 某总工会以做强阵地为原则…) — a report of its
 * practice, which a union's site files as news.
 */
static int union_at_work(const char *s, size_t n)
{
    static const char *const ways[] = {"认真", "坚持", "以", "积极", "深入", "打造", "把",
                                       "紧紧", "围绕", "扎实", "切实", "着力", "聚焦",
                                       "立足", "不断", "始终", "充分", "大力", "创新",
                                       "开展", "推进", "探索", "构建", "建立", "推出",
                                       "持续", "强化", "着眼", "全力", NULL};
    size_t from = 0;
    if (ps_starts(s, n, "为")) {
        size_t c = ps_find(s, n, ",");
        if (c == (size_t)-1 || c > 150)
            return 0;
        from = c + 1;
    }
    size_t u = ps_find(s + from, n - from, "工会");
    if (u == (size_t)-1 || u > 60 || ps_has_any(s + from, u, ps_sentence_punct))
        return 0;
    size_t after = from + u + strlen("工会");
    return ps_starts_any(s + after, n - after, ways);
}

/*
 * A page a newspaper or a news site published: its top names the paper
 * (来源:石狮日报, 来源:人民铁道报, 本期出版日期, 第04版) or a reporter
 * (记者, 通讯员, 鲁网12月3日讯).  Such a page reports; what it reports is
 * news, however much of the past it tells (2014年以来，市总工会…).  A
 * template site's 来源:网络 is no paper.
 */
static int press_page(const ps_text *t)
{
    static const char *const marks[] = {"记者", "通讯员", "日讯", "出版日期", "第0", "版次",
                                        "新华社", NULL};
    static const char *const papers[] = {"报", "新闻", "电视", "广播", "网", NULL};
    size_t seen = 0;
    for (size_t li = 0; li < t->nlines && seen < 8; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        seen++;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s < 240 ? l->e - l->s : 240;
        if (ps_has_any(s, n, marks))
            return 1;
        size_t src = ps_find(s, n, "来源");
        if (src == (size_t)-1)
            continue;
        size_t e = src + 6;
        /* (来源: 澳门日报: the label's colon and blanks first) */
        while (e < n && (s[e] == ':' || s[e] == ' '))
            e++;
        if (ps_starts(s + e, n - e, "："))
            e += 3;
        while (e < n && e < src + 40 && s[e] != ' ' && s[e] != '|')
            e++;
        if (ps_has_any(s + src, e - src, papers) &&
            !ps_has_any(s + src, e - src, (const char *const[]){"网络", "互联网", "本网", NULL}))
            return 1;
    }
    return 0;
}

/* We, our: a body writing of itself, as a summary does. */
static int first_person(const ps_text *t)
{
    static const char *const we[] = {"我们", "我会", "本会", "我局", "我校", "我院", "我公司",
                                     NULL};
    size_t bytes = 0;
    for (size_t li = 0; li < t->nlines && bytes < 1200; li++) {
        const ps_line *l = &t->lines[li];
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        /* (outside quotation marks: a worker quoted in news says 我们 too) */
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        for (size_t i = 0; i < n;) {
            size_t open = ps_find(s + i, n - i, "“");
            size_t end = open == (size_t)-1 ? n : i + open;
            if (ps_has_any(s + i, end - i, we))
                return 1;
            if (open == (size_t)-1)
                break;
            size_t close = ps_find(s + end, n - end, "”");
            if (close == (size_t)-1)
                break;
            i = end + close + strlen("”");
        }
        bytes += n;
    }
    return 0;
}

/* Occurrences of any of words in s. */
static size_t count_any(const char *s, size_t n, const char *const *words)
{
    size_t c = 0;
    for (size_t k = 0; words[k]; k++) {
        size_t wl = strlen(words[k]);
        for (size_t at = 0; at + wl <= n;) {
            size_t p = ps_find(s + at, n - at, words[k]);
            if (p == (size_t)-1)
                break;
            c++;
            at += p + wl;
        }
    }
    return c;
}

/*
 * Plan or summary, by tense: a summary tells what was done (开展了, 取得,
 * 一年来), a plan what is to be done (要, 将, 力争).  Over the first
 * paragraphs of the text; 0 when neither clearly.
 */
static int tense_kind(const ps_text *t)
{
    static const char *const past[] = {"了", "一年来", "以来", "取得", "过去的一年", "回顾",
                                       NULL};
    static const char *const future[] = {"要", "将", "力争", "计划", "拟", "努力", "确保",
                                         NULL};
    size_t p = 0, f = 0, bytes = 0;
    for (size_t li = 0; li < t->nlines && bytes < 2400; li++) {
        const ps_line *l = &t->lines[li];
        if (l->flags & PS_LINE_BOILER)
            continue;
        p += count_any(t->fold + l->s, l->e - l->s, past);
        f += count_any(t->fold + l->s, l->e - l->s, future);
        bytes += l->e - l->s;
    }
    if (p >= 3 && p * 2 > f * 3)
        return PS_KIND_SUMMARY;
    if (f >= 3 && f > p)
        return PS_KIND_PLAN;
    return 0;
}

int ps_title_only(const ps_text *t, size_t tlen)
{
    size_t lines = 0, only = 0;
    for (size_t li = 0; li < t->nlines && lines < 2; li++)
        if (!(t->lines[li].flags & PS_LINE_BOILER) && t->lines[li].e > t->lines[li].s)
            lines++, only = li;
    return lines == 1 && t->lines[only].e - t->lines[only].s <= tlen + 12;
}

static int kind_find(const ps_text *t, const char *title, size_t tlen, size_t *es,
                     size_t *ee);

/* Plans about anything but a union (实施方案 of a hospital group) are other
   documents in a union corpus. */
/* One of the first three lines of content names whom the text is sent to
   and ends in a colon (所属各分会:, 各基层工会：): a notice's address (a
   letter or a speech addresses people: 全国各族职工:, 各位代表:). */
static int addressed(const ps_text *t)
{
    for (size_t li = 0, seen = 0; li < t->nlines && seen < 3; li++) {
        const ps_line *l = &t->lines[li];
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        seen++;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (n <= 120 && (ps_ends(s, n, ":") || ps_ends(s, n, "：")) &&
            ps_find(s, n, "各") != (size_t)-1 && !ps_has_any(s, n, (const char *const[]){"。", "同志", "代表", "朋友", "来宾", "职工",
                                                       "会员", NULL}))
            return 1;
    }
    return 0;
}

/* Does a clause of the opening's first sentence start with a body named by
   its place (今年以来，宁国市总工会…), not by its tier alone (县总工会, as a
   body's own summary names itself) nor after a verb (根据市总工会…)? */
static int names_body_early(const ps_text *t, size_t os, size_t oe)
{
    const char *s = t->fold + os;
    size_t n = oe - os, dot = ps_find(s, n, "。");
    if (dot != (size_t)-1)
        n = dot;
    size_t u = ps_find(s, n, "总工会");
    if (u == (size_t)-1 || u < 9)
        return 0;
    const char *tier = s + u - 3;
    if (!(ps_starts(tier, 3, "市") || ps_starts(tier, 3, "县") || ps_starts(tier, 3, "区") ||
          ps_starts(tier, 3, "省") || ps_starts(tier, 3, "州") || ps_starts(tier, 3, "旗")))
        return 0;
    /* back over the name to the clause's start: two to six characters */
    size_t b = u - 3, chars = 0;
    while (b >= 3 && chars < 7) {
        uint32_t cp;
        ps_u8_next(s + b - 3, 3, &cp);
        if (cp < 0x4E00 || cp > 0x9FFF)
            break;
        b -= 3, chars++;
    }
    if (chars < 2 || chars > 6 || (b > 0 && !ps_ends(s, b, "，") && !ps_ends(s, b, ",")))
        return 0;
    return !ps_starts_any(s + b, u - 3 - b,
                          (const char *const[]){"根据", "按照", "在", "经", "由", "向", "对", "与",
                                                "和", "受", "全", "本", "我", "该", "各", NULL});
}

/* A journal article's catalogue marks ([中图分类号], [文献标识码]) among the
   first lines: an article, other, whatever it studies.  (A database's
   论文部分内容阅读 excerpt or a forum thread retells a speech or news as often,
   and the readers labelled what they retell.) */
static int journal_article(const ps_text *t)
{
    static const char *const marks[] = {"中图分类号", "文献标识码", NULL};
    for (size_t li = 0, seen = 0; li < t->nlines && seen < 6; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        seen++;
        if (ps_has_any(t->fold + l->s, l->e - l->s, marks))
            return 1;
    }
    return 0;
}

/* Does the sentence after the opening's first, or the next line of prose,
   start with a day (日前, 近日, 8月27日)?  [os, oe) is the opening's line. */
static int recent_next(const ps_text *t, size_t os, size_t oe)
{
    static const char *const days[] = {"日前", "近日", "昨日", "昨天", "今日", "近期", NULL};
    const char *s = t->fold + os;
    size_t n = oe - os, dot = ps_find(s, n, "。");
    if (dot != (size_t)-1 && dot + 3 < n) {
        const char *r = s + dot + 3;
        size_t rn = n - dot - 3;
        if (ps_starts_any(r, rn, days) || dated_opening(r, rn))
            return 1;
    }
    for (size_t li = 0; li < t->nlines; li++) {
        const ps_line *l = &t->lines[li];
        if (l->s < oe || (l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        const char *r = t->fold + l->s;
        size_t rn = l->e - l->s;
        return ps_starts_any(r, rn, days) || dated_opening(r, rn);
    }
    return 0;
}

/* 在…会议上的讲话 or 致辞 before any sentence ends: a speech's own title. */
static int speech_head(const char *s, size_t n)
{
    size_t stop = n;
    for (size_t k = 0; ps_sentence_punct[k]; k++) {
        size_t p = ps_find(s, stop, ps_sentence_punct[k]);
        if (p != (size_t)-1 && p < stop)
            stop = p;
    }
    return ps_has_any(s, stop, (const char *const[]){"上的讲话", "上的致辞", "上的主持词",
                                                     "上的发言", NULL});
}

/* Before the first mark of a clause: a summary's own name (工作总结,
   工作汇报, 述职报告), not a meeting held about one (召开2015年工作总结会). */
static int summary_head(const char *s, size_t n)
{
    size_t stop = n;
    for (size_t k = 0; ps_sentence_punct[k]; k++) {
        size_t p = ps_find(s, stop, ps_sentence_punct[k]);
        if (p != (size_t)-1 && p < stop)
            stop = p;
    }
    size_t colon = ps_find(s, stop, ":");
    if (colon != (size_t)-1)
        stop = colon;
    static const char *const names[] = {"工作总结", "工作汇报", "述职报告", NULL};
    for (size_t k = 0; names[k]; k++) {
        size_t p = ps_find(s, stop, names[k]);
        if (p == (size_t)-1)
            continue;
        size_t e = p + strlen(names[k]);
        if (ps_starts_any(s + e, stop - e, (const char *const[]){"会", "大会", "暨", "座谈", NULL}) ||
            ps_has_any(s, stop, (const char *const[]){"召开", "举行", "举办", NULL}))
            return 0;
        return 1;
    }
    return 0;
}

/* The first sentence tells when the body was founded (我校工会成立于1961年,
   本会于1990年成立): a page about the body, not news of its work. */
static int founded_opening(const char *s, size_t n)
{
    size_t p = ps_find(s, n, "成立于");
    if (p != (size_t)-1 && p < 60) {
        /* (成立于1950年的澳门工会联合总会即将…: a clause about it, in news) */
        size_t y = ps_find(s + p, n - p < 40 ? n - p : 40, "年");
        return y == (size_t)-1 || !ps_starts(s + p + y + 3, n - p - y - 3, "的");
    }
    return (ps_starts(s, n, "本会于") || ps_starts(s, n, "该会于")) &&
           ps_find(s, n, "成立") != (size_t)-1;
}

/* Is the first line of prose below the title a dated report of a meeting
   held (2月28日上午，省总工会召开…全委会)?  A plan's text opens with its aims. */
static int meeting_news_below(const ps_text *t, const char *title, size_t tlen)
{
    int below = 0; /* the title stands in the page's first lines, above */
    for (size_t li = 0, seen = 0; li < t->nlines && seen < 4; li++) {
        const ps_line *l = &t->lines[li];
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        seen++;
        if (tlen <= n && ps_find(s, n, title) != (size_t)-1) {
            below = 1;
            continue;
        }
        if (!below)
            continue;
        size_t end = ps_find(s, n, "。");
        if (end == (size_t)-1)
            end = n;
        return dated_opening(s, n) &&
               ps_has_any(s, end, (const char *const[]){"召开", "举行", NULL});
    }
    return 0;
}

int ps_kind_find(const ps_text *t, const char *title, size_t tlen, size_t *es,
                 size_t *ee)
{
    int k = kind_find(t, title, tlen, es, ee);
    if (k != PS_KIND_PLAN)
        return k;
    static const char *const unions[] = {"工会", "职工", "全总", "工联", "劳工", NULL};
    if (title && ps_has_any(title, tlen, unions))
        return k;
    size_t bytes = 0;
    for (size_t li = 0; li < t->nlines && bytes < 900; li++) {
        const ps_line *l = &t->lines[li];
        if (ps_has_any(t->fold + l->s, l->e - l->s, unions))
            return k;
        bytes += l->e - l->s;
    }
    return PS_KIND_OTHER;
}

static int kind_find(const ps_text *t, const char *title, size_t tlen, size_t *es,
                     size_t *ee)
{
    *es = *ee = 0;
    /* 关于印发《…工作要点》的通知 opening the text: a notice, though the
       title given is the plan it wraps */
    int about = 0; /* a line opening 关于 …, perhaps ending on the next */
    for (size_t li = 0, seen = 0; li < t->nlines && seen < 4; li++) {
        const ps_line *l = &t->lines[li];
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        seen++;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (ps_starts(s, n, "关于"))
            about = 2;
        if (about && ps_ends(s, n, "通知")) {
            *es = l->s, *ee = l->e;
            return PS_KIND_NOTICE;
        }
        about = about ? about - 1 : 0;
    }
    /* a page that is its title alone (a site's tag page) is no document */
    if (title && ps_title_only(t, tlen))
        return PS_KIND_OTHER;
    /* a journal article, whatever it studies */
    if (journal_article(t))
        return PS_KIND_OTHER;
    if (title) {
        int k = ps_kind_of_title(title, tlen);
        /* a headline that sounds like a plan (省总工会今年要做实十项重点工作)
           over a dated report of a meeting (2月28日上午，省总工会召开…): news */
        if (k == PS_KIND_PLAN && meeting_news_below(t, title, tlen))
            return PS_KIND_NEWS;
        if (k)
            return k;
    }
    /* the first content lines */
    size_t seen = 0, numbered = 0;
    int first_kind = 0;
    for (size_t li = 0; li < t->nlines && seen < 12; li++) {
        const ps_line *l = &t->lines[li];
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        /* an inline image (<image>data:…) or a photo credit (图:市政府/提供)
           stands above the article, not in it */
        /* (a site's about-us blurb, 某省总工会简介…, stands beside the
           article) */
        size_t intro = ps_find(s, n < 60 ? n : 60, "简介");
        if (intro != (size_t)-1 && intro >= 6 && ps_find(s, intro, "工会") != (size_t)-1)
            continue;
        /* (a forum's sign-in prompt: 您需要登录才可以下载或查看,没有账号?注册) */
        if ((n < 150 && ps_find(s, n, "登录") != (size_t)-1 && ps_find(s, n, "注册") != (size_t)-1) ||
            ps_starts(s, n, "<image>") || ps_starts(s, n, "data:") ||
            (n < 150 && (ps_find(s, n, "图:") != (size_t)-1 || ps_find(s, n, "图/") != (size_t)-1 ||
                         ps_ends(s, n, "摄)") || ps_ends(s, n, "摄）"))))
            continue;
        seen++;
        /* the first line of prose (a headline or a banner may stand above) */
        if (!first_kind && !*ee && (seen == 1 || ps_find(s, n, "。") != (size_t)-1 ||
                                    ps_find(s, n, ",") != (size_t)-1)) {
            int lead = 0; /* 【本报讯】 [Newtalk新闻] 【特讯】: a news agency's lead */
            while (ps_starts(s, n, "【") || ps_starts(s, n, "[")) {
                size_t close = ps_find(s, n, ps_starts(s, n, "[") ? "]" : "】");
                if (close == (size_t)-1)
                    break;
                if (ps_has_any(s, close, (const char *const[]){"讯", "消息", "新闻", "报道",
                                                               "记者", NULL}))
                    lead = 1;
                close += ps_starts(s, n, "[") ? 1 : 3;
                s += close, n -= close;
            }
            /* (<正>: a journal database's mark before an article's first words) */
            if (ps_starts(s, n, "<正>"))
                s += 5, n -= 5;
            /* a local paper's dateline, 峄城讯 8月27日，… or 某某网讯 (a blank
               after it): a lead like 【本报讯】 */
            size_t xun = ps_find(s, n < 30 ? n : 30, "讯");
            if (xun != (size_t)-1 && xun >= 6 && !ps_has_any(s, xun, ps_sentence_punct) &&
                ps_find(s, xun, "通讯") == (size_t)-1) {
                size_t k = xun + 3;
                while (k < n && (s[k] == ' ' || s[k] == '|'))
                    k++;
                if (k > xun + 3 || dated_opening(s + k, n - k) || ps_starts(s + k, n - k, "(") ||
                    ps_starts(s + k, n - k, "（")) {
                    lead = 1;
                    s += k, n -= k;
                }
            }
            *es = l->s, *ee = l->e;
            /* a question heading a page (中国工会是怎么产生的?) is a
               reference page's, whatever the answer tells */
            if (seen == 1 && !title && n <= 120 && ps_find(s, n, "。") == (size_t)-1 &&
                ps_kind_of_title(s, n) == PS_KIND_OTHER) {
                first_kind = PS_KIND_OTHER;
                continue;
            }
            /* a headline, even one with a comma (工会送礼,温暖过年): look on
               for the first prose line */
            if (seen == 1 && (!ps_has_any(s, n, ps_sentence_punct) ||
                              (title && n == tlen && memcmp(s, title, n) == 0) ||
                              (n <= 90 && ps_find(s, n, "。") == (size_t)-1)))
                *ee = 0;
            /* the first two sentences */
            size_t first_sentence = ps_find(s, n, "。");
            size_t fs = first_sentence == (size_t)-1 ? n : first_sentence;
            if (fs < n) {
                size_t second = ps_find(s + fs + 3, n - fs - 3, "。");
                fs = second == (size_t)-1 ? n : fs + 3 + second;
            }
            /* (a title glued to the address: …主持词同志们:现在开会) */
            size_t comrades = address_end(s, n);
            if (ps_starts(s, n, "同志们") || ps_starts(s, n, "各位代表") ||
                ps_starts(s, n, "各位委员") || ps_starts(s, n, "尊敬的") ||
                (comrades != (size_t)-1 && comrades < 120 &&
                 !ps_has_any(s, comrades, ps_sentence_punct)))
                first_kind = ps_find(s, fs, "报告") != (size_t)-1 ? PS_KIND_REPORT
                                                                : PS_KIND_SPEECH;
            /* a speech's title glued to its text: 在公司工会成立大会上的讲话稿… */
            else if (ps_starts(s, n, "在") && speech_head(s, n < 120 ? n : 120))
                first_kind = PS_KIND_SPEECH;
            /* a summary's title glued to its text: 1东辽县总工会2010年工作总结县委:…,
               街道工会1-8月份工作汇报根据… */
            else if (summary_head(s, n < 150 ? n : 150))
                first_kind = PS_KIND_SUMMARY;
            /* an about page: 我校工会成立于1961年，… */
            else if (founded_opening(s, fs))
                first_kind = PS_KIND_OTHER;
            else if (ps_starts(s, n, "各") && (ps_ends(s, n, ":") || ps_ends(s, n, "：")))
                first_kind = PS_KIND_NOTICE;
            else if (ps_find(s, fs, "现将") != (size_t)-1 || ps_find(s, n, "通知如下") != (size_t)-1)
                first_kind = PS_KIND_NOTICE;
            /* a day, then what happened on it: 7月17日，某市总工会副主席带领… */
            else if (dated_opening(s, n) || lead)
                first_kind = PS_KIND_NEWS;
            /* a passage from a meeting's report: 会上，… 会议指出… */
            /* (会议表彰了…, 大会听取了…: what a meeting did, its news) */
            else if (ps_starts_any(s, n, (const char *const[]){"会上", "会议指出", "会议强调",
                                                               "会议要求", "会议认为", "会前",
                                                               "仪式上", "活动中", "会议表彰",
                                                               "会议传达", "会议听取", "会议审议",
                                                               "会议通报", "会议选举", "会议通过",
                                                               "会议号召", "会议宣读", "大会听取",
                                                               "大会审议", "大会选举", "大会表彰",
                                                               "大会通过", NULL}))
                first_kind = PS_KIND_NEWS;
            /* what someone said, reported: 郑某要求,要… (a name, then the verb) */
            else if (reported_speech(s, n) ||
                     (ps_has_any(s, fs, recent_words) && ps_has_any(s, fs, recent_acts)))
                first_kind = PS_KIND_NEWS;
            else if ((news_opening(s, n) || time_word(s, fs) ||
                      ps_find(s, fs, "召开") != (size_t)-1 ||
                      ps_find(s, fs, "举行") != (size_t)-1) &&
                     ps_has_any(s, fs, news_words))
                first_kind = PS_KIND_NEWS;
            /* a union doing something: 易县总工会开展送温暖慰问活动 */
            else if (ps_find(s, fs, "工会") != (size_t)-1 &&
                     ps_has_any(s, fs, (const char *const[]){"开展", "举办", "组织开展",
                                                              "慰问", "走访", NULL}) &&
                     ps_has_any(s, fs, (const char *const[]){"活动", "慰问", NULL}))
                first_kind = PS_KIND_NEWS;
            else if (ps_find(s, fs, "一年来") != (size_t)-1 ||
                     ps_find(s, fs, "一年以来") != (size_t)-1 ||
                     ps_find(s, fs, "今年以来") != (size_t)-1 ||
                     ps_starts(s, n, "回顾"))
                first_kind = PS_KIND_SUMMARY;
        }
        /* the address a speech opens with, below its title, date and
           speaker (同志们: on a line of its own, or 各位代表…朋友们:) */
        if (!first_kind && seen > 1 && (ps_starts(s, n, "同志们") ||
                                        (address_end(s, n) != (size_t)-1 &&
                                         address_end(s, n) + 4 >= n)))
            first_kind = PS_KIND_SPEECH;
        if (ps_starts(s, n, "一、") || ps_starts(s, n, "(一)") || ps_starts(s, n, "（一）") ||
            ps_starts(s, n, "二、") || ps_starts(s, n, "1.") || ps_starts(s, n, "1、"))
            numbered++;
    }
    /* …通知如下, 特此通知 in the first lines: a notice, whatever opens it */
    for (size_t li = 0, k = 0; (!first_kind || first_kind == PS_KIND_NEWS) && li < t->nlines && k < 8;
         li++) {
        const ps_line *l = &t->lines[li];
        if ((l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        k++;
        if (ps_has_any(t->fold + l->s, l->e - l->s,
                       (const char *const[]){"通知如下", "特此通知", NULL}))
            first_kind = PS_KIND_NOTICE;
    }
    /* an opening that sets a scene (春运开始了，…) before the news: the next
       sentence or line of prose starts with its day (日前，某市总工会…) */
    if (!first_kind && *ee > *es && recent_next(t, *es, *ee))
        first_kind = PS_KIND_NEWS;
    /* an addressee line among the first lines (所属各分会:, 市局各科,…各科:):
       a notice to them */
    if ((!first_kind || first_kind == PS_KIND_NEWS) && addressed(t))
        first_kind = PS_KIND_NOTICE;
    int press = -1; /* not yet asked */
    if (first_kind == PS_KIND_SUMMARY && !first_person(t) && (press = press_page(t)))
        return PS_KIND_NEWS;
    /* 今年以来，宁国市总工会新建了…: a named body's work told in the third
       person, by whoever reports it (a summary says 我们, or opens with its
       own title) */
    if (first_kind == PS_KIND_SUMMARY && !title && !first_person(t) && names_body_early(t, *es, *ee))
        return PS_KIND_NEWS;
    if (first_kind)
        return first_kind;
    if (*ee < *es)
        *ee = *es;
    /* a plan's passage: numbered items of what is to be done; a summary's
       tell what was done */
    const char *s0 = t->fold + *es;
    size_t n0 = *ee - *es;
    int tense = tense_kind(t);
    if (press < 0)
        press = press_page(t);
    /* (a paper printing a plan prints its numbered items) */
    if (press && (tense != PS_KIND_SUMMARY || !first_person(t)) &&
        !(tense == PS_KIND_PLAN && numbered))
        return PS_KIND_NEWS;
    if (tense == PS_KIND_SUMMARY)
        return tense;
    if (union_at_work(s0, n0) && tense != PS_KIND_PLAN)
        return PS_KIND_NEWS;
    /* numbered items of what is to be done, or an opening that sets out a
       year's aims; an encyclopaedia page or a case study has neither */
    if (tense == PS_KIND_PLAN &&
        (numbered || ps_find(s0, n0, "指导思想") != (size_t)-1 ||
         ps_find(s0, n0, "工作要点") != (size_t)-1 || ps_find(s0, n0, "工作计划") != (size_t)-1 ||
         ps_find(s0, n0, "工作思路") != (size_t)-1))
        return PS_KIND_PLAN;
    /* prose nothing above placed, on a page its site dated: a site's news */
    if (seen && ps_page_dated(t))
        return PS_KIND_NEWS;
    return seen ? PS_KIND_OTHER : 0;
}
