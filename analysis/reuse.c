/*
 * Text reuse: which plans repeat passages of which (see ps_reuse.h).
 *
 * reuse ID: the plan's fingerprints (winnowed k-gram hashes of its reuse
 * text, computed again from the stored text, so a stub of remote shards
 * works too) that are neither unique nor common make one OR query, ranked
 * by Xapian's CoordWeight — the number of fingerprints a plan shares — and
 * restricted by the filters; the candidates are then aligned exactly on
 * the stored texts.
 *
 * reuse --all: every fingerprint term of the index held by 2 to `common`
 * plans of the selection makes a pair of each two of its plans; every
 * pair is aligned.  Fingerprints make candidates only: the passages and
 * their lengths come from the alignment, so a hash collision costs an
 * alignment, never a false passage.
 */
#include "analyze_int.h"
#include "ps_reuse.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* candidates aligned for reuse ID, best ranked first */
#define REUSE_MAX_CANDIDATES 2000
/* positions of one k-gram of the first text tried per k-gram of the second:
 * bounds the work on text repeating itself */
#define REUSE_CHAIN 32

void ps_reuse_request_init(ps_reuse_request *r)
{
    memset(r, 0, sizeof *r);
    r->min_chars = PS_REUSE_MIN_DEFAULT;
    r->texts = 1;
    r->shared = 2;
}

int ps_level_rank(const char *level)
{
    static const char *const levels[] = {"全国", "省", "市", "县", "乡镇", "基层"};
    for (int i = 0; level && i < 6; i++)
        if (strcmp(level, levels[i]) == 0)
            return i;
    return -1;
}

/* ---- hash sets and maps of 32/64-bit keys --------------------------------- */

typedef struct u64map {
    uint64_t *keys; /* key + 1; 0 = empty */
    unsigned *vals;
    size_t cap, count;
} u64map;

static uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return x;
}

static int u64map_grow(u64map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 1024;
    uint64_t *keys = calloc(cap, sizeof *keys);
    unsigned *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return PS_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t h = mix(m->keys[i]) & (cap - 1);
        while (keys[h])
            h = (h + 1) & (cap - 1);
        keys[h] = m->keys[i];
        vals[h] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return PS_OK;
}

/* The value slot of key (inserted as 0 when absent), or NULL out of memory. */
static unsigned *u64map_get(u64map *m, uint64_t key)
{
    if (2 * (m->count + 1) > m->cap && u64map_grow(m))
        return NULL;
    uint64_t k = key + 1;
    size_t h = mix(k) & (m->cap - 1);
    while (m->keys[h] && m->keys[h] != k)
        h = (h + 1) & (m->cap - 1);
    if (!m->keys[h]) {
        m->keys[h] = k;
        m->vals[h] = 0;
        m->count++;
    }
    return &m->vals[h];
}

static const unsigned *u64map_find(const u64map *m, uint64_t key)
{
    if (!m->cap)
        return NULL;
    uint64_t k = key + 1;
    size_t h = mix(k) & (m->cap - 1);
    while (m->keys[h] && m->keys[h] != k)
        h = (h + 1) & (m->cap - 1);
    return m->keys[h] ? &m->vals[h] : NULL;
}

static void u64map_release(u64map *m)
{
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* ---- alignment -------------------------------------------------------------- */

typedef struct match {
    size_t i, j, len; /* a->cp[i..i+len) == b->cp[j..j+len) */
} match;

typedef struct matches {
    match *v;
    size_t n, cap;
} matches;

static int matches_add(matches *m, size_t i, size_t j, size_t len)
{
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 16;
        match *v = realloc(m->v, cap * sizeof *v);
        if (!v)
            return PS_ENOMEM;
        m->v = v;
        m->cap = cap;
    }
    m->v[m->n++] = (match){i, j, len};
    return PS_OK;
}

static int cmp_len_desc(const void *x, const void *y)
{
    const match *a = x, *b = y;
    if (a->len != b->len)
        return a->len > b->len ? -1 : 1;
    if (a->i != b->i)
        return a->i < b->i ? -1 : 1;
    return a->j < b->j ? -1 : a->j > b->j;
}

static int cmp_pass_a(const void *x, const void *y)
{
    const ps_reuse_passage *a = x, *b = y;
    if (a->a_start != b->a_start)
        return a->a_start < b->a_start ? -1 : 1;
    return a->b_start < b->b_start ? -1 : a->b_start > b->b_start;
}

/*
 * Characters of a's match [i, i+len) away from common text: a common
 * fingerprint at p stands for boilerplate that may reach PS_REUSE_W - 1
 * characters beyond its k-gram on either side (winnowing keeps one
 * fingerprint per window, not every k-gram), so that stretch is common.
 */
