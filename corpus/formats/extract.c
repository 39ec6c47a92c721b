/*
 * Extraction of one file by plansearch-extract (extract_main.c) in the
 * sandbox: the file's bytes go to its standard input, its result comes
 * back as tagged fields; the parent decodes them and turns every failure
 * into one line naming the file.
 */
#define _GNU_SOURCE /* memfd_create */
#include "formats.h"
#include "ps_i18n.h"
#include "ps_module.h"

#include <errno.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Defaults: a page may take 2 minutes (OCR of a dense page takes 5-15 s),
 * a file half an hour, or a day with OCR (a thousand scanned pages). */
#define DEFAULT_TIMEOUT_S 120
#define DEFAULT_TOTAL_S 1800
#define DEFAULT_OCR_TOTAL_S 86400
#define DEFAULT_MEM_MB 2048
#define MAX_REPLY ((size_t)256 << 20)

void ps_extract_release(ps_extract *x)
{
    if (!x)
        return;
    ps_buf_release(&x->text);
    free(x->title);
    free(x->author);
    free(x->created);
    memset(x, 0, sizeof *x);
}

static const char *format_name(int fmt)
{
    switch (fmt) {
    case PS_FMT_PDF: return "PDF";
    case PS_FMT_ZIP: return "ZIP";
    case PS_FMT_OLE2: return "OLE2";
    case PS_FMT_MHTML: return "MHTML";
    case PS_FMT_PNG: return "PNG";
    case PS_FMT_JPEG: return "JPEG";
    case PS_FMT_TIFF: return "TIFF";
    default: return "binary";
    }
}

/*
 * The file's bytes as a descriptor the program reads as its standard
 * input: an anonymous in-memory file (no path on disk, gone when the last
 * descriptor closes).  -1 with errno when it cannot be made.
 */
static int input_fd(const char *data, size_t n)
{
    int fd = memfd_create("plansearch-document", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < n) {
        ssize_t k = write(fd, data + off, n - off);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0) {
            int e = k < 0 ? errno : EIO;
            close(fd);
            errno = e;
            return -1;
        }
        off += (size_t)k;
    }
    if (lseek(fd, 0, SEEK_SET) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return fd;
}

/* One UTF-8 sequence at s: its length, 0 when invalid. */
static size_t u8_len(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80)
        return 1;
    size_t k = s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC2 ? 2 : 0;
    if (!k || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if (k == 3 && ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0)))
        return 0; /* overlong, surrogate */
    if (k == 4 && ((s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90)))
        return 0;
    return k;
}

/*
 * Text from a child is checked, not trusted: invalid UTF-8 becomes U+FFFD,
 * CR and form feeds (page breaks) line ends, other control characters and
 * NUL spaces, so the rest of the reader sees what encoding.c would give it.
 */
