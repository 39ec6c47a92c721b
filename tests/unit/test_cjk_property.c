/*
 * The search contract, checked at the tokenizer level: a query's phrase
 * (PS_TOK_QUERY) occurs at consecutive slots of a document's index stream
 * exactly when a brute-force substring search over normalized text finds
 * the normalized query, where a leading or trailing Latin/digit run of the
 * query must match a whole run of the text.
 *
 * Queries are substrings of 1–6 characters sampled deterministically from
 * the five bundled plans, plus strings that are absent or nearly so; each
 * query is checked against every plan.
 */
#include "test_cjk_util.h"

#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#define MAX_DOCS 16

typedef struct doc {
    char *name;
    char *text;
    size_t n;
    size_t *starts; /* byte offset of each character, nchars + 1 entries */
    size_t nchars;
    ps_buf norm;    /* ps_cjk_normalize_for_match(text) */
    tok_list toks;  /* index-mode stream */
    size_t *first;  /* tok_list_index */
    size_t npos;
} doc;

typedef struct fixture {
    ps_cjk *c;
    doc docs[MAX_DOCS];
    size_t ndocs;
} fixture;

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    ps_buf b = PS_BUF_INIT;
    char chunk[8192];
    size_t got;
    int rc = 0;

    if (!f)
        return NULL;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        ps_buf_append(&rc, &b, chunk, got);
    fclose(f);
    return rc ? NULL : ps_buf_detach(&b, n);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int load_doc(fixture *fx, doc *d, const char *path)
{
    uint32_t next = 0, cp;
    size_t i, k;
    int rc = 0;

    d->text = slurp(path, &d->n);
    if (!d->text)
        return -1;
    d->nchars = ps_utf8_length(d->text, d->n);
    d->starts = malloc((d->nchars + 1) * sizeof *d->starts);
    for (i = 0, k = 0; i < d->n; k++) {
        d->starts[k] = i;
        i += ps_utf8_decode(d->text + i, d->n - i, &cp);
    }
    d->starts[k] = d->n;
    ps_cjk_normalize_for_match(fx->c, d->text, d->n, &rc, &d->norm);
    if (rc == 0)
        rc = ps_cjk_tokenize(fx->c, PS_TOK_INDEX, d->text, d->n, 0,
                             tok_list_cb, &d->toks, &next);
    d->npos = (size_t)next + 1;
    d->first = malloc(d->npos * sizeof *d->first);
    if (rc || !d->first)
        return -1;
    tok_list_index(&d->toks, d->first, d->npos);
    return 0;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);
    const char *src = getenv("PS_SOURCE_DIR");
    char dir[4096], path[4200];
    char *names[MAX_DOCS];
    size_t nnames = 0, i;
    struct dirent *de;
    ps_error err;
    DIR *dh;

    if (!src) {
        print_error("PS_SOURCE_DIR is not set (run through ctest)\n");
        return -1;
    }
    snprintf(dir, sizeof dir, "%s/corpus/plans", src);
    if (!fx || ps_cjk_new(&fx->c, &err) != PS_OK)
        return -1;
    dh = opendir(dir);
    if (!dh) {
        print_error("cannot open '%s'\n", dir);
        return -1;
    }
    while ((de = readdir(dh)) && nnames < MAX_DOCS) {
        size_t len = strlen(de->d_name);
        if (len > 4 && strcmp(de->d_name + len - 4, ".txt") == 0)
            names[nnames++] = strdup(de->d_name);
    }
    closedir(dh);
    qsort(names, nnames, sizeof names[0], cmp_str);
    for (i = 0; i < nnames; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        fx->docs[i].name = names[i];
        if (load_doc(fx, &fx->docs[i], path))
            return -1;
        fx->ndocs++;
    }
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    size_t i;

    for (i = 0; i < fx->ndocs; i++) {
        doc *d = &fx->docs[i];
        free(d->name);
        free(d->text);
        free(d->starts);
        free(d->first);
        ps_buf_release(&d->norm);
        tok_list_release(&d->toks);
    }
    ps_cjk_free(fx->c);
    free(fx);
    return 0;
}

