#!/usr/bin/env bash
# Crash safety: kill -9 an index run at random moments, again and again.
# Each time the index must open, pass 'plansearch check' (and Xapian's own
# xapian-check, from xapian-tools) and answer
# searches; a final run must complete it to exactly what an uninterrupted
# run builds.  PS_E2E_LONG=1 runs a longer version (more files, more kills).
. "$(dirname "$0")/lib.sh"
DB="$T/db"
PLANS="$PS_SOURCE_DIR/corpus/plans"
copies=12 kills=8
if [ "${PS_E2E_LONG:-0}" = 1 ]; then copies=200 kills=60; fi

mkdir "$T/many"
i=0
for n in $(seq 1 "$copies"); do
  for f in "$PLANS"/*.txt; do
    i=$((i + 1))
    { cat "$f"; echo "编号 $i"; } >"$T/many/f$i.txt"
  done
done
files=$i

ok_check=0 ok_search=0 interrupted=0 bad_runs=0 had_index=0
for k in $(seq 1 "$kills"); do
  # half the files change between runs, so every run has updates as well as
  # adds and lasts long enough (about half a second here) to be killed; the
  # change is a sentence, since a trailing run of short lines ("修改 1",
  # "修改 2", … in the long version) is dropped as a page's footer menu
  for n in $(seq $((k % 2 + 1)) 2 "$files"); do
    echo "本文件第 $k 次修改，补充了职工书屋建设的内容。" >>"$T/many/f$n.txt"
  done
  "$PLANSEARCH" index --db "$DB" --commit-every 3 "$T/many" >/dev/null 2>"$T/run.err" &
  pid=$!
  sleep "0.$((RANDOM % 4))$((RANDOM % 10))"
  if kill -9 "$pid" 2>/dev/null; then interrupted=$((interrupted + 1)); fi
  wait "$pid" 2>/dev/null
  rs=$?
  # a run ends killed (137) or done (0); an error means the last kill left
  # something the next run cannot resume from
  if [ "$rs" -ne 137 ] && [ "$rs" -ne 0 ]; then
    bad_runs=$((bad_runs + 1))
    echo "  run $k: exit $rs: $(head -1 "$T/run.err")"
  fi
  ps check --db "$DB"
  # "no index" only until a first commit has made one
  if [ "$status" -eq 0 ] || { [ "$had_index" = 0 ] && [ "$status" -eq 2 ] && grep -q "no index at" "$T/err"; }; then
    ok_check=$((ok_check + 1))
  else
    echo "  after kill $k: check exit $status: $(head -3 "$T/err")"
  fi
  if [ -e "$DB/iamglass" ]; then
    had_index=1
    xapian-check "$DB" >"$T/xc" 2>&1 || { ok_check=$((ok_check - 1)); echo "  after kill $k: xapian-check: $(tail -2 "$T/xc")"; }
    ps --db "$DB" 工会 --limit 1
    [ "$status" -le 1 ] && ok_search=$((ok_search + 1)) || echo "  after kill $k: search exit $status: $(head -1 "$T/err")"
  else
    ok_search=$((ok_search + 1)) # killed before the first commit: no index yet
  fi
done
check "the index passed check after every kill" test "$ok_check" -eq "$kills"
check "searches worked after every kill" test "$ok_search" -eq "$kills"
check "at least one run was really interrupted" test "$interrupted" -ge 1
check "every run after a kill resumed (none stopped with an error)" test "$bad_runs" -eq 0

ps index --db "$DB" "$T/many"
check "a final run completes the index" status_is 0
ps check --db "$DB"
check "the completed index is consistent" status_is 0
check "with every file" out_has "from $files files"
got=$(cat "$T/out")

ps index --db "$T/ref" "$T/many"
ps check --db "$T/ref"
check "it holds what an uninterrupted run builds" test "$(sed "s#$T/ref#X#" "$T/out")" = "$(echo "$got" | sed "s#$DB#X#")"
# a --rebuild killed before its first commit keeps the old index whole
"$PLANSEARCH" index --db "$DB" --rebuild --commit-every 100000 "$T/many" >/dev/null 2>&1 &
pid=$!
sleep 0.3
killed=0
kill -9 "$pid" 2>/dev/null && killed=1
wait "$pid" 2>/dev/null
ps check --db "$DB"
check "a killed --rebuild leaves the index consistent" status_is 0
if [ "$killed" = 1 ]; then
  check "… and still whole" out_has "from $files files"
fi
# the last content, document by document: every id of the uninterrupted
# index (its Q terms, read by xapian-delve) with the same stored text here
# (comparing search hits would compare near-duplicate groups, not documents)
xapian-delve -a -1 "$T/ref" | sed -n 's/^Q//p' | sort >"$T/ref.ids"
xapian-delve -a -1 "$DB" | sed -n 's/^Q//p' | sort >"$T/db.ids"
check "the same document ids as an uninterrupted run" \
  test -s "$T/ref.ids" -a "$(cat "$T/db.ids")" = "$(cat "$T/ref.ids")"
# every document's stored record (its text and metadata), read from both
# indexes by xapian-delve rather than by plansearch: byte for byte the same
python3 - "$DB" "$T/ref" "$T/ref.ids" "本文件第 $kills 次修改" >"$T/cmp" 2>&1 <<'PY'
import re, subprocess, sys
def records(db, ids):
    out = subprocess.run(["xapian-delve", "-1"] + [a for i in ids for a in ("-t", "Q" + i)] + [db],
                         capture_output=True, check=True).stdout.decode()
    docid, cur = {}, None
    for line in out.splitlines():
        m = re.match(r"Posting List for term 'Q(.*)' \(", line)
        if m:
            cur = m.group(1)
        elif cur is not None and line.strip().isdigit():
            docid[cur], cur = int(line), None
    order = sorted(docid.items(), key=lambda kv: kv[1])
    data = subprocess.run(["xapian-delve", "-d"] + [a for _, d in order for a in ("-r", str(d))] + [db],
                          capture_output=True, check=True).stdout
    parts = re.split(rb"^Data for record #(\d+):\n", data, flags=re.M)
    # delve follows the data with the records' term lists: not part of them
    by_docid = {int(parts[i]): parts[i + 1].split(b"Term List for record #")[0]
                for i in range(1, len(parts), 2)}
    return {i: by_docid.get(d) for i, d in docid.items()}
db, ref, idsfile, last = sys.argv[1:]
ids = open(idsfile).read().split()
a, b = records(db, ids), records(ref, ids)
differ = [i for i in ids if a.get(i) is None or a.get(i) != b.get(i)]
for i in differ[:5]:
    x, y = a.get(i) or b"", b.get(i) or b""
    k = next((j for j in range(min(len(x), len(y))) if x[j] != y[j]), min(len(x), len(y)))
    print(f"  {i}: stored record differs from an uninterrupted run's at byte {k}:"
          f" {x[max(0, k - 60):k + 60].decode(errors='replace')!r}"
          f" vs {y[max(0, k - 60):k + 60].decode(errors='replace')!r}")
print(f"differ {len(differ)} last {sum(last.encode() in (a.get(i) or b'') for i in ids)} of {len(ids)}")
PY
grep "^  \|^differ" "$T/cmp"
differ=$(sed -n 's/^differ \([0-9]*\) .*/\1/p' "$T/cmp")
last=$(sed -n 's/.* last \([0-9]*\) .*/\1/p' "$T/cmp")
check "every document carries its file's last content" test "$differ" -eq 0
# the last round changed every other file; copies of 004 drop it into their
# related-links tail, so about 2 in 5 of the files show it
check "… the last round's change among it" test "${last:-0}" -ge $((files / 3))
done_testing
