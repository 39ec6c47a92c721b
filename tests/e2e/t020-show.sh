#!/usr/bin/env bash
# plansearch show: one document, by an id that a search returned.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB

ps --db "$DB" 集体协商 --year 2012 --json
id=$(jq -r '.id' "$T/out" | head -1)
title=$(jq -r '.title' "$T/out" | head -1)
check "the search returned an id" test -n "$id"

ps show --db "$DB" "$id"
check "show of a returned id exits 0" status_is 0
check "show prints the id" out_has "id:         $id"
check "show prints the title the search showed" out_has "$title"
check "show prints the full text" out_has "工資集體協商"

ps show --db "$DB" "$id" --json
check "show --json gives the same id and the text" \
  jq_true "length == 1 and .[0].id == \"$id\" and (.[0].text | contains(\"工資集體協商\"))"
check "show --json keeps the original text" jq_true '.[0].raw | type == "string"'

ps show --db "$DB" no-such-document.txt
check "show of an unknown id exits 1" status_is 1
check "show of an unknown id names it" err_has "no-such-document.txt"
done_testing
