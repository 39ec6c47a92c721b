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

# index's summary line, with its counts and the reasons files were skipped
mkdir -p "$T/sum"
printf '职工之家建设工作要点\n' >"$T/sum/a.txt"
: >"$T/sum/empty.txt"
inlocale LANGUAGE=zh_CN -- index --db "$T/sum-db" "$T/sum"
check "index's summary in Chinese, a skip's reason too" \
  bash -c "grep -qF '已索引 1 篇文档（来自 1 个文件）' '$T/err' && grep -qF '跳过 1（1 空文件）' '$T/err'"
inlocale LANG=C -- index --db "$T/sum-db2" "$T/sum"
check "… and in English" err_has "indexed 1 document from 1 file into"

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

# the library's errors (ps_error_set translates its format): bad input a user
# meets while indexing, in both languages -- a damaged PDF, and lines of an
# index --meta file with an impossible year and an ambiguous region
mkdir -p "$T/in"
printf '%%PDF-1.4\nnot a PDF body\n' >"$T/in/broken.pdf"
printf 'path,year\nbroken.pdf,3000\n' >"$T/year.csv"
printf '{"path":"broken.pdf","region":"朝阳"}\n' >"$T/region.jsonl"
for lang in zh en; do
  if [ $lang = zh ]; then loc=LANGUAGE=zh_CN; else loc=LANG=C; fi
  inlocale $loc -- index --db "$T/db-$lang" "$T/in"
  cp "$T/err" "$T/pdf-$lang"
  inlocale $loc -- index --db "$T/db-$lang" --meta "$T/year.csv" "$T/in"
  cp "$T/err" "$T/year-$lang"
  year_status=$status
  inlocale $loc -- index --db "$T/db-$lang" --meta "$T/region.jsonl" "$T/in"
  cp "$T/err" "$T/region-$lang"
  region_status=$status
done
has() { grep -qF -- "$2" "$1" || { echo "  $1 lacks '$2':"; sed 's/^/    /' "$1"; return 1; }; }
check "a damaged PDF is skipped in Chinese" \
  has "$T/pdf-zh" "plansearch: 跳过 '$T/in/broken.pdf'：PDF 已损坏（"
check "… and in English under LANG=C" \
  has "$T/pdf-en" "plansearch: skipping '$T/in/broken.pdf': damaged PDF ("
check "a metadata file's impossible year, named by file and line, in Chinese" \
  has "$T/year-zh" "plansearch: $T/year.csv:2: year 的值 '3000' 无效：应为 1900 到 2099 或 none"
check "… and in English (exit 2)" bash -c "grep -qF \"$T/year.csv:2: invalid year '3000': expected 1900 to 2099 or none\" '$T/year-en' && [ $year_status -eq 2 ]"
check "a metadata file's ambiguous region lists the places in Chinese" \
  has "$T/region-zh" "plansearch: $T/region.jsonl:1: 地区 '朝阳' 有歧义：辽宁省/朝阳市, 北京市/朝阳区, …（请写路径或代码）"
check "… and in English (exit 2)" bash -c "grep -qF \"$T/region.jsonl:1: ambiguous region '朝阳': 辽宁省/朝阳市, 北京市/朝阳区, … (give the path or the code)\" '$T/region-en' && [ $region_status -eq 2 ]"

# every message the sources mark (PS_, ps_cli_fail, and each library format
# given to ps_error_set) has its entry in po/zh_CN.po: a new or reworded
# message without one would print in English under a Chinese locale.  The
# options as po/CMakeLists.txt's pot target gives them.
if command -v xgettext >/dev/null && command -v msgmerge >/dev/null && command -v msgattrib >/dev/null; then
  (cd "$PS_SOURCE_DIR" &&
   xgettext --from-code=UTF-8 --keyword=PS_ --keyword=PS_N_ --keyword=ps_cli_fail:1 \
     --keyword=ps_error_set:3 --keyword=fail:3 --flag=ps_error_set:3:c-format \
     --flag=ps_cli_fail:1:c-format -o "$T/all.pot" \
     cli/*.c common/*.c analysis/*.c capi/*.c cjk/*.c corpus/*.c corpus/formats/*.c \
     indexer/*.c searcher/*.c store/*.c store/*.cc web/*.c) 2>"$T/xgettext.err"
  check "xgettext extracts the messages" bash -c "[ -s '$T/all.pot' ] && ! grep -q . '$T/xgettext.err'"
  msgmerge --quiet --no-fuzzy-matching -o "$T/merged.po" "$PS_SOURCE_DIR/po/zh_CN.po" "$T/all.pot"
  msgattrib --untranslated --no-obsolete --no-wrap -o "$T/missing" "$T/merged.po"
  check "every marked message and library error has a Chinese entry" \
    bash -c "[ -f '$T/merged.po' ] && [ ! -s '$T/missing' ] ||
             { echo '  missing from po/zh_CN.po:'; grep -E '^(#:|msgid)' '$T/missing' | sed 's/^/    /'; false; }"
else
  skip_part "xgettext, msgmerge and msgattrib (apt-get install gettext) check the catalog is complete"
fi

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
