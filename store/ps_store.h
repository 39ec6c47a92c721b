/*
 * store/: what the indexer writes and the searcher reads back — the one
 * contract between the two sides, and nothing else.  The Xapian wrapper
 * itself is psx.h; this header is the layout of a plansearch index in it:
 * the term scheme, the value slots, the metadata keys, the index format
 * and the stored record of a document.
 *
 * The term scheme:
 *   body text      unprefixed terms from cjk/ (unigrams, bigrams, words,
 *                  Z-stems, boundary), positions from 1 on every term
 *                  except bigrams, which carry only their count (a phrase
 *                  is matched on unigram positions, its bigrams filter)
 *   title text     "S" + term, positions from 1
 *   org text       "XO" + term, positions from 1
 *   id             "Q" + id              (unique; replace/delete by it)
 *   file           "XF" + file id        (every document of one file)
 *   year           "Y" + year            (boolean filter)
 *   region         "XR" + code           (the place and each ancestor)
 *   level, sector  "XL" + level, "XS" + sector
 * The indexer's own bookkeeping (root terms "XB", the roots, incomplete
 * and shard metadata) is described in indexer/ps_index.h.
 */
#ifndef PS_STORE_H
#define PS_STORE_H

#include "ps_buf.h"
#include "ps_corpus.h"
#include "ps_status.h"

#include <stddef.h>

#define PS_PREFIX_TITLE "S"
#define PS_PREFIX_ORG "XO"
#define PS_PREFIX_ID "Q"
#define PS_PREFIX_FILE "XF"
#define PS_PREFIX_YEAR "Y"
#define PS_PREFIX_REGION "XR"
#define PS_PREFIX_LEVEL "XL"
#define PS_PREFIX_SECTOR "XS"
#define PS_PREFIX_TYPE "XK" /* kind of document: plan, news … */
/* The value of a year, region, level, sector or type term for a plan that
 * does not say ("Ynone", "XRnone" …): so `--year none` can select exactly
 * the plans an analysis by year leaves out.  No real value is spelt so. */
#define PS_VALUE_NONE "none"

/* Value slots: sorting, ranges, facets, collapsing. */
enum ps_slot {
    PS_SLOT_YEAR = 0,      /* sortable number; absent when unknown */
    PS_SLOT_YEAR_TEXT = 1, /* "2012" for the year facet */
    PS_SLOT_REGION = 2,    /* "四川省/乐山市" */
    PS_SLOT_PROVINCE = 3,  /* "四川省" */
    PS_SLOT_LEVEL = 4,
    PS_SLOT_SECTOR = 5,
    PS_SLOT_COLLAPSE = 6,  /* near-duplicate fingerprint: ps_simhash_key */
    PS_SLOT_HASH = 7,      /* content hash of the source file */
    PS_SLOT_RANK = 8,      /* order of equal relevance, ascending: newest year
                            * first, unknown last, then id (ps_rank_key) */
    PS_SLOT_TYPE = 9       /* kind of document, for the type facet */
};

/* Metadata keys of the index. */
#define PS_META_FORMAT "plansearch.format"
#define PS_META_UPDATED "plansearch.updated"
/* 2: bigrams without positions, PS_SLOT_RANK.  3: metadata from every
 * signal of the text (kind of document, provenance of each field, bodies
 * named anywhere).  4: page furniture kept in the record apart from the
 * body (fewer lines taken for it), pinyin annotations and context variants
 * folded in the indexed text, and a "none" term per field a plan does not
 * say (year, region, level, type) so `--year none` can select it.  An index of another format is rebuilt by the next
 * indexing run (ps_indexer_upgraded). */
#define PS_INDEX_FORMAT "4"

/* ---- Stored document records (docrec.c) -------------------------------- */

/*
 * A document as stored in the index.  Decoded records borrow from the
 * encoded bytes (every string there is NUL-terminated); NULL means absent.
 */
typedef struct ps_docrec {
    const char *id, *path, *encoding;
    const char *title, *region, *region_code, *org, *level, *sector, *date,
        *doc_number, *type, *url;
    /* where each field came from (ps_plan.from) */
    struct {
        const char *title, *year, *region, *org, *level, *type;
    } from;
    int year, part;
    const char *body;
    size_t body_len;
    const char *raw;
    size_t raw_len;
    const char *furniture; /* boilerplate lines, one a line; NULL if none */
    size_t furniture_len;
} ps_docrec;

/* Encode a plan's record, appended to out (sticky rc). */
void ps_docrec_encode(const ps_plan *p, int *rc, ps_buf *out);
/* Decode; PS_OK or PS_EINDEX_CORRUPT when the bytes are not a record. */
int ps_docrec_decode(const char *data, size_t n, ps_docrec *out);

#endif
