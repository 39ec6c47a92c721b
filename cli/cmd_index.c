/*
 * plansearch index [--db DIR] [--rebuild] [--keep-missing] [--quiet] [--compact] [--ocr]
 *                  [--commit-every N] [--jobs N] [--shard I/N] [--meta FILE] [PATH...]
 *
 * The printing side of an indexing run: warnings naming each skipped
 * input, a progress bar on a terminal, one summary line, and the exit
 * status (0 all indexed, 1 some skipped, 2 an error stopped the run).
 */
#include "cli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct ui {
    int silent;
    int bar;              /* drawing a progress bar on stderr */
    int bar_shown;        /* a bar is on the current line */
    double start, last;   /* seconds */
} ui;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void clear_bar(ui *u)
{
    if (u->bar_shown) {
        fputs("\r\033[K", stderr);
        u->bar_shown = 0;
    }
}

/*
 * Print a message whose file names may not be UTF-8 (scraped folders have
 * such names): invalid bytes as \xNN, so the terminal shows what to look for.
 */
static void put_escaped(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t n = *p < 0x80 ? 1 : (*p & 0xE0) == 0xC0 ? 2 : (*p & 0xF0) == 0xE0 ? 3
                   : (*p & 0xF8) == 0xF0 ? 4 : 0;
        size_t k = 1;
        while (n > 1 && k < n && (p[k] & 0xC0) == 0x80)
            k++;
        if (n == 0 || k < n || (n == 1 && *p < 0x20 && *p != '\t')) {
            fprintf(stderr, "\\x%02x", *p);
            p++;
            continue;
        }
        fwrite(p, 1, n, stderr);
        p += n;
    }
}

static void on_warn(void *ctx, const char *path, int reason, const char *message)
{
    ui *u = ctx;
    (void)path, (void)reason; /* the message names the input and the reason */
    if (u->silent)
        return;
    clear_bar(u);
    fputs("plansearch: ", stderr);
    put_escaped(message);
    fputc('\n', stderr);
}

static void on_progress(void *ctx, const ps_index_counts *s)
{
    ui *u = ctx;
    double t = now();
    if (!u->bar || t - u->last < 0.2)
        return;
    u->last = t;
    double el = t - u->start;
    double mb = s->bytes / 1e6, total_mb = s->total_bytes / 1e6;
    double frac = s->total_bytes ? (double)s->bytes / (double)s->total_bytes
                  : s->total_files ? (double)s->files / s->total_files : 0;
    if (frac > 1)
        frac = 1;
    char bar[21];
    int fill = (int)(frac * 20);
    for (int i = 0; i < 20; i++)
        bar[i] = i < fill ? '#' : '.';
    bar[20] = '\0';
    char eta[32] = "--:--";
    if (frac > 0.01 && el > 0.5) {
        long left = (long)(el / frac - el);
        snprintf(eta, sizeof eta, "%ld:%02ld", left / 60, left % 60);
    }
    fprintf(stderr, "\r\033[K[%s] %u/%u files  %.1f/%.1f MB  %.0f docs/s  ETA %s", bar,
            s->files, s->total_files, mb, total_mb, el > 0 ? s->docs / el : 0.0, eta);
    u->bar_shown = 1;
}

/* "2 skipped (1 binary or undecodable, 1 empty)" */
static void print_skipped(const ps_index_counts *s)
{
    fprintf(stderr, PS_("%u skipped"), s->skipped);
    if (!s->skipped)
        return;
    const char *sep = PS_(" (");
    for (int r = 0; r < PS_SKIP_NREASONS; r++) {
        if (!s->skipped_by[r])
            continue;
        fprintf(stderr, "%s%u %s", sep, s->skipped_by[r], PS_(ps_skip_reason_name(r)));
        sep = PS_(", ");
    }
    fputs(PS_(")"), stderr);
}

