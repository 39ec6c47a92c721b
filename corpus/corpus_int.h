/*
 * corpus/: internal interfaces between the reader's files.  Not installed;
 * the unit tests include it to test each stage on plain strings.
 *
 * Pipeline (reader.c): bytes -> encoding.c (UTF-8) -> html.c (tags out)
 * -> text.c (fold + lines) -> split.c (compilation parts) -> per part:
 * boilerplate.c (marks lines) -> meta.c (title, year, org, level, sector,
 * date, doc number, region).
 */
#ifndef PS_CORPUS_INT_H
#define PS_CORPUS_INT_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_corpus.h"
#include "ps_gazetteer.h"
#include "ps_status.h"

#include <stddef.h>
#include <stdint.h>

/*
 * Files above this size are refused (PS_EIO, "file too large"), not
 * streamed: a plan page is a few hundred KB at most, and the reader holds
 * a file, its UTF-8 form, its folded form and the fold's byte map (8 bytes
 * per byte) at once, about 12 bytes per input byte: 16 MB costs ~200 MB.
 */
#define PS_CORPUS_MAX_FILE ((size_t)16 << 20)

/* ==== Interface to code in text.c ===================================== */

/* Sentence punctuation (folded): a line holding one is prose. */
extern const char *const ps_sentence_punct[];
int ps_has_any(const char *s, size_t n, const char *const *words);
int ps_starts_any(const char *s, size_t n, const char *const *words);
int ps_ends_any(const char *s, size_t n, const char *const *words);
/* Where the first of any of words stands in s[0..n), or n if none does. */
size_t ps_find_first(const char *s, size_t n, const char *const *words);
/* How many times any of words stands in s[0..n); *last_end (may be NULL)
   the end of the last of them, 0 if none. */
size_t ps_occurrences(const char *s, size_t n, const char *const *words, size_t *last_end);
/* Where the UTF-8 character before s[i] starts (0 at the start). */
size_t ps_u8_prev(const char *s, size_t i);
/* What ends a clause: full stops, commas, semicolons, colons, ! and ?. */
extern const char *const ps_clause_ends[];
/* Where the clause holding s[at] starts: just after the last of
   ps_clause_ends in s[from..at), else from. */
size_t ps_clause_start(const char *s, size_t from, size_t at);
/* True when needle[0..nn) occurs in h[0..hn). */
int ps_contains(const char *h, size_t hn, const char *needle, size_t nn);

/* Decode one UTF-8 code point (invalid byte: 0xFFFFFFFF, 1 byte). */
size_t ps_u8_next(const char *s, size_t n, uint32_t *cp);
/* True for code points treated as blank: ASCII space, tabs, U+3000, NBSP. */
int ps_u8_is_space(uint32_t cp);
/* Find needle in s[0..n); returns its offset or (size_t)-1. */
size_t ps_find(const char *s, size_t n, const char *needle);
/* Where the title mark 《 opens that s[at] stands inside (opened in
   s[0..at) and not closed there: the title of a document a text cites), or
   (size_t)-1. */
size_t ps_title_mark_open(const char *s, size_t at);
int ps_starts(const char *s, size_t n, const char *prefix);
int ps_ends(const char *s, size_t n, const char *suffix);

/* One line of a text, in folded byte offsets. */
typedef struct ps_line {
    size_t ls, le;  /* the whole line, without its '\n' */
    size_t s, e;    /* its content, blanks trimmed at both ends */
    unsigned flags; /* PS_LINE_* */
} ps_line;

enum ps_line_flags {
    PS_LINE_BOILER = 1u << 0 /* boilerplate: kept in raw, not in body */
};

/*
 * A document's text twice: as written (orig) and folded (simplified,
 * half-width, lower case; see ps_cjk_fold_string), with a byte map from
 * folded to original offsets, split into lines.  Extractors search the
 * folded text and report strings cut from the original.
 */
typedef struct ps_text {
    const char *orig; /* borrowed */
    size_t orig_len;
    char *fold;       /* owned, NUL-terminated */
    size_t fold_len;
    size_t *map;      /* fold_len + 1 entries; NULL when not folded */
    ps_line *lines;
    size_t nlines;
    int taiwan;       /* ps_taiwan_page's answer, read when the text is made */
} ps_text;

