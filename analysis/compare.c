/*
 * compare: how many plans of each group (year, province, region, level,
 * sector) match each term, and how often they use it.
 *
 * Two passes over the index: the selection itself (collapsed unless
 * --all), which gives every group's coverage (documents, characters), then
 * one pass per term over the documents its query matches, kept only when
 * they belong to the selection, counting exact occurrences in their text.
 */
#include "analyze_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A range wider than this is a typo (--year 12..2020), not a request. */
#define MAX_YEAR_GROUPS 400

static const char *const by_names[] = {"year",  "province", "region",
                                       "level", "sector",   "type"};
static const char *const fixed_types[] = {"plan",   "report", "news", "notice",
                                          "speech", "summary", "other"};

int ps_group_by_parse(const char *name)
{
    for (size_t i = 0; i < sizeof by_names / sizeof by_names[0]; i++)
        if (strcmp(name, by_names[i]) == 0)
            return (int)i;
    return -1;
}

const char *ps_group_by_name(int by)
{
    return by >= 0 && (size_t)by < sizeof by_names / sizeof by_names[0] ? by_names[by] : "?";
}

/* The National Bureau of Statistics' four economic regions, by province code. */
static const char *zone_of(const char *code)
{
    static const struct { const char *zone; const char *codes; } zones[] = {
        {"东部", "11 12 13 31 32 33 35 37 44 46"},
        {"中部", "14 34 36 41 42 43"},
        {"西部", "15 45 50 51 52 53 54 61 62 63 64 65"},
        {"东北", "21 22 23"},
        {"港澳台", "71 81 82"},
    };
    if (!code || strlen(code) < 2)
        return NULL;
    char two[3] = {code[0], code[1], '\0'};
    for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
        if (strstr(zones[i].codes, two))
            return zones[i].zone;
    return NULL;
}

static const char *const fixed_levels[] = {"全国", "省", "市", "县", "乡镇", "基层"};
static const char *const fixed_zones[] = {"东部", "中部", "西部", "东北", "港澳台"};

typedef struct id_group {
    unsigned id;
    int group;
} id_group;

typedef struct cmp_build {
    ps_analyzer *a;
    ps_comparison *c;
    int year_lo;        /* PS_BY_YEAR: groups[i] is year_lo + i */
    ps_idset ids;       /* selection, sorted after the first pass */
    int *group_of_id;   /* parallel to ids before sorting: group (or ngroups = unknown) */
    size_t gcap;
    id_group *packed;   /* (id, group) sorted by id, for the second pass */
    ps_matcher *matcher;
    size_t term;
    ps_error *err;
} cmp_build;

