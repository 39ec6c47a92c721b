#!/usr/bin/env bash
# One convention for every export (issue 21): each CSV output (search,
# facets, KWIC, compare, keyness, collocates, stats) has a header row, is
# UTF-8 with a byte order mark and CRLF line ends, and writes a missing value
# as an empty field; in each JSON output a year is a number.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB

csv_ok() { # the CSV on stdout: BOM, every line CRLF, rows as wide as the header
  [ "$(head -c3 "$T/out" | od -An -tx1 | tr -d ' ')" = efbbbf ] || { echo "  no BOM"; return 1; }
  [ "$(grep -c $'\r$' "$T/out")" -eq "$(wc -l <"$T/out")" ] || { echo "  a line without CR"; return 1; }
  /usr/bin/python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert len(rows) >= 2, "no data row"
assert all(len(r) == len(rows[0]) for r in rows), "ragged rows"
' "$T/out" || { echo "  not well-formed CSV"; return 1; }
}
for cmd in "集体协商" "职工 --facet year,province" "集体协商 --kwic" "compare 集体协商 --by province" \
           "keyness --year 2012 --vs --year 2013.. --limit 5" "collocates 工会 --limit 5" "stats"; do
  ps --db "$DB" $cmd --csv
  check "$cmd --csv: BOM, header, CRLF, rectangular" csv_ok
done
ps --db "$DB" compare 集体协商 --by province --csv
check "compare --csv: the unknown group is an empty field" grep -q $'^,[0-9]*,' "$T/out"
ps --db "$DB" stats --csv
check "stats --csv: the unknown group is an empty field" grep -q $'^province,,[0-9]' "$T/out"

ps --db "$DB" 集体协商 --json
check "search --json: years are numbers" jq_true 'all(.[]; (.year|type) == "number" or .year == null)'
ps --db "$DB" 职工 --facet year --json
check "--facet year --json: years are numbers" jq_true 'all(.[]; (.value|type) == "number")'
ps --db "$DB" compare 集体协商 --json
check "compare --json by year: groups are numbers" jq_true 'all(.[0].groups[]; (.group|type) == "number")'
ps --db "$DB" compare 集体协商 --by province --json
check "compare --json: the unknown group is null" jq_true '[.[0].groups[] | select(.unknown)] | all(.group == null)'
ps --db "$DB" stats --json
check "stats --json: years are numbers" jq_true 'all(.[0].by_year[]; (.group|type) == "number")'
ps --db "$DB" show 001_b15d1195fe800da6.txt#1 --json
check "show --json: the year is a number" jq_true '(.[0].year|type) == "number"'
ps --db "$DB" 集体协商 --count --json
check "--count --json: an object" jq_true '.[0].count == 2'
done_testing