/*
 * Fold s[0..n) and split it into lines.  `cjk` may be NULL: the text is
 * then used as is (tests of rules that need no folding).
 * Returns PS_OK or PS_ENOMEM.
 */
int ps_text_init(ps_text *t, const ps_cjk *cjk, const char *s, size_t n);
void ps_text_release(ps_text *t);
/* The original offset of folded offset f. */
size_t ps_text_orig(const ps_text *t, size_t f);
/* The first line of content (not boilerplate, not empty) at or after line
   li; t->nlines when there is none.  The extractors walk a page's first
   lines of content with it. */
size_t ps_text_content(const ps_text *t, size_t li);
/* Is t a page of Taiwan's by its words (民国, 台北, 总统 …)? */
int ps_taiwan_page(const ps_text *t);
/* Is t written in traditional script (folding changed its characters)? */
int ps_traditional(const ps_text *t);

/*
 * The folded range [fs, fe) cleaned for display: line breaks and the
 * blanks around them dropped, blanks between two CJK characters dropped,
 * other blank runs made one space.  `orig` selects the original bytes
 * instead of the folded ones.  Returns a malloc'd string or NULL (ENOMEM).
 * When `offs` is non-NULL (folded only), it receives a malloc'd array
 * giving for each output byte its folded offset in t (plus one final entry).
 */
char *ps_text_clean(const ps_text *t, size_t fs, size_t fe, int orig,
                    size_t **offs);

/* ==== Interface to code in encoding.c ================================= */

/*
 * Convert a file's bytes to UTF-8 (appended to out): UTF-8 with or without
 * BOM, UTF-16 with BOM, GB18030 (GBK, GB2312) and Big5, chosen by BOM, an
 * HTML charset declaration, UTF-8 validity, libuchardet and a byte-pair
 * score.  A few invalid sequences become U+FFFD; CR LF and CR become LF,
 * NUL bytes become spaces.  *encoding receives a static name ("UTF-8",
 * "UTF-16LE", "GB18030", "BIG5").
 * Returns PS_OK, PS_EENCODING ("skipping 'path': binary file" or
 * "... undecodable text") or PS_ENOMEM.
 */
int ps_decode(const char *path, const char *data, size_t n, ps_buf *out,
              const char **encoding, ps_error *err);

/* ==== Interface to code in html.c ===================================== */

/* True when the text is an HTML page (by content, or .htm/.html path). */
int ps_html_detect(const char *s, size_t n, const char *path);
/*
 * Charset named by <meta charset=…> / content="…charset=…" in the first
 * bytes of an HTML page, copied to buf; NULL when none.
 */
const char *ps_html_charset(const char *s, size_t n, char *buf, size_t size);
/*
 * Text of an HTML page: tags, comments, <script>, <style> and <head>
 * dropped, entities decoded, block elements and <br> made line breaks,
 * other white space collapsed (appended to out; sticky rc).
 */
void ps_html_strip(const char *s, size_t n, int *rc, ps_buf *out);

/* ==== Interface to code in boilerplate.c ============================== */

enum ps_boiler_kind {
    PS_BOILER_NONE = 0,
    PS_BOILER_BREADCRUMB, /* 当前位置:首页 > … */
    PS_BOILER_PUBLICATION,/* 发布日期:… 作者:… 点击量:… */
    PS_BOILER_RELATED,    /* 相关文章, 相关栏目, 上一篇 … (starts a tail) */
    PS_BOILER_FOOTER,     /* 版权所有, ICP备 … */
    PS_BOILER_CHROME      /* site chrome: share and follow buttons, menus,
                             counters, a lone publication date, image file
                             names, reposting disclaimers */
};

/* The kind of one (folded, trimmed) line taken on its own. */
int ps_boiler_line_kind(const char *s, size_t n);
/* Mark the boilerplate lines of t (PS_LINE_BOILER). */
void ps_boiler_mark(ps_text *t);

