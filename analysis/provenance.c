/*
 * Provenance of CSV outputs (README "CSV"): the same five facts the JSON
 * provenance holds, as columns appended to every row — provenance_index,
 * provenance_version, provenance_query, provenance_filters,
 * provenance_date — after the columns of the table.
 *
 * Why columns on every row, not comment lines: a leading "# …" line is a
 * data row to Excel, to R's read.csv and to pandas without comment='#', so
 * it breaks the one thing a CSV is for; repeated columns keep the file
 * rectangular for every reader, and a row copied into another sheet keeps
 * where it came from (the analyses' left_out_* columns already work so).
 *
 * The columns are added to a CSV already written, by its record ends (CRLF
 * or LF outside quotes), so no CSV writer needs to know about them; the
 * command line and the web server call these two functions on what the
 * writers produced.
 */
#define _GNU_SOURCE /* fopencookie */
#include "ps_analyze.h"
#include "ps_search.h"
#include "analyze_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PROV_HEADER \
    "provenance_index,provenance_version,provenance_query,provenance_filters,provenance_date"

void ps_provenance_date(char *out, size_t n)
{
    /* SOURCE_DATE_EPOCH: the reproducible-builds convention, so that a
       test (or an archive) can have the same bytes twice */
    const char *e = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long v = e && *e ? strtoll(e, &end, 10) : -1;
    time_t t = v >= 0 && end && !*end ? (time_t)v : time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(out, n, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(out, n, "%s", "");
}

void ps_provenance_filters(int *rc, ps_buf *b, const ps_provenance *p)
{
    size_t start = b->len;
    if (p->filter && !ps_filter_empty(p->filter))
        ps_filter_describe(rc, b, p->filter);
    if (p->vs) {
        ps_buf_puts(rc, b, " --vs");
        if (!ps_filter_empty(p->vs))
            ps_filter_describe(rc, b, p->vs);
    }
    if (p->by)
        ps_buf_printf(rc, b, " --by %s", p->by);
    if (p->window)
        ps_buf_printf(rc, b, " --window %u", p->window);
    if (p->all)
        ps_buf_puts(rc, b, " --all");
    if (!*rc && b->len > start && b->data[start] == ' ') { /* no leading space */
        memmove(b->data + start, b->data + start + 1, b->len - start - 1);
        b->data[--b->len] = '\0';
    }
}

/* ",index,version,query,filters,date" for every row after the header. */
static void row_cells(int *rc, ps_buf *b, const ps_provenance *p)
{
    ps_buf_putc(rc, b, ',');
    ps_csv_field(rc, b, p->db);
    ps_buf_putc(rc, b, ',');
    ps_csv_field(rc, b, p->version);
    ps_buf_putc(rc, b, ',');
    ps_buf q = PS_BUF_INIT;
    for (size_t i = 0; i < p->nqueries; i++) {
        if (i)
            ps_buf_puts(rc, &q, " | ");
        ps_buf_puts(rc, &q, p->queries[i] ? p->queries[i] : "");
    }
    ps_csv_field(rc, b, p->nqueries ? q.data : NULL);
    ps_buf_reset(&q);
    ps_buf_putc(rc, b, ',');
    ps_provenance_filters(rc, &q, p);
    ps_csv_field(rc, b, q.len ? q.data : NULL);
    ps_buf_release(&q);
    ps_buf_putc(rc, b, ',');
    ps_csv_field(rc, b, *p->date ? p->date : NULL);
}

/* The appender: where a record ends, the header's names or the row's cells. */
typedef struct tail {
    ps_buf header, cells;
    int quoted;  /* inside a quoted field */
    int cr;      /* a CR outside quotes held back */
    int rows;    /* records ended so far */
    int rc;
} tail;

static void tail_init(tail *t, const ps_provenance *p)
{
    memset(t, 0, sizeof *t);
    ps_buf_puts(&t->rc, &t->header, "," PROV_HEADER);
    row_cells(&t->rc, &t->cells, p);
}

static void tail_release(tail *t)
{
    ps_buf_release(&t->header);
    ps_buf_release(&t->cells);
}

static void end_record(int *rc, ps_buf *out, tail *t)
{
    const ps_buf *add = t->rows++ ? &t->cells : &t->header;
    ps_buf_append(rc, out, add->data, add->len);
}

static void tail_feed(int *rc, ps_buf *out, tail *t, const char *s, size_t n)
{
    size_t run = 0; /* s[run..i) is still to be copied as it is */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (t->cr) { /* a CR held back (run == i): the record ends if LF follows */
            t->cr = 0;
            if (c == '\n') {
                end_record(rc, out, t);
                ps_buf_puts(rc, out, "\r\n");
                run = i + 1;
                continue;
            }
            ps_buf_putc(rc, out, '\r'); /* a lone CR is data */
        }
        if (c == '"') {
            t->quoted = !t->quoted; /* "" inside quotes toggles twice */
        } else if (!t->quoted && c == '\r') {
            ps_buf_append(rc, out, s + run, i - run);
            t->cr = 1;
            run = i + 1;
        } else if (!t->quoted && c == '\n') {
            ps_buf_append(rc, out, s + run, i - run);
            end_record(rc, out, t);
            run = i;
        }
    }
    ps_buf_append(rc, out, s + run, n - run);
}

