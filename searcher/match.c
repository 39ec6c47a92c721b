/*
 * Exact matching on stored text: where a phrase occurs (by re-tokenizing the
 * text with cjk/, the same tokens the index holds), the sentences and
 * outline items of a plan, and the exact evaluation of a query on one
 * document, which decides the scopes (NEAR/n, SENTENCE, ITEM) that Xapian
 * cannot: its NEAR takes single terms, not phrases, and knows nothing of
 * sentences or items.
 */
#include "search_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- Tokenized text ------------------------------------------------------- */

typedef struct dtok {
    uint64_t hash;
    uint32_t pos;
    size_t start, end;
} dtok;

struct psm_text {
    const char *text;
    size_t n;
    dtok *toks;
    size_t count, cap;
    size_t *first;   /* first[pos]: index of the first token at slot pos */
    uint32_t maxpos;
    const psq_phrase_list *only; /* keep only these phrases' terms; NULL: all */
};

static int wanted(const psq_phrase_list *only, uint64_t hash)
{
    for (size_t i = 0; i < only->count; i++)
        for (size_t k = 0; k < only->items[i].n; k++)
            if (only->items[i].terms[k] == hash)
                return 1;
    return 0;
}

static int collect_dtok(void *vctx, const ps_token *tok)
{
    psm_text *t = vctx;
    uint64_t hash = psq_hash(tok->term, tok->len);
    if (t->only && !wanted(t->only, hash))
        return PS_OK;
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        dtok *items = realloc(t->toks, cap * sizeof *items);
        if (!items)
            return PS_ENOMEM;
        t->toks = items;
        t->cap = cap;
    }
    dtok *d = &t->toks[t->count++];
    d->hash = hash;
    d->pos = tok->pos;
    d->start = tok->start;
    d->end = tok->end;
    return PS_OK;
}

static int dtok_before(const dtok *x, const dtok *y)
{
    return x->pos != y->pos ? x->pos < y->pos : x->start < y->start;
}

/*
 * Order tokens by slot.  The tokenizer's output is already nearly in order
 * (a slot's bigram can come just after the next slot's unigram), so an
 * insertion sort does a few moves per token where qsort spent most of a
 * query's time (callgrind, bench/RESULTS.md).
 */
static void sort_dtoks(dtok *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        dtok x = a[i];
        size_t j = i;
        while (j > 0 && dtok_before(&x, &a[j - 1])) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = x;
    }
}

int psm_text_new(ps_cjk *cjk, const char *text, size_t n, psm_text **out)
{
    return psm_text_new_for(cjk, text, n, NULL, out);
}

int psm_text_new_for(ps_cjk *cjk, const char *text, size_t n,
                     const psq_phrase_list *only, psm_text **out)
{
    *out = NULL;
    psm_text *t = calloc(1, sizeof *t);
    if (!t)
        return PS_ENOMEM;
    t->text = text;
    t->n = n;
    t->only = only;
    int rc = n ? ps_cjk_tokenize(cjk, PS_TOK_INDEX, text, n, 1, collect_dtok, t, NULL)
               : PS_OK;
    if (!rc && t->count) {
        sort_dtoks(t->toks, t->count);
        t->maxpos = t->toks[t->count - 1].pos;
        t->first = malloc(((size_t)t->maxpos + 2) * sizeof *t->first);
        if (!t->first)
            rc = PS_ENOMEM;
        for (size_t p = 0; !rc && p <= (size_t)t->maxpos + 1; p++)
            t->first[p] = t->count;
        for (size_t i = t->count; !rc && i-- > 0;)
            t->first[t->toks[i].pos] = i;
    }
    if (rc) {
        psm_text_free(t);
        return rc < 0 ? rc : PS_EINTERNAL;
    }
    *out = t;
    return PS_OK;
}

void psm_text_free(psm_text *t)
{
    if (!t)
        return;
    free(t->toks);
    free(t->first);
    free(t);
}

void psm_span_list_release(psm_span_list *l)
{
    free(l->items);
    memset(l, 0, sizeof *l);
}

static int span_add(psm_span_list *l, const psm_span *s)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        psm_span *items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return PS_ENOMEM;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count++] = *s;
    return PS_OK;
}

