/*
 * corpus/: the gazetteer of China's administrative divisions.
 *
 * The table itself is generated (gazetteer_data.c, see gazetteer/README.md)
 * and read-only.  The first call that needs them builds, per handle (in
 * some 12 ms, which every plansearch start used to pay, though a search
 * without --region never looks a place up):
 *   - the code and path strings that ps_place borrows;
 *   - a hash index from every name form to the rows it names: the official
 *     name ("乐山市"), the short name without its suffix ("乐山"), a former
 *     name ("哈密地区") and the short form of that ("襄樊").
 *
 * Matching rules (why each exists is said where it is applied):
 *   lookup   official and former names first; then short names; then the
 *            query without its suffix (神木县 → 神木市) if the suffix fits
 *            the level; a broader reading hides the places inside it (吉林 →
 *            吉林省, not also 吉林市) and townships yield to counties and up
 *            (乐山 → 乐山市, not also the two 乐山镇).
 *   resolve  the place names at the head of the issuing body's name, read as
 *            a chain from broad to narrow (四川省乐山市, 林甸县XX镇), after
 *            punctuation, a year or a national body's name (国网乐山供电公司);
 *            see gaz_accept() for what may start a chain: a short name needs
 *            a strong reading, a common word its suffix, a township its own
 *            suffix or its county in the text.  Same-named places are
 *            told apart by their ancestors' names in the document; a bare
 *            level word (地区教育工会, 市总工会) takes the one place of that
 *            level the document names.  Anything still open is PS_DONE.
 */
#include "ps_gazetteer.h"

#include "gazetteer/gazetteer_data.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every code string is stored in a slot of this size: 9 digits and a NUL. */
#define GAZ_CODE_SLOT 10
/* Names longer than this many characters are never looked for in text. */
#define GAZ_MAX_CHARS 32
/*
 * Room for candidates: the most shared name in the 2.7.0 table, the short
 * name 城关, has 129 townships and 2 districts.
 */
#define GAZ_MAX_CAND 256

enum gaz_kind {
    GAZ_FULL = 0,        /* official name */
    GAZ_FORMER = 1,      /* a former official name */
    GAZ_SHORT = 2,       /* official name without its suffix */
    GAZ_FORMER_SHORT = 3 /* former name without its suffix */
};

typedef struct gaz_key {
    const char *s;
    uint32_t len;
    uint32_t row;
    uint32_t hash;
    uint8_t kind;
} gaz_key;

struct ps_gazetteer {
    /*
     * Everything after `n` is built on first use (gaz_ready): a cache that
     * const functions fill, under the lock, since threads of the web
     * server share one gazetteer.
     */
    pthread_mutex_t lock;
    atomic_int ready;
    size_t n;                /* rows */
    const char **names;      /* row → official name (in ps_gaz_names) */
    uint8_t *short_len;      /* row → bytes of the short name, 0 if none */
    char *codes;             /* row → code, GAZ_CODE_SLOT bytes each */
    char *paths;             /* all paths, NUL-separated */
    uint32_t *path_off;      /* row → offset in paths */
    uint32_t *former_row;    /* ps_gaz_formers[i] → row, UINT32_MAX if lost */
    uint8_t *former_short;   /* ps_gaz_formers[i] → short length */

    gaz_key *keys;           /* grouped by bucket; equal keys adjacent */
    size_t nkeys;
    uint32_t *bucket;        /* bucket b holds keys[bucket[b] .. bucket[b+1]) */
    size_t nbuckets;         /* power of two */
    /* a bit per hash of every key's first two characters: most places in
       a text start no name, and one test skips the lookups of every
       length there (a page's scan for places was most of extraction) */
    uint64_t *pairs;
    size_t max_chars;        /* the longest key, in characters */
};

#define GAZ_PAIR_BITS 20

/* ---- UTF-8 and suffixes ------------------------------------------------ */

/* Length of the UTF-8 sequence starting with byte c (1 for stray bytes). */
static size_t gaz_utf8_len(unsigned char c)
{
    if (c >= 0xF0 && c < 0xF8)
        return 4;
    if (c >= 0xE0)
        return c < 0xF0 ? 3 : 1;
    if (c >= 0xC0)
        return 2;
    return 1;
}

/* Number of characters in s[0..n). */
static size_t gaz_chars(const char *s, size_t n)
{
    size_t i = 0, c = 0;
    while (i < n) {
        i += gaz_utf8_len((unsigned char)s[i]);
        c++;
    }
    return c;
}

static int gaz_ends(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && memcmp(s + n - k, suf, k) == 0;
}

/* Level bits a suffix allows, so 神木县 can mean 神木市 but not a township. */
#define LV(l) (1u << (l))
#define LV_ANY (LV(1) | LV(2) | LV(3) | LV(4))

typedef struct gaz_suffix {
    const char *s;
    unsigned levels;
} gaz_suffix;

/*
 * Suffixes that may be dropped to form a short name, longest first so that
 * 自治县 is tried before 县 and 街道办事处 before 办事处.
 */
static const gaz_suffix gaz_suffixes[] = {
    {"维吾尔自治区", LV(1)},
    {"特别行政区", LV(1)},
    {"街道办事处", LV(4)},
    {"壮族自治区", LV(1)},
    {"回族自治区", LV(1)},
    {"自治区", LV(1)},
    {"自治州", LV(2)},
    {"自治县", LV(3)},
    {"自治旗", LV(3)},
    {"民族乡", LV(4)},
    {"民族苏木", LV(4)},
    {"办事处", LV(4)},
    {"地区", LV(2)},
    {"新区", LV(3)},
    {"林区", LV(3)},
    {"特区", LV(3)},
    {"街道", LV(4)},
    {"苏木", LV(4)},
    {"省", LV(1)},
    {"市", LV(1) | LV(2) | LV(3)},
    {"盟", LV(2)},
    {"县", LV(3)},
    {"区", LV(3)},
    {"旗", LV(3)},
    {"镇", LV(4)},
    {"乡", LV(4)},
    {"州", LV(2)}, /* 自治州 as commonly shortened: 黔东南州, 恩施州 */
    {"街", LV(4)}, /* 街道 as Guangzhou shortens it: 沙湾街总工会 is no 沙湾市's */
};

/*
 * Names of economic and functional zones: their last character is 区, but
 * "郑州经济技术开发" is no name anyone writes, so they get no short form.
 */
static const char *const gaz_zone_endings[] = {
    "开发区", "园区", "管理区", "实验区", "试验区", "工业区", "示范区",
    "保税区", "景区", "度假区", "旅游区", "经济区", "合作区", "集聚区",
    "片区", "生活区", "综合区", "功能区", "港区", "城区", "矿区",
};

/*
 * Ethnic group names that stand between a place name and 自治县 and the like
 * (双江拉祜族佤族布朗族傣族自治县 → 双江).  Only forms ending in 族: the bare
 * 蒙古 would turn 内蒙古自治区 into 内.
 */
