/*
 * The query language: a small recursive-descent parser producing a tree of
 * phrases, AND, OR and NOT, and its translation into a Xapian query.
 *
 *   query   := or
 *   or      := and ("OR" and)*
 *   and     := unary (["AND"] unary)*
 *   unary   := ("NOT" | "-") unary | scoped
 *   scoped  := primary (scope primary)*      every scope of a chain the same;
 *                                            NEAR/n joins exactly two
 *   scope   := "NEAR/" n | "SENTENCE" | "ITEM"
 *   primary := "(" or ")" | [field ":"] (word | '"' text '"')
 *
 * A scope's operands must be plain body phrases: the scopes are checked on
 * the stored body text, where only phrases have positions.
 */
#include "search_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PSQ_MAX_WINDOW 100000

/* ---- Lexer ------------------------------------------------------------- */

enum lex_kind { LX_END, LX_LPAREN, LX_RPAREN, LX_OR, LX_AND, LX_NOT, LX_TERM, LX_SCOPE };

typedef struct lexeme {
    int kind;
    int negated;   /* a term written with a leading '-' */
    int field;
    const char *p; /* term text */
    size_t n;
    size_t at;     /* character offset of the lexeme */
    int scope;     /* LX_SCOPE: PSQ_NEAR, PSQ_SENTENCE or PSQ_ITEM */
    unsigned window;
} lexeme;

typedef struct parser {
    const char *s;
    size_t n, i;
    lexeme tok;
    ps_error *err;
    int rc;
    ps_cjk *cjk;
    size_t skipped;  /* byte offset + 1 of the first separator word skipped */
} parser;

static size_t char_offset(const char *s, size_t byte)
{
    return ps_utf8_length(s, byte) + 1;
}

static int is_space_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        *len = 1;
        return 1;
    }
    /* U+3000 IDEOGRAPHIC SPACE, as typed by Chinese input methods */
    if (n - i >= 3 && memcmp(s + i, "\xe3\x80\x80", 3) == 0) {
        *len = 3;
        return 1;
    }
    return 0;
}

static int fail(parser *ps, size_t byte, const char *what)
{
    if (!ps->rc)
        ps->rc = ps_error_set(ps->err, PS_EQUERY, "malformed query: %s at character %zu",
                              what, char_offset(ps->s, byte));
    return ps->rc;
}

static void lex_near(parser *ps, lexeme *t, size_t start);

/*
 * A '(' at the start of a word is literal when its ')' closes before any
 * white space and is followed by more text: (扩大)会议 is text, as is
 * 全委(扩大)会议, where the '(' is glued to text on its left anyway.
 */
static int literal_open(const char *s, size_t n, size_t i)
{
    size_t depth = 0, sp;
    for (size_t k = i; k < n && !is_space_at(s, n, k, &sp) && s[k] != '"'; k++) {
        if (s[k] == '(')
            depth++;
        else if (s[k] == ')' && --depth == 0)
            return k + 1 < n && !is_space_at(s, n, k + 1, &sp) && s[k + 1] != ')' &&
                   s[k + 1] != '"';
    }
    return 0;
}

/* A word with nothing to search in it: a separator pasted with the text
   (标题 - 新闻中心 - 某某网, 标题 | 网站). */
static int separator_word(const parser *ps, const char *w, size_t n)
{
    if (!ps->cjk)
        return 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int cls;
        i += ps_utf8_decode(w + i, n - i, &cp);
        ps_cjk_fold_cp(ps->cjk, cp, &cls);
        if (cls != PS_CP_BOUNDARY)
            return 0;
    }
    return 1;
}

