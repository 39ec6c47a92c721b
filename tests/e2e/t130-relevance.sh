#!/usr/bin/env bash
# Relevance: for each judged query (tests/e2e/relevance.tsv), the plan a
# reader of the bundled plans would want must come first (or within the
# rank given).
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB
n=0
while IFS=$'\t' read -r query want rank why; do
  case "$query" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  # shellcheck disable=SC2086 # several words are several query terms
  ps --db "$DB" $query --json --limit "$rank"
  check "'$query' ranks $want within the first $rank ($why)" \
    jq_true "any(.[]; .id == \"$want\")"
done <"$PS_SOURCE_DIR/tests/e2e/relevance.tsv"
check "at least 20 judged queries" test "$n" -ge 20
done_testing
