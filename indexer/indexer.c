/*
 * Building the index: one Xapian document per plan, terms from cjk/'s
 * tokenizer (never Xapian's TermGenerator, whose CJK rules differ from the
 * query side's), filters and values from the plan's metadata.
 */
#include "ps_index.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct ps_indexer {
    psx_db *db;
    ps_cjk *cjk;
    const ps_gazetteer *gaz;
    ps_buf term;   /* scratch for prefixed terms */
    ps_buf record; /* scratch for the stored record */
};

int ps_indexer_open(const char *dbpath, unsigned flags, ps_cjk *cjk,
                    const ps_gazetteer *gaz, ps_indexer **out, ps_error *err)
{
    *out = NULL;
    ps_indexer *ix = calloc(1, sizeof *ix);
    if (!ix)
        return ps_error_set(err, PS_ENOMEM, "cannot open index '%s': out of memory", dbpath);
    int mode = (flags & PS_INDEXER_REBUILD) ? PSX_OPEN_OVERWRITE : PSX_OPEN_WRITE;
    int rc = psx_db_open(dbpath, mode, &ix->db, err);
    if (rc) {
        free(ix);
        return rc;
    }
    ix->cjk = cjk;
    ix->gaz = gaz;
    rc = psx_db_set_metadata(ix->db, PS_META_FORMAT, PS_INDEX_FORMAT, err);
    if (rc) {
        ps_indexer_close(ix);
        return rc;
    }
    *out = ix;
    return PS_OK;
}

void ps_indexer_close(ps_indexer *ix)
{
    if (!ix)
        return;
    psx_db_close(ix->db);
    ps_buf_release(&ix->term);
    ps_buf_release(&ix->record);
    free(ix);
}

int ps_indexer_commit(ps_indexer *ix, ps_error *err)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    int rc = psx_db_set_metadata(ix->db, PS_META_UPDATED, stamp, err);
    return rc ? rc : psx_db_commit(ix->db, err);
}

/* Tokenizer callback state: where the terms go and under which prefix. */
typedef struct posting_ctx {
    ps_indexer *ix;
    psx_doc *doc;
    const char *prefix;
    ps_error *err;
} posting_ctx;

static int add_token(void *vctx, const ps_token *tok)
{
    posting_ctx *c = vctx;
    int rc = PS_OK;
    ps_buf *t = &c->ix->term;
    ps_buf_reset(t);
    ps_buf_puts(&rc, t, c->prefix);
    ps_buf_append(&rc, t, tok->term, tok->len);
    if (rc)
        return ps_error_set(c->err, rc, "cannot index term: out of memory");
    return psx_doc_add_posting(c->doc, t->data, t->len, tok->pos, c->err);
}

static int index_text(ps_indexer *ix, psx_doc *doc, const char *prefix,
                      const char *text, size_t n, ps_error *err)
{
    if (!text || !n)
        return PS_OK;
    posting_ctx c = {ix, doc, prefix, err};
    int rc = ps_cjk_tokenize(ix->cjk, PS_TOK_INDEX, text, n, 1, add_token, &c, NULL);
    if (rc < 0 && err && err->code != rc)
        ps_error_set(err, rc, "cannot tokenize: %s", ps_status_text(rc));
    return rc;
}

/* A boolean term prefix+value; values too long for a term are skipped. */
static int add_filter(ps_indexer *ix, psx_doc *doc, const char *prefix,
                      const char *value, ps_error *err)
{
    if (!value || !*value)
        return PS_OK;
    int rc = PS_OK;
    ps_buf_reset(&ix->term);
    ps_buf_puts(&rc, &ix->term, prefix);
    ps_buf_puts(&rc, &ix->term, value);
    if (rc)
        return ps_error_set(err, rc, "cannot index filter: out of memory");
    if (ix->term.len > PS_TERM_MAX)
        return PS_OK;
    return psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
}

static int add_value(psx_doc *doc, unsigned slot, const char *v, ps_error *err)
{
    return v && *v ? psx_doc_set_value(doc, slot, v, strlen(v), err) : PS_OK;
}

