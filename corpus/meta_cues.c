/*
 * Cues to a page's kind in its opening lines and its furniture: a day
 * first (3月15日，…), a paper's marks, an address (同志们:), a name glued
 * to its text (…工作总结县委:), the tense of the first paragraphs.  Each
 * says one thing about the page; meta_kind.c weighs them in order.
 * All on folded text.
 */
#include "corpus_int.h"

#include <string.h>

/* A day first: 3月15日, 12月3日. */
int ps_cue_dated_opening(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && i < 3 && s[i] >= '0' && s[i] <= '9')
        i++;
    size_t digits = i;
    /* (11 月 10 日，…: a typesetter's blanks around the numbers) */
    if (i < n && s[i] == ' ')
        i++;
    if (digits == 0 || digits > 2 || !ps_starts(s + i, n - i, "月"))
        return 0;
    size_t j = i + 3;
    if (j < n && s[j] == ' ')
        j++;
    size_t d = j;
    /* 10月下旬，… */
    if (ps_starts_any(s + j, n - j, (const char *const[]){"上旬", "中旬", "下旬", NULL}))
        return 1;
    while (j < n && j < d + 2 && s[j] >= '0' && s[j] <= '9')
        j++;
    size_t e = j;
    if (e < n && s[e] == ' ')
        e++;
    return j > d && (ps_starts(s + e, n - e, "日") || ps_starts(s + e, n - e, "至"));
}

/* Openings of news: a date or time word first (3月15日, 近日, 本报讯). */
int ps_cue_news_opening(const char *s, size_t n)
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
int ps_cue_time_word(const char *s, size_t n)
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
int ps_cue_reported_speech(const char *s, size_t n)
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
/* A work report's title glued to its text: …工会委员会工作报告 梅兵 各位代表:
   我代表…向大会报告过去五年的工作 — delegates addressed, then the report
   given to their congress (a speech addresses them too, but gives none). */
int ps_cue_report_head(const char *s, size_t n)
{
    size_t a = ps_find(s, n < 400 ? n : 400, "各位代表");
    if (a == (size_t)-1)
        return 0;
    size_t rest = n - a < 600 ? n - a : 600;
    size_t to = ps_find(s + a, rest, "向大会");
    return to != (size_t)-1 && ps_starts_any(s + a + to + 9, rest - to - 9,
                                             (const char *const[]){"报告", "作报告", "作工作报告",
                                                                   NULL});
}

size_t ps_cue_address_end(const char *s, size_t n)
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
int ps_cue_union_at_work(const char *s, size_t n)
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
int ps_cue_press_page(const ps_text *t)
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
int ps_cue_first_person(const ps_text *t)
{
    static const char *const we[] = {"我们", "我会", "本会", "我局", "我校", "我院", "我公司",
                                     NULL};
    size_t bytes = 0;
    for (size_t li = ps_text_content(t, 0); li < t->nlines && bytes < 1200;
         li = ps_text_content(t, li + 1)) {
        const ps_line *l = &t->lines[li];
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

/*
 * Plan or summary, by tense: a summary tells what was done (开展了, 取得,
 * 一年来), a plan what is to be done (要, 将, 力争).  Over the first
 * paragraphs of the text; 0 when neither clearly.
 */
int ps_cue_tense_kind(const ps_text *t)
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
        p += ps_occurrences(t->fold + l->s, l->e - l->s, past, NULL);
        f += ps_occurrences(t->fold + l->s, l->e - l->s, future, NULL);
        bytes += l->e - l->s;
    }
    if (p >= 3 && p * 2 > f * 3)
        return PS_KIND_SUMMARY;
    if (f >= 3 && f > p)
        return PS_KIND_PLAN;
    return 0;
}

/* One of the first three lines of content names whom the text is sent to
   and ends in a colon (所属各分会:, 各基层工会：): a notice's address (a
   letter or a speech addresses people: 全国各族职工:, 各位代表:). */
