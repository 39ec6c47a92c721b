/*
 * Analyses over a selection of plans: comparisons of terms across groups
 * (year, province, region, level, sector), distinctive terms of one
 * selection against another (keyness), collocates of a term, and index
 * statistics — with their table, CSV, JSON and SVG renderings.
 *
 * Counting rules, shared by every analysis:
 *   - A selection is the documents passing a filter (years, region, level,
 *     sector).  Near-duplicates (documents sharing a PS_SLOT_COLLAPSE key)
 *     count once unless `all` is set.
 *   - A document matches a term (a full query) as search would find it.
 *   - Occurrences are exact: the non-overlapping matches, in the stored body
 *     text, of each positive body phrase of the query (as grep -o counts
 *     them), after the same normalization as search.
 *   - Characters are the code points of the stored body text; rates are
 *     occurrences per 10,000 characters of all documents of a group.
 */
#ifndef PS_ANALYZE_H
#define PS_ANALYZE_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_gazetteer.h"
#include "ps_status.h"

#include <stddef.h>
#include <stdio.h>

/* ---- Opening an index and selecting documents ------------------------- */

typedef struct ps_filter {
    int year_lo, year_hi; /* inclusive; 0 = open */
    const char *region;   /* name or code, NULL = any */
    const char *level;    /* NULL = any */
    const char *sector;   /* NULL = any */
    const char *type;     /* kind of document (PS_KINDS), NULL = any */
    const char *years;    /* "2012,2015..2018,none": replaces year_lo/hi when
                             set; region, level, sector and type may list
                             values too, "none" selecting plans without one */
} ps_filter;

void ps_filter_init(ps_filter *f);
/* 1 when the filter selects everything. */
int ps_filter_empty(const ps_filter *f);
/* " --year 2012 --region 四川", or " all plans" (appended; sticky rc). */
void ps_filter_describe(int *rc, ps_buf *out, const ps_filter *f);

typedef struct ps_analyzer ps_analyzer;

/*
 * Open the index at dbpath read-only.  cjk and gaz are borrowed for the
 * analyzer's life.  PS_EINDEX_NOTFOUND when there is no index there.
 */
int ps_analyzer_open(const char *dbpath, ps_cjk *cjk, const ps_gazetteer *gaz,
                     ps_analyzer **out, ps_error *err);
void ps_analyzer_close(ps_analyzer *a); /* NULL is fine */

/*
 * Judge keyness and collocate candidates by word boundaries from a word
 * list in jieba's format ("word frequency [tag]" per line, e.g. Debian
 * python3-jieba's dict.txt); NULL: by frequencies alone.  PS_EIO when the
 * list cannot be read.
 */
#define PS_JIEBA_DICT "/usr/lib/python3/dist-packages/jieba/dict.txt"
int ps_analyzer_use_words(ps_analyzer *a, const char *path, ps_error *err);

/* What a quoted result needs to be reproduced. */
typedef struct ps_index_info {
    unsigned docs;    /* documents in the index, copies included */
    char updated[40]; /* last update, "2026-11-22T15:00:00Z", or "" */
} ps_index_info;

int ps_analyzer_info(ps_analyzer *a, ps_index_info *out, ps_error *err);

/* ---- compare ----------------------------------------------------------- */

enum ps_group_by {
    PS_BY_YEAR = 0,     /* every year of the range */
    PS_BY_PROVINCE = 1, /* every province the index holds plans from, by code */
    PS_BY_REGION = 2,   /* 东部 中部 西部 东北 (NBS), and 港澳台 */
    PS_BY_LEVEL = 3,    /* 全国 省 市 县 乡镇 基层 */
    PS_BY_SECTOR = 4,   /* every sector the index holds */
    PS_BY_TYPE = 5      /* plan report news notice speech summary other */
};

/* "year", "province" … → PS_BY_*, or -1. */
int ps_group_by_parse(const char *name);
const char *ps_group_by_name(int by);

typedef struct ps_cmp_cell {
    unsigned docs;             /* documents of the group matching the term */
    unsigned long long occ;    /* occurrences in them */
} ps_cmp_cell;

typedef struct ps_cmp_group {
    char *label;               /* "2012", "四川省", "(unknown)" */
    int unknown;               /* the group of plans that do not say */
    unsigned docs;             /* documents in the group (coverage) */
    unsigned long long chars;  /* their characters */
    ps_cmp_cell *cells;        /* one per term */
} ps_cmp_group;

