/*
 * Bulk building: a fresh index from many files, fast.
 *
 * One Xapian database written in one pass slows down as it grows (every
 * flush merges postings into ever larger B-trees) and holds gigabytes of
 * buffered postings.  Instead, workers (one per core) each take batches of
 * files, write every batch into a fresh shard database, and the shards are
 * finally merged by Xapian's compaction, which writes each B-tree once.
 * The result is an ordinary index with the same documents, terms, values
 * and records as ps_indexer_add writes (document numbers differ, search
 * results do not).
 */
#ifndef PS_BULK_H
#define PS_BULK_H

#include "ps_index.h"

typedef struct ps_bulk_opts {
    unsigned jobs;        /* worker threads (>= 1) */
    unsigned batch_files; /* files per shard; 0: a quarter of each worker's
                             share, within 100..1000 */
} ps_bulk_opts;

void ps_bulk_opts_init(ps_bulk_opts *o); /* 2 jobs, batch size automatic */

/* A skipped input: path and a one-line message naming it. */
typedef void (*ps_bulk_warn_fn)(void *ctx, const char *path, const char *message);

/*
 * Build the index at dbpath afresh from the files below roots (ids relative
 * to each root).  The shards live in a sibling folder
 * "<dbpath>.bulk-tmp" that is removed afterwards; an existing index at
 * dbpath is replaced only once the new one is complete.  Bad inputs are
 * reported through warn and counted as skipped.
 */
int ps_bulk_build(const char *dbpath, const char *const *roots, size_t nroots,
                  const ps_bulk_opts *o, ps_bulk_warn_fn warn, void *ctx,
                  ps_index_summary *summary, ps_error *err);

#endif
