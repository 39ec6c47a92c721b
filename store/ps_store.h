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
 *   reuse          "XW" + 8 hex digits: winnowed fingerprints of the body's
 *                  folded text (winnow.c), boolean, for text reuse
 * The indexer's own bookkeeping (root terms "XB", the roots, incomplete
 * and shard metadata) is described in indexer/ps_index.h.
 */
#ifndef PS_STORE_H
#define PS_STORE_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_corpus.h"
#include "ps_status.h"

#include <stddef.h>
#include <stdint.h>

#define PS_PREFIX_TITLE "S"
#define PS_PREFIX_ORG "XO"
#define PS_PREFIX_ID "Q"
#define PS_PREFIX_FILE "XF"
#define PS_PREFIX_YEAR "Y"
#define PS_PREFIX_REGION "XR"
#define PS_PREFIX_LEVEL "XL"
#define PS_PREFIX_SECTOR "XS"
#define PS_PREFIX_TYPE "XK" /* kind of document: plan, news … */
#define PS_PREFIX_REUSE "XW" /* winnowed fingerprint of the folded body */
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
 * say (year, region, level, type) so `--year none` can select it.  5:
 * winnowed fingerprints (PS_PREFIX_REUSE) for `plansearch reuse`.  An index
 * of another format is rebuilt by the next indexing run
 * (ps_indexer_upgraded). */
#define PS_INDEX_FORMAT "5"

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
    /* binary documents: "PDF", "DOCX" … (NULL for text and HTML), 1 when
       OCR'd, the file's own properties (NULL when none) */
    const char *format;
    int ocr;
    const char *file_title, *file_author, *file_date;
    const char *furniture; /* boilerplate lines, one a line; NULL if none */
    size_t furniture_len;
} ps_docrec;

/* Encode a plan's record, appended to out (sticky rc). */
void ps_docrec_encode(const ps_plan *p, int *rc, ps_buf *out);
/* Decode; PS_OK or PS_EINDEX_CORRUPT when the bytes are not a record. */
int ps_docrec_decode(const char *data, size_t n, ps_docrec *out);

/* ---- Text reuse fingerprints (winnow.c) ------------------------------- */

/*
 * Text reuse is found on the "reuse text" of a body: its characters other
 * than white space and punctuation, folded as the tokenizer folds them
 * (traditional → simplified, full width → ASCII, Latin lower case), so
 * that a copy in the other script, with other punctuation or line breaks,
 * is the same text.  Every PS_REUSE_K consecutive characters (a k-gram)
 * have a 32-bit hash; winnowing (Schleimer, Wilkerson and Aiken 2003)
 * keeps the smallest hash of every window of PS_REUSE_W consecutive
 * k-grams, so that two texts sharing a run of at least
 * PS_REUSE_K + PS_REUSE_W - 1 characters share at least one kept hash,
 * whatever surrounds the run.  The kept hashes are indexed as boolean
 * terms PS_PREFIX_REUSE + 8 hex digits: about one per 8.5 characters.
 */
#define PS_REUSE_K 12
#define PS_REUSE_W 16
#define PS_REUSE_GUARANTEE (PS_REUSE_K + PS_REUSE_W - 1)

typedef struct ps_rtext {
    uint32_t *cp; /* folded characters kept */
    size_t *at;   /* at[i]: offset, in characters of the text, of cp[i] */
    size_t n;     /* characters kept */
    size_t chars; /* characters of the whole text */
} ps_rtext;

/* Fold text[0..len) into out (replacing its contents). */
int ps_rtext_fold(ps_cjk *cjk, const char *text, size_t len, ps_rtext *out);
void ps_rtext_release(ps_rtext *t);
/* The hash of the k-gram starting at cp[i] (i + PS_REUSE_K <= t->n). */
uint32_t ps_reuse_hash(const uint32_t *cp);
/*
 * Winnow: fn(ctx, hash, i) for every kept k-gram, i its first character
 * (ascending, each position once).  A text shorter than PS_REUSE_K keeps
 * nothing; one with fewer than PS_REUSE_W k-grams keeps its smallest.
 */
typedef int (*ps_winnow_fn)(void *ctx, uint32_t hash, size_t i);
int ps_winnow(const ps_rtext *t, ps_winnow_fn fn, void *ctx);
/* The index term of a fingerprint: PS_PREFIX_REUSE + 8 hex digits + NUL. */
#define PS_REUSE_TERM_LEN 10
void ps_reuse_term(uint32_t hash, char out[PS_REUSE_TERM_LEN + 1]);

#endif