/*
 * Compaction shrinks an index written by many commits by a third to a half
 * (Xapian leaves its B-tree blocks partly empty) and costs a few percent of
 * the time it took to write; it rewrites the whole index, so it is done when
 * the run rewrote a good part of it: a first build or rebuild, or a fifth of
 * the documents added, replaced or removed.
 */
static int want_compaction(ps_indexer *ix, const ps_index_counts *sum, int flags)
{
    if (flags & PS_CLI_COMPACT)
        return 1;
    unsigned docs = 0;
    ps_error ignored;
    if (ps_indexer_doccount(ix, &docs, &ignored) != PS_OK)
        return 0;
    unsigned long long changed = (unsigned long long)sum->docs + sum->removed;
    return changed > 0 && changed * 5 >= docs;
}

int ps_cli_index(ps_cli_env *env, const char *db, const char *const *roots,
                 size_t nroots, int flags, int silent)
{
    return ps_cli_index_ex(env, db, roots, nroots, flags, silent, 0, 0, 0, NULL, 0);
}

/* Workers of a fresh build when --jobs does not say: one per core. */
static unsigned default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > PS_CLI_JOBS_MAX ? PS_CLI_JOBS_MAX : (unsigned)n;
}

/*
 * A build from nothing (--rebuild, an index of an older format, or one
 * holding no documents, as at a first run) can use every core: workers
 * write databases of their own that are merged at the end (ps_index_build).
 * Updating an index keeps the one writer.
 */
static int fresh_build(ps_indexer *ix, int flags)
{
    if ((flags & PS_CLI_REBUILD) || ps_indexer_upgraded(ix))
        return 1;
    unsigned docs = 0;
    ps_error ignored;
    return ps_indexer_doccount(ix, &docs, &ignored) == PS_OK && docs == 0;
}

/*
 * Adding a folder of one's own to the demo index of the bundled plans mixes
 * the two: say so, and how to start a separate index.
 */
static void note_demo_index(const char *db, const char *bundled, const char *const *roots,
                            size_t nroots)
{
    char **old = NULL;
    size_t nold = 0;
    ps_error err;
    ps_error_clear(&err);
    if (ps_index_roots(db, &old, &nold, &err) != PS_OK)
        return;
    char *real = realpath(bundled, NULL);
    int demo = 0;
    for (size_t i = 0; i < nold && real; i++)
        demo |= strcmp(old[i], real) == 0 || strcmp(old[i], bundled) == 0;
    int other = 0;
    for (size_t i = 0; i < nroots; i++) {
        char *r = realpath(roots[i], NULL);
        other |= !r || (real && strcmp(r, real) != 0);
        free(r);
    }
    if (demo && other)
        fprintf(stderr, PS_("plansearch: note: '%s' is the demo index of the bundled plans; "
                            "'%s' is added to it (for an index of your own: 'plansearch index "
                            "--db DIR %s', or db = DIR in ~/.config/plansearch/config)\n"),
                db, roots[0], roots[0]);
    free(real);
    ps_index_roots_free(old, nold);
}

