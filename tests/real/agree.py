#!/usr/bin/env python3
"""How often a second reader agrees with labels.tsv on the year.

second-reader-years.tsv holds a second reader's years (file, year,
year_basis, type, note) for pages of labels.tsv, read blind to the first
labels and without plansearch.  Prints the agreement, split by whether the
first reader gave a year; with --plansearch BIN, also what the second
reader says where plansearch gives a year the first reader did not.
Needs the page texts only for --plansearch."""
import argparse, csv, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)


def read(path):
    with open(path, newline='', encoding='utf-8') as f:
        return {r['file']: r for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--plansearch')
    a = ap.parse_args()
    first = read(os.path.join(here, 'labels.tsv'))
    second = read(os.path.join(here, 'second-reader-years.tsv'))
    n = {'with': [0, 0], 'without': [0, 0]}
    for f, s in second.items():
        l = first[f]['year']
        k = 'with' if l else 'without'
        n[k][0] += 1
        n[k][1] += s['year'] == l
    for k in ('with', 'without'):
        print('pages the first reader labelled %s a year: %d, the second agrees on %d'
              % (k, n[k][0], n[k][1]))
    if a.plansearch:
        import score
        rows = [first[f] for f in second]
        res = score.extract(a.plansearch, rows, False)
        got = res[-1] if isinstance(res, tuple) else res
        same = empty = other = 0
        for f, s in second.items():
            y = (got.get(f) or {}).get('year')
            if first[f]['year'] or not y:
                continue
            same += s['year'] == str(y)
            empty += not s['year']
            other += bool(s['year']) and s['year'] != str(y)
        print('where plansearch gives a year and the first reader none: the second '
              'reader gives the same year on %d, none on %d, another on %d' % (same, empty, other))


if __name__ == '__main__':
    main()
