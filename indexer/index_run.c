/*
 * Indexing runs: bring the index up to date with files and folders (see
 * ps_index_run in ps_index.h).
 *
 * Each root is walked; every file is hashed first (streamed, so any size
 * costs a fixed buffer) and compared with the hash its documents carry:
 * unchanged files cost one read and one lookup.  New and changed files are
 * read and their documents replaced.  Files gone from a folder root are
 * removed at the end, except under folders the walk could not read (a
 * permission problem must not delete documents).  Work is committed in
 * batches inside Xapian transactions, so a kill leaves the last batch.
 */
#include "indexer_int.h"
#include "ps_i18n.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_COMMIT_BYTES ((size_t)16 << 20)
#define DEFAULT_COMMIT_FILES 500u
#define DEFAULT_PIECE_BYTES ((size_t)4 << 20)
#define HASH_BUF (1u << 16)

/* A growable list of strings. */
typedef struct strlist {
    char **items;
    size_t count, cap;
} strlist;

static int strlist_add(strlist *l, const char *s, size_t n)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **p = realloc(l->items, cap * sizeof *p);
        if (!p)
            return PS_ENOMEM;
        l->items = p, l->cap = cap;
    }
    char *c = malloc(n + 1);
    if (!c)
        return PS_ENOMEM;
    memcpy(c, s, n);
    c[n] = '\0';
    l->items[l->count++] = c;
    return PS_OK;
}

