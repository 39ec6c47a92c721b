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
    int32_t acc[64] = {0};
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
                for (int b = 0; b < 64; b++)
                    acc[b] += (h >> b) & 1 ? 1 : -1;
                shingles++;
            }
        }
        i += l;
    }
    ps_buf_release(&norm);
    if (!shingles)
        return PS_DONE;
    uint64_t f = 0;
    for (int b = 0; b < 64; b++)
        if (acc[b] > 0)
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
