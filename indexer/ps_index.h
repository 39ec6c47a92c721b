/*
 * indexer/: turning plans into a Xapian index laid out as store/ps_store.h
 * says (terms, value slots, stored records), incrementally, in shards, and
 * checking an index.
 */
#ifndef PS_INDEX_H
#define PS_INDEX_H

#include "ps_buf.h"
#include "ps_cjk.h"
#include "ps_corpus.h"
#include "ps_gazetteer.h"
#include "ps_status.h"
#include "ps_store.h"

#include <stddef.h>
#include <stdint.h>

/* The PS_SLOT_RANK value of a document: 4 digits of 9999 - year (9999 when
 * the year is unknown), then the id; appended to out (sticky rc). */
void ps_rank_key(int year, const char *id, int *rc, ps_buf *out);

/* ---- Near-duplicate fingerprints (simhash.c) ---------------------------- */

/*
 * 64-bit SimHash over the character 4-shingles of the normalized text,
 * boundaries dropped.  PS_OK, PS_DONE when the text is too short to have a
 * fingerprint, PS_ENOMEM.
 */
int ps_simhash(ps_cjk *cjk, const char *text, size_t n, uint64_t *out, ps_error *err);
/* The same as 16 hex digits, the value of PS_SLOT_COLLAPSE ("" when none). */
int ps_simhash_key(ps_cjk *cjk, const char *text, size_t n, char key[17], ps_error *err);

/* ---- Building ----------------------------------------------------------- */

typedef struct ps_indexer ps_indexer;

enum ps_indexer_flags {
    PS_INDEXER_REBUILD = 1 /* start the index afresh */
};

/*
 * Open (creating if needed) the index at dbpath for writing.  cjk and gaz
 * are borrowed.  PS_EINDEX_LOCKED ("index '…' is being updated by PID n")
 * when another process is writing it; PS_EIO when the folder cannot be
 * written.
 */
int ps_indexer_open(const char *dbpath, unsigned flags, ps_cjk *cjk,
                    const ps_gazetteer *gaz, ps_indexer **out, ps_error *err);
/*
 * Closes; NULL is fine.  Outside a transaction (ps_indexer_begin) pending
 * changes are committed, inside one they are discarded.  Releases the lock.
 */
void ps_indexer_close(ps_indexer *ix);
/*
 * Rewrite the index compactly (Xapian's compaction: full B-tree blocks; a
 * half to two thirds of the size of an index written by many commits) into a sibling
 * folder "<dbpath>.compact-tmp", then exchange the two folders in one step,
 * so that a search opening the index sees the old one or the new one,
 * whole.  Pending changes are committed first; the lock stays held.  After
 * the call, whatever it returned, only ps_indexer_close may follow.  On an
 * error the index is as it was (PS_EIO when, say, the disk is full or the
 * file system cannot exchange folders).  *before and *after: bytes of the
 * index folder.
 */
int ps_indexer_compact(ps_indexer *ix, unsigned long long *before,
                       unsigned long long *after, ps_error *err);
/* Non-zero when open found documents of an older index format and started
 * over, as PS_INDEXER_REBUILD does. */
int ps_indexer_upgraded(const ps_indexer *ix);

/* ---- Metadata set by people (overrides.c) ------------------------------- */

/*
 * Fields a researcher sets win over extraction: rows of a metadata file
 * (index --meta FILE) and corrections (plansearch meta ID field=value),
 * corrections winning.  Both are kept in the index (metadata keys below),
 * survive re-indexing, compaction and --rebuild, and take effect through
 * the next indexing run of the files they concern (their rows count as part
 * of a file's content for incremental runs).
 */
#define PS_META_USERMETA "plansearch.usermeta"
#define PS_META_CORRECTIONS "plansearch.corrections"
/* Fields that can be set: year region org level type title url date sector. */
int ps_override_field_known(const char *field);
/* PS_OK when value is valid for field ("none" clears it), else PS_EINVAL
   naming the problem (regions must be places the gazetteer knows). */
