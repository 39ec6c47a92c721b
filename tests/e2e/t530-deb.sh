#!/usr/bin/env bash
# The Debian package (issue 19): cpack -G DEB builds a .deb declaring its
# Debian dependencies; extracted into a scratch root it runs out of the box;
# lintian reports no errors (exit 77, a skip, when lintian is not installed:
# scripts/dev installs it).
. "$(dirname "$0")/lib.sh"
: "${PS_BUILD_DIR:?}"
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skip: $tool not installed"; exit 77; }
done

cpack -G DEB --config "$PS_BUILD_DIR/CPackConfig.cmake" -B "$T/pkg" >"$T/cpack.log" 2>&1
check "cpack -G DEB succeeds" test $? -eq 0
deb=$(echo "$T"/pkg/plansearch_*.deb)
check "… and writes plansearch_VERSION_ARCH.deb" test -f "$deb"
dpkg-deb -f "$deb" Depends >"$T/out" 2>"$T/err"
# libpoppler-glib8: the document reader (a program the package installs
# under its libdir) is scanned for dependencies as well
for p in libxapian30 libuchardet0 libstemmer0d libc6 libpoppler-glib8; do
  check "Depends declares $p" out_has "$p"
done
# OpenCC's data is compiled into the fold table when plansearch is built
check "… and no OpenCC library (the fold table is built in)" out_lacks "libopencc"

dpkg-deb -x "$deb" "$T/root"
check "the .deb extracts" test -x "$T/root/usr/bin/plansearch"
env -i HOME="$T/home" PATH=/usr/bin:/bin ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} \
  "$T/root/usr/bin/plansearch" 集体协商 --year 2012 >"$T/out" 2>"$T/err" </dev/null
status=$?
check "the extracted plansearch answers 集体协商 --year 2012" status_is 0
check "… with the 2012 plan" out_has "朝陽區衛生局工會2012年工作要點"
check "… from the plans in the package" \
  err_has "indexing the bundled plans from '$T/root/usr/share/plansearch/plans'"
check "the package holds the document reader, executable" \
  test -n "$(cd "$T/root" && find usr -name plansearch-extract -perm -u+x)"
check "the package holds the web server's module" \
  test -n "$(cd "$T/root" && find usr -name plansearch-web.so)"
check "the extracted plansearch serve loads it and answers" \
  serves_page "$T/root/usr/bin/plansearch" "$T/home/.local/share/plansearch"
if /usr/bin/python3 -c 'import reportlab, docx, PIL' 2>/dev/null &&
   /usr/bin/python3 "$PS_SOURCE_DIR/tests/e2e/gen_formats.py" "$T/docs" >/dev/null 2>&1; then
  # the extracted plansearch runs the reader from the package: the build
  # tree's is not where it looks (beside itself, then /usr/lib/plansearch)
  mv "$T/docs/plan.pdf" "$T/plan.pdf" && rm -rf "$T/docs" && mkdir "$T/docs" &&
    mv "$T/plan.pdf" "$T/docs/"
  env -i HOME="$T/home" PATH=/usr/bin:/bin ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} \
    "$T/root/usr/bin/plansearch" index --db "$T/pdfdb" "$T/docs" >"$T/out" 2>"$T/err" </dev/null
  check "the extracted plansearch reads a PDF" status_is 0
  env -i HOME="$T/home" PATH=/usr/bin:/bin ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} \
    "$T/root/usr/bin/plansearch" --db "$T/pdfdb" 全面推进职工之家建设 --count >"$T/out" 2>"$T/err" </dev/null
  check "… and finds its text" out_has "1"
else
  echo "# no PDF fixture (python3-reportlab missing): the reader is not tried"
fi

if ! command -v lintian >/dev/null; then
  echo "skip: lintian not installed"
  [ "$failed" -eq 0 ] || done_testing
  exit 77
fi
lintian --allow-root "$deb" >"$T/out" 2>"$T/err"
check "lintian reports no errors" out_lacks "E: "
done_testing
