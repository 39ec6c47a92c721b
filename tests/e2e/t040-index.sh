#!/usr/bin/env bash
# plansearch index: re-indexing replaces documents instead of adding copies,
# and single files and folders both work.
. "$(dirname "$0")/lib.sh"
DB="$T/db"
PLANS="$PS_SOURCE_DIR/corpus/plans"

ps index --db "$DB" "$PLANS"
check "indexing a folder exits 0" status_is 0
ps --db "$DB" 工会 --limit 100 --json
first=$(wc -l <"$T/out")
check "every bundled document contains 工会" test "$first" -eq 9

ps index --db "$DB" "$PLANS"
ps --db "$DB" 工会 --limit 100 --json
check "indexing the same folder again adds no copies" test "$(wc -l <"$T/out")" -eq "$first"
check "ids stay unique" jq_true '([.[].id] | unique | length) == length'

ps index --db "$T/one" "$PLANS/000_85891dc427c33ef6.txt"
check "indexing a single file exits 0" status_is 0
ps --db "$T/one" 两个普遍 --json
check "a single file's id is its name" jq_true '.[0].id == "000_85891dc427c33ef6.txt"'

ps index --db "$T/missing" "$T/no-such-folder"
check "a missing input is skipped with exit 1" status_is 1
check "the missing input is named on stderr" err_has "$T/no-such-folder"
done_testing
