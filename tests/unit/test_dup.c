/*
 * Near-duplicate folding: the banded folder keeps exactly the plans that
 * comparing with every kept plan keeps, and folds each copy into the same
 * (first) kept plan.
 */
#include "search_int.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>

/* xorshift64*: deterministic fingerprints */
static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

/* Flip k distinct random bits of fp. */
static uint64_t flip_bits(uint64_t fp, int k, uint64_t *s)
{
    uint64_t mask = 0;
    while (__builtin_popcountll(mask) < k)
        mask |= 1ull << (next_rand(s) % 64);
    return fp ^ mask;
}

static void test_folder_matches_brute_force(void **state)
{
    (void)state;
    enum { N = 4000 };
    static uint64_t fps[N];
    uint64_t seed = 88172645463325252ull;
    /* a few hundred originals, and copies of them 0..9 bits away */
    for (size_t i = 0; i < N; i++) {
        if (i < 300 || next_rand(&seed) % 3 == 0)
            fps[i] = next_rand(&seed);
        else
            fps[i] = flip_bits(fps[next_rand(&seed) % i], (int)(next_rand(&seed) % 10), &seed);
    }
    psd_folder *f = NULL;
    assert_int_equal(psd_folder_new(&f), PS_OK);
    static uint64_t kept[N];
    size_t nkept = 0, folded = 0;
    for (size_t i = 0; i < N; i++) {
        long brute = -1;
        for (size_t j = 0; j < nkept && brute < 0; j++)
            if (psd_near(kept[j], fps[i]))
                brute = (long)j;
        long banded = psd_folder_find(f, fps[i]);
        assert_int_equal(banded, brute);
        if (brute >= 0) {
            folded++;
            continue;
        }
        assert_int_equal(psd_folder_keep(f, fps[i]), PS_OK);
        kept[nkept++] = fps[i];
    }
    printf("# %zu kept, %zu folded\n", nkept, folded);
    /* the data must exercise both outcomes for the comparison to mean anything */
    assert_true(folded > 500);
    assert_true(nkept > 500);
    psd_folder_free(f);
    psd_folder_free(NULL);
}

static void test_near_threshold(void **state)
{
    (void)state;
    uint64_t a = 0x0123456789abcdefull;
    uint64_t within = (1ull << PSD_MAX_BITS) - 1; /* PSD_MAX_BITS low bits */
    assert_true(psd_near(a, a ^ within));
    assert_false(psd_near(a, a ^ (within << 1 | 1))); /* one bit more */
    uint64_t v;
    assert_true(psd_parse("0123456789abcdef", 16, &v));
    assert_true(v == a);
    assert_false(psd_parse("0123456789abcdeg", 16, &v));
    assert_false(psd_parse("", 0, &v));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folder_matches_brute_force),
        cmocka_unit_test(test_near_threshold),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