static const char *const gaz_ethnic[] = {
    "柯尔克孜族", "乌孜别克族", "维吾尔族", "达斡尔族", "鄂伦春族",
    "鄂温克族", "哈萨克族", "俄罗斯族", "塔吉克族", "塔塔尔族",
    "蒙古族", "布依族", "朝鲜族", "土家族", "哈尼族", "傈僳族", "高山族",
    "拉祜族", "东乡族", "纳西族", "景颇族", "仫佬族", "布朗族", "撒拉族",
    "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "德昂族", "保安族",
    "裕固族", "独龙族", "赫哲族", "门巴族", "珞巴族", "基诺族",
    "回族", "藏族", "苗族", "彝族", "壮族", "满族", "侗族", "瑶族", "白族",
    "傣族", "黎族", "佤族", "畲族", "水族", "土族", "羌族", "怒族", "京族",
    "各族",
};

/*
 * The suffix of name[0..n): its index in gaz_suffixes, or -1.  *stem gets
 * the length of the name without suffix and ethnic names, or 0 when that
 * would leave fewer than two characters (和县, 城区: a one-character stem
 * occurs inside too many words to be matched on its own).
 */
static int gaz_split(const char *name, size_t n, size_t *stem)
{
    *stem = 0;
    /* every zone ending ends in 区; most names do not, so test that first */
    if (gaz_ends(name, n, "区"))
        for (size_t z = 0; z < sizeof gaz_zone_endings / sizeof *gaz_zone_endings; z++)
            if (gaz_ends(name, n, gaz_zone_endings[z]))
                return -1;
    for (size_t i = 0; i < sizeof gaz_suffixes / sizeof *gaz_suffixes; i++) {
        if (!gaz_ends(name, n, gaz_suffixes[i].s))
            continue;
        size_t m = n - strlen(gaz_suffixes[i].s);
        /* drop the ethnic names of an autonomous place, repeatedly */
        for (int again = gaz_ends(name, m, "族"); again;) {
            again = 0;
            for (size_t e = 0; e < sizeof gaz_ethnic / sizeof *gaz_ethnic; e++) {
                if (gaz_ends(name, m, gaz_ethnic[e])) {
                    m -= strlen(gaz_ethnic[e]);
                    again = 1;
                    break;
                }
            }
        }
        if (gaz_chars(name, m) >= 2)
            *stem = m;
        return (int)i;
    }
    return -1;
}

/* The suffix that s[0..n) starts with (longest), or -1. */
static int gaz_suffix_at(const char *s, size_t n)
{
    int best = -1;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof gaz_suffixes / sizeof *gaz_suffixes; i++) {
        size_t k = strlen(gaz_suffixes[i].s);
        if (k <= n && k > best_len && memcmp(s, gaz_suffixes[i].s, k) == 0) {
            best = (int)i;
            best_len = k;
        }
    }
    return best;
}

/* ---- the index --------------------------------------------------------- */

/* FNV-1a: short keys, good spread, no state; a hash extends byte by byte,
   so the hashes of a span's every prefix come in one pass (gaz_spans). */
#define GAZ_HASH_BASIS 2166136261u

