#!/usr/bin/env bash
# A build from nothing (first run, --rebuild) on several workers (--jobs 2)
# gives the index the one writer (--jobs 1) gives: the same hits, totals and
# metadata, the same notices and summary, the same state for incremental
# runs (a run right after it changes nothing); corrections and --meta rows
# survive it; killed midway or at the moment it puts the new index in
# place, it leaves the old index whole and answering.
. "$(dirname "$0")/lib.sh"
PLANS="$PS_SOURCE_DIR/corpus/plans"

# answers DB: what a researcher gets from the index, as text: every hit
# (every copy, and folded: ids, ranks, scores, metadata, snippets), totals,
# facets, stats, and the documents shown one by one (every third, at most
# 25: the suite also runs this under the sanitizers)
answers() {
  local db=$1 q
  for q in 工会 集体协商 2012 女职工 '"两个普遍"' 區域; do
    "$PLANSEARCH" --db "$db" "$q" --all --json --limit all
    "$PLANSEARCH" --db "$db" "$q" --json --limit all
    "$PLANSEARCH" --db "$db" "$q" --facet year,region,level,type --json
  done
  # (less the index's name, its time stamp and the time of asking)
  "$PLANSEARCH" --db "$db" stats --json | jq -c 'del(.index, .updated, .date)'
  "$PLANSEARCH" --db "$db" 的 --all --json --limit all | jq -r .id | sort | awk 'NR % 3 == 1' |
    head -15 | while read -r id; do
    "$PLANSEARCH" --db "$db" show "$id" --json | jq -c 'del(.provenance)'
  done
}
# some_answers DB: fewer of them (every hit of two queries, every copy,
# with metadata and snippets; the stats), where an index is compared with
# itself before and after a run
some_answers() {
  "$PLANSEARCH" --db "$1" 工会 --all --json --limit all
  "$PLANSEARCH" --db "$1" 2012 --json --limit all
  "$PLANSEARCH" --db "$1" stats --json | jq -c 'del(.index, .updated, .date)'
}
# same_answers A B [some_]: both indexes answer alike (and answer something)
same_answers() {
  "${3:-}answers" "$1" >"$T/a.ans" 2>&1
  "${3:-}answers" "$2" >"$T/b.ans" 2>&1
  [ "$(grep -c '"id"' "$T/a.ans")" -gt 10 ] || { echo "  too few answers: $(head -3 "$T/a.ans")"; return 1; }
  diff "$T/a.ans" "$T/b.ans" >"$T/ans.diff" || { echo "  answers differ:"; head -10 "$T/ans.diff"; return 1; }
}
# summary: the summary line without the index's name, the time and the sizes
summary() { sed -n 's/^plansearch: indexed \(.*\) into .*: \(.*\) in [0-9.]* s.*/\1: \2/p' "$T/err"; }

# ---- the bundled plans, and the fixtures of tests/data -------------------
for src in "$PLANS" "$PS_SOURCE_DIR/tests/data"; do
  ps index --db "$T/one" --jobs 1 "$src"
  check "one writer: exit 0 ($src)" status_is 0
  one=$(summary)
  ps index --db "$T/par" --jobs 2 "$src"
  check "two workers: exit 0 ($src)" status_is 0
  check "… the same summary line ($src)" test "$(summary)" = "$one"
  check "… compacted, as a first build is" err_has "; index compacted from "
  check "… and no working folder left beside the index" test ! -e "$T/par.build-tmp"
  ps check --db "$T/par"
  check "… a consistent index ($src)" status_is 0
  check "the same hits, totals, facets and records as the one writer's ($src)" \
    same_answers "$T/one" "$T/par"
  # an incremental run right after the build finds every file unchanged
  ps index --db "$T/par" "$src"
  check "an incremental run after it: exit 0 ($src)" status_is 0
  check "… finds every file unchanged ($src)" err_has "0 added, 0 updated, 0 removed, "
  check "… and changes nothing ($src)" same_answers "$T/one" "$T/par" some_
  rm -rf "$T/one" "$T/par"
done