static void next(parser *ps)
{
    const char *s = ps->s;
    size_t n = ps->n, sp;
again:
    while (ps->i < n && is_space_at(s, n, ps->i, &sp))
        ps->i += sp;
    lexeme *t = &ps->tok;
    memset(t, 0, sizeof *t);
    t->at = ps->i;
    if (ps->i >= n) {
        t->kind = LX_END;
        return;
    }
    /* grouping parentheses open a word or close one; glued to text they
       are part of the phrase (全委(扩大)会议) */
    if ((s[ps->i] == '(' && !literal_open(s, n, ps->i)) || s[ps->i] == ')') {
        t->kind = s[ps->i] == '(' ? LX_LPAREN : LX_RPAREN;
        ps->i++;
        return;
    }
    size_t start = ps->i;
    if (s[ps->i] == '-' && ps->i + 1 < n && s[ps->i + 1] == '(') {
        t->kind = LX_NOT; /* -( … ): a negated group */
        ps->i++;
        return;
    }
    if (s[ps->i] == '-' && ps->i + 1 < n && !is_space_at(s, n, ps->i + 1, &sp)) {
        t->negated = 1;
        ps->i++;
    }
    /* field prefix */
    static const struct { const char *name; int field; } fields[] = {
        {"title:", PSQ_TITLE}, {"org:", PSQ_ORG}};
    for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) {
        size_t fl = strlen(fields[f].name);
        if (n - ps->i >= fl && memcmp(s + ps->i, fields[f].name, fl) == 0) {
            t->field = fields[f].field;
            ps->i += fl;
            break;
        }
    }
    t->kind = LX_TERM;
    if (ps->i < n && s[ps->i] == '"') {
        size_t q = ps->i;
        const char *close = memchr(s + q + 1, '"', n - q - 1);
        if (!close) {
            fail(ps, q, "unbalanced '\"'");
            t->kind = LX_END;
            return;
        }
        t->p = s + q + 1;
        t->n = (size_t)(close - (s + q + 1));
        ps->i = (size_t)(close - s) + 1;
        return;
    }
    size_t w = ps->i, depth = 0;
    while (ps->i < n && s[ps->i] != '"' && !is_space_at(s, n, ps->i, &sp)) {
        /* a '(' inside a word, or one literal_open took, is text; so is the
           ')' closing it.  Any other ')' ends the word and closes a group. */
        if (s[ps->i] == '(' && ps->i > w)
            depth++;
        else if (s[ps->i] == '(' && (depth || literal_open(s, n, ps->i)))
            depth++;
        else if (s[ps->i] == '(')
            break;
        else if (s[ps->i] == ')' && depth)
            depth--;
        else if (s[ps->i] == ')')
            break;
        ps->i++;
    }
    t->p = s + w;
    t->n = ps->i - w;
    if (!t->negated && !t->field && t->n && separator_word(ps, t->p, t->n)) {
        if (!ps->skipped)
            ps->skipped = start + 1;
        goto again;
    }
    if (!t->negated && !t->field) {
        if (t->n == 2 && memcmp(t->p, "OR", 2) == 0)
            t->kind = LX_OR;
        else if (t->n == 3 && memcmp(t->p, "AND", 3) == 0)
            t->kind = LX_AND;
        else if (t->n == 3 && memcmp(t->p, "NOT", 3) == 0)
            t->kind = LX_NOT;
        else if (t->n == 8 && memcmp(t->p, "SENTENCE", 8) == 0)
            t->kind = LX_SCOPE, t->scope = PSQ_SENTENCE;
        else if (t->n == 4 && memcmp(t->p, "ITEM", 4) == 0)
            t->kind = LX_SCOPE, t->scope = PSQ_ITEM;
        else if (t->n >= 4 && memcmp(t->p, "NEAR", 4) == 0)
            lex_near(ps, t, start);
    }
    if (t->kind == LX_TERM && t->n == 0)
        fail(ps, start, t->field ? "a field name with nothing after it"
                                 : "'-' with nothing after it");
}

/* NEAR/n; a bare NEAR or a bad n is an error (NEARBY is a word). */
static void lex_near(parser *ps, lexeme *t, size_t start)
{
    if (t->n == 4) {
        fail(ps, start, "'NEAR' needs a distance in characters, as in NEAR/20");
        return;
    }
    if (t->p[4] != '/')
        return;
    unsigned long w = 0;
    size_t i = 5;
    for (; i < t->n && t->p[i] >= '0' && t->p[i] <= '9'; i++)
        if ((w = w * 10 + (unsigned long)(t->p[i] - '0')) > PSQ_MAX_WINDOW)
            break;
    if (i == 5 || i < t->n) {
        ps_error_set(ps->err, PS_EQUERY,
                     "malformed query: '%.*s' at character %zu: expected NEAR/N with N "
                     "from 0 to %d characters", (int)t->n, t->p,
                     char_offset(ps->s, start), PSQ_MAX_WINDOW);
        ps->rc = PS_EQUERY;
        return;
    }
    t->kind = LX_SCOPE;
    t->scope = PSQ_NEAR;
    t->window = (unsigned)w;
}

/* ---- Tree ---------------------------------------------------------------- */

static void node_free(psq_node *x)
{
    if (!x)
        return;
    for (size_t i = 0; i < x->nkids; i++)
        node_free(x->kids[i]);
    free(x->kids);
    free(x->text);
    free(x->terms.terms);
    free(x);
}

static psq_node *node_new(parser *ps, int kind, size_t at)
{
    psq_node *x = calloc(1, sizeof *x);
    if (!x && !ps->rc)
        ps->rc = ps_error_set(ps->err, PS_ENOMEM, "cannot parse query: out of memory");
    if (x) {
        x->kind = kind;
        x->at = at;
    }
    return x;
}

