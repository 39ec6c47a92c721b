/*
 * Text reuse between plans (reuse.c) and the spread of a phrase
 * (spread.c), with their table, CSV, JSON and SVG renderings
 * (reuse_out.c).
 *
 * Reuse: two plans share a passage when the same run of at least
 * min_chars characters occurs in both, compared on their reuse text
 * (ps_rtext: white space and punctuation ignored, script, width and case
 * folded).  Candidates come from the winnowed fingerprints the index keeps
 * (PS_PREFIX_REUSE), passages from an exact alignment of the stored texts.
 * Fingerprints held by more than `common` plans are boilerplate: they make
 * no candidates, and a passage is reported only when at least
 * PS_REUSE_OWN of its characters lie away from such fingerprints.
 * Near-duplicates (search's folding, SimHash) are reposts, not reuse: a
 * plan's copies are never reported as reusing it, and copies of one plan
 * are reported once.
 */
#ifndef PS_REUSE_H
#define PS_REUSE_H

#include "ps_analyze.h"
#include "ps_store.h"

#include <stddef.h>

#define PS_REUSE_MIN_DEFAULT 30
/* characters of a reported passage that must lie outside common text */
#define PS_REUSE_OWN 20

typedef struct ps_reuse_plan {
    char *id, *title, *org, *level, *region, *date;
    int year;             /* 0 = unknown */
    size_t chars;         /* characters of its reuse text */
} ps_reuse_plan;

typedef struct ps_reuse_passage {
    /* [start, end) in characters (code points) of each stored body text */
    size_t a_start, a_end, b_start, b_end;
    size_t chars;         /* characters matched (no white space or punctuation) */
    char *a_text, *b_text; /* as each plan wrote it (NULL without texts) */
} ps_reuse_passage;

typedef struct ps_reuse_pair {
    const ps_reuse_plan *a, *b; /* borrowed from the result */
    size_t shared_chars;        /* sum of the passages' chars */
    size_t longest;
    double a_share, b_share;    /* percent of each plan's reuse text shared */
    int earlier;                /* 0: a came first, 1: b, -1: not known or same */
    int higher;                 /* 0: a's issuer is higher, 1: b's, -1: neither */
    unsigned copies;            /* near-duplicates of b folded into it */
    size_t npassages;
    ps_reuse_passage *passages; /* in the order of a's text */
} ps_reuse_pair;

typedef struct ps_reuse {
    const ps_reuse_plan *plan;  /* reuse ID: the plan asked about, else NULL */
    size_t npairs;
    ps_reuse_pair *pairs;       /* most shared text first */
    size_t nplans;
    ps_reuse_plan **plans;      /* owned */
    unsigned docs;              /* plans in the index */
    unsigned selected;          /* plans of the selection (--all), copies folded */
    unsigned common;            /* fingerprints in more plans are common */
    unsigned candidates;        /* plans (or pairs) aligned */
    unsigned near_dups;         /* reuse ID: near-duplicates of the plan left out */
    size_t min_chars;
} ps_reuse;

typedef struct ps_reuse_request {
    const char *id;       /* the plan; NULL: every pair of the selection */
    ps_filter filter;     /* the other plans (or both plans of a pair) */
    size_t min_chars;     /* PS_REUSE_MIN_DEFAULT */
    unsigned common;      /* 0: max(5, 1% of the plans) */
    size_t limit;         /* related plans kept; 0 = all */
    unsigned shared;      /* --all: pairs sharing fewer uncommon fingerprints
                           * are not aligned (2; 1 misses nothing of
                           * PS_REUSE_GUARANTEE characters or more) */
    int texts;            /* keep the passages' texts */
} ps_reuse_request;

void ps_reuse_request_init(ps_reuse_request *r);
/*
 * Run it.  PS_DONE when req->id names no document; PS_EQUERY for an unknown
 * region; index errors; PS_ENOMEM.
 */