static int sanitize(ps_buf *b)
{
    int rc = PS_OK;
    ps_buf out = PS_BUF_INIT;
    const unsigned char *s = (const unsigned char *)b->data;
    size_t n = b->len;
    ps_buf_reserve(&rc, &out, n + 16);
    for (size_t i = 0; i < n && !rc;) {
        size_t k = u8_len(s + i, n - i);
        if (!k) {
            ps_buf_puts(&rc, &out, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        unsigned char c = s[i];
        if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {
            i++;
            continue;
        }
        if (k == 1 && c < 0x20 && c != '\n' && c != '\t')
            ps_buf_putc(&rc, &out, c == '\r' || c == '\f' || c == '\v' ? '\n' : ' ');
        else if (k == 1 && c == 0x7F)
            ps_buf_putc(&rc, &out, ' ');
        else
            ps_buf_append(&rc, &out, s + i, k);
        i += k;
    }
    if (rc) {
        ps_buf_release(&out);
        return rc;
    }
    ps_buf_release(b);
    *b = out;
    return PS_OK;
}

/* A property string from the child, checked as the text is (a raw 8-bit
 * mail Subject, a PDF Info string in a legacy encoding). */
static char *dup_n(const char *s, size_t n)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    ps_buf_append(&rc, &b, s, n);
    if (!rc)
        rc = sanitize(&b);
    if (!rc)
        ps_buf_putc(&rc, &b, '\0');
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
}

static const char *const known_formats[] = {"PDF", "DOCX", "DOC", "WPS", "OFD", "ODT",
                                            "MHTML", "PNG", "JPEG", "TIFF", NULL};

int ps_extract_file(const char *path, int fmt, const char *data, size_t n,
                    const ps_extract_opts *o, ps_extract *x, ps_error *err)
{
    memset(x, 0, sizeof *x);
    ps_sandbox_limits lim;
    lim.timeout_s = o->timeout_s ? o->timeout_s : DEFAULT_TIMEOUT_S;
    lim.total_s = o->ocr ? DEFAULT_OCR_TOTAL_S : DEFAULT_TOTAL_S;
    if (lim.total_s < lim.timeout_s)
        lim.total_s = lim.timeout_s;
    lim.cpu_s = lim.total_s;
    lim.mem_mb = o->mem_mb ? o->mem_mb : DEFAULT_MEM_MB;
    lim.max_reply = MAX_REPLY;
    char program[4096], fmtarg[16];
    ps_module_path(PS_EXTRACT_PROGRAM_NAME, PS_FORMATS_REL, PS_FORMATS_INSTALLED, program,
                   sizeof program);
    snprintf(fmtarg, sizeof fmtarg, "%d", fmt);
    /* the reader says why it failed in our language (see extract_main.c) */
    const char *messages = setlocale(LC_MESSAGES, NULL);
    const char *catalogs = bindtextdomain(PS_TEXTDOMAIN, NULL);
    const char *argv[] = {program, fmtarg, o->ocr ? "1" : "0", o->ocr_lang ? o->ocr_lang : "",
                          messages ? messages : "", catalogs ? catalogs : "", NULL};
    int in = input_fd(data, n);
    if (in < 0)
        return ps_error_set(err, errno == ENOMEM ? PS_ENOMEM : PS_EIO,
                            "cannot read '%s': cannot hand it to the document reader: %s",
                            path, strerror(errno));
    ps_buf reply = PS_BUF_INIT;
    char why[256];
    int rc = ps_sandbox_run(argv, in, &lim, &reply, why, sizeof why);
    close(in);
    /*
     * A complete reply (it ends with PS_XF_END, sent last) is the result,
     * whatever became of the child after sending it: a crash in a library's
     * exit code, or valgrind's leak report on memory the child never frees,
     * costs nothing.
     */
    if (rc == PS_EIO && reply.len >= 5 &&
        memcmp(reply.data + reply.len - 5, "Z\0\0\0\0", 5) == 0)
        rc = PS_OK;
    if (rc == PS_ENOMEM) {
        ps_buf_release(&reply);
        return ps_error_set(err, rc, "cannot read '%s': out of memory", path);
    }
    if (rc) {
        ps_buf_release(&reply);
        return ps_error_set(err, PS_EENCODING, "skipping '%s': %s reader %s", path,
                            format_name(fmt), why);
    }
    /* decode the fields; anything malformed is the child's fault */
    const unsigned char *b = (const unsigned char *)reply.data;
    size_t i = 0, len = reply.len;
    int have_text = 0;
    rc = PS_OK;
    while (!rc && i + 5 <= len) {
        int tag = b[i];
        size_t fl = (size_t)b[i + 1] | (size_t)b[i + 2] << 8 | (size_t)b[i + 3] << 16 |
                    (size_t)b[i + 4] << 24;
        i += 5;
        if (fl > len - i)
            break;
        const char *v = (const char *)b + i;
        i += fl;
        switch (tag) {
        case PS_XF_ERROR: {
            char msg[300];
            snprintf(msg, sizeof msg, "%.*s", (int)(fl < 290 ? fl : 290), v);
            ps_buf_release(&reply);
            ps_extract_release(x);
            return ps_error_set(err, PS_EENCODING, "skipping '%s': %s", path, msg);
        }
        case PS_XF_FORMAT:
            for (size_t k = 0; known_formats[k]; k++)
                if (strlen(known_formats[k]) == fl && memcmp(known_formats[k], v, fl) == 0)
                    x->format = known_formats[k];
            break;
        case PS_XF_TEXT:
            ps_buf_append(&rc, &x->text, v, fl);
            have_text = 1;
            break;
        case PS_XF_END:
        case PS_XF_PROGRESS: break;
        case PS_XF_HTML: x->text_is_html = 1; break;
        case PS_XF_CHARSET:
            if (fl < sizeof x->charset) {
                memcpy(x->charset, v, fl);
                x->charset[fl] = '\0';
            }
            break;
        case PS_XF_RAW: x->text_raw = 1; break;
        case PS_XF_OCR: x->ocr = 1; break;
        case PS_XF_SCAN: x->scan = 1; break;
        case PS_XF_TITLE: if (!x->title && !(x->title = dup_n(v, fl))) rc = PS_ENOMEM; break;
        case PS_XF_AUTHOR: if (!x->author && !(x->author = dup_n(v, fl))) rc = PS_ENOMEM; break;
        case PS_XF_CREATED: if (!x->created && !(x->created = dup_n(v, fl))) rc = PS_ENOMEM; break;
        default: break;
        }
    }
    ps_buf_release(&reply);
    if (rc) {
        ps_extract_release(x);
        return ps_error_set(err, PS_ENOMEM, "cannot read '%s': out of memory", path);
    }
    if (!rc && !x->text_raw)
        rc = sanitize(&x->text);
    if (rc) {
        ps_extract_release(x);
        return ps_error_set(err, PS_ENOMEM, "cannot read '%s': out of memory", path);
    }
    if (!have_text || !x->format) {
        ps_extract_release(x);
        return ps_error_set(err, PS_EENCODING, "skipping '%s': %s reader sent no result",
                            path, format_name(fmt));
    }
    return PS_OK;
}
