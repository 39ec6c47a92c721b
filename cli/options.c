/*
 * The tables of the command line: every option with its argument, valid
 * values and help, and every subcommand with the options it takes.  --help,
 * the man pages (--help-man), the shell completions (--complete) and the
 * validation of closed values are all read from here, so they cannot drift
 * apart.  A new subcommand is one line in ps_cli_commands (and its options
 * in ps_cli_optdocs if they are new).
 */
#include "cli.h"
#include "ps_i18n.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FILTERS "--year --region --level --sector --type"

const ps_cli_command ps_cli_commands[] = {
    {"", ps_cmd_search, "QUERY...", "search the plans (no subcommand: the default)",
     "--db --year --region --level --sector --type --limit --offset --sort --all --json "
     "--csv --count --facet --kwic --explain --color",
     "With --json or --csv and no --limit every hit is written, streamed.  "
     "The query language is described in plansearch-query(7) and by 'plansearch --help'."},
    {"index", ps_cmd_index, "[PATH...]",
     "index plan files and folders (again: pick up new, changed and removed files)",
     "--db --rebuild --keep-missing --compact --quiet --commit-every --jobs --shard --ocr --meta",
     "With no PATH, the folders the index was built from.  Exit status: 0 all indexed, "
     "1 some inputs skipped (each named), 2 error."},
    {"show", ps_cmd_show, "ID|PATH",
     "print one document with its metadata, where each field came from, its near-duplicate "
     "copies and its page furniture",
     "--db --json --raw", NULL},
    {"check", ps_cmd_check, "", "check that the index is consistent",
     "--db", "Exit status: 0 consistent, 1 not, 2 unreadable."},
    {"compare", ps_cmd_compare, "TERM...",
     "per group: plans, plans matching each term (share), occurrences per 10,000 characters",
     "--db --by " FILTERS " --all --json --csv --plot",
     "Near-duplicates count once unless --all."},
    {"keyness", ps_cmd_keyness, "[FILTERS] --vs [FILTERS|rest]",
     "n-grams over-represented in the first selection against the second (log-likelihood)",
     "--db " FILTERS " --vs --limit --min --min-plans --words --all --json --csv", NULL},
    {"collocates", ps_cmd_collocates, "TERM",
     "n-grams found near a term more often than chance",
     "--db " FILTERS " --window --limit --min --min-plans --words --all --json --csv", NULL},
    {"stats", ps_cmd_stats, "", "plans by year, province, region, level, sector and type",
     "--db " FILTERS " --all --json --csv", NULL},
    {"meta", ps_cmd_meta, "ID FIELD=VALUE... | ID --undo [FIELD...] | --list [ID]",
     "correct a document's metadata by hand (kept across re-indexing and --rebuild)",
     "--db --undo --list",
     "Fields: year region org level type title url date sector; VALUE none clears one."},
    {"reuse", ps_cmd_reuse, "ID | --all",
     "plans sharing passages with a plan, aligned; --all: every such pair, an edge list",
     "--db " FILTERS " --all --json --csv --limit --min --common --shared", NULL},
    {"spread", ps_cmd_spread, "PHRASE",
     "when and where a phrase first appears and how its use grows",
     "--db " FILTERS " --all --json --csv --by --first --plot", NULL},
    {"serve", ps_cmd_serve, "", "a local web page and JSON API over the index",
     "--db --port --bind --token-file --readers --timeout",
     "Binds 127.0.0.1; another address needs --bind and is best guarded by --token-file."},
};
const size_t ps_cli_ncommands = sizeof ps_cli_commands / sizeof ps_cli_commands[0];

