/*
 * The C interface of libplansearch.so (plansearch_api.h) over the searcher:
 * a handle that owns the helpers a search needs, and an iterator that makes
 * hits a page at a time so that walking every hit of a large index keeps
 * memory flat.
 */
#include "plansearch_api.h"

#include "plansearch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef PS_VERSION
#define PS_VERSION "unknown"
#endif

enum { PAGE = 200 };

struct plansearch_index {
    ps_cjk *cjk;
    ps_gazetteer *gaz;
    ps_searcher *s;
};

struct plansearch_hits {
    plansearch_index *ix;
    ps_search_request req;
    char *query, *filters;   /* owned copies; req points into them */
    unsigned limit, served;  /* limit 0: every hit */
    unsigned total;
    ps_result *page;
    size_t next;             /* index in page */
    char *json;              /* the last hit returned */
    char err[600];
};

static void set_err(char **errmsg, const char *msg)
{
    if (errmsg)
        *errmsg = strdup(msg ? msg : "error");
}

const char *plansearch_version(void)
{
    return PS_VERSION;
}

void plansearch_free(char *s)
{
    free(s);
}

plansearch_index *plansearch_open(const char *dbpath, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    ps_error err;
    ps_error_clear(&err);
    plansearch_index *ix = calloc(1, sizeof *ix);
    if (!ix) {
        set_err(errmsg, "out of memory");
        return NULL;
    }
    int rc = ps_cjk_new(&ix->cjk, &err);
    if (!rc)
        rc = ps_gazetteer_new(&ix->gaz, &err);
    if (!rc)
        rc = ps_searcher_open(dbpath ? dbpath : "", ix->cjk, ix->gaz, &ix->s, &err);
    if (rc) {
        if (rc == PS_EINDEX_NOTFOUND)
            snprintf(err.msg, sizeof err.msg, "no index at '%s'", dbpath ? dbpath : "");
        set_err(errmsg, err.msg);
        plansearch_close(ix);
        return NULL;
    }
    return ix;
}

void plansearch_close(plansearch_index *ix)
{
    if (!ix)
        return;
    ps_searcher_close(ix->s);
    ps_gazetteer_free(ix->gaz);
    ps_cjk_free(ix->cjk);
    free(ix);
}

/* "year=2012;region=四川" into the request (pointing into f, which is cut). */
static int parse_filters(char *f, ps_search_request *req, char *msg, size_t size)
{
    char *save = NULL;
    for (char *kv = strtok_r(f, ";", &save); kv; kv = strtok_r(NULL, ";", &save)) {
        while (*kv == ' ')
            kv++;
        if (!*kv)
            continue;
        char *eq = strchr(kv, '=');
        if (!eq) {
            snprintf(msg, size, "invalid filter '%s': expected key=value", kv);
            return -1;
        }
        *eq = '\0';
        const char *v = eq + 1;
        if (strcmp(kv, "year") == 0) {
            /* the CLI's forms: 2012, 2010..2015, ..2010, 2018.. */
            char *end;
            const char *dots = strstr(v, "..");
            long lo = dots == v ? 0 : strtol(v, &end, 10);
            long hi = !dots ? lo : dots[2] ? strtol(dots + 2, NULL, 10) : 0;
            if ((!dots && (*end || lo < 1)) || (lo == 0 && hi == 0)) {
                snprintf(msg, size, "invalid year '%s': expected 2012 or 2010..2015", v);
                return -1;
            }
            req->year_lo = (int)lo;
            req->year_hi = (int)hi;
        } else if (strcmp(kv, "region") == 0) {
            req->region = v;
        } else if (strcmp(kv, "level") == 0) {
            req->level = v;
        } else if (strcmp(kv, "sector") == 0) {
            req->sector = v;
        } else if (strcmp(kv, "type") == 0) {
            req->type = v;
        } else if (strcmp(kv, "all") == 0) {
            req->all = strcmp(v, "0") != 0;
        } else if (strcmp(kv, "sort") == 0) {
            if (strcmp(v, "relevance") == 0)
                req->sort = PS_SORT_RELEVANCE;
            else if (strcmp(v, "year") == 0)
                req->sort = PS_SORT_YEAR_ASC;
            else if (strcmp(v, "-year") == 0)
                req->sort = PS_SORT_YEAR_DESC;
            else {
                snprintf(msg, size, "invalid sort '%s': expected relevance, year or -year", v);
                return -1;
            }
        } else {
            snprintf(msg, size, "unknown filter '%s' (year, region, level, sector, type, "
                                "sort, all)", kv);
            return -1;
        }
    }
    return 0;
}

/* Search the next page; 0, or -1 with h->err set. */
static int next_page(plansearch_hits *h)
{
    ps_result_free(h->page);
    h->page = NULL;
    h->next = 0;
    unsigned left = h->limit ? h->limit - h->served : PAGE;
    h->req.offset = h->served;
    h->req.limit = left < PAGE ? left : PAGE;
    ps_error err;
    ps_error_clear(&err);
    if (ps_search(h->ix->s, &h->req, &h->page, &err)) {
        snprintf(h->err, sizeof h->err, "%s", err.msg);
        return -1;
    }
    h->total = ps_result_total(h->page);
    return 0;
}

plansearch_hits *plansearch_search(plansearch_index *ix, const char *query,
                                   const char *filters, unsigned limit, char **errmsg)
{
    if (errmsg)
        *errmsg = NULL;
    if (!ix) {
        set_err(errmsg, "no index");
        return NULL;
    }
    plansearch_hits *h = calloc(1, sizeof *h);
    if (!h || (query && !(h->query = strdup(query))) ||
        (filters && !(h->filters = strdup(filters)))) {
        plansearch_hits_free(h);
        set_err(errmsg, "out of memory");
        return NULL;
    }
    h->ix = ix;
    h->limit = limit;
    ps_search_request_init(&h->req);
    h->req.query = h->query;
    char msg[256];
    if (h->filters && parse_filters(h->filters, &h->req, msg, sizeof msg)) {
        plansearch_hits_free(h);
        set_err(errmsg, msg);
        return NULL;
    }
    if (next_page(h)) {
        set_err(errmsg, h->err);
        plansearch_hits_free(h);
        return NULL;
    }
    return h;
}

long plansearch_total(const plansearch_hits *h)
{
    return h ? (long)h->total : -1;
}

const char *plansearch_next(plansearch_hits *h)
{
    if (!h || !h->page || (h->limit && h->served >= h->limit))
        return NULL;
    if (h->next >= ps_result_size(h->page)) {
        if (ps_result_size(h->page) < h->req.limit || next_page(h))
            return NULL;
        if (ps_result_size(h->page) == 0)
            return NULL;
    }
    free(h->json);
    h->json = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&h->json, &len);
    if (!f) {
        snprintf(h->err, sizeof h->err, "out of memory");
        return NULL;
    }
    ps_print_hit_json(f, ps_result_hit(h->page, h->next));
    if (fclose(f) != 0 || !h->json) {
        snprintf(h->err, sizeof h->err, "out of memory");
        return NULL;
    }
    while (len && h->json[len - 1] == '\n')
        h->json[--len] = '\0';
    h->next++;
    h->served++;
    return h->json;
}

const char *plansearch_error(const plansearch_hits *h)
{
    return h && h->err[0] ? h->err : NULL;
}

void plansearch_hits_free(plansearch_hits *h)
{
    if (!h)
        return;
    ps_result_free(h->page);
    free(h->json);
    free(h->query);
    free(h->filters);
    free(h);
}
