/*
 * Character folding: the per-code-point table (built with plansearch, by
 * fold_build.c and gen_fold.c, into fold_table.c), the lookups above the
 * BMP, and the string-level helpers (fold_string, normalize_for_match).
 *
 * Decisions a reader of search results will notice:
 *   - ASCII letters and digits are ALNUM, letters lowercased.
 *   - Full-width forms U+FF01–U+FF5E fold to ASCII, U+3000 to a space,
 *     the full-width symbols U+FFE0–U+FFE6 to their narrow forms and the
 *     half-width CJK punctuation U+FF61–U+FF65 to its full form.
 *   - Latin-1 letters, Latin Extended-A and -B, Latin Extended Additional,
 *     basic Greek and basic Cyrillic letters are ALNUM (pinyin with tone
 *     marks, names in Russian …); upper case is lowered where the mapping
 *     is a simple one-to-one pair (Latin-1, Extended-A, Extended
 *     Additional, Greek, Cyrillic; Extended-B is left as written).
 *     Final sigma folds to σ, İ to i.
 *   - Han (Ext. A, URO, compatibility ideographs, supplementary planes up
 *     to Ext. H), CJK and Kangxi radicals, 々, 〇 and ○ (which folds to
 *     〇), kana and hangul are CJK.  Radicals and compatibility ideographs
 *     fold to their NFKC unified ideograph (PDF extraction produces them:
 *     ⼯ for 工).  Han is then folded traditional → simplified with OpenCC's
 *     t2s data, one character at a time, keeping only one-to-one results.
 *     Half-width katakana is CJK but not widened.
 *   - Everything else (punctuation, symbols, other scripts, combining
 *     marks, invalid bytes) is a boundary.
 */
#include "cjk_int.h"
#include "compat_table.h"

#include <libstemmer.h>

#include <stdlib.h>
#include <string.h>

static int is_sup_han(uint32_t cp)
{
    /* Ext. B–F, compatibility supplement, Ext. G–H. */
    return cp >= 0x20000 && cp <= 0x323AF;
}

static int is_sup_kana(uint32_t cp)
{
    return cp >= 0x1B000 && cp <= 0x1B16F;
}

static void set_entry(ps_fold_entry *e, uint32_t cp, int cls)
{
    char u8[4] = {0, 0, 0, 0};
    size_t len = ps_utf8_encode(cp, u8);

    e->info = PS_FOLD_INFO(cp, cls, len);
    memcpy(e->u8, u8, 4);
}