/* ==== Interface to code in split.c ==================================== */

/* A document of a compilation: lines [first, end) of the text. */
typedef struct ps_part {
    size_t first, end;
} ps_part;

/*
 * The documents of a compilation (第一篇：… 第二篇：…, 篇一 …): the number
 * of parts (0 when the text is a single document), at most `max` written.
 * Text before the first heading goes to the first part.
 */
size_t ps_split(const ps_text *t, ps_part *out, size_t max);
/*
 * The heading number of a line (第三篇:… → 3; also 篇二：…, 【篇三】…, and at
 * the end: 工会工作计划 【篇1】), 0 if it is no heading.  [*ts, *te) receive
 * the heading's own title text, if any (either pointer may be NULL).
 */
int ps_split_heading(const char *s, size_t n, size_t *ts, size_t *te);

/* ==== Interface to code in meta_year.c ================================ */

/* Year written at s (2012年, 二〇一二年, 2017-2018学年第二学期 …): the year,
 * or 0; *len receives the bytes used.  `bare` accepts a 4-digit year
 * without 年 (titles such as "2012工会工作要点"). */
int ps_year_at(const char *s, size_t n, int bare, size_t *len);
/* meta_english.c: pages in English.  Is the page mostly Latin letters?
   And, on such a page (the two below do not ask again), the body it names
   in English (All-China Federation of Trade Unions, Shanghai General Trade
   Union …): its folded span, the code of
   the place it or the page names ("全国" for the nation, a province's or a
   territory's GB/T code, NULL) and its level from its name's words (NULL
   when they say none).  Returns 1 when a body was found. */
typedef struct ps_english {
    size_t s, e;
    const char *code, *level;
} ps_english;
int ps_english_page(const ps_text *t);
int ps_english_body(const ps_text *t, ps_english *out);
/* Does an English page's opening tell what was done (held, convened,
   launched, announced …)?  [*s, *e) the line that does. */
int ps_english_news(const ps_text *t, size_t *s, size_t *e);
/* First year written in s[0..n); *at and *len give where; 0 if none. */
int ps_year_find(const char *s, size_t n, int bare, size_t *at, size_t *len);

/* A year opening a paragraph (2012年全县工会工作的指导思想是…) in the 30
 * non-empty lines from line `from`: the year, its line and the folded
 * offset after it; 0 if none. */
int ps_year_lead(const ps_text *t, size_t from, size_t *li, size_t *after);

/* ==== Interface to code in meta_date.c ================================ */

/* A date Y年M月D日 (Arabic or Chinese numerals) at s: 1 and the fields,
 * or 0.  *len receives the bytes used. */
int ps_date_at(const char *s, size_t n, int *y, int *m, int *d, size_t *len);
/* A date of the Republic's calendar (98年5月12日 → 2009), for Taiwan's pages. */
int ps_roc_date_at(const char *s, size_t n, int *y, int *m, int *d, size_t *len);
/* A day without its year, M月D日 (3月15日, 元月8号), at s: 1 and the fields. */
int ps_month_day_at(const char *s, size_t n, int *m, int *d, size_t *len);
/* True when a date Y年M月D日 occurs anywhere in s. */
int ps_date_in(const char *s, size_t n);

typedef struct ps_signature {
    int y, m, d;
    size_t os, oe; /* folded range of the signing body, os == oe if none */
} ps_signature;

/*
 * The signature: a line ending with a date (二〇一二年二月十日, or in
 * parentheses under a title), the body before it on the same line or on
 * the line above; or a date in digits alone under a body's name.  The
 * first whose body agrees with the folded `org` (NULL: any); 0 if none.
 */
int ps_signature_find(const ps_text *t, const char *org, size_t orglen,
                      ps_signature *sig);

/* ==== Interface to code in meta_docnum.c ============================== */

/* A document number (乐工教科文卫体[2012]2号, 京工发〔2012〕15号) found
 * at the start of s: its length in bytes, or 0. */
size_t ps_docnum_at(const char *s, size_t n);
/* The document's own number (a line of its own above line `until` or in the
 * first 20 lines), folded with square brackets, malloc'd in *out (NULL if
 * none).  PS_OK or PS_ENOMEM. */
