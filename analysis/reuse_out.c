/*
 * reuse and spread as tables, CSV, JSON and SVG.  CSV and JSON follow the
 * conventions of every other output (analyze_out.c): a header row, UTF-8
 * with a byte order mark, CRLF line ends, RFC 4180 quoting by the library's
 * one field writer, a missing value as an empty field; in JSON a year is a
 * number and a missing value null.
 */
#include "analyze_int.h"
#include "ps_reuse.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void jyear(int *rc, ps_buf *b, int year)
{
    if (year)
        ps_buf_printf(rc, b, "%d", year);
    else
        ps_buf_puts(rc, b, "null");
}

#define CSV_BOM "\xEF\xBB\xBF"

static void csv_year(int *rc, ps_buf *b, int year)
{
    if (year)
        ps_buf_printf(rc, b, "%d", year);
}

/* The text on one line, at most max characters, with "…" when cut. */
static void one_line(int *rc, ps_buf *b, const char *s, size_t max)
{
    size_t n = strlen(s), i = 0, k = 0;
    while (i < n && k < max) {
        uint32_t cp;
        size_t l = ps_utf8_decode(s + i, n - i, &cp);
        if (!l)
            l = 1;
        if (cp == '\n' || cp == '\r' || cp == '\t')
            ps_buf_putc(rc, b, ' ');
        else
            ps_buf_append(rc, b, s + i, l);
        i += l;
        k++;
    }
    if (i < n)
        ps_buf_puts(rc, b, "…");
}

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

/* "b" when b's plan came first, from the point of view of plan a. */
static const char *relation(const ps_reuse_pair *p, char *buf, size_t n)
{
    const char *when = p->earlier == 0 ? "later" : p->earlier == 1 ? "earlier" : "same or unknown time";
    const char *who = p->higher == 0 ? ", lower issuer" : p->higher == 1 ? ", higher issuer" : "";
    snprintf(buf, n, "%s%s", when, who);
    return buf;
}

void ps_reuse_table(int *rc, ps_buf *b, const ps_reuse *r)
{
    const ps_reuse_plan *a = r->plan;
    ps_buf_printf(rc, b, "text reuse of %s (%s | ", a->id, or_dash(a->title));
    if (a->year)
        ps_buf_printf(rc, b, "%d", a->year);
    else
        ps_buf_puts(rc, b, "-");
    ps_buf_printf(rc, b, " | %s | %s): passages of at least %zu characters\n",
                  or_dash(a->level), or_dash(a->region), r->min_chars);
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        char rel[96];
        ps_buf_printf(rc, b, "%2zu. %s\n    ", i + 1, or_dash(p->b->title));
        if (p->b->year)
            ps_buf_printf(rc, b, "%d", p->b->year);
        else
            ps_buf_puts(rc, b, "-");
        ps_buf_printf(rc, b, " | %s | %s | id %s", or_dash(p->b->level), or_dash(p->b->region),
                      p->b->id);
        if (p->copies)
            ps_buf_printf(rc, b, " (+%u near-duplicate cop%s)", p->copies,
                          p->copies == 1 ? "y" : "ies");
        ps_buf_printf(rc, b,
                      "\n    %zu characters shared in %zu passage%s: %.1f%% of it, %.1f%% of "
                      "%s; it is %s\n",
                      p->shared_chars, p->npassages, p->npassages == 1 ? "" : "s", p->b_share,
                      p->a_share, a->id, relation(p, rel, sizeof rel));
        for (size_t k = 0; k < p->npassages; k++) {
            const ps_reuse_passage *s = &p->passages[k];
            ps_buf_printf(rc, b, "    [%zu-%zu] ↔ [%zu-%zu] %zu chars: ", s->a_start, s->a_end,
                          s->b_start, s->b_end, s->chars);
            if (s->b_text)
                one_line(rc, b, s->b_text, 60);
            ps_buf_putc(rc, b, '\n');
        }
    }
    ps_buf_printf(rc, b,
                  "%zu plan%s share%s passages with %s (%u candidates aligned; %u "
                  "near-duplicates of it left out; fingerprints in more than %u plans "
                  "taken as boilerplate)\n",
                  r->npairs, r->npairs == 1 ? "" : "s", r->npairs == 1 ? "s" : "", a->id,
                  r->candidates, r->near_dups, r->common);
}

