#!/usr/bin/env bash
# README's examples run against the program, so they cannot drift from it:
# every `$ plansearch …` command of its code blocks runs (exit 0 or 1, never
# an error), and where the block shows output, the program prints exactly
# that (paths shown as …/corpus/plans/); every query of the query-language
# table and every concrete option of the search-options table is accepted;
# the `check` line quoted is what check prints; every option of the Usage
# block is one `--help` knows.  Runs on the index of the bundled plans, which
# is what a new user searches.
. "$(dirname "$0")/lib.sh"
command -v python3 >/dev/null || skip_all "python3 is not installed"
cd "$T" || exit 1
python3 - "$PS_SOURCE_DIR/README.md" "$PLANSEARCH" "$PS_E2E_DB" "$PS_SOURCE_DIR" >"$T/report" 2>&1 <<'PY'
import json, re, shlex, subprocess, sys
readme, exe, db, src = sys.argv[1:]
text = open(readme, encoding="utf-8").read()
ok = bad = 0

def result(what, good, detail=""):
    global ok, bad
    if good:
        ok += 1
    else:
        bad += 1
        print(f"not ok - {what}" + (f"\n    {detail}" if detail else ""))

def run(args):
    p = subprocess.run([exe] + args, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return p.returncode, p.stdout, p.stderr

def with_db(args):
    sub = args[0] if args and args[0] in ("index", "show", "check", "compare", "keyness",
                                          "collocates", "stats", "meta", "reuse", "spread",
                                          "serve") else None
    return ([sub, "--db", db] + args[1:]) if sub else (["--db", db] + args)

def shown(out):
    # README shows the bundled plans' folder as …/ and the default index's path
    return out.replace(db, "/home/me/.local/share/plansearch").replace(src + "/", "…/")

# ---- code blocks: commands and their output --------------------------------
blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, re.S | re.M)
commands = 0
for b in blocks:
    lines = b.split("\n")[:-1]
    cmds = [i for i, l in enumerate(lines) if l.startswith("$ plansearch ")]
    for k, i in enumerate(cmds):
        commands += 1
        args = with_db(shlex.split(lines[i][len("$ plansearch "):], comments=True))
        rc, out, err = run(args)
        result(f"README command '{lines[i][2:]}' runs (exit {rc})", rc in (0, 1), err.strip())
        end = cmds[k + 1] if k + 1 < len(cmds) else len(lines)
        want = "\n".join(lines[i + 1:end])
        if not want.strip():
            continue
        if "--json" in args:
            try:
                w = json.loads(want.replace("\n", ""))
            except ValueError as e:
                result(f"README's JSON for '{lines[i][2:]}' parses", False, str(e))
                continue
            g = json.loads(out.splitlines()[0])
            g["path"] = g["path"].replace(src + "/", "/…/")
            for key in sorted(set(w) | set(g)):
                result(f"README's JSON for '{lines[i][2:]}': \"{key}\" as the program gives it",
                       w.get(key, "(absent)") == g.get(key, "(absent)"),
                       f"README {json.dumps(w.get(key, '(absent)'), ensure_ascii=False)}\n"
                       f"    program {json.dumps(g.get(key, '(absent)'), ensure_ascii=False)}")
        else:
            result(f"README's output for '{lines[i][2:]}' is the program's",
                   shown(out).rstrip("\n") == want.rstrip("\n"),
                   "program printed:\n" + shown(out))
result("README has example commands", commands >= 5, f"found {commands}")

# ---- the query language table ----------------------------------------------
sec = text[text.index("### Query language"):]
sec = sec[:sec.index("\n\n", sec.index("| query |"))]
queries = 0
for row in sec.splitlines()[3:]:
    first = row.split("|")[1]
    for q in re.findall(r"`([^`]+)`", first):
        queries += 1
        rc, out, err = run(with_db(shlex.split(q)))
        result(f"query-language example `{q}` is accepted (exit {rc})", rc in (0, 1), err.strip())
result("the query-language table has examples", queries >= 10, f"found {queries}")

# ---- the search options table: concrete examples ---------------------------
sec = text[text.index("### Search options"):]
sec = sec[:sec.index("\n\n", sec.index("| option |"))]
options = 0
for row in sec.splitlines()[2:]:
    first = row.split("|")[1]
    for o in re.findall(r"`([^`]+)`", first):
        words = shlex.split(o.replace("\\|", "|"))
        if any(re.search(r"[A-Z]", w) for w in words[1:]) or "|" in o or not o.startswith("--"):
            continue  # a placeholder (N, NAME, F), or alternatives: not a command
        options += 1
        rc, out, err = run(with_db(["工会"] + words))
        result(f"search-options example `{o}` is accepted (exit {rc})", rc in (0, 1), err.strip())
result("the search-options table has concrete examples", options >= 5, f"found {options}")

# ---- quoted lines ------------------------------------------------------------
m = re.search(r"`(index '…' is consistent: [^`]+)`", text)
rc, out, err = run(["check", "--db", db])
result("README's check line is what check prints for the bundled plans",
       m is not None and out.strip() == m.group(1).replace("…", db), out)

# ---- the Usage block against --help --------------------------------------------
def commands_of(block):
    """{command: options} of a usage text; search is the command-less form."""
    out, cur = {}, None
    for line in block.splitlines():
        m = re.search(r"plansearch (\S+)", line)
        if m:
            cur = m.group(1) if re.match(r"[a-z]", m.group(1)) else "search"
            line = line[m.end():]
        elif not line.startswith(" "):
            cur = None
        if cur:
            out.setdefault(cur, set()).update(re.findall(r"--[a-z][a-z-]*", line.split("#")[0]))
    return out

usage = text[text.index("## Usage"):]
usage = re.search(r"```\n(.*?)```", usage, re.S).group(1)
rc, help_out, err = run(["--help"])
help_usage = help_out[:help_out.index("\n\n")]
mine, theirs = commands_of(usage), commands_of(help_usage)
result("README's Usage lists the commands --help lists", set(mine) == set(theirs),
       f"README {sorted(mine)}, --help {sorted(theirs)}")
for cmd, opts in sorted(mine.items()):
    # a subcommand's options are those its own --help lists
    where = help_out if cmd == "search" else run([cmd, "--help"])[1]
    missing = sorted(o for o in opts if o not in re.findall(r"--[a-z][a-z-]*", where))
    result(f"README's options of '{cmd}' are those --help gives it", not missing,
           f"not in --help: {missing}")

print(f"{ok} passed, {bad} failed")
sys.exit(1 if bad else 0)
PY
status=$?
cat "$T/report"
check "README's examples are what the program does" test "$status" -eq 0
done_testing
