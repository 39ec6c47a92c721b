/*
 * Bulk building: batches of files into fresh shard databases, written by
 * one worker per core, merged at the end by Xapian's compaction (see
 * ps_bulk.h for why).  Each worker owns its tokenizer and reader (ps_cjk is
 * not thread-safe); the gazetteer is read-only and shared.
 */
#include "ps_bulk.h"

#include "folders.h"
#include "psx.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct bulk_file {
    char *path, *relpath;
} bulk_file;

typedef struct bulk_run {
    /* set before the workers start, then read-only */
    bulk_file *files;
    size_t nfiles, nbatches, batch_files;
    char **shards;
    const ps_gazetteer *gaz;
    ps_bulk_warn_fn warn;
    void *warn_ctx;

    pthread_mutex_t lock; /* guards everything below */
    size_t next_batch;
    ps_index_summary sum;
    int rc;
    ps_error err;
} bulk_run;

static void release_files(bulk_run *run)
{
    for (size_t i = 0; i < run->nfiles; i++) {
        free(run->files[i].path);
        free(run->files[i].relpath);
    }
    free(run->files);
    for (size_t i = 0; run->shards && i < run->nbatches; i++)
        free(run->shards[i]);
    free(run->shards);
}

/* ---- Listing the input --------------------------------------------------- */

typedef struct list_ctx {
    bulk_run *run;
    size_t cap;
    ps_error *err;
} list_ctx;

static int list_file(void *vctx, const char *path, const char *relpath)
{
    list_ctx *c = vctx;
    bulk_run *run = c->run;
    if (run->nfiles == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 1024;
        bulk_file *grown = realloc(run->files, cap * sizeof *grown);
        if (!grown)
            return ps_error_set(c->err, PS_ENOMEM, "cannot list '%s': out of memory", path);
        run->files = grown;
        c->cap = cap;
    }
    bulk_file *f = &run->files[run->nfiles];
    f->path = strdup(path);
    f->relpath = strdup(relpath);
    if (!f->path || !f->relpath) {
        free(f->path);
        free(f->relpath);
        return ps_error_set(c->err, PS_ENOMEM, "cannot list '%s': out of memory", path);
    }
    run->nfiles++;
    return PS_OK;
}

static void list_warn(void *vctx, const char *path, const char *message)
{
    list_ctx *c = vctx;
    c->run->sum.skipped++;
    if (c->run->warn)
        c->run->warn(c->run->warn_ctx, path, message);
}

/* ---- Workers ------------------------------------------------------------- */

static void worker_fail(bulk_run *run, int rc, const ps_error *err)
{
    pthread_mutex_lock(&run->lock);
    if (!run->rc) {
        run->rc = rc;
        run->err = *err;
    }
    pthread_mutex_unlock(&run->lock);
}

/* Index one batch into its shard; PS_OK or an error that stops the run. */
static int index_batch(bulk_run *run, size_t b, ps_cjk *cjk, ps_reader *reader,
                       ps_error *err)
{
    ps_indexer *ix = NULL;
    int rc = PS_OK;
    if (mkdir(run->shards[b], 0777) != 0)
        rc = ps_error_set(err, PS_EIO, "cannot create '%s': %s", run->shards[b],
                          strerror(errno));
    if (!rc)
        rc = ps_indexer_open(run->shards[b], PS_INDEXER_REBUILD, cjk, run->gaz, &ix, err);
    size_t end = (b + 1) * run->batch_files;
    if (end > run->nfiles)
        end = run->nfiles;
    ps_index_summary sum = {0, 0, 0, 0};
    for (size_t i = b * run->batch_files; !rc && i < end; i++) {
        ps_plan_list plans = {NULL, 0};
        ps_error rerr;
        ps_error_clear(&rerr);
        int rrc = ps_reader_read_file(reader, run->files[i].path, run->files[i].relpath,
                                      &plans, &rerr);
        if (rrc == PS_ENOMEM) {
            rc = ps_error_set(err, rrc, "%s", rerr.msg);
            break;
        }
        if (rrc) {
            pthread_mutex_lock(&run->lock);
            run->sum.skipped++;
            if (run->warn)
                run->warn(run->warn_ctx, run->files[i].path, rerr.msg);
            pthread_mutex_unlock(&run->lock);
            continue;
        }
        sum.files++;
        for (size_t p = 0; !rc && p < plans.count; p++) {
            rc = ps_indexer_add(ix, plans.items[p], err);
            if (!rc) {
                sum.docs++;
                sum.bytes += plans.items[p]->raw_len;
            }
        }
        ps_plan_list_release(&plans);
    }
    if (!rc)
        rc = ps_indexer_commit(ix, err);
    ps_indexer_close(ix);
    pthread_mutex_lock(&run->lock);
    run->sum.files += sum.files;
    run->sum.docs += sum.docs;
    run->sum.bytes += sum.bytes;
    pthread_mutex_unlock(&run->lock);
    return rc;
}

