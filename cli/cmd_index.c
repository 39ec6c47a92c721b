/* plansearch index [--db DIR] [--rebuild] [--quiet] [PATH...] */
#include "cli.h"

#include <stdlib.h>

int ps_cmd_index(int argc, char **argv)
{
    const char *db = NULL, *rebuild = NULL, *quiet = NULL;
    const ps_cli_opt opts[] = {
        {"--db", 1, &db}, {"--rebuild", 0, &rebuild}, {"--quiet", 0, &quiet}};
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    if (!paths)
        return ps_cli_fail("out of memory");
    size_t npaths;
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], paths, &npaths);
    if (st) {
        free(paths);
        return st;
    }
    if (npaths == 0)
        paths[npaths++] = ps_cli_bundled_dir();
    int explicit_db;
    char *dbpath = ps_cli_db_path(db, &explicit_db);
    if (!dbpath) {
        free(paths);
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    }
    ps_cli_env env;
    ps_error err;
    ps_error_clear(&err);
    if (ps_cli_env_open(&env, 1, &err))
        st = ps_cli_fail("%s", err.msg);
    else
        st = ps_cli_index(&env, dbpath, paths, npaths, rebuild != NULL, quiet != NULL);
    ps_cli_env_close(&env);
    free(dbpath);
    free(paths);
    return st;
}
