/*
 * The reader: one file in, its documents out (see ps_corpus.h).
 *
 * Memory: a file is read whole, so files above PS_CORPUS_MAX_FILE (16 MB)
 * are refused with PS_EIO instead of being streamed; plans are far smaller
 * and a cap keeps a stray disk image or video from exhausting memory.
 */
#include "corpus_int.h"
#include "formats/formats.h"
#include "reader_version.h"

#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct ps_reader {
    ps_cjk *cjk;       /* borrowed */
    ps_gazetteer *gaz; /* owned */
    ps_extract_opts xo; /* how binary documents are read */
};

/* A binary document is read whole (its parser needs all of it) up to this. */
#define PS_DOCUMENT_MAX_FILE ((size_t)256 << 20)
/* Extracted text above this is read in pieces of about half of it, cut at
 * line ends, as index_run.c does with large text files. */
#define PS_DOCUMENT_PIECE ((size_t)4 << 20)

void ps_reader_set_ocr(ps_reader *r, int on)
{
    r->xo.ocr = on;
}

int ps_reader_ocr(const ps_reader *r)
{
    return r->xo.ocr;
}

const char *ps_reader_version(const ps_reader *r)
{
    /* the code and data this build reads with, then what it is asked to
       read (an OCR run reads a scanned page a plain one skips) */
    return r->xo.ocr ? PS_READER_DIGEST "+ocr" : PS_READER_DIGEST;
}

int ps_reader_new(ps_cjk *cjk, ps_reader **out, ps_error *err)
{
    *out = NULL;
    if (!cjk)
        return ps_error_set(err, PS_EINVAL, "cannot create reader: no normalizer");
    ps_reader *r = calloc(1, sizeof *r);
    if (!r)
        return ps_error_set(err, PS_ENOMEM, "cannot create reader: out of memory");
    r->cjk = cjk;
    int rc = ps_gazetteer_new(&r->gaz, err);
    if (rc) {
        free(r);
        return rc;
    }
    *out = r;
    return PS_OK;
}

void ps_reader_free(ps_reader *r)
{
    if (!r)
        return;
    ps_gazetteer_free(r->gaz);
    free(r);
}

void ps_plan_free(ps_plan *p)
{
    if (!p)
        return;
    free(p->id);
    free(p->path);
    free(p->encoding);
    free(p->title);
    free(p->region);
    free(p->region_code);
    free(p->org);
    free(p->level);
    free(p->sector);
    free(p->date);
    free(p->doc_number);
    free(p->type);
    free(p->url);
    free(p->from.title);
    free(p->from.year);
    free(p->from.region);
    free(p->from.org);
    free(p->from.level);
    free(p->from.type);
    free(p->body);
    free(p->furniture);
    free(p->raw);
    free(p->format);
    free(p->file_title);
    free(p->file_author);
    free(p->file_date);
    free(p);
}

void ps_plan_list_release(ps_plan_list *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->count; i++)
        ps_plan_free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->count = 0;
}