static uint32_t gaz_hash_more(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static uint32_t gaz_hash(const char *s, size_t n)
{
    return gaz_hash_more(GAZ_HASH_BASIS, s, n);
}

/* Order within a bucket: equal keys must end up next to each other. */
static int gaz_key_before(const gaz_key *x, const gaz_key *y)
{
    if (x->len != y->len)
        return x->len < y->len;
    return memcmp(x->s, y->s, x->len) < 0;
}

static int gaz_key_is(const gaz_key *k, uint32_t h, const char *s, size_t n)
{
    return k->hash == h && k->len == n && memcmp(k->s, s, n) == 0;
}

/*
 * The run of keys equal to s[0..n): *first and the count (0 when none).
 */
static size_t gaz_find_hashed(const ps_gazetteer *g, const char *s, size_t n,
                              uint32_t h, size_t *first)
{
    size_t b = h & (g->nbuckets - 1), end = g->bucket[b + 1];
    *first = 0; /* callers loop over [first, first + count) even when count is 0 */
    for (size_t i = g->bucket[b]; i < end; i++) {
        if (!gaz_key_is(&g->keys[i], h, s, n))
            continue;
        size_t j = i + 1;
        while (j < end && gaz_key_is(&g->keys[j], h, s, n))
            j++;
        *first = i;
        return j - i;
    }
    return 0;
}

static size_t gaz_find(const ps_gazetteer *g, const char *s, size_t n,
                       size_t *first)
{
    return gaz_find_hashed(g, s, n, gaz_hash(s, n), first);
}

/* The bit of the first two characters of s[0..n) (n: their bytes). */
static uint32_t gaz_pair_bit(const char *s, size_t n)
{
    return gaz_hash(s, n) & ((1u << GAZ_PAIR_BITS) - 1);
}

/* Might a key start with the two characters s[0..n)? */
static int gaz_pair_may(const ps_gazetteer *g, const char *s, size_t n)
{
    uint32_t b = gaz_pair_bit(s, n);
    return (g->pairs[b >> 6] >> (b & 63)) & 1;
}

/*
 * The ends of the spans starting at s[i] that could be keys, one character
 * to the longest key, with each span's hash (FNV-1a extends a byte at a
 * time, so one pass hashes them all); 0 when no key starts with the two
 * characters at i.  ends and hashes hold GAZ_MAX_CHARS + 1.
 */
static size_t gaz_spans(const ps_gazetteer *g, const char *s, size_t n, size_t i,
                        size_t *ends, uint32_t *hashes)
{
    size_t ne = 0, j = i;
    uint32_t h = GAZ_HASH_BASIS;
    while (ne < g->max_chars && j < n) {
        size_t k = gaz_utf8_len((unsigned char)s[j]);
        if (j + k > n)
            break;
        h = gaz_hash_more(h, s + j, k);
        j += k;
        ends[ne] = j;
        hashes[ne++] = h;
        if (ne == 2 && !gaz_pair_may(g, s + i, j - i))
            return 0;
    }
    return ne;
}

static void gaz_add_key(ps_gazetteer *g, const char *s, size_t len,
                        uint32_t row, int kind)
{
    gaz_key *k = &g->keys[g->nkeys++];
    k->s = s;
    k->len = (uint32_t)len;
    k->row = row;
    k->kind = (uint8_t)kind;
    k->hash = gaz_hash(s, len);
}

static uint64_t gaz_key12(uint32_t code, int level)
{
    return (uint64_t)code * (level == PS_PLACE_TOWNSHIP ? 1000u : 1000000u);
}

/* The row with this 12-digit key, or SIZE_MAX. */
static size_t gaz_row_by_key12(size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint64_t k = gaz_key12(ps_gaz_rows[mid].code, ps_gaz_rows[mid].level);
        if (k == key)
            return mid;
        if (k < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return SIZE_MAX;
}

/* Free what gaz_build made, leaving the handle as ps_gazetteer_new did. */
static void gaz_release_index(ps_gazetteer *g)
{
    free(g->names);
    free(g->short_len);
    free(g->codes);
    free(g->paths);
    free(g->path_off);
    free(g->former_row);
    free(g->former_short);
    free(g->keys);
    free(g->bucket);
    free(g->pairs);
    g->pairs = NULL;
    g->names = NULL;
    g->short_len = NULL;
    g->codes = g->paths = NULL;
    g->path_off = g->former_row = g->bucket = NULL;
    g->former_short = NULL;
    g->keys = NULL;
    g->nkeys = g->nbuckets = 0;
    g->max_chars = 0;
}

void ps_gazetteer_free(ps_gazetteer *g)
{
    if (!g)
        return;
    gaz_release_index(g);
    pthread_mutex_destroy(&g->lock);
    free(g);
}

/* Build the names, codes, paths and the index of a handle: PS_OK or PS_ENOMEM. */
static int gaz_build(ps_gazetteer *g)
{
    size_t n = g->n, nf = ps_gaz_former_count;
    g->names = malloc(n * sizeof *g->names);
    g->short_len = malloc(n);
    g->codes = malloc(n * GAZ_CODE_SLOT);
    g->path_off = malloc(n * sizeof *g->path_off);
    g->former_row = malloc((nf ? nf : 1) * sizeof *g->former_row);
    g->former_short = malloc(nf ? nf : 1);
    g->keys = malloc((2 * n + 2 * nf) * sizeof *g->keys);
    if (!g->names || !g->short_len || !g->codes || !g->path_off ||
        !g->former_row || !g->former_short || !g->keys)
        goto nomem;

    /* names, codes and short names; the path buffer's size on the way */
    size_t path_bytes = 0;
    const char *p = ps_gaz_names;
    size_t *name_len = malloc(n * sizeof *name_len);
    size_t *path_len = malloc(n * sizeof *path_len);
    if (!name_len || !path_len) {
        free(name_len);
        free(path_len);
        goto nomem;
    }
    for (size_t i = 0; i < n; i++) {
        const ps_gaz_row *r = &ps_gaz_rows[i];
        g->names[i] = p;
        name_len[i] = strlen(p);
        p += name_len[i] + 1;
        snprintf(g->codes + i * GAZ_CODE_SLOT, GAZ_CODE_SLOT,
                 r->level == PS_PLACE_TOWNSHIP ? "%09u" : "%06u", (unsigned)r->code);
        size_t stem;
        gaz_split(g->names[i], name_len[i], &stem);
        g->short_len[i] = stem < name_len[i] && stem < 256 ? (uint8_t)stem : 0;
        /* parents come first in the depth-first order */
        path_len[i] = name_len[i] + (r->parent >= 0 ? path_len[r->parent] + 1 : 0);
        path_bytes += path_len[i] + 1;
    }

    /* paths: the parent's path, a slash, the name */
    g->paths = malloc(path_bytes);
    if (!g->paths) {
        free(name_len);
        free(path_len);
        goto nomem;
    }
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t par = ps_gaz_rows[i].parent;
        char *d = g->paths + off;
        g->path_off[i] = (uint32_t)off;
        if (par >= 0) {
            memcpy(d, g->paths + g->path_off[par], path_len[par]);
            d[path_len[par]] = '/';
            d += path_len[par] + 1;
        }
        memcpy(d, g->names[i], name_len[i] + 1);
        off += path_len[i] + 1;
    }

    /* the index: official and short names, former names and their short forms */
    for (size_t i = 0; i < n; i++) {
        gaz_add_key(g, g->names[i], name_len[i], (uint32_t)i, GAZ_FULL);
        if (g->short_len[i])
            gaz_add_key(g, g->names[i], g->short_len[i], (uint32_t)i, GAZ_SHORT);
    }
    free(name_len);
    free(path_len);
    for (size_t f = 0; f < nf; f++) {
        const ps_gaz_former *fm = &ps_gaz_formers[f];
        size_t row = gaz_row_by_key12(n, gaz_key12(fm->code, PS_PLACE_PREFECTURE));
        g->former_row[f] = row == SIZE_MAX ? UINT32_MAX : (uint32_t)row;
        g->former_short[f] = 0;
        if (row == SIZE_MAX)
            continue; /* gen-gazetteer.js checks every code; be safe anyway */
        size_t len = strlen(fm->name), stem;
        gaz_add_key(g, fm->name, len, (uint32_t)row, GAZ_FORMER);
        gaz_split(fm->name, len, &stem);
        if (stem && stem < len && stem < 256) {
            g->former_short[f] = (uint8_t)stem;
            gaz_add_key(g, fm->name, stem, (uint32_t)row, GAZ_FORMER_SHORT);
        }
    }

    /*
     * Group the keys by hash bucket (a counting sort: sorting 90,000 keys
     * outright took most of the start-up time), then order each small
     * bucket so that equal keys are adjacent.
     */
    g->nbuckets = 1;
    while (g->nbuckets < g->nkeys)
        g->nbuckets <<= 1;
    g->bucket = calloc(g->nbuckets + 1, sizeof *g->bucket);
    gaz_key *grouped = malloc((g->nkeys ? g->nkeys : 1) * sizeof *grouped);
    if (!g->bucket || !grouped) {
        free(grouped);
        goto nomem;
    }
    size_t mask = g->nbuckets - 1;
    for (size_t i = 0; i < g->nkeys; i++)
        g->bucket[(g->keys[i].hash & mask) + 1]++;
    for (size_t b = 0; b < g->nbuckets; b++)
        g->bucket[b + 1] += g->bucket[b];
    for (size_t i = 0; i < g->nkeys; i++)
        grouped[g->bucket[g->keys[i].hash & mask]++] = g->keys[i];
    /* each bucket[b] now holds the end of bucket b: shift back to starts */
    for (size_t b = g->nbuckets; b > 0; b--)
        g->bucket[b] = g->bucket[b - 1];
    g->bucket[0] = 0;
    free(g->keys);
    g->keys = grouped;
    for (size_t b = 0; b < g->nbuckets; b++) {
        /* insertion sort: buckets are tiny, and runs of one key stay put */
        for (size_t i = g->bucket[b] + 1; i < g->bucket[b + 1]; i++) {
            gaz_key k = g->keys[i];
            size_t j = i;
            while (j > g->bucket[b] && gaz_key_before(&k, &g->keys[j - 1])) {
                g->keys[j] = g->keys[j - 1];
                j--;
            }
            g->keys[j] = k;
        }
    }
    g->pairs = calloc((1u << GAZ_PAIR_BITS) / 64, sizeof *g->pairs);
    if (!g->pairs)
        goto nomem;
    for (size_t i = 0; i < g->nkeys; i++) {
        const gaz_key *k = &g->keys[i];
        size_t a = gaz_utf8_len((unsigned char)k->s[0]);
        size_t two = a < k->len ? a + gaz_utf8_len((unsigned char)k->s[a]) : k->len;
        if (two > k->len)
            two = k->len;
        uint32_t b = gaz_pair_bit(k->s, two);
        g->pairs[b >> 6] |= (uint64_t)1 << (b & 63);
        size_t c = gaz_chars(k->s, k->len);
        if (c > g->max_chars)
            g->max_chars = c;
    }
    if (g->max_chars > GAZ_MAX_CHARS)
        g->max_chars = GAZ_MAX_CHARS;
    return PS_OK;

nomem:
    gaz_release_index(g);
    return PS_ENOMEM;
}

/*
 * The index of g, built on the first call: PS_OK, or PS_ENOMEM (and the
 * next call tries again).  g is const to its callers, the index being a
 * cache of the read-only table; the lock makes the one build safe.
 */
static int gaz_ready(const ps_gazetteer *cg)
{
    ps_gazetteer *g = (ps_gazetteer *)cg;
    if (atomic_load_explicit(&g->ready, memory_order_acquire))
        return PS_OK;
    int rc = PS_OK;
    pthread_mutex_lock(&g->lock);
    if (!atomic_load_explicit(&g->ready, memory_order_relaxed)) {
        rc = gaz_build(g);
        if (!rc)
            atomic_store_explicit(&g->ready, 1, memory_order_release);
    }
    pthread_mutex_unlock(&g->lock);
    return rc;
}

int ps_gazetteer_new(ps_gazetteer **out, ps_error *err)
{
    if (!out)
        return ps_error_set(err, PS_EINVAL, "gazetteer: no place for the handle");
    *out = NULL;
    ps_gazetteer *g = calloc(1, sizeof *g);
    if (!g)
        return ps_error_set(err, PS_ENOMEM, "gazetteer: out of memory");
    if (pthread_mutex_init(&g->lock, NULL) != 0) {
        free(g);
        return ps_error_set(err, PS_ENOMEM, "gazetteer: cannot create a lock");
    }
    atomic_init(&g->ready, 0);
    g->n = ps_gaz_row_count;
    *out = g;
    return PS_OK;
}

/* ---- places ------------------------------------------------------------ */

static void gaz_fill(const ps_gazetteer *g, size_t row, ps_place *out)
{
    out->code = g->codes + row * GAZ_CODE_SLOT;
    out->name = g->names[row];
    out->path = g->paths + g->path_off[row];
    out->level = ps_gaz_rows[row].level;
}

size_t ps_gazetteer_size(const ps_gazetteer *g)
{
    return g ? g->n : 0;
}

int ps_gazetteer_at(const ps_gazetteer *g, size_t i, ps_place *out)
{
    if (!g || i >= g->n)
        return PS_EINVAL;
    if (gaz_ready(g))
        return PS_ENOMEM;
    gaz_fill(g, i, out);
    return PS_OK;
}

/* The row of a place handed out by this gazetteer, or SIZE_MAX. */
static size_t gaz_row_of(const ps_gazetteer *g, const ps_place *p)
{
    if (!p || !p->code)
        return SIZE_MAX;
    /* places we filled point into our code slots */
    if (p->code >= g->codes && p->code < g->codes + g->n * GAZ_CODE_SLOT) {
        size_t off = (size_t)(p->code - g->codes);
        if (off % GAZ_CODE_SLOT == 0)
            return off / GAZ_CODE_SLOT;
    }
    ps_place q;
    if (ps_gazetteer_by_code(g, p->code, &q) != PS_OK)
        return SIZE_MAX;
    return (size_t)(q.code - g->codes) / GAZ_CODE_SLOT;
}

int ps_gazetteer_by_code(const ps_gazetteer *g, const char *code, ps_place *out)
{
    if (!g || !code || !out)
        return PS_EINVAL;
    if (gaz_ready(g))
        return PS_ENOMEM;
    size_t n = strlen(code);
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (code[i] < '0' || code[i] > '9')
            return PS_EINVAL;
        v = v * 10 + (uint64_t)(code[i] - '0');
    }
    /*
     * Accept the lengths codes are written in: 2 and 4 digits (the NBS
     * short forms of provinces and prefectures: 51, 5111), 6 (GB/T 2260),
     * 9 (townships) and 12 (the NBS statistical form, 511102001000).
     */
    uint64_t key;
    switch (n) {
    case 2: key = v * 10000000000u; break;
    case 4: key = v * 100000000u; break;
    case 6: key = v * 1000000u; break;
    case 9: key = v * 1000u; break;
    case 12: key = v; break;
    default: return PS_EINVAL;
    }
    size_t row = gaz_row_by_key12(g->n, key);
    if (row == SIZE_MAX)
        return PS_EINVAL;
    /* a township key must not be found through a county's 6-digit code */
    if (n <= 6 && ps_gaz_rows[row].level == PS_PLACE_TOWNSHIP)
        return PS_EINVAL;
    gaz_fill(g, row, out);
    return PS_OK;
}