int ps_cue_addressed(const ps_text *t)
{
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 3;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
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
int ps_cue_names_body_early(const ps_text *t, size_t os, size_t oe)
{
    const char *s = t->fold + os;
    size_t n = oe - os, dot = ps_find(s, n, "。");
    if (dot != (size_t)-1)
        n = dot;
    size_t u = ps_find(s, n, "总工会");
    if (u == (size_t)-1 || u < 9)
        return 0;
    const char *tier = s + u - 3;
    /* (a street's or a town's too: 东城区东花市街道总工会, up to ten characters) */
    int town = ps_starts(tier, 3, "道") || ps_starts(tier, 3, "镇") || ps_starts(tier, 3, "乡");
    if (!(ps_starts(tier, 3, "市") || ps_starts(tier, 3, "县") || ps_starts(tier, 3, "区") ||
          ps_starts(tier, 3, "省") || ps_starts(tier, 3, "州") || ps_starts(tier, 3, "旗") || town))
        return 0;
    size_t most = town ? 10 : 6;
    /* back over the name to the clause's start: two to six characters */
    size_t b = u - 3, chars = 0;
    while (b >= 3 && chars < most + 1) {
        uint32_t cp;
        ps_u8_next(s + b - 3, 3, &cp);
        if (cp < 0x4E00 || cp > 0x9FFF)
            break;
        b -= 3, chars++;
    }
    if (chars < 2 || chars > most || (b > 0 && !ps_ends(s, b, "，") && !ps_ends(s, b, ",")))
        return 0;
    return !ps_starts_any(s + b, u - 3 - b,
                          (const char *const[]){"根据", "按照", "在", "经", "由", "向", "对", "与",
                                                "和", "受", "全", "本", "我", "该", "各", NULL});
}

/*
 * A journal's marks among a page's first lines, in one pass: *codes, its
 * catalogue codes ([中图分类号], [文献标识码]) in the first six; *record,
 * the database's record (网络出版时间, 网络首发) or the journal's own voice
 * (卷首语, 本刊编辑部, 本刊评论员) in the first six, or an abstract and key
 * words (摘要 with 关键词) in the first ten.
 */
static void journal_marks(const ps_text *t, int *codes, int *record)
{
    static const char *const code_marks[] = {"中图分类号", "文献标识码", NULL};
    static const char *const record_marks[] = {"网络出版时间", "网络首发", "卷首语",
                                               "本刊编辑部", "本刊评论员", NULL};
    int abstract = 0, keywords = 0;
    *codes = *record = 0;
    for (size_t li = 0, seen = 0; li < t->nlines && seen < 10; li++) {
        const ps_line *l = &t->lines[li];
        if (l->e == l->s)
            continue;
        seen++;
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (seen <= 6) {
            *codes |= ps_has_any(s, n, code_marks);
            *record |= ps_has_any(s, n, record_marks);
        }
        abstract |= ps_find(s, n, "摘要") != (size_t)-1;
        keywords |= ps_find(s, n, "关键词") != (size_t)-1;
    }
    *record |= abstract && keywords;
}

/* The catalogue codes: an article, other, whatever it studies.  (A
   database's 论文部分内容阅读 excerpt or a forum thread retells a speech or
   news as often, and the readers labelled what they retell.) */
int ps_cue_journal_article(const ps_text *t)
{
    int codes, record;
    journal_marks(t, &codes, &record);
    return codes;
}

/* The record or the journal's voice: an article dated as news is, by the
   date printed on it (meta.c), but no union's document: its kind is other. */
int ps_cue_journal_record(const ps_text *t)
{
    int codes, record;
    journal_marks(t, &codes, &record);
    return record;
}

/* A yearbook's entry among the first lines: 【概况】…, or a bracketed entry
   heading followed by its date (【市总工会表彰…好事】6月14日，…,
   【劳模表彰与关怀】2021年，…) — many events of a year, no one document.  A
   news agency's lead in brackets (【本报讯】, 【记者某某报道】) is not one.
   *year: the year the entry opens on (【概况】2015年，…: the year it
   reviews), or 0; *line: the entry's line. */
int ps_cue_yearbook_entry(const ps_text *t, int *year, size_t *line)
{
    *year = 0;
    static const char *const news_lead[] = {"讯", "报", "消息", "记者", "新闻", "打印", "字",
                                            "图", "收藏", "纠错", NULL};
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 4;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (!ps_starts(s, n, "【"))
            continue;
        size_t close = ps_find(s, n < 90 ? n : 90, "】");
        if (close == (size_t)-1 || ps_has_any(s + 3, close - 3, news_lead))
            continue;
        size_t a = close + 3, len;
        while (a < n && s[a] == ' ')
            a++;
        int y = ps_year_at(s + a, n - a, 0, &len);
        *line = li;
        if (y && ps_starts_any(s + a + len, n - a - len, (const char *const[]){",", "，", NULL})) {
            *year = y;
            return 1;
        }
        if ((close == 9 && ps_has_any(s + 3, 6, (const char *const[]){"概况", "综述", "概述",
                                                                     "简况", NULL})) ||
            ps_cue_dated_opening(s + a, n - a))
            return 1;
    }
    return 0;
}

