/*
 * SVG charts of a comparison: self-contained (no scripts, no external
 * files), text as text so CJK labels stay searchable, fonts named so that
 * Debian's Noto CJK or WenQuanYi packages satisfy them.
 *
 * By year: a line per term of the share of plans mentioning it, over a
 * panel of bars giving the number of plans each year (coverage), so a rise
 * in mentions is never confused with a rise in plans collected.  Years
 * without plans break the lines.  Other groupings: grouped bars of the
 * share, each group labelled with its number of plans.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define FONT "'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei','WenQuanYi Zen Hei'," \
             "'Source Han Sans SC',sans-serif"

static const char *const palette[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd",
                                      "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"};
#define NPALETTE (sizeof palette / sizeof palette[0])

void ps_xml_text(int *rc, ps_buf *b, const char *s)
{
    for (size_t n = strlen(s); n;) {
        uint32_t cp;
        size_t k = ps_utf8_decode(s, n, &cp);
        switch (cp) {
        case '&': ps_buf_puts(rc, b, "&amp;"); break;
        case '<': ps_buf_puts(rc, b, "&lt;"); break;
        case '>': ps_buf_puts(rc, b, "&gt;"); break;
        case '"': ps_buf_puts(rc, b, "&quot;"); break;
        /* (a byte that starts no character, as a query cut mid-character
           brings: the replacement character, so the file stays XML) */
        case PS_UTF8_INVALID: ps_buf_puts(rc, b, "\xEF\xBF\xBD"); break;
        default:
            /* XML 1.0 forbids most control characters even escaped */
            if (cp >= 0x20 || cp == '\t' || cp == '\n')
                ps_buf_append(rc, b, s, k);
        }
        s += k, n -= k;
    }
}

static void text(int *rc, ps_buf *b, double x, double y, const char *anchor, int size,
                 const char *fill, const char *extra, const char *s)
{
    ps_buf_printf(rc, b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                         "fill=\"%s\"%s%s>",
                  x, y, anchor, size, fill, extra ? " " : "", extra ? extra : "");
    ps_xml_text(rc, b, s);
    ps_buf_puts(rc, b, "</text>\n");
}

/* A "nice" axis maximum and step (1, 2, 2.5 or 5 times a power of ten). */
static void nice_axis(double max, double *top, double *step)
{
    if (!(max > 0))
        max = 1;
    double raw = max / 5;
    double p = pow(10, floor(log10(raw)));
    static const double m[] = {1, 2, 2.5, 5, 10};
    *step = p * 10;
    for (size_t i = 0; i < sizeof m / sizeof m[0]; i++)
        if (p * m[i] >= raw) {
            *step = p * m[i];
            break;
        }
    *top = ceil(max / *step - 1e-9) * *step;
}

static void fmt_num(char *out, size_t n, double v)
{
    if (fabs(v - round(v)) < 1e-9)
        snprintf(out, n, "%.0f", v);
    else
        snprintf(out, n, "%.1f", v);
}

/* Legend: a swatch and the term, laid out left to right (wrapping). */
static double legend(int *rc, ps_buf *b, const ps_comparison *c, double x0, double y,
                     double width, int lines)
{
    double x = x0;
    for (size_t t = 0; t < c->nterms; t++) {
        double w = 34 + 7.0 * (double)ps_text_width(c->terms[t], strlen(c->terms[t]));
        if (x > x0 && x + w > x0 + width) {
            x = x0;
            y += 20;
        }
        const char *col = palette[t % NPALETTE];
        if (lines)
            ps_buf_printf(rc, b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                                 "stroke=\"%s\" stroke-width=\"2.5\"/>"
                                 "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
                          x, y - 4, x + 22, y - 4, col, x + 11, y - 4, col);
        else
            ps_buf_printf(rc, b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"11\" "
                                 "fill=\"%s\"/>\n",
                          x + 3, y - 10, col);
        text(rc, b, x + 28, y, "start", 13, "#222", NULL, c->terms[t]);
        x += w;
    }
    return y;
}

typedef struct frame {
    double left, top, width, height;
} frame;

