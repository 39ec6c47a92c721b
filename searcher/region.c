/*
 * Resolving a --region argument to one place of the gazetteer.
 *
 * Accepted forms: a GB/T 2260 code; a name with or without its suffix, in
 * either script (四川, 四川省, 林甸縣); a fuller name that pins an ambiguous
 * one down ("北京市朝阳区", "北京/朝阳区").  When a name stays ambiguous the
 * error lists the candidates, since a silent choice would give a researcher
 * numbers for the wrong place; when a province or city wins over same-named
 * counties or cities further down (朝阳 → 辽宁省朝阳市, not 北京市朝阳区),
 * ps_region_note says so.
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

/*
 * The places arg may mean, after a province or city has shadowed same-named
 * places further down ("乐山" means 乐山市 even if some township is called
 * 乐山镇); the shadowed places of county level or above go to shadowed
 * (when not NULL), since a researcher may well have meant one of those.
 * PS_OK (n may be 0), PS_ENOMEM.
 */
static int resolve_names(ps_cjk *cjk, const ps_gazetteer *g, const char *arg,
                         ps_place *cand, size_t *n, ps_place *shadowed, size_t *nshadowed,
                         ps_error *err)
{
    int rc = PS_OK;
    ps_buf folded = PS_BUF_INIT;
    ps_cjk_fold_string(cjk, arg, strlen(arg), &rc, &folded, NULL);
    if (rc)
        return ps_error_set(err, rc, "cannot resolve region: out of memory");
    size_t m = candidates(g, folded.data, folded.len, cand, MAX_CAND);
    ps_buf_release(&folded);
    m = dedupe(cand, m);
    size_t ns = 0;
    if (m > 1) {
        int top = cand[0].level;
        for (size_t i = 1; i < m; i++)
            if (cand[i].level < top)
                top = cand[i].level;
        size_t kept = 0;
        for (size_t i = 0; i < m; i++)
            if (cand[i].level == top)
                cand[kept++] = cand[i];
            else if (shadowed && cand[i].level <= PS_PLACE_COUNTY)
                shadowed[ns++] = cand[i];
        m = kept;
    }
    *n = m;
    if (nshadowed)
        *nshadowed = ns;
    return PS_OK;
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
    ps_place cand[MAX_CAND];
    size_t n = 0;
    int rc = resolve_names(cjk, g, arg, cand, &n, NULL, NULL, err);
    if (rc)
        return rc;
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

int ps_region_note(ps_cjk *cjk, const ps_gazetteer *g, const char *arg, char **note,
                   ps_error *err)
{
    *note = NULL;
    if (!g || all_digits(arg))
        return PS_OK;
    ps_place cand[MAX_CAND], shadowed[MAX_CAND];
    size_t n = 0, ns = 0;
    int rc = resolve_names(cjk, g, arg, cand, &n, shadowed, &ns, err);
    if (rc || n != 1 || ns == 0)
        return rc;
    ps_buf msg = PS_BUF_INIT;
    ps_buf_printf(&rc, &msg, "region '%s' taken as %s (%s); also so named: ", arg,
                  cand[0].path, cand[0].code);
    for (size_t i = 0; i < ns && i < 4; i++)
        ps_buf_printf(&rc, &msg, "%s%s (%s)", i ? ", " : "", shadowed[i].path,
                      shadowed[i].code);
    if (ns > 4)
        ps_buf_printf(&rc, &msg, " and %zu more", ns - 4);
    ps_buf_puts(&rc, &msg, "; give a fuller name or a code for one of those");
    if (rc) {
        ps_buf_release(&msg);
        return ps_error_set(err, rc, "cannot resolve region: out of memory");
    }
    *note = ps_buf_detach(&msg, NULL);
    return *note ? PS_OK : ps_error_set(err, PS_ENOMEM, "cannot resolve region: out of memory");
}
