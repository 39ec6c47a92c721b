/*
 * Shards: which of N indexes a file's documents go to (plansearch index
 * --shard I/N).  The choice depends only on the file id, so N machines
 * indexing the same corpus folder split it without talking to each other,
 * and a file stays in its shard from run to run.
 */
#include "ps_index.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/*
 * FNV-1a, 64 bits: offset basis 14695981039346656037, prime 1099511628211,
 * over the bytes of the file id.  Written out here (not a library call) so
 * the assignment can never change under an index with a library upgrade.
 */
static uint64_t fnv1a64(const char *s)
{
    uint64_t h = 14695981039346656037ull;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        h ^= *p;
        h *= 1099511628211ull;
    }
    return h;
}

unsigned ps_shard_of(const char *file_id, unsigned count)
{
    return count ? (unsigned)(fnv1a64(file_id) % count) + 1 : 1;
}

unsigned ps_part_of(const char *file_id, unsigned parts)
{
    /* the high half: ps_shard_of takes the whole hash mod N, and parts of a
       shard taken mod the same N would all fall in one part */
    return parts ? (unsigned)((fnv1a64(file_id) >> 32) % parts) : 0;
}

/* A decimal number from 1 to PS_SHARD_MAX, all of [s, end). */
static int shard_number(const char *s, const char *end, unsigned *out)
{
    if (s == end || *s < '0' || *s > '9')
        return -1;
    unsigned long v = 0;
    for (const char *p = s; p < end; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        v = v * 10 + (unsigned long)(*p - '0');
        if (v > PS_SHARD_MAX)
            return -1;
    }
    if (v == 0)
        return -1;
    *out = (unsigned)v;
    return 0;
}

int ps_shard_parse(const char *arg, unsigned *index, unsigned *count, ps_error *err)
{
    const char *slash = strchr(arg, '/');
    unsigned i = 0, n = 0;
    if (!slash || shard_number(arg, slash, &i) || shard_number(slash + 1, slash + strlen(slash), &n))
        return ps_error_set(err, PS_EINVAL,
                            "invalid --shard '%s': expected I/N, shard I of N (1 <= I <= N <= %d)",
                            arg, PS_SHARD_MAX);
    if (i > n)
        return ps_error_set(err, PS_EINVAL,
                            "invalid --shard '%s': shard %u of %u does not exist (shards are "
                            "numbered from 1 to %u)", arg, i, n, n);
    *index = i;
    *count = n;
    return PS_OK;
}
