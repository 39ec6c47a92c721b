#!/usr/bin/env bash
# compare --plot: the SVG is valid XML, self-contained, names CJK fonts,
# carries the table's numbers, and renders to PNG; near-duplicates count
# once unless --all.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB
for tool in xmllint rsvg-convert; do
  command -v "$tool" >/dev/null || {
    echo "$tool missing: apt-get install libxml2-utils librsvg2-bin (see scripts/dev)"
    exit 1
  }
done

ps compare --db "$DB" 两个普遍 集体协商 职工之家 --by year --year 2008..2020 --json --plot "$T/year.svg"
check "compare --plot exits 0" status_is 0
check "the SVG is written" test -s "$T/year.svg"
check "the SVG is well-formed XML" xmllint --noout "$T/year.svg"
check "its root is an svg element in the SVG namespace" \
  test "$(xmllint --xpath 'namespace-uri(/*)' "$T/year.svg")" = "http://www.w3.org/2000/svg"
check "it is self-contained (no scripts, no external references)" \
  bash -c "! grep -Eq '<script|xlink:href|<image|@import|url\\(' '$T/year.svg'"
check "it names fonts Debian's Noto CJK and WenQuanYi packages provide" \
  bash -c "grep -q \"Noto Sans CJK SC\" '$T/year.svg' && grep -q 'WenQuanYi Micro Hei' '$T/year.svg'"
# every point of every line carries the numbers the table gives for it
jq -r '.groups[] | select(.plans > 0) | . as $g | .terms[]
       | "\(.term) \($g.group): \(.plans)/\($g.plans) (\(.share * 10 | round / 10 | tostring | if test("\\.") then . else . + ".0" end)%)"' \
  "$T/out" >"$T/points"
missing=0
while IFS= read -r p; do
  grep -qF "<title>$p</title>" "$T/year.svg" || { echo "  no point '$p'"; missing=$((missing + 1)); }
done <"$T/points"
check "every line point of the chart matches the JSON ($(wc -l <"$T/points") points)" test "$missing" -eq 0
check "no point for a year without plans" bash -c "! grep -q ' 2013: ' '$T/year.svg'"
jq -r '.groups[] | select(.plans > 0) | "\(.group): \(.plans) plans"' "$T/out" >"$T/cover"
missing=0
while IFS= read -r p; do
  grep -qF "<title>$p</title>" "$T/year.svg" || { echo "  no coverage bar '$p'"; missing=$((missing + 1)); }
done <"$T/cover"
check "the coverage panel has a bar per year with plans" test "$missing" -eq 0
check "the axes and the coverage panel are labelled" \
  bash -c "grep -q 'share of plans' '$T/year.svg' && grep -q '计划数 plans' '$T/year.svg'"
check "the legend names each term" \
  bash -c "grep -q '>两个普遍</text>' '$T/year.svg' && grep -q '>职工之家</text>' '$T/year.svg'"
check "the SVG renders to a PNG with rsvg-convert" rsvg-convert -o "$T/year.png" "$T/year.svg"
check "the PNG is a PNG" bash -c "head -c 8 '$T/year.png' | od -An -c | grep -q 'P   N   G'"

ps compare --db "$DB" 送温暖 两个普遍 --by region --json --plot "$T/region.svg"
check "the bar chart is well-formed XML" xmllint --noout "$T/region.svg"
jq -r '.groups[] | "n=\(.plans)"' "$T/out" | sort | uniq -c | awk '{print $1, $2}' >"$T/want"
grep -o '>n=[0-9]*<' "$T/region.svg" | tr -d '<>' | sort | uniq -c | awk '{print $1, $2}' >"$T/have"
check "each region is labelled with its number of plans" diff -u "$T/want" "$T/have"
check "the bar chart renders" rsvg-convert -o "$T/region.png" "$T/region.svg"

# ---- near-duplicates: a copy and a near copy of one plan --------------------
# (what counts as near is the indexer's collapse key; these two must fold)
mkdir -p "$T/plans"
plan=$(ls "$PS_SOURCE_DIR"/corpus/plans/003_*.txt)
cp "$plan" "$T/plans/a.txt"
cp "$plan" "$T/plans/b.txt"
# the near copy differs only in layout (trailing blank lines, a doubled space)
{ sed '0,/ /s//  /' "$plan"; printf '\n\n\n'; } >"$T/plans/c.txt"
cp "$PS_SOURCE_DIR"/corpus/plans/000_*.txt "$T/plans/"
check "the near copy differs from the plan" bash -c "! cmp -s '$plan' '$T/plans/c.txt'"
ps index --db "$T/db" "$T/plans"
check "the copies are indexed as four documents" status_is 0
once=$(grep -o 送温暖 "$plan" | wc -l)
ps compare --db "$T/db" 送温暖 --json
check "near-duplicates count once: two plans, two folded" jq_true \
  '.[0].total.plans == 2 and .[0].folded == 2'
check "occurrences of a folded plan count once" jq_true ".[0].total.terms[0].occurrences == $once"
ps compare --db "$T/db" 送温暖 --all --json
check "--all counts every copy" jq_true '.[0].total.plans == 4 and .[0].folded == 0'
check "--all counts the copies' occurrences" jq_true ".[0].total.terms[0].occurrences == 3 * $once"
check "provenance says whether copies were counted" jq_true \
  '.[0].provenance.near_duplicates == "all copies counted"'
done_testing
