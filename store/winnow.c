/*
 * Text reuse fingerprints: folded "reuse text", k-gram hashes and
 * winnowing (see ps_store.h).  Here in store/ because both sides use them:
 * the indexer writes the kept hashes as terms, analysis/reuse.c computes
 * the same hashes to find candidates and to align passages.
 */
#include "ps_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ps_rtext_release(ps_rtext *t)
{
    free(t->cp);
    free(t->at);
    memset(t, 0, sizeof *t);
}

int ps_rtext_fold(ps_cjk *cjk, const char *text, size_t len, ps_rtext *out)
{
    ps_rtext_release(out);
    /* at most one kept character per byte */
    size_t cap = len ? len : 1;
    out->cp = malloc(cap * sizeof *out->cp);
    out->at = malloc(cap * sizeof *out->at);
    if (!out->cp || !out->at) {
        ps_rtext_release(out);
        return PS_ENOMEM;
    }
    size_t chars = 0;
    for (size_t i = 0; i < len; chars++) {
        uint32_t cp;
        size_t l = ps_utf8_decode(text + i, len - i, &cp);
        if (!l)
            l = 1;
        int cls;
        uint32_t f = ps_cjk_fold_cp(cjk, cp, &cls);
        if (cls != PS_CP_BOUNDARY) {
            out->cp[out->n] = f;
            out->at[out->n] = chars;
            out->n++;
        }
        i += l;
    }
    out->chars = chars;
    return PS_OK;
}

uint32_t ps_reuse_hash(const uint32_t *cp)
{
    /* FNV-1a over the code points, then splitmix64's finalizer: the low
     * bits of FNV alone are poorly spread for winnowing's minimum */
    uint64_t h = 1469598103934665603ull;
    for (int k = 0; k < PS_REUSE_K; k++) {
        h ^= cp[k];
        h *= 1099511628211ull;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return (uint32_t)(h >> 32);
}

int ps_winnow(const ps_rtext *t, ps_winnow_fn fn, void *ctx)
{
    if (t->n < PS_REUSE_K)
        return PS_OK;
    size_t nh = t->n - PS_REUSE_K + 1;
    uint32_t *h = malloc(nh * sizeof *h);
    if (!h)
        return PS_ENOMEM;
    for (size_t i = 0; i < nh; i++)
        h[i] = ps_reuse_hash(t->cp + i);
    size_t w = nh < PS_REUSE_W ? nh : PS_REUSE_W;
    int rc = PS_OK;
    size_t last = (size_t)-1; /* position last kept */
    size_t min = 0;           /* rightmost minimum of the current window */
    int have = 0;
    for (size_t s = 0; !rc && s + w <= nh; s++) {
        size_t e = s + w - 1; /* the window is h[s..e] */
        if (!have || min < s) {
            /* the minimum left the window: scan it again */
            min = s;
            for (size_t i = s + 1; i <= e; i++)
                if (h[i] <= h[min])
                    min = i;
            have = 1;
        } else if (h[e] <= h[min]) {
            min = e;
        }
        if (min != last) {
            rc = fn(ctx, h[min], min);
            last = min;
        }
    }
    free(h);
    return rc;
}

void ps_reuse_term(uint32_t hash, char out[PS_REUSE_TERM_LEN + 1])
{
    snprintf(out, PS_REUSE_TERM_LEN + 1, "%s%08x", PS_PREFIX_REUSE, (unsigned)hash);
}