typedef struct ps_comparison {
    int by;
    size_t nterms;
    char **terms;
    size_t ngroups;
    ps_cmp_group *groups;      /* in display order */
    ps_cmp_group total;        /* the whole selection */
    unsigned folded;           /* near-duplicates folded away (0 with all) */
} ps_comparison;

typedef struct ps_compare_request {
    const char *const *terms;  /* full queries */
    size_t nterms;
    ps_filter filter;
    int by;                    /* enum ps_group_by */
    int all;                   /* count near-duplicate copies */
} ps_compare_request;

/*
 * Count every term in every group.  PS_EQUERY for a malformed term or an
 * unknown or ambiguous region (err says which), index errors, PS_ENOMEM.
 */
int ps_compare(ps_analyzer *a, const ps_compare_request *req, ps_comparison **out,
               ps_error *err);
void ps_comparison_free(ps_comparison *c); /* NULL is fine */

/* Share of documents (percent) and occurrences per 10,000 characters. */
double ps_cmp_share(const ps_cmp_group *g, size_t term);
double ps_cmp_rate(const ps_cmp_group *g, size_t term);

/* ---- keyness and collocates ---------------------------------------------- */

typedef struct ps_key_item {
    char *ngram;                 /* normalized (simplified) text */
    double g2;                   /* log-likelihood */
    double log_ratio;            /* effect size: log2 of the ratio of rates */
    unsigned long long a, b;     /* occurrences in A and in B (or in windows / elsewhere) */
    unsigned a_docs, b_docs;     /* documents containing it */
} ps_key_item;

typedef struct ps_side {
    unsigned docs;
    unsigned long long chars;
} ps_side;

/*
 * Plans of the index an analysis did not see (outside its selections), and
 * of them those that do not say each field: an analysis by year cannot see
 * an undated plan, and a reader must know how many there were.
 */
typedef struct ps_left_out {
    unsigned plans;
    unsigned no_year, no_region, no_level, no_sector, no_type;
} ps_left_out;

typedef struct ps_keyness {
    ps_side a, b;
    ps_left_out neither;         /* plans in neither selection */
    int vs_rest;                 /* B was every plan not in A */
    size_t count;
    ps_key_item *items;          /* most distinctive first */
    size_t candidates;           /* recurring n-grams considered */
} ps_keyness;

typedef struct ps_keyness_request {
    ps_filter a, b;
    int vs_rest;                 /* B: every plan not in A (b ignored) */
    int all;
    unsigned min_count;          /* occurrences in A and B together (5) */
    unsigned min_docs;           /* documents in A and B together (2) */
    size_t limit;                /* items kept (30) */
} ps_keyness_request;

void ps_keyness_request_init(ps_keyness_request *r);
int ps_keyness_run(ps_analyzer *a, const ps_keyness_request *req, ps_keyness **out,
               ps_error *err);
void ps_keyness_free(ps_keyness *k); /* NULL is fine */

typedef struct ps_collocates {
    unsigned docs;                     /* documents of the selection */
    unsigned matched_docs;             /* of them, matching the term */
    unsigned long long occurrences;    /* of the term */
    unsigned long long window_chars;   /* characters inside the windows */
    unsigned long long chars;          /* characters of the selection */
    ps_left_out outside;               /* plans the filter left out */
    size_t count;
    ps_key_item *items;  /* a: in windows, b: elsewhere; a_docs: docs with it in a window */
} ps_collocates;

typedef struct ps_collocates_request {
    const char *term;
    ps_filter filter;
    int all;
    unsigned window;     /* characters each side (10) */
    unsigned min_count;  /* occurrences inside windows (3) */
    unsigned min_docs;   /* plans it occurs near the term in (2) */
    size_t limit;        /* (30) */
} ps_collocates_request;

void ps_collocates_request_init(ps_collocates_request *r);
int ps_collocates_run(ps_analyzer *a, const ps_collocates_request *req,
                  ps_collocates **out, ps_error *err);
void ps_collocates_free(ps_collocates *c); /* NULL is fine */

/*
 * Log-likelihood G² of a count a out of n1 against b out of n2 (Dunning;
 * Rayson and Garside's two-cell form), and log2 of the ratio of the two
 * rates with 0.5 added to zero counts (Hardie's log ratio).
 */
