/*
 * The tokenizer: slots, CJK unigrams and bigrams, Latin/digit words and
 * their stems, boundary terms (see ps_cjk.h for the contract).
 *
 * One pass over the text, one table lookup per character, no allocation:
 * terms are assembled in the ps_cjk's scratch buffers or point straight into
 * the fold table, and are only borrowed by the callback.
 *
 * Query mode emits the same terms as index mode would at the same slots,
 * minus those a phrase does not need: unigrams inside a CJK run are implied
 * by its bigrams, except the last one, which is needed only to keep the
 * phrase's positions consecutive when something follows.  That is why the
 * last unigram and a boundary run are held back ("pending") until the next
 * real token shows they are inner, and dropped at the end.
 */
#include "cjk_int.h"

#include <libstemmer.h>

#include <string.h>

enum { ST_NONE, ST_CJK, ST_WORD, ST_BOUND };

typedef struct tk_char {
    char u8[4];
    size_t len, start, end;
} tk_char;

typedef struct tk {
    ps_cjk *c;
    int query;
    ps_token_fn fn;
    void *ctx;
    uint32_t pos;       /* next slot (index) or next position (query) */
    int state;
    int any;            /* query: a token has been emitted or is pending */

    tk_char prev;       /* the previous CJK character, for bigrams */
    size_t run_len;     /* CJK characters in the current run */

    size_t word_len;    /* bytes in c->word */
    size_t word_start, word_end;
    int word_alpha;     /* the run has a letter (not only digits) */
    int word_full;      /* c->word reached PS_TERM_MAX; the rest is cut */
    int word_stem;      /* query: written as ~word */

    size_t bound_start, bound_end;

    int pend_uni;       /* query: unigram of `pend` is held back */
    tk_char pend;
    int pend_bound;     /* query: boundary run held back */
    size_t pend_bstart, pend_bend;
} tk;

static int emit(tk *t, const char *term, size_t len, uint32_t pos,
                size_t start, size_t end, unsigned flags)
{
    ps_token tok;

    tok.term = term;
    tok.len = len;
    tok.pos = pos;
    tok.start = start;
    tok.end = end;
    tok.flags = flags;
    return t->fn(t->ctx, &tok);
}

/* Longest prefix of s[0..len) of at most max bytes ending on a character. */
static size_t utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    len = max;
    while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
        len--;
    return len;
}

/* Query mode: emit what was held back, now that a real token follows. */
static int flush_pending(tk *t)
{
    int rc;

    if (t->pend_uni) {
        t->pend_uni = 0;
        rc = emit(t, t->pend.u8, t->pend.len, t->pos++, t->pend.start,
                  t->pend.end, PS_TOKF_UNIGRAM);
        if (rc)
            return rc;
    }
    if (t->pend_bound) {
        t->pend_bound = 0;
        rc = emit(t, PS_BOUNDARY_TERM, 1, t->pos++, t->pend_bstart,
                  t->pend_bend, PS_TOKF_BOUNDARY);
        if (rc)
            return rc;
    }
    return 0;
}

static int stem_term(tk *t, size_t *len)
{
    const sb_symbol *s;
    int n;

    s = sb_stemmer_stem(t->c->stemmer, (const sb_symbol *)t->c->word,
                        (int)t->word_len);
    if (!s)
        return PS_ENOMEM;
    n = sb_stemmer_length(t->c->stemmer);
    t->c->term[0] = 'Z';
    /* Every term, prefix included, stays within PS_TERM_MAX. */
    *len = utf8_cut((const char *)s, (size_t)n, PS_TERM_MAX - 1);
    memcpy(t->c->term + 1, s, *len);
    *len += 1;
    return 0;
}

static int end_word(tk *t)
{
    size_t slen;
    int rc;

    if (t->query) {
        if ((rc = flush_pending(t)))
            return rc;
        t->any = 1;
        if (t->word_stem && t->word_alpha) {
            if ((rc = stem_term(t, &slen)))
                return rc;
            return emit(t, t->c->term, slen, t->pos++, t->word_start,
                        t->word_end, PS_TOKF_STEM);
        }
        return emit(t, t->c->word, t->word_len, t->pos++, t->word_start,
                    t->word_end, PS_TOKF_WORD);
    }
    rc = emit(t, t->c->word, t->word_len, t->pos, t->word_start, t->word_end,
              PS_TOKF_WORD);
    if (!rc && t->word_alpha) {
        rc = stem_term(t, &slen);
        if (!rc)
            rc = emit(t, t->c->term, slen, t->pos, t->word_start, t->word_end,
                      PS_TOKF_STEM);
    }
    t->pos++;
    return rc;
}

static int end_cjk_run(tk *t)
{
    int rc;

    if (!t->query)
        return 0;
    if (t->run_len == 1) {
        if ((rc = flush_pending(t)))
            return rc;
        t->any = 1;
        return emit(t, t->prev.u8, t->prev.len, t->pos++, t->prev.start,
                    t->prev.end, PS_TOKF_UNIGRAM);
    }
    t->pend_uni = 1;
    t->pend = t->prev;
    return 0;
}

