/*
 * Building the index: one Xapian document per plan, terms from cjk/'s
 * tokenizer (never Xapian's TermGenerator, whose CJK rules differ from the
 * query side's), filters and values from the plan's metadata.
 */
#include "indexer_int.h"

#include "folders.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct ps_indexer {
    char *path;
    psx_db *db;
    ps_cjk *cjk;
    const ps_gazetteer *gaz;
    int lock_fd;   /* our writers' lock, held until close */
    ps_buf term;   /* scratch for prefixed terms */
    ps_buf record; /* scratch for the stored record */
    /* the file being added (ps_indexer_begin_file) */
    char *file_id;
    unsigned file_root;
    char *file_hash;
    int upgraded; /* the index had another format and is being rebuilt */
    int rebuilding; /* started over (cleared inside a transaction) */
    ps_overrides *ov; /* metadata set by people (overrides.c) */
};

/*
 * Take the writers' lock before Xapian's: Xapian's DatabaseLockError does
 * not say who holds it, and a researcher wants to know which run to wait
 * for.  flock() locks die with their process, so a kill -9 leaves no stale
 * lock; the PID in the file is only read when the lock is held.
 */
static int take_lock(const char *dbpath, int *fd_out, ps_error *err)
{
    *fd_out = -1;
    size_t n = strlen(dbpath) + sizeof "/" PS_INDEX_LOCK_FILE;
    char *path = malloc(n);
    if (!path)
        return ps_error_set(err, PS_ENOMEM, "cannot open index '%s': out of memory", dbpath);
    snprintf(path, n, "%s/%s", dbpath, PS_INDEX_LOCK_FILE);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    free(path);
    if (fd < 0) {
        int e = errno;
        if (e == ENOENT || e == ENOTDIR)
            return ps_error_set(err, PS_EINDEX_NOTFOUND, "cannot open index '%s': %s",
                                dbpath, strerror(e));
        return ps_error_set(err, PS_EIO, "cannot write index '%s': %s", dbpath,
                            strerror(e));
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int e = errno;
        char buf[32] = "";
        ssize_t k = pread(fd, buf, sizeof buf - 1, 0);
        close(fd);
        long pid = k > 0 ? strtol(buf, NULL, 10) : 0;
        if (e != EWOULDBLOCK)
            return ps_error_set(err, PS_EIO, "cannot lock index '%s': %s", dbpath,
                                strerror(e));
        if (pid > 0)
            return ps_error_set(err, PS_EINDEX_LOCKED,
                                "index '%s' is being updated by PID %ld", dbpath, pid);
        return ps_error_set(err, PS_EINDEX_LOCKED,
                            "index '%s' is being updated by another process", dbpath);
    }
    char buf[32];
    int len = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) != 0 || pwrite(fd, buf, (size_t)len, 0) != len) {
        int e = errno;
        close(fd);
        return ps_error_set(err, PS_EIO, "cannot write index '%s': %s", dbpath,
                            strerror(e ? e : ENOSPC));
    }
    *fd_out = fd;
    return PS_OK;
}

/*
 * A first run killed while Xapian was creating the index leaves table files
 * (*.glass) without the version file (iamglass, or iam<backend>) that makes
 * the folder a database: nothing was committed, yet Xapian refuses to open
 * it, so every later run would fail.  Such a folder is started over.
 */
static int never_committed(const char *dbpath)
{
    DIR *d = opendir(dbpath);
    if (!d)
        return 0;
    int tables = 0, marked = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (strncmp(e->d_name, "iam", 3) == 0)
            marked = 1;
        else if (n > 6 && strcmp(e->d_name + n - 6, ".glass") == 0)
            tables = 1;
    }
    closedir(d);
    return tables && !marked;
}

/*
 * A parallel build killed midway (index_build.c) leaves its databases in
 * "<index>.build-tmp", perhaps gigabytes: whoever next holds the lock
 * removes them, whether or not its run builds anew.
 */
static void remove_leftover_build(const char *dbpath)
{
    char *real = realpath(dbpath, NULL);
    size_t n = real ? strlen(real) + sizeof ".build-tmp" : 0;
    char *tmp = n ? malloc(n) : NULL;
    if (tmp) {
        snprintf(tmp, n, "%s.build-tmp", real);
        psf_remove_tree(tmp);
    }
    free(tmp);
    free(real);
}

