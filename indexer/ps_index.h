/*
 * indexer/: turning plans into a Xapian index, and the record format and
 * term scheme that the searcher reads back.
 *
 * The term scheme (one table, shared with searcher/):
 *   body text      unprefixed terms from cjk/ (unigrams, bigrams, words,
 *                  Z-stems, boundary), positions from 1
 *   title text     "S" + term, positions from 1
 *   org text       "XO" + term, positions from 1
 *   id             "Q" + id              (unique; replace/delete by it)
 *   file           "XF" + file id        (every document of one file)
 *   year           "Y" + year            (boolean filter)
 *   region         "XR" + code           (the place and each ancestor)
 *   level, sector  "XL" + level, "XS" + sector
 */
#ifndef PS_INDEX_H
#define PS_INDEX_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_corpus.h"
#include "ps_gazetteer.h"
#include "ps_status.h"
#include "psx.h"

#include <stddef.h>

#define PS_PREFIX_TITLE "S"
#define PS_PREFIX_ORG "XO"
#define PS_PREFIX_ID "Q"
#define PS_PREFIX_FILE "XF"
#define PS_PREFIX_YEAR "Y"
#define PS_PREFIX_REGION "XR"
#define PS_PREFIX_LEVEL "XL"
#define PS_PREFIX_SECTOR "XS"

/* Value slots: sorting, ranges, facets, collapsing. */
enum ps_slot {
    PS_SLOT_YEAR = 0,      /* sortable number; absent when unknown */
    PS_SLOT_YEAR_TEXT = 1, /* "2012" for the year facet */
    PS_SLOT_REGION = 2,    /* "四川省/乐山市" */
    PS_SLOT_PROVINCE = 3,  /* "四川省" */
    PS_SLOT_LEVEL = 4,
    PS_SLOT_SECTOR = 5,
    PS_SLOT_COLLAPSE = 6,  /* near-duplicate key */
    PS_SLOT_HASH = 7       /* content hash of the source file */
};

/* Metadata keys of the index. */
#define PS_META_FORMAT "plansearch.format"
#define PS_META_UPDATED "plansearch.updated"
#define PS_INDEX_FORMAT "1"

/* ---- Stored document records ------------------------------------------ */

/*
 * A document as stored in the index.  Decoded records borrow from the
 * encoded bytes (every string there is NUL-terminated); NULL means absent.
 */
typedef struct ps_docrec {
    const char *id, *path, *encoding;
    const char *title, *region, *region_code, *org, *level, *sector, *date,
        *doc_number;
    int year, part;
    const char *body;
    size_t body_len;
    const char *raw;
    size_t raw_len;
} ps_docrec;

/* Encode a plan's record, appended to out (sticky rc). */
void ps_docrec_encode(const ps_plan *p, int *rc, ps_buf *out);
/* Decode; PS_OK or PS_EINDEX_CORRUPT when the bytes are not a record. */
int ps_docrec_decode(const char *data, size_t n, ps_docrec *out);

/* ---- Building ----------------------------------------------------------- */

typedef struct ps_indexer ps_indexer;

enum ps_indexer_flags {
    PS_INDEXER_REBUILD = 1 /* start the index afresh */
};

/*
 * Open (creating if needed) the index at dbpath for writing.  cjk and gaz
 * are borrowed.  PS_EINDEX_LOCKED when another process is writing it.
 */
int ps_indexer_open(const char *dbpath, unsigned flags, ps_cjk *cjk,
                    const ps_gazetteer *gaz, ps_indexer **out, ps_error *err);
/* Commits what was added, then closes.  NULL is fine. */
void ps_indexer_close(ps_indexer *ix);

/* Add (or replace, by id) one document. */
int ps_indexer_add(ps_indexer *ix, const ps_plan *p, ps_error *err);
/* Remove every document that came from the file with this id. */
int ps_indexer_remove_file(ps_indexer *ix, const char *file_id, ps_error *err);
int ps_indexer_commit(ps_indexer *ix, ps_error *err);

/*
 * Index files and folders.  For each root (a file or folder), every file
 * below it is read with `reader` and its documents are added with ids
 * relative to the root.  Problems with single inputs are reported through
 * warn(ctx, path, message) and counted as skipped; the run goes on.
 */
typedef struct ps_index_summary {
    unsigned files, docs, skipped;
    unsigned long long bytes;
} ps_index_summary;

typedef void (*ps_index_warn_fn)(void *ctx, const char *path, const char *message);

int ps_index_paths(ps_indexer *ix, ps_reader *reader, const char *const *roots,
                   size_t nroots, ps_index_warn_fn warn, void *ctx,
                   ps_index_summary *summary, ps_error *err);

#endif
