/*
 * A growable byte buffer.
 *
 * Invariants: when data is non-NULL it is NUL-terminated at len, so a buffer
 * of text can be passed to C string functions; len < cap.  A zeroed struct
 * (PS_BUF_INIT) is a valid empty buffer.
 *
 * The append functions use a "sticky" status: they take `int *rc`, do nothing
 * when *rc is already non-zero, and set *rc to PS_ENOMEM on failure.  A long
 * run of appends is checked once at the end (as SQLite's fts5_buffer.c does).
 */
#ifndef PS_BUF_H
#define PS_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct ps_buf {
    char *data;
    size_t len;
    size_t cap;
} ps_buf;

#define PS_BUF_INIT {NULL, 0, 0}

void ps_buf_init(ps_buf *b);
/* Free the contents; the buffer is empty and reusable afterwards. */
void ps_buf_release(ps_buf *b);
/* Keep the allocation, drop the contents. */
void ps_buf_reset(ps_buf *b);
/* Make room for `extra` more bytes plus the terminator. */
void ps_buf_reserve(int *rc, ps_buf *b, size_t extra);
void ps_buf_append(int *rc, ps_buf *b, const void *p, size_t n);
void ps_buf_puts(int *rc, ps_buf *b, const char *s);
void ps_buf_putc(int *rc, ps_buf *b, char c);
void ps_buf_printf(int *rc, ps_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ps_buf_vprintf(int *rc, ps_buf *b, const char *fmt, va_list ap);
/*
 * Hand the contents to the caller (who frees them with free()); the buffer is
 * left empty.  Returns a freshly allocated "" for an empty buffer, NULL only
 * when out of memory.
 */
char *ps_buf_detach(ps_buf *b, size_t *len);

#endif