static void strlist_release(strlist *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    memset(l, 0, sizeof *l);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int strlist_has(const strlist *sorted, const char *s)
{
    return sorted->count &&
           bsearch(&s, sorted->items, sorted->count, sizeof *sorted->items, cmp_str) != NULL;
}

const char *ps_skip_reason_name(int reason)
{
    static const char *const names[PS_SKIP_NREASONS] = {
        PS_N_("unreadable"), PS_N_("binary or undecodable"), PS_N_("empty"),
        PS_N_("bad file name"), PS_N_("link loop or broken link"),
        PS_N_("id taken by another root")};
    /* translated where shown: the names are also the CLI's English words */
    return reason >= 0 && reason < PS_SKIP_NREASONS ? names[reason] : PS_N_("other");
}

typedef struct run {
    ps_indexer *ix;
    ps_reader *reader;
    const ps_index_opts *o;
    ps_index_counts *sum;
    ps_error *err;
    strlist roots;        /* PS_META_ROOTS, index = number - 1 ("" = dropped) */
    int roots_changed;
    char *incomplete;     /* PS_META_INCOMPLETE at start ("" when none) */
    unsigned shard, shards; /* this index's shard; 0 of 0 = all files */
    int shard_changed;    /* PS_META_SHARD to be written */
    /* the root being walked */
    unsigned root_no;
    const char *prefix;   /* id prefix of the walked folder inside its root */
    strlist seen;         /* file ids met during this walk */
    strlist blind;        /* id prefixes of folders the walk could not read */
    int blind_all;        /* … or no removal at all (out of memory) */
    size_t walk_len;      /* bytes of the walked path (to make ids of warnings) */
    /* batching */
    int dirty;            /* the batch changed something */
    size_t batch_bytes;
    unsigned batch_files;
    char *buf;            /* HASH_BUF bytes for hashing */
} run;

/* Every worker of a parallel build walks every root: inputs that are not
   one file of a part are reported by the first part alone. */
static int first_part(const run *r)
{
    return r->o->parts <= 1 || r->o->part == 0;
}

static void skip(run *r, const char *path, int reason, const char *message)
{
    r->sum->skipped++;
    r->sum->skipped_by[reason]++;
    if (r->o->warn)
        r->o->warn(r->o->ctx, path, reason, message);
}

/* ---- Commits -------------------------------------------------------------- */

static int write_roots(run *r)
{
    ps_buf b = PS_BUF_INIT;
    int rc = PS_OK;
    for (size_t i = 0; i < r->roots.count; i++) {
        ps_buf_puts(&rc, &b, r->roots.items[i]);
        ps_buf_putc(&rc, &b, '\n');
    }
    if (rc) {
        ps_buf_release(&b);
        return ps_error_set(r->err, rc, "cannot record index roots: out of memory");
    }
    rc = psx_db_set_metadata(ps_indexer_db(r->ix), PS_META_ROOTS, b.data ? b.data : "",
                             r->err);
    ps_buf_release(&b);
    if (!rc)
        r->roots_changed = 0;
    return rc;
}

/* Commit the batch and open the next transaction. */
static int commit(run *r)
{
    int changed = r->dirty || r->roots_changed;
    int rc = r->roots_changed ? write_roots(r) : PS_OK;
    /* an unchanged index keeps its "updated" stamp */
    if (!rc)
        rc = changed ? ps_indexer_commit(r->ix, r->err)
                      : psx_db_commit(ps_indexer_db(r->ix), r->err);
    r->dirty = 0;
    if (!rc)
        rc = ps_indexer_begin(r->ix, r->err);
    if (!rc)
        r->sum->commits++;
    r->batch_bytes = 0;
    r->batch_files = 0;
    return rc;
}

static int maybe_commit(run *r)
{
    size_t maxb = r->o->commit_bytes ? r->o->commit_bytes : DEFAULT_COMMIT_BYTES;
    unsigned maxf = r->o->commit_files ? r->o->commit_files : DEFAULT_COMMIT_FILES;
    return r->batch_bytes >= maxb || r->batch_files >= maxf ? commit(r) : PS_OK;
}

/* ---- Files ---------------------------------------------------------------- */

/*
 * Content hash: FNV-1a 64 over the bytes, with the size.  It only has to
 * tell a changed file from an unchanged one, not resist an adversary.
 */
static int hash_file(run *r, const char *path, char out[48], off_t *size,
                     char *msg, size_t msgsize)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(msg, msgsize, PS_("cannot open '%s': %s"), path, strerror(errno));
        return PS_EIO;
    }
    uint64_t h = 14695981039346656037ull;
    unsigned long long n = 0;
    for (;;) {
        ssize_t k = read(fd, r->buf, HASH_BUF);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            snprintf(msg, msgsize, PS_("cannot read '%s': %s"), path, strerror(errno));
            close(fd);
            return PS_EIO;
        }
        if (k == 0)
            break;
        for (ssize_t i = 0; i < k; i++) {
            h ^= (unsigned char)r->buf[i];
            h *= 1099511628211ull;
        }
        n += (unsigned long long)k;
    }
    close(fd);
    snprintf(out, 48, "%llx:%016llx", n, (unsigned long long)h);
    *size = (off_t)n;
    return PS_OK;
}

static int skip_reason_of(int rc)
{
    return rc == PS_EENCODING ? PS_SKIP_BINARY : PS_SKIP_UNREADABLE;
}

/* Add a file's documents (its old ones already removed). */
static int add_plans(run *r, ps_plan_list *plans)
{
    for (size_t i = 0; i < plans->count; i++) {
        /* what people set wins over what was read from the text */
        int rc = ps_overrides_apply(ps_indexer_overrides(r->ix),
                                    ps_indexer_gazetteer(r->ix), plans->items[i]);
        if (rc)
            return ps_error_set(r->err, rc, "cannot index: out of memory");
        rc = ps_indexer_add(r->ix, plans->items[i], r->err);
        if (rc)
            return rc;
        r->sum->docs++;
    }
    return PS_OK;
}

/* The end of the last whole line in b[0..n), for a piece boundary. */
static size_t piece_cut(const char *b, size_t n, int utf16)
{
    if (utf16) {
        /* "\n" is 0A 00 (LE) or 00 0A (BE): cut after it, at an even offset */
        for (size_t i = n & ~(size_t)1; i >= 2; i -= 2)
            if ((utf16 == 1 && b[i - 2] == '\n' && b[i - 1] == 0) ||
                (utf16 == 2 && b[i - 2] == 0 && b[i - 1] == '\n'))
                return i;
        return n & ~(size_t)1;
    }
    for (size_t i = n; i > 0; i--)
        if (b[i - 1] == '\n')
            return i;
    /* no line end: do not split a UTF-8 sequence */
    size_t i = n;
    while (i > 0 && ((unsigned char)b[i - 1] & 0xC0) == 0x80)
        i--;
    return i > 0 && (unsigned char)b[i - 1] >= 0xC0 ? i - 1 : n;
}

