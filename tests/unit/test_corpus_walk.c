/*
 * Walking folders: sorted, recursive, relative paths, hidden entries
 * skipped, symlink loops and non-UTF-8 names reported and skipped, a
 * stopping callback, a single file, a missing root.
 */
#include "ps_corpus.h"

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

typedef struct seen {
    char files[1024];
    char warnings[1024];
    int stop_after; /* stop with 42 after this many files, 0 never */
    int count;
} seen;

static int on_file(void *ctx, const char *path, const char *relpath)
{
    seen *s = ctx;
    (void)path;
    strcat(s->files, relpath);
    strcat(s->files, "|");
    if (s->stop_after && ++s->count == s->stop_after)
        return 42;
    return 0;
}

static void on_warn(void *ctx, const char *path, const char *message)
{
    seen *s = ctx;
    const char *base = strrchr(path, '/');
    snprintf(s->warnings + strlen(s->warnings),
             sizeof s->warnings - strlen(s->warnings), "%s: %s|",
             base ? base + 1 : path, message);
}

static void touch(const char *dir, const char *name)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs("x", f);
    fclose(f);
}

static void test_walk(void **state)
{
    (void)state;
    char root[] = "/tmp/ps_walk_XXXXXX", p[512], q[512];
    assert_non_null(mkdtemp(root));
    snprintf(p, sizeof p, "%s/b", root);
    assert_int_equal(mkdir(p, 0700), 0);
    snprintf(p, sizeof p, "%s/.git", root);
    assert_int_equal(mkdir(p, 0700), 0);
    touch(root, ".git/config");
    touch(root, "z.txt");
    touch(root, "a.txt");
    touch(root, "b/2.html");
    touch(root, "b/10.txt");
    touch(root, "规划.txt");
    touch(root, "bad\xff.txt");
    snprintf(p, sizeof p, "%s/b/up", root);
    assert_int_equal(symlink(root, p), 0);
    snprintf(p, sizeof p, "%s/dangling", root);
    assert_int_equal(symlink("/nonexistent/ps", p), 0);

    seen s;
    memset(&s, 0, sizeof s);
    ps_error err;
    assert_int_equal(ps_corpus_walk(root, on_file, on_warn, &s, &err), PS_OK);
    assert_string_equal(s.files, "a.txt|b/10.txt|b/2.html|z.txt|规划.txt|");
    assert_string_equal(s.warnings, "up: symbolic link loop|"
                                    "bad\xff.txt: file name is not valid UTF-8|"
                                    "dangling: broken symbolic link|");

    /* a callback's non-zero value stops the walk and is returned */
    memset(&s, 0, sizeof s);
    s.stop_after = 2;
    assert_int_equal(ps_corpus_walk(root, on_file, on_warn, &s, &err), 42);
    assert_string_equal(s.files, "a.txt|b/10.txt|");

    /* a single file: its base name is the relative path */
    memset(&s, 0, sizeof s);
    snprintf(p, sizeof p, "%s/b/10.txt", root);
    assert_int_equal(ps_corpus_walk(p, on_file, on_warn, &s, &err), PS_OK);
    assert_string_equal(s.files, "10.txt|");

    /* a missing root is an error, named */
    snprintf(q, sizeof q, "%s/missing", root);
    assert_int_equal(ps_corpus_walk(q, on_file, on_warn, &s, &err), PS_EIO);
    assert_non_null(strstr(err.msg, "missing': No such file or directory"));

    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walk),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
