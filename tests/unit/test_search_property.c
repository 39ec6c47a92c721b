/*
 * The search contract end to end, through Xapian: a phrase query finds
 * exactly the documents whose normalized text contains the normalized
 * phrase.  The bundled plans are indexed into a fresh index; queries are
 * substrings of their texts (1–8 characters, starting and ending with a Han
 * character, punctuation inside) and joins of two such pieces from different
 * plans (mostly absent), each wrapped in quotes; the answer of ps_search
 * (every copy, no near-duplicate folding) is compared with a brute-force
 * scan of the stored texts.
 *
 * This is the check that the index's term scheme (bigrams without
 * positions, phrases matched on unigram positions, ps_index.h) and the query
 * compiler (searcher/query.c) agree with the tokenizer's contract, which
 * test_cjk_property checks on token streams.
 */
#include "ps_index.h"
#include "ps_search.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#define MAX_DOCS 32
#define QUERIES 1500

typedef struct doc {
    char *id;
    char *body;
    size_t len;
    ps_buf norm;
} doc;

typedef struct fixture {
    char dir[256];
    ps_cjk *cjk;
    ps_gazetteer *gaz;
    ps_searcher *s;
    doc docs[MAX_DOCS];
    size_t ndocs;
} fixture;

static int index_plans(fixture *fx, const char *plans)
{
    ps_error err;
    ps_reader *reader = NULL;
    ps_indexer *ix = NULL;
    int rc = ps_reader_new(fx->cjk, &reader, &err);
    if (!rc)
        rc = ps_indexer_open(fx->dir, 0, fx->cjk, fx->gaz, &ix, &err);
    ps_index_opts o;
    memset(&o, 0, sizeof o);
    ps_index_counts c;
    if (!rc)
        rc = ps_index_run(ix, reader, &plans, 1, &o, &c, &err);
    ps_indexer_close(ix);
    ps_reader_free(reader);
    if (rc)
        print_error("cannot index '%s': %s\n", plans, err.msg);
    return rc;
}

/* Every document's id and text, as the index stored them. */
static int load_docs(fixture *fx)
{
    ps_error err;
    ps_search_request req;
    ps_search_request_init(&req);
    req.all = 1;
    req.limit = MAX_DOCS;
    req.max_snippets = 0;
    ps_result *r = NULL;
    if (ps_search(fx->s, &req, &r, &err))
        return -1;
    int rc = 0;
    for (size_t i = 0; i < ps_result_size(r); i++) {
        const ps_docrec *rec = &ps_result_hit(r, i)->rec;
        doc *d = &fx->docs[fx->ndocs++];
        d->id = strdup(rec->id);
        d->body = malloc(rec->body_len + 1);
        if (!d->id || !d->body)
            return -1;
        memcpy(d->body, rec->body, rec->body_len);
        d->len = rec->body_len;
        ps_cjk_normalize_for_match(fx->cjk, d->body, d->len, &rc, &d->norm);
    }
    ps_result_free(r);
    return rc || fx->ndocs < 5 ? -1 : 0;
}

