/*
 * Web boilerplate: breadcrumbs, publication lines, related-link tails and
 * footers.  Lines are only marked (PS_LINE_BOILER): the reader leaves them
 * out of the indexed body but keeps them in the document's raw copy.
 *
 * Every rule asks for a short line without sentence punctuation, so plan
 * prose that mentions 来源 or 作者 in passing is never taken.
 */
#include "corpus_int.h"

#include <string.h>

/* Longest line (bytes, ~60 CJK characters) a boilerplate line can be. */
#define BOILER_MAX 180

static size_t count_any(const char *s, size_t n, const char *const *words)
{
    size_t k = 0;
    for (size_t i = 0; words[i]; i++)
        if (ps_find(s, n, words[i]) != (size_t)-1)
            k++;
    return k;
}

/* Sentence punctuation: a line with it is prose, not navigation (unlike
   ps_sentence_punct, not "!": 欢迎来到…网站! is a banner). */
static const char *const prose_punct[] = {"。", "，", "；", "！", "？", ",", ";",
                                             NULL};

static const char *const crumb_markers[] = {"当前位置", "您的位置", "现在的位置",
                                            "所在的位置", "所在位置", "现在位置",
                                            "当前页面", "当前所在", NULL};
static const char *const crumb_arrows[] = {">", "»", "›", "→", "/", "-", NULL};

static const char *const pub_markers[] = {
    "发布日期", "发布时间", "发表时间", "更新时间", "发布人", "来源", "作者",
    "点击", "浏览", "阅读次数", "阅读量", "访问量", "责任编辑", "编辑:", "字号",
    "字体", "打印", "关闭", "分享", "录入", "审核:", "信息来源", "时间:",
    "日期:", NULL};

static const char *const related_markers[] = {
    "相关文章", "相关栏目", "相关阅读", "相关链接", "相关新闻", "相关推荐",
    "相关的文章", "热门文章", "推荐阅读", "最新文章", "热点文章", "上一篇",
    "下一篇", "猜你喜欢", "延伸阅读", "更多相关", "精彩推荐", "评论一下",
    "发表评论", "网友评论", "我要评论", "最新评论", "最热评论", NULL};

static const char *const footer_markers[] = {
    "版权所有", "copyright", "icp备", "技术支持", "网站地图", "联系我们",
    "设为首页", "加入收藏", "返回顶部", "©", "关闭窗口", "打印本页", "分享到",
    "欢迎来到", "欢迎访问", "免责声明", NULL};

/* A short line opening with one of these is a publication line by itself:
   来源:奉贤区总工会, 编辑:王楠. */
static const char *const pub_openers[] = {
    "来源:", "来源：", "作者:", "作者：", "编辑:", "编辑：", "责任编辑",
    "发布时间", "发布日期", "信息来源", "文章来源", "稿源", "录入:", "录入：",
    "浏览次数", "点击数", "点击率", "阅读次数", NULL};

/* A date or time written with digits and - / : (2015-04-10, 10:54). */
static int has_numeric_date(const char *s, size_t n)
{
    for (size_t i = 0; i + 4 < n; i++) {
        if (s[i] >= '0' && s[i] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
            (s[i + 2] == ':' || s[i + 2] == '-' || s[i + 2] == '/') &&
            s[i + 3] >= '0' && s[i + 3] <= '9')
            return 1;
    }
    return 0;
}

/*
 * A line opening like an outline heading of the plan: 三、 (三) 3、 3.
 * (text already folded to half-width).  Site chrome (related links,
 * breadcrumbs, publication lines, footers) is never numbered this way, so
 * such a line is content even if it says 相关栏目, 当前位置 or 发布日期.
 */
static int outline_opener(const char *s, size_t n)
{
    static const char *const numerals[] = {"一", "二", "三", "四", "五", "六",
                                           "七", "八", "九", "十", NULL};
    size_t i = 0;
    int paren = 0;
    if (i < n && s[i] == '(') {
        paren = 1;
        i++;
    }
    size_t digits = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 3) {
        i++;
        digits++;
    }
    if (!digits) {
        for (int more = 1; more && digits < 3;) {
            more = 0;
            for (size_t k = 0; numerals[k]; k++)
                if (ps_starts(s + i, n - i, numerals[k])) {
                    i += strlen(numerals[k]);
                    digits++;
                    more = 1;
                    break;
                }
        }
    }
    if (!digits)
        return 0;
    if (paren)
        return i < n && s[i] == ')';
    return ps_starts(s + i, n - i, "、") || (i < n && s[i] == '.' && digits && s[0] >= '0' &&
                                              s[0] <= '9');
}

