/*
 * Indexing runs on real small folders and real Xapian indexes: what a
 * re-run adds, updates, leaves alone and removes; the writers' lock and its
 * message; a transaction that is not committed leaves nothing; the check
 * finds a document the indexer would never write; an index of an older
 * format is rebuilt; files a reader would read differently are read again.
 */
#include "ps_index.h"
#include "psx.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/capability.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cmocka.h>

static char dir[256], docs[300], db[300];
static ps_cjk *cjk;
static ps_gazetteer *gaz;
static ps_reader *reader;

static int group_setup(void **state)
{
    (void)state;
    ps_error err;
    snprintf(dir, sizeof dir, "%s/ps-index-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(dir))
        return -1;
    if (ps_cjk_new(&cjk, &err) || ps_gazetteer_new(&gaz, &err) ||
        ps_reader_new(cjk, &reader, &err))
        return -1;
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    ps_reader_free(reader);
    ps_gazetteer_free(gaz);
    ps_cjk_free(cjk);
    return system(cmd) == 0 ? 0 : -1;
}

/* A fresh folder of plans and a fresh index path for each test. */
static int fresh(void **state)
{
    static int n;
    (void)state;
    n++;
    snprintf(docs, sizeof docs, "%s/docs%d", dir, n);
    snprintf(db, sizeof db, "%s/db%d", dir, n);
    return mkdir(docs, 0777) == 0 && mkdir(db, 0777) == 0 ? 0 : -1;
}

static void put(const char *name, const char *text)
{
    char path[400];
    snprintf(path, sizeof path, "%s/%s", docs, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

typedef struct warned {
    int count;
    char last[600];
} warned;

static void on_warn(void *ctx, const char *path, int reason, const char *message)
{
    warned *w = ctx;
    (void)path, (void)reason;
    w->count++;
    snprintf(w->last, sizeof w->last, "%s", message);
}

/* One run over docs/ into db/; returns the counts. */
static ps_index_counts run(int keep_missing, warned *w)
{
    ps_error err;
    ps_indexer *ix = NULL;
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &ix, &err), PS_OK);
    ps_index_opts o;
    memset(&o, 0, sizeof o);
    o.keep_missing = keep_missing;
    o.warn = on_warn;
    o.ctx = w;
    ps_index_counts c;
    const char *roots[] = {docs};
    int rc = ps_index_run(ix, reader, roots, 1, &o, &c, &err);
    if (rc)
        fail_msg("run failed: %s", err.msg);
    ps_indexer_close(ix);
    return c;
}

static unsigned doccount(void)
{
    ps_error err;
    psx_db *x = NULL;
    unsigned n = 0;
    assert_int_equal(psx_db_open(db, PSX_OPEN_READ, &x, &err), PS_OK);
    assert_int_equal(psx_db_doccount(x, &n, &err), PS_OK);
    psx_db_close(x);
    return n;
}

static void test_rerun_adds_updates_keeps_removes(void **state)
{
    (void)state;
    warned w = {0, ""};
    put("a.txt", "2012年工会工作要点\n推进集体协商。\n");
    put("b.txt", "2013年工会工作要点\n建设职工之家。\n");
    ps_index_counts c = run(0, &w);
    assert_int_equal(c.added, 2);
    assert_int_equal(c.docs, 2);

    c = run(0, &w);
    assert_int_equal(c.added + c.updated + c.removed, 0);
    assert_int_equal(c.unchanged, 2);
    assert_int_equal(c.commits, 0); /* nothing changed, nothing written */

    put("a.txt", "2012年工会工作要点\n推进工资集体协商。\n");
    put("c.txt", "2014年工会工作要点\n开展劳动竞赛。\n");
    char path[400];
    snprintf(path, sizeof path, "%s/b.txt", docs);
    unlink(path);
    c = run(1, &w);
    assert_int_equal(c.added, 1);
    assert_int_equal(c.updated, 1);
    assert_int_equal(c.removed, 0); /* keep_missing */
    assert_int_equal(doccount(), 3);
    c = run(0, &w);
    assert_int_equal(c.removed, 1);
    assert_int_equal(c.unchanged, 2);
    assert_int_equal(doccount(), 2);
    assert_int_equal(w.count, 0);

    ps_check_summary s;
    ps_error err;
    assert_int_equal(ps_index_check(db, NULL, NULL, &s, &err), PS_OK);
    assert_int_equal(s.problems, 0);
    assert_int_equal(s.docs, 2);
    assert_int_equal(s.files, 2);
}

/*
 * Root reads everything because of two capabilities; with them out of its
 * effective set it obeys file modes like anyone, so the test runs as root
 * too (and as root cannot be skipped, which ctest would count as a pass).
 * 0, or -1 when the capabilities cannot be changed.
 */
static int dac_override(int on)
{
    struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
    struct __user_cap_data_struct d[2];
    if (syscall(SYS_capget, &h, d) != 0)
        return -1;
    uint32_t bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);
    if (on)
        d[0].effective |= bits & d[0].permitted;
    else
        d[0].effective &= ~bits;
    return (int)syscall(SYS_capset, &h, d);
}

