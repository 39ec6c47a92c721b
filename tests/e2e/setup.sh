#!/usr/bin/env bash
# Builds the index of the bundled plans that the other e2e tests search.
. "$(dirname "$0")/lib.sh"
: "${PS_E2E_DB:?}"
rm -rf "$PS_E2E_DB"
ps index --db "$PS_E2E_DB"
check "indexing the bundled plans succeeds" status_is 0
check "indexing reports a summary naming the index" err_has "$PS_E2E_DB"
check "the summary counts nine documents from five files" err_has "indexed 9 documents from 5 files"
done_testing