static void json_plan_fields(int *rc, ps_buf *b, const ps_reuse_plan *p)
{
    ps_buf_puts(rc, b, "\"id\":");
    ps_json_str_or_null(rc, b, p->id);
    ps_buf_puts(rc, b, ",\"title\":");
    ps_json_str_or_null(rc, b, p->title);
    ps_buf_puts(rc, b, ",\"year\":");
    jyear(rc, b, p->year);
    ps_buf_puts(rc, b, ",\"date\":");
    ps_json_str_or_null(rc, b, p->date);
    ps_buf_puts(rc, b, ",\"level\":");
    ps_json_str_or_null(rc, b, p->level);
    ps_buf_puts(rc, b, ",\"region\":");
    ps_json_str_or_null(rc, b, p->region);
    ps_buf_puts(rc, b, ",\"org\":");
    ps_json_str_or_null(rc, b, p->org);
    ps_buf_printf(rc, b, ",\"chars\":%zu", p->chars);
}

static const char *which(const ps_reuse_pair *p, int side)
{
    return side == 0 ? p->a->id : side == 1 ? p->b->id : NULL;
}

void ps_reuse_json(int *rc, ps_buf *b, const ps_reuse *r)
{
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        ps_buf_printf(rc, b, "{\"rank\":%zu,", i + 1);
        json_plan_fields(rc, b, p->b);
        ps_buf_printf(rc, b, ",\"plan\":");
        ps_json_str_or_null(rc, b, p->a->id);
        ps_buf_printf(rc, b, ",\"shared_chars\":%zu,\"longest\":%zu,\"share\":%.2f,"
                      "\"plan_share\":%.2f,\"earlier\":",
                      p->shared_chars, p->longest, p->b_share, p->a_share);
        ps_json_str_or_null(rc, b, which(p, p->earlier));
        ps_buf_puts(rc, b, ",\"higher\":");
        ps_json_str_or_null(rc, b, which(p, p->higher));
        ps_buf_printf(rc, b, ",\"copies\":%u,\"passages\":[", p->copies);
        for (size_t k = 0; k < p->npassages; k++) {
            const ps_reuse_passage *s = &p->passages[k];
            ps_buf_printf(rc, b, "%s{\"chars\":%zu,\"start\":%zu,\"end\":%zu,\"text\":",
                          k ? "," : "", s->chars, s->b_start, s->b_end);
            ps_json_str_or_null(rc, b, s->b_text);
            ps_buf_printf(rc, b, ",\"plan_start\":%zu,\"plan_end\":%zu,\"plan_text\":",
                          s->a_start, s->a_end);
            ps_json_str_or_null(rc, b, s->a_text);
            ps_buf_putc(rc, b, '}');
        }
        ps_buf_puts(rc, b, "]}\n");
    }
}

void ps_reuse_csv(int *rc, ps_buf *b, const ps_reuse *r)
{
    ps_buf_puts(rc, b, CSV_BOM "rank,id,title,year,level,region,plan,shared_chars,share,"
                       "plan_share,earlier,higher,passage,chars,start,end,plan_start,plan_end,"
                       "text\r\n");
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        for (size_t k = 0; k < p->npassages; k++) {
            const ps_reuse_passage *s = &p->passages[k];
            ps_buf_printf(rc, b, "%zu,", i + 1);
            ps_csv_field(rc, b, p->b->id);
            ps_buf_putc(rc, b, ',');
            ps_csv_field(rc, b, p->b->title);
            ps_buf_putc(rc, b, ',');
            csv_year(rc, b, p->b->year);
            ps_buf_putc(rc, b, ',');
            ps_csv_field(rc, b, p->b->level);
            ps_buf_putc(rc, b, ',');
            ps_csv_field(rc, b, p->b->region);
            ps_buf_putc(rc, b, ',');
            ps_csv_field(rc, b, p->a->id);
            ps_buf_printf(rc, b, ",%zu,%.2f,%.2f,", p->shared_chars, p->b_share, p->a_share);
            ps_csv_field(rc, b, which(p, p->earlier));
            ps_buf_putc(rc, b, ',');
            ps_csv_field(rc, b, which(p, p->higher));
            ps_buf_printf(rc, b, ",%zu,%zu,%zu,%zu,%zu,%zu,", k + 1, s->chars, s->b_start,
                          s->b_end, s->a_start, s->a_end);
            ps_csv_field(rc, b, s->b_text);
            ps_buf_puts(rc, b, "\r\n");
        }
    }
}