int ps_docnum_find(const ps_text *t, size_t until, char **out);

/* The year an event on the page fixes (news of 中国工会第十六次全国代表大会
   being held, 庆祝建党100周年), its sentence at [*es, *ee); 0 if none. */
int ps_event_year(const ps_text *t, size_t *es, size_t *ee);
/* The years a page can be for by the Party congress whose spirit it studies
   (学习贯彻党的十八大精神 → 2012–2018); 0 if it studies none, or several
   that do not overlap. */
int ps_era_bounds(const ps_text *t, int *lo, int *hi);

/* ==== Interface to code in meta_title.c =============================== */

/* Where the title is, as a folded range [*fs, *fe); *line its (last) line,
 * or (size_t)-1 when it came from a notice or a heading.  0 if none. */
int ps_title_find(const ps_text *t, size_t *fs, size_t *fe, size_t *line);
/* A news page's headline when no plan title stands out: the heading-like
 * line above the publication line, else the first naming a union, else the
 * first; never navigation.  0 if none. */
int ps_headline_find(const ps_text *t, size_t *fs, size_t *fe, size_t *line);

/* ==== Interface to code in meta_docyear.c ============================= */

/* What the rest of the extraction knows that the year depends on. */
typedef struct ps_year_facts {
    const char *tfold; /* the folded title, or NULL */
    size_t tlen;
    size_t fs, fe;    /* the title's range in t->fold */
    size_t tline;     /* the title's line, (size_t)-1 if none */
    int lead;         /* a year opening a paragraph (ps_year_lead), or 0 */
    size_t lead_line;
    int sig_year;     /* a signature's year (not a headline over a date), or 0 */
    size_t sig_os, sig_oe;
} ps_year_facts;

/* The year chosen: 0 if none; how names the rule (provenance); [s, e) the
   folded range that says it; summary is set when a plan-and-summary title
   turned out to head a summary alone (its kind is then summary). */
typedef struct ps_year_pick {
    int year;
    const char *how;
    size_t s, e;
    int summary;
} ps_year_pick;

/* The year a document of this kind (enum ps_kind) is for.  PS_OK or
 * PS_ENOMEM. */
int ps_doc_year(const ps_text *t, const ps_year_facts *f, int kind, ps_year_pick *out);

/* ==== Interface to code in meta_org.c ================================= */

/* Is org a community's, a village's or a park's federation of its units'
   unions (某社区工联会, 某村工会联合会, 某商圈工会联合会), at no tier
   RULES.md can name, as its readers label it (neither a unit's nor a
   township's)? */
int ps_org_tierless(const char *org, size_t n);
/* Level (全国 省 市 县 乡镇 基层) of a folded organisation name, NULL if
 * its name does not say; place_level (enum ps_place_level or 0) is the
 * level of its resolved place, if any. */
const char *ps_org_level(const char *org, size_t n, int place_level);
/* A folded name of one company's union as Taiwan and Hong Kong write it
 * (台铁产业工会, 中钢企业工会, 九巴雇员工会, 中华邮政工会): not a
 * federation (总工会, 联合会), nor a trade's union (职业工会). */
int ps_org_company_union(const char *org, size_t n);
/* A folded name of an industry's union named by a trade (台湾护理产业工会,
 * 高市教育产业工会): Taiwan's unions of a trade's workers across employers,
 * at no tier RULES.md names. */
int ps_org_trade_industrial(const char *org, size_t n);
/* Sector (总工会 教育 卫生 …) a folded organisation name states, or NULL. */
const char *ps_org_sector(const char *org, size_t n);
/* The organisation part of a folded title: [*at, *at + *len), 0 if none. */
int ps_org_from_title(const char *title, size_t n, size_t *at, size_t *len);
/* A name a body signs with: holds 工会, 委员会, 工委 or a unit. */
int ps_org_like(const char *s, size_t n);
/* Level and sector a folded phrase states about a body that is not named
 * ("学校工会", "全县工会"); either may be NULL. */
