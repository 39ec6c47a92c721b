/*
 * Reading bytes: encodings (fixtures made here with iconv(3) from UTF-8),
 * HTML pages, and bad input — binary files, truncated or mixed GBK/Big5,
 * invalid UTF-8, empty and oversized files — which must give a one-line
 * message naming the input and never crash.
 */
#include "corpus_int.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
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

typedef struct fixture {
    ps_cjk *cjk;
    ps_reader *reader;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    ps_error err;
    if (!f || ps_cjk_new(&f->cjk, &err) || ps_reader_new(f->cjk, &f->reader, &err)) {
        print_error("setup: %s\n", err.msg);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    ps_reader_free(f->reader);
    ps_cjk_free(f->cjk);
    free(f);
    return 0;
}

/* Encode UTF-8 text with iconv(3); malloc'd, length in *n. */
static char *encode(const char *to, const char *text, size_t *n)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t inleft = strlen(text), cap = inleft * 4 + 16, oleft = cap;
    char *out = malloc(cap), *o = out, *in = (char *)text;
    assert_non_null(out);
    assert_true(iconv(cd, &in, &inleft, &o, &oleft) != (size_t)-1);
    assert_true(iconv(cd, NULL, NULL, &o, &oleft) != (size_t)-1);
    iconv_close(cd);
    *n = (size_t)(o - out);
    return out;
}

static const char simplified[] =
    "乐山市教科文卫体工会2012年工作要点\n"
    "2012年全市教科文卫体工会工作的总体要求是：认真学习贯彻党中央重要会议精神，"
    "以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实科学发展观。\n"
    "一、围绕改革发展，充分发挥“主力军”作用\n";

static const char traditional[] =
    "林甸縣總工會二0一二年工作要點\n"
    "2012年全縣工會工作總的指導思想是：以科學發展觀為統領，全面貫徹黨的十七屆六中全會精神，"
    "圍繞全縣工作大局，團結和動員全縣廣大職工。\n"
    "一、加強工會組織建設，不斷增強工會組織活力\n";

struct enc_row {
    const char *iconv_name; /* how the fixture is made */
    const char *bom;        /* prepended bytes, or NULL */
    size_t bom_len;
    const char *text;
    const char *detected;   /* the encoding the reader must report */
};

static const struct enc_row enc_rows[] = {
    {"UTF-8", NULL, 0, simplified, "UTF-8"},
    {"UTF-8", "\xEF\xBB\xBF", 3, simplified, "UTF-8"},
    {"UTF-16LE", "\xFF\xFE", 2, simplified, "UTF-16LE"},
    {"UTF-16BE", "\xFE\xFF", 2, traditional, "UTF-16BE"},
    {"GB2312", NULL, 0, simplified, "GB18030"},
    {"GBK", NULL, 0, simplified, "GB18030"},
    {"GB18030", NULL, 0, traditional, "GB18030"},
    {"GBK", NULL, 0, traditional, "GB18030"},
    {"BIG5", NULL, 0, traditional, "BIG5"},
};

static void test_encodings(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof enc_rows / sizeof *enc_rows; i++) {
        const struct enc_row *r = &enc_rows[i];
        size_t n;
        char *body = encode(r->iconv_name, r->text, &n);
        char *data = malloc(n + r->bom_len);
        assert_non_null(data);
        if (r->bom)
            memcpy(data, r->bom, r->bom_len);
        memcpy(data + r->bom_len, body, n);
        ps_buf out = PS_BUF_INIT;
        const char *enc = NULL;
        ps_error err;
        int rc = ps_decode("x.txt", data, n + r->bom_len, &out, &enc, &err);
        if (rc || strcmp(enc, r->detected) != 0 || strcmp(out.data, r->text) != 0) {
            print_error("row %zu (%s): rc %d, detected %s, text '%.60s'\n", i,
                        r->iconv_name, rc, enc ? enc : "-", out.data ? out.data : "");
            fail();
        }
        ps_buf_release(&out);
        free(data);
        free(body);
    }
}

/* A file cut inside a character still reads; the cut becomes U+FFFD. */
static void test_truncated(void **state)
{
    (void)state;
    static const char *const encs[] = {"GBK", "BIG5"};
    for (size_t i = 0; i < 2; i++) {
        size_t n;
        char *data = encode(encs[i], traditional, &n);
        /* drop the newline and the last character's second byte */
        size_t cut = n - 2;
        ps_buf out = PS_BUF_INIT;
        const char *enc;
        ps_error err;
        assert_int_equal(ps_decode("t.txt", data, cut, &out, &enc, &err), PS_OK);
        assert_string_equal(enc, i == 0 ? "GB18030" : "BIG5");
        assert_non_null(strstr(out.data, "林甸縣總工會二0一二年工作要點\n"));
        assert_true(ps_ends(out.data, out.len, "\xEF\xBF\xBD"));
        ps_buf_release(&out);
        free(data);
    }
}

