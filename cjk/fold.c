/*
 * Character folding: the per-code-point table built by ps_cjk_new, and the
 * string-level helpers built on it (fold_string, normalize_for_match).
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
#include <opencc/opencc.h>

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

/* Lower case of a Latin/Greek/Cyrillic letter, or 0 if cp is no letter. */
static uint32_t letter_lower(uint32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 0x20;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
        return cp;
    if (cp < 0xC0)
        return 0;
    /* Latin-1 Supplement. */
    if (cp <= 0xFF) {
        if (cp == 0xD7 || cp == 0xF7) /* × ÷ */
            return 0;
        return cp <= 0xDE ? cp + 0x20 : cp;
    }
    /* Latin Extended-A: upper/lower pairs alternate, in two phases. */
    if (cp <= 0x17F) {
        if (cp == 0x130)
            return 'i';
        if (cp == 0x178)
            return 0xFF;
        if ((cp <= 0x137 || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 0)
            return cp + 1;
        if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) &&
            cp % 2 == 1)
            return cp + 1;
        return cp;
    }
    /* Latin Extended-B and IPA: letters, case left alone. */
    if (cp <= 0x2AF)
        return cp;
    /* Greek. */
    if (cp >= 0x386 && cp <= 0x3CE) {
        if (cp == 0x386)
            return 0x3AC;
        if (cp >= 0x388 && cp <= 0x38A)
            return cp + 0x25;
        if (cp == 0x38C)
            return 0x3CC;
        if (cp == 0x38E || cp == 0x38F)
            return cp + 0x3F;
        if (cp == 0x387 || cp == 0x38B || cp == 0x38D || cp == 0x3A2)
            return 0;
        if (cp >= 0x391 && cp <= 0x3AB)
            return cp + 0x20;
        if (cp == 0x3C2) /* final sigma */
            return 0x3C3;
        return cp;
    }
    /* Cyrillic. */
    if (cp >= 0x400 && cp <= 0x45F) {
        if (cp <= 0x40F)
            return cp + 0x50;
        if (cp <= 0x42F)
            return cp + 0x20;
        return cp;
    }
    /* Latin Extended Additional (Vietnamese …): even upper, odd lower. */
    if (cp >= 0x1E00 && cp <= 0x1EFF) {
        if ((cp <= 0x1E95 || cp >= 0x1EA0) && cp % 2 == 0)
            return cp + 1;
        return cp;
    }
    return 0;
}

static int is_bmp_cjk(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x4DBF) ||  /* Ext. A */
           (cp >= 0x4E00 && cp <= 0x9FFF) ||  /* URO */
           (cp >= 0xF900 && cp <= 0xFAFF) ||  /* compatibility ideographs */
           (cp >= 0x2E80 && cp <= 0x2FDF) ||  /* CJK and Kangxi radicals */
           cp == 0x3005 || cp == 0x3007 ||    /* 々 〇 */
           (cp >= 0x3041 && cp <= 0x3096) ||  /* hiragana */
           (cp >= 0x309D && cp <= 0x309F) ||
           (cp >= 0x30A1 && cp <= 0x30FA) ||  /* katakana (not ・) */
           (cp >= 0x30FC && cp <= 0x30FF) ||
           (cp >= 0x31F0 && cp <= 0x31FF) ||
           (cp >= 0xFF66 && cp <= 0xFF9F) ||  /* half-width katakana */
           (cp >= 0x1100 && cp <= 0x11FF) ||  /* hangul jamo */
           (cp >= 0x3131 && cp <= 0x318E) ||
           (cp >= 0xAC00 && cp <= 0xD7A3) ||  /* hangul syllables */
           (cp >= 0xFFA0 && cp <= 0xFFDC);    /* half-width hangul */
}

/* Width, case and variant folding for one BMP code point (no OpenCC). */
static void fold_basic(ps_fold_entry *e, uint32_t cp)
{
    uint32_t lo;
    static const uint16_t halfwidth_punct[] = {0x3002, 0x300C, 0x300D,
                                               0x3001, 0x30FB};
    static const uint16_t fullwidth_sym[] = {0xA2, 0xA3, 0xAC, 0xAF,
                                             0xA6, 0xA5, 0x20A9};

    if (cp >= 0xFF01 && cp <= 0xFF5E)
        cp -= 0xFEE0;
    else if (cp == 0x3000)
        cp = ' ';
    else if (cp >= 0xFF61 && cp <= 0xFF65)
        cp = halfwidth_punct[cp - 0xFF61];
    else if (cp >= 0xFFE0 && cp <= 0xFFE6)
        cp = fullwidth_sym[cp - 0xFFE0];
    else if (cp == 0x25CB) /* ○ written for 〇 */
        cp = 0x3007;

    if ((lo = letter_lower(cp)) != 0)
        set_entry(e, lo, PS_CP_ALNUM);
    else if (is_bmp_cjk(cp))
        set_entry(e, cp, PS_CP_CJK);
    else
        set_entry(e, cp, PS_CP_BOUNDARY);
}