/* Levels as corpus/meta_org.c names them (the index holds these spellings). */
#define LEVELS "全国 省 市 县 乡镇 基层"
/* Sectors as corpus/meta_org.c (ps_org_sector, ps_org_scope) names them. */
#define SECTORS                                                                          \
    "总工会 机关 学校 企业 教科文卫体 教育 卫生 铁路 交通 建设 建筑 农林 农业 林业 水利 " \
    "金融 财贸 商贸 邮电 邮政 电力 能源 冶金 化工 机械 国防 民航 海员 公安 税务 文化 "  \
    "体育 科技 旅游 粮食 供销 煤炭"

const ps_cli_optdoc ps_cli_optdocs[] = {
    {"--db", NULL, "DIR", NULL, PS_OPT_GLOBAL | PS_OPT_FILE,
     "the index: else $PLANSEARCH_DB, the config file's db, or ~/.local/share/plansearch "
     "(built from the bundled plans on first use)"},
    {"--year", NULL, "Y|Y1..Y2", NULL, 0,
     "plans for this year or these years (2012, 2010..2015, ..2010, 2018..; several joined "
     "by commas; none: plans that do not say)"},
    {"--region", NULL, "NAME|CODE", NULL, PS_OPT_REGION,
     "plans from this place or anywhere inside it (四川, 乐山市, 北京/朝阳区, 510000)"},
    /* several values joined by commas, or none: the plans that do not say */
    {"--level", NULL, "L", LEVELS " none", PS_OPT_CLOSED | PS_OPT_LIST,
     "plans of this level: " LEVELS " (several joined by commas; none)"},
    {"--sector", NULL, "S", SECTORS " none", PS_OPT_CLOSED | PS_OPT_LIST,
     "plans of this sector (总工会 学校 企业 教育 卫生 …; several joined by commas; none)"},
    {"--type", NULL, "K", PS_KINDS " none", PS_OPT_CLOSED | PS_OPT_LIST,
     "documents of this kind: " PS_KINDS " (or 计划 报告 新闻 通知 讲话 总结 其他; several "
     "joined by commas; none)"},
    {"--limit", "", "N|all", NULL, 0,
     "how many hits: 10 (or the config file's limit) on a terminal, every hit with --json, "
     "--csv or --kwic; all for every hit"},
    {"--limit", "keyness collocates", "N", NULL, 0, "how many n-grams to list"},
    {"--offset", NULL, "N", NULL, 0, "skip the first N hits"},
    {"--sort", NULL, "ORDER", "relevance year -year", PS_OPT_CLOSED,
     "order of hits: relevance (ties newest first), year or -year"},
    {"--all", NULL, NULL, NULL, 0, "every copy of near-duplicate plans (else folded into one)"},
    {"--json", NULL, NULL, NULL, 0,
     "JSON: JSON Lines of hits (streamed), one object for counts, facets and analyses"},
    {"--csv", NULL, NULL, NULL, 0, "CSV with a header row (UTF-8 with BOM, CRLF line ends)"},
    {"--count", NULL, NULL, NULL, 0, "only the number of matching plans"},
    {"--facet", NULL, "F[,F...]", "year region province level sector type",
     PS_OPT_CLOSED | PS_OPT_LIST, "counts per value over all matches: year, region, province, "
                                  "level, sector, type"},
    {"--kwic", NULL, NULL, NULL, 0, "concordance: every match with its context and id"},
    {"--explain", NULL, NULL, NULL, 0, "which query parts matched where, per hit"},
    {"--color", NULL, "WHEN", "auto always never", PS_OPT_CLOSED,
     "highlight matches: auto (on a terminal, unless $NO_COLOR), always, never"},
    {"--rebuild", NULL, NULL, NULL, 0, "start the index over"},
    {"--keep-missing", NULL, NULL, NULL, 0, "keep documents of files that are gone"},
    {"--compact", NULL, NULL, NULL, 0, "compact the index even after a small update"},
    {"--quiet", NULL, NULL, NULL, 0, "no progress bar, only the summary line"},
    {"--commit-every", NULL, "N", NULL, 0,
     "files per commit (500); a killed run keeps every commit"},
    {"--jobs", NULL, "N", NULL, 0,
     "workers of a build from nothing (first run, --rebuild): one per core; 1: one writer"},
    {"--shard", NULL, "I/N", NULL, 0, "only shard I of N (1..N): files whose id hashes there"},
    {"--ocr", NULL, NULL, NULL, 0,
     "recognise scanned PDFs and images (PNG, JPEG, TIFF) with Tesseract"},
    {"--meta", NULL, "FILE", NULL, PS_OPT_FILE,
     "a metadata file (CSV with a path column, or JSON Lines): its fields win over extraction"},
    {"--undo", NULL, NULL, NULL, 0, "take a document's corrections back (all, or the fields named)"},
    {"--list", NULL, NULL, NULL, 0, "list the corrections made (of one document, or all)"},
    {"--limit", "reuse", "N", NULL, 0, "how many plans to list"},
    {"--min", "reuse", "N", NULL, 0, "least characters a shared passage has (30)"},
    {"--all", "reuse", NULL, NULL, 0, "every pair of plans sharing passages: an edge list"},
    {"--common", NULL, "N", NULL, 0,
     "fingerprints held by more plans than this are boilerplate (default: 1% of plans)"},
    {"--shared", NULL, "N", NULL, 0, "least fingerprints a pair shares to be aligned (2)"},
    {"--first", NULL, "N", NULL, 0, "how many first plans to list (10)"},
    {"--by", "spread", "G", "year province level", PS_OPT_CLOSED,
     "groups: year (the default), province or level"},
    {"--port", NULL, "N", NULL, 0, "the port (8080; 0 picks a free one)"},
    {"--bind", NULL, "ADDR", NULL, 0, "the address to listen on (127.0.0.1)"},
    {"--token-file", NULL, "FILE", NULL, PS_OPT_FILE,
     "require the token in FILE on every request"},
    {"--readers", NULL, "N", NULL, 0, "index readers shared by the requests (4)"},
    {"--timeout", NULL, "S", NULL, 0, "seconds an idle connection is kept"},
    {"--raw", NULL, NULL, NULL, 0, "the document's original text, boilerplate included"},
    {"--by", NULL, "G", "year province region level sector type", PS_OPT_CLOSED,
     "groups: year (the default), province, region, level, sector or type"},
    {"--plot", NULL, "FILE.svg", NULL, PS_OPT_FILE, "also chart the comparison as SVG"},
    {"--vs", NULL, NULL, NULL, 0, "separates the filters of the two selections"},
    {"--min", NULL, "N", NULL, 0, "least occurrences of an n-gram to be listed"},
    {"--min-plans", NULL, "N", NULL, 0, "least plans an n-gram occurs in to be listed"},
    {"--window", NULL, "N", NULL, 0, "characters on each side of the term (10)"},
    {"--words", NULL, "FILE|none", NULL, PS_OPT_FILE,
     "word list judging candidates (default: python3-jieba's dictionary when installed)"},
    {"--help", NULL, NULL, NULL, PS_OPT_GLOBAL, "this help (of the subcommand after which it "
                                                "stands)"},
    {"--version", NULL, NULL, NULL, 0, "the version of plansearch"},
};
const size_t ps_cli_noptdocs = sizeof ps_cli_optdocs / sizeof ps_cli_optdocs[0];