/*
 * A file too large for one read: its documents come from pieces of about
 * piece bytes cut at line ends, each committed on its own so that memory
 * stays bounded (Xapian holds a batch's postings in memory).  Until the
 * last piece is in, PS_META_INCOMPLETE names the file so that an
 * interrupted run re-indexes it.  Documents are numbered id#1, id#2, …
 * across the pieces.
 */
static int index_pieces(run *r, const char *path, const char *file_id, size_t piece)
{
    char mark[PS_FILE_ID_MAX + 32];
    snprintf(mark, sizeof mark, "%u:%s", r->root_no, file_id);
    int rc = psx_db_set_metadata(ps_indexer_db(r->ix), PS_META_INCOMPLETE, mark, r->err);
    if (rc)
        return rc;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        char msg[PATH_MAX + 64];
        snprintf(msg, sizeof msg, PS_("cannot open '%s': %s"), path, strerror(errno));
        skip(r, path, PS_SKIP_UNREADABLE, msg);
        return PS_OK;
    }
    char *b = malloc(piece + 2);
    if (!b) {
        close(fd);
        return ps_error_set(r->err, PS_ENOMEM, "cannot read '%s': out of memory", path);
    }
    size_t len = 0, start = 0; /* b[start..len) is text not yet indexed */
    int utf16 = 0, first = 1, eof = 0;
    unsigned part = 0, bad_pieces = 0, npieces = 0;
    while (!rc && !(eof && len == start)) {
        size_t bom = utf16 ? 2 : 0; /* bytes of b that are not the file's */
        /* keep a leftover partial line, fill the rest */
        memmove(b + (utf16 ? 2 : 0), b + start, len - start);
        len -= start;
        if (utf16)
            len += 2; /* the BOM, again, so the reader knows the encoding */
        start = 0;
        while (!eof && len < piece) {
            ssize_t k = read(fd, b + len, piece - len);
            if (k < 0 && errno == EINTR)
                continue;
            if (k < 0) {
                char msg[PATH_MAX + 64];
                snprintf(msg, sizeof msg, PS_("cannot read '%s': %s"), path, strerror(errno));
                skip(r, path, PS_SKIP_UNREADABLE, msg);
                eof = -1;
                break;
            }
            if (k == 0)
                eof = 1;
            len += (size_t)k;
        }
        if (eof < 0)
            break;
        if (first) {
            if (len >= 2 && (unsigned char)b[0] == 0xFF && (unsigned char)b[1] == 0xFE)
                utf16 = 1;
            else if (len >= 2 && (unsigned char)b[0] == 0xFE && (unsigned char)b[1] == 0xFF)
                utf16 = 2;
            first = 0;
        } else if (utf16) {
            b[0] = utf16 == 1 ? (char)0xFF : (char)0xFE;
            b[1] = utf16 == 1 ? (char)0xFE : (char)0xFF;
        }
        size_t cut = eof ? len : piece_cut(b, len, utf16);
        if (cut <= (utf16 ? 2u : 0u))
            cut = len;
        ps_plan_list plans = {NULL, 0};
        ps_error rerr;
        ps_error_clear(&rerr);
        rc = ps_reader_read_buffer(r->reader, path, file_id, b, cut, &plans, &rerr);
        if (rc == PS_ENOMEM) {
            rc = ps_error_set(r->err, rc, "%s", rerr.msg);
        } else if (rc) {
            /*
             * One line per file: a binary first piece (a video, a disk
             * image) means a binary file; a bad piece later is said once
             * and the rest of the file kept.
             */
            if (!bad_pieces++)
                skip(r, path, skip_reason_of(rc), rerr.msg);
            rc = PS_OK;
            if (npieces == 0) {
                r->sum->bytes += cut - bom;
                break;
            }
        }
        for (size_t i = 0; !rc && i < plans.count; i++) {
            ps_plan *p = plans.items[i];
            char *id = malloc(strlen(file_id) + 16);
            if (!id) {
                rc = ps_error_set(r->err, PS_ENOMEM, "cannot index '%s': out of memory",
                                  path);
                break;
            }
            sprintf(id, "%s#%u", file_id, ++part);
            free(p->id);
            p->id = id;
            p->part = (int)part;
        }
        if (!rc)
            rc = add_plans(r, &plans);
        ps_plan_list_release(&plans);
        r->sum->bytes += cut - bom;
        if (r->o->progress)
            r->o->progress(r->o->ctx, r->sum);
        start = cut;
        npieces++;
        if (!rc && !(eof && start == len))
            rc = commit(r);
    }
    free(b);
    close(fd);
    if (!rc)
        rc = psx_db_set_metadata(ps_indexer_db(r->ix), PS_META_INCOMPLETE, "", r->err);
    return rc;
}

