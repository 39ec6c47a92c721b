/*
 * Text stages on plain strings: HTML to text, boilerplate lines, headings
 * of compilations and the split itself, and the cleaned spans titles are
 * cut from.
 */
#include "corpus_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

struct html_row {
    const char *html, *text;
};

static const struct html_row html_rows[] = {
    {"<p>一</p><p>二</p>", "一\n\n二"},
    {"a<br>b<br/>c", "a\nb\nc"},
    {"<div>x <b>bold</b>\n  y</div>", "x bold y"},
    {"<script>var a = '<p>';</script>正文", "正文"},
    {"<style type=\"text/css\">p { }</style>正文", "正文"},
    {"<head><title>t</title></head><body>正文</body>", "正文"},
    {"<!-- <p>注释</p> -->正文", "正文"},
    {"&ldquo;两个普遍&rdquo;&nbsp;&amp;&#24037;&#x4F1A;", "“两个普遍” &工会"},
    {"<a href=\"x>y\">链接</a>", "链接"},
    {"1 < 2 &unknown; 3", "1 < 2 &unknown; 3"},
    {"<table><tr><td>a</td><td>b</td></tr></table>", "a b"},
    {"<p>未闭合", "未闭合"},
    {"<p", ""},
};

static void test_html(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof html_rows / sizeof *html_rows; i++) {
        int rc = PS_OK;
        ps_buf b = PS_BUF_INIT;
        ps_html_strip(html_rows[i].html, strlen(html_rows[i].html), &rc, &b);
        assert_int_equal(rc, PS_OK);
        const char *got = b.data ? b.data : "";
        if (strcmp(got, html_rows[i].text) != 0) {
            print_error("row %zu: expected '%s', got '%s'\n", i, html_rows[i].text, got);
            fail();
        }
        ps_buf_release(&b);
    }
    assert_true(ps_html_detect("<!DOCTYPE html><html><body>", 27, "a.txt"));
    assert_true(ps_html_detect("工作要点", 12, "a.htm"));
    assert_false(ps_html_detect("工作要点 <b>", 16, "a.txt"));
    static const char frag[] = "<div>标题</div><p>一、</p><p>二、</p>";
    assert_true(ps_html_detect(frag, sizeof frag - 1, "a.txt"));
    static const char plain[] = "1<2，3>2，a</p>";
    assert_false(ps_html_detect(plain, sizeof plain - 1, "a.txt"));
    char cs[32];
    static const char meta[] = "<html><head><meta charset=\"GBK\">";
    assert_string_equal(ps_html_charset(meta, sizeof meta - 1, cs, sizeof cs), "GBK");
}

struct boiler_row {
    const char *line;
    int kind;
};

