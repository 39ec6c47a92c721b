/*
 * common/: the growable buffer keeps its invariants after every operation
 * (as git's u-strbuf.c checks with assert_sane_strbuf), and status codes
 * have names and messages.
 */
#include "ps_buf.h"
#include "ps_status.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

static void assert_sane_buf(const ps_buf *b)
{
    if (!b->data) {
        assert_int_equal(b->len, 0);
        assert_int_equal(b->cap, 0);
        return;
    }
    assert_true(b->len < b->cap);
    assert_int_equal(b->data[b->len], '\0');
}

static void test_buf_appends(void **state)
{
    (void)state;
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    assert_sane_buf(&b);
    ps_buf_reserve(&rc, &b, 10);
    assert_sane_buf(&b);
    ps_buf_puts(&rc, &b, "工会");
    assert_sane_buf(&b);
    ps_buf_putc(&rc, &b, ' ');
    ps_buf_printf(&rc, &b, "%d年", 2012);
    assert_sane_buf(&b);
    for (int i = 0; i < 1000; i++)
        ps_buf_append(&rc, &b, "ab", 2);
    assert_sane_buf(&b);
    assert_int_equal(rc, PS_OK);
    assert_int_equal(b.len, strlen("工会 2012年") + 2000);
    assert_memory_equal(b.data, "工会 2012年ab", strlen("工会 2012年ab"));
    ps_buf_reset(&b);
    assert_sane_buf(&b);
    assert_int_equal(b.len, 0);
    size_t len = 99;
    ps_buf_puts(&rc, &b, "x");
    char *s = ps_buf_detach(&b, &len);
    assert_sane_buf(&b);
    assert_null(b.data);
    assert_string_equal(s, "x");
    assert_int_equal(len, 1);
    free(s);
    ps_buf_release(&b);
}

static void test_buf_sticky_rc(void **state)
{
    (void)state;
    int rc = PS_ENOMEM;
    ps_buf b = PS_BUF_INIT;
    ps_buf_puts(&rc, &b, "ignored");
    assert_null(b.data);
    assert_int_equal(rc, PS_ENOMEM);
    rc = PS_OK;
    ps_buf_reserve(&rc, &b, (size_t)-1 / 2 + 1); /* absurd size: refused */
    assert_int_equal(rc, PS_ENOMEM);
    assert_sane_buf(&b);
    char *empty = ps_buf_detach(&b, NULL);
    assert_string_equal(empty, "");
    free(empty);
}

static void test_status_names(void **state)
{
    (void)state;
    assert_string_equal(ps_status_name(PS_EQUERY), "PS_EQUERY");
    assert_string_equal(ps_status_text(PS_EINDEX_LOCKED), "index is locked by another writer");
    assert_string_equal(ps_status_name(12345), "PS_UNKNOWN");
    ps_error err;
    assert_int_equal(ps_error_set(&err, PS_EIO, "cannot read '%s'", "a.txt"), PS_EIO);
    assert_int_equal(err.code, PS_EIO);
    assert_string_equal(err.msg, "cannot read 'a.txt'");
    ps_error_clear(&err);
    assert_int_equal(err.code, PS_OK);
    assert_string_equal(err.msg, "");
    assert_int_equal(ps_error_set(NULL, PS_EINVAL, "x"), PS_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_buf_appends),
        cmocka_unit_test(test_buf_sticky_rc),
        cmocka_unit_test(test_status_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
