/*
 * plansearch: full-text search over Chinese trade-union work plans.
 * main() only dispatches; each subcommand lives in cmd_<name>.c and the
 * tables of subcommands and options in options.c.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Dashes a Chinese input method types for '-': the full-width hyphen-minus
 * (－), the em dash (—, and —— for two) and the en dash (–).  A word that
 * starts with them and goes on with a letter is an option: '－－year' and
 * '——year' are '--year'.  Returns a malloc'd rewritten word, or NULL when
 * the word is left as it is.
 */
static char *ascii_dashes(const char *a)
{
    static const char *const dashes[] = {"\xEF\xBC\x8D", "\xE2\x80\x94", "\xE2\x80\x93", "-"};
    const char *p = a;
    size_t ndash = 0, nwide = 0;
    for (;;) {
        size_t k = 0;
        for (; k < sizeof dashes / sizeof *dashes; k++)
            if (strncmp(p, dashes[k], strlen(dashes[k])) == 0)
                break;
        if (k == sizeof dashes / sizeof *dashes)
            break;
        nwide += k < 3;
        p += strlen(dashes[k]);
        ndash++;
    }
    if (!nwide || ndash > 2 || !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
        return NULL;
    size_t n = strlen(p) + 3;
    char *w = malloc(n);
    if (w)
        snprintf(w, n, "--%s", p); /* one em dash is a whole dash pair as typed */
    return w;
}

/* Is word an option that takes a value (the next word), for command c? */
static int takes_value(const ps_cli_command *c, const char *word)
{
    if (strncmp(word, "--", 2) != 0 || strchr(word, '='))
        return 0;
    const ps_cli_optdoc *d = ps_cli_optdoc_find(c->name, word, strlen(word));
    return d && d->arg;
}

static int wants_help(int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            return 0;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return 1;
    }
    return 0;
}

/*
 * The search's first query word when it is a subcommand's name: the user
 * probably put an option first that the subcommand does not take before it.
 */
static void hint_subcommand_word(int argc, char **argv)
{
    const ps_cli_command *search = &ps_cli_commands[0];
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0)
            a = i + 1 < argc ? argv[++i] : NULL;
        else if (strncmp(a, "--", 2) == 0) {
            i += takes_value(search, a);
            continue;
        }
        if (a && ps_cli_command_find(a))
            fprintf(stderr, PS_("plansearch: note: '%s' is searched for as a word; for the "
                                "subcommand, write 'plansearch %s' first, with options after it "
                                "(only global options such as --db may stand before it)\n"),
                    a, a);
        return;
    }
}

static int dispatch(int argc, char **argv)
{
    if (argc < 2) {
        ps_cli_help(stderr);
        return PS_EXIT_ERROR;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        ps_cli_help(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("plansearch %s\n", PS_VERSION);
        return 0;
    }
    /* hidden: the man pages and shell completion, read from the same tables */
    if (strcmp(argv[1], "--help-man") == 0)
        return ps_cli_help_man(stdout, argc > 2 ? argv[2] : "1");
    if (strcmp(argv[1], "--complete") == 0)
        return ps_cli_complete(argc - 2, argv + 2);

    /* global options (those every subcommand takes) may come first */
    int i = 1;
    while (i < argc && strncmp(argv[i], "--", 2) == 0 && argv[i][2]) {
        const char *eq = strchr(argv[i], '=');
        size_t n = eq ? (size_t)(eq - argv[i]) : strlen(argv[i]);
        const ps_cli_optdoc *d = ps_cli_optdoc_find(NULL, argv[i], n);
        if (!d || !(d->flags & PS_OPT_GLOBAL))
            break;
        i += d->arg && !eq ? 2 : 1;
    }
    const ps_cli_command *c = i < argc ? ps_cli_command_find(argv[i]) : NULL;
    if (!c) {
        if (wants_help(argc - 1, argv + 1)) {
            ps_cli_help(stdout);
            return 0;
        }
        hint_subcommand_word(argc - 1, argv + 1);
        return ps_cmd_search(argc - 1, argv + 1);
    }
    /* plansearch --db DIR index PATH → index --db DIR PATH */
    char **args = malloc((size_t)argc * sizeof *args);
    if (!args)
        return ps_cli_fail("out of memory");
    int n = 0;
    for (int k = 1; k < i; k++)
        args[n++] = argv[k];
    for (int k = i + 1; k < argc; k++)
        args[n++] = argv[k];
    args[n] = NULL;
    int st;
    if (wants_help(n, args)) {
        ps_cli_help_command(stdout, c);
        st = 0;
    } else {
        st = c->fn(n, args);
    }
    free(args);
    return st;
}

int main(int argc, char **argv)
{
    ps_cli_i18n_init();
    char **args = malloc(((size_t)argc + 1) * sizeof *args);
    char **owned = calloc((size_t)argc + 1, sizeof *owned);
    if (!args || !owned) {
        free(args);
        free(owned);
        return ps_cli_fail("out of memory");
    }
    for (int i = 0; i < argc; i++) {
        owned[i] = i ? ascii_dashes(argv[i]) : NULL;
        args[i] = owned[i] ? owned[i] : argv[i];
    }
    args[argc] = NULL;
    int st = dispatch(argc, args);
    for (int i = 0; i < argc; i++)
        free(owned[i]);
    free(owned);
    free(args);
    return st;
}