int ps_override_check(const ps_gazetteer *gaz, const char *field, const char *value,
                      ps_error *err);
/* Read a metadata file (CSV with a header naming 'path' and any fields, or
   JSON Lines objects with "path") into the index's user metadata; a row's
   path is a file's path (relative to the working folder) or its id.  Each
   value is checked; a bad one stops with an error naming file and line,
   and nothing is changed.  Saved with the next commit. */
int ps_indexer_read_metafile(ps_indexer *ix, const char *file, ps_error *err);
/* Set a correction of document id's field (value NULL: undo it; "none":
   the field has no value).  Saved with the next commit. */
int ps_indexer_correct(ps_indexer *ix, const char *id, const char *field,
                       const char *value, ps_error *err);
/* The corrections of document id (NULL: all) as "id\tfield\tvalue\n" lines
   appended to out; *count gets their number. */
int ps_indexer_corrections(ps_indexer *ix, const char *id, ps_buf *out, size_t *count,
                           ps_error *err);
/* The same, read from the index at dbpath without taking the writers' lock
   (PS_EINDEX_NOTFOUND when there is no index). */
int ps_index_corrections(const char *dbpath, const char *id, ps_buf *out, size_t *count,
                         ps_error *err);

/* Add (or replace, by id) one document. */
int ps_indexer_add(ps_indexer *ix, const ps_plan *p, ps_error *err);
/* Remove every document that came from the file with this id. */
int ps_indexer_remove_file(ps_indexer *ix, const char *file_id, ps_error *err);
int ps_indexer_commit(ps_indexer *ix, ps_error *err);

/*
 * Incremental indexing: per-file state lives in the index itself, so a
 * re-run can tell new, changed, unchanged and removed files apart.
 *   - every document of a file carries the file term (PS_PREFIX_FILE), the
 *     root term "XB" + root number + ":" + file id, and the file's content
 *     hash in PS_SLOT_HASH ("size:fnv1a64", hex, then ":m" and the digest of
 *     the corrections that apply to it, then ":r" and ps_reader_version: a
 *     plansearch that reads files differently finds every file changed);
 *   - PS_META_ROOTS lists the indexed roots (absolute, one a line; a root's
 *     number is its line, from 1);
 *   - PS_META_INCOMPLETE names ("N:file id") a file too large for one
 *     commit whose pieces were not all committed: re-indexed next time.
 * Ids (and file ids) are relative to the root.
 */
#define PS_PREFIX_ROOT "XB"
#define PS_META_ROOTS "plansearch.roots"
#define PS_META_INCOMPLETE "plansearch.incomplete"
/* Longest file id: its terms (Q id#N, XB N:id) must fit Xapian's 245 bytes. */
#define PS_FILE_ID_MAX 230
/*
 * The writers' lock, inside the index folder: held with flock() for the
 * whole run (so a kill -9 releases it) and holding the writer's PID for the
 * "being updated by PID n" message.
 */
#define PS_INDEX_LOCK_FILE "plansearch.lock"

/*
 * The file whose documents the following ps_indexer_add calls add: its id,
 * root number and content hash are recorded with each document.  Copied.
 * Without it (or after ps_indexer_end_file) a document's file id is its id
 * up to the last '#', with no root or hash.
 */
int ps_indexer_begin_file(ps_indexer *ix, const char *file_id, unsigned root,
                          const char *hash, ps_error *err);
void ps_indexer_end_file(ps_indexer *ix);

/*
 * What the index holds of a file: PS_OK with its content hash (malloc'd,
 * caller frees) and root number (0 when unknown), or PS_DONE when the index
 * has no document of it.
 */
int ps_indexer_file_state(ps_indexer *ix, const char *file_id, char **hash,
                          unsigned *root, ps_error *err);

