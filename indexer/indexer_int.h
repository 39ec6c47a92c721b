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

/* Metadata set by people (overrides.c), loaded when the index is opened. */
typedef struct ps_overrides ps_overrides;
int ps_overrides_load(psx_db *db, ps_overrides **out, ps_error *err);
int ps_overrides_save(const ps_overrides *o, psx_db *db, ps_error *err);
void ps_overrides_free(ps_overrides *o);
int ps_overrides_set(ps_overrides *o, const char *id, const char *field, const char *value);
int ps_overrides_read_file(ps_overrides *o, const ps_gazetteer *gaz, const char *file,
                           ps_error *err);
/* A digest of the rows concerning a file, 0 when none. */
unsigned long long ps_overrides_digest(const ps_overrides *o, const char *file_id,
                                       const char *path);
/* Apply the rows concerning p (by its id and path) to p. */
int ps_overrides_apply(const ps_overrides *o, const ps_gazetteer *gaz, ps_plan *p);
size_t ps_overrides_list(const ps_overrides *o, const char *id, ps_buf *out, int *rc);
/* The writer's overrides and gazetteer (borrowed). */
ps_overrides *ps_indexer_overrides(ps_indexer *ix);
const ps_gazetteer *ps_indexer_gazetteer(ps_indexer *ix);

/* For a parallel build (index_build.c): whether open started the index
   over (its metadata then cleared, uncommitted); its path; closing its
   database early (the lock stays held), as before exchanging folders. */
int ps_indexer_rebuilding(const ps_indexer *ix);
const char *ps_indexer_path(const ps_indexer *ix);
void ps_indexer_release_db(ps_indexer *ix);
/* Give dst (a fresh worker's database) src's corrections and metadata file
   rows, committed, so that its files are indexed with them. */
int ps_indexer_copy_overrides(ps_indexer *dst, const ps_indexer *src, ps_error *err);

/* The files under roots a run would index, counted for its progress (only
   shard's when shards > 1); roots it cannot read count nothing here. */
void ps_index_count_files(const char *const *roots, size_t nroots, unsigned shard,
                          unsigned shards, unsigned *files, unsigned long long *bytes);

#endif
