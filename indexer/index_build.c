/*
 * A fresh build on every core (ps_index_build in ps_index.h).
 *
 * Xapian's inverter, most of a build's time, runs in the writer's thread,
 * and a database has one writer.  So each worker writes a database of its
 * own: it runs the one writer's code (ps_index_run) over the same roots,
 * taking only the files of its part, into a fresh database beside the
 * index; the databases are merged by Xapian's compaction (which writes each
 * B-tree once, as a first build's compaction would anyway) and the merged
 * index exchanged with the old one.  Running the one writer's code keeps
 * everything it decides the same: ids, content hashes and root terms for
 * later incremental runs, corrections and metadata file rows, large files
 * in pieces, the messages and reasons of skipped inputs.
 *
 * The index itself is not written until the exchange, so a killed build
 * leaves it as it was; the writers' lock on it is held throughout, so a
 * second writer is refused as during any run.
 */
#include "indexer_int.h"

#include "folders.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct build build;

typedef struct worker {
    build *b;
    unsigned part;
    char *path;           /* its database */
    ps_index_counts sum;  /* its counts, read by the others under the lock */
    int rc;
    ps_error err;
} worker;

struct build {
    ps_indexer *main;     /* the index: lock, overrides, gazetteer */
    const char *const *roots;
    size_t nroots;
    const ps_index_opts *o;
    int ocr;
    const char *roots_meta, *shard_meta; /* seeded into each worker's database */
    worker *workers;
    unsigned jobs;
    unsigned total_files;
    unsigned long long total_bytes;
    pthread_mutex_t lock; /* one warn or progress call at a time */
};

static void add_counts(ps_index_counts *to, const ps_index_counts *s)
{
    to->files += s->files;
    to->added += s->added;
    to->updated += s->updated;
    to->unchanged += s->unchanged;
    to->removed += s->removed;
    to->skipped += s->skipped;
    for (int i = 0; i < PS_SKIP_NREASONS; i++)
        to->skipped_by[i] += s->skipped_by[i];
    to->docs += s->docs;
    to->commits += s->commits;
    to->bytes += s->bytes;
}

static void on_warn(void *ctx, const char *path, int reason, const char *message)
{
    worker *w = ctx;
    pthread_mutex_lock(&w->b->lock);
    w->b->o->warn(w->b->o->ctx, path, reason, message);
    pthread_mutex_unlock(&w->b->lock);
}

static void on_progress(void *ctx, const ps_index_counts *s)
{
    worker *w = ctx;
    build *b = w->b;
    pthread_mutex_lock(&b->lock);
    w->sum = *s;
    ps_index_counts all;
    memset(&all, 0, sizeof all);
    for (unsigned i = 0; i < b->jobs; i++)
        add_counts(&all, &b->workers[i].sum);
    all.total_files = b->total_files;
    all.total_bytes = b->total_bytes;
    all.current = s->current;
    b->o->progress(b->o->ctx, &all);
    pthread_mutex_unlock(&b->lock);
}

/* One worker: its part of the files into its own database. */
static int work(worker *w, ps_error *err)
{
    build *b = w->b;
    ps_cjk *cjk = NULL;
    ps_reader *reader = NULL;
    ps_indexer *ix = NULL;
    int rc = ps_cjk_new(&cjk, err);
    if (!rc)
        rc = ps_reader_new(cjk, &reader, err);
    if (!rc) {
        ps_reader_set_ocr(reader, b->ocr);
        if (mkdir(w->path, 0777) != 0)
            rc = ps_error_set(err, PS_EIO, "cannot create '%s': %s", w->path, strerror(errno));
    }
    if (!rc)
        rc = ps_indexer_open(w->path, 0, cjk, ps_indexer_gazetteer(b->main), &ix, err);
    /* what the one writer would find in the index before its first file */
    if (!rc)
        rc = ps_indexer_copy_overrides(ix, b->main, err);
    if (!rc && b->roots_meta[0])
        rc = psx_db_set_metadata(ps_indexer_db(ix), PS_META_ROOTS, b->roots_meta, err);
    if (!rc && b->shard_meta[0])
        rc = psx_db_set_metadata(ps_indexer_db(ix), PS_META_SHARD, b->shard_meta, err);
    if (!rc) {
        ps_index_opts o = *b->o;
        o.count_first = 0; /* counted once for all */
        o.part = w->part;
        o.parts = b->jobs;
        o.warn = b->o->warn ? on_warn : NULL;
        o.progress = b->o->progress ? on_progress : NULL;
        o.ctx = w;
        ps_index_counts sum;
        rc = ps_index_run(ix, reader, b->roots, b->nroots, &o, &sum, err);
        pthread_mutex_lock(&b->lock);
        w->sum = sum;
        pthread_mutex_unlock(&b->lock);
    }
    ps_indexer_close(ix);
    ps_reader_free(reader);
    ps_cjk_free(cjk);
    return rc;
}