int ps_boiler_line_kind(const char *s, size_t n)
{
    if (n == 0 || n > BOILER_MAX * 2)
        return PS_BOILER_NONE;
    /* a numbered heading of the plan is content, whatever it says */
    if (outline_opener(s, n))
        return PS_BOILER_NONE;
    int prose = ps_has_any(s, n, prose_punct);
    /* breadcrumbs: a location marker near the start, or 首页 > … */
    for (size_t i = 0; crumb_markers[i]; i++) {
        size_t at = ps_find(s, n, crumb_markers[i]);
        if (at != (size_t)-1 && at <= 12 && !prose)
            return PS_BOILER_BREADCRUMB;
    }
    if (ps_starts(s, n, "首页") && ps_has_any(s + 6, n - 6, crumb_arrows) && !prose)
        return PS_BOILER_BREADCRUMB;
    if (n > BOILER_MAX || prose)
        return PS_BOILER_NONE;
    if (ps_has_any(s, n, related_markers))
        return PS_BOILER_RELATED;
    size_t pub = count_any(s, n, pub_markers);
    int opener = 0;
    size_t o = 0; /* (作者:周瑶) */
    if (ps_starts(s, n, "(") || ps_starts(s, n, "["))
        o = 1;
    else if (ps_starts(s, n, "（") || ps_starts(s, n, "【"))
        o = 3;
    for (size_t i = 0; pub_openers[i] && !opener; i++)
        opener = ps_starts(s + o, n - o, pub_openers[i]);
    if (pub >= 2 || (pub == 1 && has_numeric_date(s, n)) || (opener && n <= 90))
        return PS_BOILER_PUBLICATION;
    if (ps_has_any(s, n, footer_markers))
        return PS_BOILER_FOOTER;
    return PS_BOILER_NONE;
}

/* A line that looks like a run of concatenated link titles. */
static int link_run(const char *s, size_t n)
{
    return n >= 300 && !ps_has_any(s, n, prose_punct) &&
           ps_find(s, n, "、") == (size_t)-1 && ps_find(s, n, "：") == (size_t)-1 &&
           ps_find(s, n, ":") == (size_t)-1;
}

void ps_boiler_mark(ps_text *t)
{
    size_t tail = t->nlines; /* first line of a related-link tail */

    for (size_t i = 0; i < t->nlines; i++) {
        ps_line *l = &t->lines[i];
        int kind = ps_boiler_line_kind(t->fold + l->s, l->e - l->s);
        if (kind != PS_BOILER_NONE)
            l->flags |= PS_LINE_BOILER;
        if (kind == PS_BOILER_RELATED && tail == t->nlines && i > 0)
            tail = i;
        /* a later prose paragraph means the tail was not one */
        if (tail < i && l->e - l->s > 150 &&
            ps_has_any(t->fold + l->s, l->e - l->s, prose_punct))
            tail = t->nlines;
    }
    for (size_t i = tail; i < t->nlines; i++)
        t->lines[i].flags |= PS_LINE_BOILER;

    /*
     * Without a marker: a trailing run of link titles, i.e. one very long
     * unpunctuated line or many short ones, before which nothing dated
     * (a signature) is crossed.
     */
    size_t run = 0, first = t->nlines;
    int has_long = 0;
    for (size_t i = t->nlines; i-- > 0;) {
        ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (n == 0)
            continue;
        if (ps_has_any(s, n, prose_punct) || ps_date_in(s, n))
            break;
        if (link_run(s, n))
            has_long = 1;
        else if (n > 90 || ps_find(s, n, "、") != (size_t)-1)
            break;
        run++;
        first = i;
    }
    if (run > 0 && (has_long || run >= 8))
        for (size_t i = first; i < t->nlines; i++)
            t->lines[i].flags |= PS_LINE_BOILER;
}