void ps_org_scope(const char *s, size_t n, const char **level,
                  const char **sector);

/* ==== Interface to code in meta_body.c ================================ */

/* A union body named in the text: 梧州市总工会, 县教育工会, 阜南县总工会. */
typedef struct ps_body {
    size_t s, e;         /* folded range of the name, union word included */
    size_t line;         /* its line */
    size_t content_line; /* 1 for the first non-boilerplate line …; 0 in boilerplate */
    size_t sentence;     /* sentences of the text before it */
    size_t prose_line;   /* lines with sentence punctuation up to its own */
    int boiler;          /* named in a boilerplate line (来源:…总工会) */
    int subject;         /* followed by an act (召开, 举行, 印发 …) */
    int cited;           /* an authority acted on (根据全国总工会…要求, 《全总…计划》) */
} ps_body;

/* Every union body named in t, in order, at most max; the count. */
size_t ps_bodies_find(const ps_text *t, const ps_gazetteer *gaz, ps_body *out,
                      size_t max);
/* The place of a body named name[0..n): the gazetteer's reading with the
   text as context, a body known to have no place in its name (工联会), or a
   county named by a unique two-character name (易县总工会); 0 if none. */
int ps_body_place(const ps_gazetteer *gaz, const char *name, size_t n, const char *context,
                  size_t context_len, ps_place *out);
/* The body that issued the document among the mentions, or NULL. */
const ps_body *ps_body_issuer(const ps_text *t, const ps_body *b, size_t n);
/* The one body the text names, however often, when its name starts with
   its place (来宾市总工会 in a third sentence and a sixth, no other); NULL
   if the text names none or several, or only by tier (市总工会). */
const ps_body *ps_body_only(const ps_text *t, const ps_gazetteer *gaz, const ps_body *b,
                            size_t n);
/* The body the text names most often, at least twice and more often than
   any other (县总工会 three times, 某公司工会 once), or NULL. */
const ps_body *ps_body_most(const ps_text *t, const ps_body *b, size_t n);
/* A school, hospital or firm named without a union word as the subject of
   its workers' own event in the opening (某医院在…召开工会会员代表大会):
   its folded range; 0 if the opening is no such unit's. */
int ps_unit_subject(const ps_text *t, size_t *us, size_t *ue);
/* A unit honoured as the subject of the headline or of the first two
   sentences (某农商行被授予…称号, 某医院工会荣获…): *us, *ue its name. */
int ps_honoured_unit(const ps_text *t, size_t *us, size_t *ue);
/* A unit opening the headline as the holder or entrant of what it tells
   (某集团举办…, 某集团代表队参加…): *us, *ue its name; 0 if none. */
int ps_acting_unit(const ps_text *t, size_t tline, size_t *us, size_t *ue);
/* On a page of Taiwan, a city's labour bureau that holds what the page
   tells, opening its clause (台南市劳工局3日于善化举办…): *gs, *ge its name. */
int ps_gov_holder(const ps_text *t, size_t *gs, size_t *ge);
/* A committee or district office of Hong Kong's federation continuing the
   name at fold[s, e) (工联会社会事务委员会, 工联会新界北服务处): the end of
   the office's name, else e. */
size_t ps_federation_office(const ps_text *t, size_t s, size_t e);
/* Does a visitor come to the writing unit in t's first lines (莅临我校, 到我
   公司调研, 来我院): the page is the host's. */
int ps_host_visited(const ps_text *t);
/* Is a body named by its tier alone (市总工会, 区教育工会, 镇工会, 省总工会),
   its place left to the page? */
int ps_body_tier_only(const char *s, size_t n);
/* Do the first `lines` lines of content hold any of words? */
int ps_opening_has(const ps_text *t, size_t lines, const char *const *words);
/* The tier of the place a higher body (its level `visitor`) is told
 * visiting, when the page speaks as that place (省总工会调研组…来我区调研
 * → 县): a level below the visitor's, or NULL. */
const char *ps_host_tier(const ps_text *t, const char *visitor);
/* The place a visit is told coming to by its own short name, as the host
   writes it (省总工会调研组来漳调研, 来三明市调研, 莅同): PS_OK with *out the
   place (a one-character name by the place the text names starting with
   it), else PS_DONE. */
