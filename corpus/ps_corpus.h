/*
 * corpus/: reading plan files into documents with metadata.
 *
 * A file (plain text or HTML, in any of the encodings real scraped pages
 * use) is read, converted to UTF-8, split into documents when it is a
 * compilation (第一篇 … 第二篇 …), cleaned of web boilerplate, and each
 * document gets its metadata.  Metadata is NULL (or year 0) when the text
 * does not say; extractors never present a guess as fact.
 */
#ifndef PS_CORPUS_H
#define PS_CORPUS_H

#include "ps_cjk.h"
#include "ps_status.h"

#include <stddef.h>

/* One document.  All strings are malloc'd UTF-8, owned by the plan. */
typedef struct ps_plan {
    char *id;          /* stable id: path relative to the indexed root, plus
                          "#N" for the Nth document of a compilation */
    char *path;        /* the file as it was opened */
    int part;          /* N of a compilation (1-based), 0 for a whole file */
    char *encoding;    /* detected source encoding, e.g. "UTF-8", "GB18030" */

    char *title;       /* the plan's own title, as written (may be traditional) */
    int year;          /* the year the plan is for, 0 if unknown */
    char *region;      /* "四川省/乐山市" (province down), NULL if unknown */
    char *region_code; /* GB/T 2260 code of the most specific place */
    char *org;         /* issuing body, e.g. "林甸县总工会" (as written) */
    char *level;       /* 全国 省 市 县 乡镇 基层, NULL if unknown */
    char *sector;      /* 总工会 教育 卫生 教科文卫体 …, NULL if unknown */
    char *date;        /* signature date, ISO "2012-02-06", NULL if unknown */
    char *doc_number;  /* e.g. "乐工教科文卫体[2012]2号", NULL if none */
    char *url;         /* where the page was found (index --meta), NULL if unknown */
    char *type;        /* kind of document: plan report news notice speech
                          summary other (ps_kind_name), NULL if unknown */
    /*
     * Where each field came from, for a researcher asking why: "title",
     * "first line", "signature", "text: 部署2016年工作任务", "published:
     * 2016-03-02", "body: 梧州市总工会" …; NULL when the field is unknown.
     */
    struct ps_plan_from {
        char *title, *year, *region, *org, *level, *type;
    } from;

    char *body;        /* the cleaned text that is indexed */
    size_t body_len;
    char *furniture;   /* the page furniture lines (navigation, publication
                          lines, share buttons, copyright …), as written,
                          one a line: evidence for metadata, shown by
                          `show`, never indexed; NULL when there is none */
    size_t furniture_len;
    char *raw;         /* this document's original text (UTF-8), boilerplate
                          included: nothing is silently lost */
    size_t raw_len;

    /* Documents read from PDF, Word, WPS, OFD, MHTML or images. */
    char *format;      /* "PDF", "DOCX", "DOC", "OFD", "ODT", "MHTML", "PNG",
                          "JPEG", "TIFF"; NULL for text and HTML files */
    int ocr;           /* 1 when (some of) the text was recognised by OCR */
    char *file_title;  /* properties the file carries (PDF Info or XMP, */
    char *file_author; /* docx core.xml, OFD DocInfo …), NULL if none; */
    char *file_date;   /* creation date, ISO.  Weaker than the text. */
} ps_plan;

void ps_plan_free(ps_plan *p); /* NULL is fine */

/* Kinds of document, as ps_plan.type names them. */
#define PS_KINDS "plan report news notice speech summary other"
/* The name of kind k (1 … 7: plan … other), NULL otherwise. */
const char *ps_kind_name(int k);
/* The kind named s ("plan", or its Chinese name: 计划 要点 报告 新闻 通知 讲话
   总结 其他), 0 if none. */
int ps_kind_parse(const char *s);

/* A list of documents read from one file; owns its plans. */
typedef struct ps_plan_list {
    ps_plan **items;
    size_t count;
} ps_plan_list;

void ps_plan_list_release(ps_plan_list *l);

typedef struct ps_reader ps_reader;

/*
 * Create a reader.  `cjk` is borrowed (for folding traditional script and
 * full-width forms before metadata extraction) and must outlive the reader.
 * Loads the gazetteer.
 */
int ps_reader_new(ps_cjk *cjk, ps_reader **out, ps_error *err);
void ps_reader_free(ps_reader *r); /* NULL is fine */

/*
 * Recognise scanned PDF pages and image files (PNG, JPEG, TIFF) with
 * Tesseract; off by default (scans and images are then skipped, named).
 */
void ps_reader_set_ocr(ps_reader *r, int on);
int ps_reader_ocr(const ps_reader *r); /* as set */

/*
 * What decides the documents this reader makes of a file, as a short
 * string: a digest of the reading code and data this plansearch was built
 * from (every source of corpus/ and cjk/, the gazetteer's data included),
 * and "+ocr" when OCR is on.  An index keeps it beside each file's content
 * hash, so that a plansearch that reads differently (better metadata
 * rules, a new format) reads every file again at the next run instead of
 * keeping what an older one made of it.
 */
const char *ps_reader_version(const ps_reader *r);

/*
 * True when the file at path (by its first bytes) is a binary document
 * (PDF, Word, OFD, MHTML, image …) rather than text: such a file is read
 * whole by ps_reader_read_file, never in pieces.
 */
int ps_reader_is_document(const char *path);

/*
 * Read one file: text or HTML in any encoding, or a binary document (PDF,
 * .docx, .doc, .wps, OFD, .odt, MHTML; images and scans with OCR), which
 * is parsed in a child process with time and memory limits.  `id_base` is the id of the file (its path relative to the
 * indexed root); documents get id_base or id_base#N.
 *
 * Returns PS_OK with out filled (appended), or:
 *   PS_EIO        the file cannot be opened or read, or is larger than
 *                 16 MB (256 MB for a binary document; files are read
 *                 whole, not streamed; err names it);
 *   PS_EENCODING  binary or undecodable content, a scan without --ocr, an
 *                 encrypted or broken document, a reader that crashed or
 *                 timed out (err names the file and why, in one line);
 *   PS_ENOMEM.
 * On error nothing is appended.  An empty file yields PS_OK and no documents.
 */
int ps_reader_read_file(ps_reader *r, const char *path, const char *id_base,
                        ps_plan_list *out, ps_error *err);

/*
 * Same, for bytes already in memory (tests, fuzzing).  `path` is only used
 * in messages and stored in the plans.
 */
int ps_reader_read_buffer(ps_reader *r, const char *path, const char *id_base,
                          const char *data, size_t n, ps_plan_list *out,
                          ps_error *err);

/*
 * Walk `root` (a file or a folder, recursively, in sorted order so ids and
 * results are reproducible).  For each regular file, calls
 * file_fn(ctx, path, relpath); relpath is relative to root (for a single
 * file, its base name).  Symlink loops, unreadable folders and non-UTF-8
 * names are reported through warn_fn(ctx, path, message) and skipped.
 * A non-zero return from file_fn stops the walk and is returned.
 * Returns PS_OK, PS_EIO (root itself unreadable; err filled) or file_fn's
 * value.
 */
typedef int (*ps_walk_file_fn)(void *ctx, const char *path, const char *relpath);
typedef void (*ps_walk_warn_fn)(void *ctx, const char *path, const char *message);
int ps_corpus_walk(const char *root, ps_walk_file_fn file_fn,
                   ps_walk_warn_fn warn_fn, void *ctx, ps_error *err);

#endif
