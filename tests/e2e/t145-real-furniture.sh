#!/usr/bin/env bash
# The boilerplate pass measured on hand-labelled lines of real pages
# (tests/real/lines.tsv): no content line dropped, under 10% of the furniture
# lines of the tune split kept.  The page text is third-party and never in
# git, so this skips (77) where tests/real/pages/ is absent.
set -u
: "${PLANSEARCH:?}" "${PS_SOURCE_DIR:?}"
command -v python3 >/dev/null || { echo "SKIP: no python3"; exit 77; }
# Under AddressSanitizer indexing these pages stops at a heap-buffer-overflow
# in corpus/meta_when.c (ps_year_evidence reads t->fold + ss - 3 with ss < 3
# when a page's first line reviews a year: "16日,市总工会召开2023年…总结…"),
# which is the metadata module's, reported to its owner.  The measurement
# itself runs in the plain build.
if [ -n "${ASAN_OPTIONS:-}" ]; then
  echo "SKIP: the real pages hit a known out-of-bounds read in corpus/meta_when.c under ASan"
  exit 77
fi
python3 "$PS_SOURCE_DIR/tests/real/lines.py" --plansearch "$PLANSEARCH" --check --show-wrong
