#!/usr/bin/env bash
# One convention for every export (issue 21): each CSV output (search,
# facets, KWIC, compare, keyness, collocates, stats, reuse, spread) has a header row, is
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
ps --db "$DB" spread 工会 --by province --csv
check "spread --csv: BOM, header, CRLF, rectangular" csv_ok
check "spread --csv: the unknown group is an empty field, not (unknown)" \
  bash -c "grep -q $'^,[0-9]' '$T/out' && ! grep -q unknown '$T/out'"
ps --db "$DB" spread 工会 --csv
check "spread --by year --csv: BOM, header, CRLF, rectangular" csv_ok

# reuse needs two plans sharing a passage: one written here, copied whole
# into a second plan, with a third plan of other text
RP=$T/reuse && mkdir -p "$RP"
passage="坚持以职工为中心的工作导向，围绕中心服务大局，深入开展劳动和技能竞赛，大力弘扬劳模精神劳动精神工匠精神，推进产业工人队伍建设改革走深走实。"
printf '某某省总工会2015年工作要点\n一、%s\n二、加强自身建设。\n' "$passage" >"$RP/a.txt"
printf '某某县总工会2017年工作要点\n一、做好维权工作。\n二、%s\n' "$passage" >"$RP/b.txt"
printf '某某市总工会2016年工作要点\n一、做好帮扶工作，送温暖到一线。\n' >"$RP/c.txt"
"$PLANSEARCH" index --db "$T/rdb" --quiet "$RP" 2>/dev/null
ps --db "$T/rdb" reuse a.txt --csv
check "reuse ID --csv: BOM, header, CRLF, rectangular" csv_ok
ps --db "$T/rdb" reuse --all --csv
check "reuse --all --csv: BOM, header, CRLF, rectangular" csv_ok

ps --db "$DB" 集体协商 --json
check "search --json: years are numbers" jq_true 'all(.[]; (.year|type) == "number" or .year == null)'
ps --db "$DB" 职工 --facet year --json
check "--facet year --json: years are numbers" jq_true 'all(.[]; (.value|type) == "number")'
ps --db "$DB" compare 集体协商 --json
check "compare --json by year: groups are numbers" jq_true 'all(.[0].groups[]; (.group|type) == "number")'
ps --db "$DB" compare 集体协商 --by province --json
check "compare --json: the unknown group is null" jq_true '[.[0].groups[] | select(.unknown)] | all(.group == null)'
ps --db "$DB" spread 工会 --json
check "spread --json by year: groups are numbers" jq_true 'all(.[0].groups[]; (.group|type) == "number")'
ps --db "$DB" spread 工会 --by province --json
check "spread --json: the unknown group is null" jq_true '[.[0].groups[] | select(.unknown)] | length == 1 and all(.group == null)'
ps --db "$DB" stats --json
check "stats --json: years are numbers" jq_true 'all(.[0].by_year[]; (.group|type) == "number")'
ps --db "$DB" show 001_b15d1195fe800da6.txt#1 --json
check "show --json: the year is a number" jq_true '(.[0].year|type) == "number"'
ps --db "$DB" 集体协商 --count --json
check "--count --json: an object" jq_true '.[0].count == 2'
done_testing