/*
 * An edge's direction: the earlier plan is the source; when time does not
 * tell, the higher issuer; else the pair as found (direction "none").
 */
static void orient(const ps_reuse_pair *p, const ps_reuse_plan **src,
                   const ps_reuse_plan **dst, int *swapped, const char **why)
{
    int first = p->earlier >= 0 ? p->earlier : p->higher;
    *why = p->earlier >= 0 ? "earlier" : p->higher >= 0 ? "higher" : "none";
    *swapped = first == 1;
    *src = *swapped ? p->b : p->a;
    *dst = *swapped ? p->a : p->b;
}

void ps_reuse_edges_csv(int *rc, ps_buf *b, const ps_reuse *r)
{
    ps_buf_puts(rc, b, CSV_BOM "source,target,weight,passages,longest,source_share,"
                       "target_share,source_year,target_year,source_level,target_level,"
                       "direction,source_higher\r\n");
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        const ps_reuse_plan *s, *t;
        int swapped;
        const char *why;
        orient(p, &s, &t, &swapped, &why);
        ps_csv_field(rc, b, s->id);
        ps_buf_putc(rc, b, ',');
        ps_csv_field(rc, b, t->id);
        ps_buf_printf(rc, b, ",%zu,%zu,%zu,%.2f,%.2f,", p->shared_chars, p->npassages,
                      p->longest, swapped ? p->b_share : p->a_share,
                      swapped ? p->a_share : p->b_share);
        csv_year(rc, b, s->year);
        ps_buf_putc(rc, b, ',');
        csv_year(rc, b, t->year);
        ps_buf_putc(rc, b, ',');
        ps_csv_field(rc, b, s->level);
        ps_buf_putc(rc, b, ',');
        ps_csv_field(rc, b, t->level);
        int sh = p->higher < 0 ? -1 : (p->higher == 1) == swapped;
        ps_buf_printf(rc, b, ",%s,%s\r\n", why, sh < 0 ? "" : sh ? "yes" : "no");
    }
}

void ps_reuse_edges_table(int *rc, ps_buf *b, const ps_reuse *r)
{
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        const ps_reuse_plan *s, *t;
        int swapped;
        const char *why;
        orient(p, &s, &t, &swapped, &why);
        char ys[16] = "-", yt[16] = "-";
        if (s->year)
            snprintf(ys, sizeof ys, "%d", s->year);
        if (t->year)
            snprintf(yt, sizeof yt, "%d", t->year);
        ps_buf_printf(rc, b, "%6zu  %s (%s %s) %s %s (%s %s)  %zu passage%s\n", p->shared_chars,
                      s->id, ys, or_dash(s->level), strcmp(why, "none") ? "→" : "—", t->id, yt,
                      or_dash(t->level), p->npassages, p->npassages == 1 ? "" : "s");
    }
    ps_buf_printf(rc, b,
                  "%zu pairs of plans share passages of at least %zu characters (%u plans "
                  "selected, copies folded; %u pairs aligned; fingerprints in more than %u "
                  "plans taken as boilerplate)\n",
                  r->npairs, r->min_chars, r->selected, r->candidates, r->common);
}

