#!/usr/bin/env bash
# compare on the bundled plans: every number checked against counts made
# here from the stored texts (plansearch show --json, OpenCC t2s, grep -o),
# not by plansearch's own code path.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB
command -v xapian-delve >/dev/null || { echo "xapian-delve missing (apt-get install xapian-tools)"; exit 1; }
command -v opencc >/dev/null || { echo "opencc missing (apt-get install opencc)"; exit 1; }

# ---- the reference: one line per document, from the stored texts ----------
# Ids are read from the index's Q terms with xapian-delve, the texts and
# metadata with show --json; occurrences are counted by grep -o on the text
# converted to simplified script by OpenCC.
TERMS=(两个普遍 集体协商 职工之家 送温暖 工资集体协商 集体合同)
: >"$T/ref.tsv"
ndocs=0
for id in $(xapian-delve -a -1 "$DB" | grep -a '^Q' | sed 's/^Q//'); do
  ps show --db "$DB" --json "$id"
  [ "$status" -eq 0 ] || { echo "show '$id' failed"; failed=$((failed + 1)); continue; }
  jq -r '.text' "$T/out" | opencc -c t2s >"$T/text"
  meta=$(jq -r '[(.year // "?"), ((.region // "?") | split("/")[0]), (.level // "?"),
                 (.text | length)] | @tsv' "$T/out")
  counts=""
  for t in "${TERMS[@]}"; do
    counts="$counts	$(grep -o -- "$t" "$T/text" | wc -l)"
  done
  printf '%s\t%s%s\n' "$id" "$meta" "$counts" >>"$T/ref.tsv"
  ndocs=$((ndocs + 1))
done
check "the reference holds the nine bundled documents" test "$ndocs" -eq 9

# ref_groups COLUMN LO HI: per group "group plans chars (plans occ) per term";
# the full query "工资集体协商 OR 集体合同" is the last pair (columns 10, 11).
ref_groups() {
  awk -F'\t' -v col="$1" -v lo="$2" -v hi="$3" '
    { g = $col; if (g == "?") g = ""   # the unknown group: null in JSON, "" in @tsv
      if (lo != "" && (g == "" || g < lo || g > hi)) next
      plans[g]++; chars[g] += $5
      for (t = 0; t < 4; t++) { o = $(6 + t); occ[g, t] += o; if (o > 0) m[g, t]++ }
      o = $10 + $11; occ[g, 4] += o; if (o > 0) m[g, 4]++
      seen[g] = 1 }
    END {
      if (lo != "") for (y = lo; y <= hi; y++) seen[y] = 1
      for (g in seen) {
        line = g "\t" plans[g] + 0 "\t" chars[g] + 0
        for (t = 0; t < 5; t++) line = line "\t" m[g, t] + 0 "\t" occ[g, t] + 0
        print line
      } }' "$T/ref.tsv" | sort
}

# got_groups: the same columns from compare --json on stdout
got_groups() {
  jq -r '.groups[] | [.group, .plans, .chars] + ([.terms[] | .plans, .occurrences]) | @tsv' \
    "$T/out" | sort
}

Q5="工资集体协商 OR 集体合同"
ps compare --db "$DB" 两个普遍 集体协商 职工之家 送温暖 "$Q5" --by year --year 2008..2020 --json
check "compare exits 0 when a term matches" status_is 0
check "the output is one JSON object" jq_true 'length == 1 and (.[0] | type) == "object"'
check "no near-duplicates among the bundled plans (the reference counts every document)" \
  jq_true '.[0].folded == 0'
ref_groups 2 2008 2020 >"$T/ref"
got_groups >"$T/got"
check "by year: plans, characters, matching plans and occurrences equal the reference" \
  diff -u "$T/ref" "$T/got"
check "every year of the range is a group, empty ones included (2009, 2013)" \
  jq_true '[.[0].groups[].group] == [range(2008; 2021)]
           and (.[0].groups[] | select(.group == 2013) | .plans == 0)'
check "share is matching plans over the group's plans, in percent" jq_true '
  [.[0].groups[] | select(.plans > 0) | . as $g | .terms[]
   | ((.share - 100 * .plans / $g.plans) | fabs) < 1e-3] | all'