const ps_cli_querydoc ps_cli_querydocs[] = {
    {"集体协商 女职工", "plans containing both (each term matches as written, in simplified "
                        "or traditional script)"},
    {"A OR B", "either"},
    {"NOT A, -A", "without A"},
    {"( ... )", "grouping"},
    {"\"职工 之家\"", "a phrase containing spaces (quote it for the shell: '\"职工 之家\"')"},
    {"title:职工之家", "in the title"},
    {"org:总工会", "in the issuing body's name"},
    {"~unions", "any word with the stem of 'unions'"},
    {"A NEAR/20 B", "at most 20 characters between a match of A and one of B"},
    {"A SENTENCE B", "in one sentence (ended by 。！？； or a line end)"},
    {"A ITEM B", "in one item of the plan's outline (一、 （一） 1、 1. 一是 ...)"},
};
const size_t ps_cli_nquerydocs = sizeof ps_cli_querydocs / sizeof ps_cli_querydocs[0];

const ps_cli_command *ps_cli_command_find(const char *name)
{
    for (size_t i = 1; i < ps_cli_ncommands; i++)
        if (strcmp(ps_cli_commands[i].name, name) == 0)
            return &ps_cli_commands[i];
    return NULL;
}

/* Is `word` one of the space-separated words of list? */
static int in_list(const char *list, const char *word, size_t n)
{
    for (const char *p = list; p && *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && strncmp(p, word, n) == 0)
            return 1;
        p = e ? e + 1 : p + k;
    }
    return 0;
}