int ps_indexer_open(const char *dbpath, unsigned flags, ps_cjk *cjk,
                    const ps_gazetteer *gaz, ps_indexer **out, ps_error *err)
{
    *out = NULL;
    ps_indexer *ix = calloc(1, sizeof *ix);
    if (!ix)
        return ps_error_set(err, PS_ENOMEM, "cannot open index '%s': out of memory", dbpath);
    ix->path = strdup(dbpath);
    int rc = ix->path ? take_lock(dbpath, &ix->lock_fd, err)
                      : ps_error_set(err, PS_ENOMEM, "cannot open index '%s': out of memory",
                                     dbpath);
    if (rc) {
        free(ix->path);
        free(ix);
        return rc;
    }
    /* (the lock is ours: no other writer is creating it meanwhile) */
    remove_leftover_build(dbpath);
    rc = psx_db_open(dbpath, never_committed(dbpath) ? PSX_OPEN_OVERWRITE : PSX_OPEN_WRITE,
                     &ix->db, err);
    if (!rc && !(flags & PS_INDEXER_REBUILD)) {
        /* documents of another format cannot be mixed with new ones (their
         * terms differ): start over, as --rebuild would */
        char *format = NULL;
        unsigned docs = 0;
        rc = psx_db_get_metadata(ix->db, PS_META_FORMAT, &format, err);
        if (!rc)
            rc = psx_db_doccount(ix->db, &docs, err);
        if (!rc && docs && strcmp(format, PS_INDEX_FORMAT) != 0) {
            flags |= PS_INDEXER_REBUILD;
            ix->upgraded = 1;
        }
        free(format);
    }
    /* corrections and user metadata outlive a rebuild: read them first */
    if (!rc)
        rc = ps_overrides_load(ix->db, &ix->ov, err);
    if (!rc && (flags & PS_INDEXER_REBUILD)) {
        /*
         * Start over inside a transaction, so that an interrupted rebuild
         * keeps the old index until the new one's first commit.
         */
        rc = psx_db_begin(ix->db, err);
        if (!rc)
            rc = psx_db_clear(ix->db, err);
        ix->rebuilding = 1;
        if (!rc)
            rc = ps_overrides_save(ix->ov, ix->db, err);
    } else if (rc == PS_EINDEX_CORRUPT || rc == PS_EINDEX) {
        /* unreadable: only a rebuild may replace it */
        if (flags & PS_INDEXER_REBUILD) {
            ps_error_clear(err);
            ix->rebuilding = 1;
            rc = psx_db_open(dbpath, PSX_OPEN_OVERWRITE, &ix->db, err);
            if (!rc)
                rc = ps_overrides_load(ix->db, &ix->ov, err);
        }
    }
    if (rc) {
        ps_overrides_free(ix->ov);
        psx_db_close(ix->db);
        close(ix->lock_fd);
        free(ix->path);
        free(ix);
        return rc;
    }
    ix->cjk = cjk;
    ix->gaz = gaz;
    rc = psx_db_set_metadata(ix->db, PS_META_FORMAT, PS_INDEX_FORMAT, err);
    if (rc) {
        ps_indexer_close(ix);
        return rc;
    }
    *out = ix;
    return PS_OK;
}

void ps_indexer_close(ps_indexer *ix)
{
    if (!ix)
        return;
    psx_db_close(ix->db);
    ps_overrides_free(ix->ov);
    ps_buf_release(&ix->term);
    ps_buf_release(&ix->record);
    free(ix->file_id);
    free(ix->file_hash);
    /* after Xapian's close: the lock covers the whole write */
    if (ix->lock_fd >= 0)
        close(ix->lock_fd);
    free(ix->path);
    free(ix);
}

