/*
 * PDF through poppler's GLib interface (Debian libpoppler-glib): the text
 * of each page in reading order, lines kept; the Info dictionary and the
 * XMP packet for properties.  A PDF whose pages hold no text is a scan:
 * flagged (the caller skips it), or with --ocr rendered at 300 dpi with
 * cairo and recognised page by page.
 */
#include "formats.h"

#include <cairo.h>
#include <poppler.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Chinese strokes need about 300 dpi to be told apart reliably. */
#define OCR_DPI 300
/* A page larger than this (in pixels at OCR_DPI) is rendered smaller. */
#define OCR_MAX_SIDE 8000

/* Printable characters in s: a page with none is an image. */
static size_t visible_chars(const char *s)
{
    size_t k = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p > ' ' && (*p & 0xC0) != 0x80)
            k++;
    return k;
}

static char *dup_or_null(const char *s)
{
    return s && *s ? strdup(s) : NULL;
}

/* The text of the first <tag>…</tag> of an XMP packet (inside rdf:li when
 * it holds a list), entities &amp; &lt; &gt; decoded; NULL if absent. */
static char *xmp_field(const char *xmp, const char *tag)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *s = strstr(xmp, open);
    if (!s || !(s = strchr(s, '>')))
        return NULL;
    s++;
    const char *e = strstr(s, close);
    if (!e)
        return NULL;
    const char *li = strstr(s, "<rdf:li");
    if (li && li < e && (li = strchr(li, '>')) && li < e) {
        s = li + 1;
        const char *le = strstr(s, "</rdf:li>");
        if (le && le < e)
            e = le;
    }
    while (s < e && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t'))
        s++;
    char *out = malloc((size_t)(e - s) + 1), *o = out;
    if (!out)
        return NULL;
    while (s < e) {
        if (*s == '&') {
            static const struct { const char *ent, c; } ents[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
            size_t k;
            for (k = 0; k < sizeof ents / sizeof ents[0]; k++)
                if (strncmp(s, ents[k].ent, strlen(ents[k].ent)) == 0)
                    break;
            if (k < sizeof ents / sizeof ents[0]) {
                *o++ = ents[k].c;
                s += strlen(ents[k].ent);
                continue;
            }
        }
        *o++ = *s++;
    }
    *o = '\0';
    if (!out[0] || strchr(out, '<')) {
        free(out);
        return NULL;
    }
    return out;
}

static void properties(PopplerDocument *doc, ps_extract *x)
{
    char *t = poppler_document_get_title(doc);
    char *a = poppler_document_get_author(doc);
    x->title = dup_or_null(t);
    x->author = dup_or_null(a);
    g_free(t);
    g_free(a);
    time_t c = poppler_document_get_creation_date(doc);
    if (c > 0) {
        struct tm tm;
        char buf[16];
        if (gmtime_r(&c, &tm) && strftime(buf, sizeof buf, "%Y-%m-%d", &tm))
            x->created = strdup(buf);
    }
    char *xmp = poppler_document_get_metadata(doc);
    if (xmp) {
        if (!x->title)
            x->title = xmp_field(xmp, "dc:title");
        if (!x->author)
            x->author = xmp_field(xmp, "dc:creator");
        if (!x->created) {
            char *d = xmp_field(xmp, "xmp:CreateDate");
            if (d && strlen(d) >= 10) {
                d[10] = '\0';
                x->created = d;
            } else {
                free(d);
            }
        }
        g_free(xmp);
    }
}

/* Render a page at OCR_DPI on white and recognise it. */
static int ocr_page(ps_ocr *ocr, PopplerPage *page, ps_buf *out, ps_error *err)
{
    double pw, ph;
    poppler_page_get_size(page, &pw, &ph);
    double scale = OCR_DPI / 72.0;
    if (pw <= 0 || ph <= 0)
        return PS_OK;
    if (pw * scale > OCR_MAX_SIDE)
        scale = OCR_MAX_SIDE / pw;
    if (ph * scale > OCR_MAX_SIDE)
        scale = OCR_MAX_SIDE / ph;
    int w = (int)(pw * scale), h = (int)(ph * scale);
    if (w < 1 || h < 1)
        return PS_OK;
    cairo_surface_t *surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(surf);
        return ps_error_set(err, PS_ENOMEM, "cannot render a page: out of memory");
    }
    cairo_t *cr = cairo_create(surf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    poppler_page_render(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surf);
    /* 8-bit gray for Tesseract: cairo's unused fourth byte would pass for
       an alpha channel, and a quarter of the memory */
    const unsigned char *px = cairo_image_surface_get_data(surf);
    int stride = cairo_image_surface_get_stride(surf);
    unsigned char *gray = malloc((size_t)w * (size_t)h);
    int rc = PS_OK;
    if (!gray) {
        rc = ps_error_set(err, PS_ENOMEM, "cannot render a page: out of memory");
    } else {
        for (int y = 0; y < h; y++) {
            const uint32_t *row = (const uint32_t *)(px + (size_t)y * (size_t)stride);
            unsigned char *g = gray + (size_t)y * (size_t)w;
            for (int x = 0; x < w; x++) {
                uint32_t v = row[x]; /* 0xXXRRGGBB in native order */
                g[x] = (unsigned char)((((v >> 16) & 0xFF) * 299 + ((v >> 8) & 0xFF) * 587 +
                                        (v & 0xFF) * 114) / 1000);
            }
        }
        rc = ps_ocr_image(ocr, gray, w, h, 1, w, (int)(scale * 72 + 0.5), out, err);
        free(gray);
    }
    cairo_surface_destroy(surf);
    return rc;
}

int ps_pdf_extract(const char *data, size_t n, const ps_extract_opts *o,
                   ps_extract *x, ps_error *err)
{
    GError *ge = NULL;
    GBytes *bytes = g_bytes_new_static(data, n);
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &ge);
    int rc = PS_OK;
    x->format = "PDF";
    if (!doc) {
        if (ge && ge->domain == POPPLER_ERROR && ge->code == POPPLER_ERROR_ENCRYPTED)
            rc = ps_error_set(err, PS_EENCODING, "PDF is encrypted (password-protected)");
        else
            rc = ps_error_set(err, PS_EENCODING, "damaged PDF (%s)",
                              ge ? ge->message : "unreadable");
        if (ge)
            g_error_free(ge);
        g_bytes_unref(bytes);
        return rc;
    }
    int pages = poppler_document_get_n_pages(doc);
    if (pages <= 0) {
        g_object_unref(doc);
        g_bytes_unref(bytes);
        return ps_error_set(err, PS_EENCODING, "PDF has no pages");
    }
    properties(doc, x);
    ps_ocr *ocr = NULL;
    size_t visible = 0;
    int blank_pages = 0;
    for (int i = 0; i < pages && !rc; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page)
            continue;
        char *t = poppler_page_get_text(page);
        size_t v = t ? visible_chars(t) : 0;
        if (v > 0) {
            ps_buf_puts(&rc, &x->text, t);
            visible += v;
        } else if (o->ocr) {
            if (!ocr)
                rc = ps_ocr_new(o->ocr_lang, &ocr, err);
            if (!rc)
                rc = ocr_page(ocr, page, &x->text, err);
            x->ocr = 1;
        } else {
            blank_pages++;
        }
        if (x->text.len && x->text.data[x->text.len - 1] != '\n')
            ps_buf_putc(&rc, &x->text, '\n');
        g_free(t);
        g_object_unref(page);
        if (x->ocr || i % 64 == 63)
            ps_extract_progress(o);
    }
    ps_ocr_free(ocr);
    /* no text on any page: a scan.  A PDF mixing text pages and scanned
       ones keeps its text pages without --ocr. */
    if (!rc && !x->ocr && visible == 0)
        x->scan = 1;
    g_object_unref(doc);
    g_bytes_unref(bytes);
    if (rc == PS_ENOMEM && !err->msg[0])
        ps_error_set(err, rc, "out of memory");
    return rc;
}
