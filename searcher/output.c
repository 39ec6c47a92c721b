/*
 * Output formats: human text (highlighted with colour on a terminal, 【】
 * otherwise) and JSON Lines.
 */
#include "search_int.h"

#include <string.h>

#define HL_COLOR_ON "\033[1;31m"
#define HL_COLOR_OFF "\033[0m"
#define TITLE_ON "\033[1m"

void ps_json_string(int *rc, ps_buf *b, const char *s, size_t n)
{
    ps_buf_putc(rc, b, '"');
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = ps_utf8_decode(s + i, n - i, &cp);
        if (cp == PS_UTF8_INVALID) {
            ps_buf_puts(rc, b, "\\ufffd");
        } else if (cp == '"' || cp == '\\') {
            ps_buf_putc(rc, b, '\\');
            ps_buf_putc(rc, b, (char)cp);
        } else if (cp == '\n') {
            ps_buf_puts(rc, b, "\\n");
        } else if (cp == '\t') {
            ps_buf_puts(rc, b, "\\t");
        } else if (cp == '\r') {
            ps_buf_puts(rc, b, "\\r");
        } else if (cp < 0x20 || cp == 0x7f) {
            ps_buf_printf(rc, b, "\\u%04x", (unsigned)cp);
        } else {
            ps_buf_append(rc, b, s + i, len);
        }
        i += len;
    }
    ps_buf_putc(rc, b, '"');
}

static void json_key_str(int *rc, ps_buf *b, const char *key, const char *v)
{
    ps_buf_printf(rc, b, ",\"%s\":", key);
    if (v)
        ps_json_string(rc, b, v, strlen(v));
    else
        ps_buf_puts(rc, b, "null");
}

static void json_meta(int *rc, ps_buf *b, const ps_docrec *d)
{
    json_key_str(rc, b, "title", d->title);
    if (d->year)
        ps_buf_printf(rc, b, ",\"year\":%d", d->year);
    else
        ps_buf_puts(rc, b, ",\"year\":null");
    json_key_str(rc, b, "region", d->region);
    json_key_str(rc, b, "region_code", d->region_code);
    json_key_str(rc, b, "org", d->org);
    json_key_str(rc, b, "level", d->level);
    json_key_str(rc, b, "sector", d->sector);
    json_key_str(rc, b, "date", d->date);
    json_key_str(rc, b, "doc_number", d->doc_number);
    json_key_str(rc, b, "path", d->path);
    json_key_str(rc, b, "encoding", d->encoding);
}

static void flush(FILE *f, int rc, ps_buf *b)
{
    if (!rc)
        fwrite(b->data, 1, b->len, f);
    ps_buf_release(b);
}

void ps_print_hit_json(FILE *f, const ps_hit *h)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_buf_printf(&rc, &b, "{\"rank\":%u,\"id\":", h->rank);
    ps_json_string(&rc, &b, h->rec.id, strlen(h->rec.id));
    ps_buf_printf(&rc, &b, ",\"score\":%.4f", h->score);
    json_meta(&rc, &b, &h->rec);
    ps_buf_printf(&rc, &b, ",\"folded\":%u,\"snippets\":[", h->folded);
    for (size_t i = 0; i < h->nsnippets; i++) {
        const ps_snippet *s = &h->snippets[i];
        ps_buf_puts(&rc, &b, i ? ",{\"text\":" : "{\"text\":");
        ps_json_string(&rc, &b, s->text, strlen(s->text));
        ps_buf_puts(&rc, &b, ",\"matches\":[");
        for (size_t m = 0; m < s->nmatches; m++)
            ps_buf_printf(&rc, &b, "%s[%zu,%zu]", m ? "," : "", s->matches[m][0],
                          s->matches[m][1]);
        ps_buf_puts(&rc, &b, "]}");
    }
    ps_buf_puts(&rc, &b, "]}\n");
    flush(f, rc, &b);
}

/* Print snippet text with its matches marked. */
static void print_snippet(FILE *f, const ps_snippet *s, int color)
{
    const char *on = color ? HL_COLOR_ON : "【";
    const char *off = color ? HL_COLOR_OFF : "】";
    size_t ch = 0, m = 0;
    const char *p = s->text;
    size_t n = strlen(p);
    fputs("   ", f);
    for (size_t i = 0; i <= n;) {
        while (m < s->nmatches && s->matches[m][1] == ch && s->matches[m][0] < ch) {
            fputs(off, f);
            m++;
        }
        if (i == n)
            break;
        if (m < s->nmatches && s->matches[m][0] == ch)
            fputs(on, f);
        uint32_t cp;
        size_t len = ps_utf8_decode(p + i, n - i, &cp);
        fwrite(p + i, 1, len, f);
        i += len;
        ch++;
    }
    fputc('\n', f);
}

void ps_print_hit_text(FILE *f, const ps_hit *h, int color)
{
    const ps_docrec *d = &h->rec;
    fprintf(f, "%2u. %s%s%s", h->rank, color ? TITLE_ON : "", d->title ? d->title : d->id,
            color ? HL_COLOR_OFF : "");
    if (h->folded)
        fprintf(f, "  (+%u near-duplicate%s)", h->folded, h->folded == 1 ? "" : "s");
    fputc('\n', f);
    char year[16] = "-";
    if (d->year)
        snprintf(year, sizeof year, "%d", d->year);
    fprintf(f, "    %s | %s | %s | id %s\n", year, d->region ? d->region : "-",
            d->org ? d->org : "-", d->id);
    fprintf(f, "    %s\n", d->path ? d->path : "-");
    /* two passages are enough to judge a hit at a glance */
    for (size_t i = 0; i < h->nsnippets && i < 2; i++)
        print_snippet(f, &h->snippets[i], color);
}

static void field_line(FILE *f, const char *name, const char *v)
{
    fprintf(f, "%-11s %s\n", name, v ? v : "-");
}

void ps_print_doc_text(FILE *f, const ps_docrec *d, int raw)
{
    char year[16] = "-";
    if (d->year)
        snprintf(year, sizeof year, "%d", d->year);
    field_line(f, "id:", d->id);
    field_line(f, "title:", d->title);
    field_line(f, "year:", year);
    field_line(f, "region:", d->region);
    field_line(f, "region_code:", d->region_code);
    field_line(f, "org:", d->org);
    field_line(f, "level:", d->level);
    field_line(f, "sector:", d->sector);
    field_line(f, "date:", d->date);
    field_line(f, "doc_number:", d->doc_number);
    field_line(f, "path:", d->path);
    field_line(f, "encoding:", d->encoding);
    fputc('\n', f);
    if (raw && d->raw)
        fwrite(d->raw, 1, d->raw_len, f);
    else
        fwrite(d->body, 1, d->body_len, f);
    fputc('\n', f);
}

void ps_print_doc_json(FILE *f, const ps_docrec *d)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_buf_puts(&rc, &b, "{\"id\":");
    ps_json_string(&rc, &b, d->id, strlen(d->id));
    json_meta(&rc, &b, d);
    ps_buf_puts(&rc, &b, ",\"text\":");
    ps_json_string(&rc, &b, d->body, d->body_len);
    ps_buf_puts(&rc, &b, ",\"raw\":");
    if (d->raw)
        ps_json_string(&rc, &b, d->raw, d->raw_len);
    else
        ps_buf_puts(&rc, &b, "null");
    ps_buf_puts(&rc, &b, "}\n");
    flush(f, rc, &b);
}
