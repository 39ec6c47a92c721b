#!/usr/bin/env bash
# Installation (issue 19): cmake --install puts the binary, man pages,
# completions, bundled plans, library, header and pkg-config file in place;
# the installed plansearch, moved elsewhere with no source tree in its
# reach, finds its plans under its own prefix; the man pages have every
# option --help lists and no warnings; the completions complete; the Python
# example of README runs against the installed library.
. "$(dirname "$0")/lib.sh"
: "${PS_BUILD_DIR:?}"

DESTDIR="$T/dest" cmake --install "$PS_BUILD_DIR" --prefix /usr >"$T/install.log" 2>&1
check "cmake --install into a DESTDIR succeeds" test $? -eq 0
# moved: nothing may depend on the path it was installed to
mv "$T/dest" "$T/moved"
R="$T/moved/usr"
for f in bin/plansearch share/man/man1/plansearch.1.gz share/man/man7/plansearch-query.7.gz \
         share/bash-completion/completions/plansearch share/zsh/vendor-completions/_plansearch \
         share/fish/vendor_completions.d/plansearch.fish share/plansearch/plans \
         include/plansearch_api.h share/doc/plansearch/copyright \
         share/locale/zh_CN/LC_MESSAGES/plansearch.mo; do
  check "installed: $f" test -e "$R/$f"
done
check "installed: libplansearch.so.0 and its pkg-config file" \
  test -e "$(echo "$R"/lib*/libplansearch.so.0)" -a -e "$(echo "$R"/lib*/pkgconfig/plansearch.pc)"
check "installed: the document reader plansearch-extract" \
  test -x "$(echo "$R"/lib*/plansearch/plansearch-extract)"
check "installed: the web server's module plansearch-web.so" \
  test -e "$(echo "$R"/lib*/plansearch/plansearch-web.so)"

# out of the box: a fresh user, an empty environment
IP="$R/bin/plansearch"
run() { env -i HOME="$T/home" PATH=/usr/bin:/bin ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} "$@" \
          >"$T/out" 2>"$T/err" </dev/null; status=$?; }
run "$IP" 集体协商 --year 2012
check "installed: plansearch 集体协商 --year 2012 answers" status_is 0
check "… the 2012 plan" out_has "朝陽區衛生局工會2012年工作要點"
check "… from the plans under its prefix, not the source tree" \
  err_has "indexing the bundled plans from '$R/share/plansearch/plans'"
check "installed: plansearch serve loads its web server module and answers" \
  serves_page "$IP" "$T/home/.local/share/plansearch"