static const struct boiler_row boiler_rows[] = {
    {"当前位置:首页 > 时代工运 > 经验交流 >> 正文", PS_BOILER_BREADCRUMB},
    /* an e-paper's frame and a portal's widgets, but not a headline naming a 版 */
    {"00001版:一版要闻", PS_BOILER_CHROME},
    {"第A04版:澳闻 上一版3  4下一版", PS_BOILER_CHROME},
    {"浙江工人日报数字报纸", PS_BOILER_CHROME},
    {"关闭本页", PS_BOILER_CHROME},
    {"某某报推出新版:职工版面全新改版", PS_BOILER_NONE},
    /* a banner's text read over and over; but a title saying a word twice is not */
    {"工会新闻工会新闻工会新闻工会新闻", PS_BOILER_CHROME},
    {"工会新闻工会新闻", PS_BOILER_NONE},
    {"学习学习再学习", PS_BOILER_NONE},
    {"您当前所在的位置: 工会首页 -> 新闻动态 -> 正文", PS_BOILER_BREADCRUMB},
    {"您的位置：首页 > 工作计划", PS_BOILER_BREADCRUMB},
    {"首页 > 工作计划 > 工会工作计划", PS_BOILER_BREADCRUMB},
    {"2015-04-10 10:54:25 来源于: 文章被浏览 次", PS_BOILER_PUBLICATION},
    {"发布日期:2020-06-08   作者:  点击量:", PS_BOILER_PUBLICATION},
    {"发布时间：2013-01-10", PS_BOILER_PUBLICATION},
    {"时间:2022-03-31 08:26:59", PS_BOILER_PUBLICATION},
    {"时间:3月上旬", PS_BOILER_NONE},
    {"来源：市总工会 作者：办公室", PS_BOILER_PUBLICATION},
    {"【字体：大 中 小】【打印】【关闭】", PS_BOILER_PUBLICATION},
    {"与地区教育工会二○○八年工作要点相关的文章", PS_BOILER_RELATED},
    {"德育工作总结相关栏目", PS_BOILER_RELATED},
    {"上一篇：2011年工作计划 下一篇：2013年工作计划", PS_BOILER_RELATED},
    {"来源:奉贤区总工会", PS_BOILER_PUBLICATION},
    {"编辑:王楠", PS_BOILER_PUBLICATION},
    {"(作者:周瑶)", PS_BOILER_PUBLICATION},
    {"评论一下", PS_BOILER_RELATED},
    {"分享到: | 更多 |", PS_BOILER_FOOTER},
    {"[关闭窗口]", PS_BOILER_FOOTER},
    {"欢迎来到零思考方案网网站!", PS_BOILER_FOOTER},
    {"版权所有 © 某某市总工会 京ICP备12345678号", PS_BOILER_CHROME},
    {"copyright © 2006, 龙船社区", PS_BOILER_CHROME},
    /* licence numbers are footers; the same words in a plan's prose are not */
    {"某网药械信息备字(2022)第00010号", PS_BOILER_CHROME},
    {"(京)-非经营性-2019-0001", PS_BOILER_CHROME},
    {"推荐使用1024*768或以上分辨率,并使用新版浏览器", PS_BOILER_CHROME},
    /* a cookie notice, a paid subscription's ad, a Japanese edition's offer,
       an app's icon, an English browser warning */
    {"本网站使用相关技术提供更好的阅读体验,同时尊重使用者隐私,点这里了解中央社隐私声明", PS_BOILER_CHROME},
    {"发送短信 zmdsjb 10658300 即可订阅《驻马店手机报》,每天1毛钱", PS_BOILER_CHROME},
    {"こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。", PS_BOILER_CHROME},
    {"中央社一手新闻app icon中央社一手新闻app", PS_BOILER_CHROME},
    {"your browser does not appear to support traditional chinese.", PS_BOILER_CHROME},
    {"依法保护职工个人隐私，工会要做好维权工作。", PS_BOILER_NONE},
    /* a site's roster of leaders beside the article */
    {"陈 刚 全国总工会党组书记、副主席、书记处第一书记,机关党委书记", PS_BOILER_CHROME},
    {"马   璐 全国总工会副主席、书记处书记、党组成员", PS_BOILER_CHROME},
    {"县总工会主席 王某某", PS_BOILER_NONE},
    {"王某某 县总工会主席在会上讲话，要求各级工会抓好落实。", PS_BOILER_NONE},
    /* (a page in Japanese is text like any other) */
    {"省労働組合大会は、労働組合活動の効率を高めることを期待されている。", PS_BOILER_NONE},
    {"各单位要具备字迹清楚的台账，做到随时可查。", PS_BOILER_NONE},
    {"推进非经营性资产移交，完成企业改制。", PS_BOILER_NONE},
    {"购置高分辨率显示屏，改善职工书屋条件。", PS_BOILER_NONE},
    {"扫一扫在手机打开当前页", PS_BOILER_CHROME},
    {"2015-04-14 08:19", PS_BOILER_CHROME},
    {"2024/4/25 星期四", PS_BOILER_CHROME},
    {"2015-04-14", PS_BOILER_NONE}, /* by itself: a signature's date, or see below */
    {"2022年02月09日16:59", PS_BOILER_CHROME},
    {"| | | |", PS_BOILER_CHROME},
    {"图片1.png", PS_BOILER_CHROME},
    {"• 打印", PS_BOILER_CHROME},
    {"首页 工会要闻 基层动态 公告文件 维权热线", PS_BOILER_CHROME},
    {"职场 >工作计划 >", PS_BOILER_BREADCRUMB},
    {"稿子汇 www.gaozihui.com", PS_BOILER_CHROME},
    {"《开幕词》由会员上传分享,免费在线阅读,更多相关内容在应用文档", PS_BOILER_CHROME},
    {"维基百科,自由的百科全书", PS_BOILER_CHROME},
    {",无编辑摘要", PS_BOILER_CHROME},
    {"内容详情", PS_BOILER_CHROME},
    {"次编辑", PS_BOILER_CHROME},
    {"go homepage", PS_BOILER_CHROME},
    {"upload pictures", PS_BOILER_CHROME},
    {"writer: abc article type: news time: 2015/5/2 browse times: 12", PS_BOILER_CHROME},
    {"all articles(文章目录) all pictures(图片目录)", PS_BOILER_CHROME},
    {"乡镇(街道)分站: 甲镇 乙镇 丙镇 丁街道", PS_BOILER_CHROME},
    {"欢迎光临!! 1/2某某通知 1/3另一则通知，请查看", PS_BOILER_CHROME},
    {"/ 1", PS_BOILER_CHROME},
    {"(某区总工会供稿)", PS_BOILER_CHROME},
    {"(区工会综合文字)", PS_BOILER_CHROME},
    {"文/张三", PS_BOILER_PUBLICATION},
    {"文:图、文/李四", PS_BOILER_PUBLICATION},
    {"图/王五", PS_BOILER_PUBLICATION},
    /* content that looks short and bare */
    {"2012年2月6日", PS_BOILER_NONE},
    {"十月 |", PS_BOILER_NONE},
    {"趣味运动会 健步走 |", PS_BOILER_NONE},
    {"www.hkctu.org.hk", PS_BOILER_NONE},
    {"11", PS_BOILER_NONE},
    {"水电工会", PS_BOILER_NONE},
    /* plan prose that mentions the same words is not boilerplate */
    {"认真做好工会经费来源的审查工作，作者、编辑要加强学习。", PS_BOILER_NONE},
    {"乐山市教科文卫体工会2012年工作要点", PS_BOILER_NONE},
    {"2012年2月6日", PS_BOILER_NONE},
    {"当前位置，要认真学习贯彻会议精神。", PS_BOILER_NONE},
    /* a numbered heading of the plan is content, whatever it names */
    {"三、德育工作总结相关栏目", PS_BOILER_NONE},
    {"一、当前位置:首页 > 时代疫情", PS_BOILER_NONE},
    {"三、发布日期:2020女职工-0", PS_BOILER_NONE},
    {"(二)相关文章的学习", PS_BOILER_NONE},
    {"4.相关链接的维护", PS_BOILER_NONE},
    {"(此件公开发布)", PS_BOILER_NONE},
    {"1/2", PS_BOILER_NONE},
    {"文件汇编", PS_BOILER_NONE},
    {"图表", PS_BOILER_NONE},
    {"全年举办活动欢迎光临的职工参加。", PS_BOILER_NONE},
};

