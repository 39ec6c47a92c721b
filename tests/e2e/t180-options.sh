#!/usr/bin/env bash
# Search options given bad values are refused, each with exit 2 and one line
# naming the option and the value (never a search that quietly finds
# nothing); full-width digits in a query are the ASCII ones.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB
refused() { # OPTION VALUE [WORD]: "invalid" for malformed values, "unknown" for closed lists
  ps --db "$DB" 工会 "$1" "$2"
  check "$1 '$2' is refused with exit 2" status_is 2
  check "… in one line naming it" err_has "${3:-invalid} $1 '$2'"
  check "… and nothing on stdout" out_empty
}
refused --year 2016..2015
refused --year ..
refused --year 0
refused --year 2012..x
refused --limit -1
refused --limit x
refused --offset x
refused --sort foo unknown
refused --facet colour unknown

ps --db "$DB" 工会 --year 2015..2015 --json --all --limit 100
check "--year 2015..2015 is the one year" jq_true 'length > 0 and all(.[]; .year == 2015)'

ps --db "$DB" ２０１２年 --all --json --limit 100
full=$(jq -r .id "$T/out" | sort)
ps --db "$DB" 2012年 --all --json --limit 100
check "a query in full-width digits (２０１２年) finds what 2012年 finds" \
  test -n "$full" -a "$full" = "$(jq -r .id "$T/out" | sort)"
done_testing
