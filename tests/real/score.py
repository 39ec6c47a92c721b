#!/usr/bin/env python3
"""Score plansearch's metadata extraction against the hand labels in tests/real.

Reads every labels*.tsv under tests/real/ (rules: tests/real/RULES.md), copies
the page files that are present in tests/real/pages/ to a temporary folder,
indexes them with `plansearch index`, reads each back with
`plansearch show ID --json` and compares field by field.

Usage: tests/real/score.py [--plansearch PATH] [--split tune|holdout|all]
                           [--labels GLOB] [--set A,B] [--json OUT.json|-]
                           [--show-wrong] [--show-missed] [--by-source]
                           [--keep-tmp]

Per field it prints: pages with a label, answered, right, wrong, coverage
(answered / labelled) and precision (right / answered).  For year, region and
level an answer on a page whose label is empty ("no value expected") is
counted as wrong and also reported separately as "spurious".  Pages whose
file is missing locally are listed as missing and not scored.
"""
import argparse
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIELDS = ['title', 'year', 'region', 'org', 'level', 'type']
# fields where an answer on an empty label counts as wrong
STRICT = {'year', 'region', 'level'}


def read_labels(split, pattern='labels*.tsv', sets=None):
    rows, seen = [], {}
    files = sorted(glob.glob(os.path.join(HERE, pattern)))
    for path in files:
        with open(path, encoding='utf-8', newline='') as f:
            rd = csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
            for i, r in enumerate(rd, 2):
                r = {k: (v or '').strip() for k, v in r.items() if k}
                if not r.get('file'):
                    print('%s:%d: row without file, skipped' % (os.path.basename(path), i),
                          file=sys.stderr)
                    continue
                if r['file'] in seen:
                    first = seen[r['file']]
                    diff = ['%s %r/%r' % (k, first.get(k, ''), r.get(k, ''))
                            for k in FIELDS + ['year_basis'] if first.get(k, '') != r.get(k, '')]
                    print('%s:%d: %s labelled twice, first row (%s) kept%s'
                          % (os.path.basename(path), i, r['file'], first['_src'],
                             ('; differs: ' + ', '.join(diff)) if diff else '; same labels'),
                          file=sys.stderr)
                    continue
                r['_src'] = os.path.basename(path)
                seen[r['file']] = r
                if split != 'all' and r.get('split') != split:
                    continue
                if sets and r.get('set', '') not in sets:
                    continue
                rows.append(r)
    return files, rows


_PUNCT = str.maketrans({'（': '(', '）': ')', '《': '', '》': '', '“': '', '”': '',
                        '"': '', '‘': '', '’': '', "'": '', '：': ':', '，': ',',
                        '　': ''})


def norm(v):
    if v is None:
        return ''
    s = str(v).strip()
    s = s.translate(_PUNCT)
    return re.sub(r'\s+', '', s)


def run(cmd):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def snapshot_binary(plansearch, tmp):
    """Copy the binary into tmp so that a rebuild during the run cannot break it."""
    dst = os.path.join(tmp, 'plansearch')
    for attempt in range(60):
        try:
            shutil.copy2(plansearch, dst)
            os.chmod(dst, 0o755)
            if run([dst, '--version']).returncode == 0:
                return dst
        except OSError:
            pass
        time.sleep(1)  # probably being rebuilt right now
    sys.exit('plansearch is not runnable: %s' % plansearch)


