/*
 * The kind of document: plan, report, meeting news, notice, speech,
 * summary or other.  A title says it best (…工作要点, 关于…的通知,
 * …工作报告, …讲话); without one, the opening does (近日…召开 is news,
 * 同志们 a speech, 各…工会: a notice's addressees).  The cues each line or
 * page gives are in meta_cues.c; this file weighs them in order.  On
 * folded text.
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
    "揭牌", "授予", "开讲", "开班", "开赛", "揭晓", "落幕", "挂牌", "签约", "宣讲", "主持会议",
    NULL};
/* acts that make news only after a relative time word (日前,医院成立11个分工会;
   乔某日前表示): in a history page 成立于1948年 is no news */
static const char *const recent_acts[] = {"成立", "选举", "选出", "表示", "指出", "强调",
                                          "要求", NULL};
static const char *const recent_words[] = {"近日", "日前", "昨日", "昨天", "今日", "今天",
                                           "近期", "上月", "本月", NULL};

/* A date with its day and the part of the day opening s[0..n)
   (2011年7月20日下午, 7月20日上午). */
static int day_part_opening(const char *s, size_t n)
{
    size_t i = 0;
    int y, m, d;
    size_t len;
    if (ps_date_at(s, n, &y, &m, &d, &len))
        i = len;
    else {
        while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9')
            i++;
        if (!i || !ps_starts(s + i, n - i, "月"))
            return 0;
        i += strlen("月");
        size_t j = i;
        while (i < n && i - j < 2 && s[i] >= '0' && s[i] <= '9')
            i++;
        if (i == j || !(ps_starts(s + i, n - i, "日") || ps_starts(s + i, n - i, "号")))
            return 0;
        i += strlen("日");
    }
    return ps_starts_any(s + i, n - i,
                         (const char *const[]){"上午", "下午", "晚上", "晚", "早上", "中午", NULL});
}

/* Where the last plan word of a title ends (0: none), but not 意见 as
   someone's opinion (不会对政府决定有意见, 征求意见, 听取意见): a plan's
   意见 is a document's name (实施意见, 关于…的意见). */
static size_t plan_word_end(const char *s, size_t n)
{
    size_t plan;
    ps_occurrences(s, n, plan_words, &plan);
    static const char *const voiced[] = {"有", "提", "征求", "听取", "发表", "交换", "反馈",
                                         "不同", "表达", "提出", "没", NULL};
    while (plan >= strlen("意见") && ps_ends(s, plan, "意见") &&
           ps_ends_any(s, plan - strlen("意见"), voiced)) {
        /* the plan words before that one */
        size_t before = plan - strlen("意见");
        ps_occurrences(s, before, plan_words, &plan);
    }
    return plan;
}

