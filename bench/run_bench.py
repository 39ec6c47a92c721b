#!/usr/bin/python3
"""bench/run: plansearch against peer engines on generated corpora.

    run_bench.py [--scales 10,100] [--engines LIST] [--rounds N] [--work DIR]
                 [--build DIR] [--results FILE] [--only-plansearch]

For each scale (MB): generate the corpus (cached in WORK), compute the
ground truth by brute force, then for each engine build an index (wall
time, peak RSS, size on disk) and run the query set in-process (latency
p50/p95/max of per-query medians over ROUNDS timed rounds after a warm-up,
peak RSS, hit sets against the truth).  Each scale's figures go to
WORK/results-<MB>.json; RESULTS.md is written from every results file
present, so scales can be run separately.
"""
import argparse
import datetime
import hashlib
import json
import os
import platform
import subprocess
import sys
import time

import benchlib

BENCH = benchlib.BENCH
ROOT = os.path.dirname(BENCH)
LUCENE_CP = ":".join("/usr/share/java/lucene-%s-4.10.4.jar" % j
                     for j in ("core", "analyzers-common", "queryparser"))
ALL_ENGINES = ["plansearch", "plansearch-index", "plansearch-1w", "groonga", "lucene", "sqlite",
               "xapian", "sphinx", "rg", "grep"]
LABELS = {
    "plansearch": "plansearch (bulk: 2 workers + compaction)",
    "plansearch-index": "plansearch (`plansearch index`: a worker per core + compaction)",
    "plansearch-1w": "plansearch (`plansearch index --jobs 1`, one writer)",
    "groonga": "Groonga 13 TokenBigram + NormalizerAuto",
    "lucene": "Lucene 4.10 CJKAnalyzer",
    "sqlite": "SQLite 3.40 FTS5 trigram",
    "xapian": "Xapian 1.4 TermGenerator CJK ngram",
    "sphinx": "Sphinx 2.2 ngram_len=1 (searchd, SphinxQL)",
    "rg": "ripgrep 13 (no index)",
    "grep": "GNU grep (no index)",
}


def run_measured(args, log):
    """Run a command; return (wall seconds, peak RSS in MB, stdout, CPU
    seconds user + system).  GNU time measures the peak RSS: a child forked
    straight from this process would start with our own resident set as
    its high-water mark (Linux keeps it across exec)."""
    rss_file = log + ".rss"
    gnu_time = os.path.exists("/usr/bin/time")  # Debian package "time"
    if gnu_time:
        args = ["/usr/bin/time", "-o", rss_file, "-f", "%M %U %S"] + args
    t0 = time.perf_counter()
    with open(log, "ab") as lf:
        p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=lf)
        out = p.stdout.read()
        _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("bench: %s failed (see %s)" % (" ".join(args[:3]), log))
    if not gnu_time:  # RSS then has our own as a floor
        return wall, ru.ru_maxrss / 1024.0, out.decode(), ru.ru_utime + ru.ru_stime
    rss_kb, user, system = open(rss_file).read().split()[-3:]
    return wall, int(rss_kb) / 1024.0, out.decode(), float(user) + float(system)


def du(path):
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(dirpath, f)).st_size
            except OSError:
                pass
    return total


