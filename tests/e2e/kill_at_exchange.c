/*
 * LD_PRELOAD shim for t261-compact-kill.sh and t225-parallel-build.sh: the
 * process kills itself (SIGKILL, as a power cut or kill -9 would) at the
 * moment it renames a folder named "….compact-tmp" (a compaction) or
 * "….build-tmp/merged" (a parallel build) into place, whichever rename call
 * it uses.
 * A compaction that exchanges folders atomically leaves the old index whole
 * there; one that removes the index first and then renames leaves none.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static int ends_with(const char *s, const char *tail)
{
    size_t n = s ? strlen(s) : 0, k = strlen(tail);
    return n >= k && strcmp(s + n - k, tail) == 0;
}

static void die_if_compact_tmp(const char *a, const char *b)
{
    const char *p[2] = {a, b};
    for (int i = 0; i < 2; i++)
        if (ends_with(p[i], ".compact-tmp") || ends_with(p[i], ".build-tmp/merged"))
            raise(SIGKILL);
}

int rename(const char *a, const char *b)
{
    die_if_compact_tmp(a, b);
    int (*real)(const char *, const char *) = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    return real(a, b);
}

int renameat(int da, const char *a, int db, const char *b)
{
    die_if_compact_tmp(a, b);
    int (*real)(int, const char *, int, const char *) =
        (int (*)(int, const char *, int, const char *))dlsym(RTLD_NEXT, "renameat");
    return real(da, a, db, b);
}

int renameat2(int da, const char *a, int db, const char *b, unsigned flags)
{
    die_if_compact_tmp(a, b);
    int (*real)(int, const char *, int, const char *, unsigned) =
        (int (*)(int, const char *, int, const char *, unsigned))dlsym(RTLD_NEXT, "renameat2");
    return real(da, a, db, b, flags);
}