int ps_reuse_run(ps_analyzer *a, const ps_reuse_request *req, ps_reuse **out,
                 ps_error *err);
void ps_reuse_free(ps_reuse *r); /* NULL is fine */

/*
 * The passages (≥ min_chars, not common) shared by two texts, in the order
 * of a.  is_common(ctx, hash) says whether a fingerprint is common (NULL:
 * none is).  Offsets are filled, texts not.  For reuse.c and the tests.
 */
typedef int (*ps_common_fn)(void *ctx, uint32_t hash);
int ps_reuse_align(const ps_rtext *a, const ps_rtext *b, size_t min_chars,
                   ps_common_fn is_common, void *ctx, ps_reuse_passage **out,
                   size_t *n);

/* reuse ID: a table, JSON Lines (one related plan a line), CSV (a passage a row). */
void ps_reuse_table(int *rc, ps_buf *out, const ps_reuse *r);
void ps_reuse_json(int *rc, ps_buf *out, const ps_reuse *r);
void ps_reuse_csv(int *rc, ps_buf *out, const ps_reuse *r);
/*
 * reuse --all: an edge list (source, target, weight, …) with the earlier
 * plan, else the higher issuer, as source; a table; JSON Lines.
 */
void ps_reuse_edges_csv(int *rc, ps_buf *out, const ps_reuse *r);
void ps_reuse_edges_table(int *rc, ps_buf *out, const ps_reuse *r);
void ps_reuse_edges_json(int *rc, ps_buf *out, const ps_reuse *r);

/* Rank of a level, 全国 0 … 基层 5; -1 when unknown. */
int ps_level_rank(const char *level);

/* ---- spread (spread.c) ---------------------------------------------------- */

typedef struct ps_spread_plan {
    char *id, *title, *org, *level, *region, *date;
    int year;
} ps_spread_plan;

typedef struct ps_spread_row {
    char *label;                /* "2012", "四川省", "县", "(unknown)" */
    unsigned plans;             /* plans of the selection in the group */
    unsigned matching;          /* of them, using the phrase */
    unsigned adopters;          /* issuers using it for the first time here */
    unsigned cumulative;        /* by year: issuers that have used it so far */
    int first_year;             /* province/level: year of the first use, 0 */
    const ps_spread_plan *first; /* the group's first plan using it, or NULL */
} ps_spread_row;

typedef struct ps_spread {
    char *phrase;
    int by;                     /* PS_BY_YEAR, PS_BY_PROVINCE or PS_BY_LEVEL */
    size_t nfirst;
    ps_spread_plan *first;      /* the plans using it, oldest first */
    size_t shown;               /* of them, listed as the first plans */
    size_t nrows;
    ps_spread_row *rows;
    unsigned matching;          /* plans using it (copies folded) */
    unsigned adopters;          /* issuers using it */
    unsigned undated;           /* plans using it with no year */
} ps_spread;

typedef struct ps_spread_request {
    const char *phrase;   /* a full query */
    ps_filter filter;
    int by;               /* PS_BY_YEAR (default), PS_BY_PROVINCE, PS_BY_LEVEL */
    int all;              /* count near-duplicate copies */
    size_t first;         /* first plans listed (10) */
} ps_spread_request;

void ps_spread_request_init(ps_spread_request *r);
int ps_spread_run(ps_analyzer *a, const ps_spread_request *req, ps_spread **out,
                  ps_error *err);
void ps_spread_free(ps_spread *s); /* NULL is fine */
void ps_spread_table(int *rc, ps_buf *out, const ps_spread *s);
void ps_spread_csv(int *rc, ps_buf *out, const ps_spread *s);
void ps_spread_json(int *rc, ps_buf *out, const ps_spread *s, const ps_provenance *p);
/* New adopters per group as bars, and by year the cumulative adopters as a line. */
void ps_spread_svg(int *rc, ps_buf *out, const ps_spread *s);

#endif