/* Start a transaction: nothing is durable before ps_indexer_commit. */
int ps_indexer_begin(ps_indexer *ix, ps_error *err);

/* Documents in the index now, pending changes included. */
int ps_indexer_doccount(ps_indexer *ix, unsigned *out, ps_error *err);

/* Why an input was skipped (the summary counts each). */
enum ps_skip_reason {
    PS_SKIP_UNREADABLE, /* cannot open or read; missing */
    PS_SKIP_BINARY,     /* binary or undecodable content */
    PS_SKIP_EMPTY,      /* no text */
    PS_SKIP_NAME,       /* file name not valid UTF-8, or too long */
    PS_SKIP_LINK,       /* symbolic link loop, broken link, nesting too deep */
    PS_SKIP_CONFLICT,   /* its id belongs to a file under another root */
    PS_SKIP_NREASONS
};
/* "unreadable", "binary", … */
const char *ps_skip_reason_name(int reason);

/* Counts of a bulk build (ps_bulk.h). */
typedef struct ps_index_summary {
    unsigned files, docs, skipped;
    unsigned long long bytes;
} ps_index_summary;

/* Counts of an incremental run (ps_index_run). */
typedef struct ps_index_counts {
    unsigned files;     /* files found */
    unsigned added;     /* files new to the index */
    unsigned updated;   /* files whose content changed */
    unsigned unchanged; /* files with the same content hash */
    unsigned removed;   /* files gone from their root, documents removed */
    unsigned skipped;   /* inputs not indexed (by reason below) */
    unsigned skipped_by[PS_SKIP_NREASONS];
    unsigned docs;      /* documents added or replaced */
    unsigned commits;   /* commits made */
    unsigned long long bytes;       /* bytes of files looked at */
    unsigned total_files;           /* from the counting walk (0 = unknown) */
    unsigned long long total_bytes;
    const char *current;            /* file being indexed (progress only) */
} ps_index_counts;

typedef struct ps_index_opts {
    int keep_missing;     /* keep documents of files gone from their root */
    int count_first;      /* walk once to count files and bytes (for ETA) */
    size_t commit_bytes;  /* commit after this many bytes read (0: 16 MB) */
    unsigned commit_files;/* … or this many files (0: 500) */
    size_t piece_bytes;   /* files over twice this size are indexed in
                             pieces of about this size (0: 4 MB) */
    /* a skipped input; message names it */
    void (*warn)(void *ctx, const char *path, int reason, const char *message);
    /* after each file (may be NULL) */
    void (*progress)(void *ctx, const ps_index_counts *sum);
    void *ctx;
    /* index only the files of shard `shard` of `shards` (ps_shard_of);
       0 of 0: the shard recorded in the index (PS_META_SHARD), else all */
    unsigned shard, shards;
    /* one worker of a parallel build (ps_index_build): with parts > 1, only
       the files of part `part` (0-based, ps_part_of their file id); inputs
       that are not one file (unreadable roots and folders, bad names met by
       the walk) are reported and counted by part 0 alone */
    unsigned part, parts;
} ps_index_opts;

/*
 * Bring the index up to date with files and folders.  For each root (a
 * file or folder), every file below it is read with `reader`; new files are
 * added, changed ones (by content hash) replaced, unchanged ones left
 * alone, and documents of files gone from a folder root removed (unless
 * keep_missing).  Ids are relative to the root, or to an indexed root
 * containing it.  Changes are committed in batches, each all or nothing,
 * so an interrupted run leaves the last committed batch and the next run
 * resumes.  Problems with single inputs go to opts->warn and are counted
 * as skipped; only an index error (or PS_ENOMEM) stops the run, with the
 * current batch discarded.
 */
int ps_index_run(ps_indexer *ix, ps_reader *reader, const char *const *roots,
                 size_t nroots, const ps_index_opts *opts, ps_index_counts *sum,
                 ps_error *err);