/* A CR held back at the very end, or a last record without a line end. */
static void tail_finish(int *rc, ps_buf *out, tail *t, int unterminated)
{
    if (t->cr) {
        t->cr = 0;
        end_record(rc, out, t);
        ps_buf_putc(rc, out, '\r');
    } else if (unterminated) {
        end_record(rc, out, t);
    }
}

void ps_provenance_csv(int *rc, ps_buf *out, const char *csv, size_t n, const ps_provenance *p)
{
    tail t;
    tail_init(&t, p);
    if (t.rc && !*rc)
        *rc = t.rc;
    tail_feed(rc, out, &t, csv, n);
    tail_finish(rc, out, &t, n && csv[n - 1] != '\n' && csv[n - 1] != '\r');
    tail_release(&t);
}

/* ---- The same, as a stream (search's hits are written a page at a time) ---- */

typedef struct stream {
    tail t;
    FILE *under;
    char last;  /* the last byte written */
    int err;
} stream;

static ssize_t stream_write(void *cookie, const char *buf, size_t size)
{
    stream *s = cookie;
    ps_buf out = PS_BUF_INIT;
    int rc = PS_OK;
    tail_feed(&rc, &out, &s->t, buf, size);
    if (!rc && out.len && fwrite(out.data, 1, out.len, s->under) != out.len)
        rc = PS_EIO;
    ps_buf_release(&out);
    if (rc) {
        s->err = 1;
        return -1;
    }
    if (size)
        s->last = buf[size - 1];
    return (ssize_t)size;
}

static int stream_close(void *cookie)
{
    stream *s = cookie;
    ps_buf out = PS_BUF_INIT;
    int rc = PS_OK;
    tail_finish(&rc, &out, &s->t, s->last && s->last != '\n' && s->last != '\r');
    if (!rc && out.len && fwrite(out.data, 1, out.len, s->under) != out.len)
        rc = PS_EIO;
    ps_buf_release(&out);
    int bad = rc || s->err || s->t.rc;
    tail_release(&s->t);
    free(s);
    return bad ? -1 : 0;
}

FILE *ps_provenance_csv_stream(const ps_provenance *p, FILE *under)
{
    stream *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    tail_init(&s->t, p);
    s->under = under;
    cookie_io_functions_t io = {.write = stream_write, .close = stream_close};
    FILE *f = s->t.rc ? NULL : fopencookie(s, "w", io);
    if (!f) {
        tail_release(&s->t);
        free(s);
    }
    return f;
}

/* ---- Charts: a caption under the chart, and the same as metadata ---------------- */

/* A caption's line: its first max_chars characters as XML text, an ellipsis
   for the rest, control characters as spaces. */
static void xml_text(int *rc, ps_buf *b, const char *s, size_t max_chars)
{
    ps_buf cut = PS_BUF_INIT;
    size_t chars = 0, n = strlen(s);
    for (size_t i = 0; i < n && chars < max_chars; chars++) {
        uint32_t cp;
        size_t k = ps_utf8_decode(s + i, n - i, &cp);
        if (cp < 0x20)
            ps_buf_putc(rc, &cut, ' ');
        else
            ps_buf_append(rc, &cut, s + i, k);
        i += k;
        if (chars + 1 == max_chars && i < n)
            ps_buf_puts(rc, &cut, "…");
    }
    ps_xml_text(rc, b, cut.data ? cut.data : "");
    ps_buf_release(&cut);
}

#define CAPTION_HEIGHT 36

