/*
 * corpus/formats/: reading documents that are not plain text or HTML —
 * PDF, Word (.docx, .doc), WPS, OFD, MHTML and images (by OCR) — into
 * UTF-8 text with line breaks plus the properties the file carries.
 *
 * Parsers of binary formats (poppler, libzip + libxml2, GMime, libgsf,
 * Tesseract) are third-party code fed untrusted bytes: every extraction
 * runs in a program of its own, plansearch-extract (extract_main.c), with
 * limits on address space, CPU time and wall clock (sandbox.c), so a
 * crash, a hang or runaway memory costs one file and one line, never the
 * run or the index.
 */
#ifndef PS_FORMATS_H
#define PS_FORMATS_H

#include "ps_buf.h"
#include "ps_status.h"

#include <stddef.h>

/* What the first bytes of a file say it is. */
enum ps_format {
    PS_FMT_TEXT = 0, /* text or HTML: the ordinary reader */
    PS_FMT_PDF,
    PS_FMT_ZIP,      /* .docx, WPS .docx, OFD (decided inside the archive) */
    PS_FMT_OLE2,     /* Word 97-2003 .doc, WPS .wps */
    PS_FMT_MHTML,
    PS_FMT_PNG,
    PS_FMT_JPEG,
    PS_FMT_TIFF,
    PS_FMT_OTHER     /* a known binary type that holds no plan text */
};

/*
 * The format of data[0..n) (n may be a prefix of the file; 8 KB is enough).
 * For PS_FMT_OTHER, *name receives why it is skipped ("a GIF image, not a
 * document"); else NULL.
 */
int ps_format_sniff(const char *data, size_t n, const char **name);

/* True for formats read by an image OCR path only. */
int ps_format_is_image(int fmt);

typedef struct ps_extract_opts {
    int ocr;              /* recognise scanned pages and images */
    const char *ocr_lang; /* Tesseract languages, NULL: "chi_sim+chi_tra" */
    unsigned timeout_s;   /* wall-clock seconds a file may go without progress
                             (a page read or recognised), 0: default */
    unsigned mem_mb;      /* address-space limit of the child, 0: default */
    int progress_fd;      /* set in the child: where progress marks go */
} ps_extract_opts;

/* In plansearch-extract: say that work goes on (after a page), so that a
 * long document is not taken for a hung one.  Cheap; call it per page.
 * (progress.c: it writes PS_XF_PROGRESS with an empty field.) */
void ps_extract_progress(const ps_extract_opts *o);

/*
 * What plansearch-extract sends back: fields of a tag byte, a 4-byte
 * little-endian length and that many bytes; PS_XF_END comes last, so a
 * reply without it is incomplete.
 */
enum ps_extract_field {
    PS_XF_FORMAT = 'F', PS_XF_TEXT = 'T', PS_XF_HTML = 'h', PS_XF_RAW = 'r',
    PS_XF_OCR = 'o', PS_XF_SCAN = 's', PS_XF_TITLE = 't', PS_XF_AUTHOR = 'a',
    PS_XF_CREATED = 'c', PS_XF_ERROR = 'E', PS_XF_END = 'Z', PS_XF_PROGRESS = 'P',
    PS_XF_CHARSET = 'e'
};

/* What an extraction yields.  Strings are malloc'd UTF-8 or NULL. */
typedef struct ps_extract {
    ps_buf text;        /* the text, lines separated by '\n' */
    int text_is_html;   /* text is an HTML page (MHTML) still to be read as HTML */
    int text_raw;       /* text is undecoded bytes (charset unknown) */
    const char *format; /* static: "PDF", "DOCX", "DOC", "WPS", "OFD", "MHTML",
                           "PNG", "JPEG", "TIFF" */
    int ocr;            /* the text was recognised from images */
    int scan;           /* no text and not OCR'd: a scan (skip it) */
    char *title, *author, *created; /* file properties; created is ISO date */
    char charset[24];   /* the charset text was converted from (MHTML), or "" */
} ps_extract;

void ps_extract_release(ps_extract *x);

/*
 * Extract data[0..n), sniffed as fmt (not PS_FMT_TEXT/OTHER), in a child
 * process.  `path` is only used in messages.
 * Returns PS_OK with *x filled (x->scan set for a PDF without text), or
 * PS_EENCODING with a one-line message naming the file and why ("PDF is
 * encrypted", "PDF reader crashed (signal 11)", "… timed out after 120 s"),
 * or PS_ENOMEM.
 */