int ps_indexer_compact(ps_indexer *ix, unsigned long long *before,
                       unsigned long long *after, ps_error *err)
{
    *before = *after = 0;
    if (!ix->db)
        return ps_error_set(err, PS_EINTERNAL, "index '%s' is closed", ix->path);
    int rc = psx_db_commit(ix->db, err);
    /* the folder itself, not a symbolic link to it: exchanging a link
     * would leave the index's real folder behind, uncompacted */
    char *real = rc ? NULL : realpath(ix->path, NULL);
    if (!rc && !real)
        rc = ps_error_set(err, errno == ENOMEM ? PS_ENOMEM : PS_EIO, "cannot compact '%s': %s",
                          ix->path, strerror(errno));
    size_t n = rc ? 0 : strlen(real) + sizeof ".compact-tmp";
    char *tmp = rc ? NULL : malloc(n);
    if (!rc && !tmp)
        rc = ps_error_set(err, PS_ENOMEM, "cannot compact '%s': out of memory", ix->path);
    if (!rc) {
        snprintf(tmp, n, "%s.compact-tmp", real);
        /* left by a run killed while compacting (or just after) */
        if (psf_remove_tree(tmp) != 0)
            rc = ps_error_set(err, PS_EIO, "cannot remove '%s': %s", tmp, strerror(errno));
    }
    if (!rc) {
        *before = psf_folder_bytes(real);
        const char *src = real;
        rc = psx_db_compact(&src, 1, tmp, err);
    }
    if (!rc) {
        /* Nothing may be written to the old folder once it is swapped out,
         * so the writer's own handle goes first (the lock stays held). */
        psx_db_close(ix->db);
        ix->db = NULL;
        if (psf_exchange(tmp, real) != 0)
            rc = ps_error_set(err, PS_EIO, "cannot put the compacted index in place of '%s': %s",
                              ix->path, strerror(errno));
    }
    if (!rc)
        *after = psf_folder_bytes(real);
    if (tmp)
        psf_remove_tree(tmp); /* the old index, or a compaction that failed */
    free(tmp);
    free(real);
    return rc;
}

ps_overrides *ps_indexer_overrides(ps_indexer *ix)
{
    return ix->ov;
}

const ps_gazetteer *ps_indexer_gazetteer(ps_indexer *ix)
{
    return ix->gaz;
}

int ps_indexer_read_metafile(ps_indexer *ix, const char *file, ps_error *err)
{
    /* read into a copy: a bad row leaves the index's metadata as it was */
    ps_overrides *o = NULL;
    int rc = ps_overrides_load(ix->db, &o, err);
    if (!rc)
        rc = ps_overrides_read_file(o, ix->gaz, file, err);
    if (!rc)
        rc = ps_overrides_save(o, ix->db, err);
    if (!rc) {
        ps_overrides_free(ix->ov);
        ix->ov = o;
    } else {
        ps_overrides_free(o);
    }
    return rc;
}

int ps_indexer_correct(ps_indexer *ix, const char *id, const char *field,
                       const char *value, ps_error *err)
{
    if (value) {
        int rc = ps_override_check(ix->gaz, field, value, err);
        if (rc)
            return rc;
    } else if (!ps_override_field_known(field)) {
        return ps_override_check(ix->gaz, field, "none", err);
    }
    if (ps_overrides_set(ix->ov, id, field, value))
        return ps_error_set(err, PS_ENOMEM, "cannot correct '%s': out of memory", id);
    return ps_overrides_save(ix->ov, ix->db, err);
}

int ps_indexer_corrections(ps_indexer *ix, const char *id, ps_buf *out, size_t *count,
                           ps_error *err)
{
    int rc = PS_OK;
    *count = ps_overrides_list(ix->ov, id, out, &rc);
    return rc ? ps_error_set(err, rc, "cannot list corrections: out of memory") : PS_OK;
}

int ps_indexer_upgraded(const ps_indexer *ix)
{
    return ix->upgraded;
}

int ps_indexer_rebuilding(const ps_indexer *ix)
{
    return ix->rebuilding;
}

const char *ps_indexer_path(const ps_indexer *ix)
{
    return ix->path;
}

void ps_indexer_release_db(ps_indexer *ix)
{
    psx_db_close(ix->db);
    ix->db = NULL;
}

int ps_indexer_copy_overrides(ps_indexer *dst, const ps_indexer *src, ps_error *err)
{
    ps_overrides *o = NULL;
    int rc = ps_overrides_save(src->ov, dst->db, err);
    if (!rc)
        rc = ps_indexer_commit(dst, err);
    if (!rc)
        rc = ps_overrides_load(dst->db, &o, err);
    if (rc)
        return rc;
    ps_overrides_free(dst->ov);
    dst->ov = o;
    return PS_OK;
}

psx_db *ps_indexer_db(ps_indexer *ix)
{
    return ix->db;
}

int ps_indexer_doccount(ps_indexer *ix, unsigned *out, ps_error *err)
{
    return psx_db_doccount(ix->db, out, err);
}

