/*
 * Candidate terms for keyness and collocates: the corpus's own recurring
 * CJK n-grams of 2 to 6 characters.
 *
 * Counting is level by level (Apriori): an n-gram is counted only when
 * both its (n-1)-grams recur, which keeps the table to the n-grams that
 * can matter.  Merging uses the counts alone (no word list): an n-gram
 * seen mostly inside one longer recurring n-gram is that n-gram's fragment
 * and is dropped for it (个普 for 两个普遍); a phrase scoring at least half
 * as well as a piece of it is listed instead of the piece; and the final
 * list never holds both a phrase and a piece of it.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A shorter n-gram is a fragment when a longer one holds this share of it. */
#define SUBSUME_SHARE 0.75
/* A longer n-gram is listed instead of a shorter one scoring up to this much more. */
#define UPGRADE_SHARE 0.5

#define CP_BITS 21
#define CP_MASK ((1u << CP_BITS) - 1)

ps_ngkey ps_ngkey_make(const uint32_t *cp, size_t len)
{
    ps_ngkey k = {{0, 0}};
    for (size_t i = 0; i < len && i < PS_NGRAM_MAX; i++)
        k.w[i / 3] |= (uint64_t)(cp[i] & CP_MASK) << (CP_BITS * (i % 3));
    return k;
}

static uint32_t key_cp(ps_ngkey k, size_t i)
{
    return (uint32_t)(k.w[i / 3] >> (CP_BITS * (i % 3))) & CP_MASK;
}

size_t ps_ngkey_len(ps_ngkey k)
{
    size_t n = 0;
    while (n < PS_NGRAM_MAX && key_cp(k, n))
        n++;
    return n;
}

void ps_ngkey_text(int *rc, ps_buf *out, ps_ngkey k)
{
    for (size_t i = 0, n = ps_ngkey_len(k); i < n; i++) {
        char u[4];
        ps_buf_append(rc, out, u, ps_utf8_encode(key_cp(k, i), u));
    }
}

static int key_eq(ps_ngkey a, ps_ngkey b)
{
    return a.w[0] == b.w[0] && a.w[1] == b.w[1];
}

static size_t key_hash(ps_ngkey k)
{
    uint64_t h = k.w[0] * 0x9E3779B97F4A7C15ull ^ (k.w[1] + 0x632BE59BD9B4E019ull);
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return (size_t)h;
}

ps_ngent *ps_ngtab_find(const ps_ngtab *t, ps_ngkey k)
{
    if (!t->cap)
        return NULL;
    for (size_t i = key_hash(k) & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        ps_ngent *e = &t->slots[i];
        if (!e->key.w[0])
            return NULL;
        if (key_eq(e->key, k))
            return e;
    }
}

static int grow(ps_ngtab *t)
{
    size_t cap = t->cap ? t->cap * 2 : 4096;
    ps_ngent *slots = calloc(cap, sizeof *slots);
    if (!slots)
        return PS_ENOMEM;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i].key.w[0])
            continue;
        size_t j = key_hash(t->slots[i].key) & (cap - 1);
        while (slots[j].key.w[0])
            j = (j + 1) & (cap - 1);
        slots[j] = t->slots[i];
    }
    free(t->slots);
    t->slots = slots;
    t->cap = cap;
    return PS_OK;
}

ps_ngent *ps_ngtab_get(ps_ngtab *t, ps_ngkey k)
{
    ps_ngent *e = ps_ngtab_find(t, k);
    if (e)
        return e;
    if ((t->count + 1) * 2 > t->cap && grow(t))
        return NULL;
    size_t i = key_hash(k) & (t->cap - 1);
    while (t->slots[i].key.w[0])
        i = (i + 1) & (t->cap - 1);
    e = &t->slots[i];
    memset(e, 0, sizeof *e);
    e->key = k;
    t->count++;
    return e;
}

void ps_ngtab_release(ps_ngtab *t)
{
    free(t->slots);
    memset(t, 0, sizeof *t);
}

