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
                                            "当前页面", "当前所在", "当前的位置", NULL};
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
    "浏览次数", "点击数", "点击率", "阅读次数",
    /* bylines of writer and photographer: 文/张三, 图/李四 */
    "文/", "文:", "图/", NULL};

/*
 * Site chrome named by words no plan uses in a short unpunctuated line:
 * follow and share buttons, search boxes, forum and download-site widgets,
 * counters.  One is enough (unlike pub_markers, which may name a plan's own
 * 时间 or 来源).
 */
static const char *const chrome_markers[] = {
    "扫一扫", "官方微信", "微信公众号", "手机端", "手机站", "手机版", "投诉建议",
    "留言板", "爱分享", "分享:", "今天是", "请输入关键词", "字体:", "字号:",
    "网站地图", "主办单位:", "传真:", "公网安备", "京icp", "返回列表", "显示全部楼层",
    "阅读模式", "复制链接", "收起左侧", "积分规则", "powered by", "标签:", "建议标签",
    "广告:", "网址:", "资源描述", "页数:", "人气:", "阅读量", "浏览量", "下载本文",
    "我要纠错", "我要投稿", "使用道具", "快速回复", "您需要登录", "立即注册",
    "查看:", "小黑屋", "举报电话", "主席信箱", "发给好友", "我来说两句", "大小:", "id:", "跳到导航",
    /* the same widgets on English-language pages of Chinese sites */
    "browse times", "comment times", "all articles", "app icon",
    /* (浙江工人日报数字报纸, 本版标题导航, 跳到主要内容区块: an e-paper's and a
       portal's frame) */
    "数字报纸", "标题导航", "版面导航", "跳到主要内容", "请登陆", "请登录", "无障碍网页", NULL};

/* Whole lines that are menu entries or widget labels. */
static const char *const chrome_lines[] = {
    "首页", "首 页", "回复", "top", "en", "news", "新闻", "新闻中心", "新闻动态",
    "通知公告", "热门信息", "最近更新", "热点图集", "插图", "首图", "关闭", "关闭×",
    "打印", "收藏", "更多", "分享", "正文", "留言板", "时间:", "日期:", "来源:",
    "主题:", "作者:", "内容详情", "次编辑", "go homepage", "head photo", "upload pictures",
    "write articles",
    /* (an app's banner, a window's close, a follow button, a skip link, a
       section's name, a language toggle) */
    "立即打开", "关闭本页", "关注我们", "工会新闻", "中文|english", "中文 | english", NULL};

/* Whole lines that mark the end of a site's menu (see top_menu). */
static const char *const menu_anchors[] = {"首页", "首 页", "正文", "新闻中心",
                                           /* a section's name, right above its headline */
                                           "通知公告", "新闻动态", NULL};

/* Disclaimers of reposting sites: chrome even in a punctuated sentence. */
static const char *const disclaimer_markers[] = {
    "免费在线阅读", "如侵权请联系删除", "本站部分文字内容", "本文系转载", "不代表本站",
    "内容不代表", "版权归原作者", "[详细]", "以上分辨率", "分辨率浏览", "最佳分辨率", "分辨率下浏览", "网站支持ipv6", "部分内容阅读",
    /* and chrome that comes with a comma or runs long: a wiki's tagline and
       edit history, a network of sub-sites (乡镇分站: 苏湾镇 柘皋镇 …) */
    "维基百科,自由的百科全书", "无编辑摘要", "分站:",
    /* a cookie notice (本网站使用相关技术…尊重使用者隐私), a paid
       subscription's ad (发送短信…即可订阅《…手机报》), offers of a site's
       other editions (こちらのページは繁体字版です…日本語版) */
    "使用者隐私", "隐私声明", "隐私政策", "隐私权", "即可订阅", "your browser does not",
    "繁体字版", "日本语版", "日本語版", NULL};

/* Footers: chrome even with a comma (Copyright © 2006, 龙船社区). */
static const char *const legal_markers[] = {"copyright", "icp备", "版权所有", "版权声明",
                                            "公网安备", "gmt+8", NULL};