def extract(plansearch, rows, keep_tmp):
    tmp = tempfile.mkdtemp(prefix='ps-real-')
    plansearch = snapshot_binary(plansearch, tmp)
    pages = os.path.join(tmp, 'pages')
    os.makedirs(pages)
    present, missing = [], []
    for r in rows:
        src = os.path.join(HERE, 'pages', r['file'])
        if os.path.isfile(src):
            shutil.copy(src, os.path.join(pages, r['file']))
            present.append(r)
        else:
            missing.append(r)
    got = {}
    try:
        if present:
            p = run([plansearch, 'index', '--db', os.path.join(tmp, 'db'), pages, '--quiet'])
            if p.returncode != 0:
                sys.exit('plansearch index failed (%d): %s'
                         % (p.returncode, p.stderr.decode('utf-8', 'replace')))
        for r in present:
            db = os.path.join(tmp, 'db')
            p = run([plansearch, 'show', '--db', db, r['file'], '--json'])
            if p.returncode != 0:
                # a page plansearch split into several documents: RULES.md
                # labels such a page by its first item
                p = run([plansearch, 'show', '--db', db, r['file'] + '#1', '--json'])
            if p.returncode != 0:
                got[r['file']] = None  # not indexed / not shown
                continue
            try:
                got[r['file']] = json.loads(p.stdout.decode('utf-8'))
            except ValueError:
                got[r['file']] = None
    finally:
        if keep_tmp:
            print('temporary folder kept: %s' % tmp, file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return present, missing, got


def answer(doc, field):
    if not doc:
        return ''
    v = doc.get(field)
    if v is None:
        return ''
    if field == 'year':
        m = re.match(r'\s*(\d{4})', str(v))
        return m.group(1) if m else ''
    return str(v).strip()


def label(r, field):
    v = r.get(field, '')
    if field == 'region' and v == 'unknown':
        return ''
    return v


def pct(a, b):
    return (100.0 * a / b) if b else None


def score(present, got):
    res, wrong_list, missed_list = {}, [], []
    for field in FIELDS:
        s = dict(labelled=0, answered=0, right=0, wrong=0, unlabelled=0, spurious=0)
        if field == 'year':
            s.update(text_labelled=0, text_right=0, inferred_labelled=0, inferred_right=0)
        if field == 'region':
            s.update(province_right=0, province_answered=0)
        for r in present:
            doc = got.get(r['file'])
            lab, ans = label(r, field), answer(doc, field)
            if field == 'type' and not lab:
                continue
            if not lab:
                s['unlabelled'] += 1
                if ans:
                    s['spurious'] += 1
                    if field in STRICT:
                        wrong_list.append((field, r['file'], '', ans))
                continue
            s['labelled'] += 1
            if field == 'year':
                s[r.get('year_basis', '') + '_labelled'] = s.get(r.get('year_basis', '') + '_labelled', 0) + 1
            if not ans:
                missed_list.append((field, r['file'], lab, ''))
                continue
            s['answered'] += 1
            ok = norm(lab) == norm(ans)
            # GB/T 2260 stops at counties, so RULES.md labels a street's or
            # township's union with its county's path; plansearch's gazetteer
            # also has the townships below (the bundled 八字桥乡 plan keeps
            # …/尤溪县/八字桥乡).  The right county with one township below
            # it is right for a township body (label level 乡镇) only.
            if (not ok and field == 'region' and r.get('level') == '乡镇' and
                    norm(ans).startswith(norm(lab) + '/') and
                    ans.count('/') == lab.count('/') + 1):
                ok = True
            if ok:
                s['right'] += 1
                if field == 'year' and r.get('year_basis') in ('text', 'inferred'):
                    s[r['year_basis'] + '_right'] += 1
            else:
                s['wrong'] += 1
                wrong_list.append((field, r['file'], lab, ans))
            if field == 'region':
                s['province_answered'] += 1
                if lab.split('/')[0] == ans.split('/')[0]:
                    s['province_right'] += 1
        s['coverage'] = pct(s['answered'], s['labelled'])
        s['precision'] = pct(s['right'], s['answered'])
        s['accuracy'] = pct(s['right'], s['labelled'])
        if field in STRICT:
            given = s['answered'] + s['spurious']
            s['wrong_among_given'] = pct(s['wrong'] + s['spurious'], given)
            s['precision_strict'] = pct(s['right'], given)
        res[field] = s
    return res, wrong_list, missed_list


def fmt(v):
    return '   -' if v is None else '%5.1f%%' % v


def print_table(res, split, nrows, present, missing, files):
    print('plansearch metadata vs hand labels  (split=%s; label files: %s)'
          % (split, ', '.join(os.path.basename(f) for f in files) or 'none'))
    print('rows %d, pages present %d, missing %d' % (nrows, len(present), len(missing)))
    print()
    print('%-7s %8s %8s %6s %6s %9s %9s %9s' % ('field', 'labelled', 'answered', 'right',
                                               'wrong', 'coverage', 'precision', 'spurious'))
    for f in FIELDS:
        s = res[f]
        sp = str(s['spurious']) if f in STRICT else '(%d)' % s['spurious'] if f != 'type' else ''
        print('%-7s %8d %8d %6d %6d %9s %9s %9s' % (f, s['labelled'], s['answered'], s['right'],
                                                   s['wrong'], fmt(s['coverage']),
                                                   fmt(s['precision']), sp))
    print()
    y, g, lv, t = res['year'], res['region'], res['level'], res['type']
    print('year:   right on pages whose text states it (basis=text): %d/%d %s'
          % (y['text_right'], y['text_labelled'], fmt(pct(y['text_right'], y['text_labelled'])).strip()))
    print('        right on inferred-year pages: %d/%d' % (y['inferred_right'], y['inferred_labelled']))
    print('        wrong among years given (incl. %d where none expected): %d/%d %s'
          % (y['spurious'], y['wrong'] + y['spurious'], y['answered'] + y['spurious'],
             fmt(y['wrong_among_given']).strip()))
    print('region: on %d pages with a known place: province right %d, full place right %d '
          '(%s / %s of labelled); answers where place unknown: %d'
          % (g['labelled'], g['province_right'], g['right'],
             fmt(pct(g['province_right'], g['labelled'])).strip(),
             fmt(pct(g['right'], g['labelled'])).strip(), g['spurious']))
    print('level:  accuracy %d/%d %s; answers where none expected: %d'
          % (lv['right'], lv['labelled'], fmt(lv['accuracy']).strip(), lv['spurious']))
    print('type:   accuracy %d/%d %s' % (t['right'], t['labelled'], fmt(t['accuracy']).strip()))
    print('(spurious in parentheses for title/org: answers on pages labelled without one; not counted wrong)')
    if missing:
        print()
        print('missing page files (not scored): %d' % len(missing))
        for r in missing[:20]:
            print('  %s  %s' % (r['file'], r.get('url', '')))
        if len(missing) > 20:
            print('  ...')


def print_by_source(present, got):
    """Years given, by the rule that gave them: right, wrong, and given where
    the label has none (a rule's share of the wrong years, to know which to
    tighten)."""
    by = {}
    for r in present:
        doc = got.get(r['file'])
        if not doc or doc.get('year') is None:
            continue
        rule = re.split('[:：]', doc.get('year_from') or '?')[0].strip() or '?'
        n = by.setdefault(rule, [0, 0, 0])
        lab = r.get('year', '')
        n[0 if lab == str(doc['year']) else 2 if not lab else 1] += 1
    print()
    print('years given, by rule:  right  wrong  where none expected  wrong share')
    for rule, (ok, bad, none) in sorted(by.items(), key=lambda kv: -sum(kv[1])):
        print('  %-22s %5d  %5d  %5d  %5.1f%%'
              % (rule[:22], ok, bad, none, 100.0 * (bad + none) / (ok + bad + none)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--plansearch', default=os.path.join(ROOT, 'build', 'cli', 'plansearch'))
    ap.add_argument('--split', choices=['tune', 'holdout', 'all'], default='all')
    ap.add_argument('--json', metavar='OUT', help='also write the scores as JSON (- for stdout)')
    ap.add_argument('--labels', default='labels*.tsv',
                    help='which label files under tests/real/ (glob, default labels*.tsv)')
    ap.add_argument('--set', help='only rows of these labelling batches (the set column), '
                    'comma-separated, e.g. A,B')
    ap.add_argument('--show-wrong', action='store_true', help='list every wrong answer')
    ap.add_argument('--show-missed', action='store_true',
                    help='list every labelled field left without an answer')
    ap.add_argument('--by-source', action='store_true',
                    help='break the years given down by the rule that gave them (year_from)')
    ap.add_argument('--keep-tmp', action='store_true')
    a = ap.parse_args()
    if not os.path.isfile(a.plansearch):
        sys.exit('plansearch not found: %s' % a.plansearch)
    files, rows = read_labels(a.split, a.labels, a.set.split(',') if a.set else None)
    present, missing, got = extract(a.plansearch, rows, a.keep_tmp)
    res, wrong, missed = score(present, got)
    print_table(res, a.split, len(rows), present, missing, files)
    if a.show_wrong and wrong:
        print()
        print('wrong answers (field, file, label, answer):')
        for w in wrong:
            print('  %-6s %s  %r  got %r' % w)
    if a.show_missed and missed:
        print()
        print('missed (field, file, label):')
        for m in missed:
            print('  %-6s %s  %r' % m[:3])
    if a.by_source:
        print_by_source(present, got)
    if a.json:
        out = dict(split=a.split, rows=len(rows), present=len(present),
                   missing=[r['file'] for r in missing], fields=res,
                   wrong=[dict(field=f, file=fn, label=l, answer=an) for f, fn, l, an in wrong])
        txt = json.dumps(out, ensure_ascii=False, indent=1)
        if a.json == '-':
            print(txt)
        else:
            with open(a.json, 'w', encoding='utf-8') as f:
                f.write(txt + '\n')


if __name__ == '__main__':
    main()
