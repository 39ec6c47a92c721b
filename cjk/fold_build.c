/*
 * Building the fold table (see fold.c for the decisions it encodes).
 *
 * This runs at build time, not at start: gen_fold.c calls
 * ps_cjk_fold_build and writes the table as C (fold_table.c), which
 * ps_cjk_new then points at.  Building it means converting every Han code
 * point with OpenCC, whose dictionary (a marisa trie) took some 20 ms to
 * load in every plansearch process; the compiled table is read-only data
 * the kernel pages in as it is touched.  The unit test test_cjk_table
 * builds the table again with OpenCC and compares every entry.
 */
#include "cjk_int.h"
#include "compat_table.h"

#include <opencc/opencc.h>

#include <stdlib.h>
#include <string.h>

static void set_entry(ps_fold_entry *e, uint32_t cp, int cls)
{
    char u8[4] = {0, 0, 0, 0};
    size_t len = ps_utf8_encode(cp, u8);

    e->info = PS_FOLD_INFO(cp, cls, len);
    memcpy(e->u8, u8, 4);
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
static int load_t2s(ps_fold_entry *fold, const char *config, ps_error *err)
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
            fold[cp].info == PS_FOLD_INFO(cp, PS_CP_CJK, 3))
            set_entry(&fold[cp], to, PS_CP_CJK);
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
    /* variant forms OpenCC's tables do not map at all, met on real pages
       (陜西省總工會: the unfolded 陜 kept a province's body from its place) */
    {0x965C, 0x9655}, /* 陜 陕 */
};

/*
 * Make folding idempotent: if A folds to B and B to C, A folds to C, so a
 * query typed in already-folded text matches the document it came from.
 */
static void close_chains(ps_fold_entry *fold)
{
    uint32_t cp;
    int step;

    for (cp = 0; cp < 0x10000; cp++) {
        uint32_t to = PS_FOLD_CP(fold[cp].info);
        int cls = (int)PS_FOLD_CLS(fold[cp].info);

        for (step = 0; step < 8 && to < 0x10000 && to != cp; step++) {
            uint32_t next = PS_FOLD_CP(fold[to].info);
            if (next == to)
                break;
            to = next;
        }
        if (to != PS_FOLD_CP(fold[cp].info))
            set_entry(&fold[cp], to, cls);
    }
}

int ps_cjk_fold_build(ps_fold_entry *fold, const char *opencc_config,
                      ps_error *err)
{
    uint32_t cp;
    size_t i;
    int rc;

    for (cp = 0; cp < 0x10000; cp++)
        fold_basic(&fold[cp], cp);
    /* Surrogates never come out of the decoder; keep them boundaries. */
    for (cp = 0xD800; cp < 0xE000; cp++)
        set_entry(&fold[cp], 0xFFFD, PS_CP_BOUNDARY);
    /* Radicals and compatibility ideographs as their unified ideograph. */
    for (i = 0; i < sizeof ps_cjk_compat / sizeof ps_cjk_compat[0]; i++)
        if (ps_cjk_compat[i][0] < 0x10000)
            set_entry(&fold[ps_cjk_compat[i][0]], ps_cjk_compat[i][1],
                      PS_CP_CJK);

    rc = load_t2s(fold, opencc_config ? opencc_config
                                      : OPENCC_DEFAULT_CONFIG_TRAD_TO_SIMP,
                  err);
    if (rc)
        return rc;
    for (i = 0; i < sizeof context_variants / sizeof *context_variants; i++)
        set_entry(&fold[context_variants[i][0]], context_variants[i][1], PS_CP_CJK);
    close_chains(fold);
    return PS_OK;
}
