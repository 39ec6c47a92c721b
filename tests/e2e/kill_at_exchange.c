/*
 * LD_PRELOAD shim for t261-compact-kill.sh: the process kills itself
 * (SIGKILL, as a power cut or kill -9 would) at the moment it renames a
 * folder named "….compact-tmp" into place, whichever rename call it uses.
 * A compaction that exchanges folders atomically leaves the old index whole
 * there; one that removes the index first and then renames leaves none.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>

static void die_if_compact_tmp(const char *a, const char *b)
{
    static const char tail[] = ".compact-tmp";
    const char *p[2] = {a, b};
    for (int i = 0; i < 2; i++) {
        size_t n = p[i] ? strlen(p[i]) : 0;
        if (n >= sizeof tail - 1 && strcmp(p[i] + n - (sizeof tail - 1), tail) == 0)
            raise(SIGKILL);
    }
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