static int node_add(parser *ps, psq_node *x, psq_node *kid)
{
    psq_node **k = realloc(x->kids, (x->nkids + 1) * sizeof *k);
    if (!k) {
        node_free(kid);
        if (!ps->rc)
            ps->rc = ps_error_set(ps->err, PS_ENOMEM, "cannot parse query: out of memory");
        return ps->rc;
    }
    x->kids = k;
    x->kids[x->nkids++] = kid;
    return PS_OK;
}

/* ---- Parser ---------------------------------------------------------------- */

static psq_node *parse_or(parser *ps);
static void scope_name(const lexeme *t, char *out, size_t n);

static psq_node *parse_primary(parser *ps)
{
    lexeme t = ps->tok;
    if (t.kind == LX_LPAREN) {
        next(ps);
        if (ps->tok.kind == LX_RPAREN) {
            fail(ps, ps->tok.at, "empty parentheses");
            return NULL;
        }
        psq_node *x = parse_or(ps);
        if (!x)
            return NULL;
        if (ps->tok.kind != LX_RPAREN) {
            node_free(x);
            fail(ps, t.at, "unbalanced '('");
            return NULL;
        }
        next(ps);
        return x;
    }
    if (t.kind == LX_SCOPE) {
        char what[64], msg[128];
        scope_name(&t, what, sizeof what);
        snprintf(msg, sizeof msg, "'%s' with nothing on its left", what);
        fail(ps, t.at, msg);
        return NULL;
    }
    if (t.kind != LX_TERM) {
        fail(ps, t.at, t.kind == LX_RPAREN ? "unbalanced ')'" : "a missing term");
        return NULL;
    }
    psq_node *x = node_new(ps, PSQ_PHRASE, char_offset(ps->s, t.at) - 1);
    if (!x)
        return NULL;
    x->field = t.field;
    x->text = strndup(t.p, t.n);
    if (!x->text) {
        node_free(x);
        fail(ps, t.at, "out of memory");
        return NULL;
    }
    psq_node *result = x;
    if (t.negated) {
        result = node_new(ps, PSQ_NOT, t.at);
        if (!result || node_add(ps, result, x)) {
            node_free(result);
            return NULL;
        }
    }
    next(ps);
    return result;
}

static void scope_name(const lexeme *t, char *out, size_t n)
{
    if (t->scope == PSQ_NEAR)
        snprintf(out, n, "NEAR/%u", t->window);
    else
        snprintf(out, n, "%s", t->scope == PSQ_SENTENCE ? "SENTENCE" : "ITEM");
}

/* A scope's operand: a plain phrase in the body. */
static int scope_operand(parser *ps, const psq_node *x, const lexeme *op, size_t at)
{
    if (x->kind == PSQ_PHRASE && x->field == PSQ_BODY)
        return PS_OK;
    char what[64], msg[160];
    scope_name(op, what, sizeof what);
    snprintf(msg, sizeof msg, "'%s' joins plain terms or quoted phrases, not %s", what,
             x->kind == PSQ_PHRASE ? "a field term" : x->kind == PSQ_NOT ? "a negated term"
                                                                          : "a group");
    return fail(ps, at, msg);
}

static psq_node *parse_scoped(parser *ps)
{
    size_t left_at = ps->tok.at;
    psq_node *left = parse_primary(ps);
    if (!left || ps->tok.kind != LX_SCOPE)
        return left;
    lexeme op = ps->tok;
    psq_node *x = NULL;
    if (scope_operand(ps, left, &op, left_at) || !(x = node_new(ps, op.scope, op.at)) ||
        node_add(ps, x, left)) {
        if (!x)
            node_free(left);
        node_free(x);
        return NULL;
    }
    x->window = op.window;
    for (int first = 1; ps->tok.kind == LX_SCOPE; first = 0) {
        lexeme cur = ps->tok;
        char what[64], msg[128];
        scope_name(&cur, what, sizeof what);
        if (!first && (cur.scope != op.scope || op.scope == PSQ_NEAR)) {
            if (op.scope == PSQ_NEAR)
                snprintf(msg, sizeof msg, "'%s' after a NEAR: NEAR joins exactly two terms",
                         what);
            else
                snprintf(msg, sizeof msg, "'%s' mixed with another scope in one chain", what);
            node_free(x);
            fail(ps, cur.at, msg);
            return NULL;
        }
        next(ps);
        int k = ps->tok.kind;
        if (k == LX_END || k == LX_RPAREN || k == LX_OR || k == LX_AND || k == LX_SCOPE) {
            snprintf(msg, sizeof msg, "'%s' with nothing on its right", what);
            node_free(x);
            fail(ps, cur.at, msg);
            return NULL;
        }
        size_t at = ps->tok.at;
        psq_node *right = parse_primary(ps);
        if (!right || scope_operand(ps, right, &cur, at)) {
            node_free(right);
            node_free(x);
            return NULL;
        }
        if (node_add(ps, x, right)) {
            node_free(x);
            return NULL;
        }
    }
    return x;
}