int ps_indexer_begin(ps_indexer *ix, ps_error *err)
{
    return psx_db_begin(ix->db, err);
}

void ps_indexer_end_file(ps_indexer *ix)
{
    free(ix->file_id);
    free(ix->file_hash);
    ix->file_id = ix->file_hash = NULL;
    ix->file_root = 0;
}

int ps_indexer_begin_file(ps_indexer *ix, const char *file_id, unsigned root,
                          const char *hash, ps_error *err)
{
    ps_indexer_end_file(ix);
    ix->file_id = strdup(file_id);
    ix->file_hash = hash ? strdup(hash) : NULL;
    ix->file_root = root;
    if (!ix->file_id || (hash && !ix->file_hash)) {
        ps_indexer_end_file(ix);
        return ps_error_set(err, PS_ENOMEM, "cannot index '%s': out of memory", file_id);
    }
    return PS_OK;
}

int ps_indexer_file_state(ps_indexer *ix, const char *file_id, char **hash,
                          unsigned *root, ps_error *err)
{
    *hash = NULL;
    *root = 0;
    int rc = PS_OK;
    ps_buf_reset(&ix->term);
    ps_buf_puts(&rc, &ix->term, PS_PREFIX_FILE);
    ps_buf_puts(&rc, &ix->term, file_id);
    if (rc)
        return ps_error_set(err, rc, "cannot look up '%s': out of memory", file_id);
    unsigned docid;
    rc = psx_db_term_doc(ix->db, ix->term.data, &docid, err);
    if (rc)
        return rc;
    rc = psx_db_term_value(ix->db, ix->term.data, PS_SLOT_HASH, hash, err);
    if (rc)
        return rc == PS_DONE ? PS_DONE : rc;
    unsigned count;
    char *first = NULL;
    rc = psx_db_doc_terms(ix->db, docid, PS_PREFIX_ROOT, &count, &first, err);
    if (!rc && first)
        *root = (unsigned)strtoul(first + strlen(PS_PREFIX_ROOT), NULL, 10);
    free(first);
    if (rc) {
        free(*hash);
        *hash = NULL;
    }
    return rc;
}

int ps_indexer_commit(ps_indexer *ix, ps_error *err)
{
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    int rc = psx_db_set_metadata(ix->db, PS_META_UPDATED, stamp, err);
    return rc ? rc : psx_db_commit(ix->db, err);
}

void ps_rank_key(int year, const char *id, int *rc, ps_buf *out)
{
    int y = year > 0 && year < 9999 ? 9999 - year : 9999;
    ps_buf_printf(rc, out, "%04d%s", y, id);
}

/* Tokenizer callback state: where the terms go and under which prefix. */
typedef struct posting_ctx {
    ps_indexer *ix;
    psx_doc *doc;
    const char *prefix;
    ps_error *err;
} posting_ctx;

static int add_token(void *vctx, const ps_token *tok)
{
    posting_ctx *c = vctx;
    int rc = PS_OK;
    ps_buf *t = &c->ix->term;
    ps_buf_reset(t);
    ps_buf_puts(&rc, t, c->prefix);
    ps_buf_append(&rc, t, tok->term, tok->len);
    if (rc)
        return ps_error_set(c->err, rc, "cannot index term: out of memory");
    /* Phrases are checked on the positions of unigrams, words and
     * boundaries; bigrams only narrow the candidates (and rank), so they
     * need none: that halves the positions Xapian writes. */
    if (tok->flags & PS_TOKF_BIGRAM)
        return psx_doc_add_term(c->doc, t->data, t->len, c->err);
    return psx_doc_add_posting(c->doc, t->data, t->len, tok->pos, c->err);
}

static int index_text(ps_indexer *ix, psx_doc *doc, const char *prefix,
                      const char *text, size_t n, ps_error *err)
{
    if (!text || !n)
        return PS_OK;
    posting_ctx c = {ix, doc, prefix, err};
    int rc = ps_cjk_tokenize(ix->cjk, PS_TOK_INDEX, text, n, 1, add_token, &c, NULL);
    if (rc < 0 && err && err->code != rc)
        ps_error_set(err, rc, "cannot tokenize: %s", ps_status_text(rc));
    return rc;
}