static int index_file(void *vctx, const char *path, const char *relpath)
{
    run *r = vctx;
    ps_index_counts *sum = r->sum;
    char msg[PATH_MAX + 128];
    char file_id[PS_FILE_ID_MAX + 1];
    size_t plen = strlen(r->prefix), rlen = strlen(relpath);

    if (plen + rlen <= PS_FILE_ID_MAX) {
        memcpy(file_id, r->prefix, plen);
        memcpy(file_id + plen, relpath, rlen + 1);
        /* another machine's file; not "seen", so a re-sharded index drops it */
        if (r->shards > 1 && ps_shard_of(file_id, r->shards) != r->shard)
            return PS_OK;
        if (r->o->parts > 1 && ps_part_of(file_id, r->o->parts) != r->o->part)
            return PS_OK;
    } else if (!first_part(r)) {
        return PS_OK; /* no id: part 0 names it */
    }
    sum->files++;
    sum->current = path;
    if (plen + rlen > PS_FILE_ID_MAX) {
        snprintf(msg, sizeof msg, PS_("skipping '%s': path too long for an id (%zu bytes, limit %d)"),
                 path, plen + rlen, PS_FILE_ID_MAX);
        skip(r, path, PS_SKIP_NAME, msg);
        return PS_OK;
    }
    if (strlist_add(&r->seen, file_id, plen + rlen))
        return ps_error_set(r->err, PS_ENOMEM, "cannot index '%s': out of memory", path);

    char hash[96];
    off_t size = 0;
    int rc = hash_file(r, path, hash, &size, msg, sizeof msg);
    if (rc) {
        skip(r, path, PS_SKIP_UNREADABLE, msg);
        return PS_OK;
    }
    /* corrections and metadata file rows are part of what the file says */
    unsigned long long ov = ps_overrides_digest(ps_indexer_overrides(r->ix), file_id, path);
    if (ov)
        snprintf(hash + strlen(hash), sizeof hash - strlen(hash), ":m%016llx", ov);
    /* … and so is how this plansearch reads it (ps_reader_version) */
    snprintf(hash + strlen(hash), sizeof hash - strlen(hash), ":r%s",
             ps_reader_version(r->reader));
    sum->bytes += (unsigned long long)size;

    char *old_hash = NULL;
    unsigned old_root = 0;
    rc = ps_indexer_file_state(r->ix, file_id, &old_hash, &old_root, r->err);
    if (rc < 0)
        return rc;
    int exists = rc == PS_OK;
    char mark[PS_FILE_ID_MAX + 32];
    snprintf(mark, sizeof mark, "%u:%s", r->root_no, file_id);
    int forced = strcmp(r->incomplete, mark) == 0;
    if (exists && old_root && old_root != r->root_no) {
        const char *other = old_root <= r->roots.count ? r->roots.items[old_root - 1] : "?";
        snprintf(msg, sizeof msg,
                 PS_("skipping '%s': id '%s' is taken by the file under '%s' (index the "
                     "folder holding both instead)"),
                 path, file_id, other);
        free(old_hash);
        skip(r, path, PS_SKIP_CONFLICT, msg);
        return PS_OK;
    }
    int same = exists && !forced && old_root == r->root_no && strcmp(old_hash, hash) == 0;
    free(old_hash);
    if (same) {
        sum->unchanged++;
        if (r->o->progress)
            r->o->progress(r->o->ctx, sum);
        return PS_OK;
    }

    /* new or changed: replace all of its documents */
    rc = ps_indexer_begin_file(r->ix, file_id, r->root_no, hash, r->err);
    if (rc)
        return rc;
    size_t piece = r->o->piece_bytes ? r->o->piece_bytes : DEFAULT_PIECE_BYTES;
    unsigned docs_before = sum->docs, skipped_before = sum->skipped;
    r->dirty = 1;
    /* a large PDF or Word file is read whole: its parser needs all of it */
    if ((unsigned long long)size > 2ull * piece && !ps_reader_is_document(path)) {
        sum->bytes -= (unsigned long long)size; /* counted again piece by piece */
        rc = ps_indexer_remove_file(r->ix, file_id, r->err);
        if (!rc)
            rc = index_pieces(r, path, file_id, piece);
        if (!rc && forced)
            r->incomplete[0] = '\0';
    } else {
        ps_plan_list plans = {NULL, 0};
        ps_error rerr;
        ps_error_clear(&rerr);
        rc = ps_reader_read_file(r->reader, path, file_id, &plans, &rerr);
        if (rc == PS_ENOMEM) {
            rc = ps_error_set(r->err, rc, "%s", rerr.msg);
        } else if (rc) {
            /* unreadable now: its documents stay as they were */
            skip(r, path, skip_reason_of(rc), rerr.msg);
            rc = PS_OK;
        } else {
            rc = ps_indexer_remove_file(r->ix, file_id, r->err);
            if (!rc)
                rc = add_plans(r, &plans);
        }
        ps_plan_list_release(&plans);
    }
    ps_indexer_end_file(r->ix);
    if (rc)
        return rc;
    if (sum->docs > docs_before)
        exists ? sum->updated++ : sum->added++;
    else if (sum->skipped == skipped_before) {
        snprintf(msg, sizeof msg, PS_("skipping '%s': no text"), path);
        skip(r, path, PS_SKIP_EMPTY, msg);
    }
    r->batch_bytes += (size_t)size;
    r->batch_files++;
    if (r->o->progress)
        r->o->progress(r->o->ctx, sum);
    return maybe_commit(r);
}

