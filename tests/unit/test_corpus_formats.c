/*
 * corpus/formats: recognising files by content, the sandbox that runs
 * a reader as a program of its own (a crash, a hang, runaway memory or CPU, a flood of
 * output each cost one file and say why), and the Word 97 piece-table
 * reader on well-formed and malformed streams.
 */
#include "formats.h"

#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <libintl.h>
#include <pthread.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

/* a string literal and its length (it may hold NUL bytes) */
#define S(lit) lit, sizeof(lit) - 1

static void test_sniff(void **state)
{
    (void)state;
    static const struct {
        const char *data;
        size_t n;
        int fmt;
    } rows[] = {
        {S("%PDF-1.7\n"), PS_FMT_PDF},
        {S("\r\n\r\n%PDF-1.4\n"), PS_FMT_PDF}, /* junk before the header */
        {S("PK\x03\x04\x14\0"), PS_FMT_ZIP},
        {S("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0"), PS_FMT_OLE2},
        {S("\x89PNG\r\n\x1a\n"), PS_FMT_PNG},
        {S("\xff\xd8\xff\xe0"), PS_FMT_JPEG},
        {S("II*\0\x08"), PS_FMT_TIFF},
        {S("MM\0*\0"), PS_FMT_TIFF},
        {S("From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/related;\r\n\ttype=\"text/html\"\r\n\r\n"), PS_FMT_MHTML},
        /* mail headers without a multipart body are not a saved page */
        {S("MIME-Version: 1.0\nContent-Type: text/plain\n\nhello"), PS_FMT_TEXT},
        /* a plan that mentions MIME-Version in its text is text */
        {S("工会工作要点\nMIME-Version: 1.0\nContent-Type: multipart/x\n\n"), PS_FMT_TEXT},
        {S("2012年工会工作要点\n"), PS_FMT_TEXT},
        {S("<html><body>PK\x03\x04</body></html>"), PS_FMT_TEXT},
        {S("\x1f\x8b\x08\0"), PS_FMT_OTHER},
        {S("GIF89a"), PS_FMT_OTHER},
        {S("{\\rtf1\\ansi"), PS_FMT_OTHER},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        const char *name = NULL;
        int fmt = ps_format_sniff(rows[i].data, rows[i].n, &name);
        if (fmt != rows[i].fmt) {
            print_error("row %zu: format %d, expected %d\n", i, fmt, rows[i].fmt);
            fail();
        }
        assert_true((fmt == PS_FMT_OTHER) == (name != NULL));
        if (name && !strstr(name, "not a document") && !strstr(name, "not read")) {
            print_error("row %zu: reason '%s' does not say it is skipped\n", i, name);
            fail();
        }
    }
}

/* ---- The sandbox ---------------------------------------------------------- */

/* The stand-in reader (sandbox_child.c) in one of its modes. */
static int run_child(const char *mode, const char *arg, int in_fd,
                     const ps_sandbox_limits *lim, ps_buf *reply, char *why, size_t whysize)
{
    const char *argv[] = {PS_SANDBOX_CHILD, mode, arg, NULL};
    return ps_sandbox_run(argv, in_fd, lim, reply, why, whysize);
}