static void *work_thread(void *vw)
{
    worker *w = vw;
    ps_error_clear(&w->err);
    w->rc = work(w, &w->err);
    return NULL;
}

/* Run the workers; the first error of any is the build's. */
static int run_workers(build *b, ps_error *err)
{
    pthread_t *tids = calloc(b->jobs, sizeof *tids);
    if (!tids)
        return ps_error_set(err, PS_ENOMEM, "cannot start workers: out of memory");
    unsigned started = 0;
    for (; started < b->jobs; started++)
        if (pthread_create(&tids[started], NULL, work_thread, &b->workers[started]) != 0)
            break;
    /* a worker that could not start leaves its part undone: the build is
       incomplete, and fails rather than install it */
    for (unsigned i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    free(tids);
    if (started < b->jobs)
        return ps_error_set(err, PS_EINTERNAL, "cannot start %u workers", b->jobs);
    for (unsigned i = 0; i < b->jobs; i++)
        if (b->workers[i].rc) {
            *err = b->workers[i].err;
            return b->workers[i].rc;
        }
    return PS_OK;
}

/* Whether two folders in dir can be exchanged (as the finished index will
   be with the old one): a file system without renameat2's exchange cannot. */
static int can_exchange(const char *dir)
{
    char *a = psf_join(dir, "/probe-a"), *b = psf_join(dir, "/probe-b");
    int ok = a && b && mkdir(a, 0777) == 0 && mkdir(b, 0777) == 0 && psf_exchange(a, b) == 0;
    if (a)
        rmdir(a);
    if (b)
        rmdir(b);
    free(a);
    free(b);
    return ok;
}

int ps_index_build(ps_indexer *ix, unsigned jobs, int ocr, const char *const *roots,
                   size_t nroots, const ps_index_opts *opts, ps_index_counts *sum,
                   unsigned long long *before, unsigned long long *after, ps_error *err)
{
    static const ps_index_opts none;
    memset(sum, 0, sizeof *sum);
    *before = *after = 0;
    build b;
    memset(&b, 0, sizeof b);
    b.main = ix;
    b.roots = roots;
    b.nroots = nroots;
    b.o = opts ? opts : &none;
    b.ocr = ocr;
    b.jobs = jobs ? jobs : 1;
    const char *dbpath = ps_indexer_path(ix);
    psx_db *db = ps_indexer_db(ix);
    char *roots_meta = NULL, *shard_meta = NULL;
    int rc = db ? PS_OK : ps_error_set(err, PS_EINTERNAL, "index '%s' is closed", dbpath);

    /* an index holding no documents may still know its roots and shard
       (the one writer keeps them); a rebuild starts without */
    if (!rc && !ps_indexer_rebuilding(ix))
        rc = psx_db_get_metadata(db, PS_META_ROOTS, &roots_meta, err);
    if (!rc && !ps_indexer_rebuilding(ix))
        rc = psx_db_get_metadata(db, PS_META_SHARD, &shard_meta, err);
    b.roots_meta = roots_meta ? roots_meta : "";
    b.shard_meta = shard_meta ? shard_meta : "";

    if (!rc && b.o->count_first) {
        unsigned shard = b.o->shard, shards = b.o->shards, i = 0, n = 0;
        ps_error perr;
        if (!shards && b.shard_meta[0] && ps_shard_parse(b.shard_meta, &i, &n, &perr) == PS_OK)
            shard = i, shards = n;
        ps_index_count_files(roots, nroots, shard, shards, &b.total_files, &b.total_bytes);
    }

    /* the folder itself where the index path is a symbolic link to it */
    char *real = rc ? NULL : realpath(dbpath, NULL);
    if (!rc && !real)
        rc = ps_error_set(err, errno == ENOMEM ? PS_ENOMEM : PS_EIO, "cannot build '%s': %s",
                          dbpath, strerror(errno));
    char *tmp = rc ? NULL : psf_join(real, ".build-tmp");
    char *merged = tmp ? psf_join(tmp, "/merged") : NULL;
    if (!rc && !merged)
        rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
    /* a leftover of a killed build (ours now: we hold the index's lock) */
    if (!rc && (psf_remove_tree(tmp) != 0 || mkdir(tmp, 0777) != 0 || !can_exchange(tmp))) {
        /* no room to work beside the index (its parent folder is not
           ours to write, or cannot exchange folders): the one writer can
           still build it in place */
        psf_remove_tree(tmp);
        free(merged);
        free(tmp);
        free(real);
        free(roots_meta);
        free(shard_meta);
        return PS_DONE;
    }

    b.workers = rc ? NULL : calloc(b.jobs, sizeof *b.workers);
    if (!rc && !b.workers)
        rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
    for (unsigned i = 0; !rc && i < b.jobs; i++) {
        char name[32];
        snprintf(name, sizeof name, "/part-%u", i);
        b.workers[i].b = &b;
        b.workers[i].part = i;
        if (!(b.workers[i].path = psf_join(tmp, name)))
            rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
    }
    int locked = 0;
    if (!rc) {
        if (pthread_mutex_init(&b.lock, NULL) != 0)
            rc = ps_error_set(err, PS_EINTERNAL, "cannot build '%s': no mutex", dbpath);
        else
            locked = 1;
    }
    if (!rc)
        rc = run_workers(&b, err);
    for (unsigned i = 0; b.workers && i < b.jobs; i++)
        add_counts(sum, &b.workers[i].sum);
    sum->total_files = b.total_files;
    sum->total_bytes = b.total_bytes;
    /* the index gained nothing from the workers' commits */
    sum->commits = 0;

    if (!rc) {
        const char **paths = malloc(b.jobs * sizeof *paths);
        if (!paths)
            rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
        for (unsigned i = 0; !rc && i < b.jobs; i++) {
            paths[i] = b.workers[i].path;
            *before += psf_folder_bytes(paths[i]);
        }
        /* the workers' databases hold disjoint files and the same metadata
           (roots, shard, format, corrections): compaction keeps the first
           database's value of each key */
        if (!rc)
            rc = psx_db_compact(paths, b.jobs, merged, err);
        free(paths);
    }
    if (!rc) {
        /* nothing may be written to the old folder once it is swapped out:
           the writer's own handle goes first (the lock stays held) */
        ps_indexer_release_db(ix);
        if (psf_exchange(merged, real) != 0)
            rc = ps_error_set(err, PS_EIO, "cannot put the new index in place of '%s': %s",
                              dbpath, strerror(errno));
    }
    if (!rc) {
        *after = psf_folder_bytes(real);
        sum->commits = 1;
    }
    if (tmp)
        psf_remove_tree(tmp); /* the old index, or a build that failed */
    if (locked)
        pthread_mutex_destroy(&b.lock);
    for (unsigned i = 0; b.workers && i < b.jobs; i++)
        free(b.workers[i].path);
    free(b.workers);
    free(merged);
    free(tmp);
    free(real);
    free(roots_meta);
    free(shard_meta);
    return rc;
}
