/*
 * The ground every analysis stands on: selecting documents (filters,
 * near-duplicate collapse) page by page, exact phrase occurrences, and
 * folded character arrays for n-grams.
 */
#include "analyze_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Documents fetched per page while scanning: bounds memory on big indexes. */
#define SCAN_PAGE 256

void ps_filter_init(ps_filter *f)
{
    memset(f, 0, sizeof *f);
}

int ps_filter_empty(const ps_filter *f)
{
    return !f->year_lo && !f->year_hi && !f->years && !f->region && !f->level &&
           !f->sector && !f->type;
}

int ps_analyzer_open(const char *dbpath, ps_cjk *cjk, const ps_gazetteer *gaz,
                     ps_analyzer **out, ps_error *err)
{
    *out = NULL;
    ps_analyzer *a = calloc(1, sizeof *a);
    if (!a)
        return ps_error_set(err, PS_ENOMEM, "cannot open index: out of memory");
    int rc = psx_db_open(dbpath, PSX_OPEN_READ, &a->db, err);
    if (rc) {
        free(a);
        return rc;
    }
    a->cjk = cjk;
    a->gaz = gaz;
    *out = a;
    return PS_OK;
}

int ps_analyzer_use_words(ps_analyzer *a, const char *path, ps_error *err)
{
    ps_words_free(a->words);
    a->words = NULL;
    return path ? ps_words_load(a->cjk, path, &a->words, err) : PS_OK;
}

void ps_analyzer_close(ps_analyzer *a)
{
    if (!a)
        return;
    ps_words_free(a->words);
    psx_db_close(a->db);
    free(a);
}

int ps_analyzer_info(ps_analyzer *a, ps_index_info *out, ps_error *err)
{
    memset(out, 0, sizeof *out);
    int rc = psx_db_doccount(a->db, &out->docs, err);
    char *v = NULL;
    if (!rc)
        rc = psx_db_get_metadata(a->db, PS_META_UPDATED, &v, err);
    if (!rc)
        snprintf(out->updated, sizeof out->updated, "%s", v);
    free(v);
    return rc;
}

/* ---- Selections ---------------------------------------------------------- */

/* The query (or every document) restricted by the filter. */
int ps_selection_query(ps_analyzer *a, const ps_query *q, const ps_filter *f,
                       psx_query **out, ps_error *err)
{
    psq_filters pf = {f->year_lo, f->year_hi, f->region, f->level, f->sector, f->type,
                      f->years};
    return psq_restrict(a->cjk, a->gaz, q, &pf, out, err);
}

/* Every document of a Xapian query, page by page, with its fingerprint value. */
typedef int (*page_fn)(void *ctx, unsigned docid, const ps_docrec *rec, const char *fp,
                       size_t fplen);

static int scan_pages(ps_analyzer *a, const psx_query *xq, page_fn fn, void *ctx,
                      ps_error *err)
{
    psx_search_opts o;
    psx_search_opts_init(&o);
    o.limit = SCAN_PAGE;
    o.sort = PSX_SORT_RELEVANCE;
    o.sort_slot = -1;
    o.value_slot = PS_SLOT_COLLAPSE;
    int rc = PS_OK;
    for (unsigned offset = 0; !rc; offset += SCAN_PAGE) {
        psx_mset *m = NULL;
        o.offset = offset;
        rc = psx_db_search(a->db, xq, &o, &m, err);
        size_t n = rc ? 0 : psx_mset_size(m);
        for (size_t i = 0; !rc && i < n; i++) {
            psx_hit h;
            ps_docrec rec;
            rc = psx_mset_hit(m, i, &h, err);
            if (!rc && ps_docrec_decode(h.data, h.data_len, &rec))
                rc = ps_error_set(err, PS_EINDEX_CORRUPT,
                                  "document %u has an unreadable record; rebuild the index",
                                  h.docid);
            if (!rc)
                rc = fn(ctx, h.docid, &rec, h.value, h.value_len);
        }
        psx_mset_free(m);
        if (n < SCAN_PAGE)
            break;
    }
    return rc;
}

/*
 * Near-duplicates, as search folds them (dup.c's psd_near on the SimHashes
 * of PS_SLOT_COLLAPSE).  Search keeps the best-ranked plan of a group; a
 * selection has no ranking, so the newest plan (then the smallest id) stands
 * for its group, which makes the choice independent of how the index was
 * built.
 */

