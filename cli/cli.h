/*
 * The plansearch command line: shared pieces of the subcommands.
 * Only code in cli/ prints to the terminal or chooses an exit status.
 */
#ifndef PS_CLI_H
#define PS_CLI_H

#include "plansearch.h"
#include "ps_i18n.h"

#include <stddef.h>
#include <stdio.h>

/* Exit statuses, as grep's. */
enum ps_exit { PS_EXIT_HIT = 0, PS_EXIT_NONE = 1, PS_EXIT_ERROR = 2 };

/* The long-lived helpers every command needs. */
typedef struct ps_cli_env {
    ps_cjk *cjk;
    ps_gazetteer *gaz;
    ps_reader *reader; /* only when asked for */
} ps_cli_env;

int ps_cli_env_open(ps_cli_env *env, int with_reader, ps_error *err);
void ps_cli_env_close(ps_cli_env *env);

/*
 * A note on stderr ("plansearch: note: …") when --region NAME was taken as
 * one of several places so named (see ps_region_note); nothing otherwise.
 * Called once the command has succeeded, so that a failing run keeps its
 * one line of error.
 */
void ps_cli_region_note(ps_cli_env *env, const char *region);

/* Messages and --help in the user's language (i18n.c): call first. */
void ps_cli_i18n_init(void);

/* Print "plansearch: message" on stderr, the format translated (its msgid),
   and return PS_EXIT_ERROR. */
int ps_cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * The index location: --db if given, else $PLANSEARCH_DB, else the config
 * file's db (these three are explicit: *explicit_db = 1), else
 * $XDG_DATA_HOME/plansearch, else ~/.local/share/plansearch.  Returns a
 * malloc'd path or NULL when no location can be found.
 */
char *ps_cli_db_path(const char *opt_db, int *explicit_db);
enum { PS_DB_FROM_OPTION = 1, PS_DB_FROM_ENV = 2, PS_DB_FROM_CONFIG = 3 };
/* "--db", "PLANSEARCH_DB" …: what named the index (for messages). */
const char *ps_cli_db_origin(int explicit_db);

/* The folder of the bundled plans, written into buf (and returned). */
const char *ps_cli_bundled_dir(char *buf, size_t size);

/* Create dir and its parents (like mkdir -p); 0 or -1 with errno. */
int ps_cli_mkdirs(const char *dir);

enum ps_cli_index_flags {
    PS_CLI_REBUILD = 1,      /* start the index afresh */
    PS_CLI_KEEP_MISSING = 2, /* keep documents of files that are gone */
    PS_CLI_QUIET = 4,        /* no progress bar, even on a terminal */
    PS_CLI_COMPACT = 8       /* compact the index whatever the run changed */
};

/*
 * Bring the index at db up to date with roots (creating it); with no roots,
 * the roots it was built from, or the bundled plans for a new index.
 * Prints warnings and one summary line to stderr (a progress bar too on a
 * terminal), nothing at all when silent.  commit_every: files per commit
 * (0: the default).  shard of shards: index only that shard's files (0 of
 * 0: the shard the index records, else all).  jobs: workers of a build from
 * nothing (0: one per core; 1: the one writer).  Returns an exit status: 0 all indexed, 1 some inputs
 * skipped, 2 error.
 */
int ps_cli_index(ps_cli_env *env, const char *db, const char *const *roots,
                 size_t nroots, int flags, int silent);
int ps_cli_index_ex(ps_cli_env *env, const char *db, const char *const *roots,
                    size_t nroots, int flags, int silent, unsigned commit_every,
                    unsigned shard, unsigned shards, const char *metafile, unsigned jobs);
/* Most workers of a fresh build (--jobs; 0 above: one per core). */
#define PS_CLI_JOBS_MAX 64

/*
 * A --year argument: "2012", "2010..2015", "..2010" or "2018..".  0 with
 * [*lo, *hi] (0 = open end), or -1 when malformed.
 */
int ps_cli_parse_year(const char *s, int *lo, int *hi);

/*
 * A number option: 0 with *out, or prints "invalid NAME 'S': expected a
 * number from LO to HI" and returns PS_EXIT_ERROR.
 */
int ps_cli_parse_count(const char *s, const char *name, long lo, long hi, unsigned *out);

/*
 * The first search with no index at the default location: say so in one
 * line and index the bundled plans into db.  0, or PS_EXIT_ERROR (printed).
 */
int ps_cli_build_default(ps_cli_env *env, const char *db);

/* ---- Options ----------------------------------------------------------- */

typedef struct ps_cli_opt {
    const char *name;  /* "--year" */
    int takes_value;
    const char **value; /* where a value goes (or "1" for flags) */
} ps_cli_opt;

