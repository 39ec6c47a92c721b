/*
 * Running searches: query + filters → Xapian for the candidates in their
 * total order (relevance, then PS_SLOT_RANK); then, on the stored records,
 * the exact check of scopes, folding of near-duplicates, facet counts, and
 * snippets for the page of hits.
 *
 * Counts after checking scopes and folding duplicates must be exact, so
 * those searches list every candidate: folding reads all fingerprints (a
 * match spy) and the records of the page; scopes, facets and year sorts
 * read every candidate's record, O(matches) record reads per query.  With
 * --all and none of those, Xapian's page and exact count suffice.
 */
#include "search_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ps_searcher {
    psx_db *db;
    ps_cjk *cjk;
    const ps_gazetteer *gaz;
};

struct ps_stored_doc {
    char *data;
    ps_docrec rec;
};

void ps_search_request_init(ps_search_request *r)
{
    memset(r, 0, sizeof *r);
    r->limit = 10;
    r->max_snippets = 3;
}

int ps_searcher_open(const char *dbpath, ps_cjk *cjk, const ps_gazetteer *gaz,
                     ps_searcher **out, ps_error *err)
{
    *out = NULL;
    ps_searcher *s = calloc(1, sizeof *s);
    if (!s)
        return ps_error_set(err, PS_ENOMEM, "cannot open index: out of memory");
    int rc = psx_db_open(dbpath, PSX_OPEN_READ, &s->db, err);
    if (rc) {
        free(s);
        return rc;
    }
    s->cjk = cjk;
    s->gaz = gaz;
    *out = s;
    return PS_OK;
}

void ps_searcher_close(ps_searcher *s)
{
    if (!s)
        return;
    psx_db_close(s->db);
    free(s);
}

/* A boolean filter term prefix+value. */
static int filter_term(const char *prefix, const char *value, psx_query **out,
                       ps_error *err)
{
    int rc = PS_OK;
    ps_buf t = PS_BUF_INIT;
    ps_buf_puts(&rc, &t, prefix);
    ps_buf_puts(&rc, &t, value);
    if (!rc)
        rc = psx_query_term(t.data, t.len, 0, out, err);
    else
        ps_error_set(err, rc, "cannot build filter: out of memory");
    ps_buf_release(&t);
    return rc;
}

int ps_year_range_parse(const char *s, size_t n, int *lo, int *hi)
{
    char tmp[32];
    if (n == 0 || n >= sizeof tmp)
        return -1;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    char *dots = strstr(tmp, ".."), *end;
    *lo = *hi = PS_YEAR_ANY;
    if (!dots) {
        long y = strtol(tmp, &end, 10);
        if (*end || y < 1 || y > 9999 || end == tmp)
            return -1;
        *lo = *hi = (int)y;
        return 0;
    }
    if (dots != tmp) {
        long y = strtol(tmp, &end, 10);
        if (end != dots || y < 1 || y > 9999)
            return -1;
        *lo = (int)y;
    }
    if (dots[2]) {
        long y = strtol(dots + 2, &end, 10);
        if (*end || y < 1 || y > 9999)
            return -1;
        *hi = (int)y;
    }
    if (*lo != PS_YEAR_ANY && *hi != PS_YEAR_ANY && *lo > *hi)
        return -1;
    return *lo == PS_YEAR_ANY && *hi == PS_YEAR_ANY ? -1 : 0;
}

enum { F_YEAR, F_REGION, F_LEVEL, F_SECTOR, F_TYPE };

/* One value of a filter: a term, a year range, or the "none" term. */
static int filter_item(ps_cjk *cjk, const ps_gazetteer *gaz, int field, const char *opt,
                       const char *all, const char *v, psx_query **out, ps_error *err)
{
    static const char *const prefix[] = {PS_PREFIX_YEAR, PS_PREFIX_REGION, PS_PREFIX_LEVEL,
                                         PS_PREFIX_SECTOR, PS_PREFIX_TYPE};
    /* plans that do not say: a term every such plan carries (index format 4) */
    if (strcmp(v, PS_VALUE_NONE) == 0)
        return filter_term(prefix[field], PS_VALUE_NONE, out, err);
    switch (field) {
    case F_YEAR: {
        int lo, hi;
        if (ps_year_range_parse(v, strlen(v), &lo, &hi))
            return ps_error_set(err, PS_EQUERY,
                                "invalid --year '%s': expected 2012, 2010..2015, ..2010, "
                                "2018.., none, or several joined by commas",
                                all);
        return psx_query_value_range(PS_SLOT_YEAR, lo != PS_YEAR_ANY ? lo : -HUGE_VAL,
                                     hi != PS_YEAR_ANY ? hi : HUGE_VAL, out, err);
    }
    case F_REGION: {
        ps_place place;
        int rc = ps_region_resolve(cjk, gaz, v, &place, err);
        return rc ? rc : filter_term(PS_PREFIX_REGION, place.code, out, err);
    }
    case F_TYPE: {
        int kind = ps_kind_parse(v);
        if (!kind)
            return ps_error_set(err, PS_EQUERY, "unknown %s '%s': expected one of %s none",
                                opt, v, PS_KINDS);
        return filter_term(PS_PREFIX_TYPE, ps_kind_name(kind), out, err);
    }
    default:
        return filter_term(prefix[field], v, out, err);
    }
}

