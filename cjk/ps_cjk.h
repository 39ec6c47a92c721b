/*
 * cjk/: UTF-8 decoding, normalization and the tokenizer.
 *
 * The contract the rest of plansearch relies on: a query matches a document
 * if and only if the document's text contains the query string after
 * normalization, except that a run of Latin letters/digits only matches a
 * whole run.  Index and query sides therefore use the same functions here.
 *
 * Normalization works one code point at a time (ps_cjk_fold_cp), so every
 * normalized character corresponds to exactly one original character (a
 * pinyin annotation after a CJK character, ps_cjk_pinyin_at, corresponds to
 * none: it is skipped) and
 * token offsets point into the original bytes: snippets show the text as
 * the document wrote it (traditional script, full-width digits …).
 *
 * Positions.  Positions are counted in "slots": each CJK character takes one
 * slot, each Latin/digit run takes one slot, and each run of boundary
 * characters (white space, punctuation, invalid bytes, symbols) takes one
 * slot.  Terms emitted:
 *   - CJK unigram   (PS_TOKF_UNIGRAM) at the character's slot;
 *   - CJK bigram    (PS_TOKF_BIGRAM)  at the slot of its first character,
 *                   only when both characters are CJK and adjacent;
 *   - word          (PS_TOKF_WORD)    a whole Latin/digit run, lowercased;
 *   - stem          (PS_TOKF_STEM)    "Z" + Snowball English stem of a word
 *                   containing letters, at the word's slot (colocated);
 *   - boundary      (PS_TOKF_BOUNDARY) the term PS_BOUNDARY_TERM at the slot
 *                   of a boundary run, so that a query containing
 *                   punctuation matches only text with a boundary there.
 *
 * Thread safety: a ps_cjk owns a Snowball stemmer, which must not be shared
 * between threads; create one ps_cjk per thread.  Everything else is
 * read-only.
 */
#ifndef PS_CJK_H
#define PS_CJK_H

#include "ps_buf.h"
#include "ps_status.h"

#include <stddef.h>
#include <stdint.h>

/* ---- UTF-8 ------------------------------------------------------------ */

/* Decoded value for a byte that does not start a valid UTF-8 sequence. */
#define PS_UTF8_INVALID 0xFFFFFFFFu

/*
 * Decode one code point from s[0..n) (n >= 1).  Returns the number of bytes
 * consumed (1..4, never 0).  Overlong forms, surrogates, values above
 * U+10FFFF and truncated sequences yield *cp = PS_UTF8_INVALID and consume
 * exactly one byte, so decoding always makes progress.
 */
size_t ps_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encode cp (<= U+10FFFF) into out[4]; returns the byte count (1..4). */
size_t ps_utf8_encode(uint32_t cp, char out[4]);

/* Count of code points in s[0..n), invalid bytes counting one each. */
size_t ps_utf8_length(const char *s, size_t n);

/* ---- Normalizer and tokenizer ---------------------------------------- */

typedef struct ps_cjk ps_cjk;

/*
 * Create a normalizer/tokenizer: the Snowball English stemmer and scratch
 * space.  The fold table (OpenCC's traditional→simplified data among it) is
 * computed when plansearch is built and shared read-only, so this is cheap.
 * Returns PS_OK, or PS_EINTERNAL / PS_ENOMEM with err filled in and *out NULL.
 * Create one per thread (the stemmer is not thread-safe).
 */
int ps_cjk_new(ps_cjk **out, ps_error *err);
void ps_cjk_free(ps_cjk *c); /* NULL is fine */

/* Character classes, as seen after folding. */
enum ps_cp_class {
    PS_CP_BOUNDARY = 0, /* white space, punctuation, symbols, invalid bytes */
    PS_CP_CJK = 1,      /* Han, kana, hangul, 〇: one slot per character */
    PS_CP_ALNUM = 2     /* Latin letters and digits: a run is one word */
};

/*
 * Fold one code point: width (full-width → ASCII, ideographic space →
 * space), case (Latin → lower), traditional → simplified (OpenCC, per
 * character), variant forms (○ → 〇), and the characters traditional
 * script writes for two simplified ones, itself and another (著 for 着,
 * 瞭 for 了, 覆 for 复 …), folded to the other one (fold.c, context_variants).  *cls receives the class of the
 * folded character.  PS_UTF8_INVALID folds to itself, class boundary.
 */
uint32_t ps_cjk_fold_cp(const ps_cjk *c, uint32_t cp, int *cls);

