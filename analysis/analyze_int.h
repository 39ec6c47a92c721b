/*
 * Internals shared by the files of analysis/ (analyze.c, compare.c,
 * keyness.c, collocates.c, analyze_out.c, plot_svg.c).
 */
#ifndef PS_ANALYZE_INT_H
#define PS_ANALYZE_INT_H

#include "ps_analyze.h"
#include "search_int.h"

#include <stdint.h>

/* ---- interface to code in analyze.c -------------------------------------- */

typedef struct ps_words ps_words;

struct ps_analyzer {
    psx_db *db;
    ps_cjk *cjk;
    const ps_gazetteer *gaz;
    ps_words *words; /* word list for candidate boundaries, or NULL */
};

/*
 * Call fn for every document of the selection (filter, and the query when
 * not NULL), one near-duplicate per collapse key unless all.  Records
 * borrow from a page of results and live only during the call.  A non-zero
 * return from fn stops the scan and is returned.
 */
typedef int (*ps_scan_fn)(void *ctx, unsigned docid, const ps_docrec *rec);
/* The Xapian query for q (every document when NULL) restricted by f. */
int ps_selection_query(ps_analyzer *a, const ps_query *q, const ps_filter *f,
                       psx_query **out, ps_error *err);
int ps_scan(ps_analyzer *a, const ps_query *q, const ps_filter *f, int all,
            ps_scan_fn fn, void *ctx, ps_error *err);

/* Distinct values of a value slot over the whole index (malloc'd strings). */
int ps_slot_values(ps_analyzer *a, unsigned slot, char ***out, size_t *n, ps_error *err);
void ps_strings_free(char **v, size_t n);
/* 1 when a filter's year list ("2012,2015..2018,none") names the year
   (compare.c); a comparison or spread by year shows only those years. */
int ps_year_listed(const char *years, int year);

/* A sorted set of document ids. */
typedef struct ps_idset {
    unsigned *ids;
    size_t count, cap;
} ps_idset;
int ps_idset_add(ps_idset *s, unsigned id);
void ps_idset_sort(ps_idset *s);
int ps_idset_has(const ps_idset *s, unsigned id);
void ps_idset_release(ps_idset *s);

/*
 * Count the plans of the index (near-duplicates folded unless `all`) in none
 * of the sorted sets in[0..nin), and of them those without each field.
 */
int ps_left_out_count(ps_analyzer *a, const ps_idset *const *in, size_t nin, int all,
                      ps_left_out *out, ps_error *err);

/* Occurrence matching of a query's positive body phrases in a text. */
typedef struct ps_matcher ps_matcher;
int ps_matcher_new(ps_cjk *cjk, const ps_query *q, ps_matcher **out);
void ps_matcher_free(ps_matcher *m);
/* Byte ranges [v[2i], v[2i+1]) of matches; a zeroed struct is empty. */
typedef struct ps_spans {
    size_t *v;
    size_t n, cap;
} ps_spans;
void ps_spans_release(ps_spans *s);

/*
 * The non-overlapping matches of each phrase in text[0..n): their count, and
 * when spans is not NULL their byte ranges (replacing its contents).
 */
int ps_matcher_count(ps_matcher *m, const char *text, size_t n,
                     unsigned long long *count, ps_spans *spans);

/*
 * A document's text folded character by character: cp[i] is the folded
 * code point of the i-th character when it is CJK, else 0 (a break for
 * n-grams); off[i] its byte offset (off[n] = byte length).
 */
typedef struct ps_ftext {
    uint32_t *cp;
    size_t *off;
    unsigned char *bound; /* with a word list: bound[i] = a word starts at i */
    size_t n, cap;
} ps_ftext;
int ps_ftext_fold(ps_cjk *cjk, const char *s, size_t n, ps_ftext *out);
/* Fold, then mark word boundaries when the analyzer has a word list. */
int ps_ftext_fold_words(const ps_analyzer *a, const char *s, size_t n, ps_ftext *out);
void ps_ftext_release(ps_ftext *t);
/* Index of the character starting at byte offset b (binary search). */
size_t ps_ftext_at(const ps_ftext *t, size_t b);