void ps_reuse_edges_json(int *rc, ps_buf *b, const ps_reuse *r)
{
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        const ps_reuse_plan *s, *t;
        int swapped;
        const char *why;
        orient(p, &s, &t, &swapped, &why);
        ps_buf_puts(rc, b, "{\"source\":");
        ps_json_str_or_null(rc, b, s->id);
        ps_buf_puts(rc, b, ",\"target\":");
        ps_json_str_or_null(rc, b, t->id);
        ps_buf_printf(rc, b, ",\"shared_chars\":%zu,\"direction\":\"%s\",\"passages\":[",
                      p->shared_chars, why);
        for (size_t k = 0; k < p->npassages; k++) {
            const ps_reuse_passage *x = &p->passages[k];
            size_t ss = swapped ? x->b_start : x->a_start, se = swapped ? x->b_end : x->a_end;
            size_t ts = swapped ? x->a_start : x->b_start, te = swapped ? x->a_end : x->b_end;
            ps_buf_printf(rc, b,
                          "%s{\"chars\":%zu,\"source_start\":%zu,\"source_end\":%zu,"
                          "\"target_start\":%zu,\"target_end\":%zu,\"text\":",
                          k ? "," : "", x->chars, ss, se, ts, te);
            ps_json_str_or_null(rc, b, swapped ? x->a_text : x->b_text);
            ps_buf_putc(rc, b, '}');
        }
        ps_buf_puts(rc, b, "]}\n");
    }
}

/* ---- spread ------------------------------------------------------------------ */

static const char *by_name(int by)
{
    return by == PS_BY_PROVINCE ? "province" : by == PS_BY_LEVEL ? "level" : "year";
}

void ps_spread_table(int *rc, ps_buf *b, const ps_spread *s)
{
    ps_buf_printf(rc, b, "first plans using %s (oldest first):\n", s->phrase);
    for (size_t i = 0; i < s->shown; i++) {
        const ps_spread_plan *p = &s->first[i];
        char y[16] = "-";
        if (p->year)
            snprintf(y, sizeof y, "%d", p->year);
        ps_buf_printf(rc, b, "%3zu. %s  %s | %s | %s | %s\n", i + 1, y, or_dash(p->title),
                      or_dash(p->level), or_dash(p->region), p->id);
    }
    const char *g = by_name(s->by);
    size_t w = strlen(g);
    for (size_t i = 0; i < s->nrows; i++) {
        size_t lw = ps_text_width(s->rows[i].label, strlen(s->rows[i].label));
        if (lw > w)
            w = lw;
    }
    ps_buf_printf(rc, b, "\n%s", g);
    for (size_t k = strlen(g); k < w; k++)
        ps_buf_putc(rc, b, ' ');
    ps_buf_puts(rc, b, "  plans  using  share  new adopters");
    if (s->by == PS_BY_YEAR)
        ps_buf_puts(rc, b, "  adopters so far");
    else
        ps_buf_puts(rc, b, "  first year  first plan");
    ps_buf_putc(rc, b, '\n');
    for (size_t i = 0; i < s->nrows; i++) {
        const ps_spread_row *r = &s->rows[i];
        ps_buf_puts(rc, b, r->label);
        for (size_t k = ps_text_width(r->label, strlen(r->label)); k < w; k++)
            ps_buf_putc(rc, b, ' ');
        ps_buf_printf(rc, b, "  %5u  %5u  ", r->plans, r->matching);
        if (r->plans)
            ps_buf_printf(rc, b, "%4.0f%%", 100.0 * r->matching / r->plans);
        else
            ps_buf_puts(rc, b, "    -");
        ps_buf_printf(rc, b, "  %12u", r->adopters);
        if (s->by == PS_BY_YEAR) {
            ps_buf_printf(rc, b, "  %15u", r->cumulative);
        } else {
            if (r->first_year)
                ps_buf_printf(rc, b, "  %10d", r->first_year);
            else
                ps_buf_puts(rc, b, "           -");
            ps_buf_printf(rc, b, "  %s", r->first ? r->first->id : "-");
        }
        ps_buf_putc(rc, b, '\n');
    }
    ps_buf_printf(rc, b, "%u plan%s use %s, from %u issuer%s", s->matching,
                  s->matching == 1 ? "" : "s", s->phrase, s->adopters,
                  s->adopters == 1 ? "" : "s");
    if (s->undated)
        ps_buf_printf(rc, b, " (%u plan%s with no year)", s->undated, s->undated == 1 ? "" : "s");
    ps_buf_puts(rc, b, "\n");
}

