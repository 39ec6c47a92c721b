/*
 * UTF-8 decoding and encoding.  Invalid input is never an error here: each
 * undecodable byte is reported as PS_UTF8_INVALID and consumes exactly one
 * byte, so callers keep exact byte offsets into the original text.
 */
#include "cjk_int.h"

size_t ps_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    return ps_utf8_decode_fast((const unsigned char *)s, n, cp);
}

size_t ps_utf8_encode(uint32_t cp, char out[4])
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t ps_utf8_length(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, count = 0;
    uint32_t cp;

    while (i < n) {
        i += ps_utf8_decode_fast(p + i, n - i, &cp);
        count++;
    }
    return count;
}