/*
 * A fresh build on several cores, for the same index ps_index_run would
 * write into ix (opened for a rebuild, or holding no documents).  `jobs`
 * workers (>= 1) each run ps_index_run over the same roots into a fresh
 * database of their own, for their part of the files (ps_index_opts.part),
 * with their own tokenizer and reader (OCR on when `ocr`); the databases
 * are then merged by Xapian's compaction beside the index
 * ("<index>.build-tmp", removed afterwards) and the result exchanged with
 * the index in one atomic step (as ps_indexer_compact).  The documents,
 * terms, records, content hashes and root terms are those the one writer
 * writes (document numbers differ); ix's corrections and metadata file
 * rows (ps_indexer_read_metafile) are applied and kept.  Until the
 * exchange the index is as it was: a killed or failed build leaves it
 * unchanged (and the next run starts the build over).  opts->warn and
 * opts->progress are called from the workers, one call at a time, with
 * the counts of all of them.  *before: bytes of the workers' databases;
 * *after: of the merged index.  After the call only ps_indexer_close may
 * follow, except when it returns PS_DONE: it could not work beside the
 * index (the folder holding the index cannot be written, or cannot
 * exchange folders), did nothing, and ps_index_run can build the index in
 * place instead.
 */
int ps_index_build(ps_indexer *ix, unsigned jobs, int ocr, const char *const *roots,
                   size_t nroots, const ps_index_opts *opts, ps_index_counts *sum,
                   unsigned long long *before, unsigned long long *after, ps_error *err);
/* The part (0 .. parts-1) of a parallel build a file id falls in: another
   hash than ps_shard_of's, so the parts of one shard are even too. */
unsigned ps_part_of(const char *file_id, unsigned parts);

/*
 * The roots recorded in the index at dbpath: PS_OK with a malloc'd array
 * of malloc'd paths (free with ps_index_roots_free), PS_EINDEX_NOTFOUND
 * when there is no index.
 */
int ps_index_roots(const char *dbpath, char ***roots, size_t *n, ps_error *err);
void ps_index_roots_free(char **roots, size_t n);

/* ---- Shards (shard.c) ------------------------------------------------------ */

/*
 * A shard index holds the files whose id hashes to it: shard I of N
 * (1-based) holds the files with FNV-1a 64 (file id) mod N = I - 1.  By
 * file id, not document id, so a compilation's documents and a large file's
 * pieces stay together with the file's hash and incremental state.  The
 * index records its shard ("I/N") in PS_META_SHARD; later runs without
 * --shard keep it, and documents of files that no longer belong to it are
 * removed as gone.
 */
#define PS_META_SHARD "plansearch.shard"
#define PS_SHARD_MAX 65536
/* The shard (1..count) of a file id; 1 when count is 0. */
unsigned ps_shard_of(const char *file_id, unsigned count);
/* Parse "I/N" (1 <= I <= N <= PS_SHARD_MAX); PS_EINVAL naming arg. */
int ps_shard_parse(const char *arg, unsigned *index, unsigned *count, ps_error *err);

/* ---- Checking (index_check.c) ------------------------------------------- */

typedef struct ps_check_summary {
    unsigned docs;     /* documents read */
    unsigned files;    /* distinct file terms */
    unsigned problems; /* inconsistencies reported */
} ps_check_summary;

/*
 * Check the index at dbpath: Xapian's structural check, then every
 * document's stored record decoded and its id, file and root terms
 * present and unique, and the counts agreeing (documents, file terms,
 * id terms).  Each problem goes to report(ctx, message).  PS_OK when the
 * index could be read (problems counted in sum), else the open or read
 * error (PS_EINDEX_NOTFOUND, PS_EINDEX_CORRUPT, …).
 */
int ps_index_check(const char *dbpath, void (*report)(void *ctx, const char *message),
                   void *ctx, ps_check_summary *sum, ps_error *err);

#endif