int ps_cli_index_ex(ps_cli_env *env, const char *db, const char *const *roots,
                    size_t nroots, int flags, int silent, unsigned commit_every,
                    unsigned shard, unsigned shards, const char *metafile, unsigned jobs)
{
    ps_error err;
    ps_error_clear(&err);
    struct stat st;
    if (stat(db, &st) == 0 && S_ISREG(st.st_mode))
        return ps_cli_fail("index '%s' is a stub database file listing shards: index each "
                           "shard instead ('plansearch index --db SHARD --shard I/N')", db);
    /* no paths: the roots this index was built from, else the bundled plans */
    char **old = NULL;
    size_t nold = 0;
    char dir[4096];
    const char *bundled = ps_cli_bundled_dir(dir, sizeof dir);
    if (nroots > 0 && !silent && !(flags & PS_CLI_REBUILD))
        note_demo_index(db, bundled, roots, nroots);
    if (nroots == 0) {
        if (ps_index_roots(db, &old, &nold, &err) == PS_OK && nold > 0) {
            roots = (const char *const *)old;
            nroots = nold;
        } else {
            roots = &bundled;
            nroots = 1;
        }
    }
    if (ps_cli_mkdirs(db) != 0) {
        ps_index_roots_free(old, nold);
        return ps_cli_fail("cannot create index folder '%s': %s", db, strerror(errno));
    }
    ps_indexer *ix = NULL;
    int rc = ps_indexer_open(db, (flags & PS_CLI_REBUILD) ? PS_INDEXER_REBUILD : 0,
                             env->cjk, env->gaz, &ix, &err);
    if (rc) {
        ps_index_roots_free(old, nold);
        if (rc == PS_EINDEX_CORRUPT || rc == PS_EINDEX)
            return ps_cli_fail("%s (start over with 'plansearch index --rebuild')", err.msg);
        return ps_cli_fail("%s", err.msg);
    }
    /* a researcher's metadata file: checked whole before the run */
    if (metafile && ps_indexer_read_metafile(ix, metafile, &err)) {
        ps_indexer_close(ix);
        ps_index_roots_free(old, nold);
        return ps_cli_fail("%s", err.msg);
    }
    if (!silent && ps_indexer_upgraded(ix))
        fprintf(stderr, PS_("plansearch: index '%s' was written by an older plansearch; "
                            "rebuilding it\n"), db);
    ui u = {silent, 0, 0, now(), 0};
    u.bar = !silent && !(flags & PS_CLI_QUIET) && isatty(STDERR_FILENO);
    ps_index_opts o;
    memset(&o, 0, sizeof o);
    o.keep_missing = (flags & PS_CLI_KEEP_MISSING) != 0;
    o.count_first = u.bar;
    o.commit_files = commit_every;
    o.shard = shard;
    o.shards = shards;
    o.warn = on_warn;
    o.progress = on_progress;
    o.ctx = &u;
    ps_index_counts sum;
    unsigned long long before = 0, after = 0;
    int compacted = 0;
    if (!jobs)
        jobs = default_jobs();
    if (jobs > 1 && fresh_build(ix, flags)) {
        /* merged by compaction: compacted like a first build's index */
        rc = ps_index_build(ix, jobs, ps_reader_ocr(env->reader), roots, nroots, &o, &sum,
                            &before, &after, &err);
        compacted = !rc;
    } else {
        rc = PS_DONE;
    }
    /* (PS_DONE: no room beside the index to build it apart) */
    if (rc == PS_DONE)
        rc = ps_index_run(ix, env->reader, roots, nroots, &o, &sum, &err);
    if (!rc && !compacted && want_compaction(ix, &sum, flags)) {
        ps_error cerr;
        ps_error_clear(&cerr);
        clear_bar(&u);
        if (ps_indexer_compact(ix, &before, &after, &cerr) == PS_OK)
            compacted = 1;
        else if (!silent)
            fprintf(stderr, PS_("plansearch: index '%s' is complete but not compacted: %s\n"), db,
                    cerr.msg);
    }
    ps_indexer_close(ix);
    ps_index_roots_free(old, nold);
    clear_bar(&u);
    if (rc) {
        if (!silent && sum.commits)
            fprintf(stderr,
                    dngettext(PS_TEXTDOMAIN,
                              "plansearch: the index keeps the %u batch committed before the "
                              "error; run again to resume\n",
                              "plansearch: the index keeps the %u batches committed before the "
                              "error; run again to resume\n",
                              sum.commits),
                    sum.commits);
        /* Xapian's messages do not say which index */
        if (!strstr(err.msg, db))
            return ps_cli_fail("index '%s': %s", db, err.msg);
        return ps_cli_fail("%s", err.msg);
    }
    if (!silent) {
        unsigned files = sum.added + sum.updated;
        /* in pieces, each with its own plural: "9 documents from 5 files" */
        char docs[64], from[64];
        snprintf(docs, sizeof docs,
                 dngettext(PS_TEXTDOMAIN, "%u document", "%u documents", sum.docs), sum.docs);
        snprintf(from, sizeof from, dngettext(PS_TEXTDOMAIN, "%u file", "%u files", files),
                 files);
        fprintf(stderr, PS_("plansearch: indexed %s from %s into '%s': "), docs, from, db);
        fprintf(stderr, PS_("%u added, %u updated, %u removed, %u unchanged, "), sum.added,
                sum.updated, sum.removed, sum.unchanged);
        print_skipped(&sum);
        fprintf(stderr, PS_("; %.1f MB in %.1f s"), sum.bytes / 1e6, now() - u.start);
        if (compacted)
            fprintf(stderr, PS_("; index compacted from %.1f to %.1f MB"), before / 1e6,
                    after / 1e6);
        fputc('\n', stderr);
    }
    return sum.skipped ? PS_EXIT_NONE : PS_EXIT_HIT;
}