static size_t own_chars(const ps_rtext *a, const uint32_t *ha, size_t i, size_t len,
                        ps_common_fn is_common, void *ctx, unsigned char *mark)
{
    if (!is_common)
        return len;
    memset(mark, 0, len);
    for (size_t p = i; p + PS_REUSE_K <= i + len; p++) {
        if (!is_common(ctx, ha[p]))
            continue;
        size_t lo = p >= i + PS_REUSE_W - 1 ? p - (PS_REUSE_W - 1) : i;
        size_t hi = p + PS_REUSE_K + PS_REUSE_W - 1;
        if (hi > i + len)
            hi = i + len;
        memset(mark + (lo - i), 1, hi - lo);
    }
    (void)a;
    size_t own = 0;
    for (size_t k = 0; k < len; k++)
        own += !mark[k];
    return own;
}

int ps_reuse_align(const ps_rtext *a, const ps_rtext *b, size_t min_chars,
                   ps_common_fn is_common, void *ctx, ps_reuse_passage **out, size_t *nout)
{
    *out = NULL;
    *nout = 0;
    if (min_chars < PS_REUSE_K)
        min_chars = PS_REUSE_K;
    if (a->n < min_chars || b->n < min_chars)
        return PS_OK;
    size_t na = a->n - PS_REUSE_K + 1, nb = b->n - PS_REUSE_K + 1;
    size_t cap = 1;
    while (cap < 2 * na)
        cap *= 2;
    uint32_t *ha = malloc(na * sizeof *ha);
    size_t *head = malloc(cap * sizeof *head); /* position + 1, 0 = empty */
    size_t *next = malloc(na * sizeof *next);
    uint32_t *hkey = malloc(cap * sizeof *hkey);
    matches found = {0}, active = {0};
    unsigned char *mark = malloc(a->n);
    ps_reuse_passage *pass = NULL;
    size_t npass = 0;
    int rc = ha && head && next && hkey && mark ? PS_OK : PS_ENOMEM;
    if (!rc) {
        memset(head, 0, cap * sizeof *head);
        /* chains hold positions in descending order; walked from the head
         * they give the first occurrences first */
        for (size_t i = na; i-- > 0;) {
            ha[i] = ps_reuse_hash(a->cp + i);
            size_t h = ha[i] & (cap - 1);
            while (head[h] && hkey[h] != ha[i])
                h = (h + 1) & (cap - 1);
            next[i] = head[h];
            hkey[h] = ha[i];
            head[h] = i + 1;
        }
    }
    for (size_t j = 0; !rc && j < nb; j++) {
        uint32_t hb = ps_reuse_hash(b->cp + j);
        size_t h = hb & (cap - 1);
        while (head[h] && hkey[h] != hb)
            h = (h + 1) & (cap - 1);
        if (!head[h])
            continue;
        /* matches still covering j, for skipping seeds inside them */
        size_t keep = 0;
        for (size_t k = 0; k < active.n; k++)
            if (active.v[k].j + active.v[k].len > j)
                active.v[keep++] = active.v[k];
        active.n = keep;
        unsigned tried = 0;
        for (size_t p = head[h]; p && tried < REUSE_CHAIN && !rc; p = next[p - 1], tried++) {
            size_t i = p - 1;
            int inside = 0;
            for (size_t k = 0; k < active.n && !inside; k++)
                inside = active.v[k].i + j == active.v[k].j + i && i >= active.v[k].i;
            if (inside || memcmp(a->cp + i, b->cp + j, PS_REUSE_K * sizeof *a->cp) != 0)
                continue;
            size_t i0 = i, j0 = j;
            while (i0 > 0 && j0 > 0 && a->cp[i0 - 1] == b->cp[j0 - 1])
                i0--, j0--;
            size_t len = i - i0 + PS_REUSE_K;
            while (i0 + len < a->n && j0 + len < b->n && a->cp[i0 + len] == b->cp[j0 + len])
                len++;
            rc = matches_add(&active, i0, j0, len);
            if (!rc && len >= min_chars &&
                own_chars(a, ha, i0, len, is_common, ctx, mark) >= PS_REUSE_OWN)
                rc = matches_add(&found, i0, j0, len);
        }
    }
    /* the longest first; a stretch of either text belongs to one passage */
    if (!rc && found.n) {
        qsort(found.v, found.n, sizeof *found.v, cmp_len_desc);
        pass = calloc(found.n, sizeof *pass);
        if (!pass)
            rc = PS_ENOMEM;
    }
    for (size_t k = 0; !rc && k < found.n; k++) {
        const match *m = &found.v[k];
        int clash = 0;
        for (size_t q = 0; q < npass && !clash; q++) {
            /* accepted passages hold indices in their a_/b_ fields for now */
            clash = (m->i < pass[q].a_end && pass[q].a_start < m->i + m->len) ||
                    (m->j < pass[q].b_end && pass[q].b_start < m->j + m->len);
        }
        if (clash)
            continue;
        pass[npass++] = (ps_reuse_passage){.a_start = m->i, .a_end = m->i + m->len,
                                           .b_start = m->j, .b_end = m->j + m->len,
                                           .chars = m->len};
    }
    /* reuse-text indices to characters of the stored texts */
    for (size_t q = 0; !rc && q < npass; q++) {
        ps_reuse_passage *p = &pass[q];
        p->a_start = a->at[p->a_start];
        p->a_end = a->at[p->a_end - 1] + 1;
        p->b_start = b->at[p->b_start];
        p->b_end = b->at[p->b_end - 1] + 1;
    }
    if (!rc && npass)
        qsort(pass, npass, sizeof *pass, cmp_pass_a);
    free(ha);
    free(head);
    free(next);
    free(hkey);
    free(mark);
    free(found.v);
    free(active.v);
    if (rc || !npass) {
        free(pass);
        return rc;
    }
    *out = pass;
    *nout = npass;
    return PS_OK;
}

