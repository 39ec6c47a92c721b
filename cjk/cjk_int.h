/*
 * Internals shared by the files of cjk/: the fold table and the inline
 * decoder used on the hot path.
 *
 * Interface to code in utf8.c, fold.c and tokenize.c; nothing here is
 * visible outside cjk/.
 */
#ifndef PS_CJK_INT_H
#define PS_CJK_INT_H

#include "ps_cjk.h"

#include <stddef.h>
#include <stdint.h>

struct sb_stemmer;

/*
 * One entry per BMP code point, computed when plansearch is built
 * (ps_cjk_fold_build, written out by gen_fold.c as ps_cjk_fold_table).  The folded code
 * point, its class and the length of its UTF-8 form are packed in `info`
 * and the UTF-8 bytes are stored beside them, so the tokenizer's hot path
 * is one load and a memcpy of at most four bytes: no encoding per token.
 */
typedef struct ps_fold_entry {
    uint32_t info;   /* bits 0-20 folded cp, 21-22 class, 23-25 utf8 length */
    char u8[4];      /* folded cp in UTF-8 */
} ps_fold_entry;

#define PS_FOLD_CP(info) ((info) & 0x1FFFFFu)
#define PS_FOLD_CLS(info) (((info) >> 21) & 3u)
#define PS_FOLD_LEN(info) (((info) >> 23) & 7u)
#define PS_FOLD_INFO(cp, cls, len)                                     \
    ((uint32_t)(cp) | ((uint32_t)(cls) << 21) | ((uint32_t)(len) << 23))

/* The generated table (fold_table.c in the build tree), 0x10000 entries. */
extern const ps_fold_entry ps_cjk_fold_table[0x10000];

struct ps_cjk {
    const ps_fold_entry *fold;  /* ps_cjk_fold_table */
    struct sb_stemmer *stemmer; /* Snowball English, UTF-8 */
    /* Scratch space for terms handed to callbacks (hence one per thread). */
    char word[PS_TERM_MAX + 8];
    char term[PS_TERM_MAX + 8];
};

/*
 * Fill fold[0x10000] with the fold of every BMP code point, converting Han
 * with OpenCC's configuration `opencc_config` (a file name OpenCC looks up
 * in its data directory, or a path; NULL: t2s.json, what plansearch uses).
 * PS_OK, or PS_EINTERNAL / PS_ENOMEM with err filled in.  Only the build
 * (gen_fold.c) and the tests call it: it is in fold_build.c, which links
 * OpenCC, and not in the library.
 */
int ps_cjk_fold_build(ps_fold_entry *fold, const char *opencc_config,
                      ps_error *err);

/*
 * Decode one code point; same contract as ps_utf8_decode but inline, since
 * the tokenizer calls it once per character.
 */
static inline size_t ps_utf8_decode_fast(const unsigned char *s, size_t n,
                                         uint32_t *cp)
{
    unsigned b0 = s[0], b1, b2, b3;

    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    if (b0 < 0xC2) /* stray continuation byte or overlong 2-byte lead */
        goto invalid;
    if (b0 < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80)
            goto invalid;
        *cp = ((uint32_t)(b0 & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (b0 < 0xF0) {
        if (n < 3)
            goto invalid;
        b1 = s[1];
        b2 = s[2];
        if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80)
            goto invalid;
        if (b0 == 0xE0 && b1 < 0xA0) /* overlong */
            goto invalid;
        if (b0 == 0xED && b1 >= 0xA0) /* UTF-16 surrogate */
            goto invalid;
        *cp = ((uint32_t)(b0 & 0x0F) << 12) | ((uint32_t)(b1 & 0x3F) << 6) |
              (b2 & 0x3F);
        return 3;
    }
    if (b0 < 0xF5) {
        if (n < 4)
            goto invalid;
        b1 = s[1];
        b2 = s[2];
        b3 = s[3];
        if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80)
            goto invalid;
        if (b0 == 0xF0 && b1 < 0x90) /* overlong */
            goto invalid;
        if (b0 == 0xF4 && b1 >= 0x90) /* above U+10FFFF */
            goto invalid;
        *cp = ((uint32_t)(b0 & 0x07) << 18) | ((uint32_t)(b1 & 0x3F) << 12) |
              ((uint32_t)(b2 & 0x3F) << 6) | (b3 & 0x3F);
        return 4;
    }
invalid:
    *cp = PS_UTF8_INVALID;
    return 1;
}

/*
 * The fold entry for any decoded value: a table lookup in the BMP, a range
 * check above it (supplementary Han is CJK, folded only when it is a
 * compatibility ideograph; everything else is a boundary).  The result is
 * a table entry or `tmp`, filled in.
 */
const ps_fold_entry *ps_cjk_lookup_slow(const ps_cjk *c, uint32_t cp,
                                        ps_fold_entry *tmp);

static inline const ps_fold_entry *ps_cjk_lookup(const ps_cjk *c, uint32_t cp,
                                                 ps_fold_entry *tmp)
{
    if (cp < 0x10000)
        return &c->fold[cp];
    return ps_cjk_lookup_slow(c, cp, tmp);
}

#endif
