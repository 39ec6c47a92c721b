#!/usr/bin/env python3
"""Start-up of one search as a user runs it (issue 18): a whole process,
`plansearch QUERY --count`, timed from spawn to exit.

    startup.py --plansearch BIN --db INDEX [--runs N] [--other NAME=BIN ...]
               [--groonga DB] [--sqlite FILE] [--nohit Q] [--hit Q]

Each command runs --runs times (after three warm-up runs), the commands in
turn (A B C A B C ...) so that a change in the machine's load falls on all
of them alike.  Wall time is measured around posix_spawn .. wait4, CPU time
(user + system) is the child's own from wait4.  Printed: a Markdown table of
median and 90th-percentile wall and median CPU per command, with /bin/true
as the floor of starting any process this way.  Nothing is asserted: the
figures are for RESULTS.md.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def spawn_time(argv):
    """(wall s, cpu s, exit status, output) of one run of argv."""
    r, w = os.pipe()
    devnull = os.open(os.devnull, os.O_WRONLY)
    t0 = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, w, 1),
                                       (os.POSIX_SPAWN_DUP2, devnull, 2),
                                       (os.POSIX_SPAWN_CLOSE, r)])
    os.close(w)
    out = b""
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        out += chunk
    _, status, ru = os.wait4(pid, 0)
    wall = time.perf_counter() - t0
    os.close(r)
    os.close(devnull)
    return wall, ru.ru_utime + ru.ru_stime, os.waitstatus_to_exitcode(status), out


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--plansearch", required=True, help="the plansearch binary")
    ap.add_argument("--db", required=True, help="its index")
    ap.add_argument("--other", action="append", default=[],
                    help="NAME=BIN: another plansearch binary on the same index")
    ap.add_argument("--groonga", help="a Groonga database of the same corpus (bench/peers.py)")
    ap.add_argument("--sqlite", help="an SQLite FTS5 file of the same corpus (bench/peers.py)")
    ap.add_argument("--nohit", default="区块链工会", help="a query with no hits")
    ap.add_argument("--hit", default="集体协商", help="a query with hits")
    ap.add_argument("--runs", type=int, default=31)
    a = ap.parse_args()

    cmds = []  # (label, argv, expect_nonzero_count)
    bins = [("plansearch", os.path.abspath(a.plansearch))]
    for o in a.other:
        name, _, path = o.partition("=")
        bins.append((name, os.path.abspath(path)))
    for name, b in bins:
        cmds.append(("%s `%s --count` (no hit)" % (name, a.nohit),
                     [b, "--db", a.db, a.nohit, "--count"], False))
        cmds.append(("%s `%s --count`" % (name, a.hit),
                     [b, "--db", a.db, a.hit, "--count"], True))
    if a.groonga:
        g = "/usr/bin/groonga"
        for q, hit in ((a.nohit, False), (a.hit, True)):
            cmds.append(("groonga CLI `select --query %s --limit 0`%s" % (q, "" if hit else " (no hit)"),
                         [g, a.groonga, "select", "Docs", "--match_columns", "body",
                          "--query", q, "--limit", "0", "--cache", "no"], hit))
    if a.sqlite:
        s = "/usr/bin/sqlite3"
        for q, hit in ((a.nohit, False), (a.hit, True)):
            cmds.append(("sqlite3 CLI FTS5 trigram count(*) MATCH %s%s" % (q, "" if hit else " (no hit)"),
                         [s, a.sqlite,
                          "SELECT count(*) FROM docs WHERE docs MATCH 'body:\"%s\"'" % q], hit))
    cmds.append(("/bin/true (the floor: spawning any process)", ["/bin/true"], None))

    # warm-up, and a check that each query is what its label says
    for label, argv, hit in cmds:
        for _ in range(3):
            _, _, st, out = spawn_time(argv)
        if hit is None:
            continue
        text = out.decode("utf-8", "replace")
        try:  # Groonga: [[status…],[[[COUNT],[columns…]]]]; the others: COUNT
            count = int(text.split("[[[")[1].split("]")[0] if "[[[" in text else text.strip())
        except ValueError:
            count = -1
        if count < 0 or (count > 0) != hit:
            sys.exit("startup.py: %s: unexpected answer %r (exit %d)" % (label, text[:200], st))

    walls = {c[0]: [] for c in cmds}
    cpus = {c[0]: [] for c in cmds}
    for _ in range(a.runs):
        for label, argv, _ in cmds:
            w, c, _, _ = spawn_time(argv)
            walls[label].append(w)
            cpus[label].append(c)

    print("| command | median wall ms | p90 wall ms | median CPU ms |")
    print("|---|---:|---:|---:|")
    for label, _, _ in cmds:
        print("| %s | %.1f | %.1f | %.1f |" % (
            label, 1e3 * statistics.median(walls[label]), 1e3 * pct(walls[label], 90),
            1e3 * statistics.median(cpus[label])))
    print("\n%d runs each, interleaved, after 3 warm-up runs; load average %.2f at the end."
          % (a.runs, os.getloadavg()[0]))


if __name__ == "__main__":
    main()