static int recurs(const ps_ngtab *tab, const uint32_t *cp, size_t len)
{
    const ps_ngent *e = ps_ngtab_find(tab, ps_ngkey_make(cp, len));
    return e && e->keep;
}

int ps_ngram_count(ps_ngtab *tab, const uint32_t *cp, size_t lo, size_t hi, size_t len,
                   const unsigned char *mask, int side, unsigned doc, int add,
                   const unsigned char *bound)
{
    size_t run = 0; /* CJK characters (inside the mask) ending at i */
    for (size_t i = lo; i < hi; i++) {
        run = cp[i] && (!mask || mask[i]) ? run + 1 : 0;
        if (run < len)
            continue;
        const uint32_t *g = cp + i + 1 - len;
        if (len > 2 && (!recurs(tab, g, len - 1) || !recurs(tab, g + 1, len - 1)))
            continue;
        ps_ngkey k = ps_ngkey_make(g, len);
        ps_ngent *e = add ? ps_ngtab_get(tab, k) : ps_ngtab_find(tab, k);
        if (!e) {
            if (add)
                return PS_ENOMEM;
            continue;
        }
        e->c[side]++;
        size_t start = i + 1 - len;
        if (!bound || (bound[start] && bound[i + 1]))
            e->al[side]++;
        if (e->last[side] != doc) {
            e->last[side] = doc;
            e->d[side]++;
        }
    }
    return PS_OK;
}

/* ---- Ranking and merging -------------------------------------------------- */

typedef struct cand {
    ps_ngent *e;
    double score, effect;
    size_t len;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->len != y->len)
        return x->len > y->len ? -1 : 1;
    if (x->e->key.w[1] != y->e->key.w[1])
        return x->e->key.w[1] < y->e->key.w[1] ? -1 : 1;
    return x->e->key.w[0] < y->e->key.w[0] ? -1 : x->e->key.w[0] > y->e->key.w[0];
}

static int cmp_item(const void *a, const void *b)
{
    const ps_key_item *x = a, *y = b;
    if (x->g2 != y->g2)
        return x->g2 > y->g2 ? -1 : 1;
    return strcmp(x->ngram, y->ngram);
}

/* One n-gram inside the other (either way). */
static int overlaps(ps_ngkey a, ps_ngkey b)
{
    size_t la = ps_ngkey_len(a), lb = ps_ngkey_len(b);
    if (la > lb) {
        ps_ngkey t = a;
        a = b;
        b = t;
        size_t n = la;
        la = lb;
        lb = n;
    }
    for (size_t s = 0; s + la <= lb; s++) {
        size_t i = 0;
        while (i < la && key_cp(a, i) == key_cp(b, s + i))
            i++;
        if (i == la)
            return 1;
    }
    return 0;
}

static unsigned long long total(const ps_ngent *e)
{
    return e->c[0] + e->c[1];
}

/* The end of a overlaps the start of b by at least two characters. */
static int chained(ps_ngkey a, ps_ngkey b)
{
    size_t la = ps_ngkey_len(a), lb = ps_ngkey_len(b);
    for (size_t k = (la < lb ? la : lb) - 1; k >= 2; k--) {
        size_t i = 0;
        while (i < k && key_cp(a, la - k + i) == key_cp(b, i))
            i++;
        if (i == k)
            return 1;
    }
    return 0;
}

/*
 * Two n-grams are one phrase on the list when one holds the other, or when
 * they are overlapping windows of one longer phrase (黑龙江省大兴 and
 * 龙江省大兴安 of 黑龙江省大兴安岭地区): chained and about as frequent.
 */
static int same_phrase(const ps_ngent *a, const ps_ngent *b)
{
    if (overlaps(a->key, b->key))
        return 1;
    double x = (double)total(a), y = (double)total(b);
    if ((x < y ? x / y : y / x) < SUBSUME_SHARE)
        return 0;
    return chained(a->key, b->key) || chained(b->key, a->key);
}