/* The token with this hash at slot pos, or NULL. */
static const dtok *tok_at(const psm_text *t, uint32_t pos, uint64_t hash)
{
    if (pos > t->maxpos)
        return NULL;
    for (size_t i = t->first[pos]; i < t->count && t->toks[i].pos == pos; i++)
        if (t->toks[i].hash == hash)
            return &t->toks[i];
    return NULL;
}

int psm_find(const psm_text *t, const psq_phrase *ph, size_t tag, psm_span_list *out)
{
    if (!t->count || !ph->n)
        return PS_OK;
    /* character offsets by walking the text once, alongside the tokens */
    size_t cbyte = 0, cchars = 0;
    for (size_t i = 0; i < t->count; i++) {
        const dtok *t0 = &t->toks[i];
        if (t0->hash != ph->terms[0])
            continue;
        const dtok *last = t0;
        for (size_t k = 1; last && k < ph->n; k++)
            last = tok_at(t, t0->pos + (uint32_t)k, ph->terms[k]);
        if (!last)
            continue;
        psm_span s = {t0->start, last->end, 0, 0, tag};
        cchars += ps_utf8_length(t->text + cbyte, s.start - cbyte);
        cbyte = s.start;
        s.cstart = cchars;
        s.cend = cchars + ps_utf8_length(t->text + s.start, s.end - s.start);
        if (span_add(out, &s))
            return PS_ENOMEM;
    }
    return PS_OK;
}

/* ---- Sentences and outline items ------------------------------------------ */

static int is_cjk_numeral(uint32_t cp)
{
    static const uint32_t nums[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                    0x4E03, 0x516B, 0x4E5D, 0x5341, 0x3007, 0x96F6};
    /* 一二三四五六七八九十〇零 */
    for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++)
        if (cp == nums[i])
            return 1;
    return 0;
}