typedef struct fp_doc {
    unsigned docid;
    int year;
    int has_fp;
    uint64_t fp;
    char *id;
} fp_doc;

typedef struct fp_list {
    fp_doc *items;
    size_t count, cap;
} fp_list;

static int collect_fp(void *ctx, unsigned docid, const ps_docrec *rec, const char *fp,
                      size_t fplen)
{
    fp_list *l = ctx;
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        fp_doc *items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return PS_ENOMEM;
        l->items = items;
        l->cap = cap;
    }
    fp_doc *d = &l->items[l->count];
    d->docid = docid;
    d->year = rec->year;
    d->has_fp = psd_parse(fp, fplen, &d->fp);
    d->id = strdup(rec->id);
    if (!d->id)
        return PS_ENOMEM;
    l->count++;
    return PS_OK;
}

static int cmp_newest(const void *va, const void *vb)
{
    const fp_doc *a = va, *b = vb;
    if (a->year != b->year)
        return a->year > b->year ? -1 : 1;
    return strcmp(a->id, b->id);
}

/* The documents standing for their group of near-duplicates. */
static int representatives(ps_analyzer *a, const psx_query *xq, ps_idset *reps,
                            ps_error *err)
{
    fp_list l = {0};
    int rc = scan_pages(a, xq, collect_fp, &l, err);
    if (rc == PS_ENOMEM)
        rc = ps_error_set(err, rc, "cannot fold near-duplicates: out of memory");
    if (!rc && l.count)
        qsort(l.items, l.count, sizeof *l.items, cmp_newest);
    size_t kept = 0;
    psd_folder *folder = NULL;
    if (!rc && psd_folder_new(&folder))
        rc = ps_error_set(err, PS_ENOMEM, "cannot fold near-duplicates: out of memory");
    for (size_t i = 0; !rc && i < l.count; i++) {
        if (l.items[i].has_fp) {
            if (psd_folder_find(folder, l.items[i].fp) >= 0)
                continue;
            if (psd_folder_keep(folder, l.items[i].fp))
                rc = ps_error_set(err, PS_ENOMEM, "cannot fold near-duplicates: out of memory");
        }
        fp_doc t = l.items[kept];
        l.items[kept] = l.items[i];
        l.items[i] = t;
        kept++;
    }
    psd_folder_free(folder);
    for (size_t i = 0; !rc && i < kept; i++)
        if (ps_idset_add(reps, l.items[i].docid))
            rc = ps_error_set(err, PS_ENOMEM, "cannot fold near-duplicates: out of memory");
    ps_idset_sort(reps);
    for (size_t i = 0; i < l.count; i++)
        free(l.items[i].id);
    free(l.items);
    return rc;
}

typedef struct scan_ctx {
    const ps_query *q;
    const ps_idset *reps; /* NULL: every document */
    ps_scan_fn fn;
    void *ctx;
    ps_error *err;
} scan_ctx;

static int visit_page(void *vctx, unsigned docid, const ps_docrec *rec, const char *fp,
                      size_t fplen)
{
    (void)fp;
    (void)fplen;
    scan_ctx *s = vctx;
    if (s->reps && !ps_idset_has(s->reps, docid))
        return PS_OK;
    if (s->q && s->q->scoped) {
        /* Xapian only narrows scoped queries (NEAR, SENTENCE, ITEM) down */
        psm_doc_text d = {rec->body, rec->title, rec->org, rec->body_len};
        int ok = 0;
        int rc = psm_eval(s->q, &d, &ok, NULL, NULL);
        if (rc)
            return ps_error_set(s->err, rc, "cannot check '%s': %s", rec->id,
                                ps_status_text(rc));
        if (!ok)
            return PS_OK;
    }
    return s->fn(s->ctx, docid, rec);
}

int ps_scan(ps_analyzer *a, const ps_query *q, const ps_filter *f, int all,
            ps_scan_fn fn, void *ctx, ps_error *err)
{
    psx_query *xq = NULL;
    ps_idset reps = {0};
    int rc = ps_selection_query(a, q, f, &xq, err);
    if (!rc && !all)
        rc = representatives(a, xq, &reps, err);
    scan_ctx s = {q, all ? NULL : &reps, fn, ctx, err};
    if (!rc)
        rc = scan_pages(a, xq, visit_page, &s, err);
    ps_idset_release(&reps);
    psx_query_free(xq);
    return rc;
}

