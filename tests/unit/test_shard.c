/*
 * Shards (plansearch index --shard I/N): the documented hash, the argument's
 * validation, and indexing runs that keep to their shard: N shards of one
 * folder hold every file exactly once, a re-run keeps the recorded shard,
 * and another --shard moves the index to that shard.
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
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#define NFILES 24

static char dir[256];
static ps_cjk *cjk;
static ps_gazetteer *gaz;
static ps_reader *reader;

static int group_setup(void **state)
{
    (void)state;
    ps_error err;
    snprintf(dir, sizeof dir, "%s/ps-shard-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(dir))
        return -1;
    char path[400];
    snprintf(path, sizeof path, "%s/docs", dir);
    if (mkdir(path, 0777) != 0)
        return -1;
    for (int i = 0; i < NFILES; i++) {
        snprintf(path, sizeof path, "%s/docs/plan%02d.txt", dir, i);
        FILE *f = fopen(path, "w");
        if (!f)
            return -1;
        fprintf(f, "%d年工会工作要点\n一、深化集体协商，第%d项任务。\n", 2000 + i, i);
        fclose(f);
    }
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

/* The formula the README gives: FNV-1a 64 of the id, mod N, plus one. */
static void test_shard_of_is_fnv1a64(void **state)
{
    (void)state;
    /* published FNV-1a 64 test vectors: "" and "a" */
    const uint64_t empty = 0xcbf29ce484222325ull, a = 0xaf63dc4c8601ec8cull;
    for (unsigned n = 1; n <= 40; n++) {
        assert_int_equal(ps_shard_of("", n), (unsigned)(empty % n) + 1);
        assert_int_equal(ps_shard_of("a", n), (unsigned)(a % n) + 1);
    }
}

static void test_parse(void **state)
{
    (void)state;
    static const struct {
        const char *arg;
        int ok;
        unsigned i, n;
    } cases[] = {
        {"1/2", 1, 1, 2},   {"2/2", 1, 2, 2},  {"1/1", 1, 1, 1},   {"7/65536", 1, 7, 65536},
        {"3/2", 0, 0, 0},   {"0/2", 0, 0, 0},  {"1/0", 0, 0, 0},   {"2", 0, 0, 0},
        {"1/2/3", 0, 0, 0}, {"/2", 0, 0, 0},   {"1/", 0, 0, 0},    {"-1/2", 0, 0, 0},
        {"1/65537", 0, 0, 0}, {"a/b", 0, 0, 0}, {"", 0, 0, 0},     {"1 /2", 0, 0, 0},
        {"99999999999999999999/2", 0, 0, 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        ps_error err;
        ps_error_clear(&err);
        unsigned i = 0, n = 0;
        int rc = ps_shard_parse(cases[k].arg, &i, &n, &err);
        if (cases[k].ok) {
            assert_int_equal(rc, PS_OK);
            assert_int_equal(i, cases[k].i);
            assert_int_equal(n, cases[k].n);
        } else {
            assert_int_equal(rc, PS_EINVAL);
            char want[64];
            snprintf(want, sizeof want, "invalid --shard '%s'", cases[k].arg);
            if (!strstr(err.msg, want))
                fail_msg("'%s': message '%s' does not name the argument", cases[k].arg,
                         err.msg);
        }
    }
}

/* One run over docs/ into dbname with the given shard (0 of 0: as recorded). */
static ps_index_counts run(const char *dbname, unsigned shard, unsigned shards)
{
    char db[400], docs[400];
    snprintf(db, sizeof db, "%s/%s", dir, dbname);
    snprintf(docs, sizeof docs, "%s/docs", dir);
    mkdir(db, 0777);
    ps_error err;
    ps_indexer *ix = NULL;
    assert_int_equal(ps_indexer_open(db, 0, cjk, gaz, &ix, &err), PS_OK);
    ps_index_opts o;
    memset(&o, 0, sizeof o);
    o.shard = shard;
    o.shards = shards;
    ps_index_counts c;
    const char *roots[] = {docs};
    int rc = ps_index_run(ix, reader, roots, 1, &o, &c, &err);
    if (rc)
        fail_msg("run failed: %s", err.msg);
    ps_indexer_close(ix);
    return c;
}

/* Does the index hold plan%02d.txt? */
static int holds(const char *dbname, int i)
{
    char db[400], term[64];
    snprintf(db, sizeof db, "%s/%s", dir, dbname);
    snprintf(term, sizeof term, "%splan%02d.txt", PS_PREFIX_ID, i);
    ps_error err;
    psx_db *x = NULL;
    unsigned n = 0;
    assert_int_equal(psx_db_open(db, PSX_OPEN_READ, &x, &err), PS_OK);
    assert_int_equal(psx_db_termfreq(x, term, strlen(term), &n, &err), PS_OK);
    psx_db_close(x);
    return n > 0;
}

static void test_shards_split_a_folder(void **state)
{
    (void)state;
    unsigned added = 0;
    for (unsigned s = 1; s <= 3; s++) {
        char name[16];
        snprintf(name, sizeof name, "s%u", s);
        ps_index_counts c = run(name, s, 3);
        assert_true(c.added > 0); /* 24 ids over 3 shards: none empty */
        assert_int_equal(c.removed, 0);
        added += c.added;
    }
    assert_int_equal(added, NFILES);
    for (int i = 0; i < NFILES; i++) {
        char id[32];
        snprintf(id, sizeof id, "plan%02d.txt", i);
        unsigned want = ps_shard_of(id, 3);
        assert_int_equal(holds("s1", i) + holds("s2", i) + holds("s3", i), 1);
        char name[16];
        snprintf(name, sizeof name, "s%u", want);
        assert_true(holds(name, i));
    }
}

static void test_rerun_keeps_then_reshards(void **state)
{
    (void)state;
    ps_index_counts first = run("r", 2, 3);
    /* no --shard: the recorded one, so nothing is added and nothing is gone */
    ps_index_counts again = run("r", 0, 0);
    assert_int_equal(again.added, 0);
    assert_int_equal(again.removed, 0);
    assert_int_equal(again.unchanged, first.added);
    /* another shard: its files come in, the others leave */
    run("r", 1, 2);
    for (int i = 0; i < NFILES; i++) {
        char id[32];
        snprintf(id, sizeof id, "plan%02d.txt", i);
        assert_int_equal(holds("r", i), ps_shard_of(id, 2) == 1);
    }
    /* 1/1: the whole folder again, and it stays whole */
    run("r", 1, 1);
    ps_index_counts whole = run("r", 0, 0);
    assert_int_equal(whole.unchanged, NFILES);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shard_of_is_fnv1a64),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_shards_split_a_folder),
        cmocka_unit_test(test_rerun_keeps_then_reshards),
    };
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