/* Walk warnings: the walker names the problem, we name the input. */
static void walk_warn(void *vctx, const char *path, const char *message)
{
    run *r = vctx;
    char msg[PATH_MAX + 128];
    int reason = PS_SKIP_UNREADABLE;
    if (!first_part(r))
        return; /* nor are its files in this part's database to keep */
    if (strstr(message, "UTF-8"))
        reason = PS_SKIP_NAME;
    else if (strstr(message, "link") || strstr(message, "nested"))
        reason = PS_SKIP_LINK;
    snprintf(msg, sizeof msg, PS_("skipping '%s': %s"), path, message);
    /* documents below a folder we could not read are not "gone" */
    if (reason == PS_SKIP_UNREADABLE && strlen(path) >= r->walk_len) {
        const char *rel = path + r->walk_len;
        while (*rel == '/')
            rel++;
        ps_buf b = PS_BUF_INIT;
        int rc = PS_OK;
        ps_buf_puts(&rc, &b, r->prefix);
        ps_buf_puts(&rc, &b, rel);
        if (rc || strlist_add(&r->blind, b.data ? b.data : "", b.len))
            r->blind_all = 1; /* out of memory: remove nothing */
        ps_buf_release(&b);
    }
    skip(r, path, reason, msg);
}

/* ---- Removal of files gone from their root --------------------------------- */