/* ---- results ----------------------------------------------------------------- */

static void plan_free(ps_reuse_plan *p)
{
    if (!p)
        return;
    free(p->id);
    free(p->title);
    free(p->org);
    free(p->level);
    free(p->region);
    free(p->date);
    free(p);
}

static void pair_release(ps_reuse_pair *p)
{
    for (size_t i = 0; i < p->npassages; i++) {
        free(p->passages[i].a_text);
        free(p->passages[i].b_text);
    }
    free(p->passages);
}

void ps_reuse_free(ps_reuse *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->npairs; i++)
        pair_release(&r->pairs[i]);
    free(r->pairs);
    for (size_t i = 0; i < r->nplans; i++)
        plan_free(r->plans[i]);
    free(r->plans);
    free(r);
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

/* A plan's description, owned by r. */
static int add_plan(ps_reuse *r, const ps_docrec *rec, size_t chars, ps_reuse_plan **out)
{
    ps_reuse_plan *p = calloc(1, sizeof *p);
    ps_reuse_plan **v = p ? realloc(r->plans, (r->nplans + 1) * sizeof *v) : NULL;
    if (!v) {
        free(p);
        return PS_ENOMEM;
    }
    r->plans = v;
    r->plans[r->nplans++] = p;
    p->id = dup_or_null(rec->id);
    p->title = dup_or_null(rec->title);
    p->org = dup_or_null(rec->org);
    p->level = dup_or_null(rec->level);
    p->region = dup_or_null(rec->region);
    p->date = dup_or_null(rec->date);
    p->year = rec->year;
    p->chars = chars;
    if (!p->id || (rec->title && !p->title) || (rec->org && !p->org) ||
        (rec->level && !p->level) || (rec->region && !p->region) || (rec->date && !p->date))
        return PS_ENOMEM;
    *out = p;
    return PS_OK;
}

static int add_pair(ps_reuse *r, size_t *cap, ps_reuse_pair **out)
{
    if (r->npairs == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        ps_reuse_pair *v = realloc(r->pairs, c * sizeof *v);
        if (!v)
            return PS_ENOMEM;
        r->pairs = v;
        *cap = c;
    }
    *out = &r->pairs[r->npairs++];
    memset(*out, 0, sizeof **out);
    return PS_OK;
}

/* Which came first: by date when both have one, else by year. */
static int earlier_of(const ps_reuse_plan *a, const ps_reuse_plan *b)
{
    if (a->date && b->date && strlen(a->date) >= 10 && strlen(b->date) >= 10) {
        int c = strcmp(a->date, b->date);
        if (c)
            return c < 0 ? 0 : 1;
        return -1;
    }
    if (a->year && b->year && a->year != b->year)
        return a->year < b->year ? 0 : 1;
    return -1;
}

static int higher_of(const ps_reuse_plan *a, const ps_reuse_plan *b)
{
    int x = ps_level_rank(a->level), y = ps_level_rank(b->level);
    if (x < 0 || y < 0 || x == y)
        return -1;
    return x < y ? 0 : 1;
}

/* The byte offset of character c of s[0..n). */
static size_t byte_at(const char *s, size_t n, size_t c)
{
    size_t i = 0;
    for (size_t k = 0; k < c && i < n; k++) {
        uint32_t cp;
        size_t l = ps_utf8_decode(s + i, n - i, &cp);
        i += l ? l : 1;
    }
    return i;
}

static char *slice(const char *s, size_t n, size_t from, size_t to)
{
    size_t b0 = byte_at(s, n, from);
    size_t b1 = b0 + byte_at(s + b0, n - b0, to - from);
    return strndup(s + b0, b1 - b0);
}

/* 1 when needle[0..n) occurs in hay[0..m). */
static int cp_contains(const uint32_t *hay, size_t m, const uint32_t *needle, size_t n)
{
    for (size_t i = 0; n <= m && i + n <= m; i++)
        if (memcmp(hay + i, needle, n * sizeof *hay) == 0)
            return 1;
    return 0;
}

/*
 * Leave out passages lying within the title or the issuer's name of
 * either plan: two plans of one union share its name (新疆维吾尔自治区
 * 昌吉回族自治州木垒哈萨克自治县教科文卫体工会 is 30 characters) in
 * their headlines and signatures, which is not reuse.  Returns the new
 * count, or (size_t)-1 out of memory.
 */