static void test_unreadable_folder_is_not_gone(void **state)
{
    (void)state;
    int root = geteuid() == 0;
    if (root && dac_override(0) != 0)
        fail_msg("cannot drop CAP_DAC_OVERRIDE to test unreadable folders as root");
    warned w = {0, ""};
    char sub[400];
    snprintf(sub, sizeof sub, "%s/sub", docs);
    mkdir(sub, 0777);
    put("sub/x.txt", "2012年工会工作要点\n推进集体协商。\n");
    ps_index_counts c = run(0, &w);
    assert_int_equal(c.added, 1);
    chmod(sub, 0);
    c = run(0, &w);
    chmod(sub, 0777);
    if (root)
        dac_override(1);
    assert_int_equal(c.removed, 0);
    assert_int_equal(c.skipped, 1);
    assert_non_null(strstr(w.last, sub));
    assert_int_equal(doccount(), 1);
}

static void test_empty_file_is_named(void **state)
{
    (void)state;
    warned w = {0, ""};
    put("empty.txt", "");
    ps_index_counts c = run(0, &w);
    assert_int_equal(c.skipped, 1);
    assert_int_equal(c.skipped_by[PS_SKIP_EMPTY], 1);
    assert_non_null(strstr(w.last, "empty.txt"));
}

static void test_second_writer_is_told_the_pid(void **state)
{
    (void)state;
    ps_error err;
    ps_indexer *a = NULL, *b = (ps_indexer *)1;
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &a, &err), PS_OK);
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &b, &err), PS_EINDEX_LOCKED);
    assert_null(b);
    char want[400];
    snprintf(want, sizeof want, "index '%s' is being updated by PID %ld", db, (long)getpid());
    assert_string_equal(err.msg, want);
    ps_indexer_close(a);
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &b, &err), PS_OK);
    ps_indexer_close(b);
}

static void test_uncommitted_transaction_leaves_nothing(void **state)
{
    (void)state;
    warned w = {0, ""};
    put("a.txt", "2012年工会工作要点\n推进集体协商。\n");
    run(0, &w);
    ps_error err;
    ps_indexer *ix = NULL;
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &ix, &err), PS_OK);
    assert_int_equal(ps_indexer_begin(ix, &err), PS_OK);
    assert_int_equal(ps_indexer_remove_file(ix, "a.txt", &err), PS_OK);
    ps_indexer_close(ix); /* as if killed: no commit */
    assert_int_equal(doccount(), 1);
}

static void test_check_finds_a_document_without_file_term(void **state)
{
    (void)state;
    warned w = {0, ""};
    put("a.txt", "2012年工会工作要点\n推进集体协商。\n");
    run(0, &w);
    /* a document with a record but no file term, written behind our back */
    ps_error err;
    psx_db *x = NULL;
    psx_doc *d = NULL;
    assert_int_equal(psx_db_open(db, PSX_OPEN_WRITE, &x, &err), PS_OK);
    assert_int_equal(psx_doc_new(&d, &err), PS_OK);
    ps_plan p;
    memset(&p, 0, sizeof p);
    p.id = "stray";
    p.body = "x";
    p.body_len = 1;
    ps_buf rec = PS_BUF_INIT;
    int rc = PS_OK;
    ps_docrec_encode(&p, &rc, &rec);
    assert_int_equal(psx_doc_set_data(d, rec.data, rec.len, &err), PS_OK);
    assert_int_equal(psx_doc_add_boolean(d, "Qstray", 6, &err), PS_OK);
    assert_int_equal(psx_db_replace(x, "Qstray", d, &err), PS_OK);
    assert_int_equal(psx_db_commit(x, &err), PS_OK);
    psx_doc_free(d);
    psx_db_close(x);
    ps_buf_release(&rec);
    ps_check_summary s;
    assert_int_equal(ps_index_check(db, NULL, NULL, &s, &err), PS_OK);
    assert_int_equal(s.docs, 2);
    assert_true(s.problems >= 1);
}