int ps_host_place(const ps_text *t, const ps_gazetteer *gaz, ps_place *out);

/* ==== Interface to code in meta_issuer.c ============================== */

/* What the issuer's rules read of the title (ps_meta_extract found it). */
typedef struct ps_title_facts {
    const char *tfold;  /* the title, folded; NULL if none */
    size_t tlen;
    const size_t *offs; /* tfold's byte i is t->fold's offs[i] */
    size_t fs, fe;      /* where the title stands in t->fold */
    size_t tline;       /* its line ((size_t)-1: none) */
    int plan_title;     /* a plan's title (…工作要点), not a headline */
    int kind;           /* enum ps_kind of the document */
} ps_title_facts;

/* Who issued a document, and what the place and level rules must know of
   how it was found. */
typedef struct ps_issuer {
    char *fold;            /* the body's folded name (owned), NULL if none */
    size_t s, e;           /* its range in t->fold */
    const char *how;       /* "title", "signature", "host" … (static) */
    size_t nb;             /* bodies found (in the caller's array) */
    int dated;             /* a signature with a date: sig */
    ps_signature sig;
    int sig_top;           /* that "signature" is a headline over a date */
    int host;              /* a higher body visited the unit that writes */
    const char *host_tier; /* … or the county or city that writes: its tier */
    int host_placed;       /* … named by its place (来漳调研): host_pl */
    ps_place host_pl;
    int government;        /* a labour bureau of Taiwan holds the event */
    int subunit;           /* a committee or office of Hong Kong's federation */
    int honoured;          /* the page is a unit's news of its honour */
} ps_issuer;

/* Find the issuer of t, filling bodies[0..max_bodies) with the bodies it
   names (out->nb of them).  PS_OK or PS_ENOMEM; out->fold is the caller's
   to free. */
int ps_issuer_find(const ps_text *t, const ps_gazetteer *gaz, const ps_title_facts *tf,
                   ps_body *bodies, size_t max_bodies, ps_issuer *out);

/* ==== Interface to code in meta_where.c =============================== */

/* What the place and level rules read: the title, the issuer, the bodies
   named (is->nb of them), the kind as the year rules left it, and the
   opening's lead sentence (ps_year_lead). */
typedef struct ps_where_facts {
    const ps_title_facts *tf;
    const ps_issuer *is;
    const ps_body *bodies;
    int kind;
    int lead;
    size_t lead_line, lead_after;
} ps_where_facts;

/* Set p's region (with its code and source) and level (and sector).
   PS_OK or PS_ENOMEM. */
int ps_where_find(const ps_text *t, const ps_gazetteer *gaz, const ps_where_facts *wf,
                  ps_plan *p);

/* "what: the words that said it", the source a field gives for itself
   (the words cut to about 40 characters); NULL when out of memory. */
char *ps_meta_source(const char *what, const ps_text *t, size_t fs, size_t fe);

/* ==== Interface to code in meta_when.c ================================ */

enum ps_year_ev_kind {
    PS_YEV_MENTION = 0, /* a year in running text */
    PS_YEV_DEPLOY,      /* 部署2016年工作任务, 2016年工作要点 */
    PS_YEV_REVIEW,      /* 总结2015年工作, 2015年工作总结 */
    PS_YEV_DATE,        /* a full date: 2016年3月15日 */
    PS_YEV_PUBLISHED    /* 发布时间: 2016-03-02 (boilerplate lines too) */
};

typedef struct ps_year_ev {
    int year;
    int kind;      /* enum ps_year_ev_kind */
    int next;      /* a review whose sentence deploys a year it does not name */
    size_t s, e;   /* folded range of the clause (or line) saying it */
    size_t line;
    size_t content; /* lines of content above it */
    int labelled;   /* a publication date after its label (发布时间:, 来源: …) */
    int partial;    /* a review of part of the year (2015年上半年, 一季度) */
    int opens;      /* a full date a sentence goes on from (2018年7月30日，…召开) */
    int named;      /* a year naming an event held (举办2023年…大赛), no full date */
    int banner;     /* a publication date with its weekday above all content
                       (2024/5/2 星期四): perhaps the site's today */
} ps_year_ev;

