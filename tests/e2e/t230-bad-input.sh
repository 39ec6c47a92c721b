#!/usr/bin/env bash
# Bad input: each gets one line naming it (and why), the run goes on, and
# the exit status says whether anything was skipped.
. "$(dirname "$0")/lib.sh"
DB="$T/db"
PLAN="$PS_SOURCE_DIR/corpus/plans/000_85891dc427c33ef6.txt"

# index_one NAME: index $T/in/NAME alone into a fresh index
index_one() {
  rm -rf "$DB"
  ps index --db "$DB" "$T/in/$1"
}
mkdir "$T/in"

# decodable oddities are indexed
# a plan with a few stray bytes is indexed; mostly garbage is refused
{ head -c 3000 "$PLAN"; printf '\xc3\x28 \xff'; tail -c 2000 "$PLAN"; } >"$T/in/invalid-utf8.txt"
index_one invalid-utf8.txt
check "a plan with invalid UTF-8 bytes: indexed (exit 0)" status_is 0
ps --db "$DB" 两个普遍 --json
check "… and its text is searchable" jq_true '.[0].id == "invalid-utf8.txt"'
printf '2012\xc3\x28\xff\xfe\x80\x81 \xc0\xc1\n' >"$T/in/garbage-utf8.txt"
index_one garbage-utf8.txt
check "mostly invalid UTF-8: skipped (exit 1)" status_is 1
check "… named with the reason" err_has "'$T/in/garbage-utf8.txt': undecodable"
rm "$T/in/garbage-utf8.txt"

printf '2012年工会工作要点\n推进集体协商工作。\n' | iconv -f UTF-8 -t GBK >"$T/in/gbk.txt"
head -c -1 "$T/in/gbk.txt" >"$T/in/trunc-gbk.txt"   # cut inside the last character
index_one trunc-gbk.txt
check "truncated GBK: indexed (exit 0)" status_is 0
ps --db "$DB" 集体协商 --json
check "truncated GBK: its text is searchable" jq_true '.[0].id == "trunc-gbk.txt"'

printf '2012年工會工作要點\n推進集體協商工作。\n' | iconv -f UTF-8 -t BIG5 | head -c -1 >"$T/in/trunc-big5.txt"
index_one trunc-big5.txt
check "truncated Big5: indexed (exit 0)" status_is 0
ps --db "$DB" 集体协商 --json
check "truncated Big5: its text is searchable in simplified script" jq_true '.[0].id == "trunc-big5.txt"'

printf '2012年工会工作要点\n推进集体协商工作。\n' | iconv -f UTF-8 -t UTF-16 >"$T/in/utf16.txt"
index_one utf16.txt
check "UTF-16: indexed (exit 0)" status_is 0
ps --db "$DB" 集体协商 --json
check "UTF-16: its text is searchable" jq_true '.[0].id == "utf16.txt"'

# skipped, each with one line naming it
printf '工会\0工作\0要点\0集体\0协商\n' >"$T/in/nul.txt"
head -c 4096 /dev/urandom >"$T/in/photo.jpg"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0' >"$T/in/image.png"
head -c 2000 /dev/urandom >>"$T/in/image.png"
{ printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 40 /Filter /FlateDecode >>\nstream\n'
  head -c 2000 /dev/urandom; printf '\nendstream\nendobj\n%%%%EOF\n'; } >"$T/in/plan.pdf"
: >"$T/in/empty.txt"
for f in nul.txt photo.jpg image.png plan.pdf empty.txt; do
  index_one "$f"
  check "$f: skipped with exit 1" status_is 1
  check "$f: one line naming it, then the summary" err_lines 2
  check "$f: the line names the file" err_has "'$T/in/$f'"
done
check "an empty file says so" err_has "no text"

# everything at once: the good files are indexed, the bad ones named
cp "$PLAN" "$T/in/"
ps index --db "$T/all" "$T/in"
check "a folder with bad files exits 1" status_is 1
check "the summary counts the skipped files by reason" \
  err_has "5 skipped (4 binary or undecodable, 1 empty)"
check "the good files are indexed" err_has "6 added"

# names and links
mkdir -p "$T/odd/a/b" "$T/odd/loop"
ln -s .. "$T/odd/loop/up"
ln -s "$T/odd/nowhere" "$T/odd/broken.txt"
cp "$PLAN" "$T/odd/a/b/"
cp "$PLAN" "$T/odd/$(printf 'bad\xff\xfename.txt')"
ps index --db "$T/odddb" "$T/odd"
check "a symlink loop, a broken link and a bad name: exit 1" status_is 1
check "the loop is named" err_has "'$T/odd/loop/up': symbolic link loop"
check "the broken link is named" err_has "'$T/odd/broken.txt': broken symbolic link"
check "the bad name is named, its bytes escaped" err_has "'$T/odd/bad\\xff\\xfename.txt': file name is not valid UTF-8"
check "the rest is indexed" err_has "1 added"

# deeply nested folders: fine to a sane depth, the deeper part named
d="$T/deep"
for n in $(seq 1 40); do d="$d/d$n"; done
mkdir -p "$d" && cp "$PLAN" "$d/"
ps index --db "$T/deepdb" "$T/deep"
check "a file 40 folders down is indexed" status_is 0
d="$T/deeper"
for n in $(seq 1 80); do d="$d/d$n"; done
mkdir -p "$d" && cp "$PLAN" "$d/"
ps index --db "$T/deeperdb" "$T/deeper"
check "80 folders down: exit 1" status_is 1
check "… naming where it stopped" err_has "folders nested too deeply"

# unreadable files and folders (as an ordinary user: root reads everything)
as_user() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
chmod 755 "$T"
mkdir -p "$T/perm/closed" "$T/pdb"
cp "$PLAN" "$T/perm/ok.txt"
cp "$PLAN" "$T/perm/secret.txt"
cp "$PLAN" "$T/perm/closed/inside.txt"
chmod -R a+rX "$T/perm"
[ "$(id -u)" -eq 0 ] && chown 65534 "$T/pdb"
as_user "$PLANSEARCH" index --db "$T/pdb" "$T/perm" >"$T/out" 2>"$T/err"
status=$?
check "readable first run exits 0" status_is 0
chmod 000 "$T/perm/secret.txt" "$T/perm/closed"
as_user "$PLANSEARCH" index --db "$T/pdb" "$T/perm" >"$T/out" 2>"$T/err"
status=$?
check "unreadable file and folder: exit 1" status_is 1
check "the unreadable file is named" err_has "'$T/perm/secret.txt'"
check "the unreadable folder is named" err_has "'$T/perm/closed'"
check "their documents are kept, not removed as gone" err_has "0 removed, 1 unchanged"
chmod 755 "$T/perm/closed"
chmod 644 "$T/perm/secret.txt"
done_testing