/*
 * A filter of one or more values joined by commas (江西,湖南; 2012,2015;
 * 省,市; plan,none): plans with any of them.  Full-width commas and 、 join
 * too, as researchers type them.
 */
static int filter_list(ps_cjk *cjk, const ps_gazetteer *gaz, int field, const char *opt,
                       const char *spec, psx_query **out, ps_error *err)
{
    psx_query *parts[32] = {NULL};
    size_t n = 0;
    int rc = PS_OK;
    char item[256];
    for (const char *p = spec; !rc;) {
        size_t len = 0;
        while (p[len] && p[len] != ',' && strncmp(p + len, "，", 3) != 0 &&
               strncmp(p + len, "、", 3) != 0)
            len++;
        const char *next = p[len] == ',' ? p + len + 1 : p[len] ? p + len + 3 : NULL;
        while (len && p[0] == ' ')
            p++, len--;
        while (len && p[len - 1] == ' ')
            len--;
        if (len == 0 || len >= sizeof item)
            rc = ps_error_set(err, PS_EQUERY, "invalid %s '%s': an empty or overlong value",
                              opt, spec);
        else if (n == sizeof parts / sizeof *parts)
            rc = ps_error_set(err, PS_EQUERY, "invalid %s '%s': more than %zu values", opt,
                              spec, sizeof parts / sizeof *parts);
        if (rc)
            break;
        memcpy(item, p, len);
        item[len] = '\0';
        rc = filter_item(cjk, gaz, field, opt, spec, item, &parts[n], err);
        if (!rc)
            n++;
        if (!next)
            break;
        p = next;
    }
    if (!rc)
        rc = n == 1 ? (*out = parts[0], parts[0] = NULL, PS_OK)
                    : psx_query_combine(PSX_OP_OR, parts, n, 0, out, err);
    for (size_t i = 0; i < n; i++)
        psx_query_free(parts[i]);
    return rc;
}

int psq_restrict(ps_cjk *cjk, const ps_gazetteer *gaz, const ps_query *pq,
                 const psq_filters *f, psx_query **out, ps_error *err)
{
    psx_query *parts[6] = {NULL};
    size_t n = 1;
    int rc = pq ? psq_compile(pq, &parts[0], err) : psx_query_all(&parts[0], err);
    if (!rc && f->years) {
        rc = filter_list(cjk, gaz, F_YEAR, "--year", f->years, &parts[n], err);
        n += !rc;
    } else if (!rc && (f->year_lo != PS_YEAR_ANY || f->year_hi != PS_YEAR_ANY)) {
        double lo = f->year_lo != PS_YEAR_ANY ? f->year_lo : -HUGE_VAL;
        double hi = f->year_hi != PS_YEAR_ANY ? f->year_hi : HUGE_VAL;
        rc = psx_query_value_range(PS_SLOT_YEAR, lo, hi, &parts[n], err);
        n += !rc;
    }
    if (!rc && f->region) {
        rc = filter_list(cjk, gaz, F_REGION, "--region", f->region, &parts[n], err);
        n += !rc;
    }
    if (!rc && f->level) {
        rc = filter_list(cjk, gaz, F_LEVEL, "--level", f->level, &parts[n], err);
        n += !rc;
    }
    if (!rc && f->sector) {
        rc = filter_list(cjk, gaz, F_SECTOR, "--sector", f->sector, &parts[n], err);
        n += !rc;
    }
    if (!rc && f->type) {
        rc = filter_list(cjk, gaz, F_TYPE, "--type", f->type, &parts[n], err);
        n += !rc;
    }
    if (!rc)
        rc = psx_query_combine(PSX_OP_FILTER, parts, n, 0, out, err);
    for (size_t i = 0; i < n; i++)
        psx_query_free(parts[i]);
    return rc;
}

/* ---- Candidates: exact matching, order, near-duplicates ------------------- */

/* Near-duplicates: see dup.c. */
typedef struct cand {
    unsigned docid;
    double score;
    ps_docrec rec;  /* when loaded */
    int loaded;
    uint64_t fp;
    int has_fp;
    unsigned folded;
} cand;

/* Unknown years sort last whichever way years are sorted. */
static int cmp_year(int a, int b, int newest_first)
{
    if (a == b)
        return 0;
    if (!a || !b)
        return !a ? 1 : -1;
    return (a < b) == newest_first ? 1 : -1;
}