check "per_10k is occurrences per 10,000 characters of the group" jq_true '
  [.[0].groups[] | select(.chars > 0) | . as $g | .terms[]
   | ((.per_10k - 1e4 * .occurrences / $g.chars) | fabs) < 1e-3 * (1 + .per_10k)] | all'
check "an empty group has null share, not a made-up zero" jq_true '
  all(.[0].groups[] | select(.plans == 0) | .terms[]; .share == null)'
check "the totals add up the groups" jq_true '
  .[0] as $c | $c.total.plans == ([$c.groups[].plans] | add)
  and ([range(0; 5) as $t | $c.total.terms[$t].occurrences == ([$c.groups[].terms[$t].occurrences] | add)] | all)'
check "provenance records the queries, filters, index and version" jq_true '
  .[0].provenance as $p | $p.command == "compare" and ($p.queries | length) == 5
  and $p.queries[4] == "工资集体协商 OR 集体合同" and $p.filters.year == "2008..2020"
  and $p.index.documents == 9 and ($p.index.updated | type) == "string"
  and ($p.plansearch_version | type) == "string" and $p.by == "year"'

# by province, no year filter: plans without a province form the unknown group (null)
ps compare --db "$DB" 两个普遍 集体协商 职工之家 送温暖 "$Q5" --by province --json
ref_groups 3 "" "" >"$T/ref"
got_groups >"$T/got"
check "by province: every number equals the reference" diff -u "$T/ref" "$T/got"
check "provinces come in the order of their codes (北京 11 … 新疆 65), the unknown last" jq_true '
  [.[0].groups[].group] == ["北京市", "黑龙江省", "福建省", "河南省", "四川省", "陕西省",
                            "新疆维吾尔自治区", null]'

# by level: the six levels are always listed
ps compare --db "$DB" 两个普遍 集体协商 职工之家 送温暖 "$Q5" --by level --json
ref_groups 4 "" "" >"$T/ref"
for l in 全国 省; do printf '%s\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\n' "$l" >>"$T/ref"; done
sort -o "$T/ref" "$T/ref"
got_groups >"$T/got"
check "by level: every number equals the reference, empty levels shown" diff -u "$T/ref" "$T/got"

# a filter: only 2012, by region (四川 is 西部, 北京 东部, 黑龙江 东北)
ps compare --db "$DB" 送温暖 --year 2012 --by region --json
check "a year filter leaves the 2012 plans" jq_true ".[0].total.plans == $(awk -F'\t' '$2 == 2012' "$T/ref.tsv" | wc -l)"
check "regions are the NBS four plus 港澳台, and the unknown" jq_true '
  [.[0].groups[].group] == ["东部", "中部", "西部", "东北", "港澳台", null]'
check "the 2012 plans fall in 东部, 西部, 东北 and unknown" jq_true '
  [.[0].groups[] | select(.plans > 0) | .group] == ["东部", "西部", "东北", null]'

# CSV: long form, one row per group and term
ps compare --db "$DB" 两个普遍 集体协商 --by year --year 2010..2012 --csv
check "CSV has a header and a row per group and term" test "$(wc -l <"$T/out")" -eq 7
check "CSV header names the columns" out_has "year,group_plans,group_chars,term,matching_plans,share_pct,occurrences,per_10k_chars"
n2012=$(awk -F'\t' '$2 == 2012' "$T/ref.tsv" | wc -l)
m2012=$(awk -F'\t' '$2 == 2012 && $6 > 0' "$T/ref.tsv" | wc -l)
o2012=$(awk -F'\t' '$2 == 2012 { s += $6 } END { print s + 0 }' "$T/ref.tsv")
check "CSV row for 2012 and 两个普遍 carries the reference counts" \
  out_has "2012,$n2012,$(awk -F'\t' '$2 == 2012 { s += $5 } END { print s }' "$T/ref.tsv"),两个普遍,$m2012,"
