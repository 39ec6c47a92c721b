/*
 * The plansearch command line: shared pieces of the subcommands.
 * Only code in cli/ prints to the terminal or chooses an exit status.
 */
#ifndef PS_CLI_H
#define PS_CLI_H

#include "plansearch.h"

#include <stddef.h>

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

/* Print "plansearch: message" on stderr and return PS_EXIT_ERROR. */
int ps_cli_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * The index location: --db if given (explicit = 1), else $PLANSEARCH_DB,
 * else $XDG_DATA_HOME/plansearch, else ~/.local/share/plansearch.
 * Returns a malloc'd path or NULL when no location can be found.
 */
char *ps_cli_db_path(const char *opt_db, int *explicit_db);

/* The folder of the bundled plans. */
const char *ps_cli_bundled_dir(void);

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
 * 0: the shard the index records, else all).  Returns an exit status: 0 all indexed, 1 some inputs
 * skipped, 2 error.
 */
int ps_cli_index(ps_cli_env *env, const char *db, const char *const *roots,
                 size_t nroots, int flags, int silent);
int ps_cli_index_ex(ps_cli_env *env, const char *db, const char *const *roots,
                    size_t nroots, int flags, int silent, unsigned commit_every,
                    unsigned shard, unsigned shards, const char *metafile);

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