/* The group of plans that do not say (labelled "(unknown)" in the table):
   an empty field in CSV, null in JSON. */
static int spread_unknown(const ps_spread_row *r)
{
    return strcmp(r->label, "(unknown)") == 0;
}

void ps_spread_csv(int *rc, ps_buf *b, const ps_spread *s)
{
    ps_buf_printf(rc, b,
                  CSV_BOM "%s,plans,using,new_adopters,adopters_so_far,first_year,first_plan\r\n",
                  by_name(s->by));
    for (size_t i = 0; i < s->nrows; i++) {
        const ps_spread_row *r = &s->rows[i];
        ps_csv_field(rc, b, spread_unknown(r) ? NULL : r->label);
        ps_buf_printf(rc, b, ",%u,%u,%u,", r->plans, r->matching, r->adopters);
        if (s->by == PS_BY_YEAR)
            ps_buf_printf(rc, b, "%u", r->cumulative);
        ps_buf_putc(rc, b, ',');
        csv_year(rc, b, r->first_year);
        ps_buf_putc(rc, b, ',');
        ps_csv_field(rc, b, r->first ? r->first->id : NULL);
        ps_buf_puts(rc, b, "\r\n");
    }
}

static void json_spread_plan(int *rc, ps_buf *b, const ps_spread_plan *p)
{
    ps_buf_puts(rc, b, "{\"id\":");
    ps_json_str_or_null(rc, b, p->id);
    ps_buf_puts(rc, b, ",\"title\":");
    ps_json_str_or_null(rc, b, p->title);
    ps_buf_puts(rc, b, ",\"year\":");
    jyear(rc, b, p->year);
    ps_buf_puts(rc, b, ",\"date\":");
    ps_json_str_or_null(rc, b, p->date);
    ps_buf_puts(rc, b, ",\"level\":");
    ps_json_str_or_null(rc, b, p->level);
    ps_buf_puts(rc, b, ",\"region\":");
    ps_json_str_or_null(rc, b, p->region);
    ps_buf_puts(rc, b, ",\"org\":");
    ps_json_str_or_null(rc, b, p->org);
    ps_buf_putc(rc, b, '}');
}

void ps_spread_json(int *rc, ps_buf *b, const ps_spread *s, const ps_provenance *prov)
{
    ps_buf_puts(rc, b, "{\"phrase\":");
    ps_json_str_or_null(rc, b, s->phrase);
    ps_buf_printf(rc, b, ",\"by\":\"%s\",\"using\":%u,\"adopters\":%u,\"undated\":%u,\"first\":[",
                  by_name(s->by), s->matching, s->adopters, s->undated);
    for (size_t i = 0; i < s->shown; i++) {
        if (i)
            ps_buf_putc(rc, b, ',');
        json_spread_plan(rc, b, &s->first[i]);
    }
    ps_buf_puts(rc, b, "],\"groups\":[");
    for (size_t i = 0; i < s->nrows; i++) {
        const ps_spread_row *r = &s->rows[i];
        ps_buf_puts(rc, b, i ? ",{\"group\":" : "{\"group\":");
        char *end;
        long y = strtol(r->label, &end, 10);
        if (spread_unknown(r))
            ps_buf_puts(rc, b, "null,\"unknown\":true");
        else if (s->by == PS_BY_YEAR && *r->label && !*end)
            ps_buf_printf(rc, b, "%ld", y); /* a year is a number */
        else
            ps_json_str_or_null(rc, b, r->label);
        ps_buf_printf(rc, b, ",\"plans\":%u,\"using\":%u,\"new_adopters\":%u,", r->plans,
                      r->matching, r->adopters);
        if (s->by == PS_BY_YEAR)
            ps_buf_printf(rc, b, "\"adopters_so_far\":%u,", r->cumulative);
        ps_buf_puts(rc, b, "\"first_year\":");
        jyear(rc, b, r->first_year);
        ps_buf_puts(rc, b, ",\"first_plan\":");
        ps_json_str_or_null(rc, b, r->first ? r->first->id : NULL);
        ps_buf_putc(rc, b, '}');
    }
    ps_buf_puts(rc, b, "]");
    if (prov) {
        ps_buf_puts(rc, b, ",\"provenance\":{\"command\":\"spread\",\"index\":");
        ps_json_str_or_null(rc, b, prov->db);
        ps_buf_printf(rc, b, ",\"documents\":%u,\"updated\":", prov->index.docs);
        ps_json_str_or_null(rc, b, *prov->index.updated ? prov->index.updated : NULL);
        ps_buf_printf(rc, b, ",\"near_duplicates\":\"%s\",\"plansearch_version\":",
                      prov->all ? "all copies counted" : "counted once");
        ps_json_str_or_null(rc, b, prov->version);
        ps_buf_putc(rc, b, '}');
    }
    ps_buf_puts(rc, b, "}\n");
}