static psq_node *parse_unary(parser *ps)
{
    if (ps->tok.kind == LX_NOT) {
        size_t at = ps->tok.at;
        next(ps);
        if (ps->tok.kind == LX_END || ps->tok.kind == LX_RPAREN || ps->tok.kind == LX_OR) {
            fail(ps, at, "'NOT' with nothing after it");
            return NULL;
        }
        psq_node *kid = parse_unary(ps);
        if (!kid)
            return NULL;
        psq_node *x = node_new(ps, PSQ_NOT, at);
        if (!x || node_add(ps, x, kid)) {
            node_free(x);
            return NULL;
        }
        return x;
    }
    return parse_scoped(ps);
}

static psq_node *parse_and(parser *ps)
{
    psq_node *x = node_new(ps, PSQ_AND, ps->tok.at);
    if (!x)
        return NULL;
    for (;;) {
        int k = ps->tok.kind;
        if (k == LX_END || k == LX_RPAREN || k == LX_OR)
            break;
        if (k == LX_AND) {
            size_t at = ps->tok.at;
            next(ps);
            k = ps->tok.kind;
            if (x->nkids == 0 || k == LX_END || k == LX_RPAREN || k == LX_OR) {
                node_free(x);
                fail(ps, at, "'AND' without a term on both sides");
                return NULL;
            }
            continue;
        }
        psq_node *kid = parse_unary(ps);
        if (!kid || node_add(ps, x, kid)) {
            node_free(x);
            return NULL;
        }
    }
    if (ps->rc) {
        node_free(x);
        return NULL;
    }
    if (x->nkids == 0) {
        node_free(x);
        return NULL; /* the caller says what is missing */
    }
    if (x->nkids == 1) {
        psq_node *only = x->kids[0];
        x->nkids = 0;
        node_free(x);
        return only;
    }
    return x;
}

static psq_node *parse_or(parser *ps)
{
    size_t at = ps->tok.at;
    psq_node *left = parse_and(ps);
    if (!left) {
        if (!ps->rc)
            fail(ps, at, ps->tok.kind == LX_OR ? "'OR' with nothing on its left"
                                               : "an empty query");
        return NULL;
    }
    if (ps->tok.kind != LX_OR)
        return left;
    psq_node *x = node_new(ps, PSQ_OR, at);
    if (!x || node_add(ps, x, left)) {
        node_free(x);
        return NULL;
    }
    while (ps->tok.kind == LX_OR) {
        size_t or_at = ps->tok.at;
        next(ps);
        psq_node *right = parse_and(ps);
        if (!right) {
            node_free(x);
            fail(ps, or_at, "'OR' with nothing on its right");
            return NULL;
        }
        if (node_add(ps, x, right)) {
            node_free(x);
            return NULL;
        }
    }
    return x;
}

int ps_query_parse(ps_cjk *cjk, const char *text, ps_query **out, ps_error *err)
{
    *out = NULL;
    parser ps = {text, strlen(text), 0, {0}, err, PS_OK, cjk, 0};
    next(&ps);
    if (ps.rc)
        return ps.rc;
    if (ps.tok.kind == LX_END && ps.skipped)
        return ps_error_set(err, PS_EQUERY,
                            "malformed query: '%.*s' at character %zu has no searchable "
                            "characters",
                            (int)strcspn(text + ps.skipped - 1, " \t"), text + ps.skipped - 1,
                            char_offset(text, ps.skipped - 1));
    if (ps.tok.kind == LX_END)
        return ps_error_set(err, PS_EQUERY, "malformed query: the query is empty");
    psq_node *root = parse_or(&ps);
    if (root && !ps.rc && ps.tok.kind != LX_END)
        fail(&ps, ps.tok.at, ps.tok.kind == LX_RPAREN ? "unbalanced ')'" : "unexpected text");
    if (ps.rc) {
        node_free(root);
        return ps.rc;
    }
    ps_query *q = calloc(1, sizeof *q);
    if (!q) {
        node_free(root);
        return ps_error_set(err, PS_ENOMEM, "cannot parse query: out of memory");
    }
    q->cjk = cjk;
    q->root = root;
    *out = q;
    return PS_OK;
}

int ps_query_hint(const char *query, char *buf, size_t n)
{
    static const char *const ops[] = {"or", "and", "not", "near", "sentence", "item", NULL};
    size_t len = strlen(query);
    for (size_t i = 0; i < len;) {
        size_t sp;
        if (is_space_at(query, len, i, &sp)) {
            i += sp;
            continue;
        }
        size_t w = i;
        while (i < len && !is_space_at(query, len, i, &sp))
            i++;
        for (size_t k = 0; ops[k]; k++) {
            size_t ol = strlen(ops[k]);
            int near = k == 3 && i - w > ol && query[w + ol] == '/';
            if ((i - w == ol || near) && memcmp(query + w, ops[k], ol) == 0) {
                char upper[16];
                for (size_t c = 0; c <= ol; c++)
                    upper[c] = (char)(ops[k][c] >= 'a' ? ops[k][c] - 32 : ops[k][c]);
                snprintf(buf, n, "'%.*s' is searched as a word; operators are written in "
                                 "capitals (%s%s)",
                         (int)(i - w), query + w, upper, near ? "/N" : "");
                return 1;
            }
        }
    }
    return 0;
}