double ps_g2(double a, double n1, double b, double n2);
double ps_log_ratio(double a, double n1, double b, double n2);

/* ---- Rendering ----------------------------------------------------------- */

/* What the JSON provenance object records (strings borrowed). */
typedef struct ps_provenance {
    const char *command;         /* "compare" */
    const char *const *queries;
    size_t nqueries;
    const ps_filter *filter;
    const ps_filter *vs;         /* keyness: the second selection, else NULL */
    const char *by;              /* compare: the grouping, else NULL */
    int all;
    unsigned window;             /* collocates, else 0 */
    const char *candidates;      /* keyness/collocates: how candidates were made */
    const char *db;
    ps_index_info index;
    const char *version;
    char date[32];               /* when the output was made (ps_provenance_date); "" = unsaid */
} ps_provenance;

/* Now in UTC, "2026-12-06T18:40:00Z"; SOURCE_DATE_EPOCH when set. */
void ps_provenance_date(char *out, size_t n);
/* The filters and options as the command line gives them ("--year 2012
 * --vs --year ..2011 --all"); nothing for none (appended; sticky rc). */
void ps_provenance_filters(int *rc, ps_buf *out, const ps_provenance *p);
/*
 * CSV provenance (provenance.c, README "CSV"): csv[0..n), every row with
 * the columns provenance_index, provenance_version, provenance_query
 * (queries joined by " | "), provenance_filters, provenance_date appended
 * (their names to the header row), appended to out.  Needs db, version,
 * queries, filters and date.
 */
void ps_provenance_csv(int *rc, ps_buf *out, const char *csv, size_t n, const ps_provenance *p);
/* The same for a CSV written a piece at a time: a stream writing through to
 * under; fclose it (under stays open).  NULL when out of memory. */
FILE *ps_provenance_csv_stream(const ps_provenance *p, FILE *under);
/* A chart (ps_compare_svg, ps_spread_svg) with the provenance as two caption
 * lines under it and as its <metadata>, appended to out. */
void ps_provenance_svg(int *rc, ps_buf *out, const char *svg, size_t n, const ps_provenance *p);

/* Each appends to out; sticky rc as in ps_buf.h. */
void ps_compare_table(int *rc, ps_buf *out, const ps_comparison *c, int utf8_bars);
void ps_compare_csv(int *rc, ps_buf *out, const ps_comparison *c);
void ps_compare_json(int *rc, ps_buf *out, const ps_comparison *c, const ps_provenance *p);
/*
 * A self-contained SVG chart: lines of the share of documents by year (with
 * a coverage panel of documents per year under it), or grouped bars for
 * other groupings with each group's document count under its label.
 */
void ps_compare_svg(int *rc, ps_buf *out, const ps_comparison *c);

void ps_keyness_table(int *rc, ps_buf *out, const ps_keyness *k);
void ps_keyness_csv(int *rc, ps_buf *out, const ps_keyness *k);
void ps_keyness_json(int *rc, ps_buf *out, const ps_keyness *k, const ps_provenance *p);

void ps_collocates_table(int *rc, ps_buf *out, const ps_collocates *c);
void ps_collocates_csv(int *rc, ps_buf *out, const ps_collocates *c);
void ps_collocates_json(int *rc, ps_buf *out, const ps_collocates *c,
                        const ps_provenance *p);

/*
 * stats (stats.c): one comparison with no terms per grouping, in the order
 * ps_stats_grouping(0 .. PS_STATS_NGROUPINGS - 1) gives (year, province,
 * region, level, sector), rendered as a table or one JSON object.  prov
 * needs db, index, version, filter and all.
 */
#define PS_STATS_NGROUPINGS 6
int ps_stats_grouping(size_t i); /* PS_BY_*; -1 past the end */
void ps_stats_table(int *rc, ps_buf *out, ps_comparison *const *c, const ps_provenance *prov);
void ps_stats_json(int *rc, ps_buf *out, ps_comparison *const *c, const ps_provenance *prov);
/* CSV: grouping,group,plans,chars; a row per group of every grouping. */
void ps_stats_csv(int *rc, ps_buf *out, ps_comparison *const *c);
/* A group's name in JSON: a year as a number, the unknown group as null. */
void ps_cmp_group_json(int *rc, ps_buf *b, int by, const ps_cmp_group *g);

/* Display width of UTF-8 text in terminal columns (CJK = 2). */
size_t ps_text_width(const char *s, size_t n);

#endif