void ps_provenance_svg(int *rc, ps_buf *out, const char *svg, size_t n, const ps_provenance *p)
{
    ps_buf q = PS_BUF_INIT, f = PS_BUF_INIT, line1 = PS_BUF_INIT, line2 = PS_BUF_INIT;
    for (size_t i = 0; i < p->nqueries; i++) {
        if (i)
            ps_buf_puts(rc, &q, " | ");
        ps_buf_puts(rc, &q, p->queries[i] ? p->queries[i] : "");
    }
    ps_provenance_filters(rc, &f, p);
    ps_buf tmp = PS_BUF_INIT;
    ps_buf_printf(rc, &tmp, "%s%s%s%s%s", p->nqueries ? "query: " : "", q.len ? q.data : "",
                  p->nqueries && f.len ? "   " : "", f.len ? "options: " : "",
                  f.len ? f.data : "");
    xml_text(rc, &line1, tmp.len ? tmp.data : "", 110);
    ps_buf_reset(&tmp);
    ps_buf_printf(rc, &tmp, "index: %s   plansearch %s   %s", p->db ? p->db : "-",
                  p->version ? p->version : "-", p->date);
    xml_text(rc, &line2, tmp.data ? tmp.data : "", 110);
    ps_buf_release(&tmp);

    /* the root tag as plot_svg.c writes it: width, height, viewBox 0 0 W H,
       then a background rectangle of that size */
    unsigned w = 0, h = 0;
    const char *root = n ? memmem(svg, n, "<svg ", 5) : NULL;
    const char *root_end = root ? memchr(root, '>', n - (size_t)(root - svg)) : NULL;
    char want_rect[96] = "";
    const char *rect = NULL;
    if (root_end) {
        const char *hw = memmem(root, (size_t)(root_end - root), " width=\"", 8);
        const char *hh = memmem(root, (size_t)(root_end - root), " height=\"", 9);
        if (hw && hh && sscanf(hw, " width=\"%u\"", &w) == 1 && sscanf(hh, " height=\"%u\"", &h) == 1) {
            snprintf(want_rect, sizeof want_rect, "<rect width=\"%u\" height=\"%u\" fill=\"#fff\"/>", w,
                     h);
            rect = memmem(root_end, n - (size_t)(root_end - svg), want_rect, strlen(want_rect));
        }
    }
    const char *close = NULL;
    for (const char *s = svg; s && (s = memmem(s, n - (size_t)(s - svg), "</svg>", 6)); s += 6)
        close = s;
    if (!rect || !close || close < rect) { /* not a chart of ours: left as it is */
        ps_buf_append(rc, out, svg, n);
        goto done;
    }
    unsigned h2 = h + CAPTION_HEIGHT;
    ps_buf_append(rc, out, svg, (size_t)(root - svg));
    /* the root tag again, taller */
    ps_buf_printf(rc, out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%u\" height=\"%u\" "
                  "viewBox=\"0 0 %u %u\"", w, h2, w, h2);
    const char *font = memmem(root, (size_t)(root_end - root), " font-family=", 13);
    if (font)
        ps_buf_append(rc, out, font, (size_t)(root_end - font));
    ps_buf_puts(rc, out, ">\n<metadata id=\"plansearch-provenance\">");
    ps_buf_append(rc, out, line1.data ? line1.data : "", line1.len);
    ps_buf_puts(rc, out, line1.len ? " — " : "");
    ps_buf_append(rc, out, line2.data ? line2.data : "", line2.len);
    ps_buf_puts(rc, out, "</metadata>");
    ps_buf_append(rc, out, root_end + 1, (size_t)(rect - root_end - 1));
    ps_buf_printf(rc, out, "<rect width=\"%u\" height=\"%u\" fill=\"#fff\"/>", w, h2);
    const char *after = rect + strlen(want_rect);
    ps_buf_append(rc, out, after, (size_t)(close - after));
    ps_buf_printf(rc, out, "<g class=\"provenance\" font-size=\"10\" fill=\"#666\">"
                  "<text x=\"12\" y=\"%u\">", h + 14);
    ps_buf_append(rc, out, line1.data ? line1.data : "", line1.len);
    ps_buf_printf(rc, out, "</text><text x=\"12\" y=\"%u\">", h + 28);
    ps_buf_append(rc, out, line2.data ? line2.data : "", line2.len);
    ps_buf_puts(rc, out, "</text></g>\n");
    ps_buf_append(rc, out, close, n - (size_t)(close - svg));
done:
    ps_buf_release(&q);
    ps_buf_release(&f);
    ps_buf_release(&line1);
    ps_buf_release(&line2);
}