static void test_sandbox(void **state)
{
    (void)state;
    ps_sandbox_limits lim = {5, 5, 256, 1 << 20, 0};
    ps_buf reply = PS_BUF_INIT;
    char why[256];

    assert_int_equal(run_child("ok", "集体协商", -1, &lim, &reply, why, sizeof why), PS_OK);
    assert_int_equal(reply.len, strlen("集体协商"));
    assert_memory_equal(reply.data, "集体协商", reply.len);
    ps_buf_reset(&reply);

    /* the document reaches the reader as its standard input */
    char path[] = "/tmp/ps-sandbox-in.XXXXXX";
    int in = mkstemp(path);
    assert_true(in >= 0);
    unlink(path);
    assert_int_equal(write(in, "工会\0工作要点", 16), 16);
    assert_int_equal(lseek(in, 0, SEEK_SET), 0);
    assert_int_equal(run_child("echo", NULL, in, &lim, &reply, why, sizeof why), PS_OK);
    close(in);
    assert_int_equal(reply.len, 16);
    assert_memory_equal(reply.data, "工会\0工作要点", 16);
    ps_buf_reset(&reply);

    assert_int_equal(run_child("segv", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_non_null(strstr(why, "crashed (signal 11"));
    ps_buf_reset(&reply);

    lim.timeout_s = 1;
    assert_int_equal(run_child("hang", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_string_equal(why, "made no progress for 1 s");
    ps_buf_reset(&reply);

    /* progress keeps a long job alive past the idle limit … */
    assert_int_equal(run_child("slow", NULL, -1, &lim, &reply, why, sizeof why), PS_OK);
    assert_int_equal(reply.len, 15 * 5 + 4);
    ps_buf_reset(&reply);
    /* … but not past the total limit */
    lim.total_s = 2;
    assert_int_equal(run_child("slow", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_string_equal(why, "timed out after 2 s");
    ps_buf_reset(&reply);
    lim.total_s = 0;

    lim.timeout_s = 10;
    lim.cpu_s = 1;
    assert_int_equal(run_child("spin", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_string_equal(why, "used more than 1 s of CPU time");
    ps_buf_reset(&reply);
    lim.cpu_s = 5;

#ifndef UNDER_ASAN
    /* the address-space limit is not set under AddressSanitizer */
    lim.mem_mb = 64;
    assert_int_equal(run_child("hog", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_non_null(strstr(why, "perhaps out of memory: limit 64 MB"));
    ps_buf_reset(&reply);
    lim.mem_mb = 256;
#endif

    lim.max_reply = 4096;
    assert_int_equal(run_child("flood", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_string_equal(why, "sent more than 0 MB of text");
    assert_true(reply.len <= 4096);
    ps_buf_reset(&reply);
    lim.max_reply = 1 << 20;

    assert_int_equal(run_child("exit3", NULL, -1, &lim, &reply, why, sizeof why), PS_EIO);
    assert_string_equal(why, "failed (exit 3)");
    ps_buf_reset(&reply);

    /* a reader that is not there is named */
    const char *missing[] = {"/nonexistent/plansearch-extract", "1", NULL};
    assert_int_equal(ps_sandbox_run(missing, -1, &lim, &reply, why, sizeof why),
                     PS_EINTERNAL);
    assert_string_equal(why, "cannot be run ('/nonexistent/plansearch-extract'): "
                             "No such file or directory");

    /* the parent is unharmed and the next file is read */
    ps_buf_reset(&reply);
    assert_int_equal(run_child("ok", "ok", -1, &lim, &reply, why, sizeof why), PS_OK);
    assert_int_equal(reply.len, 2);
    ps_buf_release(&reply);
}

/*
 * Readers started while other threads of the process load libraries and
 * translate messages, as an indexer's workers do: none may hang on a lock
 * one of them held at the fork.  (Parsers run in a forked copy of the
 * process hung on the loader's or gettext's lock in 1-8% of 300 forks:
 * a good PDF was skipped after 120 s without progress.)
 */
static volatile int churning = 1;

static void *churn(void *arg)
{
    (void)arg;
    while (churning) {
        void *h = dlopen("libm.so.6", RTLD_NOW | RTLD_LOCAL);
        if (h)
            dlclose(h);
        for (int i = 0; i < 20; i++)
            (void)dgettext("plansearch", "damaged PDF (%s)");
        free(malloc(4000));
    }
    return NULL;
}

static void test_sandbox_threads(void **state)
{
    (void)state;
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        assert_int_equal(pthread_create(&t[i], NULL, churn, NULL), 0);
    ps_sandbox_limits lim = {20, 20, 256, 1 << 20, 0};
    ps_buf reply = PS_BUF_INIT;
    char why[256];
    int ok = 0;
    for (int i = 0; i < 200; i++) {
        ps_buf_reset(&reply);
        if (run_child("ok", "x", -1, &lim, &reply, why, sizeof why) == PS_OK &&
            reply.len == 1)
            ok++;
        else
            print_error("run %d: %s\n", i, why);
    }
    churning = 0;
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    ps_buf_release(&reply);
    assert_int_equal(ok, 200);
}

/*
 * A killed indexer leaves no parser behind holding its index lock: an
 * "indexer" process holds a flock, runs a hanging child and is killed with
 * SIGKILL; the lock is free again at once, not when the child's limits
 * would end it (60 s).
 */
static void test_parent_death(void **state)
{
    (void)state;
    char path[] = "/tmp/ps-sandbox-lock.XXXXXX";
    int lockfd = mkstemp(path);
    assert_true(lockfd >= 0);
    assert_int_equal(flock(lockfd, LOCK_EX), 0);
    int ready[2];
    assert_int_equal(pipe(ready), 0);
    pid_t indexer = fork();
    assert_true(indexer >= 0);
    if (indexer == 0) {
        ps_sandbox_limits lim = {60, 60, 0, 1 << 20, 0};
        ps_buf reply = PS_BUF_INIT;
        char why[256];
        close(ready[0]);
        (void)write(ready[1], "x", 1);
        run_child("hang", NULL, -1, &lim, &reply, why, sizeof why);
        _exit(0);
    }
    close(ready[1]);
    close(lockfd); /* the lock is now held through the indexer's descriptor only */
    char c;
    assert_int_equal(read(ready[0], &c, 1), 1);
    close(ready[0]);
    usleep(300000); /* the indexer is inside ps_sandbox_run, its child started */
    kill(indexer, SIGKILL);
    int st;
    assert_int_equal(waitpid(indexer, &st, 0), indexer);
    int fd = open(path, O_RDWR);
    assert_true(fd >= 0);
    int got = 0;
    for (int i = 0; i < 50 && !got; i++) { /* up to 5 s; the child would hold it 60 */
        got = flock(fd, LOCK_EX | LOCK_NB) == 0;
        if (!got)
            usleep(100000);
    }
    close(fd);
    unlink(path);
    assert_true(got);
}

/* A broken PDF through the whole path: one message naming it. */
static void test_extract_errors(void **state)
{
    (void)state;
    ps_extract_opts o = {0, NULL, 10, 0, -1};
    ps_extract x;
    ps_error err;
    static const char trunc[] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog";
    assert_int_equal(ps_extract_file("t.pdf", PS_FMT_PDF, trunc, sizeof trunc - 1, &o, &x, &err),
                     PS_EENCODING);
    assert_non_null(strstr(err.msg, "skipping 't.pdf': damaged PDF"));
    static const char zip[] = "PK\x03\x04garbage";
    assert_int_equal(ps_extract_file("z.docx", PS_FMT_ZIP, zip, sizeof zip - 1, &o, &x, &err),
                     PS_EENCODING);
    assert_non_null(strstr(err.msg, "skipping 'z.docx': damaged ZIP archive"));
    static const char mht[] = "MIME-Version: 1.0\nContent-Type: multipart/related; "
                              "boundary=\"b\"\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n";
    assert_int_equal(ps_extract_file("m.mht", PS_FMT_MHTML, mht, sizeof mht - 1, &o, &x, &err),
                     PS_EENCODING);
    assert_string_equal(err.msg, "skipping 'm.mht': MHTML file holds no HTML or text part");
}

/* ---- Word 97 piece tables --------------------------------------------------- */

static void put16(unsigned char *p, unsigned v) { p[0] = (unsigned char)v, p[1] = (unsigned char)(v >> 8); }
static void put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}

/* A WordDocument stream and a 1Table stream holding `text` (ASCII, one
 * 16-bit piece and, when split, a second 8-bit piece). */
static void make_doc(unsigned char *wd, size_t wdn, unsigned char *tb, size_t tbn,
                     const char *text, int split)
{
    memset(wd, 0, wdn);
    memset(tb, 0, tbn);
    size_t n = strlen(text), half = split ? n / 2 : n;
    put16(wd, 0xA5EC);
    put16(wd + 2, 0xC1);
    put16(wd + 0x0A, 0x0200);
    put32(wd + 0x4C, (uint32_t)n);
    for (size_t i = 0; i < half; i++)
        put16(wd + 0x800 + 2 * i, (unsigned char)text[i]);
    memcpy(wd + 0xC00, text + half, n - half); /* 8-bit piece at byte 0xC00 */
    unsigned char *p = tb + 16;
    size_t np = split ? 2 : 1;
    p[0] = 2;
    put32(p + 1, (uint32_t)(4 * (np + 1) + 8 * np));
    put32(p + 5, 0);
    put32(p + 9, (uint32_t)half);
    if (split)
        put32(p + 13, (uint32_t)n);
    unsigned char *pcd = p + 5 + 4 * (np + 1);
    put32(pcd + 2, 0x800);
    if (split)
        put32(pcd + 8 + 2, 0x40000000u | (0xC00 * 2));
    put32(wd + 0x01A2, 16);
    put32(wd + 0x01A6, (uint32_t)(5 + 4 * (np + 1) + 8 * np));
}

static void test_doc_text(void **state)
{
    (void)state;
    static unsigned char wd[4096], tb[256];
    ps_buf out = PS_BUF_INIT;
    ps_error err;

    make_doc(wd, sizeof wd, tb, sizeof tb, "Plan 2013\rItem\x07" "cell\x13 PAGE \x14" "7\x15!\r", 1);
    assert_int_equal(ps_doc_text(wd, sizeof wd, NULL, 0, tb, sizeof tb, &out, &err), PS_OK);
    assert_int_equal(out.len, strlen("Plan 2013\nItem\ncell7!\n"));
    assert_memory_equal(out.data, "Plan 2013\nItem\ncell7!\n", out.len);
    ps_buf_reset(&out);

    /* encrypted, not Word, the table stream missing */
    put16(wd + 0x0A, 0x0300);
    assert_int_equal(ps_doc_text(wd, sizeof wd, NULL, 0, tb, sizeof tb, &out, &err),
                     PS_EENCODING);
    assert_non_null(strstr(err.msg, "encrypted"));
    put16(wd + 0x0A, 0x0200);
    assert_int_equal(ps_doc_text(wd, sizeof wd, tb, sizeof tb, NULL, 0, &out, &err),
                     PS_EENCODING);
    assert_non_null(strstr(err.msg, "table stream"));
    assert_int_equal(ps_doc_text(wd, 100, NULL, 0, tb, sizeof tb, &out, &err), PS_EENCODING);

    /* offsets past the ends of the streams are refused, never followed */
    put32(wd + 0x01A2, 250);
    assert_int_equal(ps_doc_text(wd, sizeof wd, NULL, 0, tb, sizeof tb, &out, &err),
                     PS_EENCODING);
    put32(wd + 0x01A2, 16);
    put32(tb + 16 + 5 + 12 + 2, 4090); /* the 16-bit piece starts 6 bytes before the end */
    assert_int_equal(ps_doc_text(wd, sizeof wd, NULL, 0, tb, sizeof tb, &out, &err),
                     PS_EENCODING);
    assert_non_null(strstr(err.msg, "damaged Word document"));
    ps_buf_release(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_sandbox),
        cmocka_unit_test(test_sandbox_threads),
        cmocka_unit_test(test_parent_death),
        cmocka_unit_test(test_extract_errors),
        cmocka_unit_test(test_doc_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
