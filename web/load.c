/*
 * ps_web_start, _port and _stop: the web server's module (web_module.h),
 * loaded by the first start.  The rest of web/ (the API, the readers, the
 * embedded page) is the program's own and is handed to the module.
 */
#include "ps_module.h"
#include "web_module.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

struct ps_web {
    void *dl;
    const ps_web_module_ops *ops;
    ps_web_server *server;
};

static const ps_web_host host = {ps_web_reader_init, ps_web_reader_release,
                                 ps_web_reader_open, ps_web_api, ps_web_asset_find,
                                 ps_json_string};

int ps_web_start(const ps_web_config *cfg, ps_web **out, ps_error *err)
{
    *out = NULL;
    ps_web *w = calloc(1, sizeof *w);
    if (!w)
        return ps_error_set(err, PS_ENOMEM, "out of memory");
    char path[4096];
    ps_module_path(PS_WEB_MODULE_NAME, PS_WEB_REL, PS_WEB_INSTALLED, path, sizeof path);
    /* kept loaded to the end: libmicrohttpd and GnuTLS are not meant to be
       unloaded while the process runs */
    w->dl = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    ps_web_module_fn entry = NULL;
    if (w->dl)
        *(void **)&entry = dlsym(w->dl, PS_WEB_MODULE_ENTRY);
    if (!entry) {
        const char *why = dlerror();
        int rc = ps_error_set(err, PS_EINTERNAL, "cannot load the web server: %s",
                              why ? why : path);
        if (w->dl)
            dlclose(w->dl);
        free(w);
        return rc;
    }
    w->ops = entry();
    int rc = w->ops->start(&host, cfg, &w->server, err);
    if (rc) {
        dlclose(w->dl);
        free(w);
        return rc;
    }
    *out = w;
    return PS_OK;
}

unsigned ps_web_port(const ps_web *w)
{
    return w->ops->port(w->server);
}

void ps_web_stop(ps_web *w)
{
    if (!w)
        return;
    w->ops->stop(w->server);
    dlclose(w->dl);
    free(w);
}