int ps_slot_values(ps_analyzer *a, unsigned slot, char ***out, size_t *nout,
                   ps_error *err)
{
    *out = NULL;
    *nout = 0;
    psx_query *all = NULL;
    psx_mset *m = NULL;
    psx_search_opts o;
    psx_search_opts_init(&o);
    o.limit = 0;
    o.facet_slots[0] = slot;
    o.nfacets = 1;
    int rc = psx_query_all(&all, err);
    if (!rc)
        rc = psx_db_search(a->db, all, &o, &m, err);
    size_t n = rc ? 0 : psx_mset_facet_size(m, 0);
    char **v = rc ? NULL : calloc(n ? n : 1, sizeof *v);
    if (!rc && !v)
        rc = ps_error_set(err, PS_ENOMEM, "cannot count values: out of memory");
    size_t k = 0;
    for (size_t i = 0; !rc && i < n; i++) {
        const char *s;
        size_t len;
        unsigned count;
        if (psx_mset_facet(m, 0, i, &s, &len, &count) || len == 0)
            continue;
        v[k] = strndup(s, len);
        if (!v[k])
            rc = ps_error_set(err, PS_ENOMEM, "cannot count values: out of memory");
        else
            k++;
    }
    psx_mset_free(m);
    psx_query_free(all);
    if (rc) {
        ps_strings_free(v, k);
        return rc;
    }
    *out = v;
    *nout = k;
    return PS_OK;
}

void ps_strings_free(char **v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

/* ---- Document id sets ------------------------------------------------------ */

int ps_idset_add(ps_idset *s, unsigned id)
{
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        unsigned *ids = realloc(s->ids, cap * sizeof *ids);
        if (!ids)
            return PS_ENOMEM;
        s->ids = ids;
        s->cap = cap;
    }
    s->ids[s->count++] = id;
    return PS_OK;
}

static int cmp_uint(const void *a, const void *b)
{
    unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
    return x < y ? -1 : x > y;
}

void ps_idset_sort(ps_idset *s)
{
    if (s->count)
        qsort(s->ids, s->count, sizeof *s->ids, cmp_uint);
}

int ps_idset_has(const ps_idset *s, unsigned id)
{
    return s->count && bsearch(&id, s->ids, s->count, sizeof *s->ids, cmp_uint) != NULL;
}

void ps_idset_release(ps_idset *s)
{
    free(s->ids);
    memset(s, 0, sizeof *s);
}

/* ---- What a selection left out ------------------------------------------- */

typedef struct left_ctx {
    const ps_idset *const *in;
    size_t nin;
    ps_left_out *out;
} left_ctx;

static int count_left(void *vctx, unsigned docid, const ps_docrec *rec)
{
    left_ctx *c = vctx;
    for (size_t i = 0; i < c->nin; i++)
        if (ps_idset_has(c->in[i], docid))
            return PS_OK;
    c->out->plans++;
    c->out->no_year += !rec->year;
    c->out->no_region += !(rec->region && *rec->region);
    c->out->no_level += !(rec->level && *rec->level);
    c->out->no_sector += !(rec->sector && *rec->sector);
    c->out->no_type += !(rec->type && *rec->type);
    return PS_OK;
}

int ps_left_out_count(ps_analyzer *a, const ps_idset *const *in, size_t nin, int all,
                      ps_left_out *out, ps_error *err)
{
    memset(out, 0, sizeof *out);
    ps_filter every;
    ps_filter_init(&every);
    left_ctx c = {in, nin, out};
    return ps_scan(a, NULL, &every, all, count_left, &c, err);
}

/* ---- Exact occurrences ----------------------------------------------------- */

/*
 * The matcher search uses (match.c): the stored text tokenized as the index
 * was, each phrase's query-mode terms at consecutive slots, so that an
 * occurrence is exactly what makes the index match (scripts, widths, Latin
 * runs as whole words, stems).
 */
struct ps_matcher {
    ps_cjk *cjk;
    psq_phrase_list phrases;
    psm_span_list found;
};

int ps_matcher_new(ps_cjk *cjk, const ps_query *q, ps_matcher **out)
{
    *out = NULL;
    ps_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return PS_ENOMEM;
    m->cjk = cjk;
    if (psq_collect_phrases(q, &m->phrases)) {
        free(m);
        return PS_ENOMEM;
    }
    *out = m;
    return PS_OK;
}

void ps_matcher_free(ps_matcher *m)
{
    if (!m)
        return;
    psq_phrase_list_release(&m->phrases);
    psm_span_list_release(&m->found);
    free(m);
}

