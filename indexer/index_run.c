/*
 * Indexing files and folders: walk each root, read every file, replace the
 * documents that came from it.  A bad input is reported and skipped; only
 * an index error stops the run.
 */
#include "ps_index.h"

#include <string.h>

typedef struct run_ctx {
    ps_indexer *ix;
    ps_reader *reader;
    ps_index_warn_fn warn;
    void *warn_ctx;
    ps_index_summary *sum;
    ps_error *err;
} run_ctx;

static void run_warn(void *vctx, const char *path, const char *message)
{
    run_ctx *c = vctx;
    c->sum->skipped++;
    if (c->warn)
        c->warn(c->warn_ctx, path, message);
}

static int index_file(void *vctx, const char *path, const char *relpath)
{
    run_ctx *c = vctx;
    ps_plan_list plans = {NULL, 0};
    ps_error rerr;
    ps_error_clear(&rerr);
    int rc = ps_reader_read_file(c->reader, path, relpath, &plans, &rerr);
    if (rc == PS_ENOMEM)
        return ps_error_set(c->err, rc, "%s", rerr.msg);
    if (rc) {
        run_warn(c, path, rerr.msg);
        return PS_OK;
    }
    c->sum->files++;
    rc = ps_indexer_remove_file(c->ix, relpath, c->err);
    for (size_t i = 0; !rc && i < plans.count; i++) {
        rc = ps_indexer_add(c->ix, plans.items[i], c->err);
        if (!rc) {
            c->sum->docs++;
            c->sum->bytes += plans.items[i]->raw_len;
        }
    }
    ps_plan_list_release(&plans);
    return rc;
}

int ps_index_paths(ps_indexer *ix, ps_reader *reader, const char *const *roots,
                   size_t nroots, ps_index_warn_fn warn, void *ctx,
                   ps_index_summary *summary, ps_error *err)
{
    memset(summary, 0, sizeof *summary);
    run_ctx c = {ix, reader, warn, ctx, summary, err};
    for (size_t i = 0; i < nroots; i++) {
        ps_error werr;
        ps_error_clear(&werr);
        int rc = ps_corpus_walk(roots[i], index_file, run_warn, &c, &werr);
        if (rc == PS_EIO) {
            run_warn(&c, roots[i], werr.msg);
            continue;
        }
        if (rc)
            return rc;
    }
    return ps_indexer_commit(ix, err);
}
