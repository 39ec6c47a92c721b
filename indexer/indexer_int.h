/*
 * Internals shared by the files of indexer/: the writer's database, for
 * the incremental runs (index_run.c) that keep their state in its
 * metadata and terms.
 */
#ifndef PS_INDEXER_INT_H
#define PS_INDEXER_INT_H

#include "ps_index.h"
#include "psx.h"

/* The underlying database (borrowed), for metadata and term walks. */
psx_db *ps_indexer_db(ps_indexer *ix);

#endif