static int push_span(ps_spans *sp, size_t s, size_t e)
{
    if (sp->n == sp->cap) {
        size_t c = sp->cap ? sp->cap * 2 : 64;
        size_t *p = realloc(sp->v, c * 2 * sizeof *p);
        if (!p)
            return PS_ENOMEM;
        sp->v = p;
        sp->cap = c;
    }
    sp->v[2 * sp->n] = s;
    sp->v[2 * sp->n + 1] = e;
    sp->n++;
    return PS_OK;
}

void ps_spans_release(ps_spans *s)
{
    free(s->v);
    memset(s, 0, sizeof *s);
}

int ps_matcher_count(ps_matcher *m, const char *text, size_t n,
                     unsigned long long *count, ps_spans *spans)
{
    *count = 0;
    if (spans)
        spans->n = 0;
    if (!m->phrases.count || !n)
        return PS_OK;
    psm_text *t = NULL;
    int rc = psm_text_new_for(m->cjk, text, n, &m->phrases, &t);
    for (size_t ph = 0; !rc && ph < m->phrases.count; ph++) {
        m->found.count = 0;
        rc = psm_find(t, &m->phrases.items[ph], ph, &m->found);
        size_t next_free = 0; /* non-overlapping, as grep -o counts */
        for (size_t i = 0; !rc && i < m->found.count; i++) {
            const psm_span *s = &m->found.items[i];
            if (s->start < next_free)
                continue;
            (*count)++;
            next_free = s->end;
            if (spans)
                rc = push_span(spans, s->start, s->end);
        }
    }
    psm_text_free(t);
    return rc < 0 ? rc : rc ? PS_EINTERNAL : PS_OK;
}

/* ---- Folded characters ----------------------------------------------------- */

int ps_ftext_fold(ps_cjk *cjk, const char *s, size_t n, ps_ftext *t)
{
    t->n = 0;
    if (t->cap < n + 1) {
        size_t cap = n + 1;
        uint32_t *cp = realloc(t->cp, cap * sizeof *cp);
        if (!cp)
            return PS_ENOMEM;
        t->cp = cp;
        size_t *off = realloc(t->off, (cap + 1) * sizeof *off);
        if (!off)
            return PS_ENOMEM;
        t->off = off;
        t->cap = cap;
    }
    int prev_cjk = 0;
    for (size_t b = 0; b < n;) {
        uint32_t c;
        size_t len = ps_utf8_decode(s + b, n - b, &c);
        int cls;
        /* 工會(huì): as the tokenizer, skip the annotation */
        if ((c == '(' || c == 0xFF08) && prev_cjk) {
            size_t skip = ps_cjk_pinyin_at(s + b, n - b);
            if (skip) {
                b += skip;
                continue;
            }
        }
        uint32_t f = ps_cjk_fold_cp(cjk, c, &cls);
        prev_cjk = cls == PS_CP_CJK;
        t->cp[t->n] = cls == PS_CP_CJK ? f : 0;
        t->off[t->n] = b;
        t->n++;
        b += len;
    }
    t->off[t->n] = n;
    return PS_OK;
}

int ps_ftext_fold_words(const ps_analyzer *a, const char *s, size_t n, ps_ftext *t)
{
    int rc = ps_ftext_fold(a->cjk, s, n, t);
    if (rc || !a->words)
        return rc;
    unsigned char *b = realloc(t->bound, t->n + 1);
    if (!b)
        return PS_ENOMEM;
    t->bound = b;
    return ps_words_bounds(a->words, t->cp, t->n, t->bound);
}

void ps_ftext_release(ps_ftext *t)
{
    free(t->cp);
    free(t->off);
    free(t->bound);
    memset(t, 0, sizeof *t);
}

size_t ps_ftext_at(const ps_ftext *t, size_t b)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->off[mid] < b)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- Statistics ------------------------------------------------------------- */

static double xlogx_over(double x, double e)
{
    return x > 0 && e > 0 ? x * log(x / e) : 0.0;
}

double ps_g2(double a, double n1, double b, double n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0.0;
    double e1 = n1 * (a + b) / (n1 + n2);
    double e2 = n2 * (a + b) / (n1 + n2);
    return 2.0 * (xlogx_over(a, e1) + xlogx_over(b, e2));
}

double ps_log_ratio(double a, double n1, double b, double n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0.0;
    double ra = (a > 0 ? a : 0.5) / n1;
    double rb = (b > 0 ? b : 0.5) / n2;
    return log2(ra / rb);
}