static int cmp_score(double a, double b)
{
    return a > b ? -1 : a < b;
}

static int cmp_year_asc(const void *va, const void *vb)
{
    const cand *a = va, *b = vb;
    int c = cmp_year(a->rec.year, b->rec.year, 0);
    if (!c)
        c = cmp_score(a->score, b->score);
    return c ? c : strcmp(a->rec.id, b->rec.id);
}

static int cmp_year_desc(const void *va, const void *vb)
{
    const cand *a = va, *b = vb;
    int c = cmp_year(a->rec.year, b->rec.year, 1);
    if (!c)
        c = cmp_score(a->score, b->score);
    return c ? c : strcmp(a->rec.id, b->rec.id);
}

/*
 * Keep the first of every group of near-duplicates, in rank order; *n
 * becomes how many are kept.  PS_OK or PS_ENOMEM.
 */
static int fold_duplicates(cand *c, size_t *n)
{
    psd_folder *f = NULL;
    size_t *where = malloc((*n ? *n : 1) * sizeof *where); /* folder number → c index */
    int rc = where ? psd_folder_new(&f) : PS_ENOMEM;
    size_t kept = 0, nf = 0;
    for (size_t i = 0; !rc && i < *n; i++) {
        if (c[i].has_fp) {
            long k = psd_folder_find(f, c[i].fp);
            if (k >= 0) {
                c[where[k]].folded++;
                continue;
            }
            rc = psd_folder_keep(f, c[i].fp);
            where[nf++] = kept;
        }
        c[kept++] = c[i];
    }
    psd_folder_free(f);
    free(where);
    if (!rc)
        *n = kept;
    return rc;
}

/* ---- Facets ------------------------------------------------------------------ */

typedef struct facet_value {
    char *value; /* NULL: the plan does not say */
    unsigned count;
} facet_value;

typedef struct facet_table {
    facet_value *items;
    size_t count;
} facet_table;

static const char *const facet_names[PS_FACET_COUNT] = {"year", "region", "province",
                                                        "level", "sector", "type"};

int ps_facet_by_name(const char *name)
{
    for (int f = 0; f < PS_FACET_COUNT; f++)
        if (strcmp(name, facet_names[f]) == 0)
            return f;
    return -1;
}

const char *ps_facet_name(int facet)
{
    return facet >= 0 && facet < PS_FACET_COUNT ? facet_names[facet] : "?";
}

/* The facet's value of a record, malloc'd (NULL when unknown); *rc on failure. */
static char *facet_of(const ps_docrec *d, int facet, int *rc)
{
    char buf[16];
    const char *v = NULL;
    size_t n = 0;
    switch (facet) {
    case PS_FACET_YEAR:
        if (d->year) {
            snprintf(buf, sizeof buf, "%d", d->year);
            v = buf;
        }
        break;
    case PS_FACET_REGION: v = d->region; break;
    case PS_FACET_PROVINCE:
        v = d->region;
        if (v) {
            const char *slash = strchr(v, '/');
            n = slash ? (size_t)(slash - v) : strlen(v);
        }
        break;
    case PS_FACET_LEVEL: v = d->level; break;
    case PS_FACET_TYPE: v = d->type; break;
    default: v = d->sector; break;
    }
    if (!v || !*v)
        return NULL;
    char *copy = n ? strndup(v, n) : strdup(v);
    if (!copy)
        *rc = PS_ENOMEM;
    return copy;
}

static int cmp_facet_str(const void *va, const void *vb)
{
    const facet_value *a = va, *b = vb;
    if (!a->value || !b->value)
        return !a->value - !b->value;
    return strcmp(a->value, b->value);
}

static int cmp_facet_year(const void *va, const void *vb)
{
    const facet_value *a = va, *b = vb;
    if (!a->value || !b->value)
        return !a->value - !b->value;
    int x = atoi(a->value), y = atoi(b->value);
    return x < y ? -1 : x > y;
}

static int cmp_facet_count(const void *va, const void *vb)
{
    const facet_value *a = va, *b = vb;
    if (!a->value || !b->value)
        return !a->value - !b->value;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return strcmp(a->value, b->value);
}

static void facet_table_release(facet_table *t)
{
    for (size_t i = 0; i < t->count; i++)
        free(t->items[i].value);
    free(t->items);
    memset(t, 0, sizeof *t);
}