/* Build one document from its original text s[0..n). */
static int make_plan(ps_reader *r, const char *path, const char *id_base,
                     int part, const char *encoding, const char *s, size_t n,
                     ps_plan **out)
{
    ps_text t;
    int rc = PS_OK;
    ps_buf body = PS_BUF_INIT, id = PS_BUF_INIT, furniture = PS_BUF_INIT;
    ps_plan *p = calloc(1, sizeof *p);

    *out = NULL;
    if (!p)
        return PS_ENOMEM;
    if (ps_text_init(&t, r->cjk, s, n) != PS_OK) {
        free(p);
        return PS_ENOMEM;
    }
    ps_boiler_mark(&t);
    rc = ps_meta_extract(&t, r->gaz, p);

    /* the body: every line that is not boilerplate, as written, without
       the runs of blank lines that removed lines leave; boilerplate lines
       go to the furniture, kept apart so nothing is silently lost */
    int blank = 1;
    for (size_t i = 0; !rc && i < t.nlines; i++) {
        const ps_line *l = &t.lines[i];
        if (l->flags & PS_LINE_BOILER) {
            size_t from = ps_text_orig(&t, l->ls), to = ps_text_orig(&t, l->le);
            ps_buf_append(&rc, &furniture, s + from, to - from);
            ps_buf_putc(&rc, &furniture, '\n');
            continue;
        }
        if (l->e == l->s) {
            if (blank)
                continue;
            blank = 1;
        } else {
            blank = 0;
        }
        size_t from = ps_text_orig(&t, l->ls), to = ps_text_orig(&t, l->le);
        ps_buf_append(&rc, &body, s + from, to - from);
        ps_buf_putc(&rc, &body, '\n');
    }
    ps_text_release(&t);
    ps_buf_puts(&rc, &id, id_base);
    if (part > 0)
        ps_buf_printf(&rc, &id, "#%d", part);
    p->part = part;
    if (!rc) {
        p->body = ps_buf_detach(&body, &p->body_len);
        if (furniture.len)
            p->furniture = ps_buf_detach(&furniture, &p->furniture_len);
        p->id = ps_buf_detach(&id, NULL);
        p->path = strdup(path);
        p->encoding = strdup(encoding);
        p->raw = malloc(n + 1);
        if (p->raw) {
            memcpy(p->raw, s, n);
            p->raw[n] = '\0';
            p->raw_len = n;
        }
        if (!p->body || !p->id || !p->path || !p->encoding || !p->raw)
            rc = PS_ENOMEM;
    }
    ps_buf_release(&body);
    ps_buf_release(&furniture);
    ps_buf_release(&id);
    if (rc) {
        ps_plan_free(p);
        return rc;
    }
    *out = p;
    return PS_OK;
}

static int only_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ps_u8_next(s + i, n - i, &cp);
        if (!ps_u8_is_space(cp) && cp != '\n')
            return 0;
    }
    return 1;
}

/* Documents of the text s: one, or one per part of a compilation. */
static int read_text(ps_reader *r, const char *path, const char *id_base,
                     const char *encoding, const char *s, size_t n,
                     ps_plan_list *out)
{
    ps_text t;
    ps_part *parts = NULL;
    ps_plan **items = NULL;
    size_t nparts, count = 0;
    int rc;

    if (only_blank(s, n))
        return PS_OK;
    /* headings (第一篇：) read the same in either script: no fold needed */
    if (ps_text_init(&t, NULL, s, n) != PS_OK)
        return PS_ENOMEM;
    nparts = ps_split(&t, NULL, 0);
    if (nparts > 0) {
        parts = malloc(nparts * sizeof *parts);
        if (!parts) {
            ps_text_release(&t);
            return PS_ENOMEM;
        }
        ps_split(&t, parts, nparts);
    }
    items = malloc((nparts ? nparts : 1) * sizeof *items);
    rc = items ? PS_OK : PS_ENOMEM;
    if (!rc && nparts == 0) {
        rc = make_plan(r, path, id_base, 0, encoding, s, n, &items[0]);
        count = rc ? 0 : 1;
    }
    for (size_t i = 0; !rc && i < nparts; i++) {
        size_t from = t.lines[parts[i].first].ls;
        size_t to = parts[i].end < t.nlines ? t.lines[parts[i].end].ls : n;
        while (to > from && (s[to - 1] == '\n' || s[to - 1] == ' '))
            to--;
        rc = make_plan(r, path, id_base, (int)i + 1, encoding, s + from, to - from,
                       &items[i]);
        if (!rc)
            count++;
    }
    ps_text_release(&t);
    free(parts);
    if (!rc) {
        ps_plan **grown = realloc(out->items, (out->count + count) * sizeof *grown);
        if (!grown) {
            rc = PS_ENOMEM;
        } else {
            out->items = grown;
            memcpy(out->items + out->count, items, count * sizeof *items);
            out->count += count;
            count = 0;
        }
    }
    for (size_t i = 0; i < count; i++)
        ps_plan_free(items[i]);
    free(items);
    return rc;
}

/* ---- Binary documents ---------------------------------------------------- */

