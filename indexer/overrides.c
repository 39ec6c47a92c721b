/*
 * Metadata set by people: rows of a researcher's metadata file (index
 * --meta FILE: the URLs, titles, dates and places a crawler recorded) and
 * corrections made by hand (plansearch meta ID field=value).  Both win over
 * what extraction reads from the text; a correction wins over the file.
 *
 * They live in the index's own metadata (keys PS_META_USERMETA and
 * PS_META_CORRECTIONS), so they are inside the index folder, committed with
 * the documents they change, carried through compaction, and kept across
 * --rebuild (ps_indexer_open saves and restores them).  Each is a text of
 * lines "key TAB field TAB value": the key is a document id for a
 * correction, a file's path (absolute) or id for a metadata file row.
 *
 * A file's rows are part of its identity for incremental runs: their digest
 * is appended to the file's content hash, so a file whose corrections
 * changed is indexed again like a file whose bytes changed.
 */
#include "indexer_int.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

typedef struct ov_row {
    char *key, *field, *value;
    int correction; /* 1: by hand (ps_meta_set), 0: a metadata file */
} ov_row;

struct ps_overrides {
    ov_row *rows;
    size_t count, cap;
};

static const char *const fields[] = {"year",  "region", "org",  "level", "type", "title",
                                     "url",   "date",   "sector", NULL};

int ps_override_field_known(const char *f)
{
    for (size_t k = 0; fields[k]; k++)
        if (strcmp(f, fields[k]) == 0)
            return 1;
    return 0;
}

static const char *const levels[] = {"全国", "省", "市", "县", "乡镇", "基层", NULL};

/*
 * The place a region value names: a GB/T 2260 code, a path from the province
 * down (湖南省/长沙市/宁乡市), or a name that is one place only (易县,
 * 乐山市).  PS_OK, or PS_EINVAL saying why (unknown, or which places share
 * the name).
 */
static int resolve_place(const ps_gazetteer *gaz, const char *v, ps_place *pl, ps_error *err)
{
    if (!gaz)
        return ps_error_set(err, PS_EINVAL, "invalid region '%s': no gazetteer", v);
    if (isdigit((unsigned char)v[0]))
        return ps_gazetteer_by_code(gaz, v, pl) == PS_OK
                   ? PS_OK
                   : ps_error_set(err, PS_EINVAL, "invalid region '%s': no place has this "
                                  "code", v);
    const char *last = strrchr(v, '/');
    last = last ? last + 1 : v;
    ps_place c[8];
    size_t n = ps_gazetteer_lookup(gaz, last, strlen(last), c, 8);
    size_t hit = 0, found = 0;
    for (size_t k = 0; k < n && k < 8; k++)
        if (last == v || strcmp(c[k].path, v) == 0)
            hit = k, found++;
    if (found == 1) {
        *pl = c[hit];
        return PS_OK;
    }
    if (!found)
        return ps_error_set(err, PS_EINVAL, "invalid region '%s': not a place the gazetteer "
                            "knows (give a GB/T 2260 path such as 湖南省/长沙市/宁乡市, or a "
                            "code)", v);
    return ps_error_set(err, PS_EINVAL, "ambiguous region '%s': %s, %s%s (give the path or "
                        "the code)", v, c[0].path, c[1].path, n > 2 ? ", …" : "");
}

