/*
 * Shell completion, computed from the tables of options.c so the bash, zsh
 * and fish scripts (completions/) stay small and never drift:
 *
 *     plansearch --complete -- WORD... CURRENT
 *
 * prints the candidates for CURRENT, one a line (subcommands, options of the
 * subcommand, closed values, region names from the gazetteer) and exits 0;
 * exit 3 asks the shell to complete file names instead.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COMPLETE_FILES = 3 };

static int has_prefix(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The space-separated words of list that start with cur. */
static void words(const char *list, const char *cur)
{
    for (const char *p = list; p && *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (strlen(cur) <= k && strncmp(p, cur, strlen(cur)) == 0)
            printf("%.*s\n", (int)k, p);
        p = e ? e + 1 : p + k;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Region names starting with cur; counties and above unless cur says more. */
static int regions(const char *cur)
{
    ps_gazetteer *g = NULL;
    ps_error err;
    ps_error_clear(&err);
    if (ps_gazetteer_new(&g, &err))
        return ps_cli_fail("%s", err.msg);
    size_t n = ps_gazetteer_size(g), m = 0;
    const char **names = malloc((n ? n : 1) * sizeof *names);
    if (!names) {
        ps_gazetteer_free(g);
        return ps_cli_fail("out of memory");
    }
    for (size_t i = 0; i < n; i++) {
        ps_place p;
        if (ps_gazetteer_at(g, i, &p) == PS_OK && has_prefix(p.name, cur) &&
            (p.level <= PS_PLACE_COUNTY || *cur))
            names[m++] = p.name;
    }
    qsort(names, m, sizeof *names, cmp_str);
    for (size_t i = 0; i < m; i++)
        if (i == 0 || strcmp(names[i], names[i - 1]) != 0)
            puts(names[i]);
    free(names);
    ps_gazetteer_free(g);
    return 0;
}

static void options_of(const ps_cli_command *c, const char *cur)
{
    words(c->options, cur);
    if (has_prefix("--help", cur))
        puts("--help");
}

int ps_cli_complete(int argc, char **argv)
{
    if (argc > 0 && strcmp(argv[0], "regions") == 0)
        return regions(argc > 1 ? argv[1] : "");
    if (argc > 0 && strcmp(argv[0], "--") == 0) {
        argc--;
        argv++;
    }
    const char *cur = argc > 0 ? argv[argc - 1] : "";
    /* argv[0] is the program's name as typed */
    const ps_cli_command *c = NULL;
    int any_word = 0, global_only = 1;
    const char *prev = NULL;
    for (int i = 1; i < argc - 1; i++) {
        const char *a = argv[i];
        prev = NULL;
        if (strncmp(a, "--", 2) == 0 && a[2]) {
            const ps_cli_command *in = c ? c : &ps_cli_commands[0];
            const ps_cli_optdoc *d = ps_cli_optdoc_find(in->name, a, strlen(a));
            global_only &= d && (d->flags & PS_OPT_GLOBAL);
            if (d && d->arg && !strchr(a, '=')) {
                if (i + 1 < argc - 1)
                    i++;
                else
                    prev = a;
            }
            continue;
        }
        if (!any_word && !c && global_only && ps_cli_command_find(a))
            c = ps_cli_command_find(a);
        else
            any_word = 1;
    }
    const ps_cli_command *in = c ? c : &ps_cli_commands[0];
    if (prev) {
        const ps_cli_optdoc *d = ps_cli_optdoc_find(in->name, prev, strlen(prev));
        if (d->flags & PS_OPT_REGION)
            return regions(cur);
        if (d->flags & PS_OPT_FILE)
            return COMPLETE_FILES;
        if (d->values) {
            if (d->flags & PS_OPT_LIST) {
                /* complete the last item of "year,pro" */
                const char *comma = strrchr(cur, ',');
                if (comma) {
                    for (const char *p = d->values; *p;) {
                        const char *e = strchr(p, ' ');
                        size_t k = e ? (size_t)(e - p) : strlen(p);
                        if (strncmp(p, comma + 1, strlen(comma + 1)) == 0 &&
                            strlen(comma + 1) <= k)
                            printf("%.*s%.*s\n", (int)(comma + 1 - cur), cur, (int)k, p);
                        p = e ? e + 1 : p + k;
                    }
                    return 0;
                }
            }
            words(d->values, cur);
        }
        return 0;
    }
    if (cur[0] == '-') {
        options_of(in, cur);
        return 0;
    }
    if (!c && !any_word && global_only)
        for (size_t i = 1; i < ps_cli_ncommands; i++)
            if (has_prefix(ps_cli_commands[i].name, cur))
                puts(ps_cli_commands[i].name);
    if (c && strcmp(c->name, "index") == 0)
        return COMPLETE_FILES;
    return 0;
}