/* An encyclopaedia's article: its site's words among the first six lines
   (维基百科，自由的百科全书, 来自维基百科, 百度百科), furniture lines
   included, as the site's words are its furniture. */
int ps_cue_encyclopaedia(const ps_text *t)
{
    for (size_t li = 0; li < t->nlines && li < 6; li++) {
        const ps_line *l = &t->lines[li];
        if (ps_has_any(t->fold + l->s, l->e - l->s,
                       (const char *const[]){"维基百科", "百度百科", "互动百科", "自由的百科全书",
                                             NULL}))
            return 1;
    }
    return 0;
}

/* A chronicle's or a local gazetteer's section (县志, 工会志, 大事记, a
   retrospective): its opening tells a year before 2000, and the years it
   writes span a decade or more, all before the corpus's years (1958年…
   首届会员代表大会…至1985年共召开八次) — the history of a body, no one
   document of a year.  News of today that recalls a founding (始于1985年,
   全总成立100周年) writes today's years as well. */
int ps_cue_chronicle(const ps_text *t)
{
    int first = 0, lo = 9999, hi = 0, distinct[3] = {0, 0, 0};
    size_t nd = 0, bytes = 0;
    for (size_t li = ps_text_content(t, 0); li < t->nlines && bytes < 3000;
         li = ps_text_content(t, li + 1)) {
        const ps_line *l = &t->lines[li];
        bytes += l->e - l->s;
        size_t at, len;
        for (size_t i = l->s; i < l->e; i += at + len) {
            int y = ps_year_find(t->fold + i, l->e - i, 0, &at, &len);
            if (!y)
                break;
            if (!first)
                first = y;
            /* (most pages open on a year of their own: nothing to scan on) */
            if (first >= 2000)
                return 0;
            lo = y < lo ? y : lo, hi = y > hi ? y : hi;
            int seen = 0;
            for (size_t k = 0; k < nd; k++)
                seen |= distinct[k] == y;
            if (!seen && nd < 3)
                distinct[nd++] = y;
        }
    }
    /* (any first year got here is before 2000) */
    return nd == 3 && hi - lo >= 10 && hi < 2008;
}

/* Does the sentence after the opening's first, or the next line of prose,
   start with a day (日前, 近日, 8月27日)?  [os, oe) is the opening's line. */
int ps_cue_recent_next(const ps_text *t, size_t os, size_t oe)
{
    static const char *const days[] = {"日前", "近日", "昨日", "昨天", "今日", "近期", NULL};
    const char *s = t->fold + os;
    size_t n = oe - os, dot = ps_find(s, n, "。");
    if (dot != (size_t)-1 && dot + 3 < n) {
        const char *r = s + dot + 3;
        size_t rn = n - dot - 3;
        if (ps_starts_any(r, rn, days) || ps_cue_dated_opening(r, rn))
            return 1;
    }
    for (size_t li = 0; li < t->nlines; li++) {
        const ps_line *l = &t->lines[li];
        if (l->s < oe || (l->flags & PS_LINE_BOILER) || l->e == l->s)
            continue;
        const char *r = t->fold + l->s;
        size_t rn = l->e - l->s;
        return ps_starts_any(r, rn, days) || ps_cue_dated_opening(r, rn);
    }
    return 0;
}

