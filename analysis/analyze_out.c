/*
 * Renderings of the analyses: aligned tables for people, CSV in long form
 * for R, pandas and spreadsheets (one row per group and term), and JSON
 * with the provenance a quoted figure needs.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Text helpers ---------------------------------------------------------- */

static int wide(uint32_t cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
           (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

size_t ps_text_width(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ps_utf8_decode(s + i, n - i, &cp);
        w += wide(cp) ? 2 : 1;
    }
    return w;
}

/* s padded with spaces to `width` columns (left-aligned). */
static void pad(int *rc, ps_buf *b, const char *s, size_t width)
{
    ps_buf_puts(rc, b, s);
    for (size_t w = ps_text_width(s, strlen(s)); w < width; w++)
        ps_buf_putc(rc, b, ' ');
}

/* A bar of `cells` columns filled to frac (0..1), in eighths of a block. */
static void bar(int *rc, ps_buf *b, double frac, int cells, int utf8)
{
    static const char *const eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    if (!(frac >= 0))
        frac = 0;
    if (frac > 1)
        frac = 1;
    int units = (int)lround(frac * cells * 8);
    int used = 0;
    for (; units >= 8; units -= 8, used++)
        ps_buf_puts(rc, b, utf8 ? "█" : "#");
    if (units > 0 && used < cells) {
        ps_buf_puts(rc, b, utf8 ? eighths[units] : (units >= 4 ? "+" : "."));
        used++;
    }
    for (; used < cells; used++)
        ps_buf_putc(rc, b, ' ');
}

/* Drop trailing spaces (keeping the buffer NUL-terminated). */
static void rtrim(ps_buf *b)
{
    while (b->len && b->data[b->len - 1] == ' ')
        b->len--;
    if (b->data)
        b->data[b->len] = '\0';
}

/* A number as JSON: finite values with up to 6 significant digits. */
static void json_num(int *rc, ps_buf *b, double v)
{
    if (isfinite(v))
        ps_buf_printf(rc, b, "%.6g", v);
    else
        ps_buf_puts(rc, b, "null");
}

/*
 * The conventions every CSV and JSON output follows (those of the search's
 * in searcher/output.c): CSV with a header row, UTF-8 with a byte order
 * mark, CRLF line ends, a missing value as an empty field; in JSON a year
 * is a number and a missing value null.
 */
#define CSV_BOM "\xEF\xBB\xBF"

static void csv_header(int *rc, ps_buf *b, const char *header)
{
    ps_buf_puts(rc, b, CSV_BOM);
    ps_buf_puts(rc, b, header);
    ps_buf_puts(rc, b, "\r\n");
}

void ps_cmp_group_json(int *rc, ps_buf *b, int by, const ps_cmp_group *g)
{
    char *end;
    long y = g->unknown ? 0 : strtol(g->label, &end, 10);
    if (g->unknown)
        ps_buf_puts(rc, b, "null");
    else if (by == PS_BY_YEAR && *g->label && !*end)
        ps_buf_printf(rc, b, "%ld", y);
    else
        ps_json_str_or_null(rc, b, g->label);
}

/* A group's label in CSV: empty when the plans do not say. */
static void csv_group(int *rc, ps_buf *b, const ps_cmp_group *g)
{
    ps_csv_field(rc, b, g->unknown ? "" : g->label);
}

static void years_text(char *out, size_t n, const ps_filter *f)
{
    if (f->years)
        snprintf(out, n, "%s", f->years);
    else if (!f->year_lo && !f->year_hi)
        snprintf(out, n, "%s", "");
    else if (f->year_lo == f->year_hi)
        snprintf(out, n, "%d", f->year_lo);
    else if (!f->year_lo)
        snprintf(out, n, "..%d", f->year_hi);
    else if (!f->year_hi)
        snprintf(out, n, "%d..", f->year_lo);
    else
        snprintf(out, n, "%d..%d", f->year_lo, f->year_hi);
}

static void json_filter(int *rc, ps_buf *b, const ps_filter *f)
{
    char years[256];
    years_text(years, sizeof years, f);
    ps_buf_puts(rc, b, "{\"year\":");
    ps_json_str_or_null(rc, b, *years ? years : NULL);
    ps_buf_puts(rc, b, ",\"region\":");
    ps_json_str_or_null(rc, b, f->region);
    ps_buf_puts(rc, b, ",\"level\":");
    ps_json_str_or_null(rc, b, f->level);
    ps_buf_puts(rc, b, ",\"sector\":");
    ps_json_str_or_null(rc, b, f->sector);
    ps_buf_puts(rc, b, ",\"type\":");
    ps_json_str_or_null(rc, b, f->type);
    ps_buf_putc(rc, b, '}');
}

/* "--year 2012 --region 四川" as a reader would retype it. */
static void filter_text(int *rc, ps_buf *b, const ps_filter *f)
{
    char years[256];
    years_text(years, sizeof years, f);
    size_t start = b->len;
    if (*years)
        ps_buf_printf(rc, b, " --year %s", years);
    if (f->region)
        ps_buf_printf(rc, b, " --region %s", f->region);
    if (f->level)
        ps_buf_printf(rc, b, " --level %s", f->level);
    if (f->sector)
        ps_buf_printf(rc, b, " --sector %s", f->sector);
    if (f->type)
        ps_buf_printf(rc, b, " --type %s", f->type);
    if (b->len == start)
        ps_buf_puts(rc, b, " all plans");
}

static void json_provenance(int *rc, ps_buf *b, const ps_provenance *p)
{
    ps_buf_puts(rc, b, "\"provenance\":{\"command\":");
    ps_json_str_or_null(rc, b, p->command);
    ps_buf_puts(rc, b, ",\"queries\":[");
    for (size_t i = 0; i < p->nqueries; i++) {
        if (i)
            ps_buf_putc(rc, b, ',');
        ps_json_str_or_null(rc, b, p->queries[i]);
    }
    ps_buf_puts(rc, b, "],\"filters\":");
    json_filter(rc, b, p->filter);
    if (p->vs) {
        ps_buf_puts(rc, b, ",\"vs_filters\":");
        json_filter(rc, b, p->vs);
    }
    if (p->by) {
        ps_buf_puts(rc, b, ",\"by\":");
        ps_json_str_or_null(rc, b, p->by);
    }
    if (p->window)
        ps_buf_printf(rc, b, ",\"window\":%u", p->window);
    if (p->candidates) {
        ps_buf_puts(rc, b, ",\"candidates\":");
        ps_json_str_or_null(rc, b, p->candidates);
    }
    ps_buf_printf(rc, b, ",\"near_duplicates\":\"%s\"", p->all ? "all copies counted"
                                                               : "counted once");
    ps_buf_puts(rc, b, ",\"index\":{\"path\":");
    ps_json_str_or_null(rc, b, p->db);
    ps_buf_printf(rc, b, ",\"documents\":%u,\"updated\":", p->index.docs);
    ps_json_str_or_null(rc, b, *p->index.updated ? p->index.updated : NULL);
    ps_buf_puts(rc, b, "},\"plansearch_version\":");
    ps_json_str_or_null(rc, b, p->version);
    if (*p->date) {
        ps_buf_puts(rc, b, ",\"date\":");
        ps_json_str_or_null(rc, b, p->date);
    }
    ps_buf_putc(rc, b, '}');
}

/* ---- compare ---------------------------------------------------------------- */

#define BAR_CELLS 8

void ps_compare_table(int *rc, ps_buf *b, const ps_comparison *c, int utf8)
{
    size_t lw = strlen(ps_group_by_name(c->by));
    for (size_t i = 0; i < c->ngroups; i++) {
        size_t w = ps_text_width(c->groups[i].label, strlen(c->groups[i].label));
        if (w > lw)
            lw = w;
    }
    if (lw < 5)
        lw = 5;
    /* per term: docs(5) share(7) rate(7) bar */
    const size_t cell = 5 + 1 + 6 + 1 + 7 + 1 + BAR_CELLS;
    size_t *tw = calloc(c->nterms ? c->nterms : 1, sizeof *tw);
    if (!tw) {
        *rc = PS_ENOMEM;
        return;
    }
    for (size_t t = 0; t < c->nterms; t++) {
        tw[t] = ps_text_width(c->terms[t], strlen(c->terms[t]));
        if (tw[t] < cell)
            tw[t] = cell;
    }
    /* header: the terms, then what the columns hold */
    if (c->nterms)
        pad(rc, b, "", lw + 17);
    for (size_t t = 0; t < c->nterms; t++) {
        ps_buf_puts(rc, b, "  ");
        pad(rc, b, c->terms[t], tw[t]);
    }
    rtrim(b);
    if (c->nterms)
        ps_buf_putc(rc, b, '\n');
    pad(rc, b, ps_group_by_name(c->by), lw);
    ps_buf_printf(rc, b, " %6s %9s", "plans", "chars");
    for (size_t t = 0; t < c->nterms; t++) {
        ps_buf_printf(rc, b, "  %5s %6s %7s ", "plans", "share", "/10k");
        pad(rc, b, "", tw[t] - (cell - BAR_CELLS));
    }
    rtrim(b);
    ps_buf_putc(rc, b, '\n');
    for (size_t i = 0; i <= c->ngroups; i++) {
        const ps_cmp_group *g = i < c->ngroups ? &c->groups[i] : &c->total;
        if (i == c->ngroups) {
            /* a rule as wide as the rows, bars included */
            size_t width = lw + 17;
            for (size_t t = 0; t < c->nterms; t++)
                width += 2 + tw[t];
            for (size_t k = 0; k < width; k++)
                ps_buf_putc(rc, b, '-');
            ps_buf_putc(rc, b, '\n');
        }
        pad(rc, b, g->label, lw);
        ps_buf_printf(rc, b, " %6u %9llu", g->docs, g->chars);
        for (size_t t = 0; t < c->nterms; t++) {
            if (!g->docs) {
                ps_buf_printf(rc, b, "  %5s %6s %7s ", "-", "-", "-");
                pad(rc, b, "", tw[t] - (cell - BAR_CELLS));
                continue;
            }
            double share = ps_cmp_share(g, t);
            ps_buf_printf(rc, b, "  %5u %5.1f%% %7.2f ", g->cells[t].docs, share,
                          ps_cmp_rate(g, t));
            bar(rc, b, share / 100.0, BAR_CELLS, utf8);
            pad(rc, b, "", tw[t] - cell);
        }
        rtrim(b);
        ps_buf_putc(rc, b, '\n');
    }
    free(tw);
    if (c->nterms)
        ps_buf_puts(rc, b, "plans: plans in the group (coverage) and those matching the term; "
                           "share: of the group's plans;\n/10k: occurrences per 10,000 "
                           "characters of the group's plans; bar: share (full = 100%)\n");
    if (c->folded)
        ps_buf_printf(rc, b, "%u near-duplicate plan%s counted once (--all counts every copy)\n",
                      c->folded, c->folded == 1 ? "" : "s");
}

void ps_compare_csv(int *rc, ps_buf *b, const ps_comparison *c)
{
    ps_buf_printf(rc, b, CSV_BOM "%s,group_plans,group_chars", ps_group_by_name(c->by));
    if (c->nterms)
        ps_buf_puts(rc, b, ",term,matching_plans,share_pct,occurrences,per_10k_chars");
    ps_buf_puts(rc, b, "\r\n");
    for (size_t i = 0; i < c->ngroups; i++) {
        const ps_cmp_group *g = &c->groups[i];
        for (size_t t = 0; t < (c->nterms ? c->nterms : 1); t++) {
            csv_group(rc, b, g);
            ps_buf_printf(rc, b, ",%u,%llu", g->docs, g->chars);
            if (c->nterms) {
                ps_buf_putc(rc, b, ',');
                ps_csv_field(rc, b, c->terms[t]);
                if (g->docs)
                    ps_buf_printf(rc, b, ",%u,%.4f,%llu,%.4f", g->cells[t].docs,
                                  ps_cmp_share(g, t), g->cells[t].occ, ps_cmp_rate(g, t));
                else
                    ps_buf_puts(rc, b, ",0,,0,");
            }
            ps_buf_puts(rc, b, "\r\n");
        }
    }
}

static void json_group(int *rc, ps_buf *b, const ps_comparison *c, const ps_cmp_group *g)
{
    ps_buf_puts(rc, b, "{\"group\":");
    ps_cmp_group_json(rc, b, c->by, g);
    ps_buf_printf(rc, b, ",\"unknown\":%s,\"plans\":%u,\"chars\":%llu,\"terms\":[",
                  g->unknown ? "true" : "false", g->docs, g->chars);
    for (size_t t = 0; t < c->nterms; t++) {
        if (t)
            ps_buf_putc(rc, b, ',');
        ps_buf_puts(rc, b, "{\"term\":");
        ps_json_str_or_null(rc, b, c->terms[t]);
        ps_buf_printf(rc, b, ",\"plans\":%u,\"share\":", g->cells[t].docs);
        json_num(rc, b, g->docs ? ps_cmp_share(g, t) : NAN);
        ps_buf_printf(rc, b, ",\"occurrences\":%llu,\"per_10k\":", g->cells[t].occ);
        json_num(rc, b, g->chars ? ps_cmp_rate(g, t) : NAN);
        ps_buf_putc(rc, b, '}');
    }
    ps_buf_puts(rc, b, "]}");
}

void ps_compare_json(int *rc, ps_buf *b, const ps_comparison *c, const ps_provenance *p)
{
    ps_buf_putc(rc, b, '{');
    json_provenance(rc, b, p);
    ps_buf_puts(rc, b, ",\"by\":");
    ps_json_str_or_null(rc, b, ps_group_by_name(c->by));
    ps_buf_puts(rc, b, ",\"terms\":[");
    for (size_t t = 0; t < c->nterms; t++) {
        if (t)
            ps_buf_putc(rc, b, ',');
        ps_json_str_or_null(rc, b, c->terms[t]);
    }
    ps_buf_puts(rc, b, "],\"groups\":[");
    for (size_t i = 0; i < c->ngroups; i++) {
        if (i)
            ps_buf_putc(rc, b, ',');
        json_group(rc, b, c, &c->groups[i]);
    }
    ps_buf_puts(rc, b, "],\"total\":");
    json_group(rc, b, c, &c->total);
    ps_buf_printf(rc, b, ",\"folded\":%u}\n", c->folded);
}

/* ---- keyness and collocates -------------------------------------------------- */

static size_t items_width(const ps_key_item *items, size_t n)
{
    size_t w = 6;
    for (size_t i = 0; i < n; i++) {
        size_t x = ps_text_width(items[i].ngram, strlen(items[i].ngram));
        if (x > w)
            w = x;
    }
    return w;
}

/* ---- What an analysis left out --------------------------------------------- */

/* "241 plans (194 without a year, 208 without a place)" */
static void left_out_text(int *rc, ps_buf *b, const ps_left_out *l)
{
    const unsigned v[] = {l->no_year, l->no_region, l->no_level, l->no_sector, l->no_type};
    static const char *const what[] = {"a year", "a place", "a level", "a sector", "a type"};
    ps_buf_printf(rc, b, "%u plan%s", l->plans, l->plans == 1 ? "" : "s");
    int first = 1;
    for (size_t i = 0; i < 5; i++) {
        if (!v[i])
            continue;
        ps_buf_printf(rc, b, "%s%u without %s", first ? " (" : ", ", v[i], what[i]);
        first = 0;
    }
    if (!first)
        ps_buf_putc(rc, b, ')');
}

static void left_out_json(int *rc, ps_buf *b, const ps_left_out *l)
{
    ps_buf_printf(rc, b, "{\"plans\":%u,\"no_year\":%u,\"no_region\":%u,\"no_level\":%u,"
                         "\"no_sector\":%u,\"no_type\":%u}",
                  l->plans, l->no_year, l->no_region, l->no_level, l->no_sector, l->no_type);
}

#define LEFT_OUT_CSV_HEAD "left_out_plans,left_out_no_year,left_out_no_region," \
                          "left_out_no_level,left_out_no_sector,left_out_no_type"

static void left_out_csv(int *rc, ps_buf *b, const ps_left_out *l)
{
    ps_buf_printf(rc, b, ",%u,%u,%u,%u,%u,%u", l->plans, l->no_year, l->no_region, l->no_level,
                  l->no_sector, l->no_type);
}

void ps_keyness_table(int *rc, ps_buf *b, const ps_keyness *k)
{
    ps_buf_printf(rc, b, "A: %u plans, %llu characters    B%s: %u plans, %llu characters\n",
                  k->a.docs, k->a.chars, k->vs_rest ? " (every plan not in A)" : "",
                  k->b.docs, k->b.chars);
    ps_buf_puts(rc, b, "in neither, left out: ");
    left_out_text(rc, b, &k->neither);
    ps_buf_putc(rc, b, '\n');
    size_t w = items_width(k->items, k->count);
    pad(rc, b, "term", w);
    ps_buf_printf(rc, b, " %9s %7s %8s %8s %7s %7s %6s %6s %6s\n", "G2", "log2r", "A /10k",
                  "B /10k", "A occ", "B occ", "A pl", "B pl", "A disp");
    for (size_t i = 0; i < k->count; i++) {
        const ps_key_item *it = &k->items[i];
        pad(rc, b, it->ngram, w);
        ps_buf_printf(rc, b, " %9.2f %7.2f %8.2f %8.2f %7llu %7llu %6u %6u %5.0f%%\n", it->g2,
                      it->log_ratio, k->a.chars ? 1e4 * (double)it->a / (double)k->a.chars : 0,
                      k->b.chars ? 1e4 * (double)it->b / (double)k->b.chars : 0, it->a, it->b,
                      it->a_docs, it->b_docs,
                      k->a.docs ? 100.0 * it->a_docs / k->a.docs : 0);
    }
    if (!k->count)
        ps_buf_puts(rc, b, "no term is significantly more frequent in A than in B\n");
    ps_buf_printf(rc, b, "G2: log-likelihood (3.84: p < 0.05, 10.83: p < 0.001); log2r: log2 "
                         "of the ratio of rates; /10k: per 10,000 characters; pl: plans "
                         "containing it; A disp: dispersion, the share of A's plans "
                         "containing it (a term of one plan is not listed); %zu recurring "
                         "n-grams considered\n",
                  k->candidates);
}

void ps_keyness_csv(int *rc, ps_buf *b, const ps_keyness *k)
{
    csv_header(rc, b, "term,g2,log_ratio,a_per_10k,b_per_10k,a_occurrences,b_occurrences,"
                      "a_plans,b_plans,a_total_plans,b_total_plans,a_total_chars,b_total_chars,"
                      LEFT_OUT_CSV_HEAD ",a_dispersion");
    for (size_t i = 0; i < k->count; i++) {
        const ps_key_item *it = &k->items[i];
        ps_csv_field(rc, b, it->ngram);
        ps_buf_printf(rc, b, ",%.4f,%.4f,%.4f,%.4f,%llu,%llu,%u,%u,%u,%u,%llu,%llu", it->g2,
                      it->log_ratio, k->a.chars ? 1e4 * (double)it->a / (double)k->a.chars : 0,
                      k->b.chars ? 1e4 * (double)it->b / (double)k->b.chars : 0, it->a, it->b,
                      it->a_docs, it->b_docs, k->a.docs, k->b.docs, k->a.chars, k->b.chars);
        left_out_csv(rc, b, &k->neither);
        ps_buf_printf(rc, b, ",%.4f\r\n", k->a.docs ? (double)it->a_docs / k->a.docs : 0);
    }
}

void ps_keyness_json(int *rc, ps_buf *b, const ps_keyness *k, const ps_provenance *p)
{
    ps_buf_putc(rc, b, '{');
    json_provenance(rc, b, p);
    ps_buf_printf(rc, b, ",\"a\":{\"plans\":%u,\"chars\":%llu},\"b\":{\"plans\":%u,"
                         "\"chars\":%llu,\"rest\":%s},\"candidates\":%zu,\"left_out\":",
                  k->a.docs, k->a.chars, k->b.docs, k->b.chars, k->vs_rest ? "true" : "false",
                  k->candidates);
    left_out_json(rc, b, &k->neither);
    ps_buf_puts(rc, b, ",\"terms\":[");
    for (size_t i = 0; i < k->count; i++) {
        const ps_key_item *it = &k->items[i];
        if (i)
            ps_buf_putc(rc, b, ',');
        ps_buf_puts(rc, b, "{\"term\":");
        ps_json_str_or_null(rc, b, it->ngram);
        ps_buf_puts(rc, b, ",\"g2\":");
        json_num(rc, b, it->g2);
        ps_buf_puts(rc, b, ",\"log_ratio\":");
        json_num(rc, b, it->log_ratio);
        ps_buf_puts(rc, b, ",\"a_per_10k\":");
        json_num(rc, b, k->a.chars ? 1e4 * (double)it->a / (double)k->a.chars : 0);
        ps_buf_puts(rc, b, ",\"b_per_10k\":");
        json_num(rc, b, k->b.chars ? 1e4 * (double)it->b / (double)k->b.chars : 0);
        ps_buf_printf(rc, b, ",\"a_occurrences\":%llu,\"b_occurrences\":%llu,"
                             "\"a_plans\":%u,\"b_plans\":%u,\"a_dispersion\":",
                      it->a, it->b, it->a_docs, it->b_docs);
        json_num(rc, b, k->a.docs ? (double)it->a_docs / k->a.docs : 0);
        ps_buf_putc(rc, b, '}');
    }
    ps_buf_puts(rc, b, "]}\n");
}

void ps_collocates_table(int *rc, ps_buf *b, const ps_collocates *c)
{
    ps_buf_printf(rc, b, "%llu occurrence%s in %u of %u plans; %llu characters in the windows, "
                         "%llu in all\n",
                  c->occurrences, c->occurrences == 1 ? "" : "s", c->matched_docs, c->docs,
                  c->window_chars, c->chars);
    ps_buf_puts(rc, b, "outside the selection, left out: ");
    left_out_text(rc, b, &c->outside);
    ps_buf_putc(rc, b, '\n');
    size_t w = items_width(c->items, c->count);
    pad(rc, b, "n-gram", w);
    ps_buf_printf(rc, b, " %9s %7s %7s %7s %6s %6s\n", "G2", "log2r", "near", "total", "plans",
                  "disp");
    for (size_t i = 0; i < c->count; i++) {
        const ps_key_item *it = &c->items[i];
        pad(rc, b, it->ngram, w);
        ps_buf_printf(rc, b, " %9.2f %7.2f %7llu %7llu %6u %5.0f%%\n", it->g2, it->log_ratio,
                      it->a, it->a + it->b, it->a_docs,
                      c->matched_docs ? 100.0 * it->a_docs / c->matched_docs : 0);
    }
    if (!c->count)
        ps_buf_puts(rc, b, "no n-gram occurs near the term more often than chance\n");
    ps_buf_puts(rc, b, "near: occurrences inside the windows; total: in the whole selection; "
                       "plans: plans where it occurs near the term;\ndisp: dispersion, "
                       "the share of the term's plans where it occurs near it;\nG2: "
                       "log-likelihood of "
                       "near against elsewhere; log2r: log2 of the ratio of rates\n");
}

void ps_collocates_csv(int *rc, ps_buf *b, const ps_collocates *c)
{
    csv_header(rc, b, "ngram,g2,log_ratio,near,total,near_plans,window_chars,total_chars,"
                      LEFT_OUT_CSV_HEAD ",dispersion");
    for (size_t i = 0; i < c->count; i++) {
        const ps_key_item *it = &c->items[i];
        ps_csv_field(rc, b, it->ngram);
        ps_buf_printf(rc, b, ",%.4f,%.4f,%llu,%llu,%u,%llu,%llu", it->g2, it->log_ratio,
                      it->a, it->a + it->b, it->a_docs, c->window_chars, c->chars);
        left_out_csv(rc, b, &c->outside);
        ps_buf_printf(rc, b, ",%.4f\r\n",
                      c->matched_docs ? (double)it->a_docs / c->matched_docs : 0);
    }
}

void ps_collocates_json(int *rc, ps_buf *b, const ps_collocates *c, const ps_provenance *p)
{
    ps_buf_putc(rc, b, '{');
    json_provenance(rc, b, p);
    ps_buf_printf(rc, b, ",\"plans\":%u,\"matching_plans\":%u,\"occurrences\":%llu,"
                         "\"window_chars\":%llu,\"chars\":%llu,\"left_out\":",
                  c->docs, c->matched_docs, c->occurrences, c->window_chars, c->chars);
    left_out_json(rc, b, &c->outside);
    ps_buf_puts(rc, b, ",\"collocates\":[");
    for (size_t i = 0; i < c->count; i++) {
        const ps_key_item *it = &c->items[i];
        if (i)
            ps_buf_putc(rc, b, ',');
        ps_buf_puts(rc, b, "{\"ngram\":");
        ps_json_str_or_null(rc, b, it->ngram);
        ps_buf_puts(rc, b, ",\"g2\":");
        json_num(rc, b, it->g2);
        ps_buf_puts(rc, b, ",\"log_ratio\":");
        json_num(rc, b, it->log_ratio);
        ps_buf_printf(rc, b, ",\"near\":%llu,\"total\":%llu,\"near_plans\":%u,"
                             "\"dispersion\":",
                      it->a, it->a + it->b, it->a_docs);
        json_num(rc, b, c->matched_docs ? (double)it->a_docs / c->matched_docs : 0);
        ps_buf_putc(rc, b, '}');
    }
    ps_buf_puts(rc, b, "]}\n");
}

void ps_filter_describe(int *rc, ps_buf *b, const ps_filter *f)
{
    filter_text(rc, b, f);
}

void ps_stats_csv(int *rc, ps_buf *out, ps_comparison *const *c)
{
    csv_header(rc, out, "grouping,group,plans,chars");
    for (size_t i = 0; i < PS_STATS_NGROUPINGS; i++)
        for (size_t k = 0; k < c[i]->ngroups; k++) {
            const ps_cmp_group *g = &c[i]->groups[k];
            ps_buf_printf(rc, out, "%s,", ps_group_by_name(c[i]->by));
            csv_group(rc, out, g);
            ps_buf_printf(rc, out, ",%u,%llu\r\n", g->docs, g->chars);
        }
}