const ps_cli_optdoc *ps_cli_optdoc_find(const char *cmd, const char *name, size_t n)
{
    const ps_cli_optdoc *any = NULL;
    for (size_t i = 0; i < ps_cli_noptdocs; i++) {
        const ps_cli_optdoc *d = &ps_cli_optdocs[i];
        if (strlen(d->name) != n || strncmp(d->name, name, n) != 0)
            continue;
        if (!d->cmds && !any)
            any = d;
        else if (d->cmds && cmd && *cmd && in_list(d->cmds, cmd, strlen(cmd)))
            return d;
        else if (d->cmds && !*d->cmds && (!cmd || !*cmd))
            return d; /* "": the search's own */
    }
    return any;
}

int ps_cli_command_has(const ps_cli_command *c, const char *opt, size_t n)
{
    return in_list(c->options, opt, n) || (n == 6 && strncmp(opt, "--help", 6) == 0);
}

int ps_cli_check_value(const char *name, const char *value)
{
    const ps_cli_optdoc *d = ps_cli_optdoc_find(NULL, name, strlen(name));
    if (!d || !(d->flags & PS_OPT_CLOSED))
        return 0;
    const char *p = value;
    int empty = 1;
    for (;;) {
        const char *e = (d->flags & PS_OPT_LIST) ? strchr(p, ',') : NULL;
        size_t k = e ? (size_t)(e - p) : strlen(p);
        int ok = k > 0 && in_list(d->values, p, k);
        if (!ok && k && strcmp(name, "--type") == 0) {
            char *one = strndup(p, k);
            ok = one && ps_kind_parse(one) != 0;
            free(one);
        }
        if (k)
            empty = 0;
        if (!ok && (k || !(d->flags & PS_OPT_LIST)))
            return ps_cli_fail("unknown %s '%.*s': expected one of %s", name, (int)k, p,
                               d->values);
        if (!e)
            break;
        p = e + 1;
    }
    if (empty)
        return ps_cli_fail("unknown %s '%s': expected one of %s", name, value, d->values);
    return 0;
}

/* ---- help --------------------------------------------------------------- */

/* Columns a UTF-8 string takes on a terminal (CJK: two). */
static size_t columns(const char *s)
{
    size_t w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) == 0x80)
            continue;
        w += *p >= 0xE3 ? 2 : 1;
    }
    return w;
}

/* Bytes of the UTF-8 character at s. */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    for (size_t i = 1; i < k; i++)
        if (!s[i])
            return i;
    return k;
}

/* A character a line does not start with: closing punctuation. */
static int closing(const char *s)
{
    static const char *const marks[] = {"，", "。", "；", "：", "、", "）", "！", "？",
                                        "」", "』", "】", "》", ")", ",", ";", ":", ".",
                                        NULL};
    for (size_t i = 0; marks[i]; i++)
        if (strncmp(s, marks[i], strlen(marks[i])) == 0)
            return 1;
    return 0;
}

/*
 * The next piece of a Chinese word at s that a line may end after: one CJK
 * character, or a run of other characters (2018.., none), with the closing
 * punctuation that follows it.  Its length in bytes.
 */
