#!/usr/bin/env bash
# A full disk: the index on a 600 KB tmpfs.  Mounting needs root, or else a
# user namespace of our own (unshare -Urm, where the kernel allows it): the
# test re-runs itself inside one.  Where neither works it reports a skip.
if [ -z "${PS_IN_USERNS:-}" ] && [ "$(id -u)" -ne 0 ]; then
  if unshare -Urm true 2>/dev/null; then
    PS_IN_USERNS=1 exec unshare -Urm bash "$0" "$@"
  fi
fi
. "$(dirname "$0")/lib.sh"
PLANS="$PS_SOURCE_DIR/corpus/plans"
mkdir "$T/small"
mount -t tmpfs -o size=600k tmpfs "$T/small" 2>"$T/mount.err" ||
  skip_all "cannot mount a tmpfs here ($(head -1 "$T/mount.err")), as root or in a user namespace"
trap 'umount "$T/small" 2>/dev/null; rm -rf "$T"' EXIT
mkdir "$T/many"
for n in $(seq 1 20); do for f in "$PLANS"/*.txt; do cp "$f" "$T/many/$n-${f##*/}"; done; done
ps index --db "$T/small/db" --commit-every 5 "$T/many"
check "a full disk stops the run with exit 2" status_is 2
check "… saying so and naming the index" err_has "index '$T/small/db'"
check "… with the system's reason" err_has "No space left on device"
ps check --db "$T/small/db"
check "the index is left at its last commit, consistent" status_is 0
mount -t tmpfs -o remount,size=64m tmpfs "$T/small"
ps index --db "$T/small/db" "$T/many"
check "with room again, the next run completes it" status_is 0
ps check --db "$T/small/db"
check "… with every file" out_has "from 100 files"
umount "$T/small"
done_testing