static void test_boiler_kinds(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof boiler_rows / sizeof *boiler_rows; i++) {
        int kind = ps_boiler_line_kind(boiler_rows[i].line, strlen(boiler_rows[i].line));
        if (kind != boiler_rows[i].kind) {
            print_error("row %zu '%s': expected %d, got %d\n", i, boiler_rows[i].line,
                        boiler_rows[i].kind, kind);
            fail();
        }
    }
}

/* Lines kept in the body, joined by '|'. */
static char *kept(const char *s)
{
    ps_text t;
    assert_int_equal(ps_text_init(&t, NULL, s, strlen(s)), PS_OK);
    ps_boiler_mark(&t);
    ps_buf b = PS_BUF_INIT;
    int rc = PS_OK;
    for (size_t i = 0; i < t.nlines; i++) {
        if (t.lines[i].flags & PS_LINE_BOILER || t.lines[i].e == t.lines[i].s)
            continue;
        if (b.len)
            ps_buf_putc(&rc, &b, '|');
        ps_buf_append(&rc, &b, t.fold + t.lines[i].s, t.lines[i].e - t.lines[i].s);
    }
    ps_text_release(&t);
    char *res = ps_buf_detach(&b, NULL);
    return res;
}

static void test_boiler_tails(void **state)
{
    (void)state;
    char links[2048] = "";
    for (int i = 0; i < 40; i++)
        strcat(links, i % 2 ? "工会工作总结" : "教师工作计划");
    char doc[4096];

    /* a related-link block ends the document */
    snprintf(doc, sizeof doc, "标题工作要点\n一、做好工作。\n相关文章\n%s\n", links);
    char *k = kept(doc);
    assert_string_equal(k, "标题工作要点|一、做好工作。");
    free(k);

    /* one very long unpunctuated line of run-together link titles */
    snprintf(doc, sizeof doc, "标题工作要点\n一、做好工作。\n%s\n", links);
    k = kept(doc);
    assert_string_equal(k, "标题工作要点|一、做好工作。");
    free(k);

    /* a month-by-month activity table at the end of a plan is content:
       short unpunctuated lines without any marker are never furniture */
    k = kept("医院工会2009年工作计划\n一、做好工作。\n时间 |\n活动内容 |\n一月 |\n"
             "春节联欢会 |\n二月 |\n登塔比赛 |\n九月 |\n艺术节 篮球比赛 中秋节 |\n"
             "十月 |\n趣味运动会 健步走 |\n十一月 |\n登山比赛 |\n");
    assert_string_equal(k, "医院工会2009年工作计划|一、做好工作。|时间 ||活动内容 ||一月 ||"
                           "春节联欢会 ||二月 ||登塔比赛 ||九月 ||艺术节 篮球比赛 中秋节 ||"
                           "十月 ||趣味运动会 健步走 ||十一月 ||登山比赛 |");
    free(k);

    /* a list of member unions, one a line, ends the page: content */
    k = kept("工联属下有十个工会:\n水电工会\n汽车机器工会\n公共汽车工会\n海员工会\n"
             "三轮车工会\n公务华员职工会\n货车运输业互助会\n的士司机互助会\n製衣工会\n织造工会\n");
    assert_string_equal(k, "工联属下有十个工会:|水电工会|汽车机器工会|公共汽车工会|海员工会|"
                           "三轮车工会|公务华员职工会|货车运输业互助会|的士司机互助会|製衣工会|织造工会");
    free(k);

    /* a bare date under the headline is its publication date; under the
       signature, the plan's date */
    k = kept("标题工作要点\n[ 2012/07/04 ]\n一、做好工作。\n某某县总工会\n2013-01-08\n");
    assert_string_equal(k, "标题工作要点|一、做好工作。|某某县总工会|2013-01-08");
    free(k);

    /* … and the tags a document site puts under it, but not a heading
       under it that is a sentence, nor a tag-like line that no date heads */
    k = kept("小学工会工作计划模板\n2023-04-04\n小学工会工作计划 小学工会工作\n一、做好工作。\n");
    assert_string_equal(k, "小学工会工作计划模板|一、做好工作。");
    free(k);
    k = kept("小学工会工作计划模板\n2023-04-04\n为做好今年工作，特制定本计划。\n一、做好工作。\n");
    assert_string_equal(k, "小学工会工作计划模板|为做好今年工作，特制定本计划。|一、做好工作。");
    free(k);
    k = kept("小学工会工作计划模板\n艺术节 篮球比赛 中秋节\n一、做好工作。\n");
    assert_string_equal(k, "小学工会工作计划模板|艺术节 篮球比赛 中秋节|一、做好工作。");
    free(k);

    /* a site menu above the breadcrumb goes; the headline below it stays */
    k = kept("请输入关键词\n首 页\n机构设置\n新闻动态\n首页\n>\n市总要闻\n>\n正文\n"
             "工作要点\n来源:市总工会 时间:2013年05月17日 浏览次数:1735\n一、做好工作。\n");
    assert_string_equal(k, "工作要点|一、做好工作。");
    free(k);

    /* the signature at the end is not a link run */
    k = kept("标题工作要点\n一、做好工作。\n某某县总工会\n2012年1月5日\n");
    assert_string_equal(k, "标题工作要点|一、做好工作。|某某县总工会|2012年1月5日");
    free(k);

    /* a comment widget ends the page */
    k = kept("标题工作要点\n一、做好工作。\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n");
    assert_string_equal(k, "标题工作要点|一、做好工作。");
    free(k);

    /* a section's name under a breadcrumb that names it as an inner step
       goes; the headline, the trail's last step, stays */
    k = kept("当前位置 > 首页 > 图片新闻 > 本会新闻 > 某会代表大会致词\n本会新闻\n"
             "某会代表大会致词\n一、做好工作。\n");
    assert_string_equal(k, "某会代表大会致词|一、做好工作。");
    free(k);
    k = kept("当前位置 > 首页 > 工作计划\n工作计划\n一、做好工作。\n");
    assert_string_equal(k, "工作计划|一、做好工作。");
    free(k);

    /* a section's name (通知公告) ends a site's header like 首页 does */
    k = kept("某某区总工会\nwww.example.org\n某某口号 服务职工\n通知公告\n"
             "关于开展活动的通知\n各基层工会:\n现将有关事项通知如下。\n");
    assert_string_equal(k, "关于开展活动的通知|各基层工会:|现将有关事项通知如下。");
    free(k);

    /* a sidebar of bulleted links in groups under short labels goes whole;
       a plan's short bulleted list stays */
    k = kept("媒体\n• 甲报\n• 乙报\n• 丙报\n• 丁报\n• 戊报\n分类\n• 要闻\n• 经济\n"
             "• 体育\n• 艺术\n• 科技\n标题工作要点\n一、做好工作。\n");
    assert_string_equal(k, "标题工作要点|一、做好工作。");
    free(k);
    k = kept("标题工作要点\n重点\n• 建家\n• 维权\n• 帮扶\n一、做好工作。\n");
    assert_string_equal(k, "标题工作要点|重点|• 建家|• 维权|• 帮扶|一、做好工作。");
    free(k);

    /* "上一篇" in the middle, prose after it: only that line goes */
    k = kept("标题工作要点\n上一篇：旧计划\n一、认真做好工会的各项工作，团结动员广大职工，"
             "为完成全年目标任务而努力奋斗，进一步加强组织建设，切实维护职工合法权益。\n");
    assert_string_equal(k, "标题工作要点|一、认真做好工会的各项工作，团结动员广大职工，"
                           "为完成全年目标任务而努力奋斗，进一步加强组织建设，切实维护职工合法权益。");
    free(k);
}

