/*
 * plansearch check [--db DIR]: is the index whole?  Exit 0 when it is
 * consistent, 1 when problems were found (each on its own line), 2 when it
 * cannot be opened at all.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

static void report(void *ctx, const char *message)
{
    const char *db = ctx;
    fprintf(stderr, PS_("plansearch: index '%s': %s\n"), db, message);
}

int ps_cmd_check(int argc, char **argv)
{
    const char *db = NULL;
    const ps_cli_opt opts[] = {{"--db", 1, &db}};
    const char *pos[8];
    size_t npos;
    if (argc > 4)
        return ps_cli_fail("usage: plansearch check [--db DIR]");
    int st = ps_cli_parse(argc, argv, opts, sizeof opts / sizeof opts[0], pos, &npos);
    if (st)
        return st;
    if (npos != 0)
        return ps_cli_fail("usage: plansearch check [--db DIR]");
    int explicit_db;
    char *dbpath = ps_cli_db_path(db, &explicit_db);
    if (!dbpath)
        return ps_cli_fail("no index location: set PLANSEARCH_DB or HOME, or use --db");
    ps_error err;
    ps_error_clear(&err);
    ps_check_summary sum;
    int rc = ps_index_check(dbpath, report, dbpath, &sum, &err);
    if (rc == PS_EINDEX_NOTFOUND)
        st = ps_cli_fail("no index at '%s'", dbpath);
    else if (rc)
        st = ps_cli_fail("%s", err.msg);
    else if (sum.problems)
        st = (fprintf(stderr,
                      dngettext(PS_TEXTDOMAIN,
                                "plansearch: index '%s' has %u problem (rebuild it with "
                                "'plansearch index --rebuild')\n",
                                "plansearch: index '%s' has %u problems (rebuild it with "
                                "'plansearch index --rebuild')\n",
                                sum.problems),
                      dbpath, sum.problems),
              PS_EXIT_NONE);
    else
        printf("index '%s' is consistent: %u documents from %u files\n", dbpath, sum.docs,
               sum.files);
    free(dbpath);
    return st;
}
