/*
 * Walking a folder: regular files in sorted order (so ids and results are
 * reproducible), recursively.  Folders are tracked by device and inode
 * along the current path, so a symlink back up the tree is reported once
 * instead of recursing forever.  Hidden entries (.git …) are skipped.
 */
#include "corpus_int.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Deeper than this is a loop we failed to see, or not a plan archive. */
#define WALK_MAX_DEPTH 64

typedef struct walk {
    ps_walk_file_fn file_fn;
    ps_walk_warn_fn warn_fn;
    void *ctx;
    dev_t dev[WALK_MAX_DEPTH];
    ino_t ino[WALK_MAX_DEPTH];
    size_t depth;
    size_t root_len; /* bytes of the root prefix to cut for relpath */
} walk;

static void warn(walk *w, const char *path, const char *msg)
{
    if (w->warn_fn)
        w->warn_fn(w->ctx, path, msg);
}

static int valid_utf8(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += ps_u8_next(s + i, n - i, &cp);
        if (cp == 0xFFFFFFFFu)
            return 0;
    }
    return 1;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk_dir(walk *w, const char *dir, const struct stat *st);

static int walk_entry(walk *w, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        warn(w, path, errno == ENOENT || errno == ELOOP ? "broken symbolic link"
                                                        : strerror(errno));
        return PS_OK;
    }
    if (S_ISDIR(st.st_mode))
        return walk_dir(w, path, &st);
    if (!S_ISREG(st.st_mode))
        return PS_OK; /* devices, sockets, fifos: not documents */
    const char *rel = path + w->root_len;
    while (*rel == '/')
        rel++;
    return w->file_fn(w->ctx, path, rel);
}

static int walk_dir(walk *w, const char *dir, const struct stat *st)
{
    for (size_t i = 0; i < w->depth; i++)
        if (w->dev[i] == st->st_dev && w->ino[i] == st->st_ino) {
            warn(w, dir, "symbolic link loop");
            return PS_OK;
        }
    if (w->depth == WALK_MAX_DEPTH) {
        warn(w, dir, "folders nested too deeply");
        return PS_OK;
    }
    DIR *d = opendir(dir);
    if (!d) {
        warn(w, dir, strerror(errno));
        return PS_OK;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = PS_OK;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            char **p = realloc(names, (cap ? cap * 2 : 16) * sizeof *p);
            if (!p) {
                rc = PS_ENOMEM;
                break;
            }
            names = p, cap = cap ? cap * 2 : 16;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = PS_ENOMEM;
            break;
        }
        n++;
    }
    closedir(d);
    if (!rc && n) /* an empty folder has no list to sort (names is NULL) */
        qsort(names, n, sizeof *names, cmp_names);
    w->dev[w->depth] = st->st_dev;
    w->ino[w->depth] = st->st_ino;
    w->depth++;
    size_t dl = strlen(dir);
    for (size_t i = 0; !rc && i < n; i++) {
        size_t nl = strlen(names[i]);
        char *path = malloc(dl + nl + 2);
        if (!path) {
            rc = PS_ENOMEM;
            break;
        }
        memcpy(path, dir, dl);
        size_t k = dl;
        if (k == 0 || path[k - 1] != '/')
            path[k++] = '/';
        memcpy(path + k, names[i], nl + 1);
        if (!valid_utf8(names[i]))
            warn(w, path, "file name is not valid UTF-8");
        else
            rc = walk_entry(w, path);
        free(path);
    }
    w->depth--;
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int ps_corpus_walk(const char *root, ps_walk_file_fn file_fn,
                   ps_walk_warn_fn warn_fn, void *ctx, ps_error *err)
{
    walk w;
    struct stat st;

    memset(&w, 0, sizeof w);
    w.file_fn = file_fn, w.warn_fn = warn_fn, w.ctx = ctx;
    if (stat(root, &st) != 0)
        return ps_error_set(err, PS_EIO, "cannot read '%s': %s", root,
                            strerror(errno));
    if (S_ISREG(st.st_mode)) {
        const char *base = strrchr(root, '/');
        return file_fn(ctx, root, base ? base + 1 : root);
    }
    if (!S_ISDIR(st.st_mode))
        return ps_error_set(err, PS_EIO, "cannot read '%s': not a file or folder",
                            root);
    /* the root itself must be readable; below it, problems are warnings */
    DIR *d = opendir(root);
    if (!d)
        return ps_error_set(err, PS_EIO, "cannot read '%s': %s", root,
                            strerror(errno));
    closedir(d);
    w.root_len = strlen(root);
    int rc = walk_dir(&w, root, &st);
    if (rc == PS_ENOMEM)
        ps_error_set(err, rc, "cannot walk '%s': out of memory", root);
    return rc;
}