static int end_bound(tk *t)
{
    if (t->query) {
        /* A leading boundary is dropped; a trailing one never flushed. */
        if (t->any) {
            t->pend_bound = 1;
            t->pend_bstart = t->bound_start;
            t->pend_bend = t->bound_end;
        }
        return 0;
    }
    return emit(t, PS_BOUNDARY_TERM, 1, t->pos++, t->bound_start,
                t->bound_end, PS_TOKF_BOUNDARY);
}

static int leave_state(tk *t)
{
    switch (t->state) {
    case ST_CJK:
        return end_cjk_run(t);
    case ST_WORD:
        return end_word(t);
    case ST_BOUND:
        return end_bound(t);
    default:
        return 0;
    }
}

static int cjk_char(tk *t, const ps_fold_entry *e, size_t start, size_t end)
{
    tk_char cur;
    int rc;

    cur.len = PS_FOLD_LEN(e->info);
    memcpy(cur.u8, e->u8, 4);
    cur.start = start;
    cur.end = end;

    if (t->run_len > 0) {
        char *b = t->c->term;
        memcpy(b, t->prev.u8, 4);
        memcpy(b + t->prev.len, cur.u8, 4);
        if (t->query) {
            if ((rc = flush_pending(t)))
                return rc;
            t->any = 1;
            rc = emit(t, b, t->prev.len + cur.len, t->pos++, t->prev.start,
                      end, PS_TOKF_BIGRAM);
        } else {
            rc = emit(t, b, t->prev.len + cur.len, t->pos - 1, t->prev.start,
                      end, PS_TOKF_BIGRAM);
        }
        if (rc)
            return rc;
    }
    if (!t->query) {
        rc = emit(t, cur.u8, cur.len, t->pos++, start, end, PS_TOKF_UNIGRAM);
        if (rc)
            return rc;
    }
    t->prev = cur;
    t->run_len++;
    return 0;
}

static int is_space(uint32_t cp)
{
    return cp == ' ' || (cp >= '\t' && cp <= '\r');
}

/*
 * Query mode: a '~' (or '～') written at the start or after white space and
 * directly before a word asks for that word's stem.  Anywhere else it is
 * ordinary punctuation, as in "2012～2015".
 */
static int is_stem_marker(const ps_cjk *c, uint32_t folded, uint32_t before,
                          const unsigned char *next, size_t left)
{
    uint32_t cp;
    ps_fold_entry tmp;

    if (folded != '~' || !is_space(before) || left == 0)
        return 0;
    ps_utf8_decode_fast(next, left, &cp);
    return PS_FOLD_CLS(ps_cjk_lookup(c, cp, &tmp)->info) == PS_CP_ALNUM;
}

int ps_cjk_tokenize(ps_cjk *c, int mode, const char *text, size_t n,
                    uint32_t first_pos, ps_token_fn fn, void *ctx,
                    uint32_t *next_pos)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t i = 0;
    uint32_t before = ' '; /* folded previous character; start counts as space */
    int stem_next = 0;
    int rc = 0;
    tk t;

    memset(&t, 0, sizeof t);
    t.c = c;
    t.query = mode == PS_TOK_QUERY;
    t.fn = fn;
    t.ctx = ctx;
    t.pos = first_pos;
    t.state = ST_NONE;

    while (i < n) {
        size_t start = i;
        uint32_t cp, info;
        ps_fold_entry tmp;
        const ps_fold_entry *e;

        i += ps_utf8_decode_fast(p + i, n - i, &cp);
        e = ps_cjk_lookup(c, cp, &tmp);
        info = e->info;

        switch (PS_FOLD_CLS(info)) {
        case PS_CP_CJK:
            if (t.state != ST_CJK) {
                if ((rc = leave_state(&t)))
                    goto out;
                t.state = ST_CJK;
                t.run_len = 0;
            }
            if ((rc = cjk_char(&t, e, start, i)))
                goto out;
            break;

        case PS_CP_ALNUM:
            if (t.state != ST_WORD) {
                if ((rc = leave_state(&t)))
                    goto out;
                t.state = ST_WORD;
                t.word_len = 0;
                t.word_start = start;
                t.word_alpha = 0;
                t.word_full = 0;
                t.word_stem = stem_next;
                stem_next = 0;
            }
            if (!t.word_full) {
                size_t len = PS_FOLD_LEN(info);
                if (t.word_len + len <= PS_TERM_MAX) {
                    memcpy(t.c->word + t.word_len, e->u8, 4);
                    t.word_len += len;
                } else {
                    t.word_full = 1;
                }
            }
            if (PS_FOLD_CP(info) > '9')
                t.word_alpha = 1;
            t.word_end = i;
            break;

        default:
            /* 工會(huì): the annotation is no character of the text */
            if (t.state == ST_CJK && (cp == '(' || cp == 0xFF08)) {
                size_t skip = ps_cjk_pinyin_at(text + start, n - start);
                if (skip) {
                    i = start + skip;
                    continue;
                }
            }
            if (t.query && is_stem_marker(c, PS_FOLD_CP(info), before, p + i,
                                          n - i)) {
                stem_next = 1;
                before = '~';
                continue;
            }
            if (t.state != ST_BOUND) {
                if ((rc = leave_state(&t)))
                    goto out;
                t.state = ST_BOUND;
                t.bound_start = start;
            }
            t.bound_end = i;
            break;
        }
        before = PS_FOLD_CP(info);
    }
    rc = leave_state(&t);
out:
    if (next_pos)
        *next_pos = t.pos;
    return rc;
}
