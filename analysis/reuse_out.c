/*
 * reuse and spread as tables, CSV, JSON and SVG.  CSV as the other
 * analyses write it: a header row, LF line ends, RFC 4180 quoting.
 */
#include "analyze_int.h"
#include "ps_reuse.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void jstr(int *rc, ps_buf *b, const char *s)
{
    if (s)
        ps_json_string(rc, b, s, strlen(s));
    else
        ps_buf_puts(rc, b, "null");
}

static void jyear(int *rc, ps_buf *b, int year)
{
    if (year)
        ps_buf_printf(rc, b, "%d", year);
    else
        ps_buf_puts(rc, b, "null");
}

static void csv(int *rc, ps_buf *b, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        ps_buf_puts(rc, b, s);
        return;
    }
    ps_buf_putc(rc, b, '"');
    for (; *s; s++) {
        if (*s == '"')
            ps_buf_putc(rc, b, '"');
        ps_buf_putc(rc, b, *s);
    }
    ps_buf_putc(rc, b, '"');
}

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
    jstr(rc, b, p->id);
    ps_buf_puts(rc, b, ",\"title\":");
    jstr(rc, b, p->title);
    ps_buf_puts(rc, b, ",\"year\":");
    jyear(rc, b, p->year);
    ps_buf_puts(rc, b, ",\"date\":");
    jstr(rc, b, p->date);
    ps_buf_puts(rc, b, ",\"level\":");
    jstr(rc, b, p->level);
    ps_buf_puts(rc, b, ",\"region\":");
    jstr(rc, b, p->region);
    ps_buf_puts(rc, b, ",\"org\":");
    jstr(rc, b, p->org);
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
        jstr(rc, b, p->a->id);
        ps_buf_printf(rc, b, ",\"shared_chars\":%zu,\"longest\":%zu,\"share\":%.2f,"
                      "\"plan_share\":%.2f,\"earlier\":",
                      p->shared_chars, p->longest, p->b_share, p->a_share);
        jstr(rc, b, which(p, p->earlier));
        ps_buf_puts(rc, b, ",\"higher\":");
        jstr(rc, b, which(p, p->higher));
        ps_buf_printf(rc, b, ",\"copies\":%u,\"passages\":[", p->copies);
        for (size_t k = 0; k < p->npassages; k++) {
            const ps_reuse_passage *s = &p->passages[k];
            ps_buf_printf(rc, b, "%s{\"chars\":%zu,\"start\":%zu,\"end\":%zu,\"text\":",
                          k ? "," : "", s->chars, s->b_start, s->b_end);
            jstr(rc, b, s->b_text);
            ps_buf_printf(rc, b, ",\"plan_start\":%zu,\"plan_end\":%zu,\"plan_text\":",
                          s->a_start, s->a_end);
            jstr(rc, b, s->a_text);
            ps_buf_putc(rc, b, '}');
        }
        ps_buf_puts(rc, b, "]}\n");
    }
}

void ps_reuse_csv(int *rc, ps_buf *b, const ps_reuse *r)
{
    ps_buf_puts(rc, b, "rank,id,title,year,level,region,plan,shared_chars,share,plan_share,"
                       "earlier,higher,passage,chars,start,end,plan_start,plan_end,text\n");
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        for (size_t k = 0; k < p->npassages; k++) {
            const ps_reuse_passage *s = &p->passages[k];
            ps_buf_printf(rc, b, "%zu,", i + 1);
            csv(rc, b, p->b->id);
            ps_buf_putc(rc, b, ',');
            csv(rc, b, p->b->title);
            ps_buf_putc(rc, b, ',');
            csv_year(rc, b, p->b->year);
            ps_buf_putc(rc, b, ',');
            csv(rc, b, p->b->level);
            ps_buf_putc(rc, b, ',');
            csv(rc, b, p->b->region);
            ps_buf_putc(rc, b, ',');
            csv(rc, b, p->a->id);
            ps_buf_printf(rc, b, ",%zu,%.2f,%.2f,", p->shared_chars, p->b_share, p->a_share);
            csv(rc, b, which(p, p->earlier));
            ps_buf_putc(rc, b, ',');
            csv(rc, b, which(p, p->higher));
            ps_buf_printf(rc, b, ",%zu,%zu,%zu,%zu,%zu,%zu,", k + 1, s->chars, s->b_start,
                          s->b_end, s->a_start, s->a_end);
            csv(rc, b, s->b_text);
            ps_buf_putc(rc, b, '\n');
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
    ps_buf_puts(rc, b, "source,target,weight,passages,longest,source_share,target_share,"
                       "source_year,target_year,source_level,target_level,direction,"
                       "source_higher\n");
    for (size_t i = 0; i < r->npairs; i++) {
        const ps_reuse_pair *p = &r->pairs[i];
        const ps_reuse_plan *s, *t;
        int swapped;
        const char *why;
        orient(p, &s, &t, &swapped, &why);
        csv(rc, b, s->id);
        ps_buf_putc(rc, b, ',');
        csv(rc, b, t->id);
        ps_buf_printf(rc, b, ",%zu,%zu,%zu,%.2f,%.2f,", p->shared_chars, p->npassages,
                      p->longest, swapped ? p->b_share : p->a_share,
                      swapped ? p->a_share : p->b_share);
        csv_year(rc, b, s->year);
        ps_buf_putc(rc, b, ',');
        csv_year(rc, b, t->year);
        ps_buf_putc(rc, b, ',');
        csv(rc, b, s->level);
        ps_buf_putc(rc, b, ',');
        csv(rc, b, t->level);
        int sh = p->higher < 0 ? -1 : (p->higher == 1) == swapped;
        ps_buf_printf(rc, b, ",%s,%s\n", why, sh < 0 ? "" : sh ? "yes" : "no");
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
        jstr(rc, b, s->id);
        ps_buf_puts(rc, b, ",\"target\":");
        jstr(rc, b, t->id);
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
            jstr(rc, b, swapped ? x->a_text : x->b_text);
            ps_buf_putc(rc, b, '}');
        }
        ps_buf_puts(rc, b, "]}\n");
    }
}
