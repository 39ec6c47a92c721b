/*
 * Tokenizer throughput: MB of UTF-8 input per second of CPU time on one
 * core, over the bundled plans repeated in memory to a given size.
 *
 *   bench_tokenizer [--mb N] [--rounds R] DIR
 *
 * Each copy of each plan is tokenized by its own ps_cjk_tokenize call, as
 * the indexer does per document; the callback only sums term lengths, so
 * the figure is the tokenizer's own cost.  The best of R rounds is printed,
 * since other processes on a shared machine only ever make a round slower.
 */
#include "ps_cjk.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct piece {
    size_t off, len;
} piece;

typedef struct sink {
    size_t tokens, bytes;
} sink;

static int count_token(void *ctx, const ps_token *tok)
{
    sink *s = ctx;
    s->tokens++;
    s->bytes += tok->len;
    return 0;
}

static double cpu_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int load_plans(const char *dir, ps_buf *text, piece **pieces,
                      size_t *npieces)
{
    DIR *dh = opendir(dir);
    struct dirent *de;
    char path[4096];
    int rc = 0;

    if (!dh) {
        fprintf(stderr, "bench_tokenizer: cannot open '%s'\n", dir);
        return -1;
    }
    while ((de = readdir(dh)) != NULL) {
        size_t len = strlen(de->d_name), got;
        char chunk[65536];
        piece *grown;
        FILE *f;

        if (len < 5 || strcmp(de->d_name + len - 4, ".txt") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        if (!(f = fopen(path, "rb")))
            continue;
        grown = realloc(*pieces, (*npieces + 1) * sizeof **pieces);
        if (!grown) {
            fclose(f);
            rc = PS_ENOMEM;
            break;
        }
        *pieces = grown;
        (*pieces)[*npieces].off = text->len;
        while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
            ps_buf_append(&rc, text, chunk, got);
        fclose(f);
        (*pieces)[*npieces].len = text->len - (*pieces)[*npieces].off;
        (*npieces)++;
    }
    closedir(dh);
    if (rc || *npieces == 0) {
        fprintf(stderr, "bench_tokenizer: no plans read from '%s'\n", dir);
        return -1;
    }
    return 0;
}

static void usage(void)
{
    fprintf(stderr, "usage: bench_tokenizer [--mb N] [--rounds R] DIR\n");
    exit(2);
}

int main(int argc, char **argv)
{
    double mb = 64, best[2] = {1e30, 1e30};
    int rounds = 3, r, mode, i, rc = 0;
    const char *dir = NULL;
    ps_buf plans = PS_BUF_INIT, all = PS_BUF_INIT;
    piece *pieces = NULL;
    size_t npieces = 0, copies, c, p;
    ps_cjk *cjk;
    ps_error err;
    sink s = {0, 0};

    for (i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mb") == 0 && i + 1 < argc)
            mb = atof(argv[++i]);
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (argv[i][0] != '-' && !dir)
            dir = argv[i];
        else
            usage();
    }
    if (!dir || mb <= 0 || rounds < 1)
        usage();
    if (load_plans(dir, &plans, &pieces, &npieces))
        return 1;

    copies = (size_t)(mb * 1e6 / (double)plans.len) + 1;
    ps_buf_reserve(&rc, &all, copies * plans.len);
    for (c = 0; c < copies; c++)
        ps_buf_append(&rc, &all, plans.data, plans.len);
    if (rc) {
        fprintf(stderr, "bench_tokenizer: out of memory\n");
        return 1;
    }
    if (ps_cjk_new(&cjk, &err) != PS_OK) {
        fprintf(stderr, "bench_tokenizer: %s\n", err.msg);
        return 1;
    }

    for (r = 0; r < rounds; r++) {
        for (mode = 0; mode < 2; mode++) {
            double t0 = cpu_seconds(), dt;
            for (c = 0; c < copies; c++)
                for (p = 0; p < npieces; p++) {
                    const char *t = all.data + c * plans.len + pieces[p].off;
                    rc = ps_cjk_tokenize(cjk, mode, t, pieces[p].len, 0,
                                         count_token, &s, NULL);
                    if (rc) {
                        fprintf(stderr, "bench_tokenizer: %s\n",
                                ps_status_name(rc));
                        return 1;
                    }
                }
            dt = cpu_seconds() - t0;
            if (dt < best[mode])
                best[mode] = dt;
        }
    }

    printf("input: %zu plans × %zu copies = %.1f MB of UTF-8\n", npieces,
           copies, (double)all.len / 1e6);
    printf("index mode: %.1f MB/s per core (%.3f s CPU, best of %d)\n",
           (double)all.len / 1e6 / best[0], best[0], rounds);
    printf("query mode: %.1f MB/s per core (%.3f s CPU, best of %d)\n",
           (double)all.len / 1e6 / best[1], best[1], rounds);
    printf("tokens per round (both modes): %zu\n", s.tokens / (size_t)rounds);

    ps_cjk_free(cjk);
    ps_buf_release(&plans);
    ps_buf_release(&all);
    free(pieces);
    return 0;
}
