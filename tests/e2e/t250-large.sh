#!/usr/bin/env bash
# Size: 10,000 tiny files; a file too large for one piece (indexed in
# pieces, each committed, so memory stays bounded), also when killed in
# the middle.  PS_E2E_LONG=1 adds a 200 MB file (minutes; run by hand).
. "$(dirname "$0")/lib.sh"
PLANS="$PS_SOURCE_DIR/corpus/plans"

mkdir "$T/tiny"
(cd "$T/tiny" && for i in $(seq 1 10000); do echo "工会 第${i}号 集体协商" >"t$i.txt"; done)
ps index --db "$T/tinydb" --quiet "$T/tiny"
check "10,000 tiny files: exit 0" status_is 0
check "… all added" err_has "indexed 10000 documents from 10000 files"
check "--quiet piped: one summary line" err_lines 1
ps index --db "$T/tinydb" "$T/tiny"
check "… and unchanged the next time" err_has "10000 unchanged"
ps --db "$T/tinydb" 第9999号 --json
check "the last one is searchable" jq_true '.[0].id == "t9999.txt"'

# a 9 MB file: more than twice the 4 MB piece, so it is indexed in pieces
mkdir "$T/big"
for i in $(seq 1 160); do cat "$PLANS"/*.txt; done >"$T/big/big.txt"
"$PLANSEARCH" index --db "$T/bigdb" "$T/big" >/dev/null 2>&1 &
pid=$!
sleep 2
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
ps check --db "$T/bigdb"
check "killed in the middle of a large file: the index is consistent" \
  test "$status" -eq 0 -o ! -e "$T/bigdb/iamglass"
ps index --db "$T/bigdb" "$T/big"
check "the next run completes it" status_is 0
ps check --db "$T/bigdb"
check "… consistent" status_is 0
got=$(sed "s#$T/bigdb#X#" "$T/out")
ps index --db "$T/refdb" "$T/big"
check "an uninterrupted run indexes it too" status_is 0
check "… counting its 8.9 MB once" err_has "; 8.9 MB in"
ps check --db "$T/refdb"
check "… to the same documents" test "$got" = "$(sed "s#$T/refdb#X#" "$T/out")"
ps --db "$T/bigdb" 集体协商 --limit 1 --json
check "its documents are numbered across the pieces" jq_true '.[0].id | test("^big\\.txt#[0-9]+$")'

# a large binary file (a video, a disk image): one line, not one per piece
mkdir "$T/bin"
head -c 10000000 /dev/urandom >"$T/bin/video.mp4"
ps index --db "$T/bindb" "$T/bin"
check "a 10 MB binary file: exit 1" status_is 1
check "… one line naming it, then the summary" err_lines 2
check "… the line names it" err_has "'$T/bin/video.mp4'"

if [ "${PS_E2E_LONG:-0}" = 1 ]; then
  for i in $(seq 1 22); do cat "$T/big/big.txt"; done >"$T/big/huge.txt" # 195.7 MB
  rm "$T/big/big.txt"
  /usr/bin/time -f "%M KB max resident, %e s" "$PLANSEARCH" index --db "$T/hugedb" "$T/big" \
    >"$T/out" 2>"$T/err"
  status=$?
  cat "$T/err"
  check "a 200 MB file: exit 0" status_is 0
  check "… all of it read once" err_has "195.7 MB in"
  ps check --db "$T/hugedb"
  check "… consistent" status_is 0
fi
done_testing
