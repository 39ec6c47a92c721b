/* UTF-8 decoding: every byte sequence decodes, invalid bytes one at a time. */
#include "ps_cjk.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

struct decode_row {
    const char *name;
    const char *bytes;
    size_t n;
    uint32_t cp;  /* expected first code point */
    size_t used;  /* bytes consumed */
};

#define ROW(name, s, cp, used) {name, s, sizeof(s) - 1, cp, used}

static const struct decode_row decode_rows[] = {
    ROW("ascii", "A", 'A', 1),
    ROW("nul", "\0x", 0, 1),
    ROW("2-byte", "\xC3\xA9", 0xE9, 2),
    ROW("3-byte han", "\xE5\xB7\xA5", 0x5DE5, 3),
    ROW("4-byte ext B", "\xF0\xA0\x80\x80", 0x20000, 4),
    ROW("max", "\xF4\x8F\xBF\xBF", 0x10FFFF, 4),
    ROW("stray continuation", "\x80\xE5", PS_UTF8_INVALID, 1),
    ROW("overlong 2-byte", "\xC0\xAF", PS_UTF8_INVALID, 1),
    ROW("overlong 3-byte", "\xE0\x80\xAF", PS_UTF8_INVALID, 1),
    ROW("overlong 4-byte", "\xF0\x80\x80\xAF", PS_UTF8_INVALID, 1),
    ROW("surrogate", "\xED\xA0\x80", PS_UTF8_INVALID, 1),
    ROW("above U+10FFFF", "\xF4\x90\x80\x80", PS_UTF8_INVALID, 1),
    ROW("F5 lead", "\xF5\x80\x80\x80", PS_UTF8_INVALID, 1),
    ROW("truncated 3-byte", "\xE5\xB7", PS_UTF8_INVALID, 1),
    ROW("truncated 4-byte", "\xF0\xA0\x80", PS_UTF8_INVALID, 1),
    ROW("bad continuation", "\xE5\x41\xA5", PS_UTF8_INVALID, 1),
    ROW("FF byte", "\xFF", PS_UTF8_INVALID, 1),
};

static void test_decode_table(void **state)
{
    size_t i;
    (void)state;

    for (i = 0; i < sizeof decode_rows / sizeof decode_rows[0]; i++) {
        const struct decode_row *r = &decode_rows[i];
        uint32_t cp = 0;
        size_t used;

        print_message("decode: %s\n", r->name);
        used = ps_utf8_decode(r->bytes, r->n, &cp);
        assert_int_equal(used, r->used);
        assert_int_equal(cp, r->cp);
    }
}

/* The decoder is told the length: it must not read past n. */
static void test_decode_respects_length(void **state)
{
    uint32_t cp;
    (void)state;

    assert_int_equal(ps_utf8_decode("\xE5\xB7\xA5", 2, &cp), 1);
    assert_int_equal(cp, PS_UTF8_INVALID);
    assert_int_equal(ps_utf8_decode("\xE5\xB7\xA5", 3, &cp), 3);
    assert_int_equal(cp, 0x5DE5);
}

static void test_encode_roundtrip(void **state)
{
    static const uint32_t cps[] = {0, 'a', 0x7F, 0x80, 0x7FF, 0x800, 0x5DE5,
                                   0xFFFD, 0xFFFF, 0x10000, 0x2A6D6,
                                   0x10FFFF};
    size_t i;
    (void)state;

    for (i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        char buf[4];
        uint32_t back;
        size_t n = ps_utf8_encode(cps[i], buf);

        assert_in_range(n, 1, 4);
        assert_int_equal(ps_utf8_decode(buf, n, &back), n);
        assert_int_equal(back, cps[i]);
    }
}

static void test_length(void **state)
{
    (void)state;
    assert_int_equal(ps_utf8_length("", 0), 0);
    assert_int_equal(ps_utf8_length("ab", 2), 2);
    assert_int_equal(ps_utf8_length("工会", 6), 2);
    /* Invalid bytes count one each: 工, FF, FE, 会 and a truncated lead. */
    assert_int_equal(ps_utf8_length("工\xFF\xFE会\xE5", 9), 5);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_table),
        cmocka_unit_test(test_decode_respects_length),
        cmocka_unit_test(test_encode_roundtrip),
        cmocka_unit_test(test_length),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
