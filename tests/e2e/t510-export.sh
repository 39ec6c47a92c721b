#!/usr/bin/env bash
# Exports are whole and streamed (issues 19 and 21): with --json or --csv and
# no --limit every hit is written; --limit all writes every hit on a
# terminal too; writing every hit of a few thousand plans, KWIC lines
# included, takes no more memory than writing a hundred (hits are searched
# and written a page at a time).
. "$(dirname "$0")/lib.sh"

# 3,000 small plans, each with 集体协商 in each of its 30 sentences, in
# words drawn at random so that no two are near-duplicates.
mkdir "$T/gen"
/usr/bin/python3 - "$T/gen" <<'PY'
import random, sys
random.seed(19)
words = ("职工 工会 建设 推进 开展 加强 服务 维权 活动 组织 培训 技能 劳动 竞赛 女职工 困难 "
         "帮扶 民主 管理 厂务 公开 会员 发展 基层 制度 落实 宣传 教育 文化 体育 安全 生产 "
         "监督 协调 关系 和谐 企业 单位 社区 农民工 权益 保障 工资 福利 慰问 送温暖").split()
for i in range(3000):
    sents = []
    for k in range(30):
        s = "".join(random.choice(words) for _ in range(random.randint(4, 9)))
        p = random.randint(0, len(s))
        sents.append(s[:p] + "集体协商" + s[p:] + "。")
    with open(f"{sys.argv[1]}/p{i:04d}.txt", "w") as f:
        f.write(f"第{i}号工会工作要点\n" + "\n".join(sents) + "\n")
PY
ps index --db "$T/db" --quiet "$T/gen"
check "the generated corpus is indexed" status_is 0

ps --db "$T/db" 集体协商 --count
total=$(cat "$T/out")
check "thousands of plans match" test "$total" -gt 2000

ps --db "$T/db" 集体协商 --csv
check "--csv with no --limit: one row per hit (and the header)" \
  test "$(wc -l <"$T/out")" -eq $((total + 1))
check "… the last row is the last hit" test "$(tail -1 "$T/out" | cut -d, -f1)" = "$total"
ps --db "$T/db" 集体协商 --json
check "--json with no --limit: every hit" jq_true "length == $total"
check "… ranks 1 to $total, each once, in order" \
  jq_true "[.[].rank] == [range(1; $total + 1)]"
check "… ids unique" jq_true '([.[].id] | unique | length) == length'
ps --db "$T/db" 集体协商 --limit all
check "--limit all on a terminal shows every hit" out_has "$total of $total matching plans shown"
ps --db "$T/db" 集体协商 --limit 150000 --json
check "a --limit above 100,000 is accepted" status_is 0
ps --db "$T/db" 集体协商 --offset $((total - 10)) --json
check "--offset with an export: the rest after it" \
  jq_true "length == 10 and .[0].rank == $((total - 9))"
ps --db "$T/db" 集体协商 --kwic --csv
check "--kwic --csv: every occurrence of every hit (30 a plan)" \
  test "$(wc -l <"$T/out")" -eq $((total * 30 + 1))

"$PLANSEARCH" --db "$T/db" 集体协商 --json >/dev/full 2>"$T/err" </dev/null
status=$?
check "an export to a full disk exits 2" status_is 2
check "… saying it cannot write" err_has "cannot write output"

# Memory: every hit against the first hundred, KWIC and CSV.  Holding the
# hits of all pages at once took 40 MB more for the KWIC export here.
rss() { # rss ARGS...: peak resident KB of one run
  /usr/bin/time -f '%M' -o "$T/rss" "$PLANSEARCH" "$@" >/dev/null 2>&1
  cat "$T/rss"
}
if [ -n "${ASAN_OPTIONS:-}" ]; then
  echo "skip: peak memory under AddressSanitizer (its quarantine keeps freed memory)"
else
  for form in "--kwic --json" "--csv"; do
    small=$(rss --db "$T/db" 集体协商 $form --limit 100)
    whole=$(rss --db "$T/db" 集体协商 $form)
    check "$form: every hit in at most 6 MB more than 100 (100: $small KB, all: $whole KB)" \
      test "$whole" -lt $((small + 6000))
  done
fi
done_testing
