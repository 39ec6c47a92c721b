/*
 * The stored record of a document: a magic, then (tag, length, bytes, NUL)
 * fields.  Length-prefixed so bodies may hold any bytes; NUL-terminated so
 * a decoded record can hand out C strings pointing into the stored data
 * without copying.
 */
#include "ps_store.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PS_DOCREC_MAGIC "PSR1"

enum ps_docrec_tag {
    TAG_ID = 1, TAG_PATH, TAG_ENCODING, TAG_TITLE, TAG_REGION, TAG_REGION_CODE,
    TAG_ORG, TAG_LEVEL, TAG_SECTOR, TAG_DATE, TAG_DOC_NUMBER, TAG_YEAR,
    TAG_PART, TAG_BODY, TAG_RAW, TAG_TYPE, TAG_URL, TAG_FROM_TITLE, TAG_FROM_YEAR,
    TAG_FROM_REGION, TAG_FROM_ORG, TAG_FROM_LEVEL, TAG_FROM_TYPE,
    /* documents read from binary formats: the format, the OCR mark and the
       file's own properties (absent for text and HTML files) */
    TAG_FORMAT, TAG_OCR, TAG_FILE_TITLE, TAG_FILE_AUTHOR, TAG_FILE_DATE,
    TAG_FURNITURE /* boilerplate lines, apart from the body (index format 4) */
};

static void put_field(int *rc, ps_buf *out, int tag, const char *s, size_t n)
{
    if (!s)
        return;
    unsigned char hdr[5] = {(unsigned char)tag, (unsigned char)(n & 0xff),
                            (unsigned char)((n >> 8) & 0xff),
                            (unsigned char)((n >> 16) & 0xff),
                            (unsigned char)((n >> 24) & 0xff)};
    if (n > UINT32_MAX) {
        *rc = PS_EINVAL;
        return;
    }
    ps_buf_append(rc, out, hdr, sizeof hdr);
    ps_buf_append(rc, out, s, n);
    ps_buf_putc(rc, out, '\0');
}

static void put_str(int *rc, ps_buf *out, int tag, const char *s)
{
    if (s)
        put_field(rc, out, tag, s, strlen(s));
}

static void put_int(int *rc, ps_buf *out, int tag, int v)
{
    char tmp[24];
    int n = snprintf(tmp, sizeof tmp, "%d", v);
    put_field(rc, out, tag, tmp, (size_t)n);
}

void ps_docrec_encode(const ps_plan *p, int *rc, ps_buf *out)
{
    ps_buf_puts(rc, out, PS_DOCREC_MAGIC);
    put_str(rc, out, TAG_ID, p->id);
    put_str(rc, out, TAG_PATH, p->path);
    put_str(rc, out, TAG_ENCODING, p->encoding);
    put_str(rc, out, TAG_TITLE, p->title);
    put_str(rc, out, TAG_REGION, p->region);
    put_str(rc, out, TAG_REGION_CODE, p->region_code);
    put_str(rc, out, TAG_ORG, p->org);
    put_str(rc, out, TAG_LEVEL, p->level);
    put_str(rc, out, TAG_SECTOR, p->sector);
    put_str(rc, out, TAG_DATE, p->date);
    put_str(rc, out, TAG_DOC_NUMBER, p->doc_number);
    put_str(rc, out, TAG_TYPE, p->type);
    put_str(rc, out, TAG_URL, p->url);
    put_str(rc, out, TAG_FROM_TITLE, p->from.title);
    put_str(rc, out, TAG_FROM_YEAR, p->from.year);
    put_str(rc, out, TAG_FROM_REGION, p->from.region);
    put_str(rc, out, TAG_FROM_ORG, p->from.org);
    put_str(rc, out, TAG_FROM_LEVEL, p->from.level);
    put_str(rc, out, TAG_FROM_TYPE, p->from.type);
    if (p->year)
        put_int(rc, out, TAG_YEAR, p->year);
    put_int(rc, out, TAG_PART, p->part);
    put_field(rc, out, TAG_BODY, p->body ? p->body : "", p->body ? p->body_len : 0);
    if (p->furniture)
        put_field(rc, out, TAG_FURNITURE, p->furniture, p->furniture_len);
    if (p->raw)
        put_field(rc, out, TAG_RAW, p->raw, p->raw_len);
    put_str(rc, out, TAG_FORMAT, p->format);
    if (p->ocr)
        put_int(rc, out, TAG_OCR, 1);
    put_str(rc, out, TAG_FILE_TITLE, p->file_title);
    put_str(rc, out, TAG_FILE_AUTHOR, p->file_author);
    put_str(rc, out, TAG_FILE_DATE, p->file_date);
}

int ps_docrec_decode(const char *data, size_t n, ps_docrec *out)
{
    memset(out, 0, sizeof *out);
    out->body = "";
    size_t magic = strlen(PS_DOCREC_MAGIC);
    if (n < magic || memcmp(data, PS_DOCREC_MAGIC, magic) != 0)
        return PS_EINDEX_CORRUPT;
    size_t i = magic;
    while (i < n) {
        if (n - i < 5)
            return PS_EINDEX_CORRUPT;
        const unsigned char *h = (const unsigned char *)data + i;
        size_t len = (size_t)h[1] | (size_t)h[2] << 8 | (size_t)h[3] << 16 |
                     (size_t)h[4] << 24;
        i += 5;
        if (len > n - i || n - i - len < 1 || data[i + len] != '\0')
            return PS_EINDEX_CORRUPT;
        const char *v = data + i;
        switch (h[0]) {
        case TAG_ID: out->id = v; break;
        case TAG_PATH: out->path = v; break;
        case TAG_ENCODING: out->encoding = v; break;
        case TAG_TITLE: out->title = v; break;
        case TAG_REGION: out->region = v; break;
        case TAG_REGION_CODE: out->region_code = v; break;
        case TAG_ORG: out->org = v; break;
        case TAG_LEVEL: out->level = v; break;
        case TAG_SECTOR: out->sector = v; break;
        case TAG_DATE: out->date = v; break;
        case TAG_DOC_NUMBER: out->doc_number = v; break;
        case TAG_YEAR: out->year = atoi(v); break;
        case TAG_PART: out->part = atoi(v); break;
        case TAG_BODY: out->body = v; out->body_len = len; break;
        case TAG_RAW: out->raw = v; out->raw_len = len; break;
        case TAG_FURNITURE: out->furniture = v; out->furniture_len = len; break;
        case TAG_TYPE: out->type = v; break;
        case TAG_URL: out->url = v; break;
        case TAG_FROM_TITLE: out->from.title = v; break;
        case TAG_FROM_YEAR: out->from.year = v; break;
        case TAG_FROM_REGION: out->from.region = v; break;
        case TAG_FROM_ORG: out->from.org = v; break;
        case TAG_FROM_LEVEL: out->from.level = v; break;
        case TAG_FROM_TYPE: out->from.type = v; break;
        case TAG_FORMAT: out->format = v; break;
        case TAG_OCR: out->ocr = atoi(v); break;
        case TAG_FILE_TITLE: out->file_title = v; break;
        case TAG_FILE_AUTHOR: out->file_author = v; break;
        case TAG_FILE_DATE: out->file_date = v; break;
        default: break; /* a field from a newer version: skip it */
        }
        i += len + 1;
    }
    return out->id ? PS_OK : PS_EINDEX_CORRUPT;
}