/* A page stitched from a GBK and a Big5 fragment: read, never rejected,
   the larger fragment intact. */
static void test_mixed_gbk_big5(void **state)
{
    fixture *f = *state;
    size_t ng, nb;
    char *gbk = encode("GBK", simplified, &ng);
    char *big5 = encode("BIG5", "林甸縣總工會\n", &nb);
    char *data = malloc(ng + nb);
    memcpy(data, gbk, ng);
    memcpy(data + ng, big5, nb);
    ps_plan_list l = {NULL, 0};
    ps_error err;
    assert_int_equal(ps_reader_read_buffer(f->reader, "mixed.txt", "mixed.txt", data,
                                           ng + nb, &l, &err),
                     PS_OK);
    assert_int_equal(l.count, 1);
    assert_string_equal(l.items[0]->encoding, "GB18030");
    assert_string_equal(l.items[0]->title, "乐山市教科文卫体工会2012年工作要点");
    ps_plan_list_release(&l);
    free(data);
    free(gbk);
    free(big5);
}

struct bad_row {
    const char *name;
    const char *data;
    size_t n;
    int rc;
    const char *msg; /* exact message */
};

static const struct bad_row bad_rows[] = {
    /* documents are recognised by content and read by corpus/formats */
    {"x.pdf", "%PDF-1.4\n1 0 obj\n", 17, PS_EENCODING,
     "skipping 'x.pdf': damaged PDF (PDF document is damaged)"},
    {"x.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, PS_EENCODING,
     "skipping 'x.png': a PNG image (index with --ocr to recognise its text)"},
    {"x.gz", "\x1f\x8b\x08\0\0\0\0\0", 8, PS_EENCODING,
     "skipping 'x.gz': a gzip archive, not a document"},
    {"nul.txt", "\xe5\xb7\xa5\0\0\0\xe4\xbc\x9a", 9, PS_EENCODING,
     "skipping 'nul.txt': binary file"},
    {"ctl.txt", "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", 10, PS_EENCODING,
     "skipping 'ctl.txt': binary file"},
    {"empty.txt", "", 0, PS_OK, NULL},
    {"blank.txt", " \n\t\n\xe3\x80\x80\n", 8, PS_OK, NULL},
};

static void test_bad_input(void **state)
{
    fixture *f = *state;
    for (size_t i = 0; i < sizeof bad_rows / sizeof *bad_rows; i++) {
        const struct bad_row *r = &bad_rows[i];
        ps_plan_list l = {NULL, 0};
        ps_error err;
        ps_error_clear(&err);
        int rc = ps_reader_read_buffer(f->reader, r->name, r->name, r->data, r->n, &l,
                                       &err);
        if (rc != r->rc || (r->msg && strcmp(err.msg, r->msg) != 0)) {
            print_error("%s: rc %d, message '%s'\n", r->name, rc, err.msg);
            fail();
        }
        if (rc)
            assert_int_equal(l.count, 0);
        ps_plan_list_release(&l);
    }
    /* UTF-16 without a BOM is not recognised: its NULs make it binary */
    ps_plan_list l = {NULL, 0};
    ps_error err;
    assert_int_equal(ps_reader_read_buffer(f->reader, "w.txt", "w.txt",
                                           "\x25\x5d\x1a\x4f\0\0", 6, &l, &err),
                     PS_EENCODING);
    /* empty and blank files: no documents */
    assert_int_equal(ps_reader_read_buffer(f->reader, "e", "e", "", 0, &l, &err), PS_OK);
    assert_int_equal(l.count, 0);
}

/* Random high bytes are no text in any encoding we read. */
static void test_noise(void **state)
{
    fixture *f = *state;
    char data[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof data; i++) {
        x = x * 1103515245u + 12345u;
        data[i] = (char)(0x80 | ((x >> 16) & 0x7F));
    }
    ps_plan_list l = {NULL, 0};
    ps_error err;
    assert_int_equal(ps_reader_read_buffer(f->reader, "noise.dat", "noise.dat", data,
                                           sizeof data, &l, &err),
                     PS_EENCODING);
    assert_non_null(strstr(err.msg, "'noise.dat'"));
    assert_int_equal(l.count, 0);
}

