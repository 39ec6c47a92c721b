/*
 * Status codes and error reports shared by every plansearch module.
 *
 * One X-macro list produces both the enum and ps_status_name(), so a new
 * code cannot be added without a name.  PS_OK is 0; PS_DONE (positive) means
 * "stop / exhausted", never an error; every error is negative.
 */
#ifndef PS_STATUS_H
#define PS_STATUS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PS_STATUS_LIST(X)                                              \
    X(PS_OK, 0, "ok")                                                  \
    X(PS_DONE, 1, "done")                                              \
    X(PS_ENOMEM, -1, "out of memory")                                  \
    X(PS_EINVAL, -2, "invalid argument")                               \
    X(PS_EIO, -3, "input/output error")                                \
    X(PS_EENCODING, -4, "undecodable input")                           \
    X(PS_EQUERY, -5, "malformed query")                                \
    X(PS_EINDEX_NOTFOUND, -6, "index not found")                       \
    X(PS_EINDEX_LOCKED, -7, "index is locked by another writer")      \
    X(PS_EINDEX_CORRUPT, -8, "index is corrupt")                       \
    X(PS_EINDEX, -9, "index error")                                    \
    X(PS_EINTERNAL, -10, "internal error")

typedef enum ps_status {
#define PS_STATUS_ENUM(name, value, text) name = value,
    PS_STATUS_LIST(PS_STATUS_ENUM)
#undef PS_STATUS_ENUM
} ps_status;

/* Symbolic name of a status ("PS_EQUERY"), or "PS_UNKNOWN". */
const char *ps_status_name(int rc);
/* Human description of a status ("malformed query"). */
const char *ps_status_text(int rc);

/*
 * An error report filled in by a callee: a code and a one-line message.
 * Fixed-size so that reporting PS_ENOMEM needs no allocation.  Messages follow
 * git's wording: lower case, no trailing full stop, the subject in quotes.
 */
typedef struct ps_error {
    int code;
    char msg[512];
} ps_error;

/*
 * Record an error in *err (which may be NULL) and return `code`, so callers
 * can write `return ps_error_set(err, PS_EIO, "cannot read '%s'", path);`.
 */
int ps_error_set(ps_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Reset *err to PS_OK with an empty message. */
void ps_error_clear(ps_error *err);

#ifdef __cplusplus
}
#endif

#endif