void ps_query_free(ps_query *q)
{
    if (!q)
        return;
    node_free(q->root);
    free(q->phrases);
    free(q);
}

/* ---- Describing ---------------------------------------------------------- */

static void describe(int *rc, ps_buf *b, const psq_node *x)
{
    static const char *const ops[] = {"", "AND", "OR", "NOT", "NEAR", "SENTENCE", "ITEM"};
    if (x->kind == PSQ_PHRASE) {
        if (x->field == PSQ_TITLE)
            ps_buf_puts(rc, b, "title:");
        else if (x->field == PSQ_ORG)
            ps_buf_puts(rc, b, "org:");
        ps_buf_printf(rc, b, "\"%s\"", x->text);
        return;
    }
    ps_buf_printf(rc, b, "(%s", ops[x->kind]);
    if (x->kind == PSQ_NEAR)
        ps_buf_printf(rc, b, "/%u", x->window);
    for (size_t i = 0; i < x->nkids; i++) {
        ps_buf_putc(rc, b, ' ');
        describe(rc, b, x->kids[i]);
    }
    ps_buf_putc(rc, b, ')');
}

char *psq_describe(const ps_query *q)
{
    int rc = PS_OK;
    ps_buf b = PS_BUF_INIT;
    describe(&rc, &b, q->root);
    if (rc) {
        ps_buf_release(&b);
        return NULL;
    }
    return ps_buf_detach(&b, NULL);
}

/* ---- Compiling to Xapian ------------------------------------------------ */

uint64_t psq_hash(const char *p, size_t n)
{
    /* FNV-1a: terms are short, and collisions only matter for highlighting */
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 1099511628211ull;
    }
    return h;
}

typedef struct term_list {
    psx_query **items;
    size_t count, cap;
    const char *prefix;
    ps_buf scratch;
    uint64_t *hashes; /* when collecting for highlighting */
    /* the phrase as Xapian checks it: one positional term per slot (a
     * bigram stands for its two unigrams, see ps_index.h) */
    psx_query **slots;
    size_t nslots, capslots;
    size_t nbigrams;
    int rc;
    ps_error *err;
} term_list;

/* Append the positional term prefix+term[0..n) as the phrase's next slot. */
static int add_slot(term_list *l, const char *term, size_t n)
{
    if (l->nslots == l->capslots) {
        size_t cap = l->capslots ? l->capslots * 2 : 8;
        psx_query **slots = realloc(l->slots, cap * sizeof *slots);
        if (!slots)
            return ps_error_set(l->err, PS_ENOMEM, "cannot build query: out of memory");
        l->slots = slots;
        l->capslots = cap;
    }
    ps_buf_reset(&l->scratch);
    ps_buf_puts(&l->rc, &l->scratch, l->prefix);
    ps_buf_append(&l->rc, &l->scratch, term, n);
    if (l->rc)
        return ps_error_set(l->err, l->rc, "cannot build query: out of memory");
    int rc = psx_query_term(l->scratch.data, l->scratch.len, (unsigned)l->nslots + 1,
                            &l->slots[l->nslots], l->err);
    if (!rc)
        l->nslots++;
    return rc;
}

/*
 * Query-mode tokens come in slot order from slot 1.  A bigram at slot p
 * gives the unigrams at p and p + 1; a slot already given (the second
 * character of the previous bigram, or the unigram query mode adds after a
 * run) is not given again.
 */
static int collect_slots(term_list *l, const ps_token *tok)
{
    int rc = PS_OK;
    size_t first = tok->len;
    if (tok->flags & PS_TOKF_BIGRAM) {
        uint32_t cp;
        first = ps_utf8_decode(tok->term, tok->len, &cp);
        l->nbigrams++;
    }
    if (tok->pos > l->nslots)
        rc = add_slot(l, tok->term, first);
    if (!rc && first < tok->len && tok->pos + 1 > l->nslots)
        rc = add_slot(l, tok->term + first, tok->len - first);
    return rc;
}

