/*
 * The language of messages and --help: Chinese under a Chinese locale
 * (LANGUAGE=zh_CN, LANG=zh_CN.UTF-8), English otherwise.  Only the
 * messages category is taken from the environment: numbers in CSV and JSON
 * must keep their decimal point whatever the user's locale.
 */
#include "cli.h"
#include "ps_i18n.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The environment's choice for messages, as setlocale reads it. */
static const char *messages_locale(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return v;
    }
    return NULL;
}

/*
 * The catalogs: installed, at PS_LOCALE_REL from the binary's folder
 * (/usr/bin/../share/locale), when they hold ours; else the build tree's,
 * which the tests run from.
 */
static void locale_dir(char *buf, size_t size)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        struct stat st;
        if (slash) {
            *slash = '\0';
            char mo[4200];
            int len = snprintf(buf, size, "%s/%s", exe, PS_LOCALE_REL);
            int mlen = snprintf(mo, sizeof mo, "%s/zh_CN/LC_MESSAGES/%s.mo", buf, PS_TEXTDOMAIN);
            if (len > 0 && (size_t)len < size && mlen > 0 && (size_t)mlen < sizeof mo &&
                stat(mo, &st) == 0)
                return;
        }
    }
    snprintf(buf, size, "%s", PS_BUILD_LOCALE_DIR);
}

void ps_cli_i18n_init(void)
{
    const char *want = messages_locale();
    if (!want) {
        /*
         * No locale named at all, only LANGUAGE=zh_CN: glibc ignores
         * LANGUAGE under the C locale, which here is nobody's choice (an
         * explicit LANG=C or LC_ALL=C still gives English).
         */
        const char *language = getenv("LANGUAGE");
        if (language && *language)
            setlocale(LC_MESSAGES, "C.UTF-8");
    } else if (!setlocale(LC_MESSAGES, "")) {
        /*
         * A locale named but not generated on this machine (LANG=zh_CN.UTF-8
         * in a container without locales-all): glibc falls back to C and
         * would ignore the language.  The messages need no locale data, so
         * use C.UTF-8 and name the language to gettext directly.
         */
        if (setlocale(LC_MESSAGES, "C.UTF-8") && !getenv("LANGUAGE")) {
            char lang[64];
            snprintf(lang, sizeof lang, "%s", want);
            lang[strcspn(lang, ".@")] = '\0'; /* zh_CN.UTF-8 → zh_CN */
            if (*lang && strcmp(lang, "C") != 0 && strcmp(lang, "POSIX") != 0)
                setenv("LANGUAGE", lang, 0);
        }
    }
    char dir[4096];
    locale_dir(dir, sizeof dir);
    bindtextdomain(PS_TEXTDOMAIN, dir);
    /* the catalogs are UTF-8 and so is the terminal we write for */
    bind_textdomain_codeset(PS_TEXTDOMAIN, "UTF-8");
    /* strerror's text comes from libc's own catalog, which would otherwise be
       converted to LC_CTYPE's charset (ASCII here: "????????") */
    bind_textdomain_codeset("libc", "UTF-8");
}