int ps_gazetteer_parent(const ps_gazetteer *g, const ps_place *p, ps_place *out)
{
    if (!g || !p || !out)
        return PS_EINVAL;
    if (gaz_ready(g))
        return PS_ENOMEM;
    size_t row = gaz_row_of(g, p);
    if (row == SIZE_MAX)
        return PS_EINVAL;
    if (ps_gaz_rows[row].parent < 0)
        return PS_DONE;
    gaz_fill(g, (size_t)ps_gaz_rows[row].parent, out);
    return PS_OK;
}

/* Whether row a is a strict ancestor of row b. */
static int gaz_is_ancestor(size_t a, size_t b)
{
    for (int32_t p = ps_gaz_rows[b].parent; p >= 0; p = ps_gaz_rows[p].parent)
        if ((size_t)p == a)
            return 1;
    return 0;
}

/* ---- candidate sets ---------------------------------------------------- */

typedef struct gaz_cands {
    uint32_t row[GAZ_MAX_CAND];
    size_t n;
} gaz_cands;

static void gaz_cands_add(gaz_cands *c, uint32_t row)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->row[i] == row)
            return;
    if (c->n < GAZ_MAX_CAND)
        c->row[c->n++] = row;
}

/*
 * Keep only the broadest readings: a place inside another candidate goes
 * (吉林 → 吉林省 hides 吉林市; 朝阳 → 朝阳市 hides its 朝阳县).
 */
static void gaz_cands_prune(gaz_cands *c)
{
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++) {
        int inside = 0;
        for (size_t j = 0; j < c->n && !inside; j++)
            inside = j != i && gaz_is_ancestor(c->row[j], c->row[i]);
        if (!inside)
            c->row[k++] = c->row[i];
    }
    c->n = k;
}

