#!/usr/bin/env bash
# The boilerplate pass measured on hand-labelled lines of real pages
# (tests/real/lines.tsv): no content line dropped, under 10% of the furniture
# lines kept (both splits together).  The page text is third-party and never in
# git, so this skips (77) where tests/real/pages/ is absent.
set -u
: "${PLANSEARCH:?}" "${PS_SOURCE_DIR:?}"
command -v python3 >/dev/null || { echo "SKIP: no python3"; exit 77; }
python3 "$PS_SOURCE_DIR/tests/real/lines.py" --plansearch "$PLANSEARCH" --check --show-wrong
