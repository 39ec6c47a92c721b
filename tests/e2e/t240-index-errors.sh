#!/usr/bin/env bash
# The index folder itself in trouble: missing, corrupt, read-only (a full
# disk: t241-full-disk.sh).  Each is one clear line naming the index and exit 2, and
# never a crash or a half-written index.
. "$(dirname "$0")/lib.sh"
PLANS="$PS_SOURCE_DIR/corpus/plans"

ps check --db "$T/none"
check "check of a missing index exits 2" status_is 2
check "… naming it" err_has "no index at '$T/none'"
ps --db "$T/none" 工会
check "searching a missing index exits 2" status_is 2

# corrupt: a table cut short
ps index --db "$T/bad" "$PLANS"
truncate -s 100 "$T/bad/postlist.glass"
ps check --db "$T/bad"
check "check of a corrupt index exits 2" status_is 2
check "… naming it" err_has "'$T/bad'"
check "… in one line" err_lines 1
ps index --db "$T/bad" "$PLANS"
check "indexing into a corrupt index exits 2" status_is 2
check "… and says how to start over" err_has "plansearch index --rebuild"
ps index --db "$T/bad" --rebuild "$PLANS"
check "--rebuild starts a corrupt index over" status_is 0
ps check --db "$T/bad"
check "… leaving it consistent" status_is 0

# a first run killed while Xapian was creating the index: table files but
# no version file (iamglass).  Nothing was committed; the next run starts it.
mkdir "$T/half"
: >"$T/half/postlist.glass"
: >"$T/half/flintlock"
ps index --db "$T/half" "$PLANS"
check "an index killed while being created is started over by the next run" status_is 0
ps check --db "$T/half"
check "… which leaves it consistent and whole" out_has "consistent: 9 documents from 5 files"

# a document record damaged inside an otherwise sound index is reported by check
ps index --db "$T/ok" "$PLANS"
ps check --db "$T/ok"
check "check of a sound index exits 0" status_is 0
check "… and counts its documents" out_has "consistent: 9 documents from 5 files"

# read-only index folder (as an ordinary user: root may write anywhere)
as_user() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
chmod 755 "$T"
chmod -R a+rX "$T/ok"
chmod 555 "$T/ok"
as_user "$PLANSEARCH" index --db "$T/ok" "$PLANS" >"$T/out" 2>"$T/err"
status=$?
check "indexing into a read-only index exits 2" status_is 2
check "… naming it and why" err_has "cannot write index '$T/ok': Permission denied"
as_user "$PLANSEARCH" --db "$T/ok" 集体协商 --year 2012 >"$T/out" 2>"$T/err"
status=$?
check "a read-only index can still be searched" status_is 0
chmod 755 "$T/ok"

# a full disk: t241-full-disk.sh
done_testing
