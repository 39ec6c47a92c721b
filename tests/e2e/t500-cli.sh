#!/usr/bin/env bash
# Command-line conventions (issues 19 and 21): options before the
# subcommand, hints, invalid values named, slips of the keyboard named,
# --help of every subcommand, the index named, the configuration file.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB
PLANS="$PS_SOURCE_DIR/corpus/plans"

# --- options before the subcommand ----------------------------------------
ps --db "$T/db1" index "$PLANS"
check "--db DIR index PATH indexes (as index --db DIR PATH)" status_is 0
check "… into DIR" err_has "into '$T/db1'"
ps --db "$T/db1" check
check "--db DIR check checks DIR" status_is 0
ps --db="$T/db1" stats --json
check "--db=DIR stats reads DIR" jq_true '.[0].plans == 9'
ps --db "$DB" show 001_b15d1195fe800da6.txt#1 --json
check "--db DIR show ID shows the document" jq_true '.[0].id == "001_b15d1195fe800da6.txt#1"'
ps --db "$DB" compare 集体协商 --by year --json
check "--db DIR compare works" status_is 0

# a subcommand's name after a search option is a query, with a hint
ps --db "$DB" --year 2012 index
check "'index' after --year is searched for" out_has "no plan matches"
check "… with a one-line hint on stderr" err_lines 1
check "… naming the subcommand" err_has "'index' is searched for as a word"
ps --db "$DB" 集体协商
check "an ordinary search has no hint" err_lines 0

# --- unknown values are errors naming the valid ones ---------------------
for a in "--level 国家:全国 省 市 县 乡镇 基层" "--sector 外星:总工会" \
         "--sort newest:relevance year -year" "--facet year,colour:year region province" \
         "--type memo:plan report news"; do
  opt=${a%%:*} want=${a#*:}
  ps --db "$DB" 工会 $opt
  check "$opt: exit 2" status_is 2
  check "$opt: the error names the valid values" err_has "$want"
  check "$opt: nothing searched" out_empty
done
ps --db "$DB" compare 工会 --by colour
check "--by colour: an error naming the groups" err_has "year province region level sector type"
ps --db "$DB" 工会 --level 县 --count
check "a valid level is accepted" status_is 0
ps --db "$DB" 工会 --level 縣 --count
check "a level in traditional script is named as unknown, not silently unmatched" \
  err_has "unknown --level '縣'"
ps --db "$DB" 工会 --type 计划 --count
check "a kind's Chinese name is a valid --type" status_is 0

# --- slips ----------------------------------------------------------------
ps --db "$DB" 集体协商 -limit 1
check "-limit 1 is read as --limit 1" out_has "1 of 2 matching plans shown"
check "… with a one-line warning saying so" err_has "'-limit' read as the option '--limit'"
check "… only that line" err_lines 1
ps --db "$DB" 集体协商 -y 2012
check "-y 2012 is read as --year 2012" out_has "1 of 1 matching plan shown"
check "… and said" err_has "'-y' read as the option '--year'"
ps --db "$DB" 集体协商 －－year 2012
check "full-width dashes (－－year) are option dashes" out_has "1 of 1 matching plan shown"
ps --db "$DB" 集体协商 —year 2012
check "an em dash (—year) is an option dash" out_has "1 of 1 matching plan shown"
ps --db "$DB" 集体协商 ——year 2012
check "a Chinese input method's double dash (——year) too" out_has "1 of 1 matching plan shown"
ps --db "$DB" 集体协商 -zzz
check "an option-like word that is no option: a warning saying how it was read" \
  err_has "'-zzz' is no option; read as a query word"

# --- every subcommand takes --help ---------------------------------------
for c in index show check compare keyness collocates stats; do
  ps "$c" --help
  check "$c --help: exit 0" status_is 0
  check "$c --help: its usage" out_has "usage: plansearch $c"
  ps --db "$DB" "$c" --help
  check "--db DIR $c --help: its usage" out_has "usage: plansearch $c"
done
ps --help
check "--help lists every subcommand" out_has "collocates  "
check "--help lists the search options" out_has "--facet F[,F...]"

# --- the index named ------------------------------------------------------
ps --db "$DB" 集体协商
check "results end with the index they came from" out_has "[index: $DB]"
ps --db "$DB" compare 集体协商
check "so do the tables of compare" out_has "[index: $DB]"
ps --db "$DB" collocates 工会 --limit 3
check "… of collocates" out_has "[index: $DB]"
ps --db "$DB" keyness --year 2012 --vs --year 2013.. --limit 3
check "… and of keyness" out_has "[index: $DB]"
ps --db "$DB" stats
check "… and stats names it first" out_has "index '$DB'"
PLANSEARCH_DB="$T/nowhere" ps 集体协商
check "PLANSEARCH_DB naming a missing folder: exit 2" status_is 2
check "… an error naming it and PLANSEARCH_DB" err_has "no index at '$T/nowhere' (named by PLANSEARCH_DB"
check "… and no index made there" test ! -e "$T/nowhere"
export XDG_DATA_HOME="$T/data"
ps 集体协商 --count
check "the default index is the demo index of the bundled plans" status_is 0
mkdir "$T/mine" && cp "$PLANS/000_85891dc427c33ef6.txt" "$T/mine/x.txt"
ps index "$T/mine"
check "indexing a folder into the demo index says so" err_has "is the demo index of the bundled plans"
check "… and how to start a separate index" err_has "plansearch index --db DIR $T/mine"
ps index --db "$T/own" "$T/mine"
check "a separate index gets no such note" err_lacks "demo index"

# --- the configuration file ----------------------------------------------
mkdir -p "$XDG_CONFIG_HOME/plansearch"
printf '# my defaults\ndb = %s\nlimit = 1\ncolor = always\n' "$DB" >"$XDG_CONFIG_HOME/plansearch/config"
ps 集体协商
check "config db chooses the index" out_has "[index: $DB]"
check "config limit sets the hits shown" out_has "1 of 2 matching plans shown"
check "config color = always colours even when piped" grep -q $'\e\\[' "$T/out"
ps 集体协商 --limit 2 --color never
check "--limit on the command line wins over the config" out_has "2 of 2 matching plans shown"
check "--color never wins over the config" out_lacks $'\e['
ps --db "$T/db1" 集体协商
check "--db wins over the config's db" out_has "[index: $T/db1]"
PLANSEARCH_DB="$T/db1" ps 集体协商
check "PLANSEARCH_DB wins over the config's db" out_has "[index: $T/db1]"
ps 集体协商 --json
check "config limit does not cut exports: every hit" jq_true 'length == 2'
printf 'limt = 3\n' >"$XDG_CONFIG_HOME/plansearch/config"
ps --db "$DB" 集体协商
check "a config line not understood: a warning naming file and line" \
  err_has "$XDG_CONFIG_HOME/plansearch/config:1: unknown key"
check "… and the search still runs" status_is 0
rm "$XDG_CONFIG_HOME/plansearch/config"

# --- JSON types: --count --json is an object -----------------------------
ps --db "$DB" 集体协商 --count --json
check "--count --json writes an object with a number" jq_true '.[0].count == 2'
done_testing