/* Region filters: the place itself and every place containing it. */
static int add_region(ps_indexer *ix, psx_doc *doc, const ps_plan *p, ps_error *err)
{
    int rc = add_value(doc, PS_SLOT_REGION, p->region, err);
    if (!rc && p->region) {
        const char *slash = strchr(p->region, '/');
        size_t n = slash ? (size_t)(slash - p->region) : strlen(p->region);
        rc = psx_doc_set_value(doc, PS_SLOT_PROVINCE, p->region, n, err);
    }
    if (rc || !p->region_code)
        return rc;
    ps_place place;
    if (!ix->gaz || ps_gazetteer_by_code(ix->gaz, p->region_code, &place) != PS_OK)
        return add_filter(ix, doc, PS_PREFIX_REGION, p->region_code, err);
    for (;;) {
        rc = add_filter(ix, doc, PS_PREFIX_REGION, place.code, err);
        ps_place parent;
        if (rc || ps_gazetteer_parent(ix->gaz, &place, &parent) != PS_OK)
            return rc;
        place = parent;
    }
}

/* The file part of an id: "a/b.txt#2" → "a/b.txt". */
static size_t file_id_len(const char *id)
{
    const char *hash = strrchr(id, '#');
    return hash ? (size_t)(hash - id) : strlen(id);
}

int ps_indexer_add(ps_indexer *ix, const ps_plan *p, ps_error *err)
{
    psx_doc *doc = NULL;
    int rc = psx_doc_new(&doc, err);
    if (rc)
        return rc;
    rc = index_text(ix, doc, "", p->body, p->body_len, err);
    if (!rc && p->title)
        rc = index_text(ix, doc, PS_PREFIX_TITLE, p->title, strlen(p->title), err);
    if (!rc && p->org)
        rc = index_text(ix, doc, PS_PREFIX_ORG, p->org, strlen(p->org), err);

    char year[16] = "";
    if (p->year)
        snprintf(year, sizeof year, "%d", p->year);
    if (!rc && p->year) {
        rc = add_filter(ix, doc, PS_PREFIX_YEAR, year, err);
        if (!rc)
            rc = psx_doc_set_value_number(doc, PS_SLOT_YEAR, p->year, err);
        if (!rc)
            rc = add_value(doc, PS_SLOT_YEAR_TEXT, year, err);
    }
    if (!rc)
        rc = add_region(ix, doc, p, err);
    if (!rc)
        rc = add_filter(ix, doc, PS_PREFIX_LEVEL, p->level, err);
    if (!rc)
        rc = add_value(doc, PS_SLOT_LEVEL, p->level, err);
    if (!rc)
        rc = add_filter(ix, doc, PS_PREFIX_SECTOR, p->sector, err);
    if (!rc)
        rc = add_value(doc, PS_SLOT_SECTOR, p->sector, err);

    int brc = PS_OK;
    if (!rc) {
        ps_buf_reset(&ix->term);
        ps_buf_puts(&brc, &ix->term, PS_PREFIX_FILE);
        ps_buf_append(&brc, &ix->term, p->id, file_id_len(p->id));
        if (!brc && ix->term.len <= PS_TERM_MAX)
            rc = psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
    }
    if (!rc && !brc) {
        ps_buf_reset(&ix->record);
        ps_docrec_encode(p, &brc, &ix->record);
        if (!brc)
            rc = psx_doc_set_data(doc, ix->record.data, ix->record.len, err);
    }
    if (!rc && !brc) {
        ps_buf_reset(&ix->term);
        ps_buf_puts(&brc, &ix->term, PS_PREFIX_ID);
        ps_buf_puts(&brc, &ix->term, p->id);
        /* the document must carry its unique term to be found by it later */
        if (!brc)
            rc = psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
        if (!brc && !rc)
            rc = psx_db_replace(ix->db, ix->term.data, doc, err);
    }
    if (brc && !rc)
        rc = ps_error_set(err, brc, "cannot index '%s': out of memory", p->id);
    psx_doc_free(doc);
    return rc;
}

int ps_indexer_remove_file(ps_indexer *ix, const char *file_id, ps_error *err)
{
    int rc = PS_OK;
    ps_buf_reset(&ix->term);
    ps_buf_puts(&rc, &ix->term, PS_PREFIX_FILE);
    ps_buf_puts(&rc, &ix->term, file_id);
    if (rc)
        return ps_error_set(err, rc, "cannot remove '%s': out of memory", file_id);
    return psx_db_delete(ix->db, ix->term.data, err);
}