typedef struct gone_ctx {
    run *r;
    size_t skip;   /* bytes of "XB<n>:" */
    strlist gone;
} gone_ctx;

static int blind_covers(const run *r, const char *id)
{
    if (r->blind_all)
        return 1;
    for (size_t i = 0; i < r->blind.count; i++) {
        size_t n = strlen(r->blind.items[i]);
        if (strncmp(id, r->blind.items[i], n) == 0 && (id[n] == '/' || id[n] == '\0'))
            return 1;
    }
    return 0;
}

static int collect_gone(void *vctx, const char *term, size_t len, unsigned freq)
{
    gone_ctx *g = vctx;
    (void)freq;
    char *id = malloc(len - g->skip + 1);
    if (!id)
        return PS_ENOMEM;
    memcpy(id, term + g->skip, len - g->skip);
    id[len - g->skip] = '\0';
    int rc = PS_OK;
    if (!strlist_has(&g->r->seen, id) && !blind_covers(g->r, id))
        rc = strlist_add(&g->gone, id, len - g->skip);
    free(id);
    return rc;
}

static int remove_gone(run *r)
{
    if (r->seen.count) /* none seen (an unreadable folder): items is NULL */
        qsort(r->seen.items, r->seen.count, sizeof *r->seen.items, cmp_str);
    char prefix[PS_FILE_ID_MAX + 32];
    int n = snprintf(prefix, sizeof prefix, "%s%u:", PS_PREFIX_ROOT, r->root_no);
    gone_ctx g = {r, (size_t)n, {NULL, 0, 0}};
    snprintf(prefix + n, sizeof prefix - (size_t)n, "%s", r->prefix);
    /* collect first: Xapian's term walk must not see our deletions */
    int rc = psx_db_terms(ps_indexer_db(r->ix), prefix, collect_gone, &g, r->err);
    if (rc == PS_ENOMEM)
        rc = ps_error_set(r->err, rc, "cannot list indexed files: out of memory");
    for (size_t i = 0; !rc && i < g.gone.count; i++) {
        rc = ps_indexer_remove_file(r->ix, g.gone.items[i], r->err);
        if (!rc)
            r->sum->removed++;
        r->dirty = 1;
        char mark[PS_FILE_ID_MAX + 32];
        snprintf(mark, sizeof mark, "%u:%s", r->root_no, g.gone.items[i]);
        if (!rc && strcmp(mark, r->incomplete) == 0) {
            rc = psx_db_set_metadata(ps_indexer_db(r->ix), PS_META_INCOMPLETE, "", r->err);
            r->incomplete[0] = '\0';
        }
    }
    strlist_release(&g.gone);
    return rc;
}

/* ---- Roots ---------------------------------------------------------------- */

static int load_roots(psx_db *db, strlist *roots, ps_error *err)
{
    char *v = NULL;
    int rc = psx_db_get_metadata(db, PS_META_ROOTS, &v, err);
    if (rc)
        return rc;
    for (char *s = v; !rc && *s;) {
        char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        rc = strlist_add(roots, s, n);
        s += n + (nl ? 1 : 0);
    }
    free(v);
    return rc == PS_ENOMEM ? ps_error_set(err, rc, "cannot read index roots: out of memory")
                           : rc;
}

/*
 * The root a folder belongs to: an indexed root equal to it or containing
 * it (ids stay relative to that root), else a new root.  prefix gets the
 * folder's path inside the root ("" or "sub/dir/").
 */