static size_t drop_headers(ps_cjk *cjk, const ps_docrec *ra, const ps_docrec *rb,
                           ps_reuse_passage *pass, size_t npass)
{
    const char *heads[4] = {ra->title, ra->org, rb->title, rb->org};
    ps_rtext h[4], t = {0};
    memset(h, 0, sizeof h);
    size_t kept = 0;
    int rc = PS_OK;
    for (int k = 0; !rc && k < 4; k++)
        if (heads[k])
            rc = ps_rtext_fold(cjk, heads[k], strlen(heads[k]), &h[k]);
    for (size_t q = 0; !rc && q < npass; q++) {
        char *text = slice(ra->body, ra->body_len, pass[q].a_start, pass[q].a_end);
        rc = text ? ps_rtext_fold(cjk, text, strlen(text), &t) : PS_ENOMEM;
        free(text);
        int head = 0;
        for (int k = 0; !rc && k < 4 && !head; k++)
            head = h[k].n && cp_contains(h[k].cp, h[k].n, t.cp, t.n);
        if (!rc && !head)
            pass[kept++] = pass[q];
    }
    for (int k = 0; k < 4; k++)
        ps_rtext_release(&h[k]);
    ps_rtext_release(&t);
    return rc ? (size_t)-1 : kept;
}

/* Fill a pair from its passages (taken over). */
static int fill_pair(ps_reuse_pair *p, const ps_reuse_plan *a, const ps_reuse_plan *b,
                     ps_reuse_passage *pass, size_t npass, const ps_docrec *ra,
                     const ps_docrec *rb)
{
    p->a = a;
    p->b = b;
    p->passages = pass;
    p->npassages = npass;
    for (size_t i = 0; i < npass; i++) {
        p->shared_chars += pass[i].chars;
        if (pass[i].chars > p->longest)
            p->longest = pass[i].chars;
        if (ra && rb) {
            pass[i].a_text = slice(ra->body, ra->body_len, pass[i].a_start, pass[i].a_end);
            pass[i].b_text = slice(rb->body, rb->body_len, pass[i].b_start, pass[i].b_end);
            if (!pass[i].a_text || !pass[i].b_text)
                return PS_ENOMEM;
        }
    }
    p->a_share = a->chars ? 100.0 * (double)p->shared_chars / (double)a->chars : 0;
    p->b_share = b->chars ? 100.0 * (double)p->shared_chars / (double)b->chars : 0;
    p->earlier = earlier_of(a, b);
    p->higher = higher_of(a, b);
    return PS_OK;
}

static int cmp_pairs(const void *x, const void *y)
{
    const ps_reuse_pair *a = x, *b = y;
    if (a->shared_chars != b->shared_chars)
        return a->shared_chars > b->shared_chars ? -1 : 1;
    int c = strcmp(a->a->id, b->a->id);
    return c ? c : strcmp(a->b->id, b->b->id);
}

/* Fingerprints in more plans than this are common. */
static unsigned common_cap(unsigned docs, unsigned asked)
{
    if (asked)
        return asked;
    unsigned c = (docs + 99) / 100;
    return c < 5 ? 5 : c;
}

static int oom(ps_error *err)
{
    return ps_error_set(err, PS_ENOMEM, "cannot find text reuse: out of memory");
}

/* A document's stored record by docid (data malloc'd into *data). */
static int get_rec(ps_analyzer *a, unsigned docid, char **data, ps_docrec *rec,
                   ps_error *err)
{
    size_t len;
    int rc = psx_db_get_doc_data(a->db, docid, data, &len, err);
    if (rc == PS_DONE)
        return ps_error_set(err, PS_EINDEX, "document %u vanished during the run", docid);
    if (!rc && ps_docrec_decode(*data, len, rec))
        rc = ps_error_set(err, PS_EINDEX_CORRUPT,
                          "document %u has an unreadable record; rebuild the index", docid);
    return rc;
}

/* ---- reuse ID ---------------------------------------------------------------- */

typedef struct fp_list {
    uint32_t *h;
    size_t n, cap;
} fp_list;

static int collect_fp(void *ctx, uint32_t hash, size_t i)
{
    (void)i;
    fp_list *l = ctx;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 256;
        uint32_t *h = realloc(l->h, cap * sizeof *h);
        if (!h)
            return PS_ENOMEM;
        l->h = h;
        l->cap = cap;
    }
    l->h[l->n++] = hash;
    return PS_OK;
}

/* Document frequencies of fingerprints, looked up once each. */
typedef struct df_cache {
    psx_db *db;
    u64map df;    /* hash → df + 1 */
    unsigned cap; /* common above this */
    int rc;
    ps_error *err;
} df_cache;

static unsigned df_of(df_cache *c, uint32_t hash)
{
    unsigned *v = u64map_get(&c->df, hash);
    if (!v) {
        c->rc = PS_ENOMEM;
        return 0;
    }
    if (!*v) {
        char term[PS_REUSE_TERM_LEN + 1];
        ps_reuse_term(hash, term);
        unsigned f = 0;
        int rc = psx_db_termfreq(c->db, term, PS_REUSE_TERM_LEN, &f, c->err);
        if (rc && !c->rc)
            c->rc = rc;
        *v = f + 1;
    }
    return *v - 1;
}

static int cache_common(void *ctx, uint32_t hash)
{
    df_cache *c = ctx;
    return df_of(c, hash) > c->cap;
}

