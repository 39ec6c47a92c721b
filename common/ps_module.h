/*
 * Where a module of plansearch (a shared object it loads with dlopen only
 * when needed: the document readers, the web server) is.
 */
#ifndef PS_MODULE_H
#define PS_MODULE_H

#include <stddef.h>

/*
 * The path of module `name` into buf: beside the program, as installed
 * (BINDIR/rel, which holds for a moved tree, a DESTDIR, an extracted .deb,
 * and the build tree, which has the same layout); beside libplansearch.so
 * for the programs that load it (LIBDIR/plansearch); else `installed`,
 * which is also the path an error names.
 */
void ps_module_path(const char *name, const char *rel, const char *installed, char *buf,
                    size_t size);

/* The folder of the running program into buf (what BINDIR-relative paths
   start from): 1, or 0 when it cannot be read or does not fit. */
int ps_exe_dir(char *buf, size_t size);

#endif
