/*
 * Word boundaries for n-gram candidates, from the dictionary of jieba
 * (Debian's python3-jieba, dict.txt: "word frequency tag" per line).
 *
 * A run of CJK characters is cut the way jieba cuts it without its HMM:
 * the segmentation maximizing the product of the words' unigram
 * probabilities, unknown characters counting as words of frequency 1.
 * Boundaries only judge candidates (an n-gram that mostly starts or ends
 * inside a word, such as 工工资集体协, is a piece of text, not a term);
 * counting itself never depends on them.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct wslot {
    ps_ngkey key;
    double logp;
} wslot;

struct ps_words {
    wslot *slots;
    size_t cap, count;
    double unknown; /* log-probability of a character not in the dictionary */
};

static size_t whash(ps_ngkey k)
{
    uint64_t h = k.w[0] * 0x9E3779B97F4A7C15ull ^ (k.w[1] + 0x632BE59BD9B4E019ull);
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return (size_t)(h ^ (h >> 29));
}

static wslot *wfind(const ps_words *w, ps_ngkey k, int insert)
{
    for (size_t i = whash(k) & (w->cap - 1);; i = (i + 1) & (w->cap - 1)) {
        wslot *s = &w->slots[i];
        if (s->key.w[0] == k.w[0] && s->key.w[1] == k.w[1] && k.w[0])
            return s;
        if (!s->key.w[0])
            return insert ? s : NULL;
    }
}

int ps_words_load(ps_cjk *cjk, const char *path, ps_words **out, ps_error *err)
{
    *out = NULL;
    FILE *f = fopen(path, "r");
    if (!f)
        return ps_error_set(err, PS_EIO, "cannot read word list '%s'", path);
    ps_words *w = calloc(1, sizeof *w);
    if (w) {
        w->cap = 1u << 20; /* jieba's 350,000 words at a load of a third */
        w->slots = calloc(w->cap, sizeof *w->slots);
    }
    if (!w || !w->slots) {
        fclose(f);
        if (w)
            free(w);
        return ps_error_set(err, PS_ENOMEM, "cannot load word list: out of memory");
    }
    char line[512];
    double total = 0;
    while (fgets(line, sizeof line, f)) {
        char *sp = strchr(line, ' ');
        if (!sp)
            continue;
        double freq = strtod(sp + 1, NULL);
        if (!(freq > 0))
            continue;
        total += freq;
        uint32_t cp[PS_NGRAM_MAX];
        size_t n = 0, len = (size_t)(sp - line);
        int cjk_only = 1;
        for (size_t i = 0; i < len && cjk_only;) {
            uint32_t c;
            int cls;
            i += ps_utf8_decode(line + i, len - i, &c);
            c = ps_cjk_fold_cp(cjk, c, &cls);
            if (cls != PS_CP_CJK || n == PS_NGRAM_MAX)
                cjk_only = 0;
            else
                cp[n++] = c;
        }
        /* words longer than an n-gram, or not all CJK, never decide a cut here */
        if (!cjk_only || n == 0 || w->count * 2 >= w->cap)
            continue;
        ps_ngkey k = ps_ngkey_make(cp, n);
        wslot *s = wfind(w, k, 1);
        if (!s->key.w[0]) {
            s->key = k;
            s->logp = 0;
            w->count++;
        }
        s->logp += freq; /* traditional and simplified spellings add up */
    }
    int bad = ferror(f);
    fclose(f);
    if (bad || w->count == 0 || !(total > 0)) {
        ps_words_free(w);
        return ps_error_set(err, PS_EIO, "cannot read word list '%s'", path);
    }
    double lt = log(total);
    for (size_t i = 0; i < w->cap; i++)
        if (w->slots[i].key.w[0])
            w->slots[i].logp = log(w->slots[i].logp) - lt;
    w->unknown = -lt;
    *out = w;
    return PS_OK;
}

void ps_words_free(ps_words *w)
{
    if (!w)
        return;
    free(w->slots);
    free(w);
}

int ps_words_bounds(const ps_words *w, const uint32_t *cp, size_t n, unsigned char *bound)
{
    double *route = malloc((n + 1) * sizeof *route);
    size_t *next = malloc((n + 1) * sizeof *next);
    if (!route || !next) {
        free(route);
        free(next);
        return PS_ENOMEM;
    }
    for (size_t i = 0; i <= n; i++)
        bound[i] = 1;
    for (size_t lo = 0; lo < n;) {
        if (!cp[lo]) {
            lo++;
            continue;
        }
        size_t hi = lo;
        while (hi < n && cp[hi])
            hi++;
        /* best segmentation of cp[lo..hi), from the right */
        route[hi] = 0;
        for (size_t i = hi; i-- > lo;) {
            route[i] = w->unknown + route[i + 1];
            next[i] = i + 1;
            for (size_t j = i + 2; j <= hi && j - i <= PS_NGRAM_MAX; j++) {
                const wslot *s = wfind(w, ps_ngkey_make(cp + i, j - i), 0);
                if (s && s->logp + route[j] > route[i]) {
                    route[i] = s->logp + route[j];
                    next[i] = j;
                }
            }
            const wslot *one = wfind(w, ps_ngkey_make(cp + i, 1), 0);
            if (one && one->logp + route[i + 1] > route[i]) {
                route[i] = one->logp + route[i + 1];
                next[i] = i + 1;
            }
        }
        for (size_t i = lo + 1; i < hi; i++)
            bound[i] = 0;
        for (size_t i = lo; i < hi; i = next[i])
            bound[i] = 1;
        lo = hi;
    }
    free(route);
    free(next);
    return PS_OK;
}