static int find_root(run *r, const char *dir, unsigned *no, ps_buf *prefix)
{
    int rc = PS_OK;
    size_t best = 0, bestlen = 0;
    for (size_t i = 0; i < r->roots.count; i++) {
        const char *root = r->roots.items[i];
        size_t n = strlen(root);
        if (!n || strncmp(dir, root, n) != 0)
            continue;
        if ((dir[n] == '\0' || dir[n] == '/' || (n == 1 && root[0] == '/')) && n >= bestlen)
            best = i + 1, bestlen = n;
    }
    ps_buf_reset(prefix);
    if (best) {
        const char *rest = dir + bestlen;
        while (*rest == '/')
            rest++;
        if (*rest) {
            ps_buf_puts(&rc, prefix, rest);
            ps_buf_putc(&rc, prefix, '/');
        }
        *no = (unsigned)best;
    } else {
        rc = strlist_add(&r->roots, dir, strlen(dir));
        r->roots_changed = 1;
        *no = (unsigned)r->roots.count;
    }
    ps_buf_puts(&rc, prefix, "");
    return rc;
}

static int index_root(run *r, const char *given)
{
    char msg[PATH_MAX + 128];
    char *real = realpath(given, NULL);
    if (!real) {
        snprintf(msg, sizeof msg, PS_("cannot read '%s': %s"), given, strerror(errno));
        if (first_part(r))
            skip(r, given, PS_SKIP_UNREADABLE, msg);
        return PS_OK;
    }
    struct stat st;
    if (stat(real, &st) != 0 || (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))) {
        snprintf(msg, sizeof msg, PS_("cannot read '%s': not a file or folder"), given);
        free(real);
        if (first_part(r))
            skip(r, given, PS_SKIP_UNREADABLE, msg);
        return PS_OK;
    }
    int is_file = S_ISREG(st.st_mode);
    /* a file's root is its folder: its id is its name, as when the folder is indexed */
    char *dir = strdup(real);
    if (!dir) {
        free(real);
        return ps_error_set(r->err, PS_ENOMEM, "out of memory");
    }
    if (is_file) {
        char *slash = strrchr(dir, '/');
        if (slash == dir)
            slash[1] = '\0';
        else if (slash)
            *slash = '\0';
    }
    ps_buf prefix = PS_BUF_INIT;
    unsigned no = 0;
    int rc = find_root(r, dir, &no, &prefix);
    if (rc) {
        free(real);
        free(dir);
        ps_buf_release(&prefix);
        return ps_error_set(r->err, PS_ENOMEM, "out of memory");
    }
    r->root_no = no;
    r->prefix = prefix.data ? prefix.data : "";
    r->walk_len = strlen(real);
    strlist_release(&r->seen);
    strlist_release(&r->blind);
    r->blind_all = 0;
    ps_error werr;
    ps_error_clear(&werr);
    rc = ps_corpus_walk(real, index_file, walk_warn, r, &werr);
    if (rc == PS_EIO) {
        if (first_part(r))
            skip(r, given, PS_SKIP_UNREADABLE, werr.msg);
        rc = PS_OK;
    } else if (rc == PS_ENOMEM && r->err->code != PS_ENOMEM) {
        rc = ps_error_set(r->err, rc, "%s", werr.msg[0] ? werr.msg : "out of memory");
    } else if (!rc && !is_file && !r->o->keep_missing) {
        rc = remove_gone(r);
    }
    r->prefix = "";
    ps_buf_release(&prefix);
    free(real);
    free(dir);
    return rc;
}

/* ---- The run ---------------------------------------------------------------- */

/*
 * The shard to index: the one asked for, else the one the index records
 * (so 'plansearch index' with no arguments keeps a shard a shard).
 */
static int load_shard(run *r, psx_db *db)
{
    char *meta = NULL;
    int rc = psx_db_get_metadata(db, PS_META_SHARD, &meta, r->err);
    if (rc)
        return rc;
    unsigned i = 0, n = 0;
    ps_error perr;
    int recorded = meta[0] && ps_shard_parse(meta, &i, &n, &perr) == PS_OK;
    if (r->o->shards) {
        r->shard = r->o->shard, r->shards = r->o->shards;
        /* 1/1 is the whole corpus: stored as no shard at all */
        r->shard_changed = r->shards > 1 ? !recorded || i != r->shard || n != r->shards
                                         : meta[0] != '\0';
    } else if (recorded) {
        r->shard = i, r->shards = n;
    }
    free(meta);
    return PS_OK;
}