static int cmp_u32(const void *x, const void *y)
{
    uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
    return a < b ? -1 : a > b;
}

static int reuse_one(ps_analyzer *a, const ps_reuse_request *req, ps_reuse *r,
                     ps_error *err)
{
    int rc = PS_OK;
    ps_buf idterm = PS_BUF_INIT;
    ps_buf_puts(&rc, &idterm, PS_PREFIX_ID);
    ps_buf_puts(&rc, &idterm, req->id);
    if (rc)
        return oom(err);
    char *data = NULL, *fpv = NULL;
    size_t len = 0;
    unsigned self = 0;
    ps_docrec rec;
    rc = psx_db_get_data(a->db, idterm.data, &data, &len, err);
    if (!rc && ps_docrec_decode(data, len, &rec))
        rc = ps_error_set(err, PS_EINDEX_CORRUPT, "'%s' has an unreadable record; rebuild the index",
                          req->id);
    if (!rc)
        rc = psx_db_term_doc(a->db, idterm.data, &self, err);
    if (!rc)
        rc = psx_db_term_value(a->db, idterm.data, PS_SLOT_COLLAPSE, &fpv, err);
    ps_buf_release(&idterm);
    if (rc) {
        free(data);
        free(fpv);
        return rc;
    }
    uint64_t selffp = 0;
    int has_selffp = psd_parse(fpv, fpv ? strlen(fpv) : 0, &selffp);
    free(fpv);

    ps_rtext ta = {0}, tb = {0};
    fp_list fps = {0};
    df_cache dc = {a->db, {0}, r->common, PS_OK, err};
    psx_query **parts = NULL;
    size_t nparts = 0;
    psx_query *any = NULL, *sel = NULL, *q = NULL;
    psx_mset *m = NULL;
    psd_folder *folder = NULL;
    size_t *kept_pair = NULL; /* kept candidate → pair index + 1 */
    size_t pcap = 0;
    ps_reuse_plan *pa = NULL;
    if (ps_rtext_fold(a->cjk, rec.body, rec.body_len, &ta) || ps_winnow(&ta, collect_fp, &fps))
        rc = oom(err);
    if (!rc)
        rc = add_plan(r, &rec, ta.n, &pa) ? oom(err) : PS_OK;
    if (!rc)
        r->plan = pa;
    /* the plan's fingerprints held by another plan and not common */
    if (!rc && fps.n)
        qsort(fps.h, fps.n, sizeof *fps.h, cmp_u32);
    parts = rc ? NULL : calloc(fps.n ? fps.n : 1, sizeof *parts);
    if (!rc && !parts)
        rc = oom(err);
    for (size_t i = 0; !rc && i < fps.n; i++) {
        if (i && fps.h[i] == fps.h[i - 1])
            continue;
        unsigned df = df_of(&dc, fps.h[i]);
        rc = dc.rc;
        if (rc || df < 2 || df > r->common)
            continue;
        char term[PS_REUSE_TERM_LEN + 1];
        ps_reuse_term(fps.h[i], term);
        rc = psx_query_term(term, PS_REUSE_TERM_LEN, 0, &parts[nparts], err);
        if (!rc)
            nparts++;
    }
    if (!rc && nparts) {
        rc = psx_query_combine(PSX_OP_OR, parts, nparts, 0, &any, err);
        if (!rc)
            rc = ps_selection_query(a, NULL, &req->filter, &sel, err);
        psx_query *both[2] = {any, sel};
        if (!rc)
            rc = psx_query_combine(PSX_OP_FILTER, both, 2, 0, &q, err);
        psx_search_opts o;
        psx_search_opts_init(&o);
        o.limit = REUSE_MAX_CANDIDATES + 1;
        o.weighting = PSX_WEIGHT_COORD;
        o.tie_slot = PS_SLOT_RANK;
        o.value_slot = PS_SLOT_COLLAPSE;
        o.skip_data = 1;
        if (!rc)
            rc = psx_db_search(a->db, q, &o, &m, err);
        if (!rc && psd_folder_new(&folder))
            rc = oom(err);
    }
    size_t nhits = m ? psx_mset_size(m) : 0;
    kept_pair = rc ? NULL : calloc(nhits ? nhits : 1, sizeof *kept_pair);
    if (!rc && !kept_pair)
        rc = oom(err);
    size_t nkept = 0;
    for (size_t i = 0; !rc && i < nhits; i++) {
        psx_hit h;
        rc = psx_mset_hit(m, i, &h, err);
        if (rc || h.docid == self)
            continue;
        uint64_t fp;
        int has_fp = psd_parse(h.value, h.value_len, &fp);
        if (has_fp && has_selffp && psd_near(fp, selffp)) {
            r->near_dups++;
            continue;
        }
        if (has_fp) {
            long k = psd_folder_find(folder, fp);
            if (k >= 0) {
                if (kept_pair[k])
                    r->pairs[kept_pair[k] - 1].copies++;
                continue;
            }
        }
        size_t slot = nkept;
        if (has_fp) {
            if (psd_folder_keep(folder, fp)) {
                rc = oom(err);
                break;
            }
            nkept++;
        }
        r->candidates++;
        char *bdata = NULL;
        ps_docrec rb;
        ps_reuse_passage *pass = NULL;
        size_t npass = 0;
        rc = get_rec(a, h.docid, &bdata, &rb, err);
        if (!rc && ps_rtext_fold(a->cjk, rb.body, rb.body_len, &tb))
            rc = oom(err);
        if (!rc && ps_reuse_align(&ta, &tb, req->min_chars, cache_common, &dc, &pass, &npass))
            rc = oom(err);
        if (!rc && dc.rc)
            rc = dc.rc == PS_ENOMEM ? oom(err) : dc.rc;
        if (!rc && npass && (npass = drop_headers(a->cjk, &rec, &rb, pass, npass)) == (size_t)-1) {
            npass = 0;
            rc = oom(err);
        }
        if (!rc && npass) {
            ps_reuse_plan *pb = NULL;
            ps_reuse_pair *pair = NULL;
            rc = add_plan(r, &rb, tb.n, &pb);
            if (!rc)
                rc = add_pair(r, &pcap, &pair);
            if (!rc) {
                rc = fill_pair(pair, pa, pb, pass, npass, req->texts ? &rec : NULL,
                               req->texts ? &rb : NULL);
                pass = NULL;
            }
            if (rc)
                rc = oom(err);
            else if (has_fp)
                kept_pair[slot] = r->npairs;
        }
        if (pass) {
            for (size_t k = 0; k < npass; k++) {
                free(pass[k].a_text);
                free(pass[k].b_text);
            }
            free(pass);
        }
        free(bdata);
    }
    if (!rc && r->npairs) {
        qsort(r->pairs, r->npairs, sizeof *r->pairs, cmp_pairs);
        if (req->limit && r->npairs > req->limit) {
            for (size_t i = req->limit; i < r->npairs; i++)
                pair_release(&r->pairs[i]);
            r->npairs = req->limit;
        }
    }
    free(kept_pair);
    psd_folder_free(folder);
    psx_mset_free(m);
    psx_query_free(q);
    psx_query_free(sel);
    psx_query_free(any);
    for (size_t i = 0; i < nparts; i++)
        psx_query_free(parts[i]);
    free(parts);
    free(fps.h);
    u64map_release(&dc.df);
    ps_rtext_release(&ta);
    ps_rtext_release(&tb);
    free(data);
    return rc;
}

