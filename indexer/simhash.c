/*
 * Near-duplicate fingerprints: a 64-bit SimHash (Charikar) over the
 * character 4-shingles of a plan's normalized text.
 *
 * The text is folded as the tokenizer folds it (traditional → simplified,
 * full width → ASCII) and every boundary character (white space,
 * punctuation) is dropped, so a repost that differs only in script, layout
 * or punctuation gets the same fingerprint, and one that adds a site header
 * or footer differs in a few bits only.  The searcher compares fingerprints
 * of the matching plans by Hamming distance at query time (see
 * searcher/search.c for why the grouping is not done here).
 */
#include "ps_index.h"

#include <stdio.h>
#include <string.h>

#define SHINGLE 4 /* characters; long enough that stock phrases dominate less */

/* splitmix64's finalizer: spreads a shingle's FNV hash over all 64 bits. */
static uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    x ^= x >> 31;
    return x;
}

/*
 * spread[v] has byte k = bit k of v.  SPREAD multiplies v's even and odd
 * bits separately by 2^0 + 2^7 + ... + 2^49 so that the shifted copies never
 * overlap (no carries), which makes it a constant expression: the table is
 * built by the compiler, not per document.
 */
#define SPREAD_M 0x02040810204081ull
#define SPREAD(v) \
    (((((v) & 0x55ull) * SPREAD_M) | (((v) & 0xAAull) * SPREAD_M)) & 0x0101010101010101ull)
#define SPREAD4(v) SPREAD(v), SPREAD((v) + 1), SPREAD((v) + 2), SPREAD((v) + 3)
#define SPREAD16(v) SPREAD4(v), SPREAD4((v) + 4), SPREAD4((v) + 8), SPREAD4((v) + 12)
#define SPREAD64(v) SPREAD16(v), SPREAD16((v) + 16), SPREAD16((v) + 32), SPREAD16((v) + 48)
static const uint64_t spread[256] = {SPREAD64(0), SPREAD64(64), SPREAD64(128), SPREAD64(192)};

/* Add the bytewise counters to the per-bit totals and clear them. */
static void flush_counts(uint64_t packed[8], uint32_t ones[64], unsigned *pending)
{
    for (int j = 0; j < 8; j++) {
        for (int k = 0; k < 8; k++)
            ones[8 * j + k] += (uint32_t)((packed[j] >> (8 * k)) & 0xff);
        packed[j] = 0;
    }
    *pending = 0;
}

int ps_simhash(ps_cjk *cjk, const char *text, size_t n, uint64_t *out, ps_error *err)
{
    *out = 0;
    int rc = PS_OK;
    ps_buf norm = PS_BUF_INIT;
    ps_cjk_normalize_for_match(cjk, text, n, &rc, &norm);
    if (rc) {
        ps_buf_release(&norm);
        return ps_error_set(err, rc, "cannot fingerprint text: out of memory");
    }
    /* a ring of the last SHINGLE characters' byte ranges in norm */
    size_t at[SHINGLE], len[SHINGLE], have = 0, shingles = 0;
    /*
     * Counting set bits per position is most of the work, so it is done 8
     * positions at a time: spread[v] has byte k = bit k of v, and bytewise
     * counters (packed[j], for byte j of the hashes) are added up before
     * they can overflow.
     */
    uint64_t packed[8] = {0};
    uint32_t ones[64] = {0};
    unsigned pending = 0;
    for (size_t i = 0; i < norm.len;) {
        uint32_t cp;
        size_t l = ps_utf8_decode(norm.data + i, norm.len - i, &cp);
        if (cp != ' ') {
            at[have % SHINGLE] = i;
            len[have % SHINGLE] = l;
            have++;
            if (have >= SHINGLE) {
                uint64_t h = 1469598103934665603ull;
                for (size_t k = have - SHINGLE; k < have; k++) {
                    const unsigned char *p = (const unsigned char *)norm.data + at[k % SHINGLE];
                    for (size_t b = 0; b < len[k % SHINGLE]; b++) {
                        h ^= p[b];
                        h *= 1099511628211ull;
                    }
                }
                h = mix64(h);
                for (int j = 0; j < 8; j++)
                    packed[j] += spread[(h >> (8 * j)) & 0xff];
                shingles++;
                if (++pending == 255)
                    flush_counts(packed, ones, &pending);
            }
        }
        i += l;
    }
    ps_buf_release(&norm);
    flush_counts(packed, ones, &pending);
    if (!shingles)
        return PS_DONE;
    /* a bit is set when more shingles have it set than clear */
    uint64_t f = 0;
    for (int b = 0; b < 64; b++)
        if (2 * (uint64_t)ones[b] > shingles)
            f |= 1ull << b;
    *out = f;
    return PS_OK;
}

int ps_simhash_key(ps_cjk *cjk, const char *text, size_t n, char key[17], ps_error *err)
{
    uint64_t f;
    key[0] = '\0';
    int rc = ps_simhash(cjk, text, n, &f, err);
    if (rc == PS_DONE)
        return PS_OK;
    if (rc)
        return rc;
    snprintf(key, 17, "%016llx", (unsigned long long)f);
    return PS_OK;
}
