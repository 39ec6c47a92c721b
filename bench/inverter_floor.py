#!/usr/bin/env python3
"""Driver of bench/run-inverter-floor (see there and inverter_floor.cc).

    inverter_floor.py FLOOR_BINARY CORPUS_DIR [WORKDIR]

Prints, for each step, wall seconds, CPU seconds (user + system of every
process of the step), the index size and the load average before it.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))


def du(path):
    total = 0
    for d, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(d, f))
    return total


def timed(cmds):
    """Run the commands in parallel; (wall s, CPU s of all)."""
    t0 = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for c in cmds]
    cpu = 0.0
    outs = []
    for p in procs:
        out = p.stdout.read().decode()
        _, status, ru = os.wait4(p.pid, 0)
        if status != 0:
            sys.exit("failed: %s: %s" % (" ".join(p.args[:3]), out[-500:]))
        cpu += ru.ru_utime + ru.ru_stime
        outs.append(out.strip())
    return time.perf_counter() - t0, cpu, outs


def main():
    floor, corpus = sys.argv[1], sys.argv[2]
    work = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp(prefix="inverter-floor.")
    os.makedirs(work, exist_ok=True)
    docs = os.path.join(corpus, "docs")
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(docs) for f in fs)
    listfile = os.path.join(work, "files")
    with open(listfile, "w") as f:
        f.write("\n".join(files) + "\n")
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    print("corpus: %d files, %.1f MB" % (len(files), mb))
    for label, extra in (("bigrams, no positions", []), ("bigrams with positions", ["--positions"])):
        dbs = [os.path.join(work, "db%d" % i) for i in (1, 2)]
        for d in dbs:
            shutil.rmtree(d, ignore_errors=True)
        load = os.getloadavg()[0]
        wall, cpu, outs = timed([[floor] + extra + ["--part", "%d/2" % (i + 1), dbs[i], listfile]
                                 for i in range(2)])
        size = sum(du(d) for d in dbs)
        print("Xapian, %s, 2 processes: wall %.1f s, CPU %.1f s, %.2f MB/s, index %.1f MB "
              "(uncompacted), load before %.2f; %s" % (label, wall, cpu, mb / wall, size / 1e6,
                                                      load, " | ".join(outs)))
        for d in dbs:
            shutil.rmtree(d, ignore_errors=True)
    gidx = os.path.join(work, "groonga")
    shutil.rmtree(gidx, ignore_errors=True)
    load = os.getloadavg()[0]
    wall, cpu, _ = timed([["/usr/bin/python3", os.path.join(BENCH, "peers.py"), "groonga",
                           "build", corpus, gidx]])
    print("Groonga 13 (bench/peers.py build): wall %.1f s, CPU %.1f s, %.2f MB/s, index %.1f MB, "
          "load before %.2f" % (wall, cpu, mb / wall, du(gidx) / 1e6, load))
    shutil.rmtree(gidx, ignore_errors=True)


if __name__ == "__main__":
    main()
