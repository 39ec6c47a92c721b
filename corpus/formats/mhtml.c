/*
 * MHTML (.mht, .mhtml: a web page saved by a browser) through GMime: the
 * first text/html part (else text/plain), its transfer encoding undone
 * (quoted-printable, base64) and converted from its declared charset.  The
 * page is then read as HTML by the ordinary reader.  Without a declared
 * charset the bytes go back undecoded, for the reader's own detection
 * (which also reads the page's <meta charset>).
 */
#include "formats.h"

#include <gmime/gmime.h>
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

typedef struct find_ctx {
    GMimeObject *html, *plain;
} find_ctx;

static void find_part(GMimeObject *parent, GMimeObject *part, gpointer data)
{
    (void)parent;
    find_ctx *f = data;
    if (!GMIME_IS_PART(part))
        return;
    GMimeContentType *ct = g_mime_object_get_content_type(part);
    if (!ct)
        return;
    if (!f->html && g_mime_content_type_is_type(ct, "text", "html"))
        f->html = part;
    else if (!f->plain && g_mime_content_type_is_type(ct, "text", "plain"))
        f->plain = part;
}

int ps_mhtml_extract(const char *data, size_t n, const ps_extract_opts *o, ps_extract *x,
                     ps_error *err)
{
    (void)o;
    x->format = "MHTML";
    g_mime_init();
    GMimeStream *in = g_mime_stream_mem_new_with_buffer(data, n);
    GMimeParser *parser = g_mime_parser_new_with_stream(in);
    GMimeMessage *msg = g_mime_parser_construct_message(parser, NULL);
    g_object_unref(parser);
    g_object_unref(in);
    if (!msg)
        return ps_error_set(err, PS_EENCODING, "damaged MHTML file (no MIME message)");
    find_ctx f = {NULL, NULL};
    g_mime_message_foreach(msg, find_part, &f);
    GMimeObject *part = f.html ? f.html : f.plain;
    if (!part) {
        g_object_unref(msg);
        return ps_error_set(err, PS_EENCODING, "MHTML file holds no HTML or text part");
    }
    const char *subject = g_mime_message_get_subject(msg);
    if (subject && *subject)
        x->title = strdup(subject);
    int rc = PS_OK;
    GMimeDataWrapper *dw = g_mime_part_get_content(GMIME_PART(part));
    GMimeStream *out = g_mime_stream_mem_new();
    if (dw)
        g_mime_data_wrapper_write_to_stream(dw, out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    const char *cs = g_mime_object_get_content_type_parameter(part, "charset");
    x->text_is_html = part == f.html;
    if (cs && (strcasecmp(cs, "gb2312") == 0 || strcasecmp(cs, "gbk") == 0 ||
               strcasecmp(cs, "x-gbk") == 0))
        cs = "GB18030"; /* the superset: GBK pages use characters GB2312 lacks */
    gsize got = 0;
    gchar *conv = NULL;
    if (cs && bytes->len)
        conv = g_convert((const gchar *)bytes->data, (gssize)bytes->len, "UTF-8", cs, NULL,
                         &got, NULL);
    if (conv) {
        ps_buf_append(&rc, &x->text, conv, got);
        g_free(conv);
        /* named as the reader names encodings (encoding.c) */
        if (strcasecmp(cs, "GB18030") == 0)
            snprintf(x->charset, sizeof x->charset, "GB18030");
        else if (strcasecmp(cs, "big5") == 0 || strcasecmp(cs, "big5-hkscs") == 0)
            snprintf(x->charset, sizeof x->charset, "BIG5");
        else if (strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0)
            snprintf(x->charset, sizeof x->charset, "UTF-8");
        else
            for (size_t i = 0; cs[i] && i + 1 < sizeof x->charset; i++)
                x->charset[i] = (char)toupper((unsigned char)cs[i]);
    } else {
        ps_buf_append(&rc, &x->text, bytes->data, bytes->len);
        x->text_raw = 1;
    }
    g_object_unref(out);
    g_object_unref(msg);
    return rc;
}