static int is_digit_cp(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

static int is_space_cp(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x3000 || cp == 0xA0;
}

static int ends_sentence(uint32_t cp)
{
    /* not ASCII '?': scraped pages put it where quotes were lost */
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B || cp == '!' ||
           cp == ';' || cp == '\n';
}

/* Decode up to max code points from s[at..n) into cps; returns how many. */
static size_t peek(const char *s, size_t n, size_t at, uint32_t *cps, size_t max)
{
    size_t k = 0;
    while (k < max && at < n) {
        at += ps_utf8_decode(s + at, n - at, &cps[k]);
        k++;
    }
    return k;
}

/*
 * Is there an outline heading at byte `at`?  `line_start`: at the start of a
 * line or sentence, where numbered headings are expected; 一是 二是 …
 * count after any punctuation too, since plans run them on inside a
 * paragraph.
 */
static int heading_at(const char *s, size_t n, size_t at, int line_start, int after_punct)
{
    uint32_t c[6];
    size_t k = peek(s, n, at, c, 6);
    if (k < 2)
        return 0;
    size_t i = 0;
    if (line_start || after_punct) {
        /* 一是 … 十是 (one numeral: 二十是 is not how plans count) */
        if (is_cjk_numeral(c[0]) && c[0] != 0x3007 && c[0] != 0x96F6 && c[1] == 0x662F)
            return 1;
    }
    if (!line_start)
        return 0;
    if (c[0] >= 0x2460 && c[0] <= 0x2473) /* ①..⑳ */
        return 1;
    int paren = c[0] == 0xFF08 || c[0] == '(';
    if (paren)
        i = 1;
    size_t j = i;
    int cjk = 0, dig = 0;
    while (j < k && is_cjk_numeral(c[j]))
        j++, cjk = 1;
    if (!cjk)
        while (j < k && j - i < 3 && is_digit_cp(c[j]))
            j++, dig = 1;
    if ((!cjk && !dig) || j >= k)
        return 0;
    uint32_t after = c[j];
    if (paren)
        return after == 0xFF09 || after == ')';
    if (after == 0x3001) /* 、 */
        return 1;
    if (dig && (after == '.' || after == 0xFF0E))
        /* "1." but not "1.5" */
        return j + 1 >= k || !is_digit_cp(c[j + 1]);
    return 0;
}

typedef struct offsets {
    size_t *v;
    size_t count, cap;
} offsets;

static int offsets_push(offsets *o, size_t b)
{
    if (o->count && o->v[o->count - 1] == b)
        return PS_OK;
    if (o->count == o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 16;
        size_t *v = realloc(o->v, cap * sizeof *v);
        if (!v)
            return PS_ENOMEM;
        o->v = v;
        o->cap = cap;
    }
    o->v[o->count++] = b;
    return PS_OK;
}

int psm_units(const char *text, size_t n, int unit, size_t **starts, size_t *count)
{
    offsets o = {0};
    int rc = offsets_push(&o, 0);
    int line_start = 1, after_punct = 1;
    for (size_t b = 0; !rc && b < n;) {
        uint32_t cp;
        size_t len = ps_utf8_decode(text + b, n - b, &cp);
        if (unit == PSM_SENTENCE) {
            b += len;
            if (ends_sentence(cp) && b < n)
                rc = offsets_push(&o, b);
            continue;
        }
        if (is_space_cp(cp)) { /* indentation before a heading */
            b += len;
            continue;
        }
        if (heading_at(text, n, b, line_start, after_punct)) {
            rc = offsets_push(&o, b);
            line_start = after_punct = 0;
            b += len;
            continue;
        }
        line_start = ends_sentence(cp);
        after_punct = line_start || cp == 0xFF0C || cp == ',' || cp == 0xFF1A ||
                      cp == ':' || cp == 0x3001;
        b += len;
    }
    if (rc) {
        free(o.v);
        return rc;
    }
    *starts = o.v;
    *count = o.count;
    return PS_OK;
}

/* Index of the unit holding byte b. */
static size_t unit_of(const size_t *starts, size_t count, size_t b)
{
    size_t lo = 0, hi = count; /* starts[lo] <= b < starts[hi] */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (starts[mid] <= b)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* ---- Evaluating a query on one document ----------------------------------- */

typedef struct eval_ctx {
    const ps_query *q;
    const psm_doc_text *d;
    psm_text *fields[3];         /* body, title, org: tokenized on demand */
    psm_span_list *occ;          /* per phrase slot */
    unsigned char *found;        /* per phrase slot: occurrences computed */
    size_t *units[2];            /* sentence and item starts of the body */
    size_t nunits[2];
    ps_explain *ex;
    size_t nex, capex;
    int explain;
} eval_ctx;

static int field_text(eval_ctx *c, int field, psm_text **out)
{
    if (!c->fields[field]) {
        const char *s = field == PSQ_BODY ? c->d->body : field == PSQ_TITLE ? c->d->title
                                                                          : c->d->org;
        size_t n = field == PSQ_BODY ? c->d->body_len : s ? strlen(s) : 0;
        int rc = psm_text_new(c->q->cjk, s ? s : "", s ? n : 0, &c->fields[field]);
        if (rc)
            return rc;
    }
    *out = c->fields[field];
    return PS_OK;
}

static int occurrences(eval_ctx *c, const psq_node *x, const psm_span_list **out)
{
    if (!c->found[x->slot]) {
        psm_text *t;
        int rc = field_text(c, x->field, &t);
        if (!rc)
            rc = psm_find(t, &x->terms, x->slot, &c->occ[x->slot]);
        if (rc)
            return rc;
        c->found[x->slot] = 1;
    }
    *out = &c->occ[x->slot];
    return PS_OK;
}

static int body_units(eval_ctx *c, int unit)
{
    if (c->units[unit])
        return PS_OK;
    return psm_units(c->d->body, c->d->body_len, unit, &c->units[unit], &c->nunits[unit]);
}

/* Record an explanation entry: what, where, how often, first positions. */
static int explain_add(eval_ctx *c, char *part, const char *field, unsigned count,
                       const size_t *pos, size_t npos)
{
    if (!part)
        return PS_ENOMEM;
    if (c->nex == c->capex) {
        size_t cap = c->capex ? c->capex * 2 : 8;
        ps_explain *e = realloc(c->ex, cap * sizeof *e);
        if (!e) {
            free(part);
            return PS_ENOMEM;
        }
        c->ex = e;
        c->capex = cap;
    }
    ps_explain *e = &c->ex[c->nex++];
    memset(e, 0, sizeof *e);
    e->part = part;
    e->field = field;
    e->count = count;
    for (size_t i = 0; i < npos && i < PS_EXPLAIN_POSITIONS; i++)
        e->first[e->nfirst++] = pos[i];
    return PS_OK;
}

static const char *const field_names[] = {"body", "title", "org"};
static char *phrase_label(const psq_node *x);

static int explain_phrase(eval_ctx *c, const psq_node *x, const psm_span_list *occ)
{
    size_t pos[PS_EXPLAIN_POSITIONS], npos = 0;
    for (size_t i = 0; i < occ->count && npos < PS_EXPLAIN_POSITIONS; i++)
        pos[npos++] = occ->items[i].cstart;
    return explain_add(c, phrase_label(x), field_names[x->field], (unsigned)occ->count,
                       pos, npos);
}

/* With --explain, a scope that holds lists its phrases after itself. */
static int explain_kids(eval_ctx *c, const psq_node *x)
{
    int rc = PS_OK;
    for (size_t i = 0; !rc && i < x->nkids; i++) {
        const psm_span_list *occ;
        rc = occurrences(c, x->kids[i], &occ);
        if (!rc)
            rc = explain_phrase(c, x->kids[i], occ);
    }
    return rc;
}

static char *phrase_label(const psq_node *x)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    if (x->field != PSQ_BODY)
        ps_buf_printf(&rc, &b, "%s:", field_names[x->field]);
    ps_buf_puts(&rc, &b, x->text);
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
}

static char *scope_label(const psq_node *x)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    for (size_t i = 0; i < x->nkids; i++) {
        if (i) {
            if (x->kind == PSQ_NEAR)
                ps_buf_printf(&rc, &b, " NEAR/%u ", x->window);
            else
                ps_buf_puts(&rc, &b, x->kind == PSQ_SENTENCE ? " SENTENCE " : " ITEM ");
        }
        ps_buf_puts(&rc, &b, x->kids[i]->text);
    }
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
}

