/*
 * Word 97-2003 .doc and WPS .wps (Kingsoft writes the same binary format):
 * libgsf (Debian libgsf-1) opens the OLE2 compound file and reads its
 * SummaryInformation properties; the text itself comes from our own reader
 * of the WordDocument stream's piece table ([MS-DOC] 2.4.1), since Debian
 * has no maintained C library for it (wv is unmaintained).  ps_doc_text
 * takes untrusted bytes and checks every offset; fuzz/fuzz_doc fuzzes it.
 */
#include "formats.h"

#include <gsf/gsf.h>
#include <stdint.h>
#include <string.h>

static uint32_t u16(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_cp(int *rc, ps_buf *out, uint32_t c)
{
    char b[4];
    size_t n;
    if (c < 0x80) {
        b[0] = (char)c, n = 1;
    } else if (c < 0x800) {
        b[0] = (char)(0xC0 | c >> 6), b[1] = (char)(0x80 | (c & 0x3F)), n = 2;
    } else if (c < 0x10000) {
        b[0] = (char)(0xE0 | c >> 12), b[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        b[2] = (char)(0x80 | (c & 0x3F)), n = 3;
    } else {
        b[0] = (char)(0xF0 | c >> 18), b[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3F)), b[3] = (char)(0x80 | (c & 0x3F)), n = 4;
    }
    ps_buf_append(rc, out, b, n);
}

/* Windows-1252 0x80-0x9F (8-bit pieces hold Western text only). */
static const uint16_t cp1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

/* Field state: inside an instruction (0x13 … 0x14) text is not shown. */
typedef struct field_state {
    unsigned depth;
    uint32_t hidden; /* bit d: level d is in its instruction part */
} field_state;

static void emit(int *rc, ps_buf *out, field_state *fs, uint32_t c)
{
    if (c == 0x13) { /* field begin */
        if (fs->depth < 32)
            fs->hidden |= 1u << fs->depth;
        fs->depth++;
        return;
    }
    if (c == 0x14) { /* separator: the result follows */
        if (fs->depth > 0 && fs->depth <= 32)
            fs->hidden &= ~(1u << (fs->depth - 1));
        return;
    }
    if (c == 0x15) { /* field end */
        if (fs->depth > 0) {
            fs->depth--;
            if (fs->depth < 32)
                fs->hidden &= ~(1u << fs->depth);
        }
        return;
    }
    if (fs->hidden)
        return;
    if (c == 0x0D || c == 0x07 || c == 0x0B || c == 0x0C)
        c = '\n'; /* paragraph, table cell or row, line and page breaks */
    else if (c == 0x1E)
        c = '-';
    else if (c == '\t')
        ;
    else if (c < 0x20 || c == 0x1F)
        return; /* pictures, annotation marks, optional hyphens */
    put_cp(rc, out, c);
}

int ps_doc_text(const unsigned char *wd, size_t wdn, const unsigned char *table0,
                size_t t0n, const unsigned char *table1, size_t t1n, ps_buf *out,
                ps_error *err)
{
    if (wdn < 0x01AA || u16(wd) != 0xA5EC)
        return ps_error_set(err, PS_EENCODING, "not a Word 97-2003 document");
    uint32_t nfib = u16(wd + 2), flags = u16(wd + 0x0A);
    if (flags & 0x0100)
        return ps_error_set(err, PS_EENCODING, "Word document is encrypted "
                                               "(password-protected)");
    if (nfib < 101)
        return ps_error_set(err, PS_EENCODING, "Word 95 or older document (not read)");
    const unsigned char *t = (flags & 0x0200) ? table1 : table0;
    size_t tn = (flags & 0x0200) ? t1n : t0n;
    if (!t)
        return ps_error_set(err, PS_EENCODING, "Word document without its table stream");
    uint32_t ccp_text = u32(wd + 0x4C);
    uint32_t fc_clx = u32(wd + 0x01A2), lcb_clx = u32(wd + 0x01A6);
    if (fc_clx > tn || lcb_clx > tn - fc_clx)
        return ps_error_set(err, PS_EENCODING, "damaged Word document (piece table)");
    size_t pos = fc_clx, end = (size_t)fc_clx + lcb_clx;
    while (pos < end && t[pos] == 0x01) { /* Prc: formatting, skipped */
        if (end - pos < 3)
            return ps_error_set(err, PS_EENCODING, "damaged Word document (piece table)");
        pos += 3 + u16(t + pos + 1);
    }
    if (pos >= end || t[pos] != 0x02 || end - pos < 5)
        return ps_error_set(err, PS_EENCODING, "damaged Word document (piece table)");
    uint32_t lcb = u32(t + pos + 1);
    pos += 5;
    if (lcb > end - pos || lcb < 16 || (lcb - 4) % 12 != 0)
        return ps_error_set(err, PS_EENCODING, "damaged Word document (piece table)");
    size_t npieces = (lcb - 4) / 12;
    const unsigned char *cps = t + pos, *pcds = t + pos + 4 * (npieces + 1);
    int rc = PS_OK;
    field_state fs = {0, 0};
    for (size_t i = 0; i < npieces && !rc; i++) {
        uint32_t cs = u32(cps + 4 * i), ce = u32(cps + 4 * (i + 1));
        if (ce <= cs || cs >= ccp_text)
            continue;
        if (ce > ccp_text)
            ce = ccp_text; /* main text only: no headers, footnotes, comments */
        uint32_t fc = u32(pcds + 8 * i + 2);
        size_t count = ce - cs;
        if (fc & 0x40000000) { /* 8-bit characters */
            size_t off = (fc & 0x3FFFFFFF) / 2;
            if (off > wdn || count > wdn - off)
                return ps_error_set(err, PS_EENCODING, "damaged Word document (text piece)");
            for (size_t k = 0; k < count && !rc; k++) {
                uint32_t c = wd[off + k];
                emit(&rc, out, &fs, c >= 0x80 && c < 0xA0 ? cp1252[c - 0x80] : c);
            }
        } else { /* UTF-16LE */
            size_t off = fc;
            if (off > wdn || count > (wdn - off) / 2)
                return ps_error_set(err, PS_EENCODING, "damaged Word document (text piece)");
            for (size_t k = 0; k < count && !rc; k++) {
                uint32_t c = u16(wd + off + 2 * k);
                if (c >= 0xD800 && c < 0xDC00 && k + 1 < count) {
                    uint32_t lo = u16(wd + off + 2 * (k + 1));
                    if (lo >= 0xDC00 && lo < 0xE000) {
                        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
                        k++;
                    } else {
                        c = 0xFFFD;
                    }
                } else if (c >= 0xD800 && c < 0xE000) {
                    c = 0xFFFD;
                }
                emit(&rc, out, &fs, c);
            }
        }
    }
    return rc ? ps_error_set(err, rc, "out of memory") : PS_OK;
}

/* The whole of a stream, or NULL (GSF hands out its own buffer). */
static const unsigned char *stream(GsfInfile *ole, const char *name, GsfInput **keep,
                                   size_t *n)
{
    *n = 0;
    *keep = gsf_infile_child_by_name(ole, name);
    if (!*keep)
        return NULL;
    gsf_off_t size = gsf_input_size(*keep);
    if (size <= 0 || size > ((gsf_off_t)256 << 20))
        return NULL;
    const guint8 *p = gsf_input_read(*keep, (size_t)size, NULL);
    if (p)
        *n = (size_t)size;
    return p;
}

static char *prop_string(GsfDocMetaData *md, const char *name)
{
    GsfDocProp *prop = gsf_doc_meta_data_lookup(md, name);
    const GValue *v = prop ? gsf_doc_prop_get_val(prop) : NULL;
    if (!v || !G_VALUE_HOLDS_STRING(v))
        return NULL;
    const char *s = g_value_get_string(v);
    return s && *s && g_utf8_validate(s, -1, NULL) ? strdup(s) : NULL;
}

int ps_ole_extract(const char *data, size_t n, const ps_extract_opts *o, ps_extract *x,
                   ps_error *err)
{
    (void)o;
    x->format = "DOC";
    GsfInput *in = gsf_input_memory_new((const guint8 *)data, (gsf_off_t)n, FALSE);
    GError *ge = NULL;
    GsfInfile *ole = in ? gsf_infile_msole_new(in, &ge) : NULL;
    if (!ole) {
        int rc = ps_error_set(err, PS_EENCODING, "damaged OLE2 compound file (%s)",
                              ge ? ge->message : "unreadable");
        if (ge)
            g_error_free(ge);
        if (in)
            g_object_unref(in);
        return rc;
    }
    GsfInput *enc = gsf_infile_child_by_name(ole, "EncryptedPackage");
    GsfInput *wds = NULL, *t0s = NULL, *t1s = NULL;
    int rc;
    if (enc) {
        g_object_unref(enc);
        rc = ps_error_set(err, PS_EENCODING,
                          "Office document is encrypted (password-protected)");
    } else {
        size_t wdn, t0n, t1n;
        const unsigned char *wd = stream(ole, "WordDocument", &wds, &wdn);
        /* the three are read one after another: GSF's buffers are per input */
        const unsigned char *t0 = stream(ole, "0Table", &t0s, &t0n);
        const unsigned char *t1 = stream(ole, "1Table", &t1s, &t1n);
        if (!wd)
            rc = ps_error_set(err, PS_EENCODING, "an OLE2 file that is not a Word or WPS "
                                                 "document (Excel, PowerPoint, …)");
        else
            rc = ps_doc_text(wd, wdn, t0, t0n, t1, t1n, &x->text, err);
    }
    if (!rc) {
        GsfInput *si = gsf_infile_child_by_name(ole, "\005SummaryInformation");
        if (si) {
            GsfDocMetaData *md = gsf_doc_meta_data_new();
            if (gsf_doc_meta_data_read_from_msole(md, si) == NULL) {
                x->title = prop_string(md, GSF_META_NAME_TITLE);
                x->author = prop_string(md, GSF_META_NAME_CREATOR);
            }
            g_object_unref(md);
            g_object_unref(si);
        }
    }
    if (wds)
        g_object_unref(wds);
    if (t0s)
        g_object_unref(t0s);
    if (t1s)
        g_object_unref(t1s);
    g_object_unref(ole);
    g_object_unref(in);
    return rc;
}