static int setup(void **state)
{
    const char *src = getenv("PS_SOURCE_DIR");
    fixture *fx = calloc(1, sizeof *fx);
    ps_error err;
    char plans[4200];
    if (!src || !fx) {
        print_error("PS_SOURCE_DIR is not set (run through ctest)\n");
        return -1;
    }
    snprintf(fx->dir, sizeof fx->dir, "%s/ps-searchprop-XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    snprintf(plans, sizeof plans, "%s/corpus/plans", src);
    if (!mkdtemp(fx->dir) || ps_cjk_new(&fx->cjk, &err) || ps_gazetteer_new(&fx->gaz, &err) ||
        index_plans(fx, plans) ||
        ps_searcher_open(fx->dir, fx->cjk, fx->gaz, &fx->s, &err) || load_docs(fx))
        return -1;
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    char cmd[300];
    for (size_t i = 0; i < fx->ndocs; i++) {
        free(fx->docs[i].id);
        free(fx->docs[i].body);
        ps_buf_release(&fx->docs[i].norm);
    }
    ps_searcher_close(fx->s);
    ps_gazetteer_free(fx->gaz);
    ps_cjk_free(fx->cjk);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", fx->dir);
    int rc = system(cmd);
    free(fx);
    return rc == 0 ? 0 : -1;
}

static uint32_t next_rand(uint32_t *seed)
{
    *seed = *seed * 1664525u + 1013904223u;
    return *seed >> 8;
}

static int class_of(const ps_cjk *c, const char *s, size_t n, size_t *len)
{
    uint32_t cp;
    int cls;
    *len = ps_utf8_decode(s, n, &cp);
    ps_cjk_fold_cp(c, cp, &cls);
    return cls;
}

/* Punctuation that may sit inside a sampled phrase (none is query syntax). */
static int inner_punct(const char *s, size_t len)
{
    static const char *const ok[] = {"，", "。", "、", "；"};
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        if (len == strlen(ok[i]) && memcmp(s, ok[i], len) == 0)
            return 1;
    return 0;
}

/*
 * Append to q a piece of d's text of 1..maxc characters starting and ending
 * with a Han (CJK) character; 0 when the sampled place does not give one.
 */
static int sample_piece(const fixture *fx, const doc *d, uint32_t *seed, size_t maxc,
                        ps_buf *q)
{
    size_t at = next_rand(seed) % d->len, len;
    while (at < d->len && ((unsigned char)d->body[at] & 0xC0) == 0x80)
        at++; /* to a character start */
    size_t want = 1 + next_rand(seed) % maxc, end = at, nchars = 0, last_cjk_end = 0;
    while (end < d->len && nchars < want) {
        int cls = class_of(fx->cjk, d->body + end, d->len - end, &len);
        if (cls == PS_CP_BOUNDARY && !inner_punct(d->body + end, len))
            break;
        if (nchars == 0 && cls != PS_CP_CJK)
            return 0;
        end += len;
        nchars++;
        if (cls == PS_CP_CJK)
            last_cjk_end = end;
    }
    if (!last_cjk_end)
        return 0;
    int rc = PS_OK;
    ps_buf_append(&rc, q, d->body + at, last_cjk_end - at);
    return rc == PS_OK;
}

/* The documents containing the phrase, as a bit set over fx->docs. */
static uint64_t brute_force(const fixture *fx, const char *q, size_t n)
{
    ps_buf norm = PS_BUF_INIT;
    int rc = PS_OK;
    ps_cjk_normalize_for_match(fx->cjk, q, n, &rc, &norm);
    uint64_t set = 0;
    for (size_t i = 0; !rc && i < fx->ndocs; i++) {
        const ps_buf *h = &fx->docs[i].norm;
        for (size_t at = 0; norm.len <= h->len && at + norm.len <= h->len; at++)
            if (memcmp(h->data + at, norm.data, norm.len) == 0) {
                set |= 1ull << i;
                break;
            }
    }
    ps_buf_release(&norm);
    return set;
}

static uint64_t searched(const fixture *fx, const char *query)
{
    ps_error err;
    ps_search_request req;
    ps_search_request_init(&req);
    req.query = query;
    req.all = 1;
    req.limit = MAX_DOCS;
    req.max_snippets = 0;
    ps_result *r = NULL;
    if (ps_search(fx->s, &req, &r, &err))
        fail_msg("search %s failed: %s", query, err.msg);
    assert_int_equal(ps_result_total(r), ps_result_size(r));
    uint64_t set = 0;
    for (size_t i = 0; i < ps_result_size(r); i++)
        for (size_t k = 0; k < fx->ndocs; k++)
            if (strcmp(ps_result_hit(r, i)->rec.id, fx->docs[k].id) == 0)
                set |= 1ull << k;
    ps_result_free(r);
    return set;
}

static void test_phrases_find_exactly_the_plans_containing_them(void **state)
{
    fixture *fx = *state;
    uint32_t seed = 20121;
    unsigned asked = 0, found = 0, in_several = 0, absent = 0, wrong = 0;
    while (asked < QUERIES) {
        ps_buf q = PS_BUF_INIT;
        int rc = PS_OK;
        ps_buf_puts(&rc, &q, "\"");
        const doc *d = &fx->docs[next_rand(&seed) % fx->ndocs];
        int ok = sample_piece(fx, d, &seed, 8, &q);
        if (ok && asked % 4 == 3) /* a join across plans: mostly absent */
            ok = sample_piece(fx, &fx->docs[next_rand(&seed) % fx->ndocs], &seed, 3, &q);
        size_t phrase_len = q.len - 1;
        ps_buf_puts(&rc, &q, "\"");
        if (!ok || rc) {
            ps_buf_release(&q);
            continue;
        }
        asked++;
        uint64_t want = brute_force(fx, q.data + 1, phrase_len);
        uint64_t got = searched(fx, q.data);
        if (got != want && wrong++ < 10)
            print_error("%s: searched %#llx, brute force %#llx\n", q.data,
                        (unsigned long long)got, (unsigned long long)want);
        found += want != 0;
        in_several += (want & (want - 1)) != 0;
        absent += want == 0;
        ps_buf_release(&q);
    }
    print_message("%u phrases: %u found (%u in several plans), %u absent, %u wrong\n",
                  asked, found, in_several, absent, wrong);
    assert_int_equal(wrong, 0);
    /* the sample must exercise both answers */
    assert_true(found > QUERIES / 2);
    assert_true(in_several > QUERIES / 10);
    assert_true(absent > QUERIES / 20);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_phrases_find_exactly_the_plans_containing_them),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