static int collect_term(void *vctx, const ps_token *tok)
{
    term_list *l = vctx;
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        psx_query **items = realloc(l->items, cap * sizeof *items);
        uint64_t *hashes = realloc(l->hashes, cap * sizeof *hashes);
        if (items)
            l->items = items;
        if (hashes)
            l->hashes = hashes;
        if (!items || !hashes)
            return ps_error_set(l->err, PS_ENOMEM, "cannot build query: out of memory");
        l->cap = cap;
    }
    ps_buf_reset(&l->scratch);
    ps_buf_puts(&l->rc, &l->scratch, l->prefix);
    ps_buf_append(&l->rc, &l->scratch, tok->term, tok->len);
    if (l->rc)
        return ps_error_set(l->err, l->rc, "cannot build query: out of memory");
    l->hashes[l->count] = psq_hash(tok->term, tok->len);
    int rc = psx_query_term(l->scratch.data, l->scratch.len, (unsigned)l->count + 1,
                            &l->items[l->count], l->err);
    if (rc)
        return rc;
    l->count++;
    return collect_slots(l, tok);
}

static void term_list_release(term_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        psx_query_free(l->items[i]);
    for (size_t i = 0; i < l->nslots; i++)
        psx_query_free(l->slots[i]);
    free(l->items);
    free(l->slots);
    free(l->hashes);
    ps_buf_release(&l->scratch);
}

static const char *field_prefix(int field)
{
    return field == PSQ_TITLE ? PS_PREFIX_TITLE : field == PSQ_ORG ? PS_PREFIX_ORG : "";
}

/* Tokenize a phrase in query mode; the terms (and their hashes) in l. */
static int phrase_terms(ps_cjk *cjk, const psq_node *x, int field, term_list *l,
                        ps_error *err)
{
    memset(l, 0, sizeof *l);
    l->prefix = field_prefix(field);
    l->err = err;
    int rc = ps_cjk_tokenize(cjk, PS_TOK_QUERY, x->text, strlen(x->text), 1,
                             collect_term, l, NULL);
    if (rc)
        return rc < 0 ? rc : PS_EINTERNAL;
    if (l->count == 0)
        return ps_error_set(err, PS_EQUERY,
                            "malformed query: '%s' at character %zu has no searchable characters",
                            x->text, x->at + 1);
    return PS_OK;
}

static int compile_phrase(ps_cjk *cjk, const psq_node *x, int field, psx_query **out,
                          ps_error *err)
{
    term_list l;
    int rc = phrase_terms(cjk, x, field, &l, err);
    if (!rc && (l.count == 1 || !l.nbigrams)) {
        rc = psx_query_combine(PSX_OP_PHRASE, l.items, l.count, 0, out, err);
    } else if (!rc) {
        /* The query's own terms match and rank (as a phrase of them would);
         * the unigrams at consecutive slots are the exact positional check,
         * applied by Xapian to the documents that have every term. */
        psx_query *parts[2] = {NULL, NULL};
        rc = psx_query_combine(PSX_OP_AND, l.items, l.count, 0, &parts[0], err);
        if (!rc)
            rc = psx_query_combine(PSX_OP_PHRASE, l.slots, l.nslots, 0, &parts[1], err);
        if (!rc)
            rc = psx_query_combine(PSX_OP_FILTER, parts, 2, 0, out, err);
        psx_query_free(parts[0]);
        psx_query_free(parts[1]);
    }
    term_list_release(&l);
    return rc;
}

/*
 * `neg`: x sits under an odd number of NOTs.  Scopes are only narrowed down
 * here (the exact check is match.c's), so a scope compiles to a superset of
 * its matches where it counts positively (the AND of its phrases) and to a
 * subset (nothing) under a NOT, so that the candidates always include every
 * true match.
 */
static int compile_node(ps_cjk *cjk, const psq_node *x, int neg, psx_query **out,
                        ps_error *err);

/* NOT x on its own: every document except those matching x. */
static int compile_not(ps_cjk *cjk, const psq_node *x, int neg, psx_query **out,
                       ps_error *err)
{
    psx_query *parts[2] = {NULL, NULL};
    int rc = psx_query_all(&parts[0], err);
    if (!rc)
        rc = compile_node(cjk, x->kids[0], !neg, &parts[1], err);
    if (!rc)
        rc = psx_query_combine(PSX_OP_AND_NOT, parts, 2, 0, out, err);
    psx_query_free(parts[0]);
    psx_query_free(parts[1]);
    return rc;
}