/* A boolean term prefix+value; values too long for a term are skipped. */
static int add_filter(ps_indexer *ix, psx_doc *doc, const char *prefix,
                      const char *value, ps_error *err)
{
    if (!value || !*value)
        return PS_OK;
    int rc = PS_OK;
    ps_buf_reset(&ix->term);
    ps_buf_puts(&rc, &ix->term, prefix);
    ps_buf_puts(&rc, &ix->term, value);
    if (rc)
        return ps_error_set(err, rc, "cannot index filter: out of memory");
    if (ix->term.len > PS_TERM_MAX)
        return PS_OK;
    return psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
}

static int add_value(psx_doc *doc, unsigned slot, const char *v, ps_error *err)
{
    return v && *v ? psx_doc_set_value(doc, slot, v, strlen(v), err) : PS_OK;
}

/* Region filters: the place itself and every place containing it. */
static int add_region(ps_indexer *ix, psx_doc *doc, const ps_plan *p, ps_error *err)
{
    int rc = add_value(doc, PS_SLOT_REGION, p->region, err);
    if (!rc && p->region) {
        const char *slash = strchr(p->region, '/');
        size_t n = slash ? (size_t)(slash - p->region) : strlen(p->region);
        rc = psx_doc_set_value(doc, PS_SLOT_PROVINCE, p->region, n, err);
    }
    if (rc || !p->region_code)
        return rc;
    ps_place place;
    if (!ix->gaz || ps_gazetteer_by_code(ix->gaz, p->region_code, &place) != PS_OK)
        return add_filter(ix, doc, PS_PREFIX_REGION, p->region_code, err);
    for (;;) {
        rc = add_filter(ix, doc, PS_PREFIX_REGION, place.code, err);
        ps_place parent;
        if (rc || ps_gazetteer_parent(ix->gaz, &place, &parent) != PS_OK)
            return rc;
        place = parent;
    }
}

/* Text reuse: the body's winnowed fingerprints as boolean terms. */
typedef struct reuse_ctx {
    psx_doc *doc;
    ps_error *err;
} reuse_ctx;

static int add_reuse_term(void *vctx, uint32_t hash, size_t i)
{
    (void)i;
    reuse_ctx *c = vctx;
    char term[PS_REUSE_TERM_LEN + 1];
    ps_reuse_term(hash, term);
    return psx_doc_add_boolean(c->doc, term, PS_REUSE_TERM_LEN, c->err);
}

static int add_reuse(ps_indexer *ix, psx_doc *doc, const ps_plan *p, ps_error *err)
{
    ps_rtext t = {0};
    int rc = ps_rtext_fold(ix->cjk, p->body, p->body_len, &t);
    reuse_ctx c = {doc, err};
    if (!rc)
        rc = ps_winnow(&t, add_reuse_term, &c);
    ps_rtext_release(&t);
    if (rc == PS_ENOMEM && (!err || err->code != rc))
        rc = ps_error_set(err, rc, "cannot index '%s': out of memory", p->id);
    return rc;
}

/* The file part of an id: "a/b.txt#2" → "a/b.txt". */
static size_t file_id_len(const char *id)
{
    const char *hash = strrchr(id, '#');
    return hash ? (size_t)(hash - id) : strlen(id);
}

