#!/usr/bin/env bash
# plansearch index on an existing index: new files are added, changed ones
# (by content, not mtime) re-indexed, vanished ones removed unless
# --keep-missing; the same folder twice changes nothing; --rebuild starts
# over; no PATH re-indexes the recorded folders.
. "$(dirname "$0")/lib.sh"
DB="$T/db"
DIR="$T/plans"
cp -r "$PS_SOURCE_DIR/corpus/plans" "$DIR"

ps index --db "$DB" "$DIR"
check "a first run exits 0" status_is 0
check "it adds the five files" err_has "5 added, 0 updated, 0 removed, 0 unchanged, 0 skipped"

ps index --db "$DB" "$DIR"
check "indexing the same folder again exits 0" status_is 0
check "the second run finds all five unchanged" err_has "indexed 0 documents from 0 files"
check "… and counts them" err_has "0 added, 0 updated, 0 removed, 5 unchanged"
ps check --db "$DB"
check "the index is consistent" status_is 0
check "check counts nine documents from five files" out_has "9 documents from 5 files"

# a new file, a changed file (same size and mtime: only the content differs)
printf '2013年林甸县总工会工作要点\n一、深化职工书屋建设，推进书香工会。\n' >"$DIR/new.txt"
f="$DIR/000_85891dc427c33ef6.txt"
stamp=$(stat -c %y "$f")
sed -i 's/两个普遍/两个普及/g' "$f"
touch -d "$stamp" "$f"
ps index --db "$DB" "$DIR"
check "the third run exits 0" status_is 0
check "one file added, one updated, four unchanged" err_has "1 added, 1 updated, 0 removed, 4 unchanged"
ps --db "$DB" 书香工会 --json
check "the new file is searchable" jq_true '.[0].id == "new.txt"'
ps --db "$DB" 两个普及 --json
check "the changed text is searchable (same size, same mtime)" jq_true 'length == 1'
ps --db "$DB" 两个普遍 --json --limit 100
check "the old text is gone from the changed file" \
  jq_true '[.[].id] | index("000_85891dc427c33ef6.txt") == null'
check "… and still found in the others" jq_true 'length >= 1'

# a vanished file: kept with --keep-missing, removed otherwise
rm "$DIR/new.txt"
ps index --db "$DB" --keep-missing "$DIR"
check "--keep-missing removes nothing" err_has "0 removed, 5 unchanged"
ps --db "$DB" 书香工会 --json
check "--keep-missing keeps the vanished file's document" jq_true 'length == 1'
ps index --db "$DB" "$DIR"
check "without it, the vanished file is removed" err_has "0 added, 0 updated, 1 removed, 5 unchanged"
ps --db "$DB" 书香工会
check "its document is no longer found" status_is 1

# a sub-folder of an indexed folder keeps ids relative to the indexed folder,
# and re-indexing it removes only what vanished below it
mkdir "$DIR/2014"
printf '2014年工会工作要点\n推进厂务公开民主管理。\n' >"$DIR/2014/a.txt"
ps index --db "$DB" "$DIR/2014"
check "indexing a sub-folder exits 0" status_is 0
check "it adds one file and removes nothing else" err_has "1 added, 0 updated, 0 removed, 0 unchanged"
ps --db "$DB" 厂务公开民主管理 --json
check "its id is relative to the indexed folder" jq_true '.[0].id == "2014/a.txt"'
ps index --db "$DB" "$DIR"
check "the parent folder then sees it as unchanged" err_has "0 added, 0 updated, 0 removed, 6 unchanged"

# no PATH: the folders the index was built from
printf '2015年工会工作要点\n开展劳动竞赛。\n' >"$DIR/2015.txt"
ps index --db "$DB"
check "no PATH re-indexes the recorded folder" err_has "1 added, 0 updated, 0 removed, 6 unchanged"

# --rebuild starts over
ps index --db "$DB" --rebuild "$DIR"
check "--rebuild exits 0" status_is 0
check "--rebuild adds every file again" err_has "7 added, 0 updated, 0 removed, 0 unchanged"
ps check --db "$DB"
check "the rebuilt index is consistent" status_is 0

# on a terminal: a progress bar, then the summary; --quiet: the summary only
script -qec "'$PLANSEARCH' index --db '$T/tty' '$DIR'" /dev/null >"$T/out" 2>&1
check "on a terminal a progress bar shows files, MB, docs/s and ETA" \
  grep -qE '\[[#.]{20}\] [0-9]+/7 files  [0-9.]+/[0-9.]+ MB  [0-9]+ docs/s  ETA' "$T/out"
check "… then the summary line" out_has "7 added, 0 updated"
script -qec "'$PLANSEARCH' index --db '$T/tty2' --quiet '$DIR'" /dev/null >"$T/out" 2>&1
check "--quiet on a terminal: no progress bar" out_lacks "docs/s"
check "… one summary line" test "$(grep -c . "$T/out")" -eq 1
done_testing