/* 在…会议上的讲话 or 致辞 before any sentence ends: a speech's own title. */
int ps_cue_speech_head(const char *s, size_t n)
{
    size_t stop = ps_find_first(s, n, ps_sentence_punct);
    return ps_has_any(s, stop, (const char *const[]){"上的讲话", "上的致辞", "上的主持词",
                                                     "上的发言", NULL});
}

/* A speech by its opening words: a title ending 主持词, 讲话 or 致辞 glued
   to the address that follows it (…工作会议主持词各位领导、同志们:), the
   chair's opening formula (各位代表: …大会现在召开, 现在开会), or the speaker
   opening the meeting (今天，我们隆重召开…代表大会). */
int ps_cue_speech_opening(const char *s, size_t n)
{
    size_t head = n < 240 ? n : 240;
    static const char *const names[] = {"主持词", "讲话", "致辞", "开幕词", "闭幕词", NULL};
    for (size_t k = 0; names[k]; k++) {
        size_t p = ps_find(s, head, names[k]);
        if (p == (size_t)-1 || ps_has_any(s, p, ps_sentence_punct))
            continue;
        size_t e = p + strlen(names[k]);
        /* (作重要讲话: a headline's; 讲话稿 in a site's menu) */
        if (ps_ends_any(s, p, (const char *const[]){"重要", "作", "发表", NULL}) ||
            ps_starts(s + e, n - e, "稿"))
            continue;
        size_t rest = n - e < 150 ? n - e : 150;
        size_t addr = ps_find_first(s + e, rest,
                                    (const char *const[]){"各位领导", "各位代表", "同志们", "尊敬的",
                                                          NULL});
        if (addr != (size_t)-1 && !ps_has_any(s + e, addr, ps_sentence_punct))
            return 1;
    }
    size_t open = n < 600 ? n : 600;
    if (ps_has_any(s, open, (const char *const[]){"各位代表", "同志们", NULL}) &&
        ps_has_any(s, open, (const char *const[]){"现在开会", "现在召开", "现在开幕", "现在开始",
                                                   NULL}))
        return 1;
    return ps_starts_any(s, n, (const char *const[]){"今天，我们", "今天,我们", "今天我们", NULL}) &&
           ps_has_any(s, head, (const char *const[]){"隆重召开", "在这里召开", "召开", NULL});
}

/* Before the first mark of a clause: a summary's own name (工作总结,
   工作汇报, 述职报告), not a meeting held about one (召开2015年工作总结会). */
int ps_cue_summary_head(const char *s, size_t n)
{
    size_t stop = ps_find_first(s, n, ps_sentence_punct);
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

/* A template site's text (范文, 小编, 精选…篇) whose body masks its year
   (XX年, 20xx年, ××年): the year a title or a collection puts on it is the
   site's label, not the document's. */
static const char *const template_marks[] = {"范文", "小编", "精心整理", "精选", "范本", "篇一",
                                             "篇1", "篇)", "篇）", "篇】", "网友上传", "网友投稿",
                                             "用户上传",
                                             /* (a speech whose speakers are ×××, a
                                                site's 字数 652 阅读 4973 or
                                                [下载该文章] under it) */
                                             "×××", "字数", "下载该文章", NULL};
/* … of which these say a user or an editor posted the text, news or not
   (发表于:… 来源:网友投稿, 时间:… 分类:推荐论文) */
static const char *const upload_marks[] = {"网友上传", "网友投稿", "用户上传", "推荐论文", NULL};

int ps_cue_masked_years(const ps_text *t, size_t from)
{
    /* (党的__大和__届__中全会: a template blanks its congresses too; a
       第xx届 is only a name left out, its year kept) */
    /* (中国工会xx大, xx大和xx届xx全会, “xx 大”, 20##年4月3日: the same blanks
       in letters, with a space, or in hashes) */
    static const char *const masks[] = {"xx年", "XX年", "××年", "20xx", "20XX", "20××",
                                        "**年", "__年", "__大", "__届", "xx大", "XX大",
                                        "xx届", "XX届", "xx 年", "XX 年", "xx 大", "XX 大",
                                        "20##", "##年", NULL};
    if (from >= t->fold_len)
        return 0;
    /* (every mask holds x, X, ×, *, _ or #: a page with none is asked no
       further) */
    const char *s = t->fold + from;
    size_t n = t->fold_len - from, i = 0;
    while (i < n && s[i] != 'x' && s[i] != 'X' && s[i] != '*' && s[i] != '_' && s[i] != '#' &&
           !((unsigned char)s[i] == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] == 0x97))
        i++;
    return i < n && ps_has_any(s, n, masks);
}