/*
 * Is the n-gram a term, judged as a word list would?  Not when it holds a
 * grammatical particle (的, 了, 之 … : 的要求, 党的十七, 广大职工的), or when
 * a function word or a cut-off character stands alone at either edge of its
 * segmentation (企业和, 并讲话, 日上午, 总工会常务副); not when it names
 * page furniture (查看, 文档: reposting sites' widgets).  With a word list a
 * particle inside a word (目的, 的确) is no particle.
 */
static int term_like(const ps_words *w, ps_ngkey k)
{
    static const char *const furniture[] = {"查看", "文档", "点击", "浏览", "下载", "收藏",
                                            "评论", "登录", "注册", "首页", "上一篇",
                                            "下一篇", "责任编辑", "分享", "打印", "范文",
                                            "字号", NULL};
    /* particles: never inside a term unless inside a word */
    static const uint32_t particle[] = {0x7684 /* 的 */, 0x4E86 /* 了 */, 0x4E4B /* 之 */,
                                        0x7740 /* 着 */, 0x5730 /* 地 */, 0x5F97 /* 得 */};
    /* function words and cut-off characters: never alone at an edge */
    static const uint32_t edge[] = {
        0x548C /* 和 */, 0x4E0E /* 与 */, 0x53CA /* 及 */, 0x5E76 /* 并 */, 0x7B49 /* 等 */,
        0x5728 /* 在 */, 0x5BF9 /* 对 */, 0x628A /* 把 */, 0x88AB /* 被 */, 0x4ECE /* 从 */,
        0x5411 /* 向 */, 0x4E8E /* 于 */, 0x5C06 /* 将 */, 0x4E3A /* 为 */, 0x4EE5 /* 以 */,
        0x800C /* 而 */, 0x6216 /* 或 */, 0x4E5F /* 也 */, 0x90FD /* 都 */, 0x5C31 /* 就 */,
        0x662F /* 是 */, 0x65E5 /* 日 */, 0x526F /* 副 */, 0x5FEB /* 快 */, 0x7B2C /* 第 */,
        0x5404 /* 各 */, 0x8FD9 /* 这 */, 0x5176 /* 其 */, 0x6B64 /* 此 */};
    size_t n = ps_ngkey_len(k);
    uint32_t cp[PS_NGRAM_MAX];
    unsigned char bound[PS_NGRAM_MAX + 1];
    for (size_t i = 0; i < n; i++)
        cp[i] = key_cp(k, i);
    /* page furniture, by its words */
    int rc = PS_OK;
    ps_buf t = PS_BUF_INIT;
    ps_ngkey_text(&rc, &t, k);
    int chrome = 0;
    for (size_t i = 0; !rc && furniture[i] && !chrome; i++)
        chrome = strstr(t.data, furniture[i]) != NULL;
    ps_buf_release(&t);
    if (chrome)
        return 0;
    /* segments: bound[i] = 1 where a word starts (each character without a
       word list) */
    if (!w || ps_words_bounds(w, cp, n, bound))
        memset(bound, 1, sizeof bound);
    bound[n] = 1;
    for (size_t i = 0; i < n; i++) {
        int alone = bound[i] && bound[i + 1];
        for (size_t j = 0; alone && j < sizeof particle / sizeof *particle; j++)
            if (cp[i] == particle[j])
                return 0;
        if (alone && n > 1 && (i == 0 || i == n - 1))
            for (size_t j = 0; j < sizeof edge / sizeof *edge; j++)
                if (cp[i] == edge[j])
                    return 0;
    }
    return 1;
}

