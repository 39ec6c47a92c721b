#!/usr/bin/env python3
"""What Xapian alone needs for plansearch's phrase queries: the floor under
plansearch's query latency on its own index format.

    bench/xapian_floor.py INDEX_DIR [QUERIES.tsv]

Takes the distinct queries of bench/queries.tsv made only of Han characters
(filters dropped, traditional script folded by OpenCC t2s as plansearch
folds it), builds the Xapian query searcher/query.c compiles for them
(index format 2: FILTER(AND of the bigrams, PHRASE of one unigram per
character)), and times Enquire.get_mset(0, 10, every document) with python3-
xapian, without any of plansearch's own work (records, snippets, title boost,
tie order).  Variants:

  phrase check, BoolWeight     the exact hit sets, nothing else
  phrase check, BM25           ... with plansearch's weighting
  bigrams only, BoolWeight     the same candidates without the positional
                               check (not exact: every document with the
                               bigrams, wherever they are)

Then, for each single-phrase query of 3 or more characters, how many
documents have every bigram (candidates) and how many of them have the
phrase: the positional check confirms nearly every candidate, so for an
exact total it cannot stop early.
"""
import statistics
import subprocess
import sys
import time

import xapian

Q = xapian.Query
ROUNDS = 5


def is_han(s):
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def phrase(s):
    if len(s) == 1:
        return Q(s)
    bigrams = [Q(s[i:i + 2], 1, i + 1) for i in range(len(s) - 1)]
    unigrams = [Q(c, 1, i + 1) for i, c in enumerate(s)]
    return Q(Q.OP_FILTER, Q(Q.OP_AND, bigrams), Q(Q.OP_PHRASE, unigrams))


def bigrams_only(s):
    if len(s) == 1:
        return Q(s)
    return Q(Q.OP_AND, [Q(s[i:i + 2]) for i in range(len(s) - 1)])


def compile_query(terms, make):
    return make(terms[0]) if len(terms) == 1 else Q(Q.OP_AND, [make(t) for t in terms])


def timed(db, query, weight):
    e = xapian.Enquire(db)
    e.set_query(query)
    e.set_weighting_scheme(weight)
    n = db.get_doccount()
    e.get_mset(0, 10, n)  # warm-up
    ts = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        e.get_mset(0, 10, n)
        ts.append(time.perf_counter() - t0)
    return statistics.median(ts) * 1000


def main():
    db = xapian.Database(sys.argv[1])
    qpath = sys.argv[2] if len(sys.argv) > 2 else __file__.rsplit("/", 1)[0] + "/queries.tsv"
    texts = [line.split("\t")[2] for line in open(qpath, encoding="utf-8")
             if line.strip() and not line.startswith("#")]
    folded = subprocess.run(["opencc", "-c", "t2s.json"], input="\n".join(texts).encode(),
                            stdout=subprocess.PIPE, check=True).stdout.decode().split("\n")
    queries = []
    for text in folded:
        terms = text.split()
        if terms and all(is_han(t) for t in terms) and terms not in queries:
            queries.append(terms)
    variants = [("phrase check, BoolWeight", phrase, xapian.BoolWeight),
                ("phrase check, BM25", phrase, xapian.BM25Weight),
                ("bigrams only, BoolWeight", bigrams_only, xapian.BoolWeight)]
    print("%d queries of Han characters only, %d documents, median of %d rounds each"
          % (len(queries), db.get_doccount(), ROUNDS))
    print("| Xapian query | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|")
    for label, make, weight in variants:
        lat = sorted(timed(db, compile_query(t, make), weight()) for t in queries)
        print("| %s | %.2f | %.2f | %.2f |" % (label, lat[len(lat) // 2],
                                              lat[int(len(lat) * 0.95)], lat[-1]))
    print("\n| phrase | candidates (every bigram) | hits (phrase) |\n|---|---:|---:|")
    for terms in queries:
        if len(terms) != 1 or len(terms[0]) < 3:
            continue
        e = xapian.Enquire(db)
        e.set_weighting_scheme(xapian.BoolWeight())
        counts = []
        for make in (bigrams_only, phrase):
            e.set_query(make(terms[0]))
            counts.append(e.get_mset(0, 0, db.get_doccount()).get_matches_estimated())
        print("| %s | %d | %d |" % (terms[0], counts[0], counts[1]))


if __name__ == "__main__":
    main()
