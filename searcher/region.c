/*
 * Resolving a --region argument to one place of the gazetteer.
 *
 * Accepted forms: a GB/T 2260 code; a name with or without its suffix, in
 * either script (四川, 四川省, 林甸縣); a fuller name that pins an ambiguous
 * one down ("北京市朝阳区", "北京/朝阳区").  When a name stays ambiguous the
 * error lists the candidates, since a silent choice would give a researcher
 * numbers for the wrong place.
 */
#include "search_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CAND 64

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isdigit((unsigned char)*s))
            return 0;
    return 1;
}

static int is_inside(const ps_gazetteer *g, const ps_place *p, const char *code)
{
    ps_place cur = *p, parent;
    while (ps_gazetteer_parent(g, &cur, &parent) == PS_OK) {
        if (strcmp(parent.code, code) == 0)
            return 1;
        cur = parent;
    }
    return 0;
}

static size_t dedupe(ps_place *c, size_t n)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (j < m && strcmp(c[j].code, c[i].code) != 0)
            j++;
        if (j == m)
            c[m++] = c[i];
    }
    return m;
}

/* Places named `child` that lie inside a place named `parent`. */
static size_t lookup_within(const ps_gazetteer *g, const char *parent, size_t pn,
                            const char *child, size_t cn, ps_place *out, size_t max)
{
    ps_place ps[MAX_CAND], cs[MAX_CAND];
    size_t np = ps_gazetteer_lookup(g, parent, pn, ps, MAX_CAND);
    size_t nc = ps_gazetteer_lookup(g, child, cn, cs, MAX_CAND);
    np = np > MAX_CAND ? MAX_CAND : np;
    nc = nc > MAX_CAND ? MAX_CAND : nc;
    size_t m = 0;
    for (size_t i = 0; i < nc && m < max; i++)
        for (size_t j = 0; j < np; j++)
            if (is_inside(g, &cs[i], ps[j].code)) {
                out[m++] = cs[i];
                break;
            }
    return m;
}

static size_t candidates(const ps_gazetteer *g, const char *name, size_t n,
                         ps_place *out, size_t max)
{
    const char *slash = memchr(name, '/', n);
    if (slash) {
        /* "北京/朝阳区": the last part inside the part before it */
        const char *last = name + n;
        while (last > name && last[-1] != '/')
            last--;
        const char *prev = last - 1;
        const char *pstart = prev;
        while (pstart > name && pstart[-1] != '/')
            pstart--;
        return lookup_within(g, pstart, (size_t)(prev - pstart), last,
                             (size_t)(name + n - last), out, max);
    }
    size_t found = ps_gazetteer_lookup(g, name, n, out, max);
    if (found)
        return found > max ? max : found;
    /* "北京市朝阳区": try each split into an enclosing place and a place */
    for (size_t k = 3; k + 3 <= n; k += 3) {
        size_t m = lookup_within(g, name, k, name + k, n - k, out, max);
        if (m)
            return m;
    }
    return 0;
}

int ps_region_resolve(ps_cjk *cjk, const ps_gazetteer *g, const char *arg,
                      ps_place *out, ps_error *err)
{
    if (!g)
        return ps_error_set(err, PS_EINTERNAL, "no gazetteer loaded");
    if (all_digits(arg)) {
        if (ps_gazetteer_by_code(g, arg, out) == PS_OK)
            return PS_OK;
        return ps_error_set(err, PS_EQUERY, "unknown region code '%s'", arg);
    }
    int rc = PS_OK;
    ps_buf folded = PS_BUF_INIT;
    ps_cjk_fold_string(cjk, arg, strlen(arg), &rc, &folded, NULL);
    if (rc)
        return ps_error_set(err, rc, "cannot resolve region: out of memory");
    ps_place cand[MAX_CAND];
    size_t n = candidates(g, folded.data, folded.len, cand, MAX_CAND);
    ps_buf_release(&folded);
    n = dedupe(cand, n);
    if (n > 1) {
        /* A province or city shadows same-named places further down:
         * "乐山" means 乐山市 even if some township is called 乐山镇. */
        int top = cand[0].level;
        for (size_t i = 1; i < n; i++)
            if (cand[i].level < top)
                top = cand[i].level;
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (cand[i].level == top)
                cand[m++] = cand[i];
        n = m;
    }
    if (n == 1) {
        *out = cand[0];
        return PS_OK;
    }
    if (n == 0)
        return ps_error_set(err, PS_EQUERY,
                            "unknown region '%s': give a province, city, county or "
                            "township name, or a GB/T 2260 code", arg);
    ps_buf msg = PS_BUF_INIT;
    for (size_t i = 0; i < n && i < 6; i++)
        ps_buf_printf(&rc, &msg, "%s%s (%s)", i ? ", " : "", cand[i].path, cand[i].code);
    if (n > 6)
        ps_buf_printf(&rc, &msg, " and %zu more", n - 6);
    ps_error_set(err, PS_EQUERY,
                 "region '%s' is ambiguous: %s; give a fuller name or a code", arg,
                 rc ? "" : msg.data);
    ps_buf_release(&msg);
    return PS_EQUERY;
}
