#!/usr/bin/env bash
# A second writer gets "index '…' is being updated by PID n" and exit 2 at
# once, never a hang; searches and checks run while an index run commits,
# and see a consistent index.
. "$(dirname "$0")/lib.sh"
DB="$T/db"
PLANS="$PS_SOURCE_DIR/corpus/plans"

ps index --db "$DB" "$PLANS"
check "the index is built" status_is 0

# a writer holding the lock (a stand-in that cannot finish early)
(
  exec 9>>"$DB/plansearch.lock"
  flock -n 9 || exit 1
  echo "$BASHPID" >"$DB/plansearch.lock"
  exec sleep 60
) &
holder=$!
for _ in $(seq 50); do [ "$(cat "$DB/plansearch.lock" 2>/dev/null)" = "$holder" ] && break; sleep 0.1; done
ps index --db "$DB" "$PLANS"
check "a second writer exits 2" status_is 2
check "it names the index and the writer's PID" \
  err_has "index '$DB' is being updated by PID $holder"
check "in one line" err_lines 1
ps --db "$DB" 集体协商 --year 2012
check "searching while the index is locked works" status_is 0
kill "$holder"
wait "$holder" 2>/dev/null
ps index --db "$DB" "$PLANS"
check "once the writer is gone (even killed), indexing works again" status_is 0

# a real writer, committing every 5 files, while we search and check
mkdir "$T/many"
i=0
for n in $(seq 1 30); do
  for f in "$PLANS"/*.txt; do
    i=$((i + 1))
    { cat "$f"; echo "编号 $i"; } >"$T/many/f$i.txt"
  done
done
"$PLANSEARCH" index --db "$DB" --commit-every 5 "$T/many" >"$T/bg.out" 2>"$T/bg.err" &
writer=$!
for _ in $(seq 100); do [ "$(cat "$DB/plansearch.lock" 2>/dev/null)" = "$writer" ] && break; sleep 0.05; done
ps index --db "$DB" "$PLANS"
if kill -0 "$writer" 2>/dev/null; then
  second=$status
  grep -qF "is being updated by PID $writer" "$T/err" || second="$second (no PID $writer in: $(head -1 "$T/err"))"
else
  second=gone # the writer finished first (a slow machine, or valgrind)
fi
searches=0 bad=0
while kill -0 "$writer" 2>/dev/null || [ "$searches" -eq 0 ]; do
  ps --db "$DB" 工会 --limit 1000 --json
  if [ "$status" -ne 0 ] || ! jq -e -s '([.[].id] | unique | length) == length' "$T/out" >/dev/null; then
    bad=$((bad + 1))
    head -3 "$T/err"
  fi
  searches=$((searches + 1))
done
wait "$writer"
wstatus=$?
check "the writer finished with exit 0" test "$wstatus" -eq 0
check "every search during the run succeeded with unique ids" test "$bad" -eq 0
if [ "$second" != gone ]; then
  check "a second writer during the run exits 2 naming the writer's PID" test "$second" = 2
fi
ps check --db "$DB"
check "the index is consistent afterwards" status_is 0
check "with every document" out_has "from 155 files"
done_testing
