/*
 * The Xapian boundary: real failures come back as status codes with
 * messages, never as exceptions or aborts (as notmuch's T560-lib-error does).
 */
#include "psx.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[256];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "%s/psx-test-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void add_doc(psx_db *db, const char *id, const char *term, unsigned pos)
{
    ps_error err;
    psx_doc *doc = NULL;
    assert_int_equal(psx_doc_new(&doc, &err), PS_OK);
    assert_int_equal(psx_doc_add_posting(doc, term, strlen(term), pos, &err), PS_OK);
    assert_int_equal(psx_doc_add_boolean(doc, id, strlen(id), &err), PS_OK);
    assert_int_equal(psx_doc_set_data(doc, id, strlen(id), &err), PS_OK);
    assert_int_equal(psx_doc_set_value_number(doc, 0, 2012, &err), PS_OK);
    assert_int_equal(psx_db_replace(db, id, doc, &err), PS_OK);
    psx_doc_free(doc);
}

static void test_missing_index_is_not_found(void **state)
{
    (void)state;
    char path[300];
    snprintf(path, sizeof path, "%s/none", dir);
    psx_db *db = (psx_db *)1;
    ps_error err;
    assert_int_equal(psx_db_open(path, PSX_OPEN_READ, &db, &err), PS_EINDEX_NOTFOUND);
    assert_null(db);
    assert_non_null(strstr(err.msg, "cannot open index"));
}

static void test_write_read_search(void **state)
{
    (void)state;
    char path[300];
    snprintf(path, sizeof path, "%s/db", dir);
    ps_error err;
    psx_db *db = NULL;
    assert_int_equal(psx_db_open(path, PSX_OPEN_WRITE, &db, &err), PS_OK);
    add_doc(db, "Qa", "工会", 1);
    add_doc(db, "Qb", "工会", 3);
    add_doc(db, "Qc", "协商", 1);
    add_doc(db, "Qa", "协商", 2); /* replaces the first */
    assert_int_equal(psx_db_commit(db, &err), PS_OK);
    unsigned n = 0;
    assert_int_equal(psx_db_doccount(db, &n, &err), PS_OK);
    assert_int_equal(n, 3);

    psx_query *q = NULL;
    assert_int_equal(psx_query_term("工会", strlen("工会"), 0, &q, &err), PS_OK);
    psx_search_opts o;
    psx_search_opts_init(&o);
    psx_mset *m = NULL;
    assert_int_equal(psx_db_search(db, q, &o, &m, &err), PS_OK);
    assert_int_equal(psx_mset_matches(m), 1);
    psx_hit h;
    assert_int_equal(psx_mset_hit(m, 0, &h, &err), PS_OK);
    assert_int_equal(h.data_len, 2);
    assert_memory_equal(h.data, "Qb", 2);
    assert_int_equal(psx_mset_hit(m, 1, &h, &err), PS_EINVAL);
    psx_mset_free(m);
    psx_query_free(q);

    char *data = NULL;
    size_t len = 0;
    assert_int_equal(psx_db_get_data(db, "Qc", &data, &len, &err), PS_OK);
    assert_string_equal(data, "Qc");
    free(data);
    assert_int_equal(psx_db_get_data(db, "Qzz", &data, &len, &err), PS_DONE);
    assert_null(data);
    psx_db_close(db);
}

static void test_second_writer_is_locked(void **state)
{
    (void)state;
    char path[300];
    snprintf(path, sizeof path, "%s/locked", dir);
    ps_error err;
    psx_db *a = NULL, *b = NULL;
    assert_int_equal(psx_db_open(path, PSX_OPEN_WRITE, &a, &err), PS_OK);
    assert_int_equal(psx_db_open(path, PSX_OPEN_WRITE, &b, &err), PS_EINDEX_LOCKED);
    assert_null(b);
    assert_non_null(strstr(err.msg, "Lock"));
    psx_db_close(a);
}

static void test_corrupt_index_is_reported(void **state)
{
    (void)state;
    char path[300], file[400];
    snprintf(path, sizeof path, "%s/corrupt", dir);
    ps_error err;
    psx_db *db = NULL;
    assert_int_equal(psx_db_open(path, PSX_OPEN_WRITE, &db, &err), PS_OK);
    for (int i = 0; i < 50; i++) {
        char id[16];
        snprintf(id, sizeof id, "Q%d", i);
        add_doc(db, id, "工会", (unsigned)i + 1);
    }
    assert_int_equal(psx_db_commit(db, &err), PS_OK);
    psx_db_close(db);
    /* overwrite the postlist table with garbage, as a failing disk might */
    snprintf(file, sizeof file, "%s/postlist.glass", path);
    int fd = open(file, O_WRONLY);
    assert_true(fd >= 0);
    char junk[8192];
    memset(junk, 0x5a, sizeof junk);
    assert_int_equal(write(fd, junk, sizeof junk), (ssize_t)sizeof junk);
    close(fd);

    int rc = psx_db_open(path, PSX_OPEN_READ, &db, &err);
    if (rc == PS_OK) {
        /* glass may open lazily: the damage must show on first use */
        psx_query *q = NULL;
        assert_int_equal(psx_query_term("工会", strlen("工会"), 0, &q, &err), PS_OK);
        psx_search_opts o;
        psx_search_opts_init(&o);
        psx_mset *m = NULL;
        rc = psx_db_search(db, q, &o, &m, &err);
        psx_query_free(q);
        psx_mset_free(m);
        psx_db_close(db);
    }
    assert_true(rc == PS_EINDEX_CORRUPT || rc == PS_EINDEX);
    assert_true(strlen(err.msg) > 0);
}

static void test_invalid_arguments(void **state)
{
    (void)state;
    ps_error err;
    psx_query *q = NULL;
    char longterm[300];
    memset(longterm, 'a', sizeof longterm);
    assert_int_equal(psx_query_term(longterm, sizeof longterm, 0, &q, &err), PS_EQUERY);
    assert_null(q);
    assert_int_equal(psx_query_combine(PSX_OP_AND, NULL, 0, 0, &q, &err), PS_EINVAL);
    psx_doc *doc = NULL;
    assert_int_equal(psx_doc_new(&doc, &err), PS_OK);
    assert_int_equal(psx_doc_add_posting(doc, "", 0, 1, &err), PS_EINVAL);
    psx_doc_free(doc);
    psx_doc_free(NULL);
    psx_db_close(NULL);
    psx_query_free(NULL);
    psx_mset_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_missing_index_is_not_found),
        cmocka_unit_test(test_write_read_search),
        cmocka_unit_test(test_second_writer_is_locked),
        cmocka_unit_test(test_corrupt_index_is_reported),
        cmocka_unit_test(test_invalid_arguments),
    };
    return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