/* ---- reuse --all ------------------------------------------------------------- */

typedef struct sel_doc {
    unsigned docid;
    ps_reuse_plan *plan; /* made when the document is in a pair */
} sel_doc;

typedef struct all_ctx {
    ps_analyzer *a;
    ps_reuse *r;
    u64map index;   /* docid → position in docs + 1 */
    sel_doc *docs;
    size_t ndocs, cap;
    u64map common;  /* common fingerprints */
    u64map pairs;   /* (x << 32 | y), x < y positions → shared fingerprints */
    unsigned *post; /* scratch: positions of one posting list */
    size_t npost, postcap;
    int rc;
    ps_error *err;
} all_ctx;

static int collect_doc(void *vctx, unsigned docid, const ps_docrec *rec)
{
    (void)rec;
    all_ctx *c = vctx;
    if (c->ndocs == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 1024;
        sel_doc *v = realloc(c->docs, cap * sizeof *v);
        if (!v)
            return oom(c->err);
        c->docs = v;
        c->cap = cap;
    }
    unsigned *slot = u64map_get(&c->index, docid);
    if (!slot)
        return oom(c->err);
    c->docs[c->ndocs] = (sel_doc){docid, NULL};
    *slot = (unsigned)++c->ndocs;
    return PS_OK;
}

static int collect_posting(void *vctx, unsigned docid)
{
    all_ctx *c = vctx;
    const unsigned *pos = u64map_find(&c->index, docid);
    if (!pos)
        return PS_OK;
    if (c->npost == c->postcap) {
        size_t cap = c->postcap ? c->postcap * 2 : 64;
        unsigned *v = realloc(c->post, cap * sizeof *v);
        if (!v)
            return PS_ENOMEM;
        c->post = v;
        c->postcap = cap;
    }
    c->post[c->npost++] = *pos - 1;
    return PS_OK;
}

static int pair_term(void *vctx, const char *term, size_t len, unsigned freq)
{
    all_ctx *c = vctx;
    if (len != PS_REUSE_TERM_LEN || freq < 2)
        return PS_OK;
    uint32_t hash = (uint32_t)strtoul(term + strlen(PS_PREFIX_REUSE), NULL, 16);
    if (freq > c->r->common) {
        if (!u64map_get(&c->common, hash))
            return oom(c->err);
        return PS_OK;
    }
    c->npost = 0;
    int rc = psx_db_postings(c->a->db, term, len, collect_posting, c, c->err);
    if (rc)
        return rc == PS_ENOMEM ? oom(c->err) : rc;
    for (size_t x = 0; x < c->npost; x++)
        for (size_t y = x + 1; y < c->npost; y++) {
            unsigned lo = c->post[x] < c->post[y] ? c->post[x] : c->post[y];
            unsigned hi = c->post[x] ^ c->post[y] ^ lo;
            unsigned *n = u64map_get(&c->pairs, (uint64_t)lo << 32 | hi);
            if (!n)
                return oom(c->err);
            ++*n;
        }
    return PS_OK;
}