static size_t piece(const char *s)
{
    size_t k = 0;
    if ((unsigned char)s[0] >= 0xE3) {
        k = char_len(s);
    } else {
        while (s[k] && (unsigned char)s[k] < 0xE3)
            k += char_len(s + k);
    }
    while (s[k] && closing(s + k))
        k += char_len(s + k);
    return k;
}

/*
 * text from column `col` on, wrapped before column 80 with lines indented by
 * `indent`: at spaces, and when cjk (a Chinese translation, written without
 * spaces) also between Chinese characters, never before closing punctuation.
 */
static void print_wrapped_cjk(FILE *f, const char *text, size_t col, size_t indent, int cjk)
{
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        char word[1024];
        snprintf(word, sizeof word, "%.*s", (int)(k < sizeof word - 1 ? k : sizeof word - 1), p);
        size_t w = columns(word);
        int split = 0;
        for (const char *c = word; cjk && *c && !split; c++)
            split = (unsigned char)*c >= 0xE3;
        if (split && col + 1 + w > 79) {
            int space = col > indent; /* before the first piece, if on this line */
            for (const char *c = word; *c;) {
                size_t pl = piece(c);
                char one[256];
                snprintf(one, sizeof one, "%.*s", (int)(pl < sizeof one - 1 ? pl : sizeof one - 1),
                         c);
                size_t cw = columns(one);
                if (col > indent && col + space + cw > 79) {
                    fprintf(f, "\n%*s", (int)indent, "");
                    col = indent;
                } else if (space) {
                    fputc(' ', f);
                    col++;
                }
                space = 0;
                fputs(one, f);
                col += cw;
                c += pl;
            }
            p = e ? e + 1 : p + k;
            continue;
        }
        if (col > indent && col + 1 + w > 79) {
            fprintf(f, "\n%*s", (int)indent, "");
            col = indent;
        } else if (col > indent) {
            fputc(' ', f);
            col++;
        }
        fputs(word, f);
        col += w;
        p = e ? e + 1 : p + k;
    }
    fputc('\n', f);
}

/* The translation of text, wrapped (Chinese between characters too). */
static void print_translated(FILE *f, const char *text, size_t col, size_t indent)
{
    const char *t = PS_(text);
    print_wrapped_cjk(f, t, col, indent, t != text);
}

static void print_option(FILE *f, const ps_cli_optdoc *d)
{
    char head[64];
    snprintf(head, sizeof head, "  %s%s%s", d->name, d->arg ? " " : "", d->arg ? d->arg : "");
    size_t w = columns(head);
    fputs(head, f);
    if (w >= 24) {
        fputc('\n', f);
        w = 0;
    }
    fprintf(f, "%*s", (int)(24 - w), "");
    print_translated(f, d->help, 24, 24);
}

static void print_options(FILE *f, const ps_cli_command *c)
{
    for (const char *p = c->options; *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        const ps_cli_optdoc *d = ps_cli_optdoc_find(c->name, p, k);
        if (d)
            print_option(f, d);
        p = e ? e + 1 : p + k;
    }
}

static void print_synopsis(FILE *f, const char *lead, const ps_cli_command *c)
{
    fprintf(f, "%splansearch%s%s%s%s [options]\n", lead, *c->name ? " " : "", c->name,
            *c->args ? " " : "", c->args);
}

void ps_cli_help_command(FILE *f, const ps_cli_command *c)
{
    print_synopsis(f, PS_("usage: "), c);
    fprintf(f, PS_("%s.\n"), PS_(c->summary));
    if (c->details)
        print_translated(f, c->details, 0, 0);
    fputs(PS_("\nOptions:\n"), f);
    print_options(f, c);
    if (strstr(c->options, "--year"))
        fputs(PS_("Filters (--year --region --level --sector --type) take the values the search "
                  "takes.\n"),
              f);
}

