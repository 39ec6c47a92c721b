/*
 * What metadata extraction costs: CPU seconds of ps_meta_extract over every
 * document of a corpus, beside the CPU of reading them (decoding, HTML,
 * folding, boilerplate, splitting, extraction: ps_reader_read_file).
 *
 *   bench_meta DIR
 *
 * Prints "files N docs N read_cpu_s X meta_cpu_s Y"; bench/run-meta sets
 * these beside the CPU time of `plansearch index` on the same folder.  Only
 * the extraction proper is timed as metadata: folding and boilerplate
 * marking are done for the indexed body anyway.
 */
#include "corpus_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct bench {
    ps_reader *reader;
    ps_cjk *cjk;
    ps_gazetteer *gaz;
    unsigned files, docs;
    double read_s, meta_s;
} bench;

static int one_file(void *ctx, const char *path, const char *relpath)
{
    bench *b = ctx;
    ps_plan_list l = {NULL, 0};
    ps_error err;
    double t0 = cpu_seconds();
    if (ps_reader_read_file(b->reader, path, relpath, &l, &err) != PS_OK)
        return 0; /* skipped, as the indexer would */
    b->read_s += cpu_seconds() - t0;
    b->files++;
    for (size_t i = 0; i < l.count; i++) {
        const ps_plan *p = l.items[i];
        ps_text t;
        if (ps_text_init(&t, b->cjk, p->raw, p->raw_len))
            continue;
        ps_boiler_mark(&t);
        ps_plan m;
        memset(&m, 0, sizeof m);
        double t1 = cpu_seconds();
        ps_meta_extract(&t, b->gaz, &m);
        b->meta_s += cpu_seconds() - t1;
        ps_text_release(&t);
        /* free the fields ps_meta_extract filled */
        free(m.title), free(m.org), free(m.level), free(m.sector), free(m.date);
        free(m.doc_number), free(m.region), free(m.region_code), free(m.type);
        free(m.from.title), free(m.from.year), free(m.from.region), free(m.from.org);
        free(m.from.level), free(m.from.type);
        b->docs++;
    }
    ps_plan_list_release(&l);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bench_meta DIR\n");
        return 2;
    }
    bench b;
    memset(&b, 0, sizeof b);
    ps_error err;
    if (ps_cjk_new(&b.cjk, &err) || ps_gazetteer_new(&b.gaz, &err) ||
        ps_reader_new(b.cjk, &b.reader, &err)) {
        fprintf(stderr, "bench_meta: %s\n", err.msg);
        return 2;
    }
    if (ps_corpus_walk(argv[1], one_file, NULL, &b, &err)) {
        fprintf(stderr, "bench_meta: %s\n", err.msg);
        return 2;
    }
    printf("files %u docs %u read_cpu_s %.3f meta_cpu_s %.3f\n", b.files, b.docs, b.read_s,
           b.meta_s);
    ps_reader_free(b.reader);
    ps_gazetteer_free(b.gaz);
    ps_cjk_free(b.cjk);
    return b.docs ? 0 : 1;
}