check "CSV row for 2012 and 两个普遍 carries its occurrences" grep -q "^2012,.*,两个普遍,$m2012,[0-9.]*,$o2012," "$T/out"
check "CSV rows of an empty year leave share and rate empty" out_has "2010,0,0,两个普遍,0,,0,"

# the human table
ps compare --db "$DB" 两个普遍 --year 2008..2012
check "the table names the grouping and the filter" out_has "compare by year: --year 2008..2012"
check "the table shows coverage and the term per group" grep -q "^2012 *$n2012 " "$T/out"
check "empty years are rows with dashes" grep -q "^2009 *0 *0 *- " "$T/out"
check "the table ends with the total" grep -q "^total *$(awk -F'\t' '$2 >= 2008 && $2 <= 2012' "$T/ref.tsv" | wc -l) " "$T/out"

# the same plans as search finds, scoped queries (checked on the text) included
for q in 两个普遍 "集体协商 NEAR/10 工资" "职工 SENTENCE 困难" "工会 ITEM 帮扶" "$Q5" "title:工作要点"; do
  for y in "" 2012; do
    ps --db "$DB" "$q" --count ${y:+--year "$y"}
    n=$(head -1 "$T/out" | grep -o '^[0-9]*')
    ps compare --db "$DB" "$q" ${y:+--year "$y"} --json
    check "compare counts as many plans as search for '$q'${y:+ in $y} ($n)" \
      jq_true ".[0].total.terms[0].plans == ${n:-x}"
  done
done

# exit statuses and errors
ps compare --db "$DB" 这个词组不在任何计划里
check "no plan matching any term exits 1" status_is 1
ps compare --db "$DB" "(集体协商"
check "a malformed term exits 2" status_is 2
check "the message names the term" err_has "term '(集体协商'"
check "one line on stderr" err_lines 1
ps compare --db "$DB" 集体协商 --by county
check "an unknown --by exits 2 naming it" err_has "unknown --by 'county'"
ps compare --db "$DB"
check "compare without terms exits 2" status_is 2
ps compare --db "$DB" 集体协商 --json --csv
check "--json with --csv is refused" err_has "cannot be combined"
ps compare --db "$DB" 集体协商 --region 朝阳区
check "an ambiguous region exits 2" status_is 2
ps compare --db "$DB" 集体协商 --plot "$T/chart.png"
check "a PNG plot is refused with a hint" err_has "only SVG"
# a list in the filter is the groups: those years, places or levels, not
# the index's whole span (a listed value without plans stays, with 0)
groups() { jq -c -s '[.[0].groups[].group]' "$T/out"; }
ps compare --db "$DB" 工会 --by year --year 2012,2015,2018 --json
check "--by year --year 2012,2015,2018: those three years only" \
  bash -c "[ '$(groups)' = '[2012,2015,2018]' ]"
ps compare --db "$DB" 工会 --by year --year 2012..2014,2020 --json
check "--year 2012..2014,2020: the range's years and 2020 (2013 and 2014 have no plan)" \
  bash -c "[ '$(groups)' = '[2012,2013,2014,2020]' ]"
ps compare --db "$DB" 工会 --by year --year 2012,2015,2018 --csv
check "the CSV has the same three year rows" \
  bash -c "[ \"\$(tail -n +2 '$T/out' | cut -d, -f1 | tr -d '\r' | tr '\n' ' ')\" = '2012 2015 2018 ' ]"
ps compare --db "$DB" 工会 --by province --region 四川,北京 --json
check "--by province --region 四川,北京: those two provinces only" \
  bash -c "[ '$(groups)' = '[\"北京市\",\"四川省\"]' ]"
ps compare --db "$DB" 工会 --by level --level 省,市 --json
check "--by level --level 省,市: those two levels only, 省 with no plan" \
  bash -c "[ '$(groups)' = '[\"省\",\"市\"]' ]"
ps spread --db "$DB" 工会 --year 2012,2015,2018 --json
check "spread --year 2012,2015,2018: those three years only" \
  bash -c "[ '$(groups)' = '[2012,2015,2018]' ]"
ps compare --db "$T/no-such-index" 集体协商
check "a missing index exits 2" status_is 2
check "the missing index is named" err_has "$T/no-such-index"
done_testing
