#!/usr/bin/env bash
# The search command on the bundled plans: hits, filters, JSON, exit codes.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB

ps --db "$DB" 集体协商
check "a query with hits exits 0" status_is 0
check "both plans mentioning 集体协商 are found (朝阳区 traditional, 郑州)" \
  out_has "朝陽區衛生局工會2012年工作要點"
check "the 郑州 2020 plan is found too" out_has "郑州市教科文卫体工会2020年工作要点"
check "piped output highlights matches with 【】" out_has "【集體協商】"
check "the footer counts the matches" out_has "2 of 2 matching plans shown"

ps --db "$DB" 集体协商 --year 2012
check "the year filter keeps the 2012 plan" out_has "朝陽區衛生局工會2012年工作要點"
check "the year filter removes the 2020 plan" out_lacks "郑州市教科文卫体工会2020年工作要点"
check "the year filter leaves one match" out_has "1 of 1 matching plan shown"

ps --db "$DB" 集体协商 --year 2013..2025 --json
check "a year range keeps only plans inside it" jq_true 'length == 1 and .[0].year == 2020'
ps --db "$DB" 集体协商 --year ..2012 --json
check "an open-ended range keeps plans up to its end" jq_true 'length == 1 and .[0].year == 2012'

ps --db "$DB" 两个普遍 --json
check "--json output is JSON Lines with one object per hit" \
  jq_true 'length >= 2 and ([.[].rank] == [range(1; length + 1)])'
check "every hit has the documented fields with their types" jq_true '
  all(.[]; (.id|type) == "string" and (.score|type) == "number"
      and ((.title|type) == "string" or .title == null)
      and ((.year|type) == "number" or .year == null)
      and ((.region|type) == "string" or .region == null)
      and ((.region_code|type) == "string" or .region_code == null)
      and ((.org|type) == "string" or .org == null)
      and (.path|type) == "string" and (.snippets|type) == "array")'
check "scores are in descending order" jq_true '[.[].score] == ([.[].score] | sort | reverse)'
check "snippet matches are character ranges inside the snippet text" jq_true '
  all(.[].snippets[]; . as $s | all($s.matches[]; .[0] < .[1] and .[1] <= ($s.text|length)))'
check "every match covers the query as written (simplified or traditional)" jq_true '
  [.[].snippets[] | . as $s | $s.matches[] | $s.text[.[0]:.[1]]] | unique
  | . - ["两个普遍", "兩個普遍"] | length == 0'
check "the traditional-script plan is found by the simplified query" jq_true \
  'any(.[]; .id == "001_b15d1195fe800da6.txt#1")'
for p in $(jq -r '.path' "$T/out"); do
  check "path '$p' names an existing file" test -f "$p"
done

check "the traditional plan's snippet shows 兩個普遍 as the plan wrote it" jq_true '
  [.[] | select(.id == "001_b15d1195fe800da6.txt#1") | .snippets[] | . as $s
   | $s.matches[] | $s.text[.[0]:.[1]]] | index("兩個普遍") != null'
check "the simplified plan's snippet shows 两个普遍" jq_true '
  [.[] | select(.id == "000_85891dc427c33ef6.txt") | .snippets[] | . as $s
   | $s.matches[] | $s.text[.[0]:.[1]]] | index("两个普遍") != null'

# regions on the bundled plans (issue 4's examples)
ps --db "$DB" 工会 --region 四川 --json --limit 50
check "--region 四川 finds the 乐山 plan" jq_true 'any(.[]; .id == "000_85891dc427c33ef6.txt")'
check "--region 四川 finds the 宣汉 school plan" jq_true 'any(.[]; .id == "001_b15d1195fe800da6.txt#5")'
check "--region 四川 finds nothing outside 四川" jq_true 'all(.[]; .region | startswith("四川省"))'
ps --db "$DB" 工会 --region 北京 --json --limit 50
check "--region 北京 finds the 朝阳区 plan" jq_true '[.[].id] == ["001_b15d1195fe800da6.txt#1"]'

ps --db "$DB" 两个普遍 --limit 1 --json
check "--limit 1 shows one hit" jq_true 'length == 1'
ps --db "$DB" 两个普遍 --limit 1 --offset 1 --json
check "--offset 1 starts at rank 2" jq_true 'length == 1 and .[0].rank == 2'

ps --db "$DB" 这个词组不在任何计划里
check "a query without hits exits 1" status_is 1
check "a query without hits says so" out_has "no plan matches"

ps --db "$DB" "(集体协商"
check "a malformed query exits 2" status_is 2
check "a malformed query gets one line on stderr" err_lines 1
check "the message points at the problem" err_has "unbalanced '('"

ps --db "$DB" 集体协商 --year 20x2
check "a bad --year exits 2" status_is 2
check "a bad --year is named" err_has "invalid --year '20x2'"

ps --db "$DB" 集体协商 --frobnicate
check "an unknown option exits 2" status_is 2
check "an unknown option is named" err_has "unknown option '--frobnicate'"

ps --db "$T/no-such-index" 集体协商
check "a missing --db folder exits 2" status_is 2
check "a missing --db folder gets one line naming it" err_lines 1
check "the message names the folder" err_has "$T/no-such-index"

ps --version
version=$(sed -n 's/^project(plansearch VERSION \([0-9.]*\).*/\1/p' "$PS_SOURCE_DIR/CMakeLists.txt")
check "--version prints the project's version (CMakeLists.txt)" test -n "$version" -a "$(cat "$T/out")" = "plansearch $version"
check "--version exits 0" status_is 0
ps --help
check "--help documents the query language" out_has "Query language"
done_testing
