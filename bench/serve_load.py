#!/usr/bin/python3
"""Load test of plansearch serve (issue 16): N concurrent clients on
loopback, each sending M mixed requests (search, filtered search, facets,
show, compare, kwic, stats), counting errors and timing each answer.

    bench/serve_load.py [--plansearch build/cli/plansearch] [--mb 10]
                        [--clients 64] [--requests 200] [--readers 4]
                        [--out bench/SERVE_LOAD.md]

Builds an index of a generated corpus (bench/gen_corpus.py, --mb MB; 0 =
the bundled plans), starts the server on a free port, runs the clients
(one thread each, a new connection per request, as a browser tab's fetches
after a keep-alive timeout), and writes p50/p95/max per kind of request.
Nothing is asserted: errors are counted and reported."""
import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "web"))

ap = argparse.ArgumentParser()
ap.add_argument("--plansearch", default=os.path.join(ROOT, "build", "cli", "plansearch"))
ap.add_argument("--mb", type=float, default=10)
ap.add_argument("--clients", type=int, default=64)
ap.add_argument("--requests", type=int, default=200)
ap.add_argument("--readers", type=int, default=4)
ap.add_argument("--work", default=None, help="folder for the corpus and index (kept)")
ap.add_argument("--out", default=os.path.join(HERE, "SERVE_LOAD.md"))
ap.add_argument("--append", action="store_true", help="add this run's section to --out")
args = ap.parse_args()
os.environ["PLANSEARCH"] = os.path.abspath(args.plansearch)
os.environ.setdefault("PS_SOURCE_DIR", ROOT)
import servelib  # noqa: E402

work = args.work or tempfile.mkdtemp(prefix="ps-serve-load.")
db = os.path.join(work, "db")
if not os.path.exists(db):
    if args.mb > 0:
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), "--mb", str(args.mb),
                        "--out", os.path.join(work, "corpus")], check=True)
        src = os.path.join(work, "corpus", "docs")
    else:
        src = os.path.join(ROOT, "corpus", "plans")
    subprocess.run([args.plansearch, "index", "--db", db, "--quiet", src], check=True)

TERMS = ["集体协商", "职工之家", "两个普遍", "女职工", "劳动竞赛", "送温暖", "安全生产", "工资集体协商",
         "农民工", "困难职工", "技能", "厂务公开", "中国梦", "乡村振兴", "疫情"]
YEARS = ["2010", "2012..2015", "2018..", "..2009", "2016"]
REGIONS = ["四川", "北京", "广东", "河南", "浙江省"]

srv = servelib.Server("--db", db, "--readers", str(args.readers))
ids = [h["id"] for h in json.loads(srv.get("/api/search?" + urllib.parse.urlencode(
    {"q": "工会", "limit": 200}))[2])["hits"]] or ["none"]


def pick(rng):
    """A request of one kind: (kind, path)."""
    r = rng.random()
    q = rng.choice(TERMS)
    if r < 0.30:
        return "search", "/api/search?" + urllib.parse.urlencode({"q": q})
    if r < 0.50:
        return "search+filters", "/api/search?" + urllib.parse.urlencode(
            {"q": q, "year": rng.choice(YEARS), "region": rng.choice(REGIONS), "sort": "-year"})
    if r < 0.70:
        return "search+facets", "/api/search?" + urllib.parse.urlencode(
            {"q": q, "facet": "year,province,level,sector", "offset": rng.choice([0, 10])})
    if r < 0.85:
        return "show", "/api/show?" + urllib.parse.urlencode({"id": rng.choice(ids)})
    if r < 0.95:
        return "compare", "/api/compare?" + urllib.parse.urlencode(
            [("term", q), ("term", rng.choice(TERMS)), ("by", rng.choice(["year", "province", "level"]))])
    return "kwic", "/api/kwic?" + urllib.parse.urlencode({"q": q, "limit": 20})


times = {}
errors = []
lock = threading.Lock()


def client(n):
    rng = random.Random(n)
    mine = {}
    errs = []
    for _ in range(args.requests):
        kind, path = pick(rng)
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(srv.base + path, timeout=120) as r:
                r.read()
                ok = r.status == 200
        except urllib.error.HTTPError as e:
            ok = False
            errs.append("%s %d %s" % (path, e.code, e.read()[:100]))
        except Exception as e:  # noqa: BLE001 - every failure is an error to report
            ok = False
            errs.append("%s %r" % (path, e))
        if ok:
            mine.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
    with lock:
        for k, v in mine.items():
            times.setdefault(k, []).extend(v)
        errors.extend(errs)


load_before = os.getloadavg()[0]
t0 = time.perf_counter()
threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - t0
code = srv.stop()


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


allv = [x for v in times.values() for x in v]
rows = []
for k in ["search", "search+filters", "search+facets", "show", "compare", "kwic"]:
    v = times.get(k, [])
    if v:
        rows.append("| %s | %d | %.1f | %.1f | %.1f |" % (k, len(v), pct(v, 50), pct(v, 95), max(v)))
rows.append("| **all** | %d | %.1f | %.1f | %.1f |" % (len(allv), pct(allv, 50), pct(allv, 95), max(allv)))
docs = json.loads(subprocess.run([args.plansearch, "stats", "--db", db, "--json"], capture_output=True).stdout)
report = """## %d client%s

`bench/serve_load.py --mb %s --clients %d --requests %d --readers %d` on %s
(%d CPUs, load average %.1f when it started: the machine is shared with
other builds), %s UTC.  Index: %s corpus, %d plans.  %d clients on loopback,
each sending %d requests one after another (30%% search, 20%% search with
year + region filters and year order, 20%% search with four facets, 15%%
show, 10%% compare of two terms, 5%% KWIC), each on a new connection.

Requests: %d answered in %.1f s (%.0f per second); **errors: %d**; the
server stopped cleanly on SIGINT: %s.

| request | n | p50 ms | p95 ms | max ms |
|---|---:|---:|---:|---:|
%s
""" % (args.clients, "" if args.clients == 1 else "s", args.mb, args.clients, args.requests, args.readers, platform.machine(),
       os.cpu_count(), load_before, time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
       "a generated %s MB" % args.mb if args.mb > 0 else "the bundled", docs["plans"], args.clients,
       args.requests, len(allv) + len(errors), wall, (len(allv) + len(errors)) / wall, len(errors),
       "yes" if code == 0 else "no (exit %s)" % code, "\n".join(rows))
if errors:
    report += "\nFirst errors:\n\n" + "\n".join("    " + e for e in errors[:10]) + "\n"
HEAD = """# plansearch serve under load

Written by `bench/serve_load.py`; nothing here is asserted by the tests.
Each request holds one of the server's `--readers` index readers while it
runs, so with more clients than readers the time of a request is mostly
its wait for a reader: by Little's law, 64 clients at R requests per second
wait about 64 / R seconds each.  The one-client run shows what a single
user of the page waits for.

"""
with open(args.out, "a" if args.append else "w") as f:
    f.write(report if args.append else HEAD + report)
print(report)
sys.exit(0)