/* ---- interface to code in ngram.c ----------------------------------------- */

#define PS_NGRAM_MIN 2
#define PS_NGRAM_MAX 6

/* An n-gram key: up to six code points packed two 64-bit words. */
typedef struct ps_ngkey {
    uint64_t w[2];
} ps_ngkey;

ps_ngkey ps_ngkey_make(const uint32_t *cp, size_t len);
size_t ps_ngkey_len(ps_ngkey k);
/* The n-gram as UTF-8 (appended; sticky rc). */
void ps_ngkey_text(int *rc, ps_buf *out, ps_ngkey k);
/* s as XML character data or an attribute's value: markup escaped, control
   characters XML forbids dropped, invalid UTF-8 replaced by U+FFFD. */
void ps_xml_text(int *rc, ps_buf *b, const char *s);

typedef struct ps_ngent {
    ps_ngkey key;
    unsigned long long c[2];   /* occurrences on side 0 and 1 */
    unsigned long long al[2];  /* of them, starting and ending at word boundaries */
    unsigned d[2];             /* documents on side 0 and 1 */
    unsigned last[2];          /* last document counted (+1), for d[] */
    int keep;
} ps_ngent;

typedef struct ps_ngtab {
    ps_ngent *slots;
    size_t cap, count;
} ps_ngtab;

/* The entry for k, inserted when absent (NULL only when out of memory). */
ps_ngent *ps_ngtab_get(ps_ngtab *t, ps_ngkey k);
ps_ngent *ps_ngtab_find(const ps_ngtab *t, ps_ngkey k);
void ps_ngtab_release(ps_ngtab *t);

/*
 * Count, in tab, the n-grams of length len in cp[lo..hi) (0 = break) whose
 * two (len-1)-grams are kept in tab (always for len 2), for side `side` of
 * document doc (non-zero, for document counts).  When mask is not NULL
 * only n-grams wholly inside positions with mask[i] set are counted; when
 * add is 0 only n-grams already in tab are.  bound (may be NULL) marks word
 * starts: occurrences aligned with words are counted apart, in al[].
 */
int ps_ngram_count(ps_ngtab *tab, const uint32_t *cp, size_t lo, size_t hi,
                   size_t len, const unsigned char *mask, int side, unsigned doc,
                   int add, const unsigned char *bound);

/*
 * Ranked, merged n-grams: keep[] marks those recurring (min counts); an
 * n-gram mostly seen inside a longer kept one is dropped for it; the rest
 * are scored by score(ctx, ent) (NAN = not a candidate) — those mostly not
 * aligned with word boundaries (al[]) are pieces of text, not terms, and are
 * skipped, and so are n-grams a word list (words, may be NULL) judges no
 * term (fragments such as 的要求, 企业和; page furniture such as 查看) —
 * sorted best first,
 * and listed greedily, skipping any n-gram that contains or is contained in
 * one already listed.  *out holds up to limit items.
 */
typedef double (*ps_ngscore_fn)(void *ctx, const ps_ngent *e, double *effect);
int ps_ngram_rank(ps_ngtab *tab, const ps_words *words, ps_ngscore_fn score, void *ctx,
                  size_t limit,
                  ps_key_item **out, size_t *nout, size_t *ncand);

/* ---- interface to code in words.c ------------------------------------------ */

/* jieba's dictionary (Debian python3-jieba); PS_EIO when it cannot be read. */
int ps_words_load(ps_cjk *cjk, const char *path, ps_words **out, ps_error *err);
void ps_words_free(ps_words *w);
/* bound[0..n]: 1 where a word starts in cp[0..n) (non-CJK positions: 1). */
int ps_words_bounds(const ps_words *w, const uint32_t *cp, size_t n, unsigned char *bound);

#endif