def lat_stats(lat):
    meds = sorted(sorted(v)[len(v) // 2] for v in lat.values() if v)
    n = len(meds)
    return {"p50": meds[n // 2], "p95": meds[max(0, -(-n * 95 // 100) - 1)], "max": meds[-1]}


def compare(truth, hits, queries):
    tp = nt = np_ = exact = 0
    wrong = []
    for q in queries:
        t, h = set(truth[q.qid]), set(hits.get(q.qid, []))
        tp += len(t & h)
        nt += len(t)
        np_ += len(h)
        if t == h:
            exact += 1
        else:
            wrong.append("%s(%s)" % (q.qid, q.kind))
    return {"recall": tp / nt if nt else 1.0, "precision": tp / np_ if np_ else 1.0,
            "exact": exact, "queries": len(queries), "wrong": wrong}


def engine_commands(engine, a, corpus, index, hits, lat):
    py = ["/usr/bin/python3", os.path.join(BENCH, "peers.py")]
    qtsv = os.path.join(BENCH, "queries.tsv")
    docs = os.path.join(corpus, "docs")
    psb = os.path.join(a.build, "bench", "bench_plansearch")
    rounds = str(a.rounds)
    if engine == "plansearch":
        return ([psb, "build", "--db", index, "--jobs", "2", docs],
                [psb, "query", "--db", index, "--queries", qtsv, "--hits", hits,
                 "--lat", lat, "--rounds", rounds])
    if engine in ("plansearch-index", "plansearch-1w"):
        # what users run: a build from nothing takes a worker per core
        # (this machine's 2), unless --jobs 1 asks for the one writer
        cli = os.path.join(a.build, "cli", "plansearch")
        jobs = ["--jobs", "1"] if engine == "plansearch-1w" else []
        return (["sh", "-c", 'i=$1 && shift && rm -rf "$i" && mkdir -p "$i" && exec "$@"',
                 "sh", index, cli, "index", "--rebuild", "--quiet", "--db", index] + jobs + [docs],
                [psb, "query", "--db", index, "--queries", qtsv, "--hits", hits,
                 "--lat", lat, "--rounds", rounds])
    if engine == "lucene":
        java = ["java", "-cp", a.classes + ":" + LUCENE_CP, "LuceneBench"]
        return (java + ["build", corpus, index],
                java + ["query", corpus, index, hits, lat, rounds, qtsv])
    return (py + [engine, "build", corpus, index],
            py + [engine, "query", corpus, index, hits, lat, rounds])


def truth_stamp():
    """What a cached truth.hits was computed by: it is recomputed when the
    truth's code or the query set changes."""
    h = hashlib.sha256()
    for name in ("truth.py", "benchlib.py", "queries.tsv"):
        with open(os.path.join(BENCH, name), "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def ensure_truth(corpus):
    """The path of the corpus's ground truth, computed if missing or stale."""
    truth_path = os.path.join(corpus, "truth.hits")
    stamp_path = truth_path + ".stamp"
    stamp = truth_stamp()
    if not os.path.exists(truth_path) or not os.path.exists(stamp_path) \
            or open(stamp_path).read() != stamp:
        print("bench: ground truth", file=sys.stderr)
        subprocess.run(["/usr/bin/python3", os.path.join(BENCH, "truth.py"), corpus,
                        truth_path + ".tmp"], check=True)
        os.rename(truth_path + ".tmp", truth_path)
        with open(stamp_path, "w") as f:
            f.write(stamp)
    return truth_path


def rescore(a, mb):
    """Recompute the hit-set columns of a scale's results from the hits files
    its engines wrote and the current truth (after a change of the truth);
    engines whose hits file is gone keep their figures."""
    work = os.path.join(a.work, "%gMB" % mb)
    res_path = os.path.join(a.work, "results-%g.json" % mb)
    results = json.load(open(res_path))
    truth = benchlib.read_lines(ensure_truth(os.path.join(work, "corpus")))
    queries = benchlib.load_queries()
    for e, r in results["engines"].items():
        hits = os.path.join(work, e + ".hits")
        if os.path.exists(hits):
            r.update(compare(truth, benchlib.read_lines(hits), queries))
            print("bench: %g MB %s rescored: %d/%d exact" % (mb, e, r["exact"], r["queries"]),
                  file=sys.stderr)
    results["truth_hits"] = sum(len(v) for v in truth.values())
    json.dump(results, open(res_path, "w"), indent=1)
    return results


def run_scale(a, mb, engines):
    work = os.path.join(a.work, "%gMB" % mb)
    corpus = os.path.join(work, "corpus")
    log = os.path.join(work, "log.txt")
    os.makedirs(work, exist_ok=True)
    if not os.path.exists(os.path.join(corpus, "manifest.tsv")):
        print("bench: generating %g MB" % mb, file=sys.stderr)
        subprocess.run(["/usr/bin/python3", os.path.join(BENCH, "gen_corpus.py"),
                        "--mb", str(mb), "--out", corpus], check=True)
    truth_path = ensure_truth(corpus)
    manifest = benchlib.load_manifest(corpus)
    corpus_bytes = du(os.path.join(corpus, "docs"))
    queries = benchlib.load_queries()
    truth = benchlib.read_lines(truth_path)
    res_path = os.path.join(a.work, "results-%g.json" % mb)
    results = json.load(open(res_path)) if os.path.exists(res_path) else {}
    results.update({"mb": mb, "docs": len(manifest), "corpus_bytes": corpus_bytes,
                    "truth_hits": sum(len(v) for v in truth.values())})
    results.setdefault("engines", {})
    # rows kept from an earlier invocation make the table a mixed one
    results["mixed"] = results.get("mixed", False) or any(
        e not in engines for e in results["engines"])
    for e in engines:
        print("bench: %g MB %s" % (mb, e), file=sys.stderr)
        index = os.path.join(work, "index-" + e)
        hits = os.path.join(work, e + ".hits")
        lat = os.path.join(work, e + ".lat")
        build_cmd, query_cmd = engine_commands(e, a, corpus, index, hits, lat)
        load0 = os.getloadavg()[0]
        bt, brss, _, bcpu = run_measured(["nice"] + build_cmd, log)
        size = du(index)
        qt, qrss, _, _ = run_measured(query_cmd, log)
        r = {"build_s": bt, "build_cpu_s": bcpu, "mb_s": corpus_bytes / 1e6 / bt, "index_bytes": size,
             "index_ratio": size / corpus_bytes, "build_rss_mb": brss, "query_rss_mb": qrss,
             "load_before": load0, "load_after": os.getloadavg()[0]}
        r.update(lat_stats({k: [float(x) for x in v]
                            for k, v in benchlib.read_lines(lat).items()}))
        r.update(compare(truth, benchlib.read_lines(hits), queries))
        if e.startswith("plansearch"):
            # the same queries returning ids and the total only, as the
            # peers do: what snippets cost
            run_measured(query_cmd + ["--snippets", "0"], log)
            ids = lat_stats({k: [float(x) for x in v]
                             for k, v in benchlib.read_lines(lat).items()})
            r.update({"ids_" + k: v for k, v in ids.items()})
            # and as the CLI answers by default: near-duplicates folded,
            # which needs every match's fingerprint for an exact total
            run_measured(query_cmd + ["--fold", "1"], log)
            fold = lat_stats({k: [float(x) for x in v]
                              for k, v in benchlib.read_lines(lat).items()})
            r.update({"fold_" + k: v for k, v in fold.items()})
        results["engines"][e] = r
        print("bench: %s" % json.dumps(r)[:300], file=sys.stderr)
        if not a.keep:
            subprocess.run(["rm", "-rf", index])
        json.dump(results, open(res_path, "w"), indent=1)
    results["date"] = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
    json.dump(results, open(res_path, "w"), indent=1)
    return results


def machine():
    cpu = "unknown CPU"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = int(open("/proc/meminfo").readline().split()[1]) / 1024 / 1024
    return "%s, %d cores, %.0f GB RAM, Linux %s, Debian %s" % (
        cpu, os.cpu_count(), mem, platform.release(),
        open("/etc/debian_version").read().strip())


def table(res):
    rows = ["| engine | build s | build CPU s | MB/s | index MB | index / corpus | build RSS MB | "
            "query RSS MB | p50 ms | p95 ms | max ms | recall | precision | exact sets |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for e in ALL_ENGINES:
        r = res["engines"].get(e)
        if not r:
            continue
        if e in ("rg", "grep"):  # nothing to build
            build = "— | — | — | — | — | — "
        else:
            build = "%.1f | %s | %.2f | %.1f | %.2f× | %.0f " % (
                r["build_s"], "%.1f" % r["build_cpu_s"] if "build_cpu_s" in r else "?",
                r["mb_s"], r["index_bytes"] / 1e6, r["index_ratio"], r["build_rss_mb"])
        rows.append("| %s | %s| %.0f | %.2f | %.2f | %.2f | %.4f | %.4f | %d/%d |" % (
            LABELS[e], build, r["query_rss_mb"], r["p50"], r["p95"], r["max"],
            r["recall"], r["precision"], r["exact"], r["queries"]))
        if "ids_p50" in r:
            rows.append("| … same index, ids + total only (as the peers) | | | | | | | | "
                        "%.2f | %.2f | %.2f | | | |" % (r["ids_p50"], r["ids_p95"], r["ids_max"]))
        if "fold_p50" in r:
            rows.append("| … same index, near-duplicates folded (the CLI's default) | | | | | | "
                        "| | %.2f | %.2f | %.2f | | | |" % (
                            r["fold_p50"], r["fold_p95"], r["fold_max"]))
    return "\n".join(rows)


def misses(res):
    out = []
    for e in ALL_ENGINES:
        r = res["engines"].get(e)
        if r and r["wrong"]:
            out.append("- %s: %s" % (LABELS[e], ", ".join(r["wrong"])))
    return "\n".join(out) or "- none"


def write_results(a):
    scales = []
    for f in sorted(os.listdir(a.work)):
        if f.startswith("results-") and f.endswith(".json"):
            scales.append(json.load(open(os.path.join(a.work, f))))
    scales.sort(key=lambda r: r["mb"])
    head = open(os.path.join(BENCH, "RESULTS.head.md"), encoding="utf-8").read()
    parts = [head.replace("@MACHINE@", machine())]
    for r in scales:
        when = ("last run %s; rows from more than one invocation, see the notes at the end"
                if r.get("mixed") else "run %s") % r.get("date", "?")
        parts.append("## %g MB: %d documents, %.1f MB of text (%s)\n\n%s\n\n"
                     "Queries whose hit set differs from the truth:\n\n%s\n" % (
                         r["mb"], r["docs"], r["corpus_bytes"] / 1e6, when,
                         table(r), misses(r)))
    with open(a.results, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
        tail = os.path.join(BENCH, "RESULTS.tail.md")
        if os.path.exists(tail):
            f.write("\n" + open(tail, encoding="utf-8").read())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scales", default="10,100")
    ap.add_argument("--engines", default=",".join(ALL_ENGINES))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(ROOT, "build-bench", "bench-work"))
    ap.add_argument("--build", default=os.path.join(ROOT, "build-bench"))
    ap.add_argument("--results", default=os.path.join(BENCH, "RESULTS.md"))
    ap.add_argument("--keep", action="store_true", help="keep the indexes")
    ap.add_argument("--report-only", action="store_true")
    ap.add_argument("--rescore", action="store_true",
                    help="with --report-only: recompute hit-set columns from the"
                    " engines' hits files against the current truth")
    ap.add_argument("--check-exact", action="store_true",
                    help="exit 1 unless every engine run found every exact hit set")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    engines = [e for e in a.engines.split(",") if e]
    scales = []
    if a.report_only and a.rescore:
        scales = [rescore(a, float(mb)) for mb in a.scales.split(",")]
    if not a.report_only:
        if "lucene" in engines:
            a.classes = os.path.join(a.work, "classes")
            os.makedirs(a.classes, exist_ok=True)
            subprocess.run(["javac", "-nowarn", "-d", a.classes, "-cp", LUCENE_CP,
                            os.path.join(BENCH, "LuceneBench.java")], check=True,
                           stderr=subprocess.DEVNULL)
        scales = [run_scale(a, float(mb), engines) for mb in a.scales.split(",")]
    for res in scales if a.check_exact else []:
        for e in engines:
            r = res["engines"][e]
            if r["exact"] != r["queries"]:
                sys.exit("bench: %s: %d of %d hit sets differ from the truth: %s" % (
                    e, r["queries"] - r["exact"], r["queries"], " ".join(r["wrong"])))
    write_results(a)


if __name__ == "__main__":
    main()