static void y_axis(int *rc, ps_buf *b, const frame *f, double top, double step,
                   const char *unit, const char *label)
{
    char num[32], lab[48];
    for (double v = 0; v <= top + 1e-9; v += step) {
        double y = f->top + f->height - v / top * f->height;
        ps_buf_printf(rc, b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                             "stroke=\"#ddd\" stroke-width=\"1\"/>\n",
                      f->left, y, f->left + f->width, y);
        fmt_num(num, sizeof num, v);
        snprintf(lab, sizeof lab, "%s%s", num, unit);
        text(rc, b, f->left - 6, y + 4, "end", 12, "#444", NULL, lab);
    }
    ps_buf_printf(rc, b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                         "stroke=\"#444\" stroke-width=\"1\"/>\n",
                  f->left, f->top + f->height, f->left + f->width, f->top + f->height);
    char tr[96];
    double cx = f->left - 48, cy = f->top + f->height / 2;
    snprintf(tr, sizeof tr, "transform=\"rotate(-90 %.1f %.1f)\"", cx, cy);
    text(rc, b, cx, cy, "middle", 13, "#222", tr, label);
}

static double max_share(const ps_comparison *c)
{
    double m = 0;
    for (size_t i = 0; i < c->ngroups; i++)
        for (size_t t = 0; t < c->nterms; t++)
            if (c->groups[i].docs && ps_cmp_share(&c->groups[i], t) > m)
                m = ps_cmp_share(&c->groups[i], t);
    return m;
}

/* Group labels under the x axis; rotated when there are many. */
static void x_label(int *rc, ps_buf *b, double x, double y, size_t ngroups, const char *s,
                    const char *fill)
{
    if (ngroups > 16) {
        char tr[96];
        snprintf(tr, sizeof tr, "transform=\"rotate(-45 %.1f %.1f)\"", x, y);
        text(rc, b, x, y, "end", 12, fill, tr, s);
    } else {
        text(rc, b, x, y, "middle", 12, fill, NULL, s);
    }
}

/* Groups of fewer plans than this are drawn hollow (points) or pale (bars):
   one plan of one gives 100%, which says nothing of a year. */
#define SMALL_GROUP 5
/* A run of at least this many years without plans is drawn as one break
   slot, so one misdated page (1979) does not stretch the axis. */
#define GAP_COLLAPSE 8

/*
 * Where each year group goes on the x axis: slot[i] (a slot index, or -1 for
 * a year inside a collapsed gap), whether a slot is a break, and which
 * groups lie apart from the main body of years (far[i]: in a stretch of
 * years cut off by a collapsed gap that holds fewer plans than another).
 */
typedef struct year_axis {
    long *slot;
    char *brk;   /* per slot: 1 for a collapsed gap */
    size_t *gap; /* per slot: years in the gap */
    char *far;   /* per group */
    size_t nslots;
    int any_far, any_small;
} year_axis;