static int count_facet(const cand *c, size_t n, int facet, facet_table *out)
{
    int rc = PS_OK;
    facet_value *v = calloc(n ? n : 1, sizeof *v);
    if (!v)
        return PS_ENOMEM;
    for (size_t i = 0; !rc && i < n; i++) {
        v[i].value = facet_of(&c[i].rec, facet, &rc);
        v[i].count = 1; /* a group of near-duplicates counts once, as shown */
    }
    if (rc) {
        for (size_t i = 0; i < n; i++)
            free(v[i].value);
        free(v);
        return rc;
    }
    qsort(v, n, sizeof *v, cmp_facet_str);
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (m && cmp_facet_str(&v[m - 1], &v[i]) == 0) {
            v[m - 1].count += v[i].count;
            free(v[i].value);
            continue;
        }
        v[m++] = v[i];
    }
    qsort(v, m, sizeof *v, facet == PS_FACET_YEAR ? cmp_facet_year : cmp_facet_count);
    out->items = v;
    out->count = m;
    return PS_OK;
}

/* ---- Searching ---------------------------------------------------------------- */

struct ps_result {
    psx_mset *mset;   /* owns the stored data of the hits, when read with it */
    char **owned;     /* records read one by one, which hits borrow too */
    size_t nowned, capowned;
    ps_hit *hits;
    size_t count;
    unsigned total;
    facet_table facets[PS_FACET_COUNT];
};

/* Read and decode a candidate's record, unless the search already did. */
static int load_rec(ps_searcher *s, ps_result *r, cand *c, ps_error *err)
{
    if (c->loaded)
        return PS_OK;
    if (r->nowned == r->capowned) {
        size_t cap = r->capowned ? r->capowned * 2 : 16;
        char **o = realloc(r->owned, cap * sizeof *o);
        if (!o)
            return ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
        r->owned = o;
        r->capowned = cap;
    }
    char *data = NULL;
    size_t len = 0;
    int rc = psx_db_get_doc_data(s->db, c->docid, &data, &len, err);
    if (rc == PS_DONE)
        return ps_error_set(err, PS_EINDEX,
                            "document %u went away during the search; search again",
                            c->docid);
    if (rc)
        return rc;
    r->owned[r->nowned++] = data;
    if (ps_docrec_decode(data, len, &c->rec))
        return ps_error_set(err, PS_EINDEX_CORRUPT,
                            "document %u has an unreadable record; rebuild the index",
                            c->docid);
    c->loaded = 1;
    return PS_OK;
}

/*
 * The candidates of the Xapian query in the total order of hits (Xapian
 * breaks ties of relevance by year and id, PS_SLOT_RANK), with their records
 * when `records` and their fingerprints unless req->all.  Every candidate,
 * since scopes are checked and duplicates folded here and the counts must be
 * exact; or, with `page_only`, just the page (with records) and Xapian's
 * exact count in r->total.
 */
static int fetch_candidates(ps_searcher *s, const ps_search_request *req, psx_query *xq,
                            int records, int page_only, ps_result *r, cand **out,
                            size_t *nout, ps_error *err)
{
    *out = NULL;
    *nout = 0;
    unsigned ndocs = 0;
    int rc = psx_db_doccount(s->db, &ndocs, err);
    if (rc)
        return rc;
    psx_search_opts o;
    psx_search_opts_init(&o);
    o.offset = page_only ? (unsigned)req->offset : 0;
    o.limit = page_only ? (unsigned)req->limit : ndocs ? ndocs : 1;
    o.sort_slot = PS_SLOT_YEAR;
    o.tie_slot = PS_SLOT_RANK;
    o.sort = req->sort == PS_SORT_YEAR_ASC    ? PSX_SORT_VALUE_ASC
             : req->sort == PS_SORT_YEAR_DESC ? PSX_SORT_VALUE_DESC
                                              : PSX_SORT_RELEVANCE;
    o.value_slot = req->all ? -1 : PS_SLOT_COLLAPSE;
    records = records || page_only;
    o.skip_data = !records;
    rc = psx_db_search(s->db, xq, &o, &r->mset, err);
    if (rc)
        return rc;
    r->total = psx_mset_matches(r->mset);
    size_t n = psx_mset_size(r->mset);
    cand *c = calloc(n ? n : 1, sizeof *c);
    if (!c)
        return ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
    for (size_t i = 0; i < n; i++) {
        psx_hit xh;
        rc = psx_mset_hit(r->mset, i, &xh, err);
        if (!rc && records && ps_docrec_decode(xh.data, xh.data_len, &c[i].rec))
            rc = ps_error_set(err, PS_EINDEX_CORRUPT,
                              "document %u has an unreadable record; rebuild the index",
                              xh.docid);
        if (rc) {
            free(c);
            return rc;
        }
        c[i].docid = xh.docid;
        c[i].loaded = records;
        c[i].score = xh.weight;
        c[i].has_fp = psd_parse(xh.value, xh.value_len, &c[i].fp);
    }
    *out = c;
    *nout = n;
    return PS_OK;
}

/* ---- Folding without listing every match ------------------------------- */

