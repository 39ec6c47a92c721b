#!/usr/bin/env bash
# The query language: every operator on the bundled plans, the scopes
# NEAR/n, SENTENCE and ITEM decided exactly on the stored text, exact counts,
# and a one-line error for every kind of malformed query.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB
OUTLINE=$PS_SOURCE_DIR/tests/data/outline
ps index --db "$T/db" --quiet "$PS_SOURCE_DIR/corpus/plans" "$OUTLINE"
check "the bundled plans and the outline fixture index" status_is 0
X="--db $T/db"
EM=emeishan_2014.txt
LS=000_85891dc427c33ef6.txt
CY='001_b15d1195fe800da6.txt#1'

# ---- boolean operators, phrases, fields (bundled plans) ----
ps --db "$DB" 集体协商 两个普遍 --json
check "two terms: only plans holding both (朝阳)" jq_true "[.[].id] == [\"$CY\"]"
ps --db "$DB" 集体协商 OR 民办学校 --json
check "OR: plans holding either" jq_true "[.[].id] | sort == ([\"$CY\", \"$LS\", \"003_33c2545a96ee321c.txt\"] | sort)"
ps --db "$DB" 两个普遍 -集体协商 --json
check "leading '-': the first without the second" jq_true "[.[].id] == [\"$LS\"]"
ps --db "$DB" 两个普遍 NOT 集体协商 --json
check "NOT: the same as '-'" jq_true "[.[].id] == [\"$LS\"]"
ps --db "$DB" "(民办学校 OR 工资集体协商) 两个普遍" --json
check "parentheses group an OR inside an AND" jq_true "[.[].id] | sort == ([\"$CY\", \"$LS\"] | sort)"
ps --db "$DB" '"民主管理 集体协商"' --json
check "a quoted phrase with a space matches across the 、 (郑州)" \
  jq_true '[.[].id] == ["003_33c2545a96ee321c.txt"]'
ps --db "$DB" title:卫生局 --json
check "title: finds both 卫生局 documents by their titles" jq_true 'length == 2 and all(.[]; .title | test("衛生局"))'
ps --db "$DB" org:教科文卫体 --json
check "org: finds the two 教科文卫体 unions" jq_true 'length == 2 and all(.[]; .org | test("教科文卫体"))'
ps --db "$DB" 集体 协商 --count
check "two bare terms may occur apart: more plans than the phrase" out_has 3
ps --db "$DB" 集体协商 --count
check "the phrase needs the characters adjacent" out_has 2
ps $X 职协 --count
check "characters that merely occur apart do not match (职协)" out_has 0
ps $X 职 协 --count
check "… though each of them occurs" test "$(cat "$T/out")" -gt 0

# ---- scopes, on the outline fixture ----
# （一）深化工资集体协商。全面推行行业性工资集体协商。重点覆盖非公企业。
# （二）维护女职工特殊权益。…
# 2、…一是开展金秋助学活动；二是开展送温暖活动，把集体协商成果惠及女职工。
ps $X 工资集体协商 ITEM 非公企业 --json
check "ITEM: two sentences of one outline item （一）" jq_true "[.[].id] == [\"$EM\"]"
ps $X 工资集体协商 SENTENCE 非公企业 --json
check "SENTENCE: not when a 。 stands between" jq_true 'length == 0'
check "a scope without hits exits 1" status_is 1
ps $X 非公企业 ITEM 女职工 --json
check "ITEM: not across items （一） and （二）" jq_true 'length == 0'
ps $X 非公企业 NEAR/60 女职工 --json
check "NEAR/60: close enough, whatever the items" jq_true "[.[].id] == [\"$EM\"]"
ps $X 金秋助学 ITEM 送温暖 --json
check "ITEM: 一是 and 二是 start items inside a paragraph" jq_true "all(.[]; .id != \"$EM\")"
ps $X 集体协商 SENTENCE 女职工 --json
check "SENTENCE: both in the 二是 sentence" jq_true "any(.[]; .id == \"$EM\")"
ps $X 集体协商 NEAR/4 女职工 --json
check "NEAR/4: four characters (成果惠及) between the matches" jq_true "any(.[]; .id == \"$EM\")"
ps $X 集体协商 NEAR/3 女职工 --json
check "NEAR/3: one character short" jq_true "all(.[]; .id != \"$EM\")"
ps $X 女职工 NEAR/4 集体协商 --json
check "NEAR is symmetric" jq_true "any(.[]; .id == \"$EM\")"
ps $X 女职工 SENTENCE 集体协商 SENTENCE 送温暖 --json
check "a SENTENCE chain: all three in one sentence" jq_true "[.[].id] == [\"$EM\"]"
ps $X 集体协商 "-(集体协商 NEAR/4 女职工)" --json
check "NOT of a scope keeps plans where the scope fails" jq_true "all(.[]; .id != \"$EM\") and length > 0"

# exact counts: every candidate is checked, not just the page
ps $X 职工 SENTENCE 困难 --json --limit 100
all=$(jq -s length "$T/out")
ps $X 职工 SENTENCE 困难 --count
check "--count equals the number of hits of a scoped query" out_has "$all"
ps $X 职工 困难 --count
check "the scope is narrower than the AND of its terms" test "$(cat "$T/out")" -gt "$all"
ps $X 职工 SENTENCE 困难 --limit 1
check "the footer's total is exact for a scope" out_has "1 of $all matching plans shown"
# a scope on the bundled plans
ps --db "$DB" 工会 NEAR/0 组织 --json --explain
check "NEAR/0 on the bundled plans: adjacent matches" jq_true 'length > 0 and all(.[]; .explain[0].part == "工会 NEAR/0 组织")'

# ---- malformed queries: one line, exit 2, pointing at the problem ----
bad() {
  ps --db "$DB" "$1"
  check "'$1' exits 2" status_is 2
  check "'$1' gets one line on stderr" err_lines 1
  check "'$1': $2" err_has "$2"
}
bad "(集体协商" "unbalanced '(' at character 1"
bad "集体协商)" "unbalanced ')' at character 5"
bad '"集体协商' "unbalanced '\"' at character 1"
bad "集体协商 OR" "'OR' with nothing on its right"
bad "OR 集体协商" "'OR' with nothing on its left"
bad "集体协商 NOT" "'NOT' with nothing after it"
bad "" "the query is empty"
bad "()" "empty parentheses"
bad '集体协商 "-"' "'-' at character 6 has no searchable characters"
bad "集体协商 NEAR/20" "'NEAR/20' with nothing on its right"
bad "NEAR/20 女职工" "'NEAR/20' with nothing on its left"
bad "集体协商 NEAR 女职工" "'NEAR' needs a distance in characters"
bad "集体协商 NEAR/x 女职工" "expected NEAR/N"
bad "集体协商 SENTENCE" "'SENTENCE' with nothing on its right"
bad "ITEM 女职工" "'ITEM' with nothing on its left"
bad "a NEAR/5 b NEAR/5 c" "NEAR joins exactly two terms"
bad "a SENTENCE b ITEM c" "mixed with another scope"
bad "title:集体协商 ITEM 女职工" "not a field term"
bad "(a OR b) ITEM c" "not a group"

ps --help
for word in "NEAR/20" SENTENCE ITEM --count --facet --kwic --csv --explain --all; do
  check "--help documents $word" out_has "$word"
done
done_testing