static void *worker(void *vrun)
{
    bulk_run *run = vrun;
    ps_error err;
    ps_error_clear(&err);
    ps_cjk *cjk = NULL;
    ps_reader *reader = NULL;
    int rc = ps_cjk_new(&cjk, &err);
    if (!rc)
        rc = ps_reader_new(cjk, &reader, &err);
    while (!rc) {
        pthread_mutex_lock(&run->lock);
        size_t b = run->next_batch;
        int stop = run->rc != PS_OK || b >= run->nbatches;
        if (!stop)
            run->next_batch++;
        pthread_mutex_unlock(&run->lock);
        if (stop)
            break;
        rc = index_batch(run, b, cjk, reader, &err);
    }
    if (rc)
        worker_fail(run, rc, &err);
    ps_reader_free(reader);
    ps_cjk_free(cjk);
    return NULL;
}

/* ---- The run ------------------------------------------------------------- */

void ps_bulk_opts_init(ps_bulk_opts *o)
{
    o->jobs = 2;
    o->batch_files = 0;
}

static int run_workers(bulk_run *run, unsigned jobs, ps_error *err)
{
    pthread_t *tids = calloc(jobs, sizeof *tids);
    if (!tids)
        return ps_error_set(err, PS_ENOMEM, "cannot start workers: out of memory");
    unsigned started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&tids[started], NULL, worker, run) != 0)
            break;
    if (started == 0) {
        free(tids);
        return ps_error_set(err, PS_EINTERNAL, "cannot start workers");
    }
    for (unsigned i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    free(tids);
    if (run->rc) {
        *err = run->err;
        return run->rc;
    }
    return PS_OK;
}

/*
 * Move the finished index into place, the old one (if any) out of the way:
 * in one exchange of the two folders where the file system can, so that a
 * search never finds no index there.
 */
static int install(const char *merged, const char *dbpath, const char *tmp, ps_error *err)
{
    struct stat st;
    /* the folder itself where dbpath is a symbolic link to it */
    char *real = realpath(dbpath, NULL);
    int swapped = real && psf_exchange(merged, real) == 0;
    free(real);
    if (swapped)
        return PS_OK; /* the old index is at merged now, removed with tmp */
    char *old = psf_join(tmp, "/old");
    if (!old)
        return ps_error_set(err, PS_ENOMEM, "cannot install index: out of memory");
    int rc = PS_OK;
    if (lstat(dbpath, &st) == 0 && rename(dbpath, old) != 0)
        rc = ps_error_set(err, PS_EIO, "cannot replace '%s': %s", dbpath, strerror(errno));
    if (!rc && rename(merged, dbpath) != 0)
        rc = ps_error_set(err, PS_EIO, "cannot create '%s': %s", dbpath, strerror(errno));
    free(old);
    return rc;
}