static int add_group(ps_comparison *c, const char *label, int unknown)
{
    ps_cmp_group *g = realloc(c->groups, (c->ngroups + 1) * sizeof *g);
    if (!g)
        return PS_ENOMEM;
    c->groups = g;
    g = &c->groups[c->ngroups];
    memset(g, 0, sizeof *g);
    g->label = strdup(label);
    g->cells = calloc(c->nterms ? c->nterms : 1, sizeof *g->cells);
    g->unknown = unknown;
    c->ngroups++;
    return g->label && g->cells ? PS_OK : PS_ENOMEM;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A province's GB/T 2260 code, "" when the gazetteer does not know the name. */
static const char *province_code(const ps_gazetteer *g, const char *name)
{
    ps_place cand[8];
    size_t n = g ? ps_gazetteer_lookup(g, name, strlen(name), cand, 8) : 0;
    for (size_t i = 0; i < n && i < 8; i++)
        if (cand[i].level == PS_PLACE_PROVINCE)
            return cand[i].code;
    return "";
}

typedef struct coded {
    const char *code;
    char *name;
} coded;

static int cmp_coded(const void *a, const void *b)
{
    const coded *x = a, *y = b;
    /* known provinces in the official order (北京 11 … 新疆 65), then the rest */
    if (!*x->code != !*y->code)
        return *x->code ? -1 : 1;
    int c = strcmp(x->code, y->code);
    return c ? c : strcmp(x->name, y->name);
}

/* Province names in the order of their codes. */
static int sort_provinces(const ps_gazetteer *g, char **v, size_t n)
{
    coded *c = malloc((n ? n : 1) * sizeof *c);
    if (!c)
        return PS_ENOMEM;
    for (size_t i = 0; i < n; i++)
        c[i] = (coded){province_code(g, v[i]), v[i]};
    qsort(c, n, sizeof *c, cmp_coded);
    for (size_t i = 0; i < n; i++)
        v[i] = c[i].name;
    free(c);
    return PS_OK;
}

/* Groups from the distinct values of a slot, after any fixed ones. */
static int groups_from_slot(cmp_build *b, unsigned slot, const char *const *fixed,
                            size_t nfixed)
{
    int rc = PS_OK;
    for (size_t i = 0; !rc && i < nfixed; i++)
        rc = add_group(b->c, fixed[i], 0);
    if (rc)
        return ps_error_set(b->err, rc, "cannot compare: out of memory");
    char **v = NULL;
    size_t n = 0;
    rc = ps_slot_values(b->a, slot, &v, &n, b->err);
    if (rc)
        return rc;
    if (n)
        qsort(v, n, sizeof *v, cmp_str);
    if (slot == PS_SLOT_PROVINCE)
        rc = sort_provinces(b->a->gaz, v, n);
    for (size_t i = 0; !rc && i < n; i++) {
        int known = 0;
        for (size_t k = 0; k < nfixed; k++)
            known |= strcmp(v[i], fixed[k]) == 0;
        if (!known)
            rc = add_group(b->c, v[i], 0);
    }
    ps_strings_free(v, n);
    return rc ? ps_error_set(b->err, rc, "cannot compare: out of memory") : PS_OK;
}

/*
 * Calls fn on each item of a filter's comma list ("2012,2015..2018,none",
 * "江西,湖南"), "none" left out; stops at the first nonzero return.
 */
static int each_item(const char *list, int (*fn)(void *ctx, const char *s, size_t n),
                     void *ctx)
{
    for (const char *p = list; p && *p;) {
        size_t n = strcspn(p, ",");
        int r = n && !(n == 4 && memcmp(p, "none", 4) == 0) ? fn(ctx, p, n) : 0;
        if (r)
            return r;
        p += n + (p[n] == ',');
    }
    return 0;
}

typedef struct year_span {
    int items;          /* year items of the list */
    int lo, hi;         /* the lowest and highest year they name */
    int open_lo, open_hi; /* an item open at that end (..2012, 2018..) */
    int year;           /* year_listed: the year asked about */
} year_span;

static int widen_span(void *ctx, const char *s, size_t n)
{
    year_span *y = ctx;
    int lo, hi;
    if (ps_year_range_parse(s, n, &lo, &hi))
        return 0;
    y->items++;
    if (lo == PS_YEAR_ANY)
        y->open_lo = 1;
    else if (!y->lo || lo < y->lo)
        y->lo = lo;
    if (hi == PS_YEAR_ANY)
        y->open_hi = 1;
    else if (hi > y->hi)
        y->hi = hi;
    return 0;
}

static int year_listed(void *ctx, const char *s, size_t n)
{
    const year_span *y = ctx;
    int lo, hi;
    return !ps_year_range_parse(s, n, &lo, &hi) && (lo == PS_YEAR_ANY || y->year >= lo) &&
           (hi == PS_YEAR_ANY || y->year <= hi);
}

int ps_year_listed(const char *years, int year)
{
    year_span y = {.year = year};
    return each_item(years, year_listed, &y);
}

static int year_groups(cmp_build *b, const ps_filter *f)
{
    int lo = f->year_lo, hi = f->year_hi;
    if (f->years) {
        /* a list (2012,2015,2018) spans its own years, not the index's */
        year_span y = {0};
        each_item(f->years, widen_span, &y);
        if (!y.items) /* only "none": no year group */
            return PS_OK;
        lo = y.open_lo ? 0 : y.lo; /* an open end: the index's first or last year */
        hi = y.open_hi ? 0 : y.hi;
    }
    if (!lo || !hi) {
        char **v = NULL;
        size_t n = 0;
        int rc = ps_slot_values(b->a, PS_SLOT_YEAR_TEXT, &v, &n, b->err);
        if (rc)
            return rc;
        int min = 0, max = 0;
        for (size_t i = 0; i < n; i++) {
            int y = atoi(v[i]);
            if (y <= 0)
                continue;
            if (!min || y < min)
                min = y;
            if (y > max)
                max = y;
        }
        ps_strings_free(v, n);
        if (!lo)
            lo = hi && min > hi ? hi : min;
        if (!hi)
            hi = lo && max < lo ? lo : max;
    }
    if (lo && hi && hi - lo + 1 > MAX_YEAR_GROUPS)
        return ps_error_set(b->err, PS_EQUERY, "year range %d..%d is too wide to compare by year",
                            lo, hi);
    b->year_lo = lo;
    for (int y = lo; lo && y <= hi; y++) {
        char label[16];
        snprintf(label, sizeof label, "%d", y);
        if (add_group(b->c, label, 0))
            return ps_error_set(b->err, PS_ENOMEM, "cannot compare: out of memory");
    }
    return PS_OK;
}

static size_t find_label(const ps_comparison *c, const char *s, size_t n)
{
    for (size_t i = 0; i < c->ngroups; i++)
        if (!c->groups[i].unknown && strlen(c->groups[i].label) == n &&
            memcmp(c->groups[i].label, s, n) == 0)
            return i;
    return c->ngroups;
}

/* The group of a document, or c->ngroups when its record does not say. */
static size_t group_of(const cmp_build *b, const ps_docrec *r)
{
    const ps_comparison *c = b->c;
    switch (c->by) {
    case PS_BY_YEAR:
        if (r->year >= b->year_lo && (size_t)(r->year - b->year_lo) < c->ngroups)
            return (size_t)(r->year - b->year_lo);
        return c->ngroups;
    case PS_BY_PROVINCE:
        if (!r->region)
            return c->ngroups;
        return find_label(c, r->region, strcspn(r->region, "/"));
    case PS_BY_REGION: {
        const char *z = zone_of(r->region_code);
        return z ? find_label(c, z, strlen(z)) : c->ngroups;
    }
    case PS_BY_LEVEL:
        return r->level ? find_label(c, r->level, strlen(r->level)) : c->ngroups;
    case PS_BY_TYPE:
        return r->type ? find_label(c, r->type, strlen(r->type)) : c->ngroups;
    default:
        return r->sector ? find_label(c, r->sector, strlen(r->sector)) : c->ngroups;
    }
}

static int value_listed(void *ctx, const char *s, size_t n)
{
    /* 湖南 names 湖南省; 湖南省 names 湖南省 */
    const char *label = ctx;
    size_t k = strlen(label);
    return n <= k && memcmp(label, s, n) == 0;
}

/*
 * A group the filter leaves out: it names values for the grouping (--year
 * 2012,2015,2018 by year, --level 省,市 by level, --region 江西,湖南 by
 * province) and not this one, so the group can hold no plan.  It is not
 * shown: a comparison of three years is three rows, not the index's span.
 */
static int filtered_out(const ps_comparison *c, const ps_filter *f, const ps_cmp_group *g)
{
    if (g->unknown || g->docs)
        return 0;
    const char *list = NULL;
    switch (c->by) {
    case PS_BY_YEAR:
        if (!f->years)
            return 0; /* a range: year_groups spans it already */
        return !ps_year_listed(f->years, atoi(g->label));
    case PS_BY_PROVINCE: list = f->region; break;
    case PS_BY_REGION: return f->region != NULL; /* places name no zone */
    case PS_BY_LEVEL: list = f->level; break;
    case PS_BY_SECTOR: list = f->sector; break;
    case PS_BY_TYPE: list = f->type; break;
    default: return 0;
    }
    return list && !each_item(list, value_listed, g->label);
}

static void drop_filtered(ps_comparison *c, const ps_filter *f)
{
    size_t k = 0;
    for (size_t i = 0; i < c->ngroups; i++) {
        if (filtered_out(c, f, &c->groups[i])) {
            free(c->groups[i].label);
            free(c->groups[i].cells);
        } else {
            c->groups[k++] = c->groups[i];
        }
    }
    c->ngroups = k;
}

/* First pass: the selection, its groups' coverage. */
static int visit_selection(void *ctx, unsigned docid, const ps_docrec *rec)
{
    cmp_build *b = ctx;
    size_t g = group_of(b, rec);
    if (ps_idset_add(&b->ids, docid))
        return ps_error_set(b->err, PS_ENOMEM, "cannot compare: out of memory");
    if (b->ids.count > b->gcap) {
        size_t cap = b->ids.cap;
        int *p = realloc(b->group_of_id, cap * sizeof *p);
        if (!p)
            return ps_error_set(b->err, PS_ENOMEM, "cannot compare: out of memory");
        b->group_of_id = p;
        b->gcap = cap;
    }
    b->group_of_id[b->ids.count - 1] = (int)g;
    unsigned long long chars = ps_utf8_length(rec->body, rec->body_len);
    ps_cmp_group *grp = g < b->c->ngroups ? &b->c->groups[g] : NULL;
    if (grp) {
        grp->docs++;
        grp->chars += chars;
    }
    b->c->total.docs++;
    b->c->total.chars += chars;
    return PS_OK;
}

static int cmp_id_group(const void *a, const void *b)
{
    unsigned x = ((const id_group *)a)->id, y = ((const id_group *)b)->id;
    return x < y ? -1 : x > y;
}

/* Second pass, once per term: documents of the selection matching it. */
static int visit_match(void *ctx, unsigned docid, const ps_docrec *rec)
{
    cmp_build *b = ctx;
    id_group key = {docid, 0};
    const id_group *hit = bsearch(&key, b->packed, b->ids.count, sizeof key,
                                  cmp_id_group);
    if (!hit)
        return PS_OK; /* a near-duplicate copy, or outside the selection */
    unsigned long long occ = 0;
    int rc = ps_matcher_count(b->matcher, rec->body, rec->body_len, &occ, NULL);
    if (rc)
        return ps_error_set(b->err, rc, "cannot count occurrences: %s", ps_status_text(rc));
    ps_cmp_cell *cells[2] = {&b->c->total.cells[b->term], NULL};
    if ((size_t)hit->group < b->c->ngroups)
        cells[1] = &b->c->groups[hit->group].cells[b->term];
    for (int i = 0; i < 2; i++) {
        if (!cells[i])
            continue;
        cells[i]->docs++;
        cells[i]->occ += occ;
    }
    return PS_OK;
}

/* Re-pack (id, group) pairs so that visit_match can binary-search them. */
static int pack_ids(cmp_build *b)
{
    id_group *p = malloc((b->ids.count ? b->ids.count : 1) * sizeof *p);
    if (!p)
        return ps_error_set(b->err, PS_ENOMEM, "cannot compare: out of memory");
    for (size_t i = 0; i < b->ids.count; i++)
        p[i] = (id_group){b->ids.ids[i], b->group_of_id[i]};
    qsort(p, b->ids.count, sizeof *p, cmp_id_group);
    b->packed = p;
    return PS_OK;
}

/* Documents of the selection when copies are counted: for "folded". */
static int count_only(void *ctx, unsigned docid, const ps_docrec *rec)
{
    (void)docid;
    (void)rec;
    (*(unsigned *)ctx)++;
    return PS_OK;
}

int ps_compare(ps_analyzer *a, const ps_compare_request *req, ps_comparison **out,
               ps_error *err)
{
    *out = NULL;
    ps_comparison *c = calloc(1, sizeof *c);
    if (!c)
        return ps_error_set(err, PS_ENOMEM, "cannot compare: out of memory");
    c->by = req->by;
    c->nterms = req->nterms;
    c->terms = calloc(req->nterms ? req->nterms : 1, sizeof *c->terms);
    c->total.label = strdup("total");
    c->total.cells = calloc(req->nterms ? req->nterms : 1, sizeof *c->total.cells);
    int rc = c->terms && c->total.label && c->total.cells
                 ? PS_OK
                 : ps_error_set(err, PS_ENOMEM, "cannot compare: out of memory");
    for (size_t i = 0; !rc && i < req->nterms; i++)
        if (!(c->terms[i] = strdup(req->terms[i])))
            rc = ps_error_set(err, PS_ENOMEM, "cannot compare: out of memory");

    /* parse every term first: a typo in the third should not cost a scan */
    ps_query **qs = calloc(req->nterms ? req->nterms : 1, sizeof *qs);
    if (!rc && !qs)
        rc = ps_error_set(err, PS_ENOMEM, "cannot compare: out of memory");
    for (size_t i = 0; !rc && i < req->nterms; i++) {
        rc = ps_query_parse(a->cjk, req->terms[i], &qs[i], err);
        if (!rc)
            rc = psq_prepare(qs[i], err);
        if (rc && err) {
            char msg[sizeof err->msg];
            snprintf(msg, sizeof msg, "%s", err->msg);
            ps_error_set(err, rc, "term '%s': %s", req->terms[i], msg);
        }
    }

    cmp_build b = {.a = a, .c = c, .err = err};
    if (!rc) {
        switch (req->by) {
        case PS_BY_YEAR: rc = year_groups(&b, &req->filter); break;
        case PS_BY_PROVINCE: rc = groups_from_slot(&b, PS_SLOT_PROVINCE, NULL, 0); break;
        case PS_BY_REGION:
            for (size_t i = 0; !rc && i < sizeof fixed_zones / sizeof fixed_zones[0]; i++)
                rc = add_group(c, fixed_zones[i], 0);
            if (rc)
                rc = ps_error_set(err, rc, "cannot compare: out of memory");
            break;
        case PS_BY_LEVEL:
            rc = groups_from_slot(&b, PS_SLOT_LEVEL, fixed_levels,
                                  sizeof fixed_levels / sizeof fixed_levels[0]);
            break;
        case PS_BY_SECTOR: rc = groups_from_slot(&b, PS_SLOT_SECTOR, NULL, 0); break;
        case PS_BY_TYPE:
            rc = groups_from_slot(&b, PS_SLOT_TYPE, fixed_types,
                                  sizeof fixed_types / sizeof fixed_types[0]);
            break;
        default: rc = ps_error_set(err, PS_EINVAL, "unknown grouping %d", req->by);
        }
    }
    if (!rc)
        rc = ps_scan(a, NULL, &req->filter, req->all, visit_selection, &b, err);
    /* plans that do not say: a group of their own, shown only when there are some */
    size_t known = c->ngroups;
    unsigned unknown_docs = c->total.docs;
    for (size_t i = 0; i < known; i++)
        unknown_docs -= c->groups[i].docs;
    if (!rc && unknown_docs) {
        rc = add_group(c, "(unknown)", 1);
        if (rc)
            rc = ps_error_set(err, rc, "cannot compare: out of memory");
        ps_cmp_group *u = rc ? NULL : &c->groups[known];
        for (size_t i = 0; u && i < known; i++)
            u->chars += c->groups[i].chars;
        if (u) {
            u->docs = unknown_docs;
            u->chars = c->total.chars - u->chars;
        }
    }
    if (!rc)
        rc = pack_ids(&b);
    for (size_t t = 0; !rc && t < req->nterms; t++) {
        b.term = t;
        ps_matcher_free(b.matcher);
        b.matcher = NULL;
        if (ps_matcher_new(a->cjk, qs[t], &b.matcher))
            rc = ps_error_set(err, PS_ENOMEM, "cannot compare: out of memory");
        else
            rc = ps_scan(a, qs[t], &req->filter, 1, visit_match, &b, err);
    }
    if (!rc && !req->all) {
        unsigned with_copies = 0;
        rc = ps_scan(a, NULL, &req->filter, 1, count_only, &with_copies, err);
        c->folded = with_copies > c->total.docs ? with_copies - c->total.docs : 0;
    }
    if (!rc)
        drop_filtered(c, &req->filter); /* after the scans: they index groups by position */
    ps_matcher_free(b.matcher);
    ps_idset_release(&b.ids);
    free(b.group_of_id);
    free(b.packed);
    for (size_t i = 0; qs && i < req->nterms; i++)
        ps_query_free(qs[i]);
    free(qs);
    if (rc) {
        ps_comparison_free(c);
        return rc;
    }
    *out = c;
    return PS_OK;
}

void ps_comparison_free(ps_comparison *c)
{
    if (!c)
        return;
    for (size_t i = 0; c->terms && i < c->nterms; i++)
        free(c->terms[i]);
    free(c->terms);
    for (size_t i = 0; i < c->ngroups; i++) {
        free(c->groups[i].label);
        free(c->groups[i].cells);
    }
    free(c->groups);
    free(c->total.label);
    free(c->total.cells);
    free(c);
}

double ps_cmp_share(const ps_cmp_group *g, size_t term)
{
    return g->docs ? 100.0 * g->cells[term].docs / g->docs : 0.0;
}

double ps_cmp_rate(const ps_cmp_group *g, size_t term)
{
    return g->chars ? 1e4 * (double)g->cells[term].occ / (double)g->chars : 0.0;
}