int ps_cue_template_site(const ps_text *t, int news)
{
    return ps_has_any(t->fold, t->fold_len, news ? upload_marks : template_marks);
}

/* A plan's title glued to its text (XX年教育局工会工作要点2015年，…, 人民医院
   工会工作意见五、…), or an opening that says it draws one up (…，特制定本
   计划, 结合我区实际，制定本实施方案): a plan, not a report of one.
   *title_end: where a glued title ends (0 if none). */
int ps_cue_plan_head(const char *s, size_t n, size_t *title_end)
{
    *title_end = 0;
    size_t stop = ps_find_first(s, n, ps_sentence_punct);
    size_t colon = ps_find(s, stop, ":");
    if (colon != (size_t)-1)
        stop = colon;
    static const char *const names[] = {"工作要点", "工作计划", "工作安排", "工作意见", NULL};
    for (size_t k = 0; names[k]; k++) {
        size_t p = ps_find(s, stop < 150 ? stop : 150, names[k]);
        if (p == (size_t)-1)
            continue;
        size_t e = p + strlen(names[k]);
        /* (市总工会印发2016年工作要点, 关于…工作计划的通知: news, a notice) */
        if (ps_starts_any(s + e, stop - e, (const char *const[]){"的", "会", "大会", "暨", NULL}) ||
            ps_has_any(s, p, (const char *const[]){"召开", "举行", "印发", "下发", "转发", "出台",
                                                   "关于", "制定", "部署",
                                                   /* (…工作总结及2009年工作计划: a
                                                      summary first; a site's menu of
                                                      总结, 报告, 计划) */
                                                   "总结", "报告", "首页", NULL}))
            return 0;
        *title_end = e;
        return 1;
    }
    size_t two = n < 450 ? n : 450;
    /* (every phrase below holds 制定: most lines have none) */
    return ps_find(s, two, "制定") != (size_t)-1 &&
           ps_has_any(s, two, (const char *const[]){"特制定本", "制定本计划", "制定本方案",
                                                     "制定本实施", "制定本意见", "特制定如下",
                                                     "制定如下计划", "特制定此",
                                                     "制定工作计划如下", "特在此制定", NULL});
}

/* The first sentence tells when the body was founded (我校工会成立于1961年,
   本会于1990年成立): a page about the body, not news of its work. */
int ps_cue_founded_opening(const char *s, size_t n)
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
int ps_cue_meeting_news_below(const ps_text *t, const char *title, size_t tlen)
{
    int below = 0; /* the title stands in the page's first lines, above */
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 4;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (tlen <= n && ps_find(s, n, title) != (size_t)-1) {
            below = 1;
            continue;
        }
        if (!below)
            continue;
        size_t end = ps_find(s, n, "。");
        if (end == (size_t)-1)
            end = n;
        return ps_cue_dated_opening(s, n) &&
               ps_has_any(s, end, (const char *const[]){"召开", "举行", NULL});
    }
    return 0;
}
