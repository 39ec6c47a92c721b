/*
 * libFuzzer target for the readers of binary formats written here rather
 * than taken from a library: the Word 97 piece-table reader (ps_doc_text,
 * behind .doc and .wps) and content sniffing.  The input is split into a
 * WordDocument stream and a table stream at a point its first two bytes
 * choose; the table is offered as both 0Table and 1Table.
 *   build-fuzz/fuzz/fuzz_doc -max_len=8192 build-fuzz/corpus-doc fuzz/seeds/doc
 */
#include "formats.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    (void)ps_format_sniff((const char *)data, n, NULL);
    if (n < 2)
        return 0;
    size_t split = ((size_t)data[0] | (size_t)data[1] << 8) % (n - 1);
    const unsigned char *wd = data + 2, *tb = data + 2 + split;
    size_t wdn = split, tbn = n - 2 - split;
    ps_buf out = PS_BUF_INIT;
    ps_error err;
    (void)ps_doc_text(wd, wdn, tb, tbn, tb, tbn, &out, &err);
    /* whatever came out is valid UTF-8 of bounded size */
    if (out.len > 8 * n + 16)
        __builtin_trap();
    ps_buf_release(&out);
    return 0;
}