/* A match as the match spy saw it (psx_mset_seen). */
typedef struct seen {
    unsigned docid;
    double weight;
    const char *rank; /* PS_SLOT_RANK */
    size_t rank_len;
    uint64_t fp;
    size_t group;
    unsigned folded;
    unsigned char has_fp, kept;
} seen;

/* Xapian's order of hits: weight descending, then PS_SLOT_RANK ascending as
 * bytes (std::string's order). */
static int cmp_rank_order(const seen *a, const seen *b)
{
    int c = cmp_score(a->weight, b->weight);
    if (c)
        return c;
    size_t n = a->rank_len < b->rank_len ? a->rank_len : b->rank_len;
    c = memcmp(a->rank, b->rank, n);
    if (c)
        return c;
    return a->rank_len < b->rank_len ? -1 : a->rank_len > b->rank_len;
}

static int cmp_group_then_rank(const void *va, const void *vb)
{
    const seen *a = *(const seen *const *)va, *b = *(const seen *const *)vb;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    return cmp_rank_order(a, b);
}

static int cmp_seen_docid(const void *va, const void *vb)
{
    const seen *a = va, *b = vb;
    return a->docid < b->docid ? -1 : a->docid > b->docid;
}

/*
 * Fold the matches v[0..n) as fold_duplicates folds them in rank order, but
 * ranking only the plans that have a near-duplicate among the matches: the
 * others are kept whatever their rank.  Sets kept and folded; returns how
 * many are folded away, or -1 when out of memory.
 */