int ps_cmd_index(int argc, char **argv)
{
    const char *db = NULL, *rebuild = NULL, *quiet = NULL, *keep = NULL, *every = NULL,
               *shard_arg = NULL, *compact = NULL, *meta = NULL, *ocr = NULL,
               *jobs_arg = NULL;
    const ps_cli_opt opts[] = {{"--db", 1, &db},
                               {"--shard", 1, &shard_arg},
                               {"--rebuild", 0, &rebuild},
                               {"--quiet", 0, &quiet},
                               {"--compact", 0, &compact},
                               {"--ocr", 0, &ocr},
                               {"--keep-missing", 0, &keep},
                               {"--commit-every", 1, &every},
                               {"--jobs", 1, &jobs_arg},
                               {"--meta", 1, &meta}};
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    if (!paths)
        return ps_cli_fail("out of memory");
    size_t npaths;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], paths, &npaths);
    if (st) {
        free(paths);
        return st;
    }
    unsigned commit_every = 0;
    if (every) {
        char *end;
        errno = 0;
        unsigned long v = strtoul(every, &end, 10);
        if (errno || *end || !*every || v == 0 || v > 1000000) {
            free(paths);
            return ps_cli_fail("invalid --commit-every '%s': expected a number of files "
                               "from 1 to 1000000", every);
        }
        commit_every = (unsigned)v;
    }
    unsigned jobs = 0;
    if (jobs_arg) {
        char *end;
        errno = 0;
        unsigned long v = strtoul(jobs_arg, &end, 10);
        if (errno || *end || !*jobs_arg || v == 0 || v > PS_CLI_JOBS_MAX) {
            free(paths);
            return ps_cli_fail("invalid --jobs '%s': expected a number of workers from 1 to %d",
                               jobs_arg, PS_CLI_JOBS_MAX);
        }
        jobs = (unsigned)v;
    }
    unsigned shard = 0, shards = 0;
    ps_error err;
    ps_error_clear(&err);
    if (shard_arg && ps_shard_parse(shard_arg, &shard, &shards, &err)) {
        free(paths);
        return ps_cli_fail("%s", err.msg);
    }
    int explicit_db;
    char *dbpath = ps_cli_db_path(db, &explicit_db);
    if (!dbpath) {
        free(paths);
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    }
    int flags = (rebuild ? PS_CLI_REBUILD : 0) | (keep ? PS_CLI_KEEP_MISSING : 0) |
                (quiet ? PS_CLI_QUIET : 0) | (compact ? PS_CLI_COMPACT : 0);
    ps_cli_env env;
    if (ps_cli_env_open(&env, 1, &err)) {
        st = ps_cli_fail("%s", err.msg);
    } else {
        ps_reader_set_ocr(env.reader, ocr != NULL);
        st = ps_cli_index_ex(&env, dbpath, paths, npaths, flags, 0, commit_every, shard,
                             shards, meta, jobs);
    }
    ps_cli_env_close(&env);
    free(dbpath);
    free(paths);
    return st;
}
