#!/usr/bin/env bash
# Compaction: a run that rewrote a good part of the index (a first build, a
# rebuild, a fifth of the documents) or `index --compact` rewrites it with
# full B-tree blocks and puts it in place of the old one in one exchange of
# folders; the index answers exactly as before, stays updatable, and no
# temporary folder is left behind.
. "$(dirname "$0")/lib.sh"
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

# sizes in bytes of the index folder's files
bytes() { find "$1" -maxdepth 1 -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }

ps index --db "$DB" --commit-every 1 "$DIR"
check "a first build exits 0" status_is 0
check "it is compacted" err_has "; index compacted from "
from=$(sed -n 's/.*index compacted from \([0-9.]*\) to \([0-9.]*\) MB.*/\1/p' "$T/err")
to=$(sed -n 's/.*index compacted from \([0-9.]*\) to \([0-9.]*\) MB.*/\2/p' "$T/err")
check "… to less than it was (one commit per file leaves many part-filled blocks)" \
  awk -v a="$from" -v b="$to" 'BEGIN { exit !(b < a) }'
check "… and the summary says so in its one line" err_lines 1
check "no temporary folder is left" test ! -e "$DB.compact-tmp"
check "the size it reports is the folder's" \
  awk -v b="$to" -v s="$(bytes "$DB")" 'BEGIN { exit !(b == sprintf("%.1f", s / 1e6)) }'
ps check --db "$DB"
check "the compacted index is consistent" status_is 0
check "… with every file" out_has "from $i files"

ps index --db "$DB" "$DIR"
check "a run that changes nothing does not compact" err_has "0 added, 0 updated, 0 removed, $i unchanged"
check "… (no compaction in its summary)" err_lacks "compacted"

# one file of twenty changed: an update in place, no compaction
echo "追加一行：压缩之后仍可更新" >>"$DIR/f1.txt"
ps index --db "$DB" "$DIR"
check "a small update exits 0" status_is 0
check "… updates one file" err_has "0 added, 1 updated, 0 removed"
check "… without compacting" err_lacks "compacted"
ps --db "$DB" 压缩之后仍可更新 --json
check "the compacted index took the update" jq_true '[.[].id] == ["f1.txt"]'

# --compact forces it, and the index answers exactly as before
declare -A before
queries=(集体协商 '"两个普遍"' 职工之家 2012 '工会 -疫情' 压缩之后仍可更新)
for q in "${queries[@]}"; do
  ps --db "$DB" "$q" --all --limit 1000 --json
  before[$q]=$(jq -s -c 'map([.id, .rank, .score])' "$T/out")
done
# a folder left by a compaction killed half-way is cleared first
mkdir "$DB.compact-tmp"
echo junk >"$DB.compact-tmp/postlist.glass"
ps index --db "$DB" --compact "$DIR"
check "--compact exits 0" status_is 0
check "--compact compacts even when nothing changed" err_has "; index compacted from "
check "a leftover temporary folder is cleared" test ! -e "$DB.compact-tmp"
ps check --db "$DB"
check "the index is consistent after --compact" status_is 0
ps --db "$DB" 压缩之后仍可更新 --json
check "… and still holds the update" jq_true '[.[].id] == ["f1.txt"]'

for q in "${queries[@]}"; do
  ps --db "$DB" "$q" --all --limit 1000 --json
  after=$(jq -s -c 'map([.id, .rank, .score])' "$T/out")
  check "'$q': the same hits, ranks and scores after --compact" \
    test -n "${before[$q]}" -a "${before[$q]}" != "[]" -a "$after" = "${before[$q]}"
done
# an index reached through a symbolic link is compacted where it really is
mkdir "$T/real"
ln -s "$T/real/idx" "$T/link"
mkdir "$T/real/idx"
ps index --db "$T/link" "$DIR"
check "indexing through a link compacts" err_has "; index compacted from "
check "… and the link is still a link" test -L "$T/link"
check "… to the compacted index" test -e "$T/real/idx/iamglass" -a ! -e "$T/real/idx.compact-tmp"
ps --db "$T/link" 压缩之后仍可更新 --json
check "… which answers" jq_true '[.[].id] == ["f1.txt"]'
done_testing
