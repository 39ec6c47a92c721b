#!/usr/bin/env python3
"""How often two readers agree: labels.tsv against a second, independent reading.

A second reader labelled a sample of tuning pages again without seeing the first
labels (second-reading-*.tsv, same columns).  Agreement between two careful
readers is the ceiling a program scored against one of them can be held to.

Usage: tests/real/agree.py [--plansearch BIN] [SECOND.tsv ...]
       (default: every second-reading-*.tsv; second-reader-years.tsv, a reading
       of the year alone, is named on the command line)

Per field it prints the pages both readers gave a value and agreed on, the pages
where they gave different values, and where only one of them gave a value.
For year, province, full place and level (the fields scored as "right on
labelled pages" and "wrong among answers") it also prints the measure
score.py uses, with the first reading as the truth and the second as the answer.
With --plansearch it also runs plansearch over those pages (their texts must be
present) and says what the second reader gave where plansearch gives a year the
first reader did not: whether such "wrong" years are the program's or the label's.
"""
import csv
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read(path):
    with open(path, encoding='utf-8', newline='') as f:
        return {r['file']: {k: (v or '').strip() for k, v in r.items() if k}
                for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)}


def value(r, field):
    v = r.get(field, '')
    if field == 'region':
        return '' if v in ('', 'unknown') else v
    if field == 'province':
        v = value(r, 'region')
        return v.split('/')[0] if v else ''
    return v


def main():
    args = sys.argv[1:]
    plansearch = None
    if '--plansearch' in args:
        i = args.index('--plansearch')
        if i + 1 >= len(args):
            sys.exit('agree.py: --plansearch needs the program')
        plansearch = args[i + 1]
        del args[i:i + 2]
    seconds = args or sorted(glob.glob(os.path.join(HERE, 'second-reading-*.tsv')))
    if not seconds:
        sys.exit('agree.py: no second-reading-*.tsv in ' + HERE)
    first = read(os.path.join(HERE, 'labels.tsv'))
    pairs = []
    for path in seconds:
        for f, r in read(path).items():
            if f not in first:
                sys.exit('agree.py: %s: %s is not in labels.tsv' % (path, f))
            pairs.append((first[f], r))
    print('pages read twice: %d (%s)' % (len(pairs), ', '.join(os.path.basename(p) for p in seconds)))
    print('%-9s %6s %9s %8s %11s %12s' % ('field', 'agree', 'disagree', 'both -', 'only first', 'only second'))
    for field in ('year', 'province', 'region', 'level', 'type'):
        agree = disagree = none = only1 = only2 = 0
        for a, b in pairs:
            x, y = value(a, field), value(b, field)
            if x and y:
                agree += x == y
                disagree += x != y
            elif x:
                only1 += 1
            elif y:
                only2 += 1
            else:
                none += 1
        print('%-9s %6d %9d %8d %11d %12d' % (field, agree, disagree, none, only1, only2))
        if field != 'type':
            labelled, answered = agree + disagree + only1, agree + disagree + only2
            print('          second as answer: right on %d/%d labelled (%.0f%%), wrong %d/%d answers (%.0f%%)'
                  % (agree, labelled, 100.0 * agree / max(labelled, 1),
                     disagree + only2, answered, 100.0 * (disagree + only2) / max(answered, 1)))
        else:
            print('          second as answer: right on %d/%d (%.0f%%)'
                  % (agree, len(pairs), 100.0 * agree / len(pairs)))
    if plansearch:
        years_by_plansearch(plansearch, pairs)


def years_by_plansearch(plansearch, pairs):
    """Where plansearch gives a year the first reader did not, what the second gave."""
    sys.path.insert(0, HERE)
    import score
    rows = [a for a, _ in pairs]
    res = score.extract(plansearch, rows, False)
    got = res[-1] if isinstance(res, tuple) else res
    same = none = other = 0
    for a, b in pairs:
        y = (got.get(a['file']) or {}).get('year')
        if a.get('year') or not y:
            continue
        second = b.get('year', '')
        same += second == str(y)
        none += not second
        other += bool(second) and second != str(y)
    print('plansearch gives a year the first reader did not: the second reader gives '
          'the same year on %d, none on %d, another on %d' % (same, none, other))


if __name__ == '__main__':
    main()
