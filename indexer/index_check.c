/*
 * plansearch check: is the index at a path whole?  Xapian checks its own
 * tables; we check what only we know: every stored record decodes, every
 * document carries exactly one id term that leads back to it and one file
 * term, and the counts of documents, id terms and file terms agree.
 */
#include "ps_index.h"
#include "psx.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct check_ctx {
    psx_db *db;
    void (*report)(void *ctx, const char *message);
    void *ctx;
    ps_check_summary *sum;
    ps_error *err;
    unsigned long long file_postings; /* sum of the file terms' frequencies */
    unsigned id_terms;
} check_ctx;

static void problem(check_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(check_ctx *c, const char *fmt, ...)
{
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->sum->problems++;
    if (c->report)
        c->report(c->ctx, msg);
}

static int check_doc(void *vctx, unsigned docid, const char *data, size_t len)
{
    check_ctx *c = vctx;
    c->sum->docs++;
    ps_docrec rec;
    if (ps_docrec_decode(data, len, &rec) != PS_OK) {
        problem(c, "document %u: stored record is unreadable", docid);
        return PS_OK;
    }
    unsigned n;
    char *idterm = NULL;
    int rc = psx_db_doc_terms(c->db, docid, PS_PREFIX_ID, &n, &idterm, c->err);
    if (rc)
        return rc;
    if (n != 1 || !idterm) {
        problem(c, "document %u ('%s'): %u id terms, expected 1", docid, rec.id, n);
    } else {
        if (strcmp(idterm + strlen(PS_PREFIX_ID), rec.id) != 0)
            problem(c, "document %u: id term '%s' does not match its record's id '%s'",
                    docid, idterm, rec.id);
        unsigned first;
        rc = psx_db_term_doc(c->db, idterm, &first, c->err);
        if (rc < 0) {
            free(idterm);
            return rc;
        }
        if (rc == PS_DONE || first != docid)
            problem(c, "document %u ('%s'): its id leads to another document", docid,
                    rec.id);
    }
    free(idterm);
    rc = psx_db_doc_terms(c->db, docid, PS_PREFIX_FILE, &n, NULL, c->err);
    if (rc)
        return rc;
    if (n != 1)
        problem(c, "document %u ('%s'): %u file terms, expected 1", docid, rec.id, n);
    rc = psx_db_doc_terms(c->db, docid, PS_PREFIX_ROOT, &n, NULL, c->err);
    if (rc)
        return rc;
    if (n > 1)
        problem(c, "document %u ('%s'): %u root terms, expected at most 1", docid, rec.id,
                n);
    return PS_OK;
}

static int count_file_term(void *vctx, const char *term, size_t len, unsigned freq)
{
    check_ctx *c = vctx;
    (void)term, (void)len;
    c->sum->files++;
    c->file_postings += freq;
    return PS_OK;
}

static int count_id_term(void *vctx, const char *term, size_t len, unsigned freq)
{
    check_ctx *c = vctx;
    c->id_terms++;
    if (freq != 1)
        problem(c, "id '%.*s' is held by %u documents", (int)(len - strlen(PS_PREFIX_ID)),
                term + strlen(PS_PREFIX_ID), freq);
    return PS_OK;
}

int ps_index_check(const char *dbpath, void (*report)(void *ctx, const char *message),
                   void *ctx, ps_check_summary *sum, ps_error *err)
{
    memset(sum, 0, sizeof *sum);
    psx_db *db = NULL;
    int rc = psx_db_open(dbpath, PSX_OPEN_READ, &db, err);
    if (rc)
        return rc;
    check_ctx c = {db, report, ctx, sum, err, 0, 0};
    ps_error xerr;
    ps_error_clear(&xerr);
    if (psx_db_check(dbpath, &xerr) != PS_OK)
        problem(&c, "%s", xerr.msg);
    char *format = NULL;
    rc = psx_db_get_metadata(db, PS_META_FORMAT, &format, err);
    unsigned doccount = 0;
    if (!rc)
        rc = psx_db_doccount(db, &doccount, err);
    /* a new index killed before its first commit is empty and unmarked */
    if (!rc && strcmp(format, PS_INDEX_FORMAT) != 0 && (doccount || *format))
        problem(&c, "index format is '%s', expected '%s'", format, PS_INDEX_FORMAT);
    free(format);
    if (!rc)
        rc = psx_db_docs(db, check_doc, &c, err);
    if (!rc)
        rc = psx_db_terms(db, PS_PREFIX_FILE, count_file_term, &c, err);
    if (!rc)
        rc = psx_db_terms(db, PS_PREFIX_ID, count_id_term, &c, err);
    if (!rc) {
        if (doccount != sum->docs)
            problem(&c, "the index counts %u documents but %u could be read", doccount,
                    sum->docs);
        if (c.id_terms != sum->docs)
            problem(&c, "%u documents but %u ids", sum->docs, c.id_terms);
        if (c.file_postings != sum->docs)
            problem(&c, "%u documents but the file terms cover %llu", sum->docs,
                    c.file_postings);
    }
    psx_db_close(db);
    return rc;
}