/*
 * Split argv into options (from the table) and positional arguments (appended
 * to pos, which has room for argc entries).  "--name=value" and "--name value"
 * are both accepted; "--" ends options; a single '-' word is positional (a
 * negated query term).  Returns 0, or prints the problem and returns
 * PS_EXIT_ERROR.
 */
int ps_cli_parse(int argc, char **argv, const ps_cli_opt *opts, size_t nopts,
                 const char **pos, size_t *npos);

/* ---- The tables of options and subcommands (options.c) ------------------ */

enum ps_cli_opt_flags {
    PS_OPT_GLOBAL = 1, /* every subcommand takes it: may stand before one */
    PS_OPT_CLOSED = 2, /* values: the only valid ones */
    PS_OPT_LIST = 4,   /* a comma-separated list of values */
    PS_OPT_FILE = 8,   /* completes file names */
    PS_OPT_REGION = 16 /* completes region names */
};

typedef struct ps_cli_optdoc {
    const char *name;   /* "--year" */
    const char *cmds;   /* NULL: any subcommand; else the ones this entry is for
                           ("" the search) */
    const char *arg;    /* "Y|Y1..Y2", NULL for a flag */
    const char *values; /* space-separated values (completion, PS_OPT_CLOSED) */
    unsigned flags;     /* enum ps_cli_opt_flags */
    const char *help;
} ps_cli_optdoc;

typedef struct ps_cli_command {
    const char *name;    /* "" for the search */
    int (*fn)(int argc, char **argv);
    const char *args;    /* "TERM..." */
    const char *summary; /* one line */
    const char *options; /* its options, space-separated */
    const char *details; /* a paragraph of help, or NULL */
} ps_cli_command;

typedef struct ps_cli_querydoc {
    const char *syntax, *meaning;
} ps_cli_querydoc;

extern const ps_cli_command ps_cli_commands[]; /* [0] is the search */
extern const size_t ps_cli_ncommands;
extern const ps_cli_optdoc ps_cli_optdocs[];
extern const size_t ps_cli_noptdocs;
extern const ps_cli_querydoc ps_cli_querydocs[];
extern const size_t ps_cli_nquerydocs;

/* The subcommand so named (not the search), or NULL. */
const ps_cli_command *ps_cli_command_find(const char *name);
/* Does the command take option name[0..n)? */
int ps_cli_command_has(const ps_cli_command *c, const char *name, size_t n);
/* The entry of option name[0..n) for command cmd ("" or NULL: the search). */
const ps_cli_optdoc *ps_cli_optdoc_find(const char *cmd, const char *name, size_t n);
/* 0, or prints "invalid --level '国家': expected one of …" and returns
   PS_EXIT_ERROR when the option has closed values and value is not one. */
int ps_cli_check_value(const char *name, const char *value);

void ps_cli_help(FILE *f);
void ps_cli_help_command(FILE *f, const ps_cli_command *c);
/* The man page of section "1" (plansearch) or "7" (plansearch-query). */
int ps_cli_help_man(FILE *f, const char *section);
/* Candidates for shell completion, one a line (see complete.c). */
int ps_cli_complete(int argc, char **argv);

/* ---- The configuration file (config.c) ---------------------------------- */

typedef struct ps_cli_config {
    char *db;      /* NULL: not set */
    long limit;    /* -1: not set */
    int color;     /* -1 not set, 0 never, 1 always, 2 auto */
} ps_cli_config;

/*
 * Read $XDG_CONFIG_HOME/plansearch/config (~/.config/plansearch/config), or
 * $PLANSEARCH_CONFIG when set.  A missing file is no error; a line that is
 * not understood gets a warning naming the file and line.  Release with
 * ps_cli_config_release.
 */
void ps_cli_config_load(ps_cli_config *c);
void ps_cli_config_release(ps_cli_config *c);
/* "auto" 2, "always" 1, "never" 0, else -1. */
int ps_cli_color_parse(const char *s);

/* Subcommands. */
int ps_cmd_search(int argc, char **argv);
int ps_cmd_index(int argc, char **argv);
int ps_cmd_show(int argc, char **argv);
int ps_cmd_check(int argc, char **argv);
int ps_cmd_compare(int argc, char **argv);
int ps_cmd_keyness(int argc, char **argv);
int ps_cmd_collocates(int argc, char **argv);
int ps_cmd_stats(int argc, char **argv);
int ps_cmd_meta(int argc, char **argv);
int ps_cmd_reuse(int argc, char **argv);
int ps_cmd_spread(int argc, char **argv);
int ps_cmd_serve(int argc, char **argv);

#endif
