#!/usr/bin/env bash
# Scaling out: two shards of one corpus (index --shard 1/2 and 2/2), each
# served by its own xapian-tcpsrv on 127.0.0.1, searched through a Xapian
# stub database file, give what one index of the whole corpus gives:
# results, order, scores, snippets, collapsing, counts, facets, compare
# tables.  A dead shard server is an error naming it, a stopped one a
# timeout, never a hang.
. "$(dirname "$0")/lib.sh"
# one provenance date for the two runs compared below
export SOURCE_DATE_EPOCH=1700000000

command -v xapian-tcpsrv >/dev/null || { echo "missing xapian-tcpsrv (apt-get install xapian-tools)"; exit 1; }

# The corpus: the bundled plans (one a compilation of five documents) and
# the test fixtures (one a repost of a bundled plan, for collapsing).
C="$T/corpus"
mkdir -p "$C"
cp "$PS_SOURCE_DIR"/corpus/plans/* "$C/"
cp -r "$PS_SOURCE_DIR"/tests/data/* "$C/"

# Servers are stopped by PID with SIGKILL, even when a check fails or the
# test is interrupted.  (Not SIGTERM: xapian-tcpsrv answers it by signalling
# its whole process group, which would be this test.)  A server forks a
# handler per connection, which ends with its client; the server is killed
# once it has none left, so that no handler outlives it.
stop_server() {
  local i
  kill -CONT "$1" 2>/dev/null
  for i in $(seq 40); do
    pgrep -P "$1" >/dev/null || break
    sleep 0.05
  done
  kill -KILL "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}
PIDS=()
stop_servers() {
  local p
  for p in "${PIDS[@]}"; do
    stop_server "$p"
  done
  PIDS=()
}
trap 'stop_servers; rm -rf "$T"' EXIT

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# serve DB: start xapian-tcpsrv on a free port; sets PORT and appends the PID.
serve() {
  local db=$1 base=$((20000 + RANDOM % 30000)) try pid i
  PORT=
  for try in $(seq 0 19); do
    local port=$((base + try * 7))
    port_open "$port" && continue # taken
    xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$db" >"$T/srv.$port.log" 2>&1 &
    pid=$!
    for i in $(seq 100); do # at most 5 s
      if grep -q '^Listening' "$T/srv.$port.log" && port_open "$port"; then
        PIDS+=("$pid")
        PORT=$port
        return 0
      fi
      kill -0 "$pid" 2>/dev/null || break # the port was taken meanwhile
      sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  return 1
}

# ---- Building the shards ----------------------------------------------------

ps index --db "$T/full" "$C"
check "the whole corpus is indexed" status_is 0
ps index --db "$T/s1" --shard 1/2 "$C"
check "shard 1 of 2 is indexed" status_is 0
ps index --db "$T/s2" --shard 2/2 "$C"
check "shard 2 of 2 is indexed" status_is 0

doccount() { "$PLANSEARCH" stats --db "$1" | sed -n '1s/.*: \([0-9]*\) documents.*/\1/p'; }
n_full=$(doccount "$T/full") n1=$(doccount "$T/s1") n2=$(doccount "$T/s2")
check "each shard holds some documents ($n1 + $n2)" test "${n1:-0}" -gt 0 -a "${n2:-0}" -gt 0
check "the shards hold the whole corpus between them ($n1 + $n2 = $n_full)" \
  test "$((n1 + n2))" -eq "${n_full:-0}"
ps --db "$T/s1" 工会 --json --all --limit 100
ids >"$T/ids1"
ps --db "$T/s2" 工会 --json --all --limit 100
ids >"$T/ids2"
check "no document is in both shards" test -z "$(sort "$T/ids1" "$T/ids2" | uniq -d)"
comp=001_b15d1195fe800da6.txt
check "a compilation's documents stay together in one shard" \
  test "$(grep -c "^$comp#" "$T/ids1")" -eq 5 -o "$(grep -c "^$comp#" "$T/ids2")" -eq 5

ps index --db "$T/s1" "$C"
check "indexing a shard again without --shard keeps it a shard" \
  err_has "0 added, 0 updated, 0 removed, $(wc -l <"$T/ids1" | tr -d ' ')"
check "… its document count unchanged" test "$(doccount "$T/s1")" -eq "$n1"

ps index --db "$T/bad" --shard 3/2 "$C"
check "--shard 3/2 exits 2" status_is 2
check "… naming the argument" err_has "invalid --shard '3/2'"
ps index --db "$T/bad" --shard 0/2 "$C"
check "--shard 0/2 exits 2 (shards count from 1)" status_is 2
check "… naming the argument" err_has "invalid --shard '0/2'"
ps index --db "$T/bad" --shard two "$C"
check "--shard two exits 2" status_is 2
check "… naming the argument" err_has "invalid --shard 'two'"

# ---- Serving them -------------------------------------------------------------

serve "$T/s1"
P1=$PORT
serve "$T/s2"
P2=$PORT
check "two xapian-tcpsrv servers are listening on 127.0.0.1" test -n "$P1" -a -n "$P2"
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$P1" "$P2" >"$T/stub"
S="$T/stub"