static int year_axis_make(const ps_comparison *c, year_axis *ax)
{
    size_t n = c->ngroups;
    memset(ax, 0, sizeof *ax);
    ax->slot = calloc(n + 1, sizeof *ax->slot);
    ax->brk = calloc(n + 1, 1);
    ax->gap = calloc(n + 1, sizeof *ax->gap);
    ax->far = calloc(n + 1, 1);
    long *cluster = calloc(n + 1, sizeof *cluster);
    if (!ax->slot || !ax->brk || !ax->gap || !ax->far || !cluster) {
        free(cluster);
        return PS_ENOMEM;
    }
    long k = 0, cl = 0;
    for (size_t i = 0; i < n;) {
        const ps_cmp_group *g = &c->groups[i];
        size_t j = i;
        while (j < n && !c->groups[j].docs && !c->groups[j].unknown)
            j++;
        /* a long run of empty years, between years with plans */
        if (!g->docs && !g->unknown && j - i >= GAP_COLLAPSE && i > 0 && j < n &&
            !c->groups[j].unknown) {
            for (size_t m = i; m < j; m++)
                ax->slot[m] = -1;
            ax->brk[k] = 1;
            ax->gap[k] = j - i;
            k++;
            cl++;
            i = j;
            continue;
        }
        cluster[i] = g->unknown ? -1 : cl;
        ax->slot[i] = k++;
        ax->any_small |= g->docs > 0 && g->docs < SMALL_GROUP;
        i++;
    }
    ax->nslots = (size_t)k;
    /* the stretch of years holding most plans is the body; others are far */
    if (cl > 0) {
        unsigned long long *sum = calloc((size_t)cl + 1, sizeof *sum);
        if (!sum) {
            free(cluster);
            return PS_ENOMEM;
        }
        for (size_t i = 0; i < n; i++)
            if (ax->slot[i] >= 0 && cluster[i] >= 0)
                sum[cluster[i]] += c->groups[i].docs;
        long best = 0;
        for (long m = 1; m <= cl; m++)
            if (sum[m] > sum[best])
                best = m;
        for (size_t i = 0; i < n; i++)
            if (ax->slot[i] >= 0 && cluster[i] >= 0 && cluster[i] != best &&
                c->groups[i].docs) {
                ax->far[i] = 1;
                ax->any_far = 1;
            }
        free(sum);
    }
    free(cluster);
    return PS_OK;
}

static void year_axis_release(year_axis *ax)
{
    free(ax->slot);
    free(ax->brk);
    free(ax->gap);
    free(ax->far);
}