void ps_cli_help(FILE *f)
{
    for (size_t i = 0; i < ps_cli_ncommands; i++)
        print_synopsis(f, i ? "       " : PS_("usage: "), &ps_cli_commands[i]);
    fputs(PS_("       plansearch --help | --version | SUBCOMMAND --help\n\nSubcommands:\n"), f);
    for (size_t i = 1; i < ps_cli_ncommands; i++)
        fprintf(f, "  %-12s%s\n", ps_cli_commands[i].name, PS_(ps_cli_commands[i].summary));
    fputs(PS_("\nSearch options:\n"), f);
    print_options(f, &ps_cli_commands[0]);
    fputs(PS_("\nQuery language (plansearch-query(7)):\n"), f);
    for (size_t i = 0; i < ps_cli_nquerydocs; i++) {
        size_t w = columns(ps_cli_querydocs[i].syntax);
        fprintf(f, "  %s%*s", ps_cli_querydocs[i].syntax, (int)(w < 22 ? 22 - w : 1), "");
        print_translated(f, ps_cli_querydocs[i].meaning, w < 22 ? 24 : w + 3, 24);
    }
    fputs(PS_("\nThe global option --db may stand before a subcommand, as in git:\n"
          "'plansearch --db DIR index PATH' is 'plansearch index --db DIR PATH'.\n"
          "Defaults (db, limit, color) may be set in $XDG_CONFIG_HOME/plansearch/config\n"
          "(~/.config/plansearch/config), one 'key = value' a line; options win.\n"
          "Index location: --db, else $PLANSEARCH_DB, else the config file's db, else\n"
          "$XDG_DATA_HOME/plansearch (~/.local/share/plansearch), which the first search\n"
          "builds from the bundled plans.  --db also takes a Xapian stub file of shards.\n"
          "Exit status: 0 hits, 1 no hit, 2 error.\n"),
          f);
}

/* ---- man pages ---------------------------------------------------------- */

/* Text for roff: dashes and backslashes escaped, no control line by accident. */
static void roff(FILE *f, const char *s)
{
    if (*s == '.' || *s == '\'')
        fputs("\\&", f);
    for (; *s; s++) {
        if (*s == '-')
            fputs("\\-", f);
        else if (*s == '\\')
            fputs("\\e", f);
        else if (*s == '\n') {
            fputc('\n', f);
            if (s[1] == '.' || s[1] == '\'')
                fputs("\\&", f);
        } else
            fputc(*s, f);
    }
}

static void man_options(FILE *f, const ps_cli_command *c)
{
    for (const char *p = c->options; *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        const ps_cli_optdoc *d = ps_cli_optdoc_find(c->name, p, k);
        if (d) {
            fputs(d->arg ? ".TP\n.BI \"" : ".TP\n.B ", f);
            roff(f, d->name);
            if (d->arg) {
                fputs(" \" \"", f);
                roff(f, d->arg);
                fputc('"', f);
            }
            fputc('\n', f);
            roff(f, d->help);
            fputc('\n', f);
        }
        p = e ? e + 1 : p + k;
    }
}

static void man_synopsis(FILE *f, const ps_cli_command *c)
{
    fputs(".B plansearch\n", f);
    if (*c->name)
        fprintf(f, ".B %s\n", c->name);
    if (*c->args) {
        fputs(".I ", f);
        roff(f, c->args);
        fputc('\n', f);
    }
    fputs(".RI [ options ]\n.br\n", f);
}

