/*
 * plansearch: full-text search over Chinese trade-union work plans.
 * main() only dispatches; each subcommand lives in cmd_<name>.c.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

#ifndef PS_VERSION
#define PS_VERSION "unknown"
#endif

static const char usage[] =
    "usage: plansearch [--db DIR] QUERY... [options]   search the plans\n"
    "       plansearch index [--db DIR] [--rebuild] [--keep-missing] [--quiet]\n"
    "                        [--compact] [--ocr] [--commit-every N] [--shard I/N]\n"
    "                        [--meta FILE] [PATH...]\n"
    "       plansearch show [--db DIR] ID|PATH [--json] [--raw]\n"
    "       plansearch check [--db DIR]\n"
    "       plansearch compare [--db DIR] TERM... [--by year|province|region|level|sector|type]\n"
    "                          [filters] [--all] [--json|--csv] [--plot FILE.svg]\n"
    "       plansearch keyness [--db DIR] [filters] --vs [filters|rest] [--limit N] [--min N]\n"
    "                          [--min-plans N] [--words FILE|none] [--all] [--json|--csv]\n"
    "       plansearch collocates [--db DIR] TERM [--window N] [filters] [--limit N] [--min N]\n"
    "                             [--min-plans N] [--words FILE|none] [--all] [--json|--csv]\n"
    "       plansearch stats [--db DIR] [filters] [--all] [--json]\n"
    "       plansearch meta [--db DIR] ID FIELD=VALUE... | ID --undo [FIELD...] | --list [ID]\n"
    "       plansearch reuse [--db DIR] ID|--all [--min N] [filters] [--limit N] [--common N]\n"
    "                        [--shared N] [--json|--csv]\n"
    "       plansearch spread [--db DIR] PHRASE [filters] [--by year|province|level] [--first N]\n"
    "                         [--all] [--json|--csv] [--plot FILE.svg]\n"
    "       plansearch serve [--db DIR] [--port N] [--bind ADDR] [--token-file F]\n"
    "       plansearch --help | --version\n"
    "\n"
    "Search options:\n"
    "  --year Y | Y1..Y2 | ..Y | Y..   plans for these years\n"
    "  --year 2012,2015 | none         several values (any of them; every filter takes\n"
    "                                  them: --region 江西,湖南); none: plans that do not say\n"
    "  --region NAME|CODE              plans from this place or anywhere inside it\n"
    "                                  (四川, 乐山市, 林甸縣, 北京/朝阳区, 510000)\n"
    "  --level L, --sector S           plans of this level (省 市 县 …) or sector\n"
    "  --type K                        documents of this kind: plan report news notice\n"
    "                                  speech summary other (or 计划 报告 新闻 通知 讲话 总结 其他)\n"
    "  --limit N (10), --offset N      which hits to show\n"
    "  --sort relevance|year|-year     order of hits (relevance, ties newest first)\n"
    "  --all                           every copy of near-duplicate plans (else folded)\n"
    "  --json | --csv                  JSON Lines, or CSV with a header (UTF-8 with BOM)\n"
    "  --count                         only the number of matching plans\n"
    "  --facet year|region|province|level|sector|type[,…]  counts per value over all matches\n"
    "  --kwic                          concordance: every match with its context and id\n"
    "  --explain                       which query parts matched where, per hit\n"
    "\n"
    "Query language:\n"
    "  集体协商 女职工        plans containing both (each term matches as written,\n"
    "                        in simplified or traditional script)\n"
    "  A OR B, NOT A, -A     either; without\n"
    "  ( … )                 grouping (a '(' glued to text is text: 全委(扩大)会议)\n"
    "  '\"职工 之家\"'          a phrase containing spaces (quote it for the shell)\n"
    "  title:职工之家          in the title; org:总工会 in the issuing body's name\n"
    "  ~unions               any word with the stem of 'unions'\n"
    "  A NEAR/20 B           at most 20 characters between a match of A and one of B\n"
    "  A SENTENCE B          in one sentence (ended by 。！？； or a line end)\n"
    "  A ITEM B              in one item of the plan's outline (一、 （一） 1、 1. 一是 …)\n"
    "\n"
    "Analyses (filters: --year, --region, --level, --sector, --type as above; near-duplicates\n"
    "count once unless --all):\n"
    "  compare TERM...       per group: plans, plans matching each term (share), and\n"
    "                        occurrences per 10,000 characters; --plot FILE.svg charts it\n"
    "  keyness A --vs B      n-grams over-represented in selection A (log-likelihood);\n"
    "                        --vs rest: against every plan not in A\n"
    "  collocates TERM       n-grams near the term more often than chance (--window 10)\n"
    "                        (--words FILE|none: word list judging candidates; default\n"
    "                        python3-jieba's dictionary when installed)\n"
    "  stats                 plans by year, province, region, level, sector and type\n"
    "  reuse ID              plans sharing passages of >= --min (30) characters with plan ID,\n"
    "                        aligned with offsets in both; reuse --all --csv: every pair, an edge list\n"
    "  spread PHRASE         its first plans and new adopters per year (--by province|level)\n"
    "\n"
    "Indexing (index PATH... again to pick up new, changed and removed files):\n"
    "  --rebuild                       start the index over\n"
    "  --keep-missing                  keep documents of files that are gone\n"
    "  --compact                       compact the index even after a small update\n"
    "  --quiet                         no progress bar, only the summary line\n"
    "  --commit-every N (500)          files per commit; a killed run keeps every commit\n"
    "  --shard I/N                     only shard I of N (1..N): files whose id hashes there\n"
    "  no PATH                         the folders the index was built from\n"
    "  check                           is the index consistent? (0 yes, 1 no, 2 unreadable)\n"
    "Index exit status: 0 all indexed, 1 some inputs skipped (each named), 2 error.\n"
    "\n"
    "Index location: --db, else $PLANSEARCH_DB, else $XDG_DATA_HOME/plansearch\n"
    "(~/.local/share/plansearch).  The first search builds it from the bundled plans.\n"
    "--db also takes a Xapian stub file of shards ('remote HOST:PORT', 'auto PATH').\n"
    "Exit status: 0 hits, 1 no hit, 2 error.\n";

typedef struct ps_command {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *summary;
} ps_command;

static const ps_command commands[] = {
    {"index", ps_cmd_index, "index plan files and folders"},
    {"show", ps_cmd_show, "print one document with its metadata"},
    {"check", ps_cmd_check, "check that the index is consistent"},
    {"compare", ps_cmd_compare, "count terms by year, province, region, level, sector or type"},
    {"keyness", ps_cmd_keyness, "terms distinctive of one selection against another"},
    {"collocates", ps_cmd_collocates, "n-grams found near a term more often than chance"},
    {"stats", ps_cmd_stats, "what the index holds"},
    {"meta", ps_cmd_meta, "correct a document's metadata by hand (kept across re-indexing)"},
    {"reuse", ps_cmd_reuse, "plans sharing passages with a plan, or every such pair"},
    {"spread", ps_cmd_spread, "when and where a phrase first appears and how it spreads"},
    {"serve", ps_cmd_serve, "a local web page and JSON API over the index"},
};

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return PS_EXIT_ERROR;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("plansearch %s\n", PS_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0)
            return commands[i].fn(argc - 2, argv + 2);
    return ps_cmd_search(argc - 1, argv + 1);
}