static int set_common(void *ctx, uint32_t hash)
{
    return u64map_find(ctx, hash) != NULL;
}

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* Aligning the pairs of reuse --all: the two cores of a small machine. */
#define REUSE_THREADS 2

typedef struct found_pair {
    unsigned x, y;           /* positions in the selection */
    size_t a_chars, b_chars; /* their reuse text lengths */
    ps_reuse_passage *pass;  /* texts filled when asked for */
    size_t npass;
} found_pair;

typedef struct worker {
    ps_analyzer *a;
    const sel_doc *docs;
    const uint64_t *keys;
    size_t nkeys, part, parts;
    size_t min_chars;
    const u64map *common;
    int texts;
    pthread_t thread;
    int started;
    found_pair *out;
    size_t nout, cap;
    int rc;
    ps_error err;
} worker;

static int set_common(void *ctx, uint32_t hash);

/*
 * Align the pairs whose first plan falls to this part (first plans dealt
 * round-robin), on a handle of the worker's own: part 0 uses the
 * analyzer's.  Only reads shared state.
 */
static void *align_part(void *vw)
{
    worker *w = vw;
    psx_db *db = w->a->db;
    int rc = PS_OK;
    if (w->part)
        rc = psx_db_open(psx_db_path(w->a->db), PSX_OPEN_READ, &db, &w->err);
    ps_rtext ta = {0}, tb = {0};
    char *adata = NULL;
    ps_docrec ra;
    unsigned cur = (unsigned)-1;
    size_t group = 0;
    ps_analyzer own = *w->a;
    own.db = db;
    for (size_t k = 0; !rc && k < w->nkeys; k++) {
        unsigned x = (unsigned)(w->keys[k] >> 32), y = (unsigned)w->keys[k];
        if (x != cur) {
            if (cur != (unsigned)-1)
                group++;
            cur = x;
            free(adata);
            adata = NULL;
            if (group % w->parts != w->part)
                continue;
            rc = get_rec(&own, w->docs[x].docid, &adata, &ra, &w->err);
            if (!rc && ps_rtext_fold(w->a->cjk, ra.body, ra.body_len, &ta))
                rc = oom(&w->err);
        }
        if (group % w->parts != w->part)
            continue;
        char *bdata = NULL;
        ps_docrec rb;
        ps_reuse_passage *pass = NULL;
        size_t npass = 0;
        rc = get_rec(&own, w->docs[y].docid, &bdata, &rb, &w->err);
        if (!rc && ps_rtext_fold(w->a->cjk, rb.body, rb.body_len, &tb))
            rc = oom(&w->err);
        if (!rc && ps_reuse_align(&ta, &tb, w->min_chars, set_common, (void *)w->common,
                                  &pass, &npass))
            rc = oom(&w->err);
        if (!rc && npass && (npass = drop_headers(w->a->cjk, &ra, &rb, pass, npass)) == (size_t)-1) {
            npass = 0;
            rc = oom(&w->err);
        }
        for (size_t q = 0; !rc && w->texts && q < npass; q++) {
            pass[q].a_text = slice(ra.body, ra.body_len, pass[q].a_start, pass[q].a_end);
            pass[q].b_text = slice(rb.body, rb.body_len, pass[q].b_start, pass[q].b_end);
            if (!pass[q].a_text || !pass[q].b_text)
                rc = oom(&w->err);
        }
        if (!rc && npass && w->nout == w->cap) {
            size_t cap = w->cap ? w->cap * 2 : 64;
            found_pair *v = realloc(w->out, cap * sizeof *v);
            if (!v)
                rc = oom(&w->err);
            else
                w->out = v, w->cap = cap;
        }
        if (!rc && npass) {
            w->out[w->nout++] = (found_pair){x, y, ta.n, tb.n, pass, npass};
            pass = NULL;
        }
        if (pass) {
            for (size_t q = 0; q < npass; q++) {
                free(pass[q].a_text);
                free(pass[q].b_text);
            }
            free(pass);
        }
        free(bdata);
    }
    free(adata);
    ps_rtext_release(&ta);
    ps_rtext_release(&tb);
    if (w->part)
        psx_db_close(db);
    w->rc = rc;
    return NULL;
}

