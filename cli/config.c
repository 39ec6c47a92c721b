/*
 * The configuration file: defaults a researcher sets once (the index, how
 * many hits a terminal shows, colour).  Options on the command line win.
 *
 *     # ~/.config/plansearch/config
 *     db = /home/me/plans-index
 *     limit = 20
 *     color = never
 */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ps_cli_color_parse(const char *s)
{
    if (strcmp(s, "auto") == 0)
        return 2;
    if (strcmp(s, "always") == 0)
        return 1;
    if (strcmp(s, "never") == 0)
        return 0;
    return -1;
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

static char *config_path(void)
{
    const char *env = getenv("PLANSEARCH_CONFIG");
    if (env && *env)
        return strdup(env);
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    const char *base = xdg && *xdg ? xdg : home && *home ? home : NULL;
    if (!base)
        return NULL;
    const char *rest = xdg && *xdg ? "/plansearch/config" : "/.config/plansearch/config";
    size_t n = strlen(base) + strlen(rest) + 1;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s%s", base, rest);
    return p;
}

void ps_cli_config_load(ps_cli_config *c)
{
    c->db = NULL;
    c->limit = -1;
    c->color = -1;
    char *path = config_path();
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f) {
        if (path && errno != ENOENT && errno != ENOTDIR)
            fprintf(stderr, PS_("plansearch: warning: cannot read '%s': %s\n"), path,
                    strerror(errno));
        free(path);
        return;
    }
    char line[4096];
    for (unsigned no = 1; fgets(line, sizeof line, f); no++) {
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *s = trim(line);
        if (!*s)
            continue;
        char *eq = strchr(s, '=');
        const char *why = NULL;
        if (!eq) {
            why = "expected 'key = value'";
        } else {
            *eq = '\0';
            char *key = trim(s), *val = trim(eq + 1);
            char *end;
            if (strcmp(key, "db") == 0 && *val) {
                free(c->db);
                c->db = strdup(val);
            } else if (strcmp(key, "limit") == 0) {
                long v = strtol(val, &end, 10);
                if (*val && !*end && v >= 1 && v <= 100000)
                    c->limit = v;
                else if (strcmp(val, "all") == 0)
                    c->limit = 0; /* every hit */
                else
                    why = "limit takes a number from 1 to 100000 or all";
            } else if (strcmp(key, "color") == 0 || strcmp(key, "colour") == 0) {
                if ((c->color = ps_cli_color_parse(val)) < 0)
                    why = "color takes auto, always or never";
            } else {
                why = "unknown key (db, limit and color are known)";
            }
        }
        if (why)
            fprintf(stderr, PS_("plansearch: warning: %s:%u: %s; line ignored\n"), path, no, why);
    }
    fclose(f);
    free(path);
}

void ps_cli_config_release(ps_cli_config *c)
{
    free(c->db);
    c->db = NULL;
}