static const char *format_label(int fmt)
{
    switch (fmt) {
    case PS_FMT_PNG: return "a PNG image";
    case PS_FMT_JPEG: return "a JPEG image";
    case PS_FMT_TIFF: return "a TIFF image";
    default: return "a binary file";
    }
}

/* Why a sniffed file is skipped before it is parsed, or NULL. */
static const char *refuse(const ps_reader *r, int fmt, const char *what, char *buf,
                          size_t size)
{
    if (fmt == PS_FMT_OTHER) {
        snprintf(buf, size, "%s", what);
        return buf;
    }
    if (ps_format_is_image(fmt) && !r->xo.ocr) {
        snprintf(buf, size, "%s (index with --ocr to recognise its text)",
                 format_label(fmt));
        return buf;
    }
    return NULL;
}

/* A property title fit to stand for the plan's: one line, not a file name
 * a word processor made up ("Microsoft Word - 文档1.doc", "Untitled"). */
static char *property_title(const char *t)
{
    static const char *const prefixes[] = {"Microsoft Word - ", "Microsoft Word-", NULL};
    if (!t)
        return NULL;
    for (size_t i = 0; prefixes[i]; i++)
        if (strncmp(t, prefixes[i], strlen(prefixes[i])) == 0)
            t += strlen(prefixes[i]);
    int cjk = 0;
    for (const unsigned char *p = (const unsigned char *)t; *p; p++)
        if (*p >= 0xE0)
            cjk = 1;
    if (!cjk) /* plans are titled in Chinese */
        return NULL;
    size_t n = strlen(t);
    if (n > 300)
        return NULL;
    char *s = strdup(t);
    if (!s)
        return NULL;
    for (char *p = s; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    static const char *const exts[] = {".docx", ".doc", ".wps", ".pdf", ".ofd", NULL};
    for (size_t i = 0; exts[i]; i++)
        if (ps_ends(s, strlen(s), exts[i]))
            s[strlen(s) - strlen(exts[i])] = '\0';
    return s;
}

/* Mark a file's documents with what the file says about itself. */
static int mark_plans(ps_plan_list *l, size_t from, const ps_extract *x)
{
    char *ptitle = property_title(x->title);
    int rc = PS_OK;
    for (size_t i = from; i < l->count && !rc; i++) {
        ps_plan *p = l->items[i];
        p->format = strdup(x->format);
        p->ocr = x->ocr;
        p->file_title = x->title ? strdup(x->title) : NULL;
        p->file_author = x->author ? strdup(x->author) : NULL;
        p->file_date = x->created ? strdup(x->created) : NULL;
        if (!p->format || (x->title && !p->file_title) || (x->author && !p->file_author) ||
            (x->created && !p->file_date))
            rc = PS_ENOMEM;
        /* the properties are weaker evidence than the text: only where the
           text says nothing, and only for a whole file */
        if (!rc && ptitle && !p->title && p->part == 0) {
            free(p->from.title);
            if (!(p->title = strdup(ptitle)) || !(p->from.title = strdup("file properties")))
                rc = PS_ENOMEM;
            size_t at, len;
            int y = p->title ? ps_year_find(p->title, strlen(p->title), 1, &at, &len) : 0;
            if (!rc && !p->year && y) {
                p->year = y;
                free(p->from.year);
                if (!(p->from.year = strdup("file properties: title")))
                    rc = PS_ENOMEM;
            }
        }
    }
    free(ptitle);
    return rc;
}

/* Documents of extracted text, in pieces when it is large. */
static int read_extracted(ps_reader *r, const char *path, const char *id_base,
                          const char *encoding, const char *s, size_t n,
                          ps_plan_list *out)
{
    if (n <= 2 * PS_DOCUMENT_PIECE)
        return read_text(r, path, id_base, encoding, s, n, out);
    size_t first = out->count, start = 0;
    int rc = PS_OK;
    while (!rc && start < n) {
        size_t end = n - start > PS_DOCUMENT_PIECE ? start + PS_DOCUMENT_PIECE : n;
        while (end < n && end > start && s[end - 1] != '\n')
            end--;
        if (end == start)
            end = start + PS_DOCUMENT_PIECE; /* one huge line: cut at a character */
        while (end < n && ((unsigned char)s[end] & 0xC0) == 0x80)
            end++;
        rc = read_text(r, path, id_base, encoding, s + start, end - start, out);
        start = end;
    }
    /* one numbering over the pieces: id#1, id#2, … */
    for (size_t i = first; !rc && i < out->count; i++) {
        ps_plan *p = out->items[i];
        char *id = malloc(strlen(id_base) + 24);
        if (!id)
            return PS_ENOMEM;
        sprintf(id, "%s#%zu", id_base, i - first + 1);
        free(p->id);
        p->id = id;
        p->part = (int)(i - first + 1);
    }
    return rc;
}

static int read_document(ps_reader *r, const char *path, const char *id_base, int fmt,
                         const char *what, const char *data, size_t n, ps_plan_list *out,
                         ps_error *err)
{
    char why[128];
    if (refuse(r, fmt, what, why, sizeof why))
        return ps_error_set(err, PS_EENCODING, "skipping '%s': %s", path, why);
    if (n > PS_DOCUMENT_MAX_FILE)
        return ps_error_set(err, PS_EIO,
                            "skipping '%s': file too large (%zu MB, limit %zu MB)", path,
                            n >> 20, PS_DOCUMENT_MAX_FILE >> 20);
    ps_extract x;
    int rc = ps_extract_file(path, fmt, data, n, &r->xo, &x, err);
    if (rc)
        return rc;
    if (x.scan) {
        ps_extract_release(&x);
        return ps_error_set(err, PS_EENCODING,
                            "skipping '%s': scanned PDF with no text (index with --ocr to "
                            "recognise it)", path);
    }
    ps_buf utf8 = PS_BUF_INIT, html = PS_BUF_INIT;
    const char *encoding = "UTF-8";
    const char *text = x.text.data ? x.text.data : "";
    size_t len = x.text.len;
    if (x.charset[0])
        encoding = x.charset;
    if (x.text_raw) {
        rc = ps_decode(path, text, len, &utf8, &encoding, err);
        text = utf8.data ? utf8.data : "";
        len = utf8.len;
    }
    if (!rc && x.text_is_html) {
        ps_html_strip(text, len, &rc, &html);
        text = html.data ? html.data : "";
        len = html.len;
    }
    ps_plan_list got = {NULL, 0};
    if (!rc)
        rc = read_extracted(r, path, id_base, encoding, text, len, &got);
    if (!rc)
        rc = mark_plans(&got, 0, &x);
    if (!rc && got.count) {
        ps_plan **grown = realloc(out->items, (out->count + got.count) * sizeof *grown);
        if (!grown) {
            rc = PS_ENOMEM;
        } else {
            out->items = grown;
            memcpy(out->items + out->count, got.items, got.count * sizeof *got.items);
            out->count += got.count;
            free(got.items);
            got.items = NULL;
            got.count = 0;
        }
    }
    ps_plan_list_release(&got);
    ps_buf_release(&utf8);
    ps_buf_release(&html);
    ps_extract_release(&x);
    if (rc == PS_ENOMEM)
        return ps_error_set(err, rc, "cannot read '%s': out of memory", path);
    return rc;
}

int ps_reader_is_document(const char *path)
{
    char head[8192];
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return 0;
    ssize_t k;
    do
        k = read(fd, head, sizeof head);
    while (k < 0 && errno == EINTR);
    close(fd);
    return k > 0 && ps_format_sniff(head, (size_t)k, NULL) != PS_FMT_TEXT;
}

/* ---- Reading a file ------------------------------------------------------- */

int ps_reader_read_buffer(ps_reader *r, const char *path, const char *id_base,
                          const char *data, size_t n, ps_plan_list *out,
                          ps_error *err)
{
    ps_buf utf8 = PS_BUF_INIT, html = PS_BUF_INIT;
    const char *encoding = "UTF-8";
    int rc;

    const char *what;
    int fmt = ps_format_sniff(data, n, &what);
    if (fmt != PS_FMT_TEXT)
        return read_document(r, path, id_base, fmt, what, data, n, out, err);
    if (n > PS_CORPUS_MAX_FILE)
        return ps_error_set(err, PS_EIO,
                            "skipping '%s': file too large (%zu MB, limit %zu MB)",
                            path, n >> 20, PS_CORPUS_MAX_FILE >> 20);
    rc = ps_decode(path, data, n, &utf8, &encoding, err);
    if (rc) {
        ps_buf_release(&utf8);
        return rc;
    }
    const char *text = utf8.data ? utf8.data : "";
    size_t len = utf8.len;
    if (ps_html_detect(text, len, path)) {
        ps_html_strip(text, len, &rc, &html);
        text = html.data ? html.data : "";
        len = html.len;
    }
    if (!rc)
        rc = read_text(r, path, id_base, encoding, text, len, out);
    ps_buf_release(&utf8);
    ps_buf_release(&html);
    if (rc == PS_ENOMEM)
        return ps_error_set(err, rc, "cannot read '%s': out of memory", path);
    return rc;
}

int ps_reader_read_file(ps_reader *r, const char *path, const char *id_base,
                        ps_plan_list *out, ps_error *err)
{
    struct stat st;
    /* O_NONBLOCK: opening a FIFO must not wait for a writer */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return ps_error_set(err, PS_EIO, "cannot open '%s': %s", path,
                            strerror(errno));
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return ps_error_set(err, PS_EIO, "cannot read '%s': %s", path, strerror(e));
    }
    if (!S_ISREG(st.st_mode)) {
        close(fd);
        return ps_error_set(err, PS_EIO, "cannot read '%s': %s", path,
                            S_ISDIR(st.st_mode) ? "is a directory"
                                                : "not a regular file");
    }
    /* a binary document may be larger than text; its type decides */
    size_t limit = PS_CORPUS_MAX_FILE;
    if ((size_t)st.st_size > PS_CORPUS_MAX_FILE) {
        char head[8192];
        ssize_t k;
        do
            k = pread(fd, head, sizeof head, 0);
        while (k < 0 && errno == EINTR);
        const char *what;
        int fmt = k > 0 ? ps_format_sniff(head, (size_t)k, &what) : PS_FMT_TEXT;
        char why[128];
        if (fmt != PS_FMT_TEXT && refuse(r, fmt, what, why, sizeof why)) {
            close(fd);
            return ps_error_set(err, PS_EENCODING, "skipping '%s': %s", path, why);
        }
        if (fmt != PS_FMT_TEXT)
            limit = PS_DOCUMENT_MAX_FILE;
    }
    if ((size_t)st.st_size > limit) {
        close(fd);
        return ps_error_set(err, PS_EIO,
                            "skipping '%s': file too large (%lld MB, limit %zu MB)",
                            path, (long long)(st.st_size >> 20), limit >> 20);
    }
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *data = malloc(cap);
    if (!data) {
        close(fd);
        return ps_error_set(err, PS_ENOMEM, "cannot read '%s': out of memory", path);
    }
    /* read to EOF, never past the cap (the file may grow meanwhile) */
    for (;;) {
        if (len == cap) {
            if (cap > limit) {
                free(data);
                close(fd);
                return ps_error_set(err, PS_EIO,
                                    "skipping '%s': file too large (limit %zu MB)",
                                    path, limit >> 20);
            }
            char *p = realloc(data, cap * 2);
            if (!p) {
                free(data);
                close(fd);
                return ps_error_set(err, PS_ENOMEM, "cannot read '%s': out of memory",
                                    path);
            }
            data = p, cap *= 2;
        }
        ssize_t k = read(fd, data + len, cap - len);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            int e = errno;
            free(data);
            close(fd);
            return ps_error_set(err, PS_EIO, "cannot read '%s': %s", path, strerror(e));
        }
        if (k == 0)
            break;
        len += (size_t)k;
    }
    close(fd);
    int rc = ps_reader_read_buffer(r, path, id_base, data, len, out, err);
    free(data);
    return rc;
}
