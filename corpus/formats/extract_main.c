/*
 * plansearch-extract: the document parsers as a program of their own, which
 * ps_extract_file (extract.c) runs in its sandbox for each binary file.
 *
 *     plansearch-extract FORMAT OCR LANGUAGES [LOCALE CATALOGS]  < file  3> reply
 *
 * FORMAT is a ps_format number, OCR 0 or 1, LANGUAGES Tesseract's (empty:
 * the default); LOCALE and CATALOGS are the indexer's messages locale and
 * the folder its catalogs are bound to, so that a reason ("damaged PDF")
 * comes back in the user's language.  The file's bytes come on standard
 * input; the result goes to descriptor 3 as the tagged fields of formats.h
 * (progress marks while it works, the rest at the end).  Standard output
 * and error are the parsers' chatter, which the sandbox throws away.
 *
 * Why a program and not code run in a forked copy of the indexer: the
 * indexer has threads (workers, Xapian), and a fork copies whatever lock
 * another thread held at that moment — AddressSanitizer's allocator, a
 * C++ runtime's, a library's — into a child with nobody to release it, so
 * the child could hang on its first malloc and a good file be skipped
 * after two minutes.  A new program starts with no such state.  It also
 * keeps the ~80 libraries of the parsers out of plansearch itself, which
 * then starts faster (README, Start-up).
 */
#include "formats.h"
#include "ps_i18n.h"

#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define REPLY_FD 3

static int extract(int fmt, const char *data, size_t n, const ps_extract_opts *o,
                   ps_extract *x, ps_error *err)
{
    switch (fmt) {
    case PS_FMT_PDF: return ps_pdf_extract(data, n, o, x, err);
    case PS_FMT_ZIP: return ps_zip_extract(data, n, o, x, err);
    case PS_FMT_OLE2: return ps_ole_extract(data, n, o, x, err);
    case PS_FMT_MHTML: return ps_mhtml_extract(data, n, o, x, err);
    default: return ps_image_extract(data, n, o, x, err);
    }
}

static void put(int *rc, ps_buf *b, int tag, const void *p, size_t n)
{
    unsigned char h[5] = {(unsigned char)tag, (unsigned char)n, (unsigned char)(n >> 8),
                          (unsigned char)(n >> 16), (unsigned char)(n >> 24)};
    ps_buf_append(rc, b, h, sizeof h);
    ps_buf_append(rc, b, p, n);
}

static void put_str(int *rc, ps_buf *b, int tag, const char *s)
{
    if (s && *s)
        put(rc, b, tag, s, strlen(s));
}

/* All of standard input (a file the sandbox wrote, or a pipe). */
static int read_input(ps_buf *in)
{
    int rc = PS_OK;
    struct stat st;
    if (fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode))
        ps_buf_reserve(&rc, in, (size_t)st.st_size + 1);
    while (!rc) {
        ps_buf_reserve(&rc, in, in->len + 65536);
        if (rc)
            break;
        ssize_t k = read(STDIN_FILENO, in->data + in->len, in->cap - in->len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0)
            return PS_EIO;
        if (k == 0)
            break;
        in->len += (size_t)k;
    }
    return rc;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 4 || argc > 6)
        return 2; /* only the sandbox runs us; it reads the exit status */
    if (argc == 6 && argv[4][0] && argv[5][0]) {
        setlocale(LC_MESSAGES, argv[4]);
        bindtextdomain(PS_TEXTDOMAIN, argv[5]);
        bind_textdomain_codeset(PS_TEXTDOMAIN, "UTF-8");
        bind_textdomain_codeset("libc", "UTF-8");
    }
    ps_extract_opts o;
    memset(&o, 0, sizeof o);
    int fmt = atoi(argv[1]);
    o.ocr = argv[2][0] == '1';
    o.ocr_lang = argv[3][0] ? argv[3] : NULL;
    o.progress_fd = REPLY_FD;

    ps_buf in = PS_BUF_INIT, reply = PS_BUF_INIT;
    ps_extract x;
    ps_error err;
    memset(&x, 0, sizeof x);
    ps_error_clear(&err);
    int rc = read_input(&in);
    if (rc)
        ps_error_set(&err, rc, "cannot read the file from the indexer");
    else
        rc = extract(fmt, in.data ? in.data : "", in.len, &o, &x, &err);
    int wrc = PS_OK;
    if (rc) {
        put_str(&wrc, &reply, PS_XF_ERROR, err.msg[0] ? err.msg : ps_status_text(rc));
    } else {
        put_str(&wrc, &reply, PS_XF_FORMAT, x.format);
        put_str(&wrc, &reply, PS_XF_TITLE, x.title);
        put_str(&wrc, &reply, PS_XF_AUTHOR, x.author);
        put_str(&wrc, &reply, PS_XF_CREATED, x.created);
        put_str(&wrc, &reply, PS_XF_CHARSET, x.charset);
        if (x.text_is_html)
            put(&wrc, &reply, PS_XF_HTML, "", 0);
        if (x.text_raw)
            put(&wrc, &reply, PS_XF_RAW, "", 0);
        if (x.ocr)
            put(&wrc, &reply, PS_XF_OCR, "", 0);
        if (x.scan)
            put(&wrc, &reply, PS_XF_SCAN, "", 0);
        put(&wrc, &reply, PS_XF_TEXT, x.text.data ? x.text.data : "", x.text.len);
    }
    put(&wrc, &reply, PS_XF_END, "", 0);
    if (wrc || write_all(REPLY_FD, reply.data, reply.len) != 0)
        _exit(3);
    /* _exit: the process ends now and its memory with it; nothing of the
       libraries' exit code (or a leak checker) can spoil a sent reply */
    _exit(0);
}