/* Class of the (already folded) character starting or ending at s[i]. */
static int class_at(const ps_cjk *c, const char *s, size_t n, size_t i)
{
    uint32_t cp;
    int cls;

    ps_utf8_decode(s + i, n - i, &cp);
    ps_cjk_fold_cp(c, cp, &cls);
    return cls;
}

static int class_before(const ps_cjk *c, const char *s, size_t i)
{
    size_t j = i;

    if (i == 0)
        return PS_CP_BOUNDARY;
    do
        j--;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80);
    return class_at(c, s, i, j);
}

/* memmem is a GNU extension; the build asks for POSIX only. */
static const char *find_bytes(const char *h, size_t hn, const char *n,
                              size_t nn)
{
    size_t i;

    for (i = 0; nn <= hn && i <= hn - nn; i++)
        if (h[i] == n[0] && memcmp(h + i, n, nn) == 0)
            return h + i;
    return NULL;
}

/* The reference: substring search over normalized text, whole Latin runs. */
static int brute_match(const ps_cjk *c, const doc *d, const char *q,
                       size_t qn)
{
    const char *hay = d->norm.data;
    size_t hn = d->norm.len, at = 0;
    int lead_alnum, trail_alnum;

    if (qn == 0 || qn > hn)
        return 0;
    lead_alnum = class_at(c, q, qn, 0) == PS_CP_ALNUM;
    trail_alnum = class_before(c, q, qn) == PS_CP_ALNUM;
    while (at + qn <= hn) {
        const char *hit = find_bytes(hay + at, hn - at, q, qn);
        size_t off;

        if (!hit)
            return 0;
        off = (size_t)(hit - hay);
        if ((!lead_alnum || class_before(c, hay, off) != PS_CP_ALNUM) &&
            (!trail_alnum || off + qn == hn ||
             class_at(c, hay, hn, off + qn) != PS_CP_ALNUM))
            return 1;
        at = off + 1;
    }
    return 0;
}

typedef struct stats {
    size_t queries, checks, found, differ;
} stats;

static void check_query(fixture *fx, const char *q, size_t qn, stats *st)
{
    ps_buf norm = PS_BUF_INIT;
    tok_list ql = {0};
    size_t nb, ne, i;
    int rc = 0;

    if (memchr(q, '~', qn) || find_bytes(q, qn, "～", 3))
        return; /* '~' is the stem operator in queries, not text */
    ps_cjk_normalize_for_match(fx->c, q, qn, &rc, &norm);
    assert_int_equal(rc, PS_OK);
    /* Leading and trailing boundaries are not part of a query. */
    for (nb = 0; nb < norm.len && norm.data[nb] == ' '; nb++)
        ;
    for (ne = norm.len; ne > nb && norm.data[ne - 1] == ' '; ne--)
        ;
    assert_int_equal(ps_cjk_tokenize(fx->c, PS_TOK_QUERY, q, qn, 0,
                                     tok_list_cb, &ql, NULL),
                     PS_OK);
    assert_int_equal(ql.n == 0, ne == nb); /* empty exactly when blank */
    st->queries++;
    for (i = 0; i < fx->ndocs; i++) {
        const doc *d = &fx->docs[i];
        int want = brute_match(fx->c, d, norm.data + nb, ne - nb);
        int got = tok_list_has_phrase(&d->toks, &ql, d->first, d->npos);

        st->checks++;
        st->found += want;
        if (want != got) {
            if (st->differ < 10)
                print_error("differs: query '%.*s' in %s: brute %d, "
                            "tokens %d\n",
                            (int)qn, q, d->name, want, got);
            st->differ++;
        }
    }
    tok_list_release(&ql);
    ps_buf_release(&norm);
}

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1103515245u + 12345u;
    return *s >> 8;
}

