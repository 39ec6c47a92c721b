/*
 * Near-duplicate plans: fingerprints (indexer/simhash.c, stored in
 * PS_SLOT_COLLAPSE) compared by Hamming distance.
 *
 * The grouping is done at query time over the matching plans rather than
 * by a key fixed at index time: any key a document gets on its own must
 * split some near-identical pairs (they straddle the key's cell
 * boundaries), and a key borrowed from documents already indexed depends on
 * the order of indexing, while the issue asks for the same results however
 * the index was built.  Anything that folds duplicates (search, analyses)
 * should use these two functions, so that all of plansearch agrees on what
 * a copy is.
 */
#include "search_int.h"

int psd_parse(const char *v, size_t n, uint64_t *out)
{
    if (!v || n != 16)
        return 0;
    uint64_t f = 0;
    for (size_t i = 0; i < n; i++) {
        char c = v[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0)
            return 0;
        f = f << 4 | (uint64_t)d;
    }
    *out = f;
    return 1;
}

int psd_near(uint64_t a, uint64_t b)
{
    return __builtin_popcountll(a ^ b) <= PSD_MAX_BITS;
}
