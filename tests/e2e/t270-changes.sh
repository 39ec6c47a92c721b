#!/usr/bin/env bash
# Changed files as a user sees them after `plansearch index` runs again:
# an edit anywhere in a large file is noticed (content hashes checked
# against a second implementation of FNV-1a, in Python, read from the index
# with xapian-delve); a compilation rewritten as one plan leaves none of its
# old documents behind; a trailing menu of short link lines is not
# searchable text; a run told --ocr (which reads what a plain run skips)
# reads every file again.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is not installed"
command -v xapian-delve >/dev/null || skip_all "xapian-delve (Debian package xapian-tools) is not installed"
D="$T/plans"
DB="$T/db"
mkdir "$D"

# ---- a large file edited past its first 64 KB, size unchanged ----------------
python3 - "$D/big.txt" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("某市总工会2019年工作要点\n")
    for n in range(1, 3001):
        f.write(f"第{n}条：加强职工书屋建设，开展第{n}期职工培训。\n")
PY
cp "$PS_SOURCE_DIR/corpus/plans/000_85891dc427c33ef6.txt" "$D/a.txt"
check "the large file is over 64 KB" test "$(stat -c %s "$D/big.txt")" -gt 200000

# a compilation of three plans
{
  echo "第一篇：甲县总工会2016年工作要点"
  echo "一、加强职工书屋建设，全年新建书屋五个，开展读书月活动。"
  echo "二、推进厂务公开，健全职工代表大会制度。"
  echo "第二篇：乙镇工会2016年工作要点"
  echo "一、开展劳动竞赛，组织岗位练兵和技术比武，评选金牌工人。"
  echo "二、做好困难职工帮扶，建立帮扶台账。"
  echo "第三篇：丙公司工会2016年工作计划"
  echo "一、落实带薪休假，组织职工疗休养，关心一线职工身心健康。"
  echo "二、完善职工服务驿站，配备饮水和休息设施。"
} >"$D/x.txt"
ps index --db "$DB" "$D"
check "first run exits 0" status_is 0
ps --db "$DB" 金牌工人 --json
check "the compilation's second plan is x.txt#2" jq_true '[.[].id] == ["x.txt#2"]'

# fingerprints of the files, computed here: FNV-1a 64 over the bytes, with the size
fnv() { python3 - "$@" <<'PY'
import sys
for p in sys.argv[1:]:
    h = 14695981039346656037
    d = open(p, "rb").read()
    for c in d:
        h = ((h ^ c) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
    print("%x:%016x" % (len(d), h))
PY
}
# (each followed by the reader's version, ":r" and 12 hex digits: a
# plansearch that reads differently reads every file again)
stored() { xapian-delve -V7 -1 "$DB" | sed -n 's/^[0-9]*://p' | sed 's/:r[0-9a-f]\{12\}$//' | sort -u; }
check "the index holds each file's content hash as a second implementation computes it" \
  test "$(stored)" = "$(fnv "$D"/*.txt | sort -u)"
check "… each with the reader's version after it" \
  test "$(xapian-delve -V7 -1 "$DB" | sed -n 's/^[0-9]*://p' | sort -u | grep -c ':r[0-9a-f]\{12\}$')" = \
       "$(ls "$D"/*.txt | wc -l)"

# same size, an edit at line 2,500 (about 190 KB in): 书屋 → 驿站
sed -i '2501s/职工书屋/职工驿站/' "$D/big.txt"
size_before=$(stat -c %s "$D/big.txt")
check "the edit is past the first 64 KB" test "$(grep -bn 职工驿站 "$D/big.txt" | cut -d: -f2)" -gt 65536
ps index --db "$DB" "$D"
check "the edited large file is updated, not taken as unchanged" err_has "0 added, 1 updated, 0 removed, 2 unchanged"
check "its size did not change" test "$(stat -c %s "$D/big.txt")" = "$size_before"
ps --db "$DB" '"第2500条：加强职工驿站建设"' --json
check "the edited sentence is found" jq_true '[.[].id] == ["big.txt"]'
ps --db "$DB" '"第2500条：加强职工书屋建设"' --json
check "the old sentence is not" status_is 1
check "the stored hashes follow the edit" test "$(stored)" = "$(fnv "$D"/*.txt | sort -u)"

# ---- the compilation rewritten as one plan -----------------------------------
{
  echo "甲县总工会2017年工作要点"
  echo "一、加强职工书屋建设，全年新建书屋八个，开展读书月活动。"
  echo "二、推进厂务公开，健全职工代表大会制度，开展民主评议。"
} >"$D/x.txt"
ps index --db "$DB" "$D"
check "the rewritten compilation is one update" err_has "0 added, 1 updated, 0 removed, 2 unchanged"
ps show --db "$DB" "x.txt#2"
check "its old second plan is gone (show exits 1)" status_is 1
ps show --db "$DB" "x.txt#3"
check "its old third plan is gone" status_is 1
ps --db "$DB" 金牌工人
check "text only the old second plan had is not found" status_is 1
ps --db "$DB" 职工疗休养
check "text only the old third plan had is not found" status_is 1
ps --db "$DB" 全年新建书屋八个 --json
check "the new text is found under the file's own id" jq_true '[.[].id] == ["x.txt"]'
ps check --db "$DB"
check "check counts one document per file now" out_has "consistent: 3 documents from 3 files"
n=$(xapian-delve "$DB" | sed -n 's/^number of documents = //p')
check "the index holds three documents (Xapian's own count)" test "$n" = 3

# ---- a trailing menu of short link lines ------------------------------------
{
  cat "$PS_SOURCE_DIR/corpus/plans/002_7479f0db71bd9e90.txt"
  echo
  for t in 市总工会召开十届三次全委会 职工书屋示范点揭牌 劳模疗休养活动启动 \
           女职工素质提升培训班开班 春送岗位招聘会举行 工会经费审计工作部署 \
           农民工入会集中行动推进会 职工文化艺术节闭幕 困难职工档案更新完成 \
           网上工会平台上线试运行; do
    echo "$t"
  done
} >"$D/menu.txt"
ps index --db "$DB" "$D"
check "the page with a trailing menu is indexed" err_has "1 added"
ps --db "$DB" 网上工会平台上线试运行
check "a link title of the trailing menu is not searchable text" status_is 1
ps --db "$DB" 女职工素质提升培训班开班
check "nor is one from its middle" status_is 1
ps --db "$DB" 八字桥乡工会 --all --json
check "the plan above the menu is" jq_true 'any(.[]; .id == "menu.txt")'
ps show --db "$DB" menu.txt
sed '/^page furniture (kept apart from the text, not searched):$/,$d' "$T/out" >"$T/text"
check "show leaves the menu out of the plan's text" sh -c '! grep -q 职工书屋示范点揭牌 "$1"' _ "$T/text"
check "… and shows it apart, as page furniture" sh -c 'sed -n "/^page furniture/,\$p" "$1" | grep -q 职工书屋示范点揭牌' _ "$T/out"

# ---- a reader that reads differently ---------------------------------------
n=$(ls "$D" | wc -l)
ps index --db "$DB" --ocr "$D"
check "a run with --ocr reads every file again" err_has "0 added, $n updated, 0 removed, 0 unchanged"
ps index --db "$DB" --ocr "$D"
check "… and the next such run none" err_has "0 added, 0 updated, 0 removed, $n unchanged"
done_testing