# messages: the installed binary reads the catalog under its own prefix
run env LANGUAGE=zh_CN "$IP" '(集体'
check "installed: a malformed query in Chinese under LANGUAGE=zh_CN" err_has "查询式有误"
# (proof it is the prefix's catalog, not the build tree's: replace it by one
# translating the message differently)
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "unbalanced %s"\nmsgstr "MARK-OF-THE-PREFIX"\n' "'('" \
  >"$T/mark.po"
msgfmt -o "$R/share/locale/zh_CN/LC_MESSAGES/plansearch.mo" "$T/mark.po"
run env LANGUAGE=zh_CN "$IP" '(集体'
check "installed: … from share/locale under its prefix" err_has "MARK-OF-THE-PREFIX"

# man pages: no warnings; every option and subcommand of --help in them
# (read in a UTF-8 locale, as their Chinese examples need: under C, troff
# has no glyph for them whatever the page says)
if command -v man >/dev/null; then
  for page in man1/plansearch.1.gz man7/plansearch-query.7.gz; do
    LC_ALL=C.UTF-8 man --warnings -l "$R/share/man/$page" >/dev/null 2>"$T/err"
    check "man --warnings $page: none" test ! -s "$T/err"
  done
  LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$R/share/man/man1/plansearch.1.gz" 2>/dev/null |
    sed 's/.\x08//g' >"$T/man1"
  run "$IP" --help
  for o in $(grep -o -- '--[a-z-]*' "$T/out" | sort -u); do
    check "the man page has $o" grep -qF -- "$o" "$T/man1"
  done
  for c in index show check compare keyness collocates stats; do
    check "the man page has the subcommand $c" grep -q "plansearch $c" "$T/man1"
    run "$IP" "$c" --help
    for o in $(grep -o -- '--[a-z-]*' "$T/out" | sort -u); do
      check "$c: the man page has $o" grep -qF -- "$o" "$T/man1"
    done
  done
else
  echo "skip: man (man-db) not installed"
fi

# bash completion: the function the installed file defines
complete_bash() { # complete_bash WORD...: candidates for the last word
  (
    PATH="$R/bin:$PATH"
    . "$R/share/bash-completion/completions/plansearch"
    COMP_WORDS=("$R/bin/plansearch" "$@")
    COMP_CWORD=$#
    _plansearch
    printf '%s\n' "${COMPREPLY[@]}"
  ) >"$T/out" 2>"$T/err"
}
complete_bash co
check "bash: subcommands" test "$(sort "$T/out" | tr '\n' ' ')" = "collocates compare "
complete_bash compare --by ""
check "bash: --by values" test "$(tr '\n' ' ' <"$T/out")" = "year province region level sector type "
complete_bash 工会 --facet year,pro
check "bash: the last item of a --facet list" test "$(cat "$T/out")" = "year,province"
complete_bash 工会 --so
check "bash: options" test "$(cat "$T/out")" = "--sort"
complete_bash 工会 --sort ""
check "bash: --sort values" out_has "-year"
complete_bash 工会 --region 乐山
check "bash: region names from the gazetteer" out_has "乐山市"
complete_bash --db "$T/x" st
check "bash: subcommands after a global option" test "$(cat "$T/out")" = "stats"
complete_bash index "$R/bin/plan"
check "bash: index completes file names" test "$(cat "$T/out")" = "$R/bin/plansearch"

# zsh: the installed function, with compadd and _files standing in for the
# completion system's
if command -v zsh >/dev/null; then
  cat >"$T/z.zsh" <<'ZSH'
compadd() { while [[ $1 != -- ]]; do shift; done; shift; print -rl -- "$@"; }
_files() { print -r -- FILES; }
words=("$@"); CURRENT=$#
source "$ZCOMP"
ZSH
  complete_zsh() { ZCOMP="$R/share/zsh/vendor-completions/_plansearch" \
                     zsh -f "$T/z.zsh" "$R/bin/plansearch" "$@" >"$T/out" 2>"$T/err"; }
  complete_zsh compare --by ""
  check "zsh: --by values" test "$(tr '\n' ' ' <"$T/out")" = "year province region level sector type "
  complete_zsh co
  check "zsh: subcommands" test "$(sort "$T/out" | tr '\n' ' ')" = "collocates compare "
  complete_zsh 工会 --region 乐山
  check "zsh: region names" out_has "乐山市"
  complete_zsh index "$T/"
  check "zsh: index completes file names" test "$(cat "$T/out")" = FILES
else
  echo "skip: zsh not installed, its completion unchecked"
fi
if command -v fish >/dev/null; then
  fish -n "$R/share/fish/vendor_completions.d/plansearch.fish" >"$T/err" 2>&1
  check "fish: the completion script parses" test $? -eq 0
else
  echo "skip: fish not installed, its completion script unchecked"
fi

# the library: the header compiles alone; the Python example of README runs
if [ -n "${ASAN_OPTIONS:-}" ]; then
  echo "skip: loading the sanitized libplansearch.so into cc-built and Python programs"
else
  lib=$(dirname "$(echo "$R"/lib*/libplansearch.so.0)")
  printf '#include <plansearch_api.h>\n#include <stdio.h>\nint main(void){puts(plansearch_version());return 0;}\n' >"$T/v.c"
  flags=$(PKG_CONFIG_PATH="$lib/pkgconfig" pkg-config --cflags --libs plansearch)
  check "pkg-config names the library" test -n "$flags"
  cc -o "$T/v" "$T/v.c" $flags >"$T/err" 2>&1
  check "a C program builds with pkg-config's flags against the installed header and library" \
    test $? -eq 0
  LD_LIBRARY_PATH="$lib" "$T/v" >"$T/out" 2>&1
  check "… and runs" out_has "0."
  sed -n '/<!-- python-example -->/,/^```$/p' "$PS_SOURCE_DIR/README.md" | sed '1,2d;$d' >"$T/example.py"
  check "README has the Python example" test -s "$T/example.py"
  PLANSEARCH_LIB="$lib/libplansearch.so.0" PLANSEARCH_DB="$PS_E2E_DB" \
    /usr/bin/python3 "$T/example.py" >"$T/out" 2>"$T/err"
  status=$?
  check "the Python example runs" status_is 0
  check "… printing the total" out_has "2 plans"
  check "… and the hits, year and title" out_has "2020 郑州市教科文卫体工会2020年工作要点"
fi
done_testing