struct heading_row {
    const char *line;
    int num;
    const char *title; /* the heading's own title */
};

static const struct heading_row heading_rows[] = {
    {"第一篇:朝陽區衛生局工會2012年工作要點", 1, "朝陽區衛生局工會2012年工作要點"},
    {"第五篇：工会工作要点", 5, "工会工作要点"},
    {"第十二篇 工作计划", 12, "工作计划"},
    {"第3篇:计划", 3, "计划"},
    {"篇二：工会工作计划", 2, "工会工作计划"},
    {"【篇三】工会工作计划", 3, "工会工作计划"},
    {"第二篇", 2, ""},
    {"第一篇文章说明了问题", 0, NULL},
    {"第一章:总则", 0, NULL},
    /* numbered at the end, as essay sites do */
    {"小学工会工作计划 【篇1】", 1, "小学工会工作计划"},
    {"2023年学校工会工作计划范本 篇2", 2, "2023年学校工会工作计划范本"},
    {"学校工会工作计划(篇三)", 3, "学校工会工作计划"},
    {"学校工会工作计划（篇四）", 4, "学校工会工作计划"},
    {"学校工会工作计划　篇5", 5, "学校工会工作计划"},
    {"工会工作要点 第四篇", 4, "工会工作要点"},
    {"详见本书第三篇", 0, NULL},
    {"内容见下，篇2", 0, NULL},
};

