/* Finding plansearch's modules (see ps_module.h). */
#define _GNU_SOURCE /* dladdr */
#include "ps_module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* dir/rel/name into buf if that file exists: 1, else 0. */
static int module_at(char *buf, size_t size, const char *dir, const char *rel,
                     const char *name)
{
    int w = snprintf(buf, size, "%s/%s/%s", dir, rel, name);
    return w > 0 && (size_t)w < size && access(buf, R_OK) == 0;
}

int ps_exe_dir(char *buf, size_t size)
{
    ssize_t k = size ? readlink("/proc/self/exe", buf, size - 1) : -1;
    if (k <= 0)
        return 0;
    buf[k] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return 0;
    *slash = '\0';
    return 1;
}

void ps_module_path(const char *name, const char *rel, const char *installed, char *buf,
                    size_t size)
{
    char dir[4096];
    if (ps_exe_dir(dir, sizeof dir) && module_at(buf, size, dir, rel, name))
        return;
    Dl_info info;
    if (dladdr((void *)ps_module_path, &info) && info.dli_fname &&
        strlen(info.dli_fname) < sizeof dir) {
        strcpy(dir, info.dli_fname);
        char *slash = strrchr(dir, '/');
        if (slash) {
            *slash = '\0';
            if (module_at(buf, size, dir, "plansearch", name))
                return;
        }
    }
    snprintf(buf, size, "%s", installed);
}
