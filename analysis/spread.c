/*
 * The spread of a phrase: where and when it first appears, and how many
 * issuers take it up, year by year or group by group.
 *
 * An adopter is an issuing body (the plan's org; a plan that names none is
 * its own adopter); it adopts the phrase in the year of its first plan
 * using it.  Plans are the selection's, near-duplicates counted once unless
 * `all`, matching as search matches (ps_scan).
 */
#include "analyze_int.h"
#include "ps_reuse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ps_spread_request_init(ps_spread_request *r)
{
    memset(r, 0, sizeof *r);
    r->by = PS_BY_YEAR;
    r->first = 10;
}

typedef struct plans {
    ps_spread_plan *v;
    size_t n, cap;
} plans;

static void plan_release(ps_spread_plan *p)
{
    free(p->id);
    free(p->title);
    free(p->org);
    free(p->level);
    free(p->region);
    free(p->date);
}

static char *dupn(const char *s)
{
    return s ? strdup(s) : NULL;
}

static int collect(void *ctx, unsigned docid, const ps_docrec *rec)
{
    (void)docid;
    plans *l = ctx;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        ps_spread_plan *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return PS_ENOMEM;
        l->v = v;
        l->cap = cap;
    }
    ps_spread_plan *p = &l->v[l->n++];
    memset(p, 0, sizeof *p);
    p->id = dupn(rec->id);
    p->title = dupn(rec->title);
    p->org = dupn(rec->org);
    p->level = dupn(rec->level);
    p->region = dupn(rec->region);
    p->date = dupn(rec->date);
    p->year = rec->year;
    if (!p->id || (rec->title && !p->title) || (rec->org && !p->org) ||
        (rec->level && !p->level) || (rec->region && !p->region) || (rec->date && !p->date))
        return PS_ENOMEM;
    return PS_OK;
}

/* Oldest first: year (unknown last), date, id. */
static int cmp_oldest(const void *x, const void *y)
{
    const ps_spread_plan *a = x, *b = y;
    if (a->year != b->year) {
        if (!a->year || !b->year)
            return a->year ? -1 : 1;
        return a->year < b->year ? -1 : 1;
    }
    int c = strcmp(a->date ? a->date : "~", b->date ? b->date : "~");
    return c ? c : strcmp(a->id, b->id);
}

static const char *adopter(const ps_spread_plan *p)
{
    return p->org && *p->org ? p->org : p->id;
}

/* The plan's group label under `by` ("(unknown)" when it does not say), malloc'd. */
static char *group_of(const ps_spread_plan *p, int by)
{
    char buf[32];
    if (by == PS_BY_YEAR) {
        if (!p->year)
            return strdup("(unknown)");
        snprintf(buf, sizeof buf, "%d", p->year);
        return strdup(buf);
    }
    if (by == PS_BY_LEVEL)
        return strdup(p->level && *p->level ? p->level : "(unknown)");
    if (!p->region || !*p->region)
        return strdup("(unknown)");
    const char *slash = strchr(p->region, '/');
    return strndup(p->region, slash ? (size_t)(slash - p->region) : strlen(p->region));
}

static ps_spread_row *row_for(ps_spread *s, const char *label, size_t *cap)
{
    for (size_t i = 0; i < s->nrows; i++)
        if (strcmp(s->rows[i].label, label) == 0)
            return &s->rows[i];
    if (s->nrows == *cap) {
        size_t c = *cap ? *cap * 2 : 32;
        ps_spread_row *v = realloc(s->rows, c * sizeof *v);
        if (!v)
            return NULL;
        s->rows = v;
        *cap = c;
    }
    ps_spread_row *r = &s->rows[s->nrows];
    memset(r, 0, sizeof *r);
    r->label = strdup(label);
    if (!r->label)
        return NULL;
    s->nrows++;
    return r;
}

static int cmp_rows(const void *x, const void *y)
{
    const ps_spread_row *a = x, *b = y;
    int ua = strcmp(a->label, "(unknown)") == 0, ub = strcmp(b->label, "(unknown)") == 0;
    if (ua != ub)
        return ua - ub;
    if (a->first_year != b->first_year) {
        if (!a->first_year || !b->first_year)
            return a->first_year ? -1 : 1;
        return a->first_year < b->first_year ? -1 : 1;
    }
    return strcmp(a->label, b->label);
}

static int cmp_labels(const void *x, const void *y)
{
    const ps_spread_row *a = x, *b = y;
    int ua = strcmp(a->label, "(unknown)") == 0, ub = strcmp(b->label, "(unknown)") == 0;
    return ua != ub ? ua - ub : strcmp(a->label, b->label);
}

static int cmp_level_rows(const void *x, const void *y)
{
    const ps_spread_row *a = x, *b = y;
    int ra = ps_level_rank(a->label), rb = ps_level_rank(b->label);
    if (ra != rb)
        return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb);
    return strcmp(a->label, b->label);
}

