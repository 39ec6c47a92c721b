/*
 * libFuzzer target for the normalizer and tokenizer.
 *
 * Beyond "does not crash", it checks what the rest of plansearch relies on:
 * offsets inside the input with start < end, positions non-decreasing
 * (index) or consecutive (query), terms within Xapian's limit, the fold map
 * monotonic and ending at n, normalized text valid UTF-8, offsets that
 * fold back to their term, and that any text
 * matches itself: its query-mode phrase occurs in its own index stream.
 */
#include "test_cjk_util.h"

#include <stdint.h>
#include <stdlib.h>

static ps_cjk *cjk; /* created once: loading OpenCC per input would dominate */

#define CHECK(cond)                                                    \
    do {                                                               \
        if (!(cond)) {                                                 \
            fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, \
                    __LINE__);                                         \
            abort();                                                   \
        }                                                              \
    } while (0)

static void check_utf8(const char *s, size_t n)
{
    size_t i = 0;
    uint32_t cp;

    while (i < n) {
        i += ps_utf8_decode(s + i, n - i, &cp);
        CHECK(cp != PS_UTF8_INVALID);
    }
}

/*
 * Offsets point at the original text: folding the bytes a unigram, bigram
 * or word covers gives its term (a prefix of it for a cut word).
 */
static void check_offsets(const char *s, const tok_list *l, const tok_rec *t)
{
    ps_buf f = PS_BUF_INIT;
    int rc = 0;

    if (t->flags != PS_TOKF_UNIGRAM && t->flags != PS_TOKF_BIGRAM &&
        t->flags != PS_TOKF_WORD)
        return;
    ps_cjk_fold_string(cjk, s + t->start, t->end - t->start, &rc, &f, NULL);
    CHECK(rc == 0 && f.len >= t->len);
    CHECK(memcmp(f.data, l->terms.data + t->off, t->len) == 0);
    CHECK(f.len == t->len || t->len > PS_TERM_MAX - 4);
    ps_buf_release(&f);
}

static void check_stream(const char *s, const tok_list *l, size_t n,
                         int query, uint32_t first_pos, uint32_t next_pos)
{
    size_t i;

    for (i = 0; i < l->n; i++) {
        const tok_rec *t = &l->v[i];
        CHECK(t->start < t->end && t->end <= n);
        CHECK(t->len > 0 && t->len <= PS_TERM_MAX);
        check_offsets(s, l, t);
        if (query)
            CHECK(t->pos == first_pos + i);
        else
            CHECK(i == 0 ? t->pos >= first_pos : t->pos >= l->v[i - 1].pos);
        CHECK(t->pos < next_pos);
    }
    if (!query && l->n == 0)
        CHECK(next_pos == first_pos);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    ps_buf out = PS_BUF_INIT;
    size_t *map = NULL, i, *first;
    tok_list doc = {0}, q = {0};
    uint32_t next_doc, next_q;
    int rc = 0;

    if (!cjk) {
        ps_error err;
        if (ps_cjk_new(&cjk, &err) != PS_OK) {
            fprintf(stderr, "ps_cjk_new: %s\n", err.msg);
            abort();
        }
    }

    ps_cjk_fold_string(cjk, s, size, &rc, &out, &map);
    CHECK(rc == 0 && map);
    check_utf8(out.data ? out.data : "", out.len);
    for (i = 0; i < out.len; i++)
        CHECK(map[i] < size && (i == 0 || map[i] >= map[i - 1]));
    CHECK(map[out.len] == size);
    free(map);
    ps_buf_reset(&out);

    ps_cjk_normalize_for_match(cjk, s, size, &rc, &out);
    CHECK(rc == 0);
    check_utf8(out.data ? out.data : "", out.len);
    ps_buf_release(&out);

    rc = ps_cjk_tokenize(cjk, PS_TOK_INDEX, s, size, 7, tok_list_cb, &doc,
                         &next_doc);
    CHECK(rc == 0);
    check_stream(s, &doc, size, 0, 7, next_doc);
    rc = ps_cjk_tokenize(cjk, PS_TOK_QUERY, s, size, 0, tok_list_cb, &q,
                         &next_q);
    CHECK(rc == 0);
    check_stream(s, &q, size, 1, 0, next_q);
    CHECK(next_q == q.n);

    /* A text contains itself. */
    if (q.n > 0) {
        first = malloc((next_doc + 2) * sizeof *first);
        CHECK(first != NULL);
        tok_list_index(&doc, first, next_doc + 1);
        CHECK(tok_list_has_phrase(&doc, &q, first, next_doc + 1));
        free(first);
    }
    tok_list_release(&doc);
    tok_list_release(&q);
    return 0;
}
