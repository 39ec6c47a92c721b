#!/usr/bin/env python3
"""Measure the boilerplate pass against hand-labelled lines of real pages.

tests/real/lines.tsv labels every non-blank line of a sample of the pages in
tests/real/pages/ (ignored by git; rules in RULES.md, "Lines"): file, line
number (1-based, of the file as saved), the first 12 hex digits of the SHA-1
of the line's text with surrounding white space removed, `content` or
`furniture`, and the split: `tune` (the rules were tuned on these pages) or
`holdout` (labelled after the rules were written, never tuned on).  The page text itself is never in git: a page missing locally, or
whose line no longer has the labelled hash, is counted as missing, not scored.

The pages present are indexed with `plansearch index` into a temporary folder
and each document read back with `plansearch show ID --json`: a line is taken
for furniture when it is in the document's "furniture" array, kept when it is
in the body ("text").

Usage: tests/real/lines.py [--plansearch PATH] [--show-wrong] [--check]

Prints content lines dropped (taken for furniture) and furniture lines kept
(left in the searchable body), with rates, per split.  --check exits 1 unless
no content line of any split is dropped and under 10% of all labelled
furniture lines are kept (both splits: the holdout is no longer clean,
RULES.md); exits 77 (a skip
for ctest) when no labelled page is present.
"""
import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--plansearch', default=os.path.join(ROOT, 'build', 'cli', 'plansearch'))
    ap.add_argument('--show-wrong', action='store_true')
    ap.add_argument('--check', action='store_true')
    a = ap.parse_args()

    labels = {}
    with open(os.path.join(HERE, 'lines.tsv'), encoding='utf-8') as f:
        next(f)
        for row in f:
            fn, ln, h, lab, split = row.rstrip('\n').split('\t')
            labels.setdefault(fn, []).append((int(ln), h, lab, split))

    tmp = tempfile.mkdtemp(prefix='ps-lines.')
    try:
        pages = os.path.join(tmp, 'pages')
        os.mkdir(pages)
        present, missing = [], 0
        for fn in labels:
            src = os.path.join(HERE, 'pages', fn)
            if os.path.exists(src):
                shutil.copy(src, pages)
                present.append(fn)
            else:
                missing += 1
        if not present:
            print('no labelled page present in tests/real/pages/: nothing measured')
            return 77
        db = os.path.join(tmp, 'db')
        subprocess.run([a.plansearch, 'index', '--db', db, '--quiet', pages],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # (split, label) -> [lines, wrong]
        stats = {(sp, lab): [0, 0] for sp in ('tune', 'holdout', 'all')
                 for lab in ('content', 'furniture')}
        wrong, stale = [], 0
        for fn in sorted(present):
            body, furn = set(), set()
            ids = [fn] + ['%s#%d' % (fn, k) for k in range(1, 100)]
            for k, id_ in enumerate(ids):
                r = subprocess.run([a.plansearch, 'show', '--db', db, id_, '--json'],
                                   capture_output=True, text=True)
                if r.returncode:
                    if k > 1:
                        break
                    continue
                d = json.loads(r.stdout)
                body |= {l.strip() for l in d['text'].split('\n')}
                furn |= {l.strip() for l in d.get('furniture') or []}
            with open(os.path.join(pages, fn), encoding='utf-8') as f:
                lines = f.read().split('\n')
            for ln, h, lab, split in labels[fn]:
                s = lines[ln - 1].strip() if ln <= len(lines) else ''
                if hashlib.sha1(s.encode()).hexdigest()[:12] != h:
                    stale += 1
                    continue
                taken = s in furn and s not in body
                bad = taken if lab == 'content' else not taken
                for sp in (split, 'all'):
                    stats[(sp, lab)][0] += 1
                    stats[(sp, lab)][1] += bad
                if bad:
                    wrong.append('%s:%d: %s %s %s: %s' % (fn, ln, split, lab,
                                 'dropped' if lab == 'content' else 'kept', s[:60]))
    finally:
        shutil.rmtree(tmp)

    print('pages measured: %d (%d labelled pages missing, %d stale lines)'
          % (len(present), missing, stale))
    for sp in ('tune', 'holdout', 'all'):
        c, fu = stats[(sp, 'content')], stats[(sp, 'furniture')]
        print('%-8s content lines dropped: %d of %d (%.1f%%); furniture lines kept: %d of %d (%.1f%%)'
              % (sp, c[1], c[0], 100.0 * c[1] / max(c[0], 1),
                 fu[1], fu[0], 100.0 * fu[1] / max(fu[0], 1)))
    c, fu = stats[('all', 'content')], stats[('all', 'furniture')]
    if a.show_wrong:
        print('\n'.join(wrong))
    if a.check and (c[1] > 0 or fu[1] * 10 >= max(fu[0], 1)):
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