int ps_kind_of_title(const char *s, size_t n)
{
    /* (关于教代会开幕式致辞范文: a template site's label after the kind) */
    static const char *const labels[] = {"范文", "范本", "模板", "大全", NULL};
    for (int cut = 1; cut;) {
        cut = 0;
        for (size_t k = 0; labels[k] && !cut; k++)
            if (ps_ends(s, n, labels[k]) && n > strlen(labels[k]))
                n -= strlen(labels[k]), cut = 1;
    }
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
    /* a study of unions (工会工作调研报告, 企业工会调查报告): no union's own
       document, as readers have typed every such page */
    if (ps_has_any(s, n, (const char *const[]){"调研报告", "调查报告", NULL}))
        return PS_KIND_OTHER;
    /* 关于印发《…工作要点》的通知 ends as a notice whatever it wraps */
    if (ps_ends(s, n, "通知") || ps_ends(s, n, "通报") || ps_ends(s, n, "决定") ||
        ps_ends(s, n, "决议") || ps_ends(s, n, "公告") || ps_ends(s, n, "函") ||
        (ps_find(s, n, "关于") == 0 && ps_has_any(s, n, notice_words)))
        return PS_KIND_NOTICE;
    /* 将于29日召开临时会员代表大会: a meeting convened, not reported */
    if (ps_find(s, n, "将于") != (size_t)-1 && ps_has_any(s, n, (const char *const[]){"召开", "举行", "举办", NULL}))
        return PS_KIND_NOTICE;
    /* 某全委会议召开某某出席并讲话: news of the meeting the speech was
       given at */
    if (ps_has_any(s, n, (const char *const[]){"出席并讲话", "出席并致辞", "并作重要讲话", NULL}) &&
        ps_has_any(s, n, (const char *const[]){"召开", "举行", "举办", "开幕", NULL}))
        return PS_KIND_NEWS;
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
    /* a meeting's name for a headline (2022年度述职测评会议, 工作总结会议):
       news of the meeting, not the summary it hears */
    if (ps_ends(s, n, "会议"))
        return PS_KIND_NEWS;
    /* (…政府信息公开工作年度报告: an account of the year past, no report to
       a congress) */
    if (ps_ends(s, n, "年度报告"))
        return PS_KIND_SUMMARY;
    /* (a 述职报告 is the account a leader gives of his year: a summary) */
    /* (工作总结报告: a summary, whatever it is called) */
    if ((ps_find(s, n, "工作报告") != (size_t)-1 || ps_ends(s, n, "报告")) &&
        ps_find(s, n, "述职") == (size_t)-1 && !ps_ends(s, n, "总结报告"))
        return PS_KIND_REPORT;
    /* 2012年工作总结和2013年工作要点: the last kind word decides */
    size_t sum, plan;
    ps_occurrences(s, n, summary_words, &sum);
    plan = plan_word_end(s, n);
    if (sum && sum > plan)
        return PS_KIND_SUMMARY;
    /* …总结及明年工作计划, 上半年工作总结及下半年工作计划: the plan is named
       only after the period the summary closes, which the text is mostly */
    /* (…工作总结及计划, 总结和计划: the same, the plan's period unsaid) */
    if (sum && plan > sum &&
        ps_starts_any(s + sum, plan - sum, (const char *const[]){"和", "及", "暨", "与", NULL}) &&
        (ps_has_any(s + sum, plan - sum,
                    (const char *const[]){"明年", "下半年", "下一年", "来年", "下阶段", NULL}) ||
         plan - sum <= strlen("及工作")))
        return PS_KIND_SUMMARY;
    if (plan)
        return PS_KIND_PLAN;
    if (ps_has_any(s, n, news_words))
        return PS_KIND_NEWS;
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
    for (size_t li = ps_text_content(t, 0), seen = 0; li < t->nlines && seen < 4;
         li = ps_text_content(t, li + 1), seen++) {
        const ps_line *l = &t->lines[li];
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
    int entry_year;
    size_t entry_line;
    /* (and an encyclopaedia's article: an event's story, no document of
       its own) */
    if (ps_cue_journal_article(t) || ps_cue_yearbook_entry(t, &entry_year, &entry_line) ||
        ps_cue_chronicle(t) || ps_cue_encyclopaedia(t))
        return PS_KIND_OTHER;
    if (title) {
        int k = ps_kind_of_title(title, tlen);
        /* a headline that sounds like a plan (省总工会今年要做实十项重点工作)
           over a dated report of a meeting (2月28日上午，省总工会召开…): news */
        if (k == PS_KIND_PLAN && ps_cue_meeting_news_below(t, title, tlen))
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
                /* (本报讯2012年春节临近, 某某网讯…: a paper's or a site's own
                   mark, whatever follows it) */
                if (k > xun + 3 || ps_cue_dated_opening(s + k, n - k) || ps_starts(s + k, n - k, "(") ||
                    ps_starts(s + k, n - k, "（") ||
                    ps_ends_any(s, xun, (const char *const[]){"报", "网", NULL})) {
                    lead = 1;
                    s += k, n -= k;
                }
            }
            /* a wire's dateline, 新华社北京4月6日电 or 中新网安徽新闻8月18日电:
               a lead too */
            size_t dian = ps_find(s, n < 60 ? n : 60, "日电");
            if (!lead && dian != (size_t)-1 && dian >= 6 && !ps_has_any(s, dian, ps_sentence_punct) &&
                ps_find(s, dian, "月") != (size_t)-1)
                lead = 1;
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
            size_t glued;
            /* (a title glued to the address: …主持词同志们:现在开会) */
            size_t comrades = ps_cue_address_end(s, n);
            if (ps_starts(s, n, "同志们") || ps_starts(s, n, "各位代表") ||
                ps_starts(s, n, "各位委员") || ps_starts(s, n, "尊敬的") ||
                (comrades != (size_t)-1 && comrades < 120 &&
                 !ps_has_any(s, comrades, ps_sentence_punct)))
                first_kind = ps_find(s, fs, "报告") != (size_t)-1 ? PS_KIND_REPORT
                                                                : PS_KIND_SPEECH;
            /* a speech's title glued to its text: 在公司工会成立大会上的讲话稿… */
            else if ((ps_starts(s, n, "在") && ps_cue_speech_head(s, n < 120 ? n : 120)) ||
                     ps_cue_speech_opening(s, n))
                first_kind = PS_KIND_SPEECH;
            else if (ps_cue_report_head(s, n))
                first_kind = PS_KIND_REPORT;
            else if (ps_cue_plan_head(s, n, &glued))
                first_kind = PS_KIND_PLAN;
            /* a summary's title glued to its text: 1东辽县总工会2010年工作总结县委:…,
               街道工会1-8月份工作汇报根据… */
            else if (ps_cue_summary_head(s, n < 150 ? n : 150))
                first_kind = PS_KIND_SUMMARY;
            /* an about page: 我校工会成立于1961年，… */
            else if (ps_cue_founded_opening(s, fs))
                first_kind = PS_KIND_OTHER;
            else if (ps_starts(s, n, "各") && (ps_ends(s, n, ":") || ps_ends(s, n, "：")))
                first_kind = PS_KIND_NOTICE;
            else if (ps_find(s, fs, "现将") != (size_t)-1 || ps_find(s, n, "通知如下") != (size_t)-1)
                first_kind = PS_KIND_NOTICE;
            /* a day, then what happened on it: 7月17日，某市总工会副主席带领… */
            else if (ps_cue_dated_opening(s, n) || lead)
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
                                                               "大会通过",
                                                               /* (本次大会由…主持, 大会在国歌中
                                                                  拉开序幕, 会议安排部署了…) */
                                                               "本次大会", "本次会议", "大会由",
                                                               "会议由", "大会号召", "会议安排",
                                                               "会议部署", "大会在", "会议在",
                                                               NULL}))
                first_kind = PS_KIND_NEWS;
            /* what someone said, reported: 郑某要求,要… (a name, then the verb) */
            else if (ps_cue_reported_speech(s, n) ||
                     (ps_has_any(s, fs, recent_words) && ps_has_any(s, fs, recent_acts)))
                first_kind = PS_KIND_NEWS;
            else if ((ps_cue_news_opening(s, n) || ps_cue_time_word(s, fs) ||
                      ps_find(s, fs, "召开") != (size_t)-1 ||
                      ps_find(s, fs, "举行") != (size_t)-1 ||
                      /* (某主席出席启动仪式, 某副主席主持会议并讲话: someone
                         attended or chaired, the news of it; not a chronicle's
                         1950年，出席…) */
                      ((ps_find(s, fs, "出席") != (size_t)-1 ||
                        ps_find(s, fs, "主持会议") != (size_t)-1) &&
                       !ps_year_at(s, fs, 0, &(size_t){0}))) &&
                     ps_has_any(s, fs, news_words))
                first_kind = PS_KIND_NEWS;
            /* a day and its part opening the text (2011年7月20日下午，…):
               what happened then */
            else if (day_part_opening(s, fs))
                first_kind = PS_KIND_NEWS;
            /* a subject, then the day it acted (工联会今天与财政司司长会晤,
               交通部长某某今天视察…): news, whatever the act */
            else if (ps_has_any(s, fs < 60 ? fs : 60, recent_words))
                first_kind = PS_KIND_NEWS;
            /* a union doing something: 易县总工会开展送温暖慰问活动 */
            else if (ps_find(s, fs, "工会") != (size_t)-1 &&
                     ps_has_any(s, fs, (const char *const[]){"开展", "举办", "组织开展",
                                                              "慰问", "走访", NULL}) &&
                     ps_has_any(s, fs, (const char *const[]){"活动", "慰问", NULL}))
                first_kind = PS_KIND_NEWS;
            /* a union acting in public: 工联会趁五一劳动节发起游行, 多个团体
               到政府总部请愿, 台铁产业工会宣布罢工, 工会发表声明 */
            else if (ps_has_any(s, fs, (const char *const[]){"工会", "工联", "职工盟", "劳联",
                                                              NULL}) &&
                     ps_has_any(s, fs, (const char *const[]){"游行", "请愿", "抗议", "罢工",
                                                              "发起", "发表", "声明", "呼吁",
                                                              "公布", "宣布", "陈情", NULL}))
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
                                        (ps_cue_address_end(s, n) != (size_t)-1 &&
                                         ps_cue_address_end(s, n) + 4 >= n)))
            first_kind = PS_KIND_SPEECH;
        if (ps_starts(s, n, "一、") || ps_starts(s, n, "(一)") || ps_starts(s, n, "（一）") ||
            ps_starts(s, n, "二、") || ps_starts(s, n, "1.") || ps_starts(s, n, "1、"))
            numbered++;
    }
    /* a public document's heads (主旨：…, 说明：一、…), as Taiwan's 公文 set
       them out: a notice */
    for (size_t li = ps_text_content(t, 0), k = 0; !first_kind && li < t->nlines && k < 4;
         li = ps_text_content(t, li + 1), k++) {
        const ps_line *l = &t->lines[li];
        if (ps_starts_any(t->fold + l->s, l->e - l->s,
                          (const char *const[]){"主旨:", "主旨：", "说明:", "说明：", NULL}))
            first_kind = PS_KIND_NOTICE;
    }
    /* …通知如下, 特此通知 in the first lines: a notice, whatever opens it */
    for (size_t li = ps_text_content(t, 0), k = 0;
         (!first_kind || first_kind == PS_KIND_NEWS) && li < t->nlines && k < 8;
         li = ps_text_content(t, li + 1), k++) {
        const ps_line *l = &t->lines[li];
        if (ps_has_any(t->fold + l->s, l->e - l->s,
                       (const char *const[]){"通知如下", "特此通知", NULL}))
            first_kind = PS_KIND_NOTICE;
    }
    /* a call a body makes to its members (特向全市职工发出如下倡议, 倡议书):
       a notice to them, however it opens */
    for (size_t li = ps_text_content(t, 0), k = 0;
         (!first_kind || first_kind == PS_KIND_NEWS || first_kind == PS_KIND_PLAN) &&
         li < t->nlines && k < 8;
         li = ps_text_content(t, li + 1), k++) {
        const ps_line *l = &t->lines[li];
        if (ps_has_any(t->fold + l->s, l->e - l->s,
                       (const char *const[]){"倡议如下", "如下倡议", NULL}) ||
            ps_ends(t->fold + l->s, l->e - l->s, "倡议书"))
            first_kind = PS_KIND_NOTICE;
    }
    /* an opening that sets a scene (春运开始了，…) before the news: the next
       sentence or line of prose starts with its day (日前，某市总工会…) */
    if (!first_kind && *ee > *es && ps_cue_recent_next(t, *es, *ee))
        first_kind = PS_KIND_NEWS;
    /* an addressee line among the first lines (所属各分会:, 市局各科,…各科:):
       a notice to them */
    if ((!first_kind || first_kind == PS_KIND_NEWS) && ps_cue_addressed(t))
        first_kind = PS_KIND_NOTICE;
    int press = -1; /* not yet asked */
    if (first_kind == PS_KIND_SUMMARY && !ps_cue_first_person(t) && (press = ps_cue_press_page(t)))
        return PS_KIND_NEWS;
    /* 今年以来，宁国市总工会新建了…: a named body's work told in the third
       person, by whoever reports it (a summary says 我们, or opens with its
       own title) */
    if (first_kind == PS_KIND_SUMMARY && !title && !ps_cue_first_person(t) && ps_cue_names_body_early(t, *es, *ee))
        return PS_KIND_NEWS;
    if (first_kind)
        return first_kind;
    if (*ee < *es)
        *ee = *es;
    /* a plan's passage: numbered items of what is to be done; a summary's
       tell what was done */
    const char *s0 = t->fold + *es;
    size_t n0 = *ee - *es;
    int tense = ps_cue_tense_kind(t);
    if (press < 0)
        press = ps_cue_press_page(t);
    /* (a paper printing a plan prints its numbered items) */
    if (press && (tense != PS_KIND_SUMMARY || !ps_cue_first_person(t)) &&
        !(tense == PS_KIND_PLAN && numbered))
        return PS_KIND_NEWS;
    /* a body's own account of its year, opening on whose leadership it
       worked under (2014年，某县电业局工会在局党委…的正确领导下，…; 镇工会在
       镇党委领导下，按照年初确定的目标…): a summary */
    {
        size_t dot = ps_find(s0, n0, "。");
        size_t first = dot == (size_t)-1 ? n0 : dot;
        if (tense != PS_KIND_PLAN && ps_find(s0, first, "领导下") != (size_t)-1 &&
            ps_find(s0, first, "工会") != (size_t)-1 && !press)
            return PS_KIND_SUMMARY;
    }
    /* (中秋来临之际，某区总工会心系困难职工…: an occasion's visit, told
       in the past tense of news, not a summary's) */
    if (tense == PS_KIND_SUMMARY &&
        ps_has_any(s0, n0, (const char *const[]){"之际", "前夕", "来临", "临近", NULL}) &&
        !ps_cue_first_person(t))
        return PS_KIND_NEWS;
    /* what was done, told in the third person with no summary's words
       (文登区总工会在全区共建…, 近年来，某县总工会带领…): a report of the
       body's work, as news; a summary says 我们, 一年来 or 总结 */
    if (tense == PS_KIND_SUMMARY && !ps_cue_first_person(t) &&
        !ps_has_any(s0, n0, (const char *const[]){"总结", "一年来", "今年以来", "回顾", NULL}))
        return PS_KIND_NEWS;
    if (tense == PS_KIND_SUMMARY)
        return tense;
    if (ps_cue_union_at_work(s0, n0) && tense != PS_KIND_PLAN)
        return PS_KIND_NEWS;
    /* (1、什么是平等协商？平等协商是指…: questions answered, a leaflet's) */
    if ((ps_find(s0, n0, "?") != (size_t)-1 || ps_find(s0, n0, "？") != (size_t)-1) &&
        ps_has_any(s0, n0, (const char *const[]){"什么", "如何", "怎样", "怎么", "为何", "哪些",
                                                  NULL}))
        return PS_KIND_OTHER;
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
    /* (a named body the subject of the opening: 汝南县总工会在指导…中,
       大连市甘井子区总工会历时3个月…: its work, told) */
    if (seen && ps_cue_names_body_early(t, *es, *ee) &&
        /* (某省总工会，是中国工会的地方组织…: what it is, an about page) */
        !ps_has_any(s0, n0, (const char *const[]){"的地方组织", "的领导机构", "群众组织", NULL}))
        return PS_KIND_NEWS;
    return seen ? PS_KIND_OTHER : 0;
}
