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

#include <stdlib.h>

/* Hex digit value + 1, 0 for anything else (lower case only, as written). */
static const unsigned char hexval[256] = {
    ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7,
    ['7'] = 8, ['8'] = 9, ['9'] = 10, ['a'] = 11, ['b'] = 12, ['c'] = 13,
    ['d'] = 14, ['e'] = 15, ['f'] = 16};

/* (Called for every match of a folded search: a table, not branches.) */
int psd_parse(const char *v, size_t n, uint64_t *out)
{
    if (!v || n != 16)
        return 0;
    uint64_t f = 0;
    unsigned bad = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned d = hexval[(unsigned char)v[i]];
        bad |= d == 0;
        f = f << 4 | (uint64_t)(d - 1);
    }
    if (bad)
        return 0;
    *out = f;
    return 1;
}

/* (Portable bit counting: without -mpopcnt, __builtin_popcountll is a
 * library call, a tenth of a folded search's time at 18,000 matches.) */
static int bits_set(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (int)((x * 0x0101010101010101ull) >> 56);
}

int psd_near(uint64_t a, uint64_t b)
{
    return bits_set(a ^ b) <= PSD_MAX_BITS;
}

/*
 * PSD_MAX_BITS + 1 bands: two fingerprints at most PSD_MAX_BITS bits apart
 * agree exactly on at least one band (pigeonhole), so looking only at the
 * kept fingerprints that share a band value with fp misses none that are
 * near.  Band values are bucketed modulo PSD_BUCKETS; a shared bucket only
 * costs a comparison.
 */
#define PSD_BANDS (PSD_MAX_BITS + 1)
#define PSD_BUCKETS 4096

static unsigned band_of(uint64_t fp, int b)
{
    unsigned width = 64 / PSD_BANDS;
    unsigned shift = (unsigned)b * width;
    uint64_t v = b == PSD_BANDS - 1 ? fp >> shift : (fp >> shift) & ((1ull << width) - 1);
    return (unsigned)(v % PSD_BUCKETS);
}

struct psd_folder {
    uint64_t *fps;   /* kept fingerprints, in order */
    size_t *next;    /* next[k * PSD_BANDS + b]: next kept number in band b's bucket, +1 */
    size_t count, cap;
    size_t head[PSD_BANDS][PSD_BUCKETS]; /* first kept number + 1, 0 = empty */
};

int psd_folder_new(psd_folder **out)
{
    *out = calloc(1, sizeof **out);
    return *out ? PS_OK : PS_ENOMEM;
}

void psd_folder_free(psd_folder *f)
{
    if (!f)
        return;
    free(f->fps);
    free(f->next);
    free(f);
}

long psd_folder_find(const psd_folder *f, uint64_t fp)
{
    size_t best = f->count;
    for (int b = 0; b < PSD_BANDS; b++)
        for (size_t k = f->head[b][band_of(fp, b)]; k; k = f->next[(k - 1) * PSD_BANDS + b])
            if (k - 1 < best && psd_near(f->fps[k - 1], fp))
                best = k - 1;
    return best < f->count ? (long)best : -1;
}

int psd_folder_keep(psd_folder *f, uint64_t fp)
{
    if (f->count == f->cap) {
        size_t cap = f->cap ? f->cap * 2 : 256;
        uint64_t *fps = realloc(f->fps, cap * sizeof *fps);
        if (!fps)
            return PS_ENOMEM;
        f->fps = fps;
        size_t *next = realloc(f->next, cap * PSD_BANDS * sizeof *next);
        if (!next)
            return PS_ENOMEM;
        f->next = next;
        f->cap = cap;
    }
    size_t k = f->count++;
    f->fps[k] = fp;
    for (int b = 0; b < PSD_BANDS; b++) {
        unsigned v = band_of(fp, b);
        f->next[k * PSD_BANDS + b] = f->head[b][v];
        f->head[b][v] = k + 1;
    }
    return PS_OK;
}

static size_t group_root(size_t *up, size_t i)
{
    while (up[i] != i) {
        up[i] = up[up[i]];
        i = up[i];
    }
    return i;
}

/* The value of band b of fp (PSD_BANDS bands of 64 / PSD_BANDS bits). */
static unsigned band_value(uint64_t fp, int b)
{
    unsigned width = 64 / PSD_BANDS;
    uint64_t v = fp >> ((unsigned)b * width);
    return b == PSD_BANDS - 1 ? (unsigned)v : (unsigned)(v & ((1ull << width) - 1));
}

int psd_groups(const uint64_t *fps, const unsigned char *has, size_t n, size_t *group)
{
    /* buckets per band: about two per fingerprint, so that a chain holds
     * few fingerprints not sharing the band (at most a band's 2^16 values) */
    size_t nb = 1024;
    while (nb < 2 * n && nb < 65536)
        nb *= 2;
    if (n >= UINT32_MAX)
        return PS_ENOMEM;
    uint32_t *head = calloc(PSD_BANDS * nb, sizeof *head);
    uint32_t *next = malloc((n ? n : 1) * PSD_BANDS * sizeof *next);
    if (!head || !next) {
        free(head);
        free(next);
        return PS_ENOMEM;
    }
    for (size_t i = 0; i < n; i++)
        group[i] = i;
    for (size_t i = 0; i < n; i++) {
        if (!has[i])
            continue;
        for (int b = 0; b < PSD_BANDS; b++) {
            uint32_t *h = head + (size_t)b * nb + (band_value(fps[i], b) & (nb - 1));
            for (uint32_t k = *h; k; k = next[(size_t)(k - 1) * PSD_BANDS + (size_t)b]) {
                if (!psd_near(fps[k - 1], fps[i]))
                    continue;
                size_t ra = group_root(group, i), rb = group_root(group, k - 1);
                if (ra != rb) /* the smaller index is the root */
                    group[ra > rb ? ra : rb] = ra < rb ? ra : rb;
            }
            next[i * PSD_BANDS + (size_t)b] = *h;
            *h = (uint32_t)(i + 1);
        }
    }
    for (size_t i = 0; i < n; i++)
        group[i] = group_root(group, i);
    free(head);
    free(next);
    return PS_OK;
}