/* NEAR/n of two phrases: pairs of matches with at most n characters between. */
static int eval_near(eval_ctx *c, const psq_node *x, int *ok)
{
    const psm_span_list *a, *b;
    int rc = occurrences(c, x->kids[0], &a);
    if (!rc)
        rc = occurrences(c, x->kids[1], &b);
    if (rc)
        return rc;
    unsigned pairs = 0;
    size_t pos[PS_EXPLAIN_POSITIONS], npos = 0;
    /* b is in text order, so the inner loop stops at the first match too far on */
    for (size_t i = 0; i < a->count; i++) {
        const psm_span *p = &a->items[i];
        for (size_t j = 0; j < b->count && b->items[j].cstart <= p->cend + x->window; j++) {
            if (b->items[j].cend + x->window < p->cstart)
                continue;
            pairs++;
            if (npos < PS_EXPLAIN_POSITIONS)
                pos[npos++] = p->cstart < b->items[j].cstart ? p->cstart : b->items[j].cstart;
            if (!c->explain)
                break;
        }
        if (pairs && !c->explain)
            break;
    }
    *ok = pairs > 0;
    if (*ok && c->explain)
        rc = explain_add(c, scope_label(x), "body", pairs, pos, npos);
    if (!rc && *ok && c->explain)
        rc = explain_kids(c, x);
    return rc;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* SENTENCE / ITEM: units that hold a whole match of every kid. */
static int eval_unit(eval_ctx *c, const psq_node *x, int *ok)
{
    int unit = x->kind == PSQ_SENTENCE ? PSM_SENTENCE : PSM_ITEM;
    int rc = body_units(c, unit);
    if (rc)
        return rc;
    const size_t *st = c->units[unit];
    size_t nu = c->nunits[unit];
    /* units[k] = units holding kid k (sorted, unique), intersected as we go */
    size_t *have = NULL, nhave = 0;
    for (size_t k = 0; !rc && k < x->nkids; k++) {
        const psm_span_list *occ;
        rc = occurrences(c, x->kids[k], &occ);
        if (rc)
            break;
        size_t *mine = malloc((occ->count ? occ->count : 1) * sizeof *mine);
        if (!mine) {
            rc = PS_ENOMEM;
            break;
        }
        size_t nm = 0;
        for (size_t i = 0; i < occ->count; i++) {
            size_t u = unit_of(st, nu, occ->items[i].start);
            if (u == unit_of(st, nu, occ->items[i].end - 1))
                mine[nm++] = u; /* a match across a boundary is in neither */
        }
        qsort(mine, nm, sizeof *mine, cmp_size);
        if (k == 0) {
            have = mine;
            nhave = nm;
            continue;
        }
        size_t m = 0;
        for (size_t i = 0; i < nhave; i++)
            if (bsearch(&have[i], mine, nm, sizeof *mine, cmp_size))
                have[m++] = have[i];
        nhave = m;
        free(mine);
    }
    size_t distinct = 0, pos[PS_EXPLAIN_POSITIONS], npos = 0;
    for (size_t i = 0; !rc && i < nhave; i++) {
        if (i && have[i] == have[i - 1])
            continue;
        distinct++;
        if (npos < PS_EXPLAIN_POSITIONS)
            pos[npos++] = ps_utf8_length(c->d->body, st[have[i]]);
    }
    free(have);
    if (rc)
        return rc;
    *ok = distinct > 0;
    if (*ok && c->explain)
        rc = explain_add(c, scope_label(x), "body", (unsigned)distinct, pos, npos);
    if (!rc && *ok && c->explain)
        rc = explain_kids(c, x);
    return rc;
}

static int eval_node(eval_ctx *c, const psq_node *x, int negated, int *ok)
{
    int rc = PS_OK;
    switch (x->kind) {
    case PSQ_PHRASE: {
        const psm_span_list *occ;
        rc = occurrences(c, x, &occ);
        if (rc)
            return rc;
        *ok = occ->count > 0;
        if (*ok && c->explain && !negated)
            rc = explain_phrase(c, x, occ);
        return rc;
    }
    case PSQ_NOT:
        rc = eval_node(c, x->kids[0], !negated, ok);
        *ok = !*ok;
        return rc;
    case PSQ_AND:
    case PSQ_OR: {
        int any = 0, all = 1;
        /* with --explain every part is looked at, so that all of them are listed */
        for (size_t i = 0; !rc && i < x->nkids; i++) {
            int k = 0;
            rc = eval_node(c, x->kids[i], negated, &k);
            any |= k;
            all &= k;
            if (!c->explain && ((x->kind == PSQ_AND && !all) || (x->kind == PSQ_OR && any)))
                break;
        }
        *ok = x->kind == PSQ_AND ? all : any;
        return rc;
    }
    case PSQ_NEAR: {
        int save = c->explain;
        c->explain = save && !negated;
        rc = eval_near(c, x, ok);
        c->explain = save;
        return rc;
    }
    default: {
        int save = c->explain;
        c->explain = save && !negated;
        rc = eval_unit(c, x, ok);
        c->explain = save;
        return rc;
    }
    }
}

int psm_eval(const ps_query *q, const psm_doc_text *d, int *ok, ps_explain **explain,
             size_t *nexplain)
{
    eval_ctx c;
    memset(&c, 0, sizeof c);
    c.q = q;
    c.d = d;
    c.explain = explain != NULL;
    *ok = 0;
    size_t np = q->nphrases ? q->nphrases : 1;
    c.occ = calloc(np, sizeof *c.occ);
    c.found = calloc(np, 1);
    int rc = c.occ && c.found ? PS_OK : PS_ENOMEM;
    if (!rc)
        rc = eval_node(&c, q->root, 0, ok);
    for (int f = 0; f < 3; f++)
        psm_text_free(c.fields[f]);
    for (size_t i = 0; c.occ && i < q->nphrases; i++)
        psm_span_list_release(&c.occ[i]);
    free(c.occ);
    free(c.found);
    free(c.units[0]);
    free(c.units[1]);
    if (rc || !explain) {
        ps_explain_free(c.ex, c.nex);
        return rc;
    }
    *explain = c.ex;
    *nexplain = c.nex;
    return PS_OK;
}

void ps_explain_free(ps_explain *e, size_t n)
{
    if (!e)
        return;
    for (size_t i = 0; i < n; i++)
        free(e[i].part);
    free(e);
}
