#!/usr/bin/env bash
# Noise repaired for matching: pinyin annotations a converter left after
# characters (工會(huì), 新就业(yè)形态(tài)) do not split phrases, and the
# characters traditional script writes for two simplified ones (著 for 着)
# match either spelling; snippets still show the page as written.
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/pages"
cat >"$T/pages/pinyin.txt" <<'DOC'
某某區總工會(huì)2021年工作要點(diǎn)
一、推進新就业(yè)形态(tài)劳动者入会(huì),做好服務(wù)。
DOC
cat >"$T/pages/simp.txt" <<'DOC'
某某县总工会2020年工作要点
一、着力推进集体协商,围绕着中心工作开展劳动竞赛。
DOC
cat >"$T/pages/trad.txt" <<'DOC'
某某縣總工會2019年工作要點
一、著力推進職工之家建設,圍繞著中心工作做好服務。
DOC
ps index --db "$T/db" --quiet "$T/pages"
check "the pages are indexed" status_is 0

for q in 新就业形态 新就业形态劳动者入会 工会2021年工作要点 入会,做好服务; do
  ps --db "$T/db" "$q" --json
  check "a phrase spanning pinyin annotations ($q) finds the page" jq_true 'map(.id) == ["pinyin.txt"]'
done
ps --db "$T/db" 新就业形态 --json
check "the snippet shows the page as written, annotations included" \
  jq_true '.[0].snippets[0].text | contains("新就业(yè)形态(tài)")'
ps --db "$T/db" '"新就业(yè)形态"' --json
check "a query pasted with its annotation finds the same page" jq_true 'map(.id) == ["pinyin.txt"]'
ps --db "$T/db" yè
check "the annotation itself is not searchable text" status_is 1

for q in 着力 著力; do
  ps --db "$T/db" "$q" --json
  check "$q finds the plans writing 着力 and 著力" jq_true 'map(.id) | sort == ["simp.txt", "trad.txt"]'
done
for q in 围绕着 圍繞著; do
  ps --db "$T/db" "$q" --json
  check "$q finds the plans writing 围绕着 and 圍繞著" jq_true 'map(.id) | sort == ["simp.txt", "trad.txt"]'
done
ps --db "$T/db" 着力推进集体协商 --json
check "matching stays exact: a phrase only one plan holds finds only it" jq_true 'map(.id) == ["simp.txt"]'
done_testing
