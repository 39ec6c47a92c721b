#!/usr/bin/env bash
# stats: what the index holds, by year, province, region, level and sector,
# checked against the stored records (analyze_ref.sh).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/analyze_ref.sh"
DB=$PS_E2E_DB
ref_docs "$DB" "$T/ref"
ps stats --db "$DB" --json
check "stats exits 0" status_is 0
check "stats counts the nine plans, none folded" jq_true '.[0].plans == 9 and .[0].folded == 0 and .[0].index_documents == 9'
check "characters add up the stored texts" jq_true ".[0].chars == $(awk -F'\t' '{ s += $6 } END { print s }' "$T/ref/docs.tsv")"
# by year: min..max year with empty years listed, and no unknown year here
awk -F'\t' '{ n[$2]++ } END { for (y in n) print y "\t" n[y] }' "$T/ref/docs.tsv" | sort >"$T/want"
jq -r '.by_year[] | select(.plans > 0) | "\(.group)\t\(.plans)"' "$T/out" | sort >"$T/have"
check "plans by year equal the reference" diff -u "$T/want" "$T/have"
check "years run from the first to the last without gaps" jq_true '
  [.[0].by_year[].group | tonumber] as $y | $y == [range($y[0]; $y[-1] + 1)]'
awk -F'\t' '{ p = $3 == "?" ? "null" : $3; n[p]++ } END { for (p in n) print p "\t" n[p] }' \
  "$T/ref/docs.tsv" | sort >"$T/want"
jq -r '.by_province[] | "\(.group)\t\(.plans)"' "$T/out" | sort >"$T/have"
check "plans by province equal the reference" diff -u "$T/want" "$T/have"
awk -F'\t' '{ n[$4]++ } END { for (l in n) print l "\t" n[l] }' "$T/ref/docs.tsv" | sort >"$T/want"
jq -r '.by_level[] | select(.plans > 0) | "\(.group)\t\(.plans)"' "$T/out" | sort >"$T/have"
check "plans by level equal the reference" diff -u "$T/want" "$T/have"
check "regions add up to all plans" jq_true '([.[0].by_region[].plans] | add) == .[0].plans'
check "sectors add up to all plans" jq_true '([.[0].by_sector[].plans] | add) == .[0].plans'
ps stats --db "$DB" --year 2012
check "the human summary names the selection" out_has "selection: --year 2012, $(awk -F'\t' '$2 == 2012' "$T/ref/docs.tsv" | wc -l) plans"
check "the human summary has a table per grouping" bash -c "grep -q '^year ' '$T/out' && grep -q '^province ' '$T/out' && grep -q '^sector ' '$T/out'"
ps stats --db "$DB" 集体协商
check "stats refuses terms" status_is 2
done_testing