static void chart_by_year(int *rc, ps_buf *b, const ps_comparison *c, double W,
                          double legend_end)
{
    size_t n = c->ngroups;
    year_axis ax;
    if (year_axis_make(c, &ax)) {
        year_axis_release(&ax);
        *rc = PS_ENOMEM;
        return;
    }
    frame f = {78, legend_end + 22, W - 78 - 24, 250};
    frame cov = {78, f.top + f.height + (n > 16 ? 64 : 40), W - 78 - 24, 90};
    double top, step;
    nice_axis(max_share(c), &top, &step);
    if (top > 100)
        top = 100;
    y_axis(rc, b, &f, top, step, "%", "提及该词的计划占比 share of plans");
    double slot = f.width / (double)(ax.nslots ? ax.nslots : 1);
    /* lines: a path per term, broken at years without plans and at gaps */
    for (size_t t = 0; t < c->nterms; t++) {
        const char *col = palette[t % NPALETTE];
        ps_buf_printf(rc, b, "<path fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" "
                             "stroke-linejoin=\"round\" d=\"",
                      col);
        int pen = 0;
        for (size_t i = 0; i < n; i++) {
            const ps_cmp_group *g = &c->groups[i];
            if (!g->docs || g->unknown || ax.slot[i] < 0 || ax.far[i]) {
                pen = 0;
                continue;
            }
            double x = f.left + slot * ((double)ax.slot[i] + 0.5);
            double y = f.top + f.height - ps_cmp_share(g, t) / top * f.height;
            ps_buf_printf(rc, b, "%s%.1f %.1f ", pen ? "L" : "M", x, y);
            pen = 1;
        }
        ps_buf_puts(rc, b, "\"/>\n");
        for (size_t i = 0; i < n; i++) {
            const ps_cmp_group *g = &c->groups[i];
            if (!g->docs || g->unknown || ax.slot[i] < 0)
                continue;
            double x = f.left + slot * ((double)ax.slot[i] + 0.5);
            double y = f.top + f.height - ps_cmp_share(g, t) / top * f.height;
            /* hollow: too few plans to read a share from */
            int small = g->docs < SMALL_GROUP;
            ps_buf_printf(rc, b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" "
                                 "stroke=\"%s\" stroke-width=\"1.5\" class=\"%s\"><title>",
                          x, y, small ? "#fff" : col, col, small ? "small" : "point");
            ps_xml_text(rc, b, c->terms[t]);
            ps_buf_printf(rc, b, " %s: %u/%u (%.1f%%)</title></circle>\n", g->label,
                          g->cells[t].docs, g->docs, ps_cmp_share(g, t));
        }
    }
    char lab[160];
    for (size_t i = 0; i < n; i++) {
        const ps_cmp_group *g = &c->groups[i];
        if (ax.slot[i] < 0)
            continue;
        double x = f.left + slot * ((double)ax.slot[i] + 0.5);
        snprintf(lab, sizeof lab, "%s%s", g->label, ax.far[i] ? " *" : "");
        x_label(rc, b, x, f.top + f.height + 18, ax.nslots, lab,
                ax.far[i] ? "#b00" : g->docs ? "#222" : "#999");
    }
    /* the collapsed gaps: a break in the axis, saying how many years */
    for (size_t k = 0; k < ax.nslots; k++) {
        if (!ax.brk[k])
            continue;
        double x = f.left + slot * ((double)k + 0.5);
        ps_buf_printf(rc, b, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                             "stroke=\"#999\" stroke-dasharray=\"4 3\" class=\"gap\"/>\n",
                      x, f.top, x, cov.top + cov.height);
        snprintf(lab, sizeof lab, "≈ %zu years", ax.gap[k]);
        x_label(rc, b, x, f.top + f.height + 18, ax.nslots, lab, "#777");
    }
    /* coverage: plans per year */
    unsigned maxd = 0;
    for (size_t i = 0; i < n; i++)
        if (c->groups[i].docs > maxd)
            maxd = c->groups[i].docs;
    double ctop, cstep;
    nice_axis(maxd, &ctop, &cstep);
    if (cstep < 1) {
        cstep = 1;
        ctop = ceil(ctop);
    }
    y_axis(rc, b, &cov, ctop, cstep, "", "计划数 plans");
    for (size_t i = 0; i < n; i++) {
        const ps_cmp_group *g = &c->groups[i];
        if (ax.slot[i] < 0)
            continue;
        double x = cov.left + slot * (double)ax.slot[i];
        double h = g->docs / ctop * cov.height;
        char num[16];
        snprintf(num, sizeof num, "%u", g->docs);
        if (g->docs)
            ps_buf_printf(rc, b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                                 "fill=\"#9aa5b1\"><title>%s: %u plans</title></rect>\n",
                          x + slot * 0.2, cov.top + cov.height - h, slot * 0.6, h, g->label,
                          g->docs);
        text(rc, b, x + slot / 2, cov.top + cov.height - h - 4, "middle", 11,
             g->docs ? "#333" : "#999", NULL, num);
        snprintf(lab, sizeof lab, "%s%s", g->label, ax.far[i] ? " *" : "");
        x_label(rc, b, x + slot / 2, cov.top + cov.height + 16, ax.nslots, lab,
                ax.far[i] ? "#b00" : g->docs ? "#222" : "#999");
    }
    double ny = cov.top + cov.height + (ax.nslots > 16 ? 60 : 36);
    if (ax.any_small) {
        snprintf(lab, sizeof lab, "hollow points: years with fewer than %d plans, too few to "
                                  "read a share from", SMALL_GROUP);
        text(rc, b, f.left, ny, "start", 11, "#555", "class=\"note-small\"", lab);
        ny += 15;
    }
    if (ax.any_far)
        text(rc, b, f.left, ny, "start", 11, "#b00", "class=\"note-far\"",
             "* far from the other years, across a gap of years without plans: check its date");
    year_axis_release(&ax);
}