int ps_spread_run(ps_analyzer *a, const ps_spread_request *req, ps_spread **out,
                  ps_error *err)
{
    *out = NULL;
    ps_query *q = NULL;
    int rc = ps_query_parse(a->cjk, req->phrase, &q, err);
    if (rc)
        return rc;
    plans sel = {0}, hit = {0};
    ps_spread *s = calloc(1, sizeof *s);
    size_t rcap = 0;
    if (!s || !(s->phrase = strdup(req->phrase)))
        rc = ps_error_set(err, PS_ENOMEM, "cannot trace the phrase: out of memory");
    if (!rc) {
        s->by = req->by;
        rc = ps_scan(a, q, &req->filter, req->all, collect, &hit, err);
    }
    if (!rc)
        rc = ps_scan(a, NULL, &req->filter, req->all, collect, &sel, err);
    if (rc == PS_ENOMEM && err->code != rc)
        rc = ps_error_set(err, rc, "cannot trace the phrase: out of memory");
    if (!rc && hit.n)
        qsort(hit.v, hit.n, sizeof *hit.v, cmp_oldest);
    s->matching = rc ? 0 : (unsigned)hit.n;
    /* groups: every group of the selection, so that a rise in use can be
     * told from a rise in plans collected */
    int ylo = 0, yhi = 0;
    for (size_t i = 0; !rc && i < sel.n; i++)
        if (sel.v[i].year) {
            if (!ylo || sel.v[i].year < ylo)
                ylo = sel.v[i].year;
            if (sel.v[i].year > yhi)
                yhi = sel.v[i].year;
        }
    if (!rc && req->by == PS_BY_YEAR && req->filter.year_lo)
        ylo = req->filter.year_lo;
    if (!rc && req->by == PS_BY_YEAR && req->filter.year_hi)
        yhi = req->filter.year_hi;
    for (int y = ylo; !rc && req->by == PS_BY_YEAR && y && y <= yhi; y++) {
        if (req->filter.years && !ps_year_listed(req->filter.years, y))
            continue; /* --year 2012,2015,2018: those years, not the span */
        char label[16];
        snprintf(label, sizeof label, "%d", y);
        if (!row_for(s, label, &rcap))
            rc = PS_ENOMEM;
    }
    for (size_t i = 0; !rc && i < sel.n; i++) {
        char *g = group_of(&sel.v[i], req->by);
        ps_spread_row *r = g ? row_for(s, g, &rcap) : NULL;
        free(g);
        if (!r)
            rc = PS_ENOMEM;
        else
            r->plans++;
    }
    /* adopters: the first plan of each issuer, in time order */
    char **seen = rc ? NULL : calloc(hit.n ? hit.n : 1, sizeof *seen);
    size_t nseen = 0;
    if (!rc && !seen)
        rc = PS_ENOMEM;
    for (size_t i = 0; !rc && i < hit.n; i++) {
        const ps_spread_plan *p = &hit.v[i];
        if (!p->year)
            s->undated++;
        char *g = group_of(p, req->by);
        ps_spread_row *r = g ? row_for(s, g, &rcap) : NULL;
        free(g);
        if (!r) {
            rc = PS_ENOMEM;
            break;
        }
        r->matching++;
        if (!r->first) {
            r->first = p;
            r->first_year = p->year;
        }
        int known = 0;
        for (size_t k = 0; k < nseen && !known; k++)
            known = strcmp(seen[k], adopter(p)) == 0;
        if (!known) {
            seen[nseen++] = (char *)adopter(p);
            r->adopters++;
        }
    }
    free(seen);
    s->adopters = (unsigned)nseen;
    if (!rc && s->nrows) {
        if (req->by == PS_BY_LEVEL)
            qsort(s->rows, s->nrows, sizeof *s->rows, cmp_level_rows);
        else if (req->by != PS_BY_YEAR)
            qsort(s->rows, s->nrows, sizeof *s->rows, cmp_rows);
        else
            qsort(s->rows, s->nrows, sizeof *s->rows, cmp_labels);
        unsigned cum = 0;
        for (size_t i = 0; i < s->nrows; i++) {
            cum += s->rows[i].adopters;
            s->rows[i].cumulative = cum;
        }
    }
    if (rc == PS_ENOMEM && err->code != rc)
        rc = ps_error_set(err, rc, "cannot trace the phrase: out of memory");
    ps_query_free(q);
    for (size_t i = 0; i < sel.n; i++)
        plan_release(&sel.v[i]);
    free(sel.v);
    if (!rc) {
        /* the first plans: hit.v is sorted oldest first; rows point into it */
        s->first = hit.v;
        s->nfirst = hit.n;
        s->shown = req->first < hit.n ? req->first : hit.n;
        hit.v = NULL;
        *out = s;
        return PS_OK;
    }
    for (size_t i = 0; i < hit.n; i++)
        plan_release(&hit.v[i]);
    free(hit.v);
    ps_spread_free(s);
    return rc;
}

void ps_spread_free(ps_spread *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nfirst; i++)
        plan_release(&s->first[i]);
    free(s->first);
    for (size_t i = 0; i < s->nrows; i++)
        free(s->rows[i].label);
    free(s->rows);
    free(s->phrase);
    free(s);
}