static void test_property_bundled(void **state)
{
    fixture *fx = *state;
    static const char *absent[] = {
        "区块链",   "12",       "201",    "app",     "APP",   "十九大",
        "两个普遍", "兩個普遍", "2012年", "２０１２", "工会 ", " 工会",
        "职工之家", "職工之家", "十八大",   "12351平台", "会",    "Internet+",
        "zzz",      "工会工会工会", "，",   "a b",     "年2012", "e",
    };
    uint32_t seed = 20120206;
    stats st = {0, 0, 0, 0};
    size_t i, k;

    assert_int_equal(fx->ndocs, 5);
    for (i = 0; i < sizeof absent / sizeof absent[0]; i++)
        check_query(fx, absent[i], strlen(absent[i]), &st);

    for (i = 0; i < 6000; i++) {
        const doc *d = &fx->docs[lcg(&seed) % fx->ndocs];
        size_t len = 1 + lcg(&seed) % 6, at;
        char q[64];
        size_t qn;

        if (d->nchars < len)
            continue;
        at = lcg(&seed) % (d->nchars - len + 1);
        qn = d->starts[at + len] - d->starts[at];
        if (qn >= sizeof q)
            continue;
        memcpy(q, d->text + d->starts[at], qn);
        check_query(fx, q, qn, &st);

        /* A near miss: the same substring with one character replaced. */
        if (i % 3 == 0) {
            const doc *o = &fx->docs[lcg(&seed) % fx->ndocs];
            size_t oc = lcg(&seed) % o->nchars;
            size_t on = o->starts[oc + 1] - o->starts[oc];
            size_t pick = lcg(&seed) % len, pb = d->starts[at + pick];
            size_t pe = d->starts[at + pick + 1];
            char m[96];
            size_t mn = 0;

            memcpy(m, d->text + d->starts[at], pb - d->starts[at]);
            mn = pb - d->starts[at];
            memcpy(m + mn, o->text + o->starts[oc], on);
            mn += on;
            memcpy(m + mn, d->text + pe, d->starts[at + len] - pe);
            mn += d->starts[at + len] - pe;
            check_query(fx, m, mn, &st);
        }
    }
    /* Every length from the start of each plan's title line. */
    for (i = 0; i < fx->ndocs; i++)
        for (k = 1; k <= 6 && k <= fx->docs[i].nchars; k++)
            check_query(fx, fx->docs[i].text, fx->docs[i].starts[k], &st);

    print_message("property: %zu queries, %zu query×plan checks, %zu found, "
                  "%zu differ\n",
                  st.queries, st.checks, st.found, st.differ);
    assert_true(st.found > st.checks / 10); /* not just absent strings */
    assert_int_equal(st.differ, 0);
}

/*
 * Offsets point back at the original bytes: folding what a unigram, bigram
 * or word covers gives its term, in every plan (traditional one included).
 */
static void test_offsets_fold_to_terms(void **state)
{
    fixture *fx = *state;
    size_t i, k, checked = 0;

    for (i = 0; i < fx->ndocs; i++) {
        const doc *d = &fx->docs[i];
        for (k = 0; k < d->toks.n; k++) {
            const tok_rec *t = &d->toks.v[k];
            ps_buf f = PS_BUF_INIT;
            int rc = 0;

            assert_true(t->start < t->end && t->end <= d->n);
            if (t->flags == PS_TOKF_STEM || t->flags == PS_TOKF_BOUNDARY)
                continue;
            ps_cjk_fold_string(fx->c, d->text + t->start, t->end - t->start,
                               &rc, &f, NULL);
            assert_int_equal(rc, PS_OK);
            assert_int_equal(f.len, t->len);
            assert_memory_equal(f.data, d->toks.terms.data + t->off, t->len);
            ps_buf_release(&f);
            checked++;
        }
    }
    print_message("offsets: %zu tokens fold back to their terms\n", checked);
    assert_true(checked > 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_property_bundled),
        cmocka_unit_test(test_offsets_fold_to_terms),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
