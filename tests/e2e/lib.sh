# A small library for plansearch's end-to-end tests, in the spirit of git's
# t/test-lib.sh: each check runs the real binary, captures stdout, stderr and
# the exit status separately (never piping the program, which would hide its
# status), and a crash fails the test even where a failure was expected.
#
# Environment (set by ctest): PLANSEARCH (the binary), PS_E2E_DB (an index of
# the bundled plans built by the e2e.setup test), PS_SOURCE_DIR.
set -u
: "${PLANSEARCH:?}" "${PS_SOURCE_DIR:?}"
T=$(mktemp -d "${TMPDIR:-/tmp}/ps-e2e.XXXXXX")
trap 'rm -rf "$T"' EXIT
# the tests never read the developer's own ~/.config/plansearch/config
export XDG_CONFIG_HOME="$T/xdg-config"
unset PLANSEARCH_CONFIG
passed=0
failed=0
skipped=0
status=0

# PS_VALGRIND=1 runs every `ps` under valgrind's memcheck: an invalid read
# or write, a use of uninitialised memory or a leak fails the check (exit 99,
# the report printed).  tests/e2e/valgrind.supp says what is suppressed.
PS_VG=()
if [ "${PS_VALGRIND:-0}" = 1 ]; then
  PS_VG=(valgrind -q --error-exitcode=99 --child-silent-after-fork=yes --leak-check=full --show-leak-kinds=definite,indirect,possible
         --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes
         "--suppressions=$PS_SOURCE_DIR/tests/e2e/valgrind.supp" "--log-file=$T/valgrind.log")
fi

# ps ARGS...: run plansearch; stdout in $T/out, stderr in $T/err, status in $status.
ps() {
  "${PS_VG[@]}" "$PLANSEARCH" "$@" >"$T/out" 2>"$T/err" </dev/null
  status=$?
  if [ "$status" -eq 99 ] && [ ${#PS_VG[@]} -gt 0 ]; then
    echo "VALGRIND: plansearch $*"
    sed 's/^/    /' "$T/valgrind.log" | head -60
    failed=$((failed + 1))
  fi
  if [ "$status" -ge 128 ]; then
    echo "CRASH (signal $((status - 128))): plansearch $*"
    sed 's/^/    /' "$T/err" | head -20
    failed=$((failed + 1))
  fi
}

# check DESCRIPTION COMMAND...: one assertion.
check() {
  local what=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "not ok - $what"
    echo "  stdout:" && head -15 "$T/out" | sed 's/^/    /'
    echo "  stderr:" && head -5 "$T/err" | sed 's/^/    /'
  fi
}

status_is() { [ "$status" -eq "$1" ] || { echo "  exit status $status, expected $1"; return 1; }; }
out_has() { grep -qF -- "$1" "$T/out" || { echo "  stdout lacks '$1'"; return 1; }; }
out_lacks() { ! grep -qF -- "$1" "$T/out" || { echo "  stdout has '$1'"; return 1; }; }
err_has() { grep -qF -- "$1" "$T/err" || { echo "  stderr lacks '$1'"; return 1; }; }
err_lacks() { ! grep -qF -- "$1" "$T/err" || { echo "  stderr has '$1'"; return 1; }; }
err_lines() { [ "$(wc -l <"$T/err")" -eq "$1" ] || { echo "  stderr has $(wc -l <"$T/err") lines, expected $1"; return 1; }; }
out_empty() { [ ! -s "$T/out" ] || { echo "  stdout is not empty"; return 1; }; }
# jq_true FILTER: the filter yields true for the JSON Lines on stdout (slurped).
jq_true() {
  local r
  r=$(jq -e -s "$1" "$T/out" 2>&1) || { echo "  jq '$1' gave: $r"; return 1; }
}
# ids: the ids of the hits of the last --json search, one per line
ids() { jq -r '.id' "$T/out"; }

# skip_all REASON: this test cannot run here; ctest reports it as skipped
# (SKIP_RETURN_CODE 77, set in e2e.cmake), never as passed.
skip_all() {
  echo "SKIP: $1"
  exit 77
}
# skip_part REASON: a part of this test cannot run here.  The rest runs; the
# test then ends as skipped rather than passed (unless something failed), so
# the summary never counts a test that did not wholly run as a pass.
skip_part() {
  echo "SKIP (part): $1"
  skipped=$((skipped + 1))
}

done_testing() {
  echo "$passed passed, $failed failed, $skipped parts skipped"
  [ "$failed" -eq 0 ] || exit 1
  [ "$skipped" -eq 0 ] || exit 77
}

# serves_page PLANSEARCH DB: that plansearch binary, run with an empty
# environment, serves the index DB (its web server is a module it loads)
# and answers the search API; the server is stopped afterwards.
serves_page() {
  local bin=$1 db=$2 port="" pid ok=1
  env -i HOME="$T/home" PATH=/usr/bin:/bin ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} \
    "$bin" serve --db "$db" --port 0 >"$T/serve.out" 2>"$T/serve.err" </dev/null &
  pid=$!
  for _ in $(seq 1 100); do
    port=$(sed -n 's#^plansearch: serving .* at http://127.0.0.1:\([0-9]*\)/$#\1#p' "$T/serve.err")
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -n "$port" ]; then
    python3 - "$port" <<'PY' && ok=0
import json, sys, urllib.parse, urllib.request
url = "http://127.0.0.1:%s/api/search?q=%s" % (sys.argv[1], urllib.parse.quote("工会"))
sys.exit(0 if json.load(urllib.request.urlopen(url, timeout=30))["total"] > 0 else 1)
PY
  fi
  [ "$ok" = 0 ] || { echo "  serve: $(head -3 "$T/serve.err")"; }
  kill "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  return "$ok"
}