static void test_headings(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof heading_rows / sizeof *heading_rows; i++) {
        const struct heading_row *r = &heading_rows[i];
        size_t ts = 0, te = 0, n = strlen(r->line);
        int num = ps_split_heading(r->line, n, &ts, &te);
        char got[128] = "";
        if (num)
            snprintf(got, sizeof got, "%.*s", (int)(te - ts), r->line + ts);
        if (num != r->num || (r->title && strcmp(got, r->title) != 0)) {
            print_error("row %zu '%s': got %d '%s'\n", i, r->line, num, got);
            fail();
        }
    }
}

static void test_split(void **state)
{
    (void)state;
    static const char comp[] = "当前位置：首页\n第一篇：甲\n正文一\n第二篇：乙\n正文二\n"
                               "第三篇：丙\n正文三 第四篇 提到\n";
    ps_text t;
    ps_part parts[8];
    assert_int_equal(ps_text_init(&t, NULL, comp, sizeof comp - 1), PS_OK);
    assert_int_equal(ps_split(&t, parts, 8), 3);
    /* the breadcrumb above the first heading stays with the first part */
    assert_int_equal(parts[0].first, 0);
    assert_int_equal(parts[0].end, 3);
    assert_int_equal(parts[1].first, 3);
    assert_int_equal(parts[2].first, 5);
    assert_int_equal(parts[2].end, t.nlines);
    ps_text_release(&t);

    /* one heading alone, or headings out of order: not a compilation */
    static const char one[] = "第一篇：甲\n正文\n";
    assert_int_equal(ps_text_init(&t, NULL, one, sizeof one - 1), PS_OK);
    assert_int_equal(ps_split(&t, parts, 8), 0);
    ps_text_release(&t);
    static const char odd[] = "第二篇：乙\n第一篇：甲\n";
    assert_int_equal(ps_text_init(&t, NULL, odd, sizeof odd - 1), PS_OK);
    assert_int_equal(ps_split(&t, parts, 8), 0);
    ps_text_release(&t);
}