/* AND: the positive parts together, minus any of the negated ones. */
static int compile_and(ps_cjk *cjk, const psq_node *x, int neg, psx_query **out,
                       ps_error *err)
{
    psx_query **pos = calloc(x->nkids, sizeof *pos);
    psx_query **negs = calloc(x->nkids, sizeof *negs);
    size_t npos = 0, nneg = 0;
    int rc = pos && negs ? PS_OK : ps_error_set(err, PS_ENOMEM, "cannot build query: out of memory");
    for (size_t i = 0; !rc && i < x->nkids; i++) {
        const psq_node *k = x->kids[i];
        if (k->kind == PSQ_NOT)
            rc = compile_node(cjk, k->kids[0], !neg, &negs[nneg++], err);
        else
            rc = compile_node(cjk, k, neg, &pos[npos++], err);
    }
    psx_query *positive = NULL, *negative = NULL;
    if (!rc)
        rc = npos ? psx_query_combine(PSX_OP_AND, pos, npos, 0, &positive, err)
                  : psx_query_all(&positive, err);
    if (!rc && nneg) {
        rc = psx_query_combine(PSX_OP_OR, negs, nneg, 0, &negative, err);
        psx_query *both[2] = {positive, negative};
        if (!rc)
            rc = psx_query_combine(PSX_OP_AND_NOT, both, 2, 0, out, err);
    } else if (!rc) {
        *out = positive;
        positive = NULL;
    }
    psx_query_free(positive);
    psx_query_free(negative);
    for (size_t i = 0; pos && i < npos; i++)
        psx_query_free(pos[i]);
    for (size_t i = 0; negs && i < nneg; i++)
        psx_query_free(negs[i]);
    free(pos);
    free(negs);
    return rc;
}

static int compile_or(ps_cjk *cjk, const psq_node *x, int neg, psx_query **out,
                      ps_error *err)
{
    psx_query **parts = calloc(x->nkids, sizeof *parts);
    if (!parts)
        return ps_error_set(err, PS_ENOMEM, "cannot build query: out of memory");
    int rc = PS_OK;
    size_t n = 0;
    for (; !rc && n < x->nkids; n++)
        rc = compile_node(cjk, x->kids[n], neg, &parts[n], err);
    if (!rc)
        rc = psx_query_combine(PSX_OP_OR, parts, n, 0, out, err);
    for (size_t i = 0; i < n; i++)
        psx_query_free(parts[i]);
    free(parts);
    return rc;
}

static int compile_scope(ps_cjk *cjk, const psq_node *x, int neg, psx_query **out,
                         ps_error *err)
{
    if (neg)
        return psx_query_none(out, err);
    psx_query *parts[2] = {NULL, NULL}, *all = NULL;
    int rc = PS_OK;
    for (size_t i = 0; !rc && i < x->nkids; i++) {
        rc = compile_phrase(cjk, x->kids[i], PSQ_BODY, &parts[i ? 1 : 0], err);
        if (!rc && i) {
            rc = psx_query_combine(PSX_OP_AND, parts, 2, 0, &all, err);
            psx_query_free(parts[0]);
            psx_query_free(parts[1]);
            parts[0] = all;
            parts[1] = NULL;
        }
    }
    if (rc) {
        psx_query_free(parts[0]);
        return rc;
    }
    *out = parts[0];
    return PS_OK;
}

static int compile_node(ps_cjk *cjk, const psq_node *x, int neg, psx_query **out,
                        ps_error *err)
{
    *out = NULL;
    switch (x->kind) {
    case PSQ_PHRASE: return compile_phrase(cjk, x, x->field, out, err);
    case PSQ_AND: return compile_and(cjk, x, neg, out, err);
    case PSQ_OR: return compile_or(cjk, x, neg, out, err);
    case PSQ_NOT: return compile_not(cjk, x, neg, out, err);
    default: return compile_scope(cjk, x, neg, out, err);
    }
}

/* Positive body phrases (not under a NOT), in query order. */
static void positive_body_phrases(const psq_node *x, const psq_node **out, size_t *n,
                                  size_t max)
{
    if (x->kind == PSQ_NOT)
        return;
    if (x->kind == PSQ_PHRASE) {
        if (x->field == PSQ_BODY && *n < max)
            out[(*n)++] = x;
        return;
    }
    for (size_t i = 0; i < x->nkids; i++)
        positive_body_phrases(x->kids[i], out, n, max);
}

#define PSQ_MAX_PHRASES 64

/*
 * Several terms ANDed (or scoped) together that also occur as one run of
 * text (集体 协商 → 集体协商) get the weight of that run on top: a phrase
 * match ranks over scattered ones.  *out stays NULL when there is no such run.
 */
static int adjacency_boost(const ps_query *q, psx_query **out, ps_error *err)
{
    *out = NULL;
    const psq_node *x = q->root;
    if (x->kind == PSQ_PHRASE || x->kind == PSQ_OR || x->kind == PSQ_NOT)
        return PS_OK;
    int rc = PS_OK;
    size_t n = 0;
    ps_buf joined = PS_BUF_INIT;
    for (size_t i = 0; i < x->nkids; i++)
        if (x->kids[i]->kind == PSQ_PHRASE && x->kids[i]->field == PSQ_BODY) {
            ps_buf_puts(&rc, &joined, x->kids[i]->text);
            n++;
        }
    if (!rc && n >= 2) {
        psq_node run;
        memset(&run, 0, sizeof run);
        run.kind = PSQ_PHRASE;
        run.text = joined.data;
        ps_error ignored;
        /* a run with nothing searchable just gets no boost */
        if (compile_phrase(q->cjk, &run, PSQ_BODY, out, &ignored) == PS_ENOMEM)
            rc = PS_ENOMEM;
    }
    ps_buf_release(&joined);
    return rc ? ps_error_set(err, rc, "cannot build query: out of memory") : PS_OK;
}