static long fold_seen(seen *v, size_t n)
{
    uint64_t *fps = malloc((n ? n : 1) * sizeof *fps);
    unsigned char *has = malloc(n ? n : 1);
    size_t *group = malloc((n ? n : 1) * sizeof *group);
    unsigned *size = calloc(n ? n : 1, sizeof *size);
    seen **members = malloc((n ? n : 1) * sizeof *members);
    long folded = -1;
    if (!fps || !has || !group || !size || !members)
        goto out;
    for (size_t i = 0; i < n; i++) {
        fps[i] = v[i].fp;
        has[i] = v[i].has_fp;
    }
    if (psd_groups(fps, has, n, group))
        goto out;
    for (size_t i = 0; i < n; i++) {
        v[i].group = group[i];
        v[i].kept = 1;
        v[i].folded = 0;
        size[group[i]]++;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (size[v[i].group] > 1)
            members[m++] = &v[i];
    qsort(members, m, sizeof *members, cmp_group_then_rank);
    /* within a group, in rank order: folded into the first kept plan it is
     * near (psd_folder_find's choice), else kept */
    folded = 0;
    for (size_t g = 0; g < m;) {
        size_t e = g + 1;
        while (e < m && members[e]->group == members[g]->group)
            e++;
        size_t nkept = 0; /* the group's kept plans are members[g..g+nkept) */
        for (size_t i = g; i < e; i++) {
            seen *x = members[i];
            size_t k = 0;
            while (k < nkept && !psd_near(members[g + k]->fp, x->fp))
                k++;
            if (k < nkept) {
                members[g + k]->folded++;
                x->kept = 0;
                folded++;
            } else {
                members[i] = members[g + nkept];
                members[g + nkept++] = x;
            }
        }
        g = e;
    }
out:
    free(fps);
    free(has);
    free(group);
    free(size);
    free(members);
    return folded;
}

/*
 * The CLI's default search (near-duplicates folded, by relevance, no scope
 * or facet) without listing every match: Xapian keeps only a page, a match
 * spy gives every match's weight, fingerprint and rank key, and the
 * folding is done on those (fold_seen), so the folded total is exact and
 * the page the same as fetch_candidates + fold_duplicates give.  *c gets
 * the page's candidates.  PS_DONE when the spy cannot run (remote shards):
 * the caller lists every match instead.
 */
static int fetch_folded_page(ps_searcher *s, const ps_search_request *req, psx_query *xq,
                             ps_result *r, cand **out, size_t *nout, ps_error *err)
{
    *out = NULL;
    *nout = 0;
    psx_search_opts o;
    psx_search_opts_init(&o);
    o.offset = 0;
    size_t want = req->offset + req->limit;
    /* a page's worth more than asked, for the copies folded away */
    o.limit = (unsigned)(want + req->limit);
    o.sort_slot = PS_SLOT_YEAR;
    o.tie_slot = PS_SLOT_RANK;
    o.sort = PSX_SORT_RELEVANCE;
    o.skip_data = 1;
    o.seen_slots[0] = PS_SLOT_COLLAPSE;
    o.seen_slots[1] = PS_SLOT_RANK;
    psx_mset *m = NULL;
    int rc = psx_db_search(s->db, xq, &o, &m, err);
    if (rc)
        return rc;
    long ns = psx_mset_seen_size(m);
    if (ns < 0) {
        psx_mset_free(m);
        return PS_DONE;
    }
    size_t n = (size_t)ns;
    seen *v = malloc((n ? n : 1) * sizeof *v);
    cand *c = calloc(req->limit ? req->limit : 1, sizeof *c);
    long folded = -1;
    if (v && c) {
        for (size_t i = 0; i < n; i++) {
            psx_seen x;
            psx_mset_seen(m, i, &x);
            v[i].docid = x.docid;
            v[i].weight = x.weight;
            v[i].rank = x.value[1];
            v[i].rank_len = x.value_len[1];
            v[i].has_fp = (unsigned char)psd_parse(x.value[0], x.value_len[0], &v[i].fp);
        }
        folded = fold_seen(v, n);
    }
    if (folded < 0) {
        free(v);
        free(c);
        psx_mset_free(m);
        return ps_error_set(err, PS_ENOMEM, "cannot fold near-duplicates: out of memory");
    }
    /* the matcher meets documents in docid order: sort only if not */
    size_t sorted = 1;
    while (sorted < n && v[sorted - 1].docid < v[sorted].docid)
        sorted++;
    if (sorted < n)
        qsort(v, n, sizeof *v, cmp_seen_docid);
    size_t total = n - (size_t)folded, page = 0;
    for (int pass = 0; !rc; pass++) {
        /* Xapian's page in rank order: skip the folded copies */
        size_t kept = 0, size = psx_mset_size(m);
        page = 0;
        for (size_t i = 0; !rc && i < size && page < req->limit; i++) {
            psx_hit h;
            rc = psx_mset_hit(m, i, &h, err);
            seen key = {.docid = h.docid};
            const seen *x = rc ? NULL : bsearch(&key, v, n, sizeof *v, cmp_seen_docid);
            if (!rc && !x)
                rc = ps_error_set(err, PS_EINDEX,
                                  "document %u went away during the search; search again",
                                  h.docid);
            if (rc || !x->kept || kept++ < req->offset)
                continue;
            c[page].docid = h.docid;
            c[page].score = h.weight;
            c[page].folded = x->folded;
            page++;
        }
        /* the page is complete, or every kept plan was on Xapian's page */
        if (rc || page == req->limit || kept >= total ||
            size < o.limit || pass > 0)
            break;
        /* more copies were folded above the page than the slack held: at
         * most `folded` more plans are needed */
        psx_mset_free(m);
        m = NULL;
        o.seen_slots[0] = o.seen_slots[1] = -1;
        o.limit = (unsigned)(want + (size_t)folded);
        rc = psx_db_search(s->db, xq, &o, &m, err);
    }
    free(v);
    if (rc) {
        free(c);
        psx_mset_free(m);
        return rc;
    }
    r->mset = m;
    r->total = (unsigned)total;
    *out = c;
    *nout = page;
    return PS_OK;
}

/* Drop the candidates that do not satisfy the query's scopes exactly. */
static int verify_candidates(const ps_query *pq, cand *c, size_t *n, ps_error *err)
{
    size_t m = 0;
    for (size_t i = 0; i < *n; i++) {
        psm_doc_text d = {c[i].rec.body, c[i].rec.title, c[i].rec.org, c[i].rec.body_len};
        int ok = 0;
        int rc = psm_eval(pq, &d, &ok, NULL, NULL);
        if (rc)
            return ps_error_set(err, rc, "cannot check '%s': %s", c[i].rec.id,
                                ps_status_text(rc));
        if (ok)
            c[m++] = c[i];
    }
    *n = m;
    return PS_OK;
}

static int make_hit(ps_searcher *s, const ps_search_request *req, const ps_query *pq,
                    const psq_phrase_list *phrases, const cand *c, unsigned rank,
                    ps_hit *h, ps_error *err)
{
    if (!c->loaded)
        return ps_error_set(err, PS_EINTERNAL, "hit %u has no record", rank);
    h->rank = rank;
    h->score = c->score;
    h->folded = c->folded;
    h->rec = c->rec;
    int rc = ps_snippets_make(s->cjk, h->rec.body, h->rec.body_len, phrases,
                              req->max_snippets, &h->snippets, &h->nsnippets);
    if (!rc && req->kwic)
        rc = ps_kwic_make(s->cjk, h->rec.body, h->rec.body_len, phrases, &h->kwic,
                          &h->nkwic);
    if (!rc && req->explain && pq) {
        psm_doc_text d = {h->rec.body, h->rec.title, h->rec.org, h->rec.body_len};
        int ok = 0;
        rc = psm_eval(pq, &d, &ok, &h->explain, &h->nexplain);
    }
    if (rc)
        return ps_error_set(err, rc, "cannot show '%s': %s", h->rec.id, ps_status_text(rc));
    return PS_OK;
}

int ps_search(ps_searcher *s, const ps_search_request *req, ps_result **out,
              ps_error *err)
{
    *out = NULL;
    ps_query *pq = NULL;
    int rc = PS_OK;
    if (req->query) /* "" is an empty query, an error; NULL means filters only */
        rc = ps_query_parse(s->cjk, req->query, &pq, err);
    if (!rc && pq)
        rc = psq_prepare(pq, err);
    psx_query *xq = NULL;
    psq_filters f = {req->year_lo, req->year_hi, req->region, req->level, req->sector,
                     req->type, req->years};
    if (!rc)
        rc = psq_restrict(s->cjk, s->gaz, pq, &f, &xq, err);
    ps_result *r = NULL;
    if (!rc) {
        r = calloc(1, sizeof *r);
        if (!r)
            rc = ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
    }
    /*
     * Records of every candidate are needed to check scopes, count facets
     * and sort by year (unknown years last); otherwise only those of the
     * page and of ties are read, which makes a plain search over many
     * matches several times faster.
     */
    int records = (pq && pq->scoped) || req->facets || req->sort != PS_SORT_RELEVANCE;
    /* Nothing to fold, check or count over all candidates: Xapian's page
     * and its exact count are the answer (listing every candidate is most
     * of a search's time otherwise). */
    int page_only = req->all && !records;
    cand *c = NULL;
    size_t n = 0;
    /* the CLI's default: folded, by relevance, nothing else over every match */
    int folded_page = !req->all && !records && !rc;
    if (folded_page) {
        rc = fetch_folded_page(s, req, xq, r, &c, &n, err);
        if (rc == PS_DONE) {
            ps_error_clear(err);
            rc = PS_OK;
            folded_page = 0;
        }
    }
    page_only = page_only || folded_page;
    if (!rc && !folded_page)
        rc = fetch_candidates(s, req, xq, records, page_only, r, &c, &n, err);
    psx_query_free(xq);
    if (!rc && pq && pq->scoped)
        rc = verify_candidates(pq, c, &n, err);
    /* unknown years last, which Xapian's value order cannot say */
    if (!rc && req->sort != PS_SORT_RELEVANCE)
        qsort(c, n, sizeof *c, req->sort == PS_SORT_YEAR_ASC ? cmp_year_asc : cmp_year_desc);
    if (!rc && !page_only) {
        if (!req->all && fold_duplicates(c, &n))
            rc = ps_error_set(err, PS_ENOMEM, "cannot fold near-duplicates: out of memory");
        r->total = (unsigned)n;
    }
    for (int f = 0; !rc && f < PS_FACET_COUNT; f++)
        if ((req->facets & (1u << f)) && count_facet(c, n, f, &r->facets[f]))
            rc = ps_error_set(err, PS_ENOMEM, "cannot count facets: out of memory");

    psq_phrase_list phrases = {0};
    if (!rc && pq && psq_collect_phrases(pq, &phrases))
        rc = ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
    size_t first = page_only ? 0 : req->offset < n ? req->offset : n;
    size_t page = n - first < req->limit ? n - first : req->limit;
    size_t rank0 = page_only ? req->offset : 0; /* c[0]'s rank - 1 */
    for (size_t i = 0; !rc && i < page; i++)
        rc = load_rec(s, r, &c[first + i], err);
    if (!rc) {
        r->hits = calloc(page ? page : 1, sizeof *r->hits);
        if (!r->hits)
            rc = ps_error_set(err, PS_ENOMEM, "cannot search: out of memory");
    }
    for (size_t i = 0; !rc && i < page; i++) {
        rc = make_hit(s, req, pq, &phrases, &c[first + i], (unsigned)(rank0 + first + i + 1),
                      &r->hits[i], err);
        r->count++; /* freed with the result even when half made */
    }
    free(c);
    psq_phrase_list_release(&phrases);
    ps_query_free(pq);
    if (rc) {
        ps_result_free(r);
        return rc;
    }
    *out = r;
    return PS_OK;
}

void ps_result_free(ps_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; r->hits && i < r->count; i++) {
        ps_snippets_free(r->hits[i].snippets, r->hits[i].nsnippets);
        ps_kwic_free(r->hits[i].kwic, r->hits[i].nkwic);
        ps_explain_free(r->hits[i].explain, r->hits[i].nexplain);
    }
    for (int f = 0; f < PS_FACET_COUNT; f++)
        facet_table_release(&r->facets[f]);
    for (size_t i = 0; i < r->nowned; i++)
        free(r->owned[i]);
    free(r->owned);
    free(r->hits);
    psx_mset_free(r->mset);
    free(r);
}