# ---- bad input: the same one-line notices, summary and exit status -------
IN="$T/in"
mkdir -p "$IN/sub" "$IN/empty-folder"
for f in "$PLANS"/*.txt; do cp "$f" "$IN/"; cp "$f" "$IN/sub/copy-$(basename "$f")"; done
printf '工会\0工作\0要点\n' >"$IN/nul.txt"
head -c 4096 /dev/urandom >"$IN/photo.jpg"
: >"$IN/empty.txt"
printf '2012\xc3\x28\xff\xfe\x80\x81 \xc0\xc1\n' >"$IN/garbage.txt"
cp "$PLANS/001_b15d1195fe800da6.txt" "$IN/bad-name-$(printf '\xff\xfe').txt"
ln -s "$IN/nowhere.txt" "$IN/broken-link.txt"
# a file over 8 MB is indexed in pieces (big.txt#1, #2, …)
for n in $(seq 1 300); do cat "$PLANS/001_b15d1195fe800da6.txt"; echo "第 $n 节"; done >"$IN/big.txt"
if python3 -c 'import reportlab, docx, PIL' 2>/dev/null; then
  python3 "$PS_SOURCE_DIR/tests/e2e/gen_formats.py" "$IN/docs" >/dev/null 2>&1 || rm -rf "$IN/docs"
fi
ps index --db "$T/one" --jobs 1 "$IN" "$T/missing-folder"
one_status=$status
one=$(summary)
sed 's#^plansearch: indexed .*##' "$T/err" | sort >"$T/one.notes"
ps index --db "$T/par" --jobs 2 "$IN" "$T/missing-folder"
check "bad input: the same exit status as the one writer's (1)" test "$status" = "$one_status" -a "$status" = 1
check "… the same summary line" test "$(summary)" = "$one"
sed 's#^plansearch: indexed .*##' "$T/err" | sort >"$T/par.notes"
check "… the same notices, one for each bad input" \
  sh -c "[ \$(wc -l <'$T/one.notes') -ge 6 ] && diff '$T/one.notes' '$T/par.notes' >&2"
ps --db "$T/par" 第 --all --json --limit all
check "… the large file's pieces are documents" jq_true '[.[].id | select(startswith("big.txt#"))] | length >= 2'
check "… and the same hits, records and metadata" same_answers "$T/one" "$T/par"
ps index --db "$T/par" "$IN" "$T/missing-folder"
check "an incremental run after it finds every file unchanged" err_has "0 added, 0 updated, 0 removed, "
ps check --db "$T/par"
check "… and the index is consistent" status_is 0

# ---- corrections and --meta rows survive a parallel --rebuild ------------
DB="$T/meta"
mkdir "$T/meta-in" "$T/meta-in/sub"
cp "$PLANS"/*.txt "$T/meta-in/sub/"
ps index --db "$DB" --jobs 2 "$T/meta-in"
ps --db "$DB" 第 --all --json --limit all
id=$(jq -r 'select(.id | startswith("sub/")) | .id' "$T/out" | head -1)
ps meta --db "$DB" "$id" year=2031 region=河北省/保定市/易县
check "a correction is taken" status_is 0
printf 'path,url\n%s,http://example.org/m.html\n' "$id" >"$T/meta.csv"
ps index --db "$DB" --jobs 2 --rebuild --meta "$T/meta.csv" "$T/meta-in"
check "a parallel --rebuild with --meta: exit 0" status_is 0
check "… every file added again" err_has "5 added, 0 updated, 0 removed, 0 unchanged"
ps --db "$DB" show "$id" --json
check "… the correction survives" jq_true '.[0].year == 2031 and .[0].region == "河北省/保定市/易县"'
check "… and the --meta row applies" jq_true '.[0].url == "http://example.org/m.html"'
ps index --db "$DB" "$T/meta-in"
check "an incremental run after it finds every file unchanged (corrections counted alike)" \
  err_has "0 added, 0 updated, 0 removed, 5 unchanged"
ps index --db "$DB" --jobs 2 --rebuild "$T/meta-in"
ps --db "$DB" show "$id" --json
check "a second parallel --rebuild keeps correction and row" \
  jq_true '.[0].year == 2031 and .[0].url == "http://example.org/m.html"'

# ---- killed midway: the old index stays whole and answers ----------------
MANY="$T/many"
mkdir "$MANY"
i=0
for n in $(seq 1 20); do
  for f in "$PLANS"/*.txt; do
    i=$((i + 1))
    { cat "$f"; echo "编号 $i"; } >"$MANY/f$i.txt"
  done
done
DB="$T/kill"
ps index --db "$DB" --jobs 1 "$PLANS"
check "an index of the bundled plans to start from" status_is 0
some_answers "$DB" >"$T/before.ans" 2>&1
"$PLANSEARCH" index --db "$DB" --rebuild --jobs 2 --commit-every 2 "$MANY" >/dev/null 2>&1 &
pid=$!
# wait for the workers' databases (and a few of their commits), then kill
for _ in $(seq 1 3000); do
  ls "$DB".build-tmp/part-*/iamglass >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.01
done
sleep 0.3
midway=0
[ -d "$DB.build-tmp/part-0" ] && kill -9 "$pid" 2>/dev/null && midway=1
wait "$pid" 2>/dev/null
check "the parallel --rebuild was killed while its workers were writing" test "$midway" = 1
ps check --db "$DB"
check "… the old index is consistent" status_is 0
check "… and whole (the bundled plans, not the new folder)" out_has "9 documents from 5 files"
some_answers "$DB" >"$T/after.ans" 2>&1
check "… and answers every query as before" cmp -s "$T/before.ans" "$T/after.ans"
ps --db "$DB" 编号 --all --count
check "… none of the new folder's documents in it" test "$(cat "$T/out")" = 0
check "… its databases left beside the index" test -d "$DB.build-tmp"
ps index --db "$DB" "$PLANS"
check "the next run (an update: nothing changed) removes them" test ! -e "$DB.build-tmp"
check "… and finds the old index's files unchanged" err_has "0 added, 0 updated, 0 removed, 5 unchanged"

# killed at the very moment it puts the new index in place
LD_PRELOAD="$PS_KILL_AT_EXCHANGE" "$PLANSEARCH" index --db "$DB" --rebuild --jobs 2 "$MANY" \
  >"$T/out" 2>"$T/err" </dev/null
status=$?
check "a parallel --rebuild killed as it exchanges the folders (SIGKILL)" status_is 137
ps check --db "$DB"
check "… leaves the old index whole" out_has "9 documents from 5 files"
some_answers "$DB" >"$T/after.ans" 2>&1
check "… answering as before" cmp -s "$T/before.ans" "$T/after.ans"

ps index --db "$DB" --rebuild --jobs 2 "$MANY"
check "the next --rebuild completes" status_is 0
check "… with every file" err_has "from $i files into '$DB': $i added, 0 updated, 0 removed, 0 unchanged"
check "… and clears the killed build's folder" test ! -e "$DB.build-tmp"
ps --db "$DB" 编号 --all --count
check "… the new folder's documents are in" test "$(cat "$T/out")" -ge $((i / 2))
done_testing
