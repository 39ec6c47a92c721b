#!/usr/bin/env python3
"""List the labelled pages whose text is not in tests/real/pages/, for a restorer.

Page texts are third-party and stay out of git, so a new checkout has none of
them.  They come back from the search service's `pages` corpus (RESTORE.md
says how): this prints the rows still to restore, newest labelling batch
first, with what a query needs (title, org, region, the label's notes), and
splits them among restorers so that several can work at once without
meeting.

Usage: tests/real/restore.py [--job K --jobs N] [--count M] [--gave-up FILE]

Rows listed in the gave-up file (a file name per line, first column; the
committed tests/real/restore-missing.txt by default) are skipped: three
searches did not find them.
"""
import argparse
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--job', type=int, default=1, help='this restorer (1..jobs)')
    ap.add_argument('--jobs', type=int, default=1, help='how many restorers share the rows')
    ap.add_argument('--count', type=int, default=10, help='rows to print (0: all)')
    ap.add_argument('--gave-up', default=os.path.join(HERE, 'restore-missing.txt'))
    a = ap.parse_args()
    if not 1 <= a.job <= a.jobs:
        ap.error('--job must be between 1 and --jobs')
    with open(os.path.join(HERE, 'labels.tsv'), encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    gave_up = set()
    if os.path.exists(a.gave_up):
        with open(a.gave_up, encoding='utf-8') as f:
            gave_up = {l.split('\t')[0].strip() for l in f if l.strip()}
    # newest batch first: the sets labelled under the latest rules, which
    # labels.tsv lists last (AA and AB come after Z)
    rank = {}
    for r in rows:
        rank.setdefault(r['set'], len(rank))
    rows.sort(key=lambda r: (-rank[r['set']], r['file']))
    mine = [r for i, r in enumerate(rows) if i % a.jobs == a.job - 1]
    pages = os.path.join(HERE, 'pages')
    left = [r for r in mine
            if r['file'] not in gave_up and not os.path.exists(os.path.join(pages, r['file']))]
    print('%d of %d rows present or given up; %d left' % (len(mine) - len(left), len(mine), len(left)))
    for r in left[:a.count or None]:
        print('\t'.join((r['file'], r['url'], r['title'], r['org'], r['region'],
                         r['notes'][:200])))


if __name__ == '__main__':
    main()
