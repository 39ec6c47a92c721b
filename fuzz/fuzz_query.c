/*
 * libFuzzer target for the query parser (searcher/query.c) and what is
 * built from a parsed query: its description, the Xapian query, the
 * phrases to highlight, and snippets of the input text for them.
 *
 * Beyond "does not crash or leak": a query either parses or is refused
 * with PS_EQUERY and a message, and a parsed query compiles or is refused
 * the same way.
 */
#include "search_int.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static ps_cjk *cjk; /* created once: loading OpenCC per input would dominate */

#define CHECK(cond)                                                    \
    do {                                                               \
        if (!(cond)) {                                                 \
            fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, \
                    __LINE__);                                         \
            abort();                                                   \
        }                                                              \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps_error err;
    if (!cjk)
        CHECK(ps_cjk_new(&cjk, &err) == PS_OK);
    /* queries come from a command line: NUL-terminated, so cut at a NUL */
    char *text = malloc(size + 1);
    CHECK(text);
    memcpy(text, data, size);
    text[size] = '\0';

    ps_query *q = NULL;
    ps_error_clear(&err);
    int rc = ps_query_parse(cjk, text, &q, &err);
    if (rc != PS_OK) {
        CHECK(rc == PS_EQUERY || rc == PS_ENOMEM);
        CHECK(q == NULL);
        CHECK(err.msg[0] != '\0');
        free(text);
        return 0;
    }
    CHECK(q != NULL);
    char *d = psq_describe(q);
    CHECK(d != NULL);
    free(d);
    /* a term with nothing searchable in it is refused only here */
    psx_query *xq = NULL;
    ps_error_clear(&err);
    rc = psq_compile(q, &xq, &err);
    CHECK((rc == PS_OK && xq != NULL) ||
          ((rc == PS_EQUERY || rc == PS_ENOMEM) && !xq && err.msg[0]));
    psx_query_free(xq);
    psq_phrase_list phrases = {NULL, 0};
    CHECK(psq_collect_phrases(q, &phrases) == PS_OK);
    ps_snippet *snips = NULL;
    size_t nsnips = 0;
    size_t n = strlen(text);
    if (ps_snippets_make(cjk, text, n, &phrases, 2, &snips, &nsnips) == PS_OK)
        ps_snippets_free(snips, nsnips);
    psq_phrase_list_release(&phrases);
    ps_query_free(q);
    free(text);
    return 0;
}