static void test_older_format_is_rebuilt(void **state)
{
    (void)state;
    warned w = {0, ""};
    put("a.txt", "2012年工会工作要点\n推进集体协商。\n");
    put("b.txt", "2013年工会工作要点\n建设职工之家。\n");
    run(0, &w);
    /* as an earlier plansearch left it: its terms are not ours */
    ps_error err;
    psx_db *x = NULL;
    assert_int_equal(psx_db_open(db, PSX_OPEN_WRITE, &x, &err), PS_OK);
    assert_int_equal(psx_db_set_metadata(x, PS_META_FORMAT, "1", &err), PS_OK);
    assert_int_equal(psx_db_commit(x, &err), PS_OK);
    psx_db_close(x);

    ps_indexer *ix = NULL;
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &ix, &err), PS_OK);
    assert_true(ps_indexer_upgraded(ix));
    ps_index_opts o;
    memset(&o, 0, sizeof o);
    o.warn = on_warn;
    o.ctx = &w;
    ps_index_counts c;
    const char *roots[] = {docs};
    assert_int_equal(ps_index_run(ix, reader, roots, 1, &o, &c, &err), PS_OK);
    ps_indexer_close(ix);
    /* every file read again, none kept from the old index */
    assert_int_equal(c.added, 2);
    assert_int_equal(c.unchanged, 0);
    assert_int_equal(doccount(), 2);

    /* and the next run finds the index current */
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &ix, &err), PS_OK);
    assert_false(ps_indexer_upgraded(ix));
    ps_indexer_close(ix);
    assert_int_equal(run(0, &w).unchanged, 2);
}

/*
 * A reader that reads differently (here: with OCR, which recognises what a
 * plain one skips; likewise a plansearch with newer rules) finds every file
 * changed, and reads it again; the same reader then finds them unchanged.
 */
static void test_other_reader_reads_again(void **state)
{
    (void)state;
    warned w = {0, ""};
    put("a.txt", "2012年工会工作要点\n推进集体协商。\n");
    put("b.txt", "2013年工会工作要点\n建设职工之家。\n");
    assert_int_equal(run(0, &w).added, 2);
    assert_int_equal(run(0, &w).unchanged, 2);

    const char *plain = ps_reader_version(reader);
    assert_true(strlen(plain) >= 12);
    ps_reader_set_ocr(reader, 1);
    assert_string_not_equal(ps_reader_version(reader), plain);
    ps_index_counts c = run(0, &w);
    ps_reader_set_ocr(reader, 0);
    assert_int_equal(c.updated, 2);
    assert_int_equal(c.unchanged, 0);
    assert_int_equal(doccount(), 2);

    c = run(0, &w);
    assert_int_equal(c.updated, 2); /* back to the plain reader: read again */
    assert_int_equal(run(0, &w).unchanged, 2);
    assert_int_equal(w.count, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup(test_rerun_adds_updates_keeps_removes, fresh),
        cmocka_unit_test_setup(test_unreadable_folder_is_not_gone, fresh),
        cmocka_unit_test_setup(test_empty_file_is_named, fresh),
        cmocka_unit_test_setup(test_second_writer_is_told_the_pid, fresh),
        cmocka_unit_test_setup(test_uncommitted_transaction_leaves_nothing, fresh),
        cmocka_unit_test_setup(test_check_finds_a_document_without_file_term, fresh),
        cmocka_unit_test_setup(test_older_format_is_rebuilt, fresh),
        cmocka_unit_test_setup(test_other_reader_reads_again, fresh),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