int ps_cli_help_man(FILE *f, const char *section)
{
    const char *date = "2026-12-06"; /* fixed: reproducible builds */
    if (strcmp(section, "7") == 0) {
        fprintf(f, ".TH PLANSEARCH-QUERY 7 %s \"plansearch %s\" \"plansearch\"\n", date,
                PS_VERSION);
        fputs(".SH NAME\nplansearch\\-query \\- the query language of plansearch\n"
              ".SH DESCRIPTION\nA query is one or more terms; a plan matches when it "
              "contains every term.  Chinese terms match as written, in simplified or "
              "traditional script, wherever they stand (no word segmentation is needed).  "
              "Operators are written in capitals.\n.SH SYNTAX\n",
              f);
        for (size_t i = 0; i < ps_cli_nquerydocs; i++) {
            fputs(".TP\n.B ", f);
            fputc('"', f);
            for (const char *s = ps_cli_querydocs[i].syntax; *s; s++)
                if (*s == '"')
                    fputs("\\(dq", f);
                else if (*s == '-')
                    fputs("\\-", f);
                else
                    fputc(*s, f);
            fputs("\"\n", f);
            roff(f, ps_cli_querydocs[i].meaning);
            fputc('\n', f);
        }
        fputs(".SH EXAMPLES\n.nf\nplansearch 集体协商 \\-\\-year 2012\n"
              "plansearch 'title:职工之家 OR org:教育'\nplansearch '集体协商 NEAR/20 女职工'\n.fi\n"
              ".SH SEE ALSO\n.BR plansearch (1)\n",
              f);
        return 0;
    }
    if (strcmp(section, "1") != 0)
        return ps_cli_fail("--help-man takes 1 or 7, not '%s'", section);
    fprintf(f, ".TH PLANSEARCH 1 %s \"plansearch %s\" \"plansearch\"\n", date, PS_VERSION);
    fputs(".SH NAME\nplansearch \\- full\\-text search over Chinese trade\\-union work plans\n"
          ".SH SYNOPSIS\n",
          f);
    for (size_t i = 0; i < ps_cli_ncommands; i++)
        man_synopsis(f, &ps_cli_commands[i]);
    fputs(".SH DESCRIPTION\nplansearch indexes Chinese trade\\-union annual work plans "
          "(HTML, text and office files) and searches them by words, year, region, level, "
          "sector and kind of document, with analyses over the index.  The global option "
          "\\-\\-db may stand before a subcommand, as in git: plansearch \\-\\-db DIR "
          "index PATH is plansearch index \\-\\-db DIR PATH.\n",
          f);
    static const ps_cli_command general = {"", NULL, "", "", "--help --version", NULL};
    fputs(".SH OPTIONS\n", f);
    man_options(f, &general);
    for (size_t i = 0; i < ps_cli_ncommands; i++) {
        const ps_cli_command *c = &ps_cli_commands[i];
        if (i == 0)
            fputs(".SH SEARCH\n", f);
        else if (i == 1)
            fputs(".SH SUBCOMMANDS\n", f);
        if (i)
            fprintf(f, ".SS plansearch %s\n", c->name);
        roff(f, c->summary);
        fputs(".\n", f);
        if (c->details) {
            fputs(".PP\n", f);
            roff(f, c->details);
            fputc('\n', f);
        }
        man_options(f, c);
    }
    fputs(".SH FILES\n.TP\n.I $XDG_CONFIG_HOME/plansearch/config\n"
          "defaults, one \\(lqkey = value\\(rq a line (# starts a comment): "
          "\\fBdb\\fR (the index), \\fBlimit\\fR (hits on a terminal), "
          "\\fBcolor\\fR (auto, always, never); options on the command line win.\n"
          ".TP\n.I $XDG_DATA_HOME/plansearch\nthe default index (~/.local/share/plansearch)."
          "\n.SH ENVIRONMENT\n.TP\n.B PLANSEARCH_DB\nthe index, unless \\-\\-db is given; "
          "a folder that does not exist is an error.\n.TP\n.B NO_COLOR\nno colour on a "
          "terminal (unless \\-\\-color always).\n"
          ".SH EXIT STATUS\n0 hits, 1 no hit, 2 error.\n"
          ".SH SEE ALSO\n.BR plansearch\\-query (7)\n",
          f);
    return 0;
}