/* Does a publication line (发布时间: 2016-03-02, a date and time under the
   headline) stand above t's first lines of content: a page a site dated? */
int ps_page_dated(const ps_text *t);
/* The statements about years in t, in order, at most max; the count. */
size_t ps_year_evidence(const ps_text *t, ps_year_ev *ev, size_t max);
const char *ps_year_ev_name(int kind);
/* The year a document of `kind` is for, from its statements ev[0..n) in the
   order a researcher trusts them; *which the deciding one.  0: none, or
   statements of the deciding kind disagree. */
int ps_year_decide(const ps_year_ev *ev, size_t n, int kind, const ps_year_ev **which);
/* Does the first day t's opening tells without a year (12月26日) come after
   the day of its publication line pub, in a year it cannot then be, or half
   a year and more before it?  The line is then a later copy's, or the event
   a year before it. */
int ps_event_off_published(const ps_text *t, const ps_year_ev *pub);

/* ==== Interface to code in meta_place.c ================================ */

/* The one place the superior bodies t cites agree on (按宣汉县教育工会…):
   PS_OK, else PS_DONE. */
int ps_superior_place(const ps_text *t, const ps_gazetteer *gaz, ps_place *out);
/* The place level a body's level names (市 → PS_PLACE_PREFECTURE); 0 none. */
int ps_place_level_of(const char *level);
/* Set p's region to pl, `from` saying why (owned; NULL means out of memory):
   PS_OK or PS_ENOMEM. */
int ps_set_place(ps_plan *p, const ps_place *pl, char *from);
/* The place the first `sentences` sentences of prose name, cut to `level`
   (0: any; a county-level city stands for a 市 body unless `prefecture`,
   the body's name making it a prefecture's); *os, *oe the folded range
   read.  PS_OK or PS_DONE. */
int ps_opening_place(const ps_text *t, const ps_gazetteer *gaz, int level, int prefecture,
                     size_t sentences, ps_place *out, size_t *os, size_t *oe);
/* Hong Kong, Macau and Taiwan regions cut to their top level. */
/* The one place the places named in the first `max` sentences of prose lie
   in, clause by clause, no deeper than `deepest` (a ps_place_level):
   美丽河北 and 石家庄 → 石家庄 (or 河北 when deepest is the province),
   石家庄 and 唐山 → 河北; PS_DONE when none is named or two provinces are.
   *os, *oe the folded range that named the first. */
/* Whether a's path holds b's: a is b or one of its ancestors. */
int ps_place_holds(const ps_place *a, const ps_place *b);
int ps_text_province(const ps_text *t, const ps_gazetteer *gaz, size_t max, int deepest,
                     ps_place *out,
                     size_t *os, size_t *oe);
int ps_trim_place(const ps_gazetteer *gaz, ps_plan *p);
/* Does the headline (at line tline, (size_t)-1 if none) or the opening
   tell an event named by place pl being held (山西省五一劳动奖表彰大会在太原
   召开): the place's own event. */
int ps_place_event(const ps_text *t, const ps_place *pl, size_t tline);

/* ==== Interface to code in meta_kind.c ================================ */

enum ps_kind {
    PS_KIND_NONE = 0, PS_KIND_PLAN, PS_KIND_REPORT, PS_KIND_NEWS, PS_KIND_NOTICE,
    PS_KIND_SPEECH, PS_KIND_SUMMARY, PS_KIND_OTHER, PS_KIND_COUNT
};

/* The kind a folded title states, 0 if it states none. */
int ps_kind_of_title(const char *s, size_t n);
/* Is t its title alone (one line of content, the title's tlen bytes and a
   few more): a site's tag or stub page, no document. */
int ps_title_only(const ps_text *t, size_t tlen);
/* The kind of t, from its folded title (may be NULL) or its opening; the
   folded range of the opening line used is returned in [*es, *ee). */
int ps_kind_find(const ps_text *t, const char *title, size_t tlen, size_t *es,
                 size_t *ee);