int ps_extract_file(const char *path, int fmt, const char *data, size_t n,
                    const ps_extract_opts *o, ps_extract *x, ps_error *err);

/* ---- The sandbox (sandbox.c) ------------------------------------------- */

typedef struct ps_sandbox_limits {
    unsigned timeout_s; /* wall clock without a byte from the child */
    unsigned cpu_s;     /* RLIMIT_CPU */
    unsigned mem_mb;    /* RLIMIT_AS (not set under AddressSanitizer) */
    size_t max_reply;   /* bytes the parent accepts */
    unsigned total_s;   /* wall clock in all, 0: no limit */
} ps_sandbox_limits;

/*
 * Run the program argv[0] (a path) with arguments argv[1..] (NULL-ended)
 * under lim: its standard input is in_fd (-1: /dev/null), its output and
 * error go to /dev/null, and what it writes to descriptor 3 — progress
 * while it works, then its reply — comes back in *reply.
 * Returns PS_OK, or PS_EIO with why[] saying what went wrong
 * ("crashed (signal 11: …)", "made no progress for 5 s", "timed out after
 * 60 s", "crashed (signal 6: aborted, perhaps out of memory: limit 64 MB)",
 * "used more than 5 s of CPU time", "failed (exit 3)", "sent more than
 * 1 MB of text"), or PS_EINTERNAL with "cannot be run ('…'): …" when
 * argv[0] cannot be executed, or PS_ENOMEM / PS_EINTERNAL (fork or pipe
 * failed).
 */
int ps_sandbox_run(const char *const *argv, int in_fd, const ps_sandbox_limits *lim,
                   ps_buf *reply, char *why, size_t whysize);

/* ---- Extractors (in plansearch-extract; each fills x or returns an error) */

/*
 * The extractors and the libraries they use (poppler, cairo, libzip,
 * libxml2, GMime, libgsf, Tesseract, Leptonica: some 80 shared libraries
 * in all) are linked into plansearch-extract only: plansearch itself does
 * not link them, so a search does not spend ~15 ms of its start mapping
 * and relocating them.
 */
#define PS_EXTRACT_PROGRAM_NAME "plansearch-extract"

int ps_pdf_extract(const char *data, size_t n, const ps_extract_opts *o,
                   ps_extract *x, ps_error *err);
int ps_zip_extract(const char *data, size_t n, const ps_extract_opts *o,
                   ps_extract *x, ps_error *err);
int ps_ole_extract(const char *data, size_t n, const ps_extract_opts *o,
                   ps_extract *x, ps_error *err);
int ps_mhtml_extract(const char *data, size_t n, const ps_extract_opts *o,
                     ps_extract *x, ps_error *err);
int ps_image_extract(const char *data, size_t n, const ps_extract_opts *o,
                     ps_extract *x, ps_error *err);

/*
 * The Word 97-2003 text of a WordDocument stream and its table stream
 * (ole.c; no library, so it is fuzzed on its own).  `table0`/`table1` are
 * the 0Table and 1Table streams (either may be NULL).  Appends to out.
 * PS_OK, PS_EENCODING (err says why: encrypted, not Word, malformed).
 */
int ps_doc_text(const unsigned char *wd, size_t wdn, const unsigned char *table0,
                size_t t0n, const unsigned char *table1, size_t t1n, ps_buf *out,
                ps_error *err);

/* OCR of one 8-bit gray or 32-bit image (ocr.c): text appended to out. */
typedef struct ps_ocr ps_ocr;
int ps_ocr_new(const char *lang, ps_ocr **out, ps_error *err);
void ps_ocr_free(ps_ocr *o);
int ps_ocr_image(ps_ocr *o, const unsigned char *pixels, int w, int h, int bpp,
                 int stride, int dpi, ps_buf *out, ps_error *err);
/* An image file (PNG, JPEG, TIFF: every page) through leptonica; progress
 * (may be NULL) hears of each page. */
int ps_ocr_file_image(ps_ocr *o, const char *data, size_t n,
                      const ps_extract_opts *progress, ps_buf *out, ps_error *err);

#endif
