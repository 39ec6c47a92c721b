#!/usr/bin/env python3
"""Ground truth of the query set by brute force: every document is
normalized (benchlib.Normalizer, independent of cjk/) and searched for every
term of every query; the query's year/region filters apply to the metadata
the generator wrote in manifest.tsv.

    truth.py CORPUS OUT.hits
"""
import sys

import benchlib


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    queries = benchlib.load_queries()
    norm = benchlib.Normalizer()
    pats = [[norm.term_pattern(t) for t in q.terms] for q in queries]
    hits = {q.qid: [] for q in queries}
    for docid, year, code in benchlib.load_manifest(corpus):
        text = norm(benchlib.read_doc(corpus, docid))
        for q, ps in zip(queries, pats):
            if q.accepts(year, code) and all(
                    (lit in text) and p.search(text) for lit, p in ps):
                hits[q.qid].append(docid)
    benchlib.write_lines(out, [(q.qid, hits[q.qid]) for q in queries])


if __name__ == "__main__":
    main()