int ps_bulk_build(const char *dbpath, const char *const *roots, size_t nroots,
                  const ps_bulk_opts *o, ps_bulk_warn_fn warn, void *ctx,
                  ps_index_summary *summary, ps_error *err)
{
    memset(summary, 0, sizeof *summary);
    bulk_run run;
    memset(&run, 0, sizeof run);
    run.warn = warn;
    run.warn_ctx = ctx;
    unsigned jobs = o->jobs ? o->jobs : 1;

    list_ctx lc = {&run, 0, err};
    int rc = PS_OK;
    for (size_t i = 0; !rc && i < nroots; i++) {
        ps_error werr;
        ps_error_clear(&werr);
        rc = ps_corpus_walk(roots[i], list_file, list_warn, &lc, &werr);
        if (rc == PS_EIO) {
            list_warn(&lc, roots[i], werr.msg);
            rc = PS_OK;
        } else if (rc && err && err->code == PS_OK) {
            *err = werr;
        }
    }

    char *tmp = psf_join(dbpath, ".bulk-tmp");
    char *merged = tmp ? psf_join(tmp, "/merged") : NULL;
    if (!rc && (!tmp || !merged))
        rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
    if (!rc && (psf_remove_tree(tmp) != 0 || mkdir(tmp, 0777) != 0))
        rc = ps_error_set(err, PS_EIO, "cannot create '%s': %s", tmp, strerror(errno));

    /* enough batches to keep every worker busy to the end, none so large
       that a shard's buffered postings grow past a few hundred MB */
    run.batch_files = o->batch_files;
    if (!run.batch_files) {
        run.batch_files = (unsigned)(run.nfiles / (4 * jobs));
        run.batch_files = run.batch_files < 100 ? 100 : run.batch_files > 1000 ? 1000 : run.batch_files;
    }
    run.nbatches = (run.nfiles + run.batch_files - 1) / run.batch_files;
    if (!rc && run.nbatches) {
        run.shards = calloc(run.nbatches, sizeof *run.shards);
        if (!run.shards)
            rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
        for (size_t b = 0; !rc && b < run.nbatches; b++) {
            char name[32];
            snprintf(name, sizeof name, "/shard-%06zu", b);
            if (!(run.shards[b] = psf_join(tmp, name)))
                rc = ps_error_set(err, PS_ENOMEM, "cannot build '%s': out of memory", dbpath);
        }
    }

    ps_gazetteer *gaz = NULL;
    if (!rc)
        rc = ps_gazetteer_new(&gaz, err);
    run.gaz = gaz;
    if (!rc && pthread_mutex_init(&run.lock, NULL) != 0)
        rc = ps_error_set(err, PS_EINTERNAL, "cannot build '%s': no mutex", dbpath);
    else if (!rc) {
        rc = run_workers(&run, jobs < run.nbatches ? jobs : 1, err);
        pthread_mutex_destroy(&run.lock);
    }

    if (!rc && run.nbatches) {
        rc = psx_db_compact((const char *const *)run.shards, run.nbatches, merged, err);
    } else if (!rc) {
        /* nothing to index: an empty index, as ps_index_paths leaves */
        ps_indexer *ix = NULL;
        if (mkdir(merged, 0777) != 0)
            rc = ps_error_set(err, PS_EIO, "cannot create '%s': %s", merged, strerror(errno));
        if (!rc)
            rc = ps_indexer_open(merged, PS_INDEXER_REBUILD, NULL, gaz, &ix, err);
        if (!rc)
            rc = ps_indexer_commit(ix, err);
        ps_indexer_close(ix);
    }
    if (!rc)
        rc = install(merged, dbpath, tmp, err);
    if (tmp)
        psf_remove_tree(tmp);
    ps_gazetteer_free(gaz);
    *summary = run.sum;
    release_files(&run);
    free(merged);
    free(tmp);
    return rc;
}