unsigned ps_result_total(const ps_result *r)
{
    return r->total;
}

size_t ps_result_size(const ps_result *r)
{
    return r->count;
}

const ps_hit *ps_result_hit(const ps_result *r, size_t i)
{
    return i < r->count ? &r->hits[i] : NULL;
}

size_t ps_result_facet_size(const ps_result *r, int facet)
{
    return facet >= 0 && facet < PS_FACET_COUNT ? r->facets[facet].count : 0;
}

void ps_result_facet(const ps_result *r, int facet, size_t i, const char **value,
                     unsigned *count)
{
    *value = NULL;
    *count = 0;
    if (i < ps_result_facet_size(r, facet)) {
        *value = r->facets[facet].items[i].value;
        *count = r->facets[facet].items[i].count;
    }
}

/* The document with exactly this id: PS_OK, PS_DONE when there is none. */
static int get_exact(ps_searcher *s, const char *id, size_t idlen, const char *suffix,
                     ps_stored_doc **out, ps_error *err)
{
    *out = NULL;
    int rc = PS_OK;
    ps_buf term = PS_BUF_INIT;
    ps_buf_puts(&rc, &term, PS_PREFIX_ID);
    ps_buf_append(&rc, &term, id, idlen);
    ps_buf_puts(&rc, &term, suffix);
    if (rc)
        return ps_error_set(err, rc, "cannot read document: out of memory");
    ps_stored_doc *d = calloc(1, sizeof *d);
    size_t len = 0;
    if (!d)
        rc = ps_error_set(err, PS_ENOMEM, "cannot read document: out of memory");
    if (!rc)
        rc = psx_db_get_data(s->db, term.data, &d->data, &len, err);
    if (!rc && ps_docrec_decode(d->data, len, &d->rec))
        rc = ps_error_set(err, PS_EINDEX_CORRUPT,
                          "document '%s' has an unreadable record; rebuild the index",
                          term.data + strlen(PS_PREFIX_ID));
    ps_buf_release(&term);
    if (rc) {
        ps_stored_doc_free(d);
        return rc;
    }
    *out = d;
    return PS_OK;
}

