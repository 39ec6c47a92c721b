#include "ps_buf.h"

#include "ps_status.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ps_buf_init(ps_buf *b)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void ps_buf_release(ps_buf *b)
{
    free(b->data);
    ps_buf_init(b);
}

void ps_buf_reset(ps_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void ps_buf_reserve(int *rc, ps_buf *b, size_t extra)
{
    if (*rc)
        return;
    if (extra > (size_t)-1 / 2 - b->len) {
        *rc = PS_ENOMEM;
        return;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        *rc = PS_ENOMEM;
        return;
    }
    b->data = p;
    b->cap = cap;
    b->data[b->len] = '\0'; /* keep the invariant for a fresh allocation */
}

void ps_buf_append(int *rc, ps_buf *b, const void *p, size_t n)
{
    ps_buf_reserve(rc, b, n);
    if (*rc)
        return;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void ps_buf_puts(int *rc, ps_buf *b, const char *s)
{
    ps_buf_append(rc, b, s, strlen(s));
}

void ps_buf_putc(int *rc, ps_buf *b, char c)
{
    ps_buf_append(rc, b, &c, 1);
}

void ps_buf_vprintf(int *rc, ps_buf *b, const char *fmt, va_list ap)
{
    if (*rc)
        return;
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0) {
        *rc = PS_EINVAL;
        return;
    }
    ps_buf_reserve(rc, b, (size_t)n);
    if (*rc)
        return;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void ps_buf_printf(int *rc, ps_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    ps_buf_vprintf(rc, b, fmt, ap);
    va_end(ap);
}

char *ps_buf_detach(ps_buf *b, size_t *len)
{
    char *p = b->data;
    if (len)
        *len = b->len;
    if (!p)
        p = calloc(1, 1);
    ps_buf_init(b);
    return p;
}