/* Drop townships when anything broader is left (乐山 → 乐山市, not 乐山镇). */
static void gaz_cands_drop_townships(gaz_cands *c)
{
    size_t k = 0, broader = 0;
    for (size_t i = 0; i < c->n; i++)
        broader += ps_gaz_rows[c->row[i]].level < PS_PLACE_TOWNSHIP;
    if (!broader)
        return;
    for (size_t i = 0; i < c->n; i++)
        if (ps_gaz_rows[c->row[i]].level < PS_PLACE_TOWNSHIP)
            c->row[k++] = c->row[i];
    c->n = k;
}

static int gaz_row_cmp(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    if (ps_gaz_rows[x].level != ps_gaz_rows[y].level)
        return ps_gaz_rows[x].level - ps_gaz_rows[y].level;
    return x < y ? -1 : x > y;
}

/* Rows named s[0..n) by keys of the kinds in `kinds` (bit per kind). */
static void gaz_collect(const ps_gazetteer *g, const char *s, size_t n,
                        unsigned kinds, unsigned levels, gaz_cands *c)
{
    size_t first, cnt = gaz_find(g, s, n, &first);
    /*
     * Broader places first, so that a very common township name (城关: 129
     * townships) can never crowd the counties out of a full candidate set.
     */
    for (int townships = 0; townships < 2; townships++) {
        for (size_t i = first; i < first + cnt; i++) {
            const gaz_key *k = &g->keys[i];
            int level = ps_gaz_rows[k->row].level;
            if ((level == PS_PLACE_TOWNSHIP) == townships && (kinds & (1u << k->kind)) &&
                (levels & LV(level)))
                gaz_cands_add(c, k->row);
        }
    }
}

#define K(kind) (1u << (kind))

size_t ps_gazetteer_lookup(const ps_gazetteer *g, const char *name, size_t n,
                           ps_place *out, size_t max)
{
    if (!g || !name || gaz_ready(g))
        return 0;
    /* tolerate the blanks a user leaves around a command-line argument */
    while (n && (*name == ' ' || *name == '\t'))
        name++, n--;
    while (n && (name[n - 1] == ' ' || name[n - 1] == '\t'))
        n--;
    if (!n)
        return 0;
    /* no name starts with its first two characters: no place (every key,
       a stem with a changed suffix's included, starts as its name does) */
    size_t a = gaz_utf8_len((unsigned char)name[0]);
    if (a < n) {
        size_t two = a + gaz_utf8_len((unsigned char)name[a]);
        if (two <= n && !gaz_pair_may(g, name, two))
            return 0;
    }

    gaz_cands c = {.n = 0};
    /* 1: the official name; a former name only if no place bears it now */
    gaz_collect(g, name, n, K(GAZ_FULL), LV_ANY, &c);
    if (!c.n)
        gaz_collect(g, name, n, K(GAZ_FORMER), LV_ANY, &c);
    /* 2: a name written without its suffix */
    if (!c.n)
        gaz_collect(g, name, n, K(GAZ_SHORT), LV_ANY, &c);
    /* 3: a suffix that changed (神木县 → 神木市), if it fits the level */
    if (!c.n) {
        size_t stem;
        int suf = gaz_split(name, n, &stem);
        if (suf >= 0 && stem) {
            unsigned lv = gaz_suffixes[suf].levels;
            gaz_collect(g, name, stem, K(GAZ_SHORT), lv, &c);
            if (!c.n)
                gaz_collect(g, name, stem, K(GAZ_FORMER_SHORT), lv, &c);
        }
    }
    /* 4: a former name without its suffix (襄樊) */
    if (!c.n)
        gaz_collect(g, name, n, K(GAZ_FORMER_SHORT), LV_ANY, &c);
    gaz_cands_drop_townships(&c);
    gaz_cands_prune(&c);
    qsort(c.row, c.n, sizeof *c.row, gaz_row_cmp);
    for (size_t i = 0; i < c.n && i < max; i++)
        gaz_fill(g, c.row[i], &out[i]);
    return c.n;
}

/* ---- resolving the issuing body's place -------------------------------- */

typedef struct gaz_text {
    const char *s;
    size_t n;
} gaz_text;

/* Whether s[0..n) occurs in t (memmem is a GNU extension; this is C11). */
static int gaz_text_has(gaz_text t, const char *s, size_t n)
{
    if (!t.s || !n || t.n < n)
        return 0;
    const char *p = t.s, *last = t.s + (t.n - n);
    while (p <= last) {
        p = memchr(p, s[0], (size_t)(last - p) + 1);
        if (!p)
            return 0;
        if (memcmp(p, s, n) == 0)
            return 1;
        p++;
    }
    return 0;
}

/* Whether the document names row (official, short or former name). */
static int gaz_named_in(const ps_gazetteer *g, size_t row, gaz_text ctx)
{
    const char *name = g->names[row];
    if (gaz_text_has(ctx, name, g->short_len[row] ? g->short_len[row] : strlen(name)))
        return 1;
    for (size_t f = 0; f < ps_gaz_former_count; f++) {
        if (g->former_row[f] != row)
            continue;
        const char *fn = ps_gaz_formers[f].name;
        if (gaz_text_has(ctx, fn, g->former_short[f] ? g->former_short[f] : strlen(fn)))
            return 1;
    }
    return 0;
}

/* How many of row's ancestors the document names. */
static int gaz_ancestor_score(const ps_gazetteer *g, size_t row, gaz_text ctx)
{
    int score = 0;
    for (int32_t p = ps_gaz_rows[row].parent; p >= 0; p = ps_gaz_rows[p].parent)
        score += gaz_named_in(g, (size_t)p, ctx);
    return score;
}

/*
 * The one candidate whose ancestors the document names most, or SIZE_MAX
 * when none is named or two are named equally (a guess is not a fact).
 */
static size_t gaz_pick_by_context(const ps_gazetteer *g, const gaz_cands *c,
                                  gaz_text ctx)
{
    size_t best = SIZE_MAX;
    int top = 0, ties = 0;
    for (size_t i = 0; i < c->n; i++) {
        int s = gaz_ancestor_score(g, c->row[i], ctx);
        if (s > top) {
            top = s;
            best = c->row[i];
            ties = 0;
        } else if (s == top && s > 0) {
            ties++;
        }
    }
    return ties ? SIZE_MAX : best;
}

/* The one province among the candidates, or SIZE_MAX. */
static size_t gaz_only_province(const gaz_cands *c)
{
    size_t row = SIZE_MAX;
    for (size_t i = 0; i < c->n; i++)
        if (ps_gaz_rows[c->row[i]].level == PS_PLACE_PROVINCE) {
            if (row != SIZE_MAX)
                return SIZE_MAX;
            row = c->row[i];
        }
    return row;
}

/* Whether a township name carries a township's suffix (not 农场, 开发区 …). */
static int gaz_township_suffix(const char *s, size_t n)
{
    /* 地区: Beijing's township-level areas (朝阳区/南磨房地区) */
    return gaz_ends(s, n, "镇") || gaz_ends(s, n, "乡") || gaz_ends(s, n, "街道") ||
           gaz_ends(s, n, "苏木") || gaz_ends(s, n, "办事处") || gaz_ends(s, n, "地区");
}

