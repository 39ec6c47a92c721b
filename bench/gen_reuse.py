#!/usr/bin/env python3
"""A generated plan corpus with planted copying between levels, for bench/run-reuse.

    gen_reuse.py --mb SIZE --out DIR [--seed N] [--share 0.15]

The plans are gen_corpus.py's (same generator: real clauses of the bundled
plans, which recur across the corpus as stock phrases do, dictionary words,
themes by year, 5% traditional script, 3% web noise).  Then a share of the
county-level plans (targets) each copy 1 to 3 passages of 40 to 300
characters from an earlier city-level plan (a source), as a paragraph of
their own or inside one of theirs.  Sources are never targets and targets
never sources, so that no copying is indirect.  Copying happens before a
target is converted to traditional script or given web noise, so some
copies are traditional copies of simplified passages.

Writes DIR/docs/... (as gen_corpus.py) and DIR/planted.tsv: target id,
source id, the passage as the source wrote it (simplified).
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_corpus  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20122)
    ap.add_argument("--share", type=float, default=0.15, help="share of county plans copying")
    a = ap.parse_args()
    g = gen_corpus.Generator(a.seed)
    r = g.rng
    target = int(a.mb * 1e6)
    docs, total = [], 0
    while total < target:
        d = g.document(len(docs))
        d["id"] = f"{len(docs) // 1000:03d}/{len(docs):06d}.txt"
        d["city"] = d["code"].endswith("00")
        total += len(d["text"].encode("utf-8"))
        docs.append(d)
    sources = [d for d in docs if d["city"]]
    planted = []
    for d in docs:
        if d["city"] or r.random() >= a.share:
            continue
        earlier = [s for s in sources if s["year"] < d["year"]]
        if not earlier:
            continue
        lines = d["text"].split("\n")
        for _ in range(r.randint(1, 3)):
            s = r.choice(earlier)
            paras = [p for p in s["text"].split("\n")[2:-4] if len(p) >= 60]
            if not paras:
                continue
            p = r.choice(paras)
            n = r.randint(40, min(300, len(p)))
            start = r.randint(0, len(p) - n)
            passage = p[start:start + n]
            # a paragraph of its own, or inside one of the target's paragraphs
            at = r.randint(3, max(3, len(lines) - 5))
            if r.random() < 0.5 or not lines[at]:
                lines.insert(at, passage)
            else:
                cut = r.randint(0, len(lines[at]))
                lines[at] = lines[at][:cut] + passage + lines[at][cut:]
            planted.append((d["id"], s["id"], passage))
        d["text"] = "\n".join(lines)
    os.makedirs(os.path.join(a.out, "docs"), exist_ok=True)
    trad = gen_corpus.to_traditional([d["text"] for d in docs if d["trad"]])
    for d in docs:
        if d["trad"]:
            d["text"] = trad.pop(0)
        if d["noisy"]:
            d["text"] = g.add_noise(d["text"])
        path = os.path.join(a.out, "docs", d["id"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(d["text"])
    with open(os.path.join(a.out, "planted.tsv"), "w", encoding="utf-8") as f:
        f.write("target\tsource\tpassage\n")
        for t, s, p in planted:
            f.write(f"{t}\t{s}\t{p}\n")
    print(f"gen_reuse: {len(docs)} documents, {total / 1e6:.1f} MB, {len(planted)} planted "
          f"passages in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