/*
 * Fold a whole string character by character into `out` (appended; sticky
 * rc as in ps_buf.h).  Boundary characters are kept as written (after width
 * folding), invalid bytes become U+FFFD.  When `map` is non-NULL it receives
 * a malloc'd array (caller frees) of L + 1 entries, L being the number of
 * bytes appended (out->len when out started empty): map[i] is the byte
 * offset in s of the character that appended byte i came from, and
 * map[L] == n.  On error *map is NULL.  Used by corpus/ to extract metadata
 * from folded text and report offsets in the original.
 */
void ps_cjk_fold_string(const ps_cjk *c, const char *s, size_t n, int *rc,
                        ps_buf *out, size_t **map);

/*
 * The normalized form used by brute-force checks: folded characters, every
 * boundary run replaced by one space.  (Appended to out; sticky rc.)
 */
void ps_cjk_normalize_for_match(const ps_cjk *c, const char *s, size_t n,
                                int *rc, ps_buf *out);

/*
 * Pinyin annotations: when s[0..n) starts with a parenthesised run of 1 to
 * 6 lower-case pinyin letters carrying a tone mark or ending in a tone
 * digit — (huì), (xué), (hui4), in half- or full-width parentheses — the
 * length of that run in bytes, else 0.  Converters write them after
 * characters (工會(huì)); the tokenizer, ps_cjk_normalize_for_match,
 * ps_cjk_fold_string and the analyses skip one that directly follows a CJK
 * character, so 工會(huì)會員 reads and matches as 工会会员.
 */
size_t ps_cjk_pinyin_at(const char *s, size_t n);

/* Tokenizer modes. */
enum ps_tok_mode {
    PS_TOK_INDEX = 0, /* documents: every unigram, bigram, word, stem, boundary */
    PS_TOK_QUERY = 1  /* a query phrase: the minimal exact-phrase sequence */
};

/* Token flags. */
enum ps_tok_flags {
    PS_TOKF_UNIGRAM = 1u << 0,
    PS_TOKF_BIGRAM = 1u << 1,
    PS_TOKF_WORD = 1u << 2,
    PS_TOKF_STEM = 1u << 3,
    PS_TOKF_BOUNDARY = 1u << 4
};

/* The term indexed at boundary slots (a byte no real text term starts with). */
#define PS_BOUNDARY_TERM "\x1f"

/* Xapian rejects terms longer than 245 bytes; longer words are cut there. */
#define PS_TERM_MAX 240

typedef struct ps_token {
    const char *term; /* normalized term bytes, borrowed for the callback */
    size_t len;
    uint32_t pos;     /* slot number (first_pos + slots before this one) */
    size_t start;     /* byte offset of the token's first character in text */
    size_t end;       /* byte offset just past its last character */
    unsigned flags;   /* one PS_TOKF_* */
} ps_token;

/* Return 0 to continue; non-zero stops tokenizing and is returned. */
typedef int (*ps_token_fn)(void *ctx, const ps_token *tok);

/*
 * Tokenize text[0..n).
 *
 * PS_TOK_INDEX emits every term described at the top of this file, slots
 * numbered from first_pos.  *next_pos (may be NULL) receives the slot after
 * the last one used, so that several fields or chunks of one document can be
 * numbered continuously.
 *
 * PS_TOK_QUERY turns a query string into the exact phrase that finds it:
 * leading and trailing boundaries are dropped; a CJK run of length 1 is its
 * unigram; a run of length m >= 2 is its m-1 bigrams, plus the unigram of
 * its last character when something follows in the query (so the phrase
 * occupies consecutive slots); words are emitted as words (no stem unless
 * the word was written with a leading '~', which yields the stem term
 * instead); an inner boundary run is PS_BOUNDARY_TERM.  Positions start at
 * first_pos and are consecutive, so the whole sequence is an exact phrase.
 * The '~' (or '～') is an operator only at the start of the text or after
 * white space, and only before a word with a letter ("~unions"); anywhere
 * else it is punctuation ("2012～2015"), and on digits it is ignored.
 *
 * Every term is at most PS_TERM_MAX bytes: a longer word (and its stem) is
 * cut on a character boundary, while its offsets still span the whole run.
 * Returns PS_OK, the callback's non-zero value, or PS_ENOMEM.
 */
int ps_cjk_tokenize(ps_cjk *c, int mode, const char *text, size_t n,
                    uint32_t first_pos, ps_token_fn fn, void *ctx,
                    uint32_t *next_pos);

#endif