/*
 * Whether a name found in the issuing body's name may count, given how it
 * was written (`kind`), where (`head`: at the start of the name or right
 * after punctuation; otherwise inside a word) and what the document says.
 *
 * The rule, from strongest evidence to weakest:
 *   - an official or former name of a province, prefecture or county with
 *     at least three characters counts anywhere (中国教育工会四川省委员会);
 *   - at the head, a two-character official name (和县, 城区) needs an
 *     ancestor named in the document: alone it is too often a plain word;
 *     a province's two-character name (港九, an alternative name of 香港)
 *     counts as its short names do;
 *   - at the head, a short name counts for provinces and prefectures (四川,
 *     乐山) and for counties that are not districts (神木, 宣汉); a district's
 *     short name (红旗, 中山, 城关 …) is often a common word, so it needs an
 *     ancestor named in the document; the short names listed in
 *     gaz_common_words (公安, 东方 …) never count without their suffix;
 *   - away from the head only official and former names count (above), so
 *     a short name inside a word (工会 … 东方红) is never read as a place;
 *   - a township counts at the head only by its full name of three or more
 *     characters ending in 镇, 乡, 街道, 苏木, 办事处 or 地区 (八字桥乡), or
 *     by another full name (八五〇农场, XX经济开发区) with an ancestor named in
 *     the document; short township names (中心, 工会-like words) never count;
 *   - inside a chain (after 林甸县) any name of a place inside the previous
 *     one counts: the chain itself is the evidence (checked by the caller).
 */
static int gaz_is_common_word(const char *s, size_t n);

static int gaz_accept(const ps_gazetteer *g, const gaz_key *k, int head,
                      int in_chain, gaz_text ctx)
{
    size_t row = k->row;
    int level = ps_gaz_rows[row].level;
    size_t chars = gaz_chars(k->s, k->len);
    int full = k->kind == GAZ_FULL || k->kind == GAZ_FORMER;
    if (in_chain) /* 荆州公安局 is still not 荆州市/公安县 */
        return full || (level < PS_PLACE_TOWNSHIP && !gaz_is_common_word(k->s, k->len));
    if (level == PS_PLACE_TOWNSHIP) {
        if (!head || !full || chars < 3)
            return 0;
        /* 农场, 林场, 开发区 …: only with their county or city in the text */
        return gaz_township_suffix(k->s, k->len) || gaz_ancestor_score(g, row, ctx) > 0;
    }
    if (full && chars >= 3)
        return 1;
    if (!head)
        return 0;
    /* a province has no ancestor to name; its short names count (below) */
    if (full && level > PS_PLACE_PROVINCE)
        return gaz_ancestor_score(g, row, ctx) > 0;
    if (gaz_is_common_word(k->s, k->len))
        return 0;
    if (level <= PS_PLACE_PREFECTURE)
        return 1;
    const char *name = g->names[row];
    if (k->kind == GAZ_SHORT && !gaz_ends(name, strlen(name), "区"))
        return 1;
    return gaz_ancestor_score(g, row, ctx) > 0;
}

/*
 * The byte length of the blank or punctuation mark at s[0..n), 0 if s starts
 * with something else: ASCII other than letters and digits, CJK punctuation
 * (U+3000–U+303F: 《》「」、。), full-width forms (U+FF00–U+FF65: （）：，)
 * and general punctuation (U+2000–U+206F: “” ‘’ — …).
 */
static size_t gaz_punct_len(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!n)
        return 0;
    if (u[0] < 0x80) {
        int alnum = (u[0] >= '0' && u[0] <= '9') || ((u[0] | 0x20) >= 'a' && (u[0] | 0x20) <= 'z');
        return alnum ? 0 : 1;
    }
    if (n < 3)
        return 0;
    if ((u[0] == 0xE3 && u[1] == 0x80) || (u[0] == 0xE2 && (u[1] == 0x80 || u[1] == 0x81)) ||
        (u[0] == 0xEF && (u[1] == 0xBC || (u[1] == 0xBD && u[2] <= 0xA5))))
        return 3;
    return 0;
}

/*
 * Whether s[i] is at the head of a name: at the start, or after something
 * that cannot be part of a Chinese word (ASCII, punctuation), or after 年
 * (2012年乐山市…, a title that starts with its year).
 */
static int gaz_is_head(const char *s, size_t i)
{
    if (i == 0)
        return 1;
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    if ((unsigned char)s[j] < 0x80)
        return 1;
    if (gaz_punct_len(s + j, i - j))
        return 1;
    return i - j == 3 && memcmp(s + j, "年", 3) == 0;
}

/*
 * National bodies whose local branches put the place after them (国网乐山供电
 * 公司, 中国教育工会四川省委员会, 中国建设银行郑州分行): what follows one of
 * these is at the head of the name, so 乐山 may count without its suffix.
 */
static const char *const gaz_national_prefixes[] = {
    "国家电网", "国网", "中国移动", "中国联通", "中国电信", "中国邮政", "中国铁塔",
    "中国石油", "中国石化", "中国烟草", "中国人寿", "中国人保", "中国银行",
    "中国工商银行", "中国农业银行", "中国建设银行", "中国交通银行", "交通银行",
    "中国共产党", "中共", "共青团", "中国教育工会", "中国金融工会",
    "中国海员建设工会", "中国农林水利气象工会", "中国财贸轻纺烟草工会",
    "中国机械冶金建材工会", "中国国防邮电工会", "中国能源化学地质工会",
    "中国铁路", "中铁", "中建",
};

/*
 * Names that look like a place at the head of a body's name but are not
 * where that body is: 中山大学 is named after Sun Yat-sen and is in 广州.
 */
static const char *const gaz_not_places[] = {
    "中山大学", "中山医科大学",
};

/*
 * Short names that are also ordinary words or well-known names of other
 * things, likely at the head of a body's name: 公安局工会 is not 公安县,
 * 东方电气 not 东方市, 兴业银行 not 兴业县, 合作社 not 合作市.  Even a 荆州
 * document's 公安局 is the city's police, so these need their suffix
 * (公安县总工会) to count.  Not exhaustive: a judgement call, extended when a
 * real page shows a new one.
 */