/* Mostly UTF-8 with a stray byte: read as UTF-8, not as GB18030 mojibake. */
static void test_stray_byte(void **state)
{
    (void)state;
    char data[sizeof simplified + 1];
    memcpy(data, simplified, sizeof simplified);
    data[3] = (char)0xFF;
    ps_buf out = PS_BUF_INIT;
    const char *enc;
    ps_error err;
    assert_int_equal(ps_decode("s.txt", data, sizeof simplified - 1, &out, &enc, &err),
                     PS_OK);
    assert_string_equal(enc, "UTF-8");
    assert_non_null(strstr(out.data, "\xEF\xBF\xBD"));
    assert_non_null(strstr(out.data, "教科文卫体工会2012年工作要点"));
    ps_buf_release(&out);
}

static void test_crlf(void **state)
{
    (void)state;
    ps_buf out = PS_BUF_INIT;
    const char *enc;
    ps_error err;
    assert_int_equal(ps_decode("c.txt", "a\r\nb\rc\n", 7, &out, &enc, &err), PS_OK);
    assert_string_equal(out.data, "a\nb\nc\n");
    ps_buf_release(&out);
}

/* An HTML page in GB2312 declared by <meta>: tags, script and style gone,
   paragraphs kept, boilerplate out of the body but kept in raw. */
static void test_html_page(void **state)
{
    fixture *f = *state;
    static const char page[] =
        "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=gb2312\"><title>工作计划_范文网</title>"
        "<style>p{color:red}</style><script>var y='2011年';</script></head>\n"
        "<body><div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; 工作计划</div>\n"
        "<h1>林甸县总工会2013年工作要点</h1>\n"
        "<p>发布时间：2013-01-10 点击：35</p>\n"
        "<p>2013年全县工会工作的总体要求是：服务大局，&ldquo;建功立业&rdquo;。</p>"
        "<p>一、加强组织建设。<br>二、维护职工权益。</p>\n"
        "<div>相关文章</div><ul><li><a>2012年工会工作计划</a></li></ul>"
        "<!-- 2010年 --></body></html>\n";
    size_t n;
    char *data = encode("GB2312", page, &n);
    ps_plan_list l = {NULL, 0};
    ps_error err;
    assert_int_equal(ps_reader_read_buffer(f->reader, "p.html", "p.html", data, n, &l,
                                           &err),
                     PS_OK);
    assert_int_equal(l.count, 1);
    const ps_plan *p = l.items[0];
    assert_string_equal(p->encoding, "GB18030");
    assert_string_equal(p->title, "林甸县总工会2013年工作要点");
    assert_int_equal(p->year, 2013);
    assert_null(strstr(p->raw, "var y"));
    assert_null(strstr(p->raw, "color:red"));
    assert_null(strstr(p->raw, "<p>"));
    assert_null(strstr(p->raw, "2010年"));
    assert_non_null(strstr(p->body, "“建功立业”"));
    assert_non_null(strstr(p->body, "一、加强组织建设。\n二、维护职工权益。"));
    assert_null(strstr(p->body, "当前位置"));
    assert_null(strstr(p->body, "点击"));
    assert_null(strstr(p->body, "2012年工会工作计划"));
    assert_non_null(strstr(p->raw, "当前位置"));
    assert_non_null(strstr(p->raw, "2012年工会工作计划"));
    ps_plan_list_release(&l);
    free(data);
}

/* Files: missing, a folder, a FIFO, too large (a sparse file: no memory used). */
static void test_files(void **state)
{
    fixture *f = *state;
    ps_plan_list l = {NULL, 0};
    ps_error err;
    char dir[] = "/tmp/ps_corpus_XXXXXX", path[64];

    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/missing.txt", dir);
    assert_int_equal(ps_reader_read_file(f->reader, path, "m", &l, &err), PS_EIO);
    assert_non_null(strstr(err.msg, "cannot open '"));
    assert_non_null(strstr(err.msg, "missing.txt': No such file"));

    assert_int_equal(ps_reader_read_file(f->reader, dir, "d", &l, &err), PS_EIO);
    assert_non_null(strstr(err.msg, "is a directory"));

    /* a FIFO is refused at once, not waited on */
    snprintf(path, sizeof path, "%s/fifo", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    assert_int_equal(ps_reader_read_file(f->reader, path, "f", &l, &err), PS_EIO);
    assert_non_null(strstr(err.msg, "fifo': not a regular file"));
    unlink(path);

    snprintf(path, sizeof path, "%s/huge.txt", dir);
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (off_t)200 << 20), 0);
    close(fd);
    assert_int_equal(ps_reader_read_file(f->reader, path, "h", &l, &err), PS_EIO);
    assert_non_null(strstr(err.msg, "huge.txt': file too large (200 MB, limit 16 MB)"));
    assert_int_equal(l.count, 0);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encodings),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_mixed_gbk_big5),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_noise),
        cmocka_unit_test(test_stray_byte),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_html_page),
        cmocka_unit_test(test_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