static int is_opencc_source(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/*
 * Convert every Han code point once, one per line so that OpenCC's phrase
 * rules cannot join neighbours, and record the one-to-one results.
 */
static int load_t2s(ps_cjk *c, const char *config, ps_error *err)
{
    opencc_t cc;
    char *in, *out, *p;
    size_t n = 0;
    uint32_t cp;
    int rc = PS_OK;

    cc = opencc_open(config);
    if (cc == (opencc_t)-1)
        return ps_error_set(err, PS_EINTERNAL,
                            "cannot load OpenCC config '%s': %s", config,
                            opencc_error());
    in = malloc(0x10000 * 4);
    if (!in) {
        opencc_close(cc);
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    }
    for (cp = 0x3400; cp < 0x10000; cp++) {
        if (!is_opencc_source(cp))
            continue;
        n += ps_utf8_encode(cp, in + n);
        in[n++] = '\n';
    }
    out = opencc_convert_utf8(cc, in, n);
    free(in);
    if (!out) {
        rc = ps_error_set(err, PS_EINTERNAL, "OpenCC conversion failed: %s",
                          opencc_error());
        opencc_close(cc);
        return rc;
    }

    p = out;
    for (cp = 0x3400; cp < 0x10000; cp++) {
        const char *eol;
        uint32_t to;
        size_t len, used;

        if (!is_opencc_source(cp))
            continue;
        eol = strchr(p, '\n');
        if (!eol) {
            rc = ps_error_set(err, PS_EINTERNAL,
                              "OpenCC output has fewer lines than its input");
            break;
        }
        len = (size_t)(eol - p);
        used = len ? ps_utf8_decode(p, len, &to) : 0;
        if (len && used == len && to != PS_UTF8_INVALID && to != cp &&
            c->fold[cp].info == PS_FOLD_INFO(cp, PS_CP_CJK, 3))
            set_entry(&c->fold[cp], to, PS_CP_CJK);
        p = (char *)eol + 1;
    }
    opencc_convert_utf8_free(out);
    opencc_close(cc);
    return rc;
}

/*
 * Characters traditional script writes for two simplified characters, itself
 * and another, by context: OpenCC keeps them as themselves one at a time,
 * so 著力 (traditional for 着力) and 瞭解 (了解) would never meet the
 * simplified text.  Each is folded to the other character, in both scripts:
 * the pairs are the entries of OpenCC's TSCharacters whose first candidate
 * is the character itself, plus 著/着, which OpenCC's t2s leaves alone even
 * in 圍繞著.  The price, stated in README: 著名 also matches a text that
 * writes 着名, 覆盖 one that writes 复盖.
 */
static const uint16_t context_variants[][2] = {
    {0x8457, 0x7740}, /* 著 着 */
    {0x77AD, 0x4E86}, /* 瞭 了 */
    {0x8986, 0x590D}, /* 覆 复 */
    {0x85C9, 0x501F}, /* 藉 借 */
    {0x8879, 0x53EA}, /* 衹 只 */
    {0x7947, 0x53EA}, /* 祇 只 */
    {0x5F77, 0x4EFF}, /* 彷 仿 */
    {0x7274, 0x62B5}, /* 牴 抵 */
    {0x962A, 0x5742}, /* 阪 坂 */
};

/*
 * Make folding idempotent: if A folds to B and B to C, A folds to C, so a
 * query typed in already-folded text matches the document it came from.
 */
static void close_chains(ps_cjk *c)
{
    uint32_t cp;
    int step;

    for (cp = 0; cp < 0x10000; cp++) {
        uint32_t to = PS_FOLD_CP(c->fold[cp].info);
        int cls = (int)PS_FOLD_CLS(c->fold[cp].info);

        for (step = 0; step < 8 && to < 0x10000 && to != cp; step++) {
            uint32_t next = PS_FOLD_CP(c->fold[to].info);
            if (next == to)
                break;
            to = next;
        }
        if (to != PS_FOLD_CP(c->fold[cp].info))
            set_entry(&c->fold[cp], to, cls);
    }
}

int ps_cjk_new(ps_cjk **out, ps_error *err)
{
    return ps_cjk_new_with_config(out, OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP, err);
}

int ps_cjk_new_with_config(ps_cjk **out, const char *opencc_config,
                           ps_error *err)
{
    ps_cjk *c;
    uint32_t cp;
    size_t i;
    int rc;

    *out = NULL;
    c = calloc(1, sizeof *c);
    if (!c)
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    for (cp = 0; cp < 0x10000; cp++)
        fold_basic(&c->fold[cp], cp);
    /* Surrogates never come out of the decoder; keep them boundaries. */
    for (cp = 0xD800; cp < 0xE000; cp++)
        set_entry(&c->fold[cp], 0xFFFD, PS_CP_BOUNDARY);
    /* Radicals and compatibility ideographs as their unified ideograph. */
    for (i = 0; i < sizeof ps_cjk_compat / sizeof ps_cjk_compat[0]; i++)
        if (ps_cjk_compat[i][0] < 0x10000)
            set_entry(&c->fold[ps_cjk_compat[i][0]], ps_cjk_compat[i][1],
                      PS_CP_CJK);

    rc = load_t2s(c, opencc_config, err);
    if (rc) {
        free(c);
        return rc;
    }
    for (i = 0; i < sizeof context_variants / sizeof *context_variants; i++)
        set_entry(&c->fold[context_variants[i][0]], context_variants[i][1], PS_CP_CJK);
    close_chains(c);

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