static const char *const gaz_common_words[] = {
    /* counties */
    "公安", "合作", "同心", "同仁", "和平", "东方", "资源", "南部", "会同",
    "延长", "武功", "康乐", "共和", "富民", "安宁", "大方", "兴业", "方正",
    "龙江", "平原", "博爱", "凤凰", "紫金", "灯塔", "友谊", "天台", "莲花",
    "祥云", "新兴", "清水", "温泉", "新星", "白杨", "石门", "江山", "万年",
    "永和", "平和", "华安", "无为", "高台", "长子", "东兴", "金沙", "景泰",
    "长顺", "通海", "黄龙", "太白", "正安", "永安", "嘉禾", "大安", "兴隆",
    "中方", "富裕", "明光", "新民", "长海", "黑山", "古田", "永康", "三门",
    "天等", "宁国", "长宁", "九龙", "临江", "安国", "新安", "新乐", "永兴",
    "永丰", "永新", "永胜", "永平", "永昌", "阳春", "双河", "昆玉", "北屯",
    /* prefectures */
    "大同", "安康", "长治", "吉安", "三明", "白山", "黄山", "红河", "文山",
    "海西", "海东", "海北", "中卫",
    "桃园", /* 台湾省/桃园市, and many a mainland 桃园 school, street, village */
    /* districts, for the documents a bare 区 is resolved from */
    "平安", "城关", "新华", "长安", "解放", "红旗", "白云", "青山",
    "南山", "新城", "中原", "光明", "前进", "向阳", "胜利", "友好", "东风",
    /* districts of Hong Kong and Macao: 中西医结合医院 in a text naming 香港 */
    "中西", "大堂",
};

static int gaz_is_common_word(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof gaz_common_words / sizeof *gaz_common_words; i++)
        if (strlen(gaz_common_words[i]) == n && memcmp(gaz_common_words[i], s, n) == 0)
            return 1;
    return 0;
}

/*
 * Whether what follows a short name (two characters, no suffix) is the rest
 * of a person's name and a title: 田东 in 田东明主席强调 is a chairman's
 * name, not 田东县.  One more character, then a title a text puts after a
 * name; a place's own suffix (宁乡县长 is the county's head) is read by the
 * caller before this.
 */
static int gaz_person_after(const char *s, size_t n)
{
    static const char *const titles[] = {
        "主席", "副主席", "书记", "副书记", "同志", "先生", "女士", "局长", "部长",
        "主任", "院长", "校长", "经理", "委员", "老师", "师傅", "会长", "理事长", NULL,
    };
    if (!n)
        return 0;
    size_t c = gaz_utf8_len((unsigned char)s[0]);
    if (c != 3 || n <= c || gaz_punct_len(s, n))
        return 0;
    for (size_t k = 0; titles[k]; k++) {
        size_t l = strlen(titles[k]);
        if (n - c >= l && memcmp(s + c, titles[k], l) == 0)
            return 1;
    }
    return 0;
}

/*
 * Bare level words that stand for "our" place of that level when a body
 * names itself from the inside (地区教育工会, 市总工会), with the rows they
 * may stand for: the official or a former name must end in `suffix`.
 */
typedef struct gaz_bare {
    const char *word;
    int level_lo, level_hi;
    const char *suffix;
} gaz_bare;

static const gaz_bare gaz_bares[] = {
    {"自治区", 1, 1, "自治区"}, {"自治州", 2, 2, "自治州"}, {"地区", 2, 2, "地区"},
    {"省", 1, 1, "省"},         {"市", 1, 3, "市"},         {"州", 2, 2, "自治州"},
    {"盟", 2, 2, "盟"},         {"县", 3, 3, "县"},         {"区", 3, 3, "区"},
    {"旗", 3, 3, "旗"},
};

/* Whether row or one of its former names ends in suffix. */
static int gaz_row_has_suffix(const ps_gazetteer *g, size_t row, const char *suffix)
{
    if (gaz_ends(g->names[row], strlen(g->names[row]), suffix))
        return 1;
    for (size_t f = 0; f < ps_gaz_former_count; f++)
        if (g->former_row[f] == row &&
            gaz_ends(ps_gaz_formers[f].name, strlen(ps_gaz_formers[f].name), suffix))
            return 1;
    return 0;
}

/*
 * A bare level word at the head of org: the place of that level the document
 * names clearly more often than any other (at least twice as often as the
 * runner-up), or SIZE_MAX.
 */
static size_t gaz_resolve_bare(const ps_gazetteer *g, const gaz_bare *b, gaz_text ctx)
{
    enum { MAXSEEN = 64 };
    uint32_t seen[MAXSEEN];
    int count[MAXSEEN];
    size_t nseen = 0;
    for (size_t i = 0; i < ctx.n;) {
        size_t step = gaz_utf8_len((unsigned char)ctx.s[i]);
        /* the longest name starting here, so 哈密地区 is not also 哈密 */
        size_t ends[GAZ_MAX_CHARS + 1];
        uint32_t hashes[GAZ_MAX_CHARS + 1];
        size_t ne = gaz_spans(g, ctx.s, ctx.n, i, ends, hashes);
        for (size_t e = ne; e-- > 1;) { /* two characters at least */
            size_t first, cnt = gaz_find_hashed(g, ctx.s + i, ends[e] - i, hashes[e], &first);
            int hit = 0;
            for (size_t k = first; k < first + cnt; k++) {
                const gaz_key *key = &g->keys[k];
                int lv = ps_gaz_rows[key->row].level;
                size_t row = key->row;
                /* 省总工会…在济南召开: a province's cities name it too */
                if (lv == PS_PLACE_PREFECTURE && b->level_hi == PS_PLACE_PROVINCE &&
                    strcmp(b->suffix, "省") == 0 && ps_gaz_rows[row].parent >= 0 &&
                    gaz_row_has_suffix(g, (size_t)ps_gaz_rows[row].parent, "省")) {
                    if ((key->kind == GAZ_SHORT || key->kind == GAZ_FORMER_SHORT) &&
                        gaz_is_common_word(key->s, key->len))
                        continue;
                    row = (size_t)ps_gaz_rows[row].parent;
                } else {
                    if (lv < b->level_lo || lv > b->level_hi)
                        continue;
                    if (!gaz_row_has_suffix(g, key->row, b->suffix))
                        continue;
                }
                /*
                 * Without their suffix only provinces and prefectures count
                 * (和谐哈密); a county's short name in running text is too
                 * often a word (平安家庭 is not 平安区).
                 */
                if ((key->kind == GAZ_SHORT || key->kind == GAZ_FORMER_SHORT) &&
                    (lv > PS_PLACE_PREFECTURE || gaz_is_common_word(key->s, key->len)))
                    continue;
                /* a two-character name (成县, 和县) inside running text is
                   as often the end of a word and a suffix (完成县委, 精神和
                   县委): only at a clause's head or after its city */
                if ((key->kind == GAZ_FULL || key->kind == GAZ_FORMER) &&
                    lv == PS_PLACE_COUNTY && gaz_chars(key->s, key->len) == 2 &&
                    !gaz_is_head(ctx.s, i) &&
                    !(i >= 3 && (memcmp(ctx.s + i - 3, "市", 3) == 0 ||
                                 memcmp(ctx.s + i - 3, "州", 3) == 0 ||
                                 memcmp(ctx.s + i - 3, "省", 3) == 0 ||
                                 memcmp(ctx.s + i - 3, "盟", 3) == 0)))
                    continue;
                hit = 1;
                size_t s = 0;
                while (s < nseen && seen[s] != row)
                    s++;
                if (s == nseen && nseen < MAXSEEN) {
                    seen[nseen] = (uint32_t)row;
                    count[nseen++] = 0;
                }
                if (s < nseen)
                    count[s]++;
            }
            if (hit) {
                step = ends[e] - i;
                break;
            }
        }
        i += step;
    }
    /* the clear winner; same-named rows (two 朝阳区) by their ancestors */
    int top = 0, second = 0;
    gaz_cands best = {.n = 0};
    for (size_t s = 0; s < nseen; s++) {
        if (count[s] > top) {
            second = top;
            top = count[s];
            best.n = 0;
            gaz_cands_add(&best, seen[s]);
        } else if (count[s] == top) {
            gaz_cands_add(&best, seen[s]);
        } else if (count[s] > second) {
            second = count[s];
        }
    }
    if (!top || top < 2 * second)
        return SIZE_MAX;
    if (best.n == 1)
        return best.row[0];
    return gaz_pick_by_context(g, &best, ctx);
}

