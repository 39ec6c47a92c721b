/*
 * libFuzzer target for the corpus reader: encoding detection, HTML
 * stripping, boilerplate, compilations, metadata extraction (including the
 * gazetteer), and the stored record the indexer writes for each document.
 *
 * Beyond "does not crash or leak": the reader either refuses the bytes with
 * PS_EENCODING/PS_EIO and a message naming the input, or gives documents
 * whose ids are the file id (#N), whose metadata is valid UTF-8 and whose
 * record decodes back to the same fields.
 */
#include "ps_index.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ps_cjk *cjk;        /* created once: OpenCC and the gazetteer load slowly */
static ps_reader *reader;

#define CHECK(cond)                                                    \
    do {                                                               \
        if (!(cond)) {                                                 \
            fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, \
                    __LINE__);                                         \
            abort();                                                   \
        }                                                              \
    } while (0)

static int valid_utf8(const char *s)
{
    if (!s)
        return 1;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3
                   : (*p & 0xF8) == 0xF0 ? 4 : 0;
        if (!n)
            return 0;
        for (size_t k = 1; k < n; k++)
            if ((p[k] & 0xC0) != 0x80)
                return 0;
        p += n;
    }
    return 1;
}

static int same(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps_error err;
    if (!cjk) {
        CHECK(ps_cjk_new(&cjk, &err) == PS_OK);
        CHECK(ps_reader_new(cjk, &reader, &err) == PS_OK);
    }
    ps_plan_list l = {NULL, 0};
    ps_error_clear(&err);
    int rc = ps_reader_read_buffer(reader, "in.txt", "in.txt", (const char *)data, size,
                                   &l, &err);
    if (rc != PS_OK) {
        CHECK(rc == PS_EENCODING || rc == PS_EIO || rc == PS_ENOMEM);
        CHECK(l.count == 0);
        CHECK(strstr(err.msg, "'in.txt'") != NULL);
        return 0;
    }
    ps_buf rec = PS_BUF_INIT;
    for (size_t i = 0; i < l.count; i++) {
        const ps_plan *p = l.items[i];
        CHECK(p->id && strncmp(p->id, "in.txt", 6) == 0);
        CHECK(p->id[6] == '\0' || p->id[6] == '#');
        CHECK(valid_utf8(p->title) && valid_utf8(p->org) && valid_utf8(p->region));
        CHECK(p->year == 0 || (p->year >= 1900 && p->year <= 2100));
        CHECK(p->body && p->raw);
        /* the record round-trips */
        int brc = PS_OK;
        ps_buf_reset(&rec);
        ps_docrec_encode(p, &brc, &rec);
        CHECK(brc == PS_OK);
        ps_docrec d;
        CHECK(ps_docrec_decode(rec.data, rec.len, &d) == PS_OK);
        CHECK(same(d.id, p->id) && same(d.title, p->title) && same(d.org, p->org));
        CHECK(d.year == p->year && d.body_len == p->body_len);
        CHECK(memcmp(d.body, p->body, p->body_len) == 0);
    }
    ps_buf_release(&rec);
    ps_plan_list_release(&l);
    return 0;
}