# same DESCRIPTION ARGS...: the output through the stub equals the whole index's
same() {
  local what=$1
  shift
  ps "$@" --db "$T/full"
  local st_full=$status
  sed "s| \[index: $T/full\]$||" "$T/out" >"$T/out.full"
  ps "$@" --db "$S"
  sed -i "s| \[index: $S\]$||" "$T/out"
  check "$what: exit status as the whole index's ($st_full)" status_is "$st_full"
  check "$what: output as the whole index's" diff -u "$T/out.full" "$T/out"
}
# samecmd DESCRIPTION COMMAND ARGS...: the same for a subcommand
samecmd() {
  local what=$1 cmd=$2
  shift 2
  ps "$cmd" --db "$T/full" "$@"
  local st_full=$status
  # the index is named at the end of a table and in CSV's provenance column
  sed "s| \?\[index: $T/full\]$||; s|,$T/full,|,INDEX,|" "$T/out" >"$T/out.full"
  ps "$cmd" --db "$S" "$@"
  sed -i "s| \?\[index: $S\]$||; s|,$S,|,INDEX,|" "$T/out"
  check "$what: exit status as the whole index's ($st_full)" status_is "$st_full"
  check "$what: output as the whole index's" diff -u "$T/out.full" "$T/out"
}

ps --db "$S" 工会 --json --all --limit 100
check "a search through the stub exits 0" status_is 0
ids >"$T/ids.stub"
check "… and finds documents of shard 1" grep -qxF "$(head -1 "$T/ids1")" "$T/ids.stub"
check "… and of shard 2" grep -qxF "$(head -1 "$T/ids2")" "$T/ids.stub"
check "… all of them" test "$(wc -l <"$T/ids.stub")" -eq "$(cat "$T/ids1" "$T/ids2" | wc -l)"
same "ids, order, scores and snippets (--json)" 工会 --json --all --limit 100
same "near-duplicates folded across shards" 工会 --json --limit 100
same "a year filter" 集体协商 --year 2012 --json
same "a region filter" 工会 --region 四川 --json
same "a NEAR query" 集体协商 NEAR/20 工资 --json
same "sorted by year" 职工 --sort year --json --limit 100
same "the text listing with highlighted snippets" 集体协商
same "--count" 工会 --count
same "--count --all" 工会 --count --all
same "facets" 工会 --facet year,province,region,level,sector
same "--kwic" 集体协商 --kwic
samecmd "show" show "$comp#3"
samecmd "compare --by year" compare 集体协商 工资 女职工 --by year
samecmd "compare --by province --csv" compare 集体协商 工资 --by province --csv
samecmd "compare --by level, filtered" compare 工会 --by level --year 2010..2020
samecmd "collocates" collocates 工会 --limit 10 --words none
samecmd "keyness" keyness --year 2012 --vs --year 2015..2020 --limit 10 --words none

# Xapian combines the shards' statistics: a shard alone ranks with its own
# and scores differently, the stub as one index.
ps --db "$T/s2" 工会 --json --all --limit 100
jq -c '{id, score}' "$T/out" | sort >"$T/scores.s2"
ps --db "$S" 工会 --json --all --limit 100
jq -c '{id, score}' "$T/out" | sort >"$T/scores.stub"
check "a shard alone scores its documents otherwise than the stub" \
  test -n "$(comm -23 "$T/scores.s2" "$T/scores.stub")"

ps check --db "$S"
check "check through the stub finds the shards consistent" status_is 0
check "… counting every document once" out_has "$n_full documents"

ps index --db "$S" "$C"
check "indexing into a stub exits 2" status_is 2
check "… saying to index each shard" err_has "index each shard"

# A stub of local shards works the same way.
printf 'auto %s\nauto %s\n' "$T/s1" "$T/s2" >"$T/localstub"
ps --db "$T/localstub" 工会 --json --all --limit 100
cp "$T/out" "$T/out.local"
ps --db "$T/full" 工会 --json --all --limit 100
check "a stub of local shards ranks as the whole index" diff -u "$T/out" "$T/out.local"

# Shards must not overlap; check through a stub catches a document in two.
printf 'auto %s\nauto %s\n' "$T/s1" "$T/full" >"$T/overlap"
ps check --db "$T/overlap"
check "check finds documents in two shards (exit 1)" status_is 1
check "… naming them" err_has "its id leads to another document"

# ---- A shard down ---------------------------------------------------------------

# bounded ARGS...: plansearch with a time limit, so a hang fails the test
bounded() {
  timeout 60 "$PLANSEARCH" "$@" >"$T/out" 2>"$T/err" </dev/null
  status=$?
}

stop_server "${PIDS[1]}"
bounded --db "$S" 工会
check "a search with shard 2's server killed exits 2" status_is 2
check "… naming the unreachable shard" err_has "shard '127.0.0.1:$P2' unreachable"
check "… in one line" err_lines 1
bounded compare --db "$S" 工会
check "compare with a shard down exits 2" status_is 2
check "… naming the shard" err_has "127.0.0.1:$P2"

# A stopped (hung) server: Xapian's remote timeout (10 s) ends the wait.
kill -STOP "${PIDS[0]}"
bounded --db "$S" 工会
check "a search with shard 1's server hung exits 2, not hanging" status_is 2
check "… naming the shard that timed out" err_has "shard '127.0.0.1:$P1' unreachable"
kill -CONT "${PIDS[0]}"

done_testing