typedef struct count_ctx {
    unsigned files;
    unsigned long long bytes;
    unsigned shard, shards; /* count only this shard's files (ids as from a root) */
} count_ctx;

static int count_file(void *vctx, const char *path, const char *relpath)
{
    count_ctx *c = vctx;
    struct stat st;
    if (c->shards > 1 && ps_shard_of(relpath, c->shards) != c->shard)
        return PS_OK;
    if (stat(path, &st) == 0) {
        c->files++;
        c->bytes += (unsigned long long)st.st_size;
    }
    return PS_OK;
}

void ps_index_count_files(const char *const *roots, size_t nroots, unsigned shard,
                          unsigned shards, unsigned *files, unsigned long long *bytes)
{
    count_ctx c = {0, 0, shard, shards};
    for (size_t i = 0; i < nroots; i++) {
        ps_error e; /* an unreadable root is the run's to report */
        ps_corpus_walk(roots[i], count_file, NULL, &c, &e);
    }
    *files = c.files;
    *bytes = c.bytes;
}

int ps_index_run(ps_indexer *ix, ps_reader *reader, const char *const *roots,
                 size_t nroots, const ps_index_opts *opts, ps_index_counts *sum,
                 ps_error *err)
{
    static const ps_index_opts none;
    memset(sum, 0, sizeof *sum);
    run r;
    memset(&r, 0, sizeof r);
    r.ix = ix, r.reader = reader, r.o = opts ? opts : &none, r.sum = sum, r.err = err;
    r.prefix = "";
    psx_db *db = ps_indexer_db(ix);
    int rc = load_roots(db, &r.roots, err);
    if (!rc)
        rc = psx_db_get_metadata(db, PS_META_INCOMPLETE, &r.incomplete, err);
    if (!rc)
        rc = load_shard(&r, db);
    if (!rc && r.o->count_first)
        ps_index_count_files(roots, nroots, r.shard, r.shards, &sum->total_files,
                             &sum->total_bytes);
    r.buf = malloc(HASH_BUF);
    if (!rc && !r.buf)
        rc = ps_error_set(err, PS_ENOMEM, "cannot index: out of memory");
    if (!rc)
        rc = ps_indexer_begin(ix, err);
    if (!rc && r.shard_changed) {
        char spec[32] = "";
        if (r.shards > 1)
            snprintf(spec, sizeof spec, "%u/%u", r.shard, r.shards);
        rc = psx_db_set_metadata(db, PS_META_SHARD, spec, err);
    }
    for (size_t i = 0; !rc && i < nroots; i++)
        rc = index_root(&r, roots[i]);
    int changed = r.dirty || r.roots_changed || r.shard_changed;
    if (!rc)
        rc = r.roots_changed ? write_roots(&r) : PS_OK;
    if (!rc) {
        rc = changed ? ps_indexer_commit(ix, err) : psx_db_commit(db, err);
        sum->commits += !rc && changed;
    }
    sum->current = NULL;
    strlist_release(&r.roots);
    strlist_release(&r.seen);
    strlist_release(&r.blind);
    free(r.incomplete);
    free(r.buf);
    return rc;
}

int ps_index_roots(const char *dbpath, char ***roots, size_t *n, ps_error *err)
{
    *roots = NULL;
    *n = 0;
    psx_db *db = NULL;
    int rc = psx_db_open(dbpath, PSX_OPEN_READ, &db, err);
    if (rc)
        return rc;
    strlist l = {NULL, 0, 0};
    rc = load_roots(db, &l, err);
    psx_db_close(db);
    if (rc) {
        strlist_release(&l);
        return rc;
    }
    /* dropped roots are empty lines: leave them out */
    size_t k = 0;
    for (size_t i = 0; i < l.count; i++) {
        if (l.items[i][0])
            l.items[k++] = l.items[i];
        else
            free(l.items[i]);
    }
    *roots = l.items;
    *n = k;
    return PS_OK;
}

void ps_index_roots_free(char **roots, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(roots[i]);
    free(roots);
}