int ps_indexer_add(ps_indexer *ix, const ps_plan *p, ps_error *err)
{
    psx_doc *doc = NULL;
    int rc = psx_doc_new(&doc, err);
    if (rc)
        return rc;
    rc = index_text(ix, doc, "", p->body, p->body_len, err);
    if (!rc && p->title)
        rc = index_text(ix, doc, PS_PREFIX_TITLE, p->title, strlen(p->title), err);
    if (!rc && p->org)
        rc = index_text(ix, doc, PS_PREFIX_ORG, p->org, strlen(p->org), err);

    char year[16] = "";
    if (p->year)
        snprintf(year, sizeof year, "%d", p->year);
    if (!rc && p->year) {
        rc = add_filter(ix, doc, PS_PREFIX_YEAR, year, err);
        if (!rc)
            rc = psx_doc_set_value_number(doc, PS_SLOT_YEAR, p->year, err);
        if (!rc)
            rc = add_value(doc, PS_SLOT_YEAR_TEXT, year, err);
    }
    if (!rc)
        rc = add_region(ix, doc, p, err);
    /* the fields the plan does not say, for --year none and its kin */
    if (!rc && !p->year)
        rc = add_filter(ix, doc, PS_PREFIX_YEAR, PS_VALUE_NONE, err);
    /* as the region facet says "-": no place at all (全国 is a place) */
    if (!rc && !(p->region && *p->region))
        rc = add_filter(ix, doc, PS_PREFIX_REGION, PS_VALUE_NONE, err);
    if (!rc && !(p->level && *p->level))
        rc = add_filter(ix, doc, PS_PREFIX_LEVEL, PS_VALUE_NONE, err);
    if (!rc && !(p->sector && *p->sector))
        rc = add_filter(ix, doc, PS_PREFIX_SECTOR, PS_VALUE_NONE, err);
    if (!rc && !(p->type && *p->type))
        rc = add_filter(ix, doc, PS_PREFIX_TYPE, PS_VALUE_NONE, err);
    if (!rc)
        rc = add_filter(ix, doc, PS_PREFIX_TYPE, p->type, err);
    if (!rc)
        rc = add_value(doc, PS_SLOT_TYPE, p->type, err);
    if (!rc)
        rc = add_filter(ix, doc, PS_PREFIX_LEVEL, p->level, err);
    if (!rc)
        rc = add_value(doc, PS_SLOT_LEVEL, p->level, err);
    if (!rc)
        rc = add_filter(ix, doc, PS_PREFIX_SECTOR, p->sector, err);
    if (!rc)
        rc = add_value(doc, PS_SLOT_SECTOR, p->sector, err);
    char dupkey[17] = "";
    if (!rc)
        rc = ps_simhash_key(ix->cjk, p->body, p->body_len, dupkey, err);
    if (!rc)
        rc = add_value(doc, PS_SLOT_COLLAPSE, dupkey, err);
    if (!rc)
        rc = add_reuse(ix, doc, p, err);

    int brc = PS_OK;
    if (!rc) {
        ps_buf_reset(&ix->term);
        ps_buf_puts(&brc, &ix->term, PS_PREFIX_FILE);
        if (ix->file_id)
            ps_buf_puts(&brc, &ix->term, ix->file_id);
        else
            ps_buf_append(&brc, &ix->term, p->id, file_id_len(p->id));
        if (!brc && ix->term.len <= PS_TERM_MAX)
            rc = psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
    }
    /* per-file state for the next incremental run */
    if (!rc && !brc && ix->file_id && ix->file_root) {
        ps_buf_reset(&ix->term);
        ps_buf_printf(&brc, &ix->term, "%s%u:%s", PS_PREFIX_ROOT, ix->file_root,
                      ix->file_id);
        if (!brc && ix->term.len <= PS_TERM_MAX)
            rc = psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
    }
    if (!rc && !brc && ix->file_hash)
        rc = add_value(doc, PS_SLOT_HASH, ix->file_hash, err);
    if (!rc && !brc) {
        ps_buf_reset(&ix->term);
        ps_rank_key(p->year, p->id, &brc, &ix->term);
        if (!brc)
            rc = psx_doc_set_value(doc, PS_SLOT_RANK, ix->term.data, ix->term.len, err);
    }
    if (!rc && !brc) {
        ps_buf_reset(&ix->record);
        ps_docrec_encode(p, &brc, &ix->record);
        if (!brc)
            rc = psx_doc_set_data(doc, ix->record.data, ix->record.len, err);
    }
    if (!rc && !brc) {
        ps_buf_reset(&ix->term);
        ps_buf_puts(&brc, &ix->term, PS_PREFIX_ID);
        ps_buf_puts(&brc, &ix->term, p->id);
        /* the document must carry its unique term to be found by it later */
        if (!brc)
            rc = psx_doc_add_boolean(doc, ix->term.data, ix->term.len, err);
        if (!brc && !rc)
            rc = psx_db_replace(ix->db, ix->term.data, doc, err);
    }
    if (brc && !rc)
        rc = ps_error_set(err, brc, "cannot index '%s': out of memory", p->id);
    psx_doc_free(doc);
    return rc;
}

int ps_indexer_remove_file(ps_indexer *ix, const char *file_id, ps_error *err)
{
    int rc = PS_OK;
    ps_buf_reset(&ix->term);
    ps_buf_puts(&rc, &ix->term, PS_PREFIX_FILE);
    ps_buf_puts(&rc, &ix->term, file_id);
    if (rc)
        return ps_error_set(err, rc, "cannot remove '%s': out of memory", file_id);
    return psx_db_delete(ix->db, ix->term.data, err);
}