/* A licence number: 备字 or 非经营性 followed by its number (网药械信息备字
   (2022)第00010, (京)-非经营性-2019-0001) or by what it licenses
   (非经营性互联网信息服务) — not 具备字典 or 非经营性资产 in a plan's prose. */
static int licence_line(const char *s, size_t n)
{
    static const char *const words[] = {"备字", "非经营性", NULL};
    static const char *const next[] = {"第", "(", "（", "〔", "[", "-", "互联网", "网站", NULL};
    for (size_t w = 0; words[w]; w++)
        for (size_t at = 0; at < n;) {
            size_t k = ps_find(s + at, n - at, words[w]);
            if (k == (size_t)-1)
                break;
            at += k + strlen(words[w]);
            if (at < n && ((s[at] >= '0' && s[at] <= '9') || ps_starts_any(s + at, n - at, next)))
                return 1;
        }
    return 0;
}

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

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* A line that is only a numeric publication date, perhaps with a time, a
   weekday and a short source: 2015-04-14, [ 2012/07/04 ], 2024/4/25 星期四,
   2016-03-24 08:19 西邮工会, 2022年02月09日16:59: 2 with a time or words,
   1 a bare numeric date (furniture only above the body: under the
   signature, 2013-01-08 is the plan's date), 0 not a date line.  A
   signature date (2012年2月6日, no time) is not one. */
static int lone_date(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == '[' || s[i] == '(' || s[i] == ' '))
        i++;
    size_t d = 0;
    while (i + d < n && is_digit(s[i + d]))
        d++;
    if (d != 4 || i + d >= n)
        return 0;
    size_t j = i + d;
    int numeric = s[j] == '-' || s[j] == '/' || s[j] == '.';
    int han = ps_starts(s + j, n - j, "年");
    if (!numeric && !han)
        return 0;
    /* the rest: digits, separators, 年月日, a weekday, a time, then at most
       a few words (a source) */
    int time = 0;
    size_t words = 0;
    for (size_t k = j; k < n;) {
        uint32_t cp;
        size_t w = ps_u8_next(s + k, n - k, &cp);
        if (cp == ':' && k > 0 && is_digit(s[k - 1]) && k + 1 < n && is_digit(s[k + 1]))
            time = 1;
        else if (!(cp < 0x80 && (is_digit((char)cp) || strchr("-/.: []()", (int)cp))) &&
                 !ps_starts(s + k, n - k, "年") && !ps_starts(s + k, n - k, "月") &&
                 !ps_starts(s + k, n - k, "日") && !ps_starts(s + k, n - k, "星期"))
            words++;
        k += w;
    }
    if (han)
        return time && words == 0 ? 2 : 0;
    if (words > 8)
        return 0;
    return time || words ? 2 : 1;
}

/* Nothing but separators and bullets: | | |, -, •, > |. */
static int only_marks(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ps_u8_next(s + i, n - i, &cp);
        if (cp >= 0x80 ? (cp >= 0x2e80) : (is_digit((char)cp) || (cp | 0x20) >= 'a'))
            if (cp >= 0x2e80 || is_digit((char)cp) || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))
                return 0;
    }
    return 1;
}

/* An image's file name: 图片1.png, _MG_6732, IMG_0012.JPG. */
static int image_name(const char *s, size_t n)
{
    static const char *const ext[] = {".png", ".jpg", ".jpeg", ".gif", NULL};
    if (n > 60)
        return 0;
    for (size_t i = 0; ext[i]; i++) {
        size_t k = strlen(ext[i]);
        if (n > k && memcmp(s + n - k, ext[i], k) == 0)
            return 1;
    }
    if (ps_starts(s, n, "_mg_") || ps_starts(s, n, "img_") || ps_starts(s, n, "dsc_"))
        for (size_t i = 4; i < n; i++)
            if (!is_digit(s[i]))
                return 0;
    return ps_starts(s, n, "_mg_") || ps_starts(s, n, "img_") || ps_starts(s, n, "dsc_");
}