int ps_gazetteer_resolve(const ps_gazetteer *g, const char *org, size_t org_len,
                         const char *context, size_t context_len, ps_place *out)
{
    if (!g || !out || (!org && org_len))
        return PS_EINVAL;
    if (!org)
        return PS_DONE;
    if (gaz_ready(g))
        return PS_ENOMEM; /* no name, no place (and no arithmetic on NULL) */
    gaz_text ctx = {context, context ? context_len : 0};
    const char *s = org;
    size_t n = org_len;

    /* skip leading blanks and punctuation (《乐山市…》) */
    for (size_t l; n && (l = gaz_punct_len(s, n)) > 0;)
        s += l, n -= l;
    /* skip one national prefix, the longest that fits (国家电网 before 国网) */
    size_t skip = 0;
    for (size_t i = 0; i < sizeof gaz_national_prefixes / sizeof *gaz_national_prefixes; i++) {
        size_t l = strlen(gaz_national_prefixes[i]);
        if (l > skip && n > l && memcmp(s, gaz_national_prefixes[i], l) == 0)
            skip = l;
    }
    s += skip;
    n -= skip;
    for (size_t i = 0; i < sizeof gaz_not_places / sizeof *gaz_not_places; i++) {
        size_t l = strlen(gaz_not_places[i]);
        if (n >= l && memcmp(s, gaz_not_places[i], l) == 0)
            return PS_DONE;
    }

    gaz_cands chain = {.n = 0};
    size_t i = 0;
    size_t chain_end = SIZE_MAX; /* where the chain's last name ended */
    while (i < n) {
        size_t step = gaz_utf8_len((unsigned char)s[i]);
        int head = gaz_is_head(s, i) || i == chain_end;
        int in_chain = chain.n > 0;
        /* the character ends after i, longest first */
        size_t ends[GAZ_MAX_CHARS + 1];
        uint32_t hashes[GAZ_MAX_CHARS + 1];
        size_t ne = gaz_spans(g, s, n, i, ends, hashes);
        gaz_cands found = {.n = 0};
        size_t found_end = 0;
        for (size_t e = ne; e-- > 1 && !found.n;) {
            size_t first, cnt = gaz_find_hashed(g, s + i, ends[e] - i, hashes[e], &first);
            for (size_t k = first; k < first + cnt; k++) {
                const gaz_key *key = &g->keys[k];
                /* a chain continues only with places inside it */
                if (in_chain) {
                    int inside = 0;
                    for (size_t c = 0; c < chain.n && !inside; c++)
                        inside = gaz_is_ancestor(chain.row[c], key->row);
                    if (!inside)
                        continue;
                }
                /* a district's short name written with 县 (崇明县, 密云县): the
                   county it was before it became a district — no word is
                   followed by 县 as a place is, so no ancestor need agree */
                int former_county = !in_chain && head && key->kind == GAZ_SHORT &&
                                    ps_gaz_rows[key->row].level == PS_PLACE_COUNTY &&
                                    gaz_ends(g->names[key->row], strlen(g->names[key->row]), "区") &&
                                    n - ends[e] >= 3 && memcmp(s + ends[e], "县", 3) == 0;
                /* a short name kept from counting alone because it is a
                   common word (海西, 红河, 文山) counts with its suffix written
                   after it, which no word has: 青海海西州, 红河州 */
                if (!former_county && !gaz_accept(g, key, head, in_chain, ctx)) {
                    int suf = key->kind == GAZ_SHORT || key->kind == GAZ_FORMER_SHORT
                                  ? gaz_suffix_at(s + ends[e], n - ends[e])
                                  : -1;
                    if (suf < 0 ||
                        !(gaz_suffixes[suf].levels & LV(ps_gaz_rows[key->row].level)) ||
                        !gaz_is_common_word(key->s, key->len))
                        continue;
                }
                /* a short name directly followed by a suffix: 神木县 */
                size_t end = ends[e];
                if (key->kind == GAZ_SHORT || key->kind == GAZ_FORMER_SHORT) {
                    int suf = gaz_suffix_at(s + end, n - end);
                    if (suf >= 0) {
                        if (!(gaz_suffixes[suf].levels & LV(ps_gaz_rows[key->row].level)))
                            continue; /* 乐山镇 is not 乐山市 */
                        end += strlen(gaz_suffixes[suf].s);
                    } else if (gaz_person_after(s + end, n - end)) {
                        continue; /* 田东明主席 is a chairman, not 田东县 */
                    } else if (n - end >= 3 && memcmp(s + end, "湾", 3) == 0) {
                        /* a short name before 湾 names a bay, or a place
                           called after one: 长沙湾 is Kowloon's, not 长沙市 */
                        continue;
                    }
                }
                gaz_cands_add(&found, key->row);
                if (end > found_end)
                    found_end = end;
            }
        }
        if (found.n) {
            chain = found;
            chain_end = found_end;
            i = found_end;
            continue;
        }
        if (in_chain)
            break; /* the chain ended: the rest is the body's own name */
        i += step;
    }

    size_t row = SIZE_MAX;
    if (chain.n) {
        gaz_cands_prune(&chain);
        row = chain.n == 1 ? chain.row[0] : gaz_pick_by_context(g, &chain, ctx);
        /* 河南 is a province and a county of Qinghai (河南蒙古族自治县), 海南
           a province and a prefecture of Qinghai: with neither's ancestors
           named, a name at a body's head (河南千秋煤矿工会) is the province,
           as any reader takes it */
        if (row == SIZE_MAX)
            row = gaz_only_province(&chain);
    } else {
        /* 地区教育工会, 市总工会: a bare level word at the head */
        for (size_t b = 0; b < sizeof gaz_bares / sizeof *gaz_bares; b++) {
            size_t l = strlen(gaz_bares[b].word);
            if (n > l && memcmp(s, gaz_bares[b].word, l) == 0) {
                row = gaz_resolve_bare(g, &gaz_bares[b], ctx);
                break;
            }
        }
    }
    if (row == SIZE_MAX)
        return PS_DONE;
    gaz_fill(g, row, out);
    return PS_OK;
}