int ps_override_check(const ps_gazetteer *gaz, const char *field, const char *value,
                      ps_error *err)
{
    if (!ps_override_field_known(field))
        return ps_error_set(err, PS_EINVAL,
                            "unknown field '%s': expected year, region, org, level, type, "
                            "title, url, date or sector", field);
    if (strcmp(value, "none") == 0)
        return PS_OK;
    if (!*value || strchr(value, '\t') || strchr(value, '\n'))
        return ps_error_set(err, PS_EINVAL, "invalid %s '%s': empty or holding a tab or "
                            "line break (use 'none' for no value)", field, value);
    if (strcmp(field, "year") == 0) {
        char *end;
        long y = strtol(value, &end, 10);
        if (*end || y < 1900 || y > 2099)
            return ps_error_set(err, PS_EINVAL, "invalid year '%s': expected 1900 to 2099 "
                                "or none", value);
    } else if (strcmp(field, "level") == 0) {
        for (size_t k = 0; levels[k]; k++)
            if (strcmp(value, levels[k]) == 0)
                return PS_OK;
        return ps_error_set(err, PS_EINVAL, "invalid level '%s': expected 全国 省 市 县 乡镇 "
                            "基层 or none", value);
    } else if (strcmp(field, "type") == 0) {
        if (!ps_kind_parse(value))
            return ps_error_set(err, PS_EINVAL, "invalid type '%s': expected one of %s or "
                                "none", value, PS_KINDS);
    } else if (strcmp(field, "region") == 0 && strcmp(value, "全国") != 0) {
        ps_place pl;
        return resolve_place(gaz, value, &pl, err);
    } else if (strcmp(field, "date") == 0) {
        int y, m, d;
        char tail;
        if (sscanf(value, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 ||
            d < 1 || d > 31)
            return ps_error_set(err, PS_EINVAL, "invalid date '%s': expected YYYY-MM-DD",
                                value);
    }
    return PS_OK;
}

void ps_overrides_free(ps_overrides *o)
{
    if (!o)
        return;
    for (size_t i = 0; i < o->count; i++) {
        free(o->rows[i].key);
        free(o->rows[i].field);
        free(o->rows[i].value);
    }
    free(o->rows);
    free(o);
}

/* Add or replace the row (key, field); value NULL removes it. */
static int ov_put(ps_overrides *o, const char *key, const char *field, const char *value,
                  int correction)
{
    for (size_t i = 0; i < o->count; i++) {
        ov_row *r = &o->rows[i];
        if (r->correction == correction && strcmp(r->key, key) == 0 &&
            strcmp(r->field, field) == 0) {
            if (!value) {
                free(r->key), free(r->field), free(r->value);
                o->rows[i] = o->rows[--o->count];
                return PS_OK;
            }
            char *v = strdup(value);
            if (!v)
                return PS_ENOMEM;
            free(r->value);
            r->value = v;
            return PS_OK;
        }
    }
    if (!value)
        return PS_OK;
    if (o->count == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 16;
        ov_row *p = realloc(o->rows, cap * sizeof *p);
        if (!p)
            return PS_ENOMEM;
        o->rows = p, o->cap = cap;
    }
    ov_row r = {strdup(key), strdup(field), strdup(value), correction};
    if (!r.key || !r.field || !r.value) {
        free(r.key), free(r.field), free(r.value);
        return PS_ENOMEM;
    }
    o->rows[o->count++] = r;
    return PS_OK;
}

/* Parse "key\tfield\tvalue\n" lines into o. */
static int ov_parse(ps_overrides *o, const char *text, int correction)
{
    for (const char *s = text; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        const char *t1 = memchr(s, '\t', n);
        const char *t2 = t1 ? memchr(t1 + 1, '\t', n - (size_t)(t1 + 1 - s)) : NULL;
        if (t1 && t2) {
            char *key = strndup(s, (size_t)(t1 - s));
            char *field = strndup(t1 + 1, (size_t)(t2 - t1 - 1));
            char *value = strndup(t2 + 1, n - (size_t)(t2 + 1 - s));
            int rc = key && field && value ? ov_put(o, key, field, value, correction)
                                           : PS_ENOMEM;
            free(key), free(field), free(value);
            if (rc)
                return rc;
        }
        s = nl ? nl + 1 : NULL;
    }
    return PS_OK;
}

int ps_overrides_load(psx_db *db, ps_overrides **out, ps_error *err)
{
    *out = NULL;
    ps_overrides *o = calloc(1, sizeof *o);
    char *user = NULL, *corr = NULL;
    int rc = o ? PS_OK : PS_ENOMEM;
    if (!rc)
        rc = psx_db_get_metadata(db, PS_META_USERMETA, &user, err);
    if (!rc)
        rc = psx_db_get_metadata(db, PS_META_CORRECTIONS, &corr, err);
    if (!rc)
        rc = ov_parse(o, user, 0);
    if (!rc)
        rc = ov_parse(o, corr, 1);
    free(user);
    free(corr);
    if (rc) {
        ps_overrides_free(o);
        return rc == PS_ENOMEM ? ps_error_set(err, rc, "cannot read corrections: out of memory")
                               : rc;
    }
    *out = o;
    return PS_OK;
}

int ps_overrides_save(const ps_overrides *o, psx_db *db, ps_error *err)
{
    ps_buf user = PS_BUF_INIT, corr = PS_BUF_INIT;
    int rc = PS_OK;
    for (size_t i = 0; i < o->count; i++) {
        const ov_row *r = &o->rows[i];
        ps_buf_printf(&rc, r->correction ? &corr : &user, "%s\t%s\t%s\n", r->key, r->field,
                      r->value);
    }
    if (rc)
        rc = ps_error_set(err, rc, "cannot save corrections: out of memory");
    if (!rc)
        rc = psx_db_set_metadata(db, PS_META_USERMETA, user.data ? user.data : "", err);
    if (!rc)
        rc = psx_db_set_metadata(db, PS_META_CORRECTIONS, corr.data ? corr.data : "", err);
    ps_buf_release(&user);
    ps_buf_release(&corr);
    return rc;
}

int ps_overrides_set(ps_overrides *o, const char *id, const char *field, const char *value)
{
    return ov_put(o, id, field, value, 1);
}

/* The file id part of a document id: "a.txt#2" → "a.txt". */
static int same_file(const char *key, const char *file_id)
{
    size_t n = strlen(file_id);
    return strncmp(key, file_id, n) == 0 && (key[n] == '\0' || key[n] == '#');
}

/* Does row r apply to the document `id` of the file at `path`? */
static int row_applies(const ov_row *r, const char *id, const char *path)
{
    if (r->correction)
        return strcmp(r->key, id) == 0;
    return strcmp(r->key, path) == 0 || same_file(id, r->key);
}

unsigned long long ps_overrides_digest(const ps_overrides *o, const char *file_id,
                                       const char *path)
{
    unsigned long long h = 14695981039346656037ull;
    int any = 0;
    for (size_t i = 0; o && i < o->count; i++) {
        const ov_row *r = &o->rows[i];
        if (!(r->correction ? same_file(r->key, file_id)
                            : strcmp(r->key, path) == 0 || strcmp(r->key, file_id) == 0))
            continue;
        any = 1;
        /* order-independent: rows are summed, each hashed on its own */
        unsigned long long rh = 14695981039346656037ull;
        const char *parts[] = {r->key, "\t", r->field, "\t", r->value, r->correction ? "c" : "m"};
        for (size_t p = 0; p < sizeof parts / sizeof *parts; p++)
            for (const char *c = parts[p]; *c; c++) {
                rh ^= (unsigned char)*c;
                rh *= 1099511628211ull;
            }
        h += rh;
    }
    return any ? h : 0;
}

static int set_str(char **slot, const char *v)
{
    char *c = NULL;
    if (strcmp(v, "none") != 0 && !(c = strdup(v)))
        return PS_ENOMEM;
    free(*slot);
    *slot = c;
    return PS_OK;
}

/* Apply one field's value to p; `how` names where it came from. */
static int apply(const ps_gazetteer *gaz, ps_plan *p, const char *field, const char *v,
                 const char *how)
{
    int none = strcmp(v, "none") == 0, rc = PS_OK;
    char **from = NULL;
    if (strcmp(field, "year") == 0) {
        p->year = none ? 0 : atoi(v);
        from = &p->from.year;
    } else if (strcmp(field, "region") == 0) {
        ps_place pl;
        ps_error e;
        if (none || strcmp(v, "全国") == 0) {
            rc = set_str(&p->region, v);
            if (!rc)
                rc = set_str(&p->region_code, "none");
        } else if (resolve_place(gaz, v, &pl, &e) == PS_OK) {
            rc = set_str(&p->region, pl.path);
            if (!rc)
                rc = set_str(&p->region_code, pl.code);
        } else {
            return PS_OK; /* no longer a known place: extraction stands */
        }
        from = &p->from.region;
    } else if (strcmp(field, "org") == 0) {
        rc = set_str(&p->org, v);
        from = &p->from.org;
    } else if (strcmp(field, "level") == 0) {
        rc = set_str(&p->level, v);
        from = &p->from.level;
    } else if (strcmp(field, "type") == 0) {
        int k = none ? 0 : ps_kind_parse(v);
        rc = set_str(&p->type, k ? ps_kind_name(k) : "none");
        from = &p->from.type;
    } else if (strcmp(field, "title") == 0) {
        rc = set_str(&p->title, v);
        from = &p->from.title;
    } else if (strcmp(field, "url") == 0) {
        rc = set_str(&p->url, v);
    } else if (strcmp(field, "date") == 0) {
        rc = set_str(&p->date, v);
    } else if (strcmp(field, "sector") == 0) {
        rc = set_str(&p->sector, v);
    }
    if (!rc && from)
        rc = set_str(from, none ? "none" : how);
    return rc;
}

int ps_overrides_apply(const ps_overrides *o, const ps_gazetteer *gaz, ps_plan *p)
{
    /* metadata file rows first, corrections after: the later wins */
    for (int pass = 0; o && pass < 2; pass++)
        for (size_t i = 0; i < o->count; i++) {
            const ov_row *r = &o->rows[i];
            if (r->correction != pass || !row_applies(r, p->id, p->path))
                continue;
            int rc = apply(gaz, p, r->field, r->value, pass ? "correction" : "metadata file");
            if (rc)
                return rc;
        }
    return PS_OK;
}

size_t ps_overrides_list(const ps_overrides *o, const char *id, ps_buf *out, int *rc)
{
    size_t n = 0;
    for (size_t i = 0; o && i < o->count; i++) {
        const ov_row *r = &o->rows[i];
        if (!r->correction || (id && strcmp(r->key, id) != 0))
            continue;
        ps_buf_printf(rc, out, "%s\t%s\t%s\n", r->key, r->field, r->value);
        n++;
    }
    return n;
}

/* ---- Metadata files --------------------------------------------------------- */

/* One CSV record of s[*i..n): fields into f (at most max), their count. */
static size_t csv_record(const char *s, size_t n, size_t *i, ps_buf *f, size_t max,
                         int *rc)
{
    size_t k = 0;
    ps_buf_reset(&f[0]);
    while (*i < n) {
        char c = s[*i];
        if (c == '"') {
            for ((*i)++; *i < n; (*i)++) {
                if (s[*i] == '"' && *i + 1 < n && s[*i + 1] == '"')
                    ps_buf_putc(rc, &f[k], '"'), (*i)++;
                else if (s[*i] == '"')
                    break;
                else
                    ps_buf_putc(rc, &f[k], s[*i]);
            }
            (*i)++;
        } else if (c == ',') {
            (*i)++;
            if (k + 1 < max)
                ps_buf_reset(&f[++k]);
        } else if (c == '\r' || c == '\n') {
            (*i)++;
            if (c == '\r' && *i < n && s[*i] == '\n')
                (*i)++;
            return k + 1;
        } else {
            ps_buf_putc(rc, &f[k], c);
            (*i)++;
        }
    }
    return k + 1;
}

/* The key a metadata file's path column gives: the file's real path when it
   exists (relative to the working folder), else the value as written (an
   id relative to the indexed folder). */
static char *path_key(const char *v)
{
    char *real = realpath(v, NULL);
    return real ? real : strdup(v);
}

/* One row: validate each known field and add it. */
static int add_row(ps_overrides *o, const ps_gazetteer *gaz, const char *file, size_t line,
                   const char *path, const char *field, const char *value, ps_error *err)
{
    if (!*value)
        return PS_OK; /* an empty cell says nothing */
    if (strcmp(field, "path") == 0 || !ps_override_field_known(field))
        return PS_OK;
    ps_error e;
    ps_error_clear(&e);
    if (ps_override_check(gaz, field, value, &e))
        return ps_error_set(err, PS_EINVAL, "%s:%zu: %s", file, line, e.msg);
    char *key = path_key(path);
    int rc = key ? ov_put(o, key, field, value, 0) : PS_ENOMEM;
    free(key);
    return rc ? ps_error_set(err, rc, "%s: out of memory", file) : PS_OK;
}

int ps_overrides_read_file(ps_overrides *o, const ps_gazetteer *gaz, const char *file,
                           ps_error *err)
{
    FILE *f = fopen(file, "rb");
    if (!f)
        return ps_error_set(err, PS_EIO, "cannot read metadata file '%s': %s", file,
                            strerror(errno));
    ps_buf b = PS_BUF_INIT;
    int rc = PS_OK;
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < ((size_t)64 << 20))
        ps_buf_append(&rc, &b, chunk, k);
    int bad = ferror(f);
    fclose(f);
    if (rc || bad) {
        ps_buf_release(&b);
        return ps_error_set(err, rc ? rc : PS_EIO, "cannot read metadata file '%s'", file);
    }
    const char *s = b.data ? b.data : "";
    size_t n = b.len;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3, n -= 3;
    size_t lead = 0;
    while (lead < n && isspace((unsigned char)s[lead]))
        lead++;
    if (lead < n && s[lead] == '{') {
        /* JSON Lines: one object per line, "path" and any of the fields */
        size_t line = 0;
        for (size_t i = 0; !rc && i < n;) {
            const char *nl = memchr(s + i, '\n', n - i);
            size_t e = nl ? (size_t)(nl - s) : n;
            line++;
            json_error_t je;
            json_t *obj = e > i ? json_loadb(s + i, e - i, 0, &je) : NULL;
            int blank = 1;
            for (size_t j = i; j < e; j++)
                blank &= isspace((unsigned char)s[j]) != 0;
            if (!blank && (!obj || !json_is_object(obj))) {
                rc = ps_error_set(err, PS_EINVAL, "%s:%zu: not a JSON object%s%s", file, line,
                                  obj ? "" : ": ", obj ? "" : je.text);
            } else if (obj) {
                const char *path = json_string_value(json_object_get(obj, "path"));
                if (!path)
                    rc = ps_error_set(err, PS_EINVAL, "%s:%zu: no \"path\"", file, line);
                const char *key;
                json_t *v;
                json_object_foreach(obj, key, v)
                {
                    if (rc)
                        break;
                    char num[32];
                    const char *val = json_string_value(v);
                    if (json_is_integer(v)) {
                        snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
                        val = num;
                    }
                    if (val)
                        rc = add_row(o, gaz, file, line, path, key, val, err);
                }
            }
            json_decref(obj);
            i = e + 1;
        }
    } else {
        /* CSV with a header naming path and any of the fields */
        enum { MAXF = 32 };
        ps_buf hdr[MAXF], row[MAXF];
        for (size_t j = 0; j < MAXF; j++)
            ps_buf_init(&hdr[j]), ps_buf_init(&row[j]);
        size_t i = 0, line = 1;
        size_t nh = csv_record(s, n, &i, hdr, MAXF, &rc);
        size_t pathcol = MAXF;
        for (size_t j = 0; j < nh; j++)
            if (hdr[j].data && strcmp(hdr[j].data, "path") == 0)
                pathcol = j;
        if (!rc && pathcol == MAXF)
            rc = ps_error_set(err, PS_EINVAL, "%s:1: the header names no 'path' column", file);
        while (!rc && i < n) {
            line++;
            for (size_t j = 0; j < MAXF; j++)
                ps_buf_reset(&row[j]);
            size_t nf = csv_record(s, n, &i, row, MAXF, &rc);
            if (nf == 1 && !row[0].len)
                continue;
            const char *path = pathcol < nf && row[pathcol].data ? row[pathcol].data : "";
            if (!*path) {
                rc = ps_error_set(err, PS_EINVAL, "%s:%zu: no path", file, line);
                break;
            }
            for (size_t j = 0; !rc && j < nf && j < nh; j++)
                if (hdr[j].data && row[j].data)
                    rc = add_row(o, gaz, file, line, path, hdr[j].data, row[j].data, err);
        }
        for (size_t j = 0; j < MAXF; j++)
            ps_buf_release(&hdr[j]), ps_buf_release(&row[j]);
    }
    ps_buf_release(&b);
    return rc;
}

int ps_index_corrections(const char *dbpath, const char *id, ps_buf *out, size_t *count,
                         ps_error *err)
{
    *count = 0;
    psx_db *db = NULL;
    ps_overrides *o = NULL;
    int rc = psx_db_open(dbpath, PSX_OPEN_READ, &db, err);
    if (!rc)
        rc = ps_overrides_load(db, &o, err);
    if (!rc) {
        *count = ps_overrides_list(o, id, out, &rc);
        if (rc)
            rc = ps_error_set(err, rc, "cannot list corrections: out of memory");
    }
    ps_overrides_free(o);
    psx_db_close(db);
    return rc;
}