/* ==== Interface to code in meta_cues.c ================================ */

/* Cues on one line s[0..n) of folded text. */
int ps_cue_dated_opening(const char *s, size_t n);   /* 3月15日，… 10月下旬，… */
int ps_cue_news_opening(const char *s, size_t n);    /* 近日, 本报讯, 3月… first */
int ps_cue_time_word(const char *s, size_t n);       /* a day or time word anywhere */
int ps_cue_reported_speech(const char *s, size_t n); /* 张某要求，… */
size_t ps_cue_address_end(const char *s, size_t n);  /* end of 同志们: or (size_t)-1 */
int ps_cue_report_head(const char *s, size_t n);     /* 各位代表:…向大会报告 early in a line */
int ps_cue_union_at_work(const char *s, size_t n);   /* 某街道工会认真抓好… */
int ps_cue_speech_head(const char *s, size_t n);     /* 在…大会上的讲话 before any clause */
int ps_cue_speech_opening(const char *s, size_t n);  /* …主持词各位领导:, …现在开会 */
int ps_cue_summary_head(const char *s, size_t n);    /* …工作总结县委:…, not 召开…总结会 */
int ps_cue_plan_head(const char *s, size_t n, size_t *title_end); /* …工作要点2015年，… */
int ps_cue_founded_opening(const char *s, size_t n); /* 我校工会成立于1961年 */

/* Cues on the page t. */
int ps_cue_press_page(const ps_text *t);      /* a paper's or a news site's marks */
int ps_cue_first_person(const ps_text *t);    /* 我们, 我会 outside quotation marks */
int ps_cue_tense_kind(const ps_text *t);      /* PS_KIND_SUMMARY, PS_KIND_PLAN or 0 */
int ps_cue_addressed(const ps_text *t);       /* 所属各分会: among the first lines */
int ps_cue_journal_article(const ps_text *t); /* 中图分类号, 文献标识码 */
int ps_cue_journal_record(const ps_text *t);  /* 网络出版时间, 卷首语, 摘要+关键词 */
int ps_cue_yearbook_entry(const ps_text *t, int *year, size_t *line); /* 【概况】…, 【…】6月14日，… */
int ps_cue_chronicle(const ps_text *t); /* 1958年…召开首届…至1985年共召开八次: history */
int ps_cue_encyclopaedia(const ps_text *t); /* 维基百科，自由的百科全书 among the first lines */
/* A body that masks its years (XX年, 20xx, ___年) from byte `from` on (the
   end of the title: a masked title over a stated year is no contradiction). */
int ps_cue_masked_years(const ps_text *t, size_t from);
int ps_cue_template_site(const ps_text *t, int news); /* 范文, 小编, 网友上传: a site of templates (news: its user-posted marks only) */
/* A body opening a clause of the first sentence of [os, oe), named by its
   place (今年以来，宁国市总工会…). */
int ps_cue_names_body_early(const ps_text *t, size_t os, size_t oe);
/* The sentence after the first of [os, oe), or the next line, starts with
   its day (…。日前，…). */
int ps_cue_recent_next(const ps_text *t, size_t os, size_t oe);
/* The line below the title (title[0..tlen), in the first lines) is a dated
   report of a meeting held. */
int ps_cue_meeting_news_below(const ps_text *t, const char *title, size_t tlen);

/* ==== Interface to code in meta.c ===================================== */

/*
 * Fill the metadata fields of p (title … doc_number) from one document's
 * text t (lines already marked by ps_boiler_mark).  `gaz` may be NULL (no
 * region).  Returns PS_OK or PS_ENOMEM.
 */
int ps_meta_extract(const ps_text *t, const ps_gazetteer *gaz, ps_plan *p);

/*
 * Metadata of one document given as a UTF-8 string (tests, fuzzing):
 * folds, marks boilerplate and extracts.  `cjk` and `gaz` may be NULL.
 */
int ps_meta_from_string(const ps_cjk *cjk, const ps_gazetteer *gaz,
                        const char *s, size_t n, ps_plan *p);

#endif