int ps_ngram_rank(ps_ngtab *tab, const ps_words *words, ps_ngscore_fn score, void *ctx,
                  size_t limit, ps_key_item **out, size_t *nout, size_t *ncand)
{
    *out = NULL;
    *nout = 0;
    *ncand = 0;
    /* fragments: keep == 2 marks an n-gram dropped for a longer one */
    for (size_t i = 0; i < tab->cap; i++) {
        ps_ngent *e = &tab->slots[i];
        size_t len = e->key.w[0] ? ps_ngkey_len(e->key) : 0;
        if (!e->keep || len <= PS_NGRAM_MIN)
            continue;
        uint32_t cp[PS_NGRAM_MAX];
        for (size_t k = 0; k < len; k++)
            cp[k] = key_cp(e->key, k);
        for (int side = 0; side < 2; side++) {
            ps_ngent *sub = ps_ngtab_find(tab, ps_ngkey_make(cp + side, len - 1));
            if (sub && sub->keep && total(e) >= SUBSUME_SHARE * (double)total(sub))
                sub->keep = 2;
        }
    }
    size_t n = 0;
    for (size_t i = 0; i < tab->cap; i++)
        n += tab->slots[i].keep == 1;
    *ncand = n;
    cand *cs = malloc((n ? n : 1) * sizeof *cs);
    if (!cs)
        return PS_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < tab->cap; i++) {
        ps_ngent *e = &tab->slots[i];
        if (e->keep != 1)
            continue;
        if (2 * (e->al[0] + e->al[1]) < total(e))
            continue; /* mostly cut across words: a piece of text */
        if (!term_like(words, e->key))
            continue; /* a fragment or page furniture, not a term */
        double effect = 0;
        double s = score(ctx, e, &effect);
        if (isnan(s))
            continue;
        cs[m++] = (cand){e, s, effect, ps_ngkey_len(e->key)};
    }
    qsort(cs, m, sizeof *cs, cmp_cand);
    ps_key_item *items = calloc(limit ? limit : 1, sizeof *items);
    int rc = items ? PS_OK : PS_ENOMEM;
    size_t k = 0;
    /* greedy listing; keys kept aside to test overlaps */
    const ps_ngent **keys = rc ? NULL : malloc((limit ? limit : 1) * sizeof *keys);
    if (!rc && !keys)
        rc = PS_ENOMEM;
    for (size_t i = 0; !rc && i < m && k < limit; i++) {
        if (!cs[i].e)
            continue; /* listed already, in place of a shorter n-gram */
        int clash = 0;
        for (size_t j = 0; j < k && !clash; j++)
            clash = overlaps(cs[i].e->key, keys[j]->key);
        if (clash)
            continue; /* (a longer n-gram holding it would clash too) */
        /* a longer n-gram holding this one and scoring at least half as well
         * is the phrase to show (两个普遍 rather than 两个) */
        size_t best = i;
        for (size_t j = 0; j < m; j++)
            if (j != i && cs[j].e && cs[j].len > cs[best].len &&
                cs[j].score >= UPGRADE_SHARE * cs[i].score && overlaps(cs[j].e->key, cs[i].e->key) &&
                (best == i || cs[j].score > cs[best].score))
                best = j;
        cand pick = cs[best];
        cs[best].e = NULL;
        for (size_t j = 0; j < k && !clash; j++)
            clash = same_phrase(pick.e, keys[j]);
        if (clash)
            continue;
        ps_buf t = PS_BUF_INIT;
        ps_ngkey_text(&rc, &t, pick.e->key);
        if (rc) {
            ps_buf_release(&t);
            break;
        }
        ps_key_item *it = &items[k];
        it->ngram = ps_buf_detach(&t, NULL);
        if (!it->ngram) {
            rc = PS_ENOMEM;
            break;
        }
        it->g2 = pick.score;
        it->log_ratio = pick.effect;
        it->a = pick.e->c[0];
        it->b = pick.e->c[1];
        it->a_docs = pick.e->d[0];
        it->b_docs = pick.e->d[1];
        keys[k++] = pick.e;
    }
    free(keys);
    free(cs);
    if (!rc) /* a phrase listed for a piece of it may score lower: order again */
        qsort(items, k, sizeof *items, cmp_item);
    if (rc) {
        for (size_t i = 0; items && i < k; i++)
            free(items[i].ngram);
        free(items);
        return rc;
    }
    *out = items;
    *nout = k;
    return PS_OK;
}
