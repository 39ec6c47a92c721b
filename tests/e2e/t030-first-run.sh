#!/usr/bin/env bash
# A new user: no index anywhere yet; the first search builds one from the
# bundled plans, says so in one line, and answers.
. "$(dirname "$0")/lib.sh"
export XDG_DATA_HOME="$T/data"
unset PLANSEARCH_DB

ps 集体协商 --year 2012
check "the first search answers" status_is 0
check "it finds the 2012 plan" out_has "朝陽區衛生局工會2012年工作要點"
check "one line on stderr says the bundled plans are being indexed" err_lines 1
check "that line names the index location" err_has "$T/data/plansearch"
check "the index was created under XDG_DATA_HOME" test -d "$T/data/plansearch"

ps 集体协商 --year 2012
check "the second search does not index again" err_lines 0

export PLANSEARCH_DB="$T/env-db"
ps index
check "plansearch index with no path indexes the bundled plans" status_is 0
check "PLANSEARCH_DB chooses the index location" test -d "$T/env-db"
done_testing
