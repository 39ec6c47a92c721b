/*
 * Pieces shared by the analysis subcommands (compare, keyness, collocates,
 * stats): filter options, opening the index, provenance, writing output.
 */
#ifndef PS_ANALYZE_CLI_H
#define PS_ANALYZE_CLI_H

#include "cli.h"

/* The values of --year, --region, --level, --sector as given. */
typedef struct ps_acli_filter_opts {
    const char *year, *region, *level, *sector, *type;
} ps_acli_filter_opts;

/* Fill f from the options; prints the problem and returns PS_EXIT_ERROR. */
int ps_acli_filter(const ps_acli_filter_opts *o, ps_filter *f);

/*
 * Open the index (--db, $PLANSEARCH_DB, or the default one, built from the
 * bundled plans on first use as search does).  *dbpath gets the malloc'd
 * location.  Returns 0 or an exit status after printing the problem.
 */
int ps_acli_open(ps_cli_env *env, const char *opt_db, ps_analyzer **out, char **dbpath);

/*
 * The word list judging keyness and collocate candidates: --words FILE,
 * "none", or by default jieba's dictionary when installed.  *used gets the
 * path in use or NULL.  Returns 0 or PS_EXIT_ERROR after a message.
 */
int ps_acli_words(ps_analyzer *a, const char *opt, const char **used);

/* Fill the provenance's index part and version. */
int ps_acli_provenance(ps_analyzer *a, const char *db, ps_provenance *p);

/*
 * What the candidates of keyness and collocates were (the provenance's
 * "candidates"), given the word list in use (NULL: none).
 */
void ps_acli_keyness_candidates(char *out, size_t n, const ps_keyness_request *req,
                                const char *wordlist);
void ps_acli_collocates_candidates(char *out, size_t n, const ps_collocates_request *req,
                                   const char *wordlist);

/* The CSV in out with the provenance columns added (README "CSV"). */
void ps_acli_csv_provenance(int *rc, ps_buf *out, const ps_provenance *p);

/* The chart in out with its provenance caption (ps_provenance_svg). */
void ps_acli_svg_provenance(int *rc, ps_buf *out, const ps_provenance *p);

/* Write b to path ("-" or NULL: stdout); 0 or PS_EXIT_ERROR after a message. */
int ps_acli_write(const ps_buf *b, const char *path);

#endif
