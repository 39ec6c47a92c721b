#!/usr/bin/env bash
# A compaction killed at the very moment it puts the compacted copy in place
# (a preloaded shim raises SIGKILL inside the rename call) leaves the index
# whole: the exchange of folders is one atomic step, so there is never a
# moment without an index.  Removing the old index and then renaming the copy
# would leave none here.
. "$(dirname "$0")/lib.sh"
: "${PS_KILL_AT_EXCHANGE:?}"
DB="$T/db"
DIR="$T/many"
mkdir "$DIR"
i=0
for n in 1 2 3 4; do
  for f in "$PS_SOURCE_DIR"/corpus/plans/*.txt; do
    i=$((i + 1))
    { cat "$f"; echo "编号 $i"; } >"$DIR/f$i.txt"
  done
done
ps index --db "$DB" "$DIR"
check "a first build exits 0" status_is 0
check "… and compacts" err_has "; index compacted from "

# rewrite half the files: the run ends in a compaction (a sentence appended
# to the copies of 004, whose page ends in a related-links tail, falls into
# that tail: they are changed too but not counted)
changed=0
for n in $(seq 1 2 "$i"); do
  grep -q 相关的文章 "$DIR/f$n.txt" || changed=$((changed + 1))
  echo "第二轮修改：新增职工心理健康服务内容。" >>"$DIR/f$n.txt"
done
LD_PRELOAD="$PS_KILL_AT_EXCHANGE" "$PLANSEARCH" index --db "$DB" "$DIR" >"$T/out" 2>"$T/err" </dev/null
status=$?
check "the run was killed as it put the compacted index in place (SIGKILL)" status_is 137
check "an index is still there" test -e "$DB/iamglass"
ps check --db "$DB"
check "… and consistent" status_is 0
check "… with every file" out_has "from $i files"
ps --db "$DB" 职工心理健康服务 --all --limit 100 --json
check "… holding the run's committed changes to every rewritten file" jq_true "[.[].path] | unique | length == $changed"
check "Xapian's own check passes" sh -c "xapian-check '$DB' >/dev/null"

ps index --db "$DB" --compact "$DIR"
check "the next compacting run completes" status_is 0
check "… clears the killed compaction's folder" test ! -e "$DB.compact-tmp"
ps check --db "$DB"
check "… and leaves the index consistent" status_is 0
done_testing