/* The id as given, or, for a file holding one document, without its #1. */
static int get_file_or_id(ps_searcher *s, const char *id, size_t idlen, ps_stored_doc **out,
                          ps_error *err)
{
    int rc = get_exact(s, id, idlen, "", out, err);
    /* x.txt#1 for a file whose one document is x.txt */
    if (rc == PS_DONE && idlen > 2 && memcmp(id + idlen - 2, "#1", 2) == 0)
        return get_exact(s, id, idlen - 2, "", out, err);
    if (rc != PS_DONE || memchr(id, '#', idlen))
        return rc;
    rc = get_exact(s, id, idlen, "#1", out, err);
    if (rc)
        return rc;
    ps_stored_doc *second = NULL;
    int r2 = get_exact(s, id, idlen, "#2", &second, err);
    ps_stored_doc_free(second);
    if (r2 == PS_DONE)
        return PS_OK;
    ps_stored_doc_free(*out);
    *out = NULL;
    if (r2)
        return r2;
    return ps_error_set(err, PS_EQUERY,
                        "'%.*s' holds several documents: give one id, '%.*s#1', '%.*s#2' …",
                        (int)idlen, id, (int)idlen, id, (int)idlen, id);
}

int ps_searcher_get(ps_searcher *s, const char *id, ps_stored_doc **out, ps_error *err)
{
    *out = NULL;
    size_t n = strlen(id);
    int rc = get_file_or_id(s, id, n, out, err);
    if (rc != PS_DONE || !strchr(id, '/'))
        return rc;
    /*
     * The path a search printed (/…/plans/001.txt): ids are paths relative
     * to an indexed folder, so try each tail of it, and keep the document
     * whose stored path is this very file.
     */
    const char *hash = strrchr(id, '#');
    size_t file = hash && !strchr(hash, '/') ? (size_t)(hash - id) : n;
    for (const char *p = strchr(id, '/'); p && (size_t)(p - id) < file; p = strchr(p + 1, '/')) {
        const char *tail = p + 1;
        ps_stored_doc *d = NULL;
        rc = get_file_or_id(s, tail, n - (size_t)(tail - id), &d, err);
        if (rc == PS_DONE)
            continue;
        if (rc)
            return rc;
        const char *path = d->rec.path ? d->rec.path : "";
        if (strlen(path) == file && memcmp(path, id, file) == 0) {
            *out = d;
            return PS_OK;
        }
        ps_stored_doc_free(d);
    }
    return PS_DONE;
}

const ps_docrec *ps_stored_doc_rec(const ps_stored_doc *d)
{
    return &d->rec;
}

void ps_stored_doc_free(ps_stored_doc *d)
{
    if (!d)
        return;
    free(d->data);
    free(d);
}

/* For copies.c: the searcher's database handle. */
psx_db *pss_db(ps_searcher *s)
{
    return s->db;
}