int psq_compile(const ps_query *q, psx_query **out, ps_error *err)
{
    psx_query *main = NULL;
    int rc = compile_node(q->cjk, q->root, 0, &main, err);
    if (rc)
        return rc;
    /* A match in the title counts extra: AND_MAYBE adds the title phrases'
     * weight without changing which documents match. */
    const psq_node *phr[PSQ_MAX_PHRASES];
    size_t nphr = 0;
    positive_body_phrases(q->root, phr, &nphr, PSQ_MAX_PHRASES);
    psx_query *boost[PSQ_MAX_PHRASES];
    size_t nb = 0;
    for (size_t i = 0; !rc && i < nphr; i++) {
        rc = compile_phrase(q->cjk, phr[i], PSQ_TITLE, &boost[nb], err);
        if (!rc)
            nb++;
    }
    psx_query *title = NULL, *scaled = NULL, *adjacent = NULL, *extra = NULL;
    if (!rc && nb)
        rc = psx_query_combine(PSX_OP_OR, boost, nb, 0, &title, err);
    if (!rc && nb)
        rc = psx_query_scale(title, 2.0, &scaled, err);
    if (!rc)
        rc = adjacency_boost(q, &adjacent, err);
    if (!rc && adjacent) {
        psx_query *two[2] = {scaled, adjacent};
        rc = psx_query_combine(PSX_OP_OR, two + (scaled ? 0 : 1), scaled ? 2 : 1, 0,
                               &extra, err);
    }
    if (!rc && (nb || adjacent)) {
        psx_query *both[2] = {main, extra ? extra : scaled};
        rc = psx_query_combine(PSX_OP_AND_MAYBE, both, 2, 0, out, err);
    } else if (!rc) {
        *out = main;
        main = NULL;
    }
    for (size_t i = 0; i < nb; i++)
        psx_query_free(boost[i]);
    psx_query_free(title);
    psx_query_free(scaled);
    psx_query_free(adjacent);
    psx_query_free(extra);
    psx_query_free(main);
    return rc;
}

static int prepare_node(ps_query *q, psq_node *x, ps_error *err)
{
    if (x->kind >= PSQ_NEAR)
        q->scoped = 1;
    if (x->kind != PSQ_PHRASE) {
        for (size_t i = 0; i < x->nkids; i++) {
            int rc = prepare_node(q, x->kids[i], err);
            if (rc)
                return rc;
        }
        return PS_OK;
    }
    psq_node **p = realloc(q->phrases, (q->nphrases + 1) * sizeof *p);
    if (!p)
        return ps_error_set(err, PS_ENOMEM, "cannot build query: out of memory");
    q->phrases = p;
    term_list l;
    int rc = phrase_terms(q->cjk, x, PSQ_BODY, &l, err);
    if (!rc) {
        free(x->terms.terms);
        x->terms.terms = l.hashes;
        x->terms.n = l.count;
        l.hashes = NULL;
        x->slot = q->nphrases;
        q->phrases[q->nphrases++] = x;
    }
    term_list_release(&l);
    return rc;
}

int psq_prepare(ps_query *q, ps_error *err)
{
    free(q->phrases);
    q->phrases = NULL;
    q->nphrases = 0;
    q->scoped = 0;
    return prepare_node(q, q->root, err);
}

int psq_collect_phrases(const ps_query *q, psq_phrase_list *out)
{
    memset(out, 0, sizeof *out);
    const psq_node *phr[PSQ_MAX_PHRASES];
    size_t nphr = 0;
    positive_body_phrases(q->root, phr, &nphr, PSQ_MAX_PHRASES);
    out->items = calloc(nphr ? nphr : 1, sizeof *out->items);
    if (!out->items)
        return PS_ENOMEM;
    for (size_t i = 0; i < nphr; i++) {
        term_list l;
        ps_error err;
        int rc = phrase_terms(q->cjk, phr[i], PSQ_BODY, &l, &err);
        if (!rc) {
            out->items[out->count].terms = l.hashes;
            out->items[out->count].n = l.count;
            out->count++;
            l.hashes = NULL;
        }
        term_list_release(&l);
        if (rc == PS_ENOMEM) {
            psq_phrase_list_release(out);
            return rc;
        }
    }
    return PS_OK;
}

void psq_phrase_list_release(psq_phrase_list *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i].terms);
    free(l->items);
    memset(l, 0, sizeof *l);
}