static void chart_bars(int *rc, ps_buf *b, const ps_comparison *c, double W, double legend_end)
{
    size_t n = c->ngroups;
    frame f = {78, legend_end + 22, W - 78 - 24, 300};
    double top, step;
    nice_axis(max_share(c), &top, &step);
    if (top > 100)
        top = 100;
    y_axis(rc, b, &f, top, step, "%", "提及该词的计划占比 share of plans");
    double slot = f.width / (double)(n ? n : 1);
    int any_small = 0;
    size_t nt = c->nterms ? c->nterms : 1;
    double bw = slot * 0.8 / (double)nt;
    for (size_t i = 0; i < n; i++) {
        const ps_cmp_group *g = &c->groups[i];
        double x0 = f.left + slot * (double)i + slot * 0.1;
        int small = g->docs < SMALL_GROUP;
        any_small |= g->docs && small;
        for (size_t t = 0; g->docs && t < c->nterms; t++) {
            double h = ps_cmp_share(g, t) / top * f.height;
            /* pale: too few plans to read a share from */
            ps_buf_printf(rc, b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                                 "fill=\"%s\" fill-opacity=\"%s\" class=\"%s\"><title>",
                          x0 + bw * (double)t, f.top + f.height - h, bw * 0.92, h,
                          palette[t % NPALETTE], small ? "0.3" : "1", small ? "small" : "bar");
            ps_xml_text(rc, b, c->terms[t]);
            ps_buf_printf(rc, b, " %s: %u/%u (%.1f%%)</title></rect>\n", g->label,
                          g->cells[t].docs, g->docs, ps_cmp_share(g, t));
        }
        double cx = f.left + slot * ((double)i + 0.5);
        const char *fill = g->docs ? "#222" : "#999";
        char cnt[40];
        snprintf(cnt, sizeof cnt, "n=%u", g->docs);
        if (n > 16) {
            char lab[160];
            snprintf(lab, sizeof lab, "%s (%s)", g->label, cnt);
            x_label(rc, b, cx, f.top + f.height + 18, n, lab, fill);
        } else {
            text(rc, b, cx, f.top + f.height + 18, "middle", 12, fill, NULL, g->label);
            text(rc, b, cx, f.top + f.height + 34, "middle", 11, g->docs ? "#555" : "#999", NULL,
                 cnt);
        }
    }
    if (any_small) {
        char note[120];
        snprintf(note, sizeof note, "pale bars: groups of fewer than %d plans, too few to read "
                                    "a share from", SMALL_GROUP);
        text(rc, b, f.left, f.top + f.height + (n > 16 ? 74 : 52), "start", 11, "#555",
             "class=\"note-small\"", note);
    }
}

void ps_compare_svg(int *rc, ps_buf *b, const ps_comparison *c)
{
    double W = c->ngroups > 16 ? 60.0 + 38.0 * (double)c->ngroups : 760.0;
    if (W < 760)
        W = 760;
    int by_year = c->by == PS_BY_YEAR;
    /* measure the legend first: it decides where the plot starts */
    ps_buf scratch = PS_BUF_INIT;
    int src = PS_OK;
    double legend_end = legend(&src, &scratch, c, 78, 66, W - 100, by_year);
    ps_buf_release(&scratch);
    double H = legend_end + 22 + (by_year ? 250 + 40 + 90 + 44 : 300 + 50) +
               (c->ngroups > 16 ? 60 : 0) + 30 + 36; /* + the notes */
    ps_buf_printf(rc, b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
                         "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" font-family=\"%s\">\n",
                  W, H, W, H, FONT);
    ps_buf_printf(rc, b, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#fff\"/>\n", W, H);
    char title[160];
    snprintf(title, sizeof title, "Share of plans mentioning each term, by %s",
             ps_group_by_name(c->by));
    text(rc, b, 78, 28, "start", 17, "#111", "font-weight=\"bold\"", title);
    char sub[200];
    if (c->folded)
        snprintf(sub, sizeof sub, "%u plans; %u near-duplicates counted once", c->total.docs,
                 c->folded);
    else
        snprintf(sub, sizeof sub, "%u plans", c->total.docs);
    /* what the grouping cannot place, said up front */
    for (size_t i = 0; i < c->ngroups; i++)
        if (c->groups[i].unknown && c->groups[i].docs) {
            size_t l = strlen(sub);
            snprintf(sub + l, sizeof sub - l, "; %u without a %s: the (unknown) group",
                     c->groups[i].docs, ps_group_by_name(c->by));
        }
    text(rc, b, 78, 44, "start", 12, "#555", "class=\"coverage\"", sub);
    legend(rc, b, c, 78, 66, W - 100, by_year);
    if (by_year)
        chart_by_year(rc, b, c, W, legend_end + 8);
    else
        chart_bars(rc, b, c, W, legend_end + 8);
    ps_buf_puts(rc, b, "</svg>\n");
}