static void test_clean_span(void **state)
{
    (void)state;
    static const char s[] = "  神木五中2017-2018学年\n  工会 工作要点  \nEnglish  words";
    ps_text t;
    assert_int_equal(ps_text_init(&t, NULL, s, sizeof s - 1), PS_OK);
    assert_int_equal(t.nlines, 3);
    char *c = ps_text_clean(&t, t.lines[0].s, t.lines[1].e, 1, NULL);
    assert_string_equal(c, "神木五中2017-2018学年工会工作要点");
    free(c);
    c = ps_text_clean(&t, t.lines[2].s, t.lines[2].e, 0, NULL);
    assert_string_equal(c, "English words");
    free(c);
    ps_text_release(&t);
}

/* The body a text names most (the fallback when no sentence says who
   writes): ps_body_most's name, or NULL. */
static char *body_most(const char *s)
{
    ps_text t;
    ps_body b[32];
    assert_int_equal(ps_text_init(&t, NULL, s, strlen(s)), PS_OK);
    size_t n = ps_bodies_find(&t, NULL, b, 32);
    const ps_body *m = ps_body_most(&t, b, n);
    char *name = m ? strndup(t.fold + m->s, m->e - m->s) : NULL;
    ps_text_release(&t);
    return name;
}

static void test_body_most(void **state)
{
    (void)state;
    static const struct {
        const char *what, *text, *body;
    } rows[] = {
        {"a body named again by the end of its name counts as one",
         "近日，河北省秦皇岛市总工会召开推进会。山海关区总工会推动建会。\n秦皇岛市总工会要求抓好落实。\n",
         "秦皇岛市总工会"},
        {"its name with its place over a bare 市总工会 written more often",
         "市总工会要求抓好落实。市总工会将加强督导。\n市总工会主席讲话。秦皇岛市总工会部署工作。\n",
         "秦皇岛市总工会"},
        {"two bodies named as often: none",
         "山海关区总工会推动建会。昌黎县总工会指导建会。\n山海关区总工会表彰先进。昌黎县总工会表彰先进。\n",
         NULL},
        {"every body of a tier (各县区工会) is none in particular",
         "各县区工会要抓落实。各县区工会要抓督导。\n秦皇岛市总工会部署工作。\n", NULL},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        char *got = body_most(rows[i].text);
        print_message("%s: %s\n", rows[i].what, got ? got : "(none)");
        if (rows[i].body)
            assert_non_null(got), assert_string_equal(got, rows[i].body);
        else
            assert_null(got);
        free(got);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html),
        cmocka_unit_test(test_boiler_kinds),
        cmocka_unit_test(test_boiler_tails),
        cmocka_unit_test(test_headings),
        cmocka_unit_test(test_split),
        cmocka_unit_test(test_clean_span),
        cmocka_unit_test(test_body_most),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
