#!/usr/bin/env python3
"""Ground truth of the query set by brute force: every document is
normalized (benchlib.Normalizer, independent of cjk/) and searched for every
term of every query; the query's year/region filters apply to the metadata
the generator wrote in manifest.tsv.  The page chrome the generator puts
around noisy documents (breadcrumb, footer with a click count) is not
searched: it is not the plan's text.

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
    for docid, year, code, _, noisy in benchlib.manifest_rows(corpus):
        text = benchlib.read_doc(corpus, docid)
        text = norm(benchlib.page_content(text) if noisy else text)
        for q, ps in zip(queries, pats):
            if q.accepts(year, code) and all(
                    (lit in text) and p.search(text) for lit, p in ps):
                hits[q.qid].append(docid)
    benchlib.write_lines(out, [(q.qid, hits[q.qid]) for q in queries])


if __name__ == "__main__":
    main()