static int reuse_all(ps_analyzer *a, const ps_reuse_request *req, ps_reuse *r,
                     ps_error *err)
{
    all_ctx c = {.a = a, .r = r, .err = err};
    /* the selection, one plan per group of near-duplicates */
    int rc = ps_scan(a, NULL, &req->filter, 0, collect_doc, &c, err);
    r->selected = (unsigned)c.ndocs;
    if (!rc)
        rc = psx_db_terms(a->db, PS_PREFIX_REUSE, pair_term, &c, err);
    /* the pairs in order, so that each first plan is read and folded once */
    uint64_t *keys = NULL;
    size_t nkeys = 0;
    if (!rc && c.pairs.count) {
        keys = malloc(c.pairs.count * sizeof *keys);
        if (!keys)
            rc = oom(err);
        /* a pair sharing one fingerprint is mostly two stock phrases
         * meeting by chance: at 10 MB, 2 instead of 1 aligns 13 times fewer
         * pairs and loses 3 of 189 */
        unsigned need = req->shared ? req->shared : 1;
        for (size_t i = 0; keys && i < c.pairs.cap; i++)
            if (c.pairs.keys[i] && c.pairs.vals[i] >= need)
                keys[nkeys++] = c.pairs.keys[i] - 1;
        if (keys)
            qsort(keys, nkeys, sizeof *keys, cmp_u64);
    }
    u64map_release(&c.pairs);
    r->candidates = (unsigned)nkeys;
    /* align on REUSE_THREADS threads, each with its own index handle */
    worker w[REUSE_THREADS];
    memset(w, 0, sizeof w);
    size_t nthreads = nkeys < 2 ? 1 : REUSE_THREADS;
    for (size_t t = 0; !rc && t < nthreads; t++) {
        w[t] = (worker){.a = a, .docs = c.docs, .keys = keys, .nkeys = nkeys, .part = t,
                        .parts = nthreads, .min_chars = req->min_chars, .common = &c.common,
                        .texts = req->texts};
        ps_error_clear(&w[t].err);
        if (t == 0)
            continue;
        if (pthread_create(&w[t].thread, NULL, align_part, &w[t]) != 0) {
            w[t].rc = ps_error_set(&w[t].err, PS_EINTERNAL, "cannot start a thread");
            w[t].started = 0;
        } else {
            w[t].started = 1;
        }
    }
    if (!rc)
        align_part(&w[0]);
    for (size_t t = 1; t < nthreads; t++)
        if (w[t].started)
            pthread_join(w[t].thread, NULL);
    for (size_t t = 0; !rc && t < nthreads; t++)
        if (w[t].rc) {
            *err = w[t].err;
            rc = w[t].rc;
        }
    /* the pairs found, with the plans' descriptions */
    size_t pcap = 0;
    for (size_t t = 0; t < nthreads; t++) {
        for (size_t i = 0; i < w[t].nout; i++) {
            found_pair *f = &w[t].out[i];
            ps_reuse_plan *pl[2] = {c.docs[f->x].plan, c.docs[f->y].plan};
            unsigned side[2] = {f->x, f->y};
            size_t ch[2] = {f->a_chars, f->b_chars};
            for (int k = 0; !rc && k < 2; k++) {
                if (pl[k])
                    continue;
                char *data = NULL;
                ps_docrec rec;
                rc = get_rec(a, c.docs[side[k]].docid, &data, &rec, err);
                if (!rc && add_plan(r, &rec, ch[k], &c.docs[side[k]].plan))
                    rc = oom(err);
                pl[k] = c.docs[side[k]].plan;
                free(data);
            }
            ps_reuse_pair *pair = NULL;
            if (!rc && add_pair(r, &pcap, &pair))
                rc = oom(err);
            if (!rc) {
                fill_pair(pair, pl[0], pl[1], f->pass, f->npass, NULL, NULL);
                f->pass = NULL;
            }
            if (f->pass) {
                for (size_t k = 0; k < f->npass; k++) {
                    free(f->pass[k].a_text);
                    free(f->pass[k].b_text);
                }
                free(f->pass);
            }
        }
        free(w[t].out);
    }
    if (!rc && r->npairs)
        qsort(r->pairs, r->npairs, sizeof *r->pairs, cmp_pairs);
    free(keys);
    u64map_release(&c.index);
    u64map_release(&c.common);
    free(c.docs);
    free(c.post);
    return rc;
}

int ps_reuse_run(ps_analyzer *a, const ps_reuse_request *req, ps_reuse **out,
                 ps_error *err)
{
    *out = NULL;
    ps_reuse *r = calloc(1, sizeof *r);
    if (!r)
        return oom(err);
    r->min_chars = req->min_chars < PS_REUSE_K ? PS_REUSE_K : req->min_chars;
    int rc = psx_db_doccount(a->db, &r->docs, err);
    char *format = NULL;
    if (!rc)
        rc = psx_db_get_metadata(a->db, PS_META_FORMAT, &format, err);
    /* an index of another format may lack the fingerprints */
    if (!rc && r->docs && strcmp(format, PS_INDEX_FORMAT) != 0)
        rc = ps_error_set(err, PS_EINDEX,
                          "the index was built by another version of plansearch (format "
                          "'%s', not %s) and has no reuse fingerprints; 'plansearch index' "
                          "rebuilds it",
                          format, PS_INDEX_FORMAT);
    free(format);
    r->common = common_cap(r->docs, req->common);
    if (!rc) {
        ps_reuse_request q = *req;
        q.min_chars = r->min_chars;
        rc = req->id ? reuse_one(a, &q, r, err) : reuse_all(a, &q, r, err);
    }
    if (rc) {
        ps_reuse_free(r);
        return rc;
    }
    *out = r;
    return PS_OK;
}