void ps_spread_svg(int *rc, ps_buf *b, const ps_spread *s)
{
    const double W = 760, H = 400, L = 60, R = 20, T = 50, B = 70;
    size_t n = s->nrows ? s->nrows : 1;
    unsigned max = 1;
    for (size_t i = 0; i < s->nrows; i++) {
        unsigned v = s->by == PS_BY_YEAR ? s->rows[i].cumulative : s->rows[i].adopters;
        if (v > max)
            max = v;
    }
    double pw = W - L - R, ph = H - T - B, step = pw / (double)n;
    ps_buf_printf(rc, b,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                  "viewBox=\"0 0 %.0f %.0f\" font-family=\"Noto Sans CJK SC, WenQuanYi Micro Hei, "
                  "sans-serif\" font-size=\"12\">\n"
                  "<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n<text x=\"%.0f\" "
                  "y=\"24\" font-size=\"15\">",
                  W, H, W, H, L);
    ps_xml_text(rc, b, s->phrase);
    ps_buf_printf(rc, b, ": new adopters per %s (bars)%s</text>\n", by_name(s->by),
                  s->by == PS_BY_YEAR ? " and adopters so far (line)" : "");
    ps_buf_printf(rc, b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n",
                  L, T + ph, L + pw, T + ph);
    ps_buf_printf(rc, b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"black\"/>\n",
                  L, T, L, T + ph);
    for (int k = 0; k <= 4; k++) {
        double v = max * k / 4.0, y = T + ph - ph * k / 4.0;
        ps_buf_printf(rc, b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>\n",
                      L - 6, y + 4, v);
    }
    for (size_t i = 0; i < s->nrows; i++) {
        const ps_spread_row *r = &s->rows[i];
        double x = L + step * (double)i, bh = ph * r->adopters / max;
        ps_buf_printf(rc, b,
                      "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                      "fill=\"#4c78a8\"><title>%u</title></rect>\n",
                      x + step * 0.15, T + ph - bh, step * 0.7, bh, r->adopters);
        ps_buf_printf(rc, b,
                      "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                      "transform=\"rotate(-45 %.1f %.1f)\">",
                      x + step / 2, T + ph + 14, x + step / 2, T + ph + 14);
        ps_xml_text(rc, b, r->label);
        ps_buf_printf(rc, b, " (%u)</text>\n", r->plans);
    }
    if (s->by == PS_BY_YEAR && s->nrows) {
        ps_buf_puts(rc, b, "<polyline fill=\"none\" stroke=\"#e45756\" stroke-width=\"2\" points=\"");
        for (size_t i = 0; i < s->nrows; i++)
            ps_buf_printf(rc, b, "%s%.1f,%.1f", i ? " " : "", L + step * ((double)i + 0.5),
                          T + ph - ph * s->rows[i].cumulative / max);
        ps_buf_puts(rc, b, "\"/>\n");
    }
    ps_buf_printf(rc, b, "<text x=\"%.0f\" y=\"%.0f\" fill=\"#555\">(n) = plans in the group; "
                  "%u plans use it, from %u issuers</text>\n</svg>\n",
                  L, H - 8, s->matching, s->adopters);
}