/* The NFKC target of a radical or compatibility ideograph, or 0. */
static uint32_t compat_target(uint32_t cp)
{
    size_t lo = 0, hi = sizeof ps_cjk_compat / sizeof ps_cjk_compat[0];

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ps_cjk_compat[mid][0] == cp)
            return ps_cjk_compat[mid][1];
        if (ps_cjk_compat[mid][0] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

const ps_fold_entry *ps_cjk_lookup_slow(const ps_cjk *c, uint32_t cp,
                                        ps_fold_entry *tmp)
{
    uint32_t to;

    if (cp == PS_UTF8_INVALID || cp > 0x10FFFF) {
        /* Not encodable: a boundary, written as U+FFFD where text is needed. */
        set_entry(tmp, 0xFFFD, PS_CP_BOUNDARY);
        return tmp;
    }
    /* Supplementary compatibility ideographs: fold on as their target. */
    if (cp >= 0x2F800 && cp <= 0x2FA1F && (to = compat_target(cp)) != 0) {
        if (to < 0x10000)
            return &c->fold[to];
        cp = to;
    }
    set_entry(tmp, cp,
              is_sup_han(cp) || is_sup_kana(cp) ? PS_CP_CJK : PS_CP_BOUNDARY);
    return tmp;
}

/*
 * The table is built when plansearch is built (fold_build.c, gen_fold.c):
 * nothing is loaded or computed here but the stemmer.
 */
int ps_cjk_new(ps_cjk **out, ps_error *err)
{
    ps_cjk *c;

    *out = NULL;
    c = calloc(1, sizeof *c);
    if (!c)
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    c->fold = ps_cjk_fold_table;
    c->stemmer = sb_stemmer_new("english", "UTF_8");
    if (!c->stemmer) {
        free(c);
        return ps_error_set(err, PS_EINTERNAL,
                            "cannot create Snowball stemmer 'english'");
    }
    *out = c;
    return PS_OK;
}

void ps_cjk_free(ps_cjk *c)
{
    if (!c)
        return;
    sb_stemmer_delete(c->stemmer);
    free(c);
}

uint32_t ps_cjk_fold_cp(const ps_cjk *c, uint32_t cp, int *cls)
{
    ps_fold_entry tmp;
    const ps_fold_entry *e;

    if (cp == PS_UTF8_INVALID || cp > 0x10FFFF) {
        if (cls)
            *cls = PS_CP_BOUNDARY;
        return cp;
    }
    e = ps_cjk_lookup(c, cp, &tmp);
    if (cls)
        *cls = (int)PS_FOLD_CLS(e->info);
    return PS_FOLD_CP(e->info);
}

void ps_cjk_fold_string(const ps_cjk *c, const char *s, size_t n, int *rc,
                        ps_buf *out, size_t **map)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t *m = NULL, mlen = 0, mcap = 0;
    size_t i = 0;
    int prev_cjk = 0;

    if (map)
        *map = NULL;
    if (*rc)
        return;
    /* Folded text is usually no longer than the input: one allocation. */
    ps_buf_reserve(rc, out, n);
    if (map) {
        mcap = n + 1;
        m = malloc(mcap * sizeof *m);
        if (!m) {
            *rc = PS_ENOMEM;
            return;
        }
    }
    while (i < n && !*rc) {
        uint32_t cp;
        ps_fold_entry tmp;
        const ps_fold_entry *e;
        size_t adv = ps_utf8_decode_fast(p + i, n - i, &cp);
        size_t len, k;

        e = ps_cjk_lookup(c, cp, &tmp);
        if ((cp == '(' || cp == 0xFF08) && prev_cjk) {
            size_t skip = ps_cjk_pinyin_at(s + i, n - i);
            if (skip) {
                i += skip;
                continue;
            }
        }
        prev_cjk = PS_FOLD_CLS(e->info) == PS_CP_CJK;
        len = PS_FOLD_LEN(e->info);
        ps_buf_append(rc, out, e->u8, len);
        if (m) {
            if (mlen + len + 1 > mcap) {
                size_t *grown;
                mcap = (mcap + len + 1) * 2;
                grown = realloc(m, mcap * sizeof *m);
                if (!grown) {
                    *rc = PS_ENOMEM;
                    break;
                }
                m = grown;
            }
            for (k = 0; k < len; k++)
                m[mlen++] = i;
        }
        i += adv;
    }
    /* ps_buf_reserve leaves a fresh buffer unterminated; empty input too. */
    ps_buf_append(rc, out, "", 0);
    if (*rc) {
        free(m);
        return;
    }
    if (m) {
        m[mlen] = n;
        *map = m;
    }
}

void ps_cjk_normalize_for_match(const ps_cjk *c, const char *s, size_t n,
                                int *rc, ps_buf *out)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    int in_boundary = 0, prev_cjk = 0;

    if (*rc)
        return;
    ps_buf_reserve(rc, out, n);
    while (i < n && !*rc) {
        uint32_t cp;
        ps_fold_entry tmp;
        const ps_fold_entry *e;

        size_t at = i;
        i += ps_utf8_decode_fast(p + i, n - i, &cp);
        e = ps_cjk_lookup(c, cp, &tmp);
        if ((cp == '(' || cp == 0xFF08) && prev_cjk) {
            size_t skip = ps_cjk_pinyin_at(s + at, n - at);
            if (skip) {
                i = at + skip;
                continue;
            }
        }
        prev_cjk = PS_FOLD_CLS(e->info) == PS_CP_CJK;
        if (PS_FOLD_CLS(e->info) == PS_CP_BOUNDARY) {
            if (!in_boundary)
                ps_buf_putc(rc, out, ' ');
            in_boundary = 1;
        } else {
            ps_buf_append(rc, out, e->u8, PS_FOLD_LEN(e->info));
            in_boundary = 0;
        }
    }
    ps_buf_append(rc, out, "", 0); /* terminate even when n == 0 */
}