/* A site's name followed by its web address (稿子汇 www.x.com).  A bare
   address is not taken: it may be a body's website the text lists. */
static int address_line(const char *s, size_t n)
{
    size_t at = ps_find(s, n, "www.");
    if (at == (size_t)-1)
        at = ps_find(s, n, "http");
    if (at == (size_t)-1)
        return 0;
    size_t cjk = 0, before = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t w = ps_u8_next(s + i, n - i, &cp);
        cjk += cp >= 0x2e80;
        before += cp >= 0x2e80 && i < at;
        i += w;
    }
    return before >= 2 && cjk == before && cjk <= 12;
}

/* Count of '>' and '»' separators (breadcrumb trails without a marker); a
   '>' closing a tag written as text (<script>, <b>) is none. */
static size_t arrows(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char p = i ? s[i - 1] : ' ';
        int tag = (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || (p >= '0' && p <= '9') ||
                  p == '"' || p == '\'' || p == '/';
        k += s[i] == '>' && !tag;
    }
    for (size_t at = 0; at < n;) {
        size_t f = ps_find(s + at, n - at, "»");
        if (f == (size_t)-1)
            break;
        k++;
        at += f + 2;
    }
    return k;
}

/* A document viewer's page counter: / 1, /12. */
static int page_counter(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == '/')
        i++;
    else
        return 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i == n)
        return 0;
    for (; i < n; i++)
        if (!is_digit(s[i]))
            return 0;
    return 1;
}

/* A whole line in brackets crediting who wrote or supplied the piece:
   (区总工会供稿), (工会办公室综合文字).  A plan's bracketed remark
   ((此件公开发布), (二〇一二年二月六日)) names no such act. */
static int credit_line(const char *s, size_t n)
{
    static const char *const acts[] = {"供稿)", "供图)", "文字)", "撰稿)", NULL};
    if (n > 60 || !ps_starts(s, n, "("))
        return 0;
    for (size_t i = 0; acts[i]; i++) {
        size_t k = strlen(acts[i]);
        if (n > k + 1 && memcmp(s + n - k, acts[i], k) == 0)
            return 1;
    }
    return 0;
}

/* A line of a site's roster of leaders: a person's name, a blank, then the
   union posts held (陈 刚 全国总工会党组书记、副主席、书记处第一书记,机关党委
   书记; 张某某 全国总工会副主席(兼)) — never a sentence of a text. */
static int roster_line(const char *s, size_t n)
{
    if (n > 200 || ps_find(s, n, "。") != (size_t)-1)
        return 0;
    /* the name: two to four characters, blanks perhaps between the first
       two */
    size_t i = 0, chars = 0;
    while (i + 3 <= n && chars < 5) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' && chars == 1) {
            while (i < n && s[i] == ' ')
                i++; /* (马   璐: a two-character name spaced out) */
            continue;
        }
        if (c < 0xE4 || c > 0xE9)
            break;
        i += 3, chars++;
    }
    if (chars < 2 || chars > 4 || i >= n || s[i] != ' ')
        return 0;
    while (i < n && s[i] == ' ')
        i++;
    static const char *const posts[] = {"主席", "(兼)", "（兼）", "成员", "书记", "组长", "主任",
                                        "部长", "候选人", NULL};
    return ps_find(s + i, n - i, "工会") != (size_t)-1 && ps_ends_any(s + i, n - i, posts);
}

static int exact_any(const char *s, size_t n, const char *const *lines)
{
    for (size_t i = 0; lines[i]; i++)
        if (strlen(lines[i]) == n && memcmp(lines[i], s, n) == 0)
            return 1;
    return 0;
}

/* s[0..n) without leading bullets and bars and trailing bars (• 打印, |图片新闻). */
static void strip_bullets(const char **s, size_t *n)
{
    static const char *const marks[] = {"•", "·", "|", " ", NULL};
    for (int more = 1; more;) {
        more = 0;
        for (size_t i = 0; marks[i]; i++) {
            size_t k = strlen(marks[i]);
            if (*n > k && memcmp(*s, marks[i], k) == 0) {
                *s += k, *n -= k, more = 1;
            }
        }
    }
    while (*n > 1 && ((*s)[*n - 1] == '|' || (*s)[*n - 1] == ' '))
        (*n)--;
}

