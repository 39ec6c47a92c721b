#!/usr/bin/env bash
# Messages and help in Chinese under a Chinese locale, English otherwise
# (issue 21): gettext with the zh_CN catalog compiled at build time.  Works
# without generated locales: LANGUAGE=zh_CN alone, LANG=zh_CN.UTF-8 whether
# or not that locale is installed, and LANG=C or LC_ALL=C gives English.
. "$(dirname "$0")/lib.sh"
DB=$PS_E2E_DB

# ps in a given locale environment: `inlocale VAR=VALUE... -- ARGS...`
inlocale() {
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE "${vars[@]}" \
    "$PLANSEARCH" "$@" >"$T/out" 2>"$T/err" </dev/null
  status=$?
}

for loc in "LANGUAGE=zh_CN" "LANG=zh_CN.UTF-8" "LC_ALL=zh_CN.UTF-8" "LANG=C.UTF-8 LANGUAGE=zh_CN"; do
  # shellcheck disable=SC2086
  inlocale $loc -- --db "$DB" '(集体'
  check "$loc: a malformed query is named in Chinese" \
    err_has "plansearch: 查询式有误：'(' 不成对（第 1 个字符处）"
  check "$loc: … exit 2, one line" bash -c "[ $status -eq 2 ] && [ \$(wc -l <'$T/err') -eq 1 ]"
  # shellcheck disable=SC2086
  inlocale $loc -- --db "$T/no-such-index" 工会
  check "$loc: a missing index is named in Chinese" \
    err_has "'$T/no-such-index' 处没有索引（由 --db 指定"
done

for loc in "LANG=C" "LC_ALL=C LANGUAGE=zh_CN" "LANG=C.UTF-8" "LANG=en_US.UTF-8"; do
  # shellcheck disable=SC2086
  inlocale $loc -- --db "$DB" '(集体'
  check "$loc: the malformed query in English" \
    err_has "plansearch: malformed query: unbalanced '(' at character 1"
  # shellcheck disable=SC2086
  inlocale $loc -- --db "$T/no-such-index" 工会
  check "$loc: the missing index in English" err_has "no index at '$T/no-such-index' (named by --db"
done

# warnings and notes, not only errors: a slip read as an option, a missing document
inlocale LANGUAGE=zh_CN -- --db "$DB" -y 2020 工会 --count
check "a slip read as an option is told in Chinese" \
  err_has "plansearch: 警告：“-y”按选项“--year”理解"
inlocale LANGUAGE=zh_CN -- show --db "$DB" no/such.txt
check "a missing document is told in Chinese (exit 1)" \
  bash -c "grep -qF 'plansearch: 没有编号为“no/such.txt”的文档' '$T/err' && [ $status -eq 1 ]"
inlocale LANG=C -- show --db "$DB" no/such.txt
check "… and in English under LANG=C" err_has "plansearch: no document with id 'no/such.txt'"

# the query's other errors, whose wording is composed (a scope operator named)
inlocale LANGUAGE=zh_CN -- --db "$DB" '集体 SENTENCE'
check "a scope operator with nothing on its right, in Chinese" \
  err_has "plansearch: 查询式有误：'SENTENCE' 右边没有内容（第 4 个字符处）"

# --help of the main command and of a subcommand
inlocale LANGUAGE=zh_CN -- --help
check "--help in Chinese: usage, subcommands, options" \
  bash -c "grep -q '^用法：plansearch' '$T/out' && grep -q '^子命令：' '$T/out' &&
           grep -q '^检索选项：' '$T/out' && grep -q '检查索引是否一致' '$T/out'"
check "… wrapped: no line but a synopsis wider than 79 columns" python3 -c '
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
sys.exit(any(w(l.rstrip("\n")) > 79 for l in open(sys.argv[1], encoding="utf-8")
             if "plansearch " not in l[:20]))' "$T/out"
inlocale LANGUAGE=zh_CN -- compare --help
check "compare --help in Chinese" \
  bash -c "grep -q '^用法：plansearch compare' '$T/out' && grep -q '^选项：' '$T/out' &&
           grep -q '分组：year（默认）' '$T/out'"
# every option of every subcommand has its help translated (a help text
# changed in cli/options.c without its msgid in po/zh_CN.po shows up here)
for cmd in "" index show check compare keyness collocates stats meta reuse spread serve; do
  # shellcheck disable=SC2086
  inlocale LANGUAGE=zh_CN -- $cmd --help
  cp "$T/out" "$T/help-${cmd:-search}"
done
check "every option's help in every subcommand's --help is in Chinese" python3 -c '
import re, sys
bad = []
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    for i, l in enumerate(lines):
        if l.startswith("  --"):
            text = l[24:] if len(l) > 24 else lines[i + 1]
            if not re.search("[\u4e00-\u9fff]", text):
                bad.append("%s: %s" % (path.rsplit("-", 1)[1], l.strip()))
print("\n".join("  untranslated: " + b for b in bad))
sys.exit(1 if bad else 0)' "$T"/help-*
inlocale LANG=C -- compare --help
check "compare --help in English under LANG=C" \
  bash -c "grep -q '^usage: plansearch compare' '$T/out' && grep -q '^Options:' '$T/out'"

# only the messages follow the locale: numbers keep their decimal point
inlocale LANG=zh_CN.UTF-8 -- --db "$DB" compare 工会 --csv
check "a Chinese locale leaves CSV numbers alone" bash -c "grep -q ',100.0000,' '$T/out'"
done_testing