/* An e-paper's page label: 00001版:一版要闻, 第A04版:澳闻 (a page number or
   letter, then 版:). */
static int paper_page(const char *s, size_t n)
{
    size_t at = ps_find(s, n, "版:");
    if (at == (size_t)-1)
        at = ps_find(s, n, "版：");
    if (at == (size_t)-1 || at == 0 || n > 60)
        return 0;
    char c = s[at - 1];
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A column's name repeated along a line (中国工会新闻中国工会新闻中国工会新闻…),
   a banner's text as a scraper read it: at least three whole copies of a
   unit of two characters or more. */
static int repeated_unit(const char *s, size_t n)
{
    for (size_t u = 6; u * 3 <= n; u++)
        if (n % u == 0 && memcmp(s, s + u, n - u) == 0)
            return 1;
    return 0;
}

int ps_boiler_line_kind(const char *s, size_t n)
{
    if (n == 0 || n > BOILER_MAX * 2)
        return PS_BOILER_NONE;
    strip_bullets(&s, &n);
    /* a numbered heading of the plan is content, whatever it says */
    if (outline_opener(s, n))
        return PS_BOILER_NONE;
    if (repeated_unit(s, n))
        return PS_BOILER_CHROME;
    int prose = ps_has_any(s, n, prose_punct);
    if (ps_has_any(s, n, disclaimer_markers) || ps_starts(s, n, "欢迎光临") || roster_line(s, n) ||
        (n <= 2 * BOILER_MAX && (ps_has_any(s, n, legal_markers) || licence_line(s, n))))
        return PS_BOILER_CHROME;
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
    if (arrows(s, n) >= 2)
        return PS_BOILER_BREADCRUMB;
    if (exact_any(s, n, chrome_lines) || only_marks(s, n) || image_name(s, n) ||
        lone_date(s, n) == 2 || (n <= 90 && address_line(s, n)) || page_counter(s, n) ||
        credit_line(s, n) ||
        /* a document site's page thumbnails: 开幕词_第1页; a photo credit */
        (ps_find(s, n, "_第") != (size_t)-1 && n > 3 && !memcmp(s + n - 3, "页", 3)) ||
        (n <= 30 && n > 4 && !memcmp(s + n - 4, "/摄", 4)))
        return PS_BOILER_CHROME;
    if (ps_has_any(s, n, chrome_markers) || paper_page(s, n))
        return PS_BOILER_CHROME;
    /* a menu on one line: 首页 工会要闻 基层动态 公告文件 */
    if (ps_starts(s, n, "首页 ")) {
        size_t spaces = 0;
        for (size_t i = 0; i < n; i++)
            spaces += s[i] == ' ';
        if (spaces >= 3)
            return PS_BOILER_CHROME;
    }
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
    /* table cells (|) and spaced words are a table or a list, not links */
    return n >= 300 && !ps_has_any(s, n, prose_punct) && !memchr(s, '|', n) &&
           !memchr(s, ' ', n) &&
           ps_find(s, n, "、") == (size_t)-1 && ps_find(s, n, "：") == (size_t)-1 &&
           ps_find(s, n, ":") == (size_t)-1;
}

/*
 * A site's menu above the article: at the top of the page, short
 * unpunctuated lines (机构设置, 公告公示, 医院新闻) before a line that ends a
 * menu (a breadcrumb, 首页, 正文).  Only lines above that anchor go, so the
 * headline, which sits below the breadcrumb, stays.
 */
static void top_menu(ps_text *t)
{
    size_t anchor = (size_t)-1, longer = 0, above = 0;
    for (size_t i = 0; i < t->nlines; i++) {
        const ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (n == 0)
            continue;
        int marked = (l->flags & PS_LINE_BOILER) != 0;
        if (marked && (exact_any(s, n, menu_anchors) ||
                       ps_boiler_line_kind(s, n) == PS_BOILER_BREADCRUMB)) {
            anchor = i;
            above = longer;
        } else if (!marked) {
            if (n > 90 || ps_has_any(s, n, prose_punct))
                break;
            longer += n > 24;
        }
    }
    /* menu entries are short; longer lines go only when there are several
       of them (a menu), never a single one (a headline above the trail) */
    size_t count = 0;
    for (size_t i = 0; anchor != (size_t)-1 && i < anchor; i++)
        count += !(t->lines[i].flags & PS_LINE_BOILER) && t->lines[i].e > t->lines[i].s;
    if (above > 0 && count < 3)
        return;
    for (size_t i = 0; anchor != (size_t)-1 && i < anchor; i++)
        t->lines[i].flags |= PS_LINE_BOILER;
}

/* A line that reads as a news headline: a short event title whose act is
   named (…召开, …揭牌, …上线试运行), no column bars, no numbering. */
static int headline_line(const char *s, size_t n)
{
    static const char *const acts[] = {
        "召开", "举行", "举办", "启动", "开班", "闭幕", "开幕", "揭牌", "上线", "推进会",
        "部署", "完成", "表彰", "签约", "走访", "慰问", "成立", "当选", "开展", "发布",
        "印发", "召集", "座谈", "调研", "视察", "检查", NULL};
    return n >= 18 && n <= 90 && !ps_has_any(s, n, prose_punct) &&
           !ps_has_any(s, n, (const char *const[]){"|", "｜", NULL}) &&
           !outline_opener(s, n) && ps_has_any(s, n, acts);
}

/*
 * A run of eight or more news headlines ending the text, one a line
 * (市总工会召开十届三次全委会 / 职工书屋示范点揭牌 / …): a list of links to
 * other articles.  Every line of the run must name an act; a month list or
 * an activity table (十月 | 趣味运动会 健步走 |) names none, or has column
 * bars, and stays text.
 */
static void trailing_headlines(ps_text *t)
{
    size_t i = t->nlines, run = 0;
    while (i > 0) {
        const ps_line *l = &t->lines[i - 1];
        if (l->e == l->s || (l->flags & PS_LINE_BOILER)) {
            i--;
            continue;
        }
        if (!headline_line(t->fold + l->s, l->e - l->s))
            break;
        run++;
        i--;
    }
    if (run < 8)
        return;
    for (size_t k = i; k < t->nlines; k++)
        t->lines[k].flags |= PS_LINE_BOILER;
}

/* The next non-blank line from i on is a bulleted link (• 標題). */
static int bullet_follows(const ps_text *t, size_t i)
{
    for (; i < t->nlines; i++) {
        const ps_line *l = &t->lines[i];
        if (l->e > l->s)
            return ps_starts(t->fold + l->s, l->e - l->s, "•");
    }
    return 0;
}

/*
 * The line under a breadcrumb that repeats one of its inner steps
 * (当前位置 > 首页 > 图片新闻 > 本会图片新闻 > 标题, then 本会图片新闻): the
 * section's name.  The trail's last step is the headline, which stays, so
 * the step must be followed by another arrow.
 */
static int crumb_section(const char *crumb, size_t cn, const char *s, size_t n)
{
    static const char *const next[] = {">", "»", "›", "→", "-", NULL};
    if (n == 0 || n > 30 || ps_has_any(s, n, prose_punct))
        return 0;
    for (size_t f = 0; f + n <= cn; f++) {
        if (memcmp(crumb + f, s, n) != 0)
            continue;
        size_t e = f + n;
        while (e < cn && crumb[e] == ' ')
            e++;
        char before = f ? crumb[f - 1] : ' ';
        int bounded = before == ' ' || before == '>' || before == ':' ||
                      (f >= 2 && !memcmp(crumb + f - 2, "»", 2));
        for (size_t i = 0; bounded && next[i]; i++)
            if (ps_starts(crumb + e, cn - e, next[i]))
                return 1;
    }
    return 0;
}

/* A line of two to six words of at most eight characters, spaced and
   unpunctuated: a site's tags. */
static int tag_line(const char *s, size_t n)
{
    if (n == 0 || ps_has_any(s, n, prose_punct) || outline_opener(s, n))
        return 0;
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t w = i;
        while (i < n && s[i] != ' ')
            i++;
        if (i > w && (++words > 6 || i - w > 24))
            return 0;
    }
    return words >= 2;
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
        /* a later prose paragraph or numbered item means the tail was not
           one: the related marker was a line inside the body */
        if (tail < i && ((l->e - l->s > 150 &&
                          ps_has_any(t->fold + l->s, l->e - l->s, prose_punct)) ||
                         outline_opener(t->fold + l->s, l->e - l->s)))
            tail = t->nlines;
    }
    for (size_t i = tail; i < t->nlines; i++)
        t->lines[i].flags |= PS_LINE_BOILER;

    for (size_t i = 0; i < t->nlines; i++) {
        const ps_line *c = &t->lines[i];
        if (ps_boiler_line_kind(t->fold + c->s, c->e - c->s) != PS_BOILER_BREADCRUMB)
            continue;
        size_t j = i + 1;
        while (j < t->nlines && t->lines[j].e == t->lines[j].s)
            j++;
        if (j < t->nlines && crumb_section(t->fold + c->s, c->e - c->s, t->fold + t->lines[j].s,
                                           t->lines[j].e - t->lines[j].s))
            t->lines[j].flags |= PS_LINE_BOILER;
    }

    /*
     * No rule for a trailing run of short lines without a marker: month
     * lists, activity tables (十月 / 趣味运动会 健步走 |), lists of member
     * unions and signatures look just like link lists, and losing content
     * is worse than keeping a list of links.  Only a single very long line
     * of run-together link titles is furniture by its shape alone.
     */
    for (size_t i = 0; i < t->nlines; i++) {
        ps_line *l = &t->lines[i];
        if (link_run(t->fold + l->s, l->e - l->s))
            l->flags |= PS_LINE_BOILER;
    }
    top_menu(t);

    /* a bare numeric date above the body is its publication date */
    for (size_t i = 0; i < t->nlines; i++) {
        ps_line *l = &t->lines[i];
        const char *s = t->fold + l->s;
        size_t n = l->e - l->s;
        if (ps_has_any(s, n, prose_punct) && !(l->flags & PS_LINE_BOILER))
            break;
        if (lone_date(s, n) == 1) {
            l->flags |= PS_LINE_BOILER;
            /* … and the tags a document site puts under it (小学工会工作计划
               小学工会工作): two to six short words, spaced, unpunctuated */
            size_t j = i + 1;
            while (j < t->nlines && t->lines[j].e == t->lines[j].s)
                j++;
            if (j < t->nlines && tag_line(t->fold + t->lines[j].s, t->lines[j].e - t->lines[j].s))
                t->lines[j].flags |= PS_LINE_BOILER;
        }
    }

    trailing_headlines(t);

    /* a list of ten or more bulleted links (• 標題) without punctuation:
       a sidebar of headlines, not a plan's list, which numbers its items;
       with the sidebar's short group labels between its lists (媒體 / • 澳門日報
       … 分類 / • 經濟 …) */
    for (size_t i = 0; i < t->nlines;) {
        size_t j = i, k = 0;
        while (j < t->nlines) {
            const ps_line *l = &t->lines[j];
            const char *s = t->fold + l->s;
            size_t n = l->e - l->s;
            if (n == 0) {
                j++;
                continue;
            }
            if (n <= 12 && !ps_starts(s, n, "•") && !ps_has_any(s, n, prose_punct) &&
                !outline_opener(s, n) && bullet_follows(t, j + 1)) {
                j++;
                continue;
            }
            if (!ps_starts(s, n, "•") || n > 90 || ps_has_any(s, n, prose_punct))
                break;
            k++, j++;
        }
        if (k >= 10)
            for (size_t m = i; m < j; m++)
                t->lines[m].flags |= PS_LINE_BOILER;
        i = j > i ? j : i + 1;
    }
}
