#!/usr/bin/python3
"""plansearch serve: the JSON API answers what the CLI's --json writes, its
errors, limits, path traversal, tokens, picking up a new commit, Ctrl-C."""
import concurrent.futures
import csv
import http.client
import io
import json
import os
import socket
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import servelib  # noqa: E402
from servelib import Server, run  # noqa: E402

failed = 0
passed = 0


def check(what, ok, detail=""):
    global failed, passed
    if ok:
        passed += 1
    else:
        failed += 1
        print("not ok - %s %s" % (what, detail))


def q(path, **params):
    items = []
    for k, v in params.items():
        for x in (v if isinstance(v, list) else [v]):
            items.append((k, x))
    return path + "?" + urllib.parse.urlencode(items)


def raw(server, request_bytes, timeout=10):
    """Send raw bytes, return the first response line (or '' if closed)."""
    s = socket.create_connection(("127.0.0.1", server.port), timeout=timeout)
    s.sendall(request_bytes)
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    finally:
        s.close()
    return data.split(b"\r\n", 1)[0].decode("latin-1")


def cli_error(*args):
    st, _, err = run(*args)
    return st, err.strip().removeprefix("plansearch: ")


# One date for the server's and the CLI's provenance, so that their outputs
# can be compared byte for byte (the reproducible-builds convention).
os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
DATE = "2023-11-14T22:13:20Z"
PROV_COLS = ["provenance_index", "provenance_version", "provenance_query", "provenance_filters",
             "provenance_date"]


def csv_rows(body):
    """A CSV answer as dicts, after checking BOM, CRLF and that it is rectangular."""
    text = body.decode("utf-8")
    ok = text.startswith("\ufeff") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    ok = ok and rows and all(len(r) == len(rows[0]) for r in rows)
    return ok, rows[0] if rows else [], [dict(zip(rows[0], r)) for r in rows[1:]]


tmp = tempfile.TemporaryDirectory()
db = servelib.build_index(tmp.name)
srv = Server("--db", db)
try:
    check("startup line names the index and address",
          "plansearch: serving '%s' at http://127.0.0.1:%d/" % (db, srv.port) in srv.stderr(), srv.stderr())

    # ---- search: hits exactly as --json writes them ----
    st, hdr, body = srv.get(q("/api/search", q="集体协商", year="2012"))
    check("search answers 200 JSON", st == 200 and hdr["Content-Type"].startswith("application/json"))
    ans = json.loads(body)
    _, out, _ = run("--db", db, "集体协商", "--year", "2012", "--json")
    cli_lines = out.decode().splitlines()
    check("search hits are the CLI's --json objects, byte for byte",
          body.decode().find('"hits":[' + ",".join(cli_lines) + "]") > 0, body[:300])
    check("search total is the CLI's --count",
          str(ans["total"]) == run("--db", db, "集体协商", "--year", "2012", "--count")[1].decode().strip())

    st, _, body = srv.get(q("/api/search", q="工会", facet="year,province,level", limit="3", offset="2",
                            sort="-year", all="1"))
    ans = json.loads(body)
    _, out, _ = run("--db", db, "工会", "--limit", "3", "--offset", "2", "--sort", "-year", "--all", "--json")
    check("limit, offset, sort and all as in the CLI",
          [h["id"] for h in ans["hits"]] == [json.loads(l)["id"] for l in out.decode().splitlines()])
    _, out, _ = run("--db", db, "工会", "--facet", "year,province,level", "--all", "--json")
    cli_f = [json.loads(l) for l in out.decode().splitlines()]
    api_f = ans["facets"]["year"] + ans["facets"]["province"] + ans["facets"]["level"]
    check("facets are the CLI's --facet --json objects", api_f == cli_f, str(ans["facets"])[:200])
    check("search carries its provenance",
          ans["provenance"]["query"] == "工会" and ans["provenance"]["index"] == db and
          ans["provenance"]["plansearch_version"] and ans["provenance"]["date"])

    st, _, body = srv.get(q("/api/search", q="工会", type="plan", facet="type", limit="20"))
    ans = json.loads(body)
    _, out, _ = run("--db", db, "工会", "--type", "plan", "--limit", "20", "--json")
    check("the type filter as --type", st == 200 and [h["id"] for h in ans["hits"]] ==
          [json.loads(l)["id"] for l in out.decode().splitlines()] and all(h["type"] == "plan" for h in ans["hits"]))
    _, out, _ = run("--db", db, "工会", "--type", "plan", "--facet", "type", "--json")
    check("the type facet as --facet type", ans["facets"]["type"] == [json.loads(l) for l in out.decode().splitlines()])

    st, _, body = srv.get(q("/api/search", q="集体协商", format="csv"))
    _, out, _ = run("--db", db, "集体协商", "--csv")
    check("search as CSV is the CLI's --csv", st == 200 and body == out)

    # ---- every CSV carries its provenance in columns of its own ----
    version = json.loads(srv.get(q("/api/stats"))[2])["plansearch_version"]
    for path, params, query, filters, args in [
        ("/api/search", dict(q="集体协商", year="2012", all="1"), "集体协商", "--year 2012 --all",
         ["集体协商", "--year", "2012", "--all", "--csv"]),
        ("/api/kwic", dict(q="工会", region="四川"), "工会", "--region 四川",
         ["工会", "--kwic", "--region", "四川", "--csv"]),
        ("/api/compare", dict(term=["集体协商", "职工之家"], by="level"), "集体协商 | 职工之家", "--by level",
         ["compare", "集体协商", "职工之家", "--by", "level", "--csv"]),
        ("/api/keyness", dict(year="2012..", vs_year="..2011", min="2"), "", "--year 2012.. --vs --year ..2011",
         ["keyness", "--year", "2012..", "--min", "2", "--vs", "--year", "..2011", "--csv"]),
        ("/api/collocates", dict(term="工会", window="8"), "工会", "--window 8",
         ["collocates", "工会", "--window", "8", "--csv"]),
        ("/api/stats", dict(level="乡镇"), "", "--level 乡镇", ["stats", "--level", "乡镇", "--csv"]),
    ]:
        st, _, body = srv.get(q(path, format="csv", **params))
        ok, header, rows = csv_rows(body)
        check("%s CSV: BOM, CRLF, rectangular, with the provenance columns last" % path,
              st == 200 and ok and header[-5:] == PROV_COLS and rows, "%s %s" % (st, header))
        want = {"provenance_index": db, "provenance_version": version, "provenance_query": query,
                "provenance_filters": filters, "provenance_date": DATE}
        check("%s CSV: every row names index, version, query, filters and date" % path,
              all({k: r[k] for k in PROV_COLS} == want for r in rows), str(rows[:1])[:400])
        cli = args if args[0] in ("compare", "keyness", "collocates", "stats") else [None] + args
        _, out, _ = run(*([cli[0], "--db", db] + cli[1:] if cli[0] else ["--db", db] + cli[1:]))
        check("%s CSV is the CLI's --csv, provenance and all" % path, body == out,
              "\n  api: %s\n  cli: %s" % (body[:300], out[:300]))
    st, _, body = srv.get(q("/api/compare", term="集体协商", by="year", year="2008..2020", format="svg"))
    text = body.decode()
    check("a chart carries its provenance (caption and metadata)",
          st == 200 and "query: 集体协商" in text and "--year 2008..2020 --by year" in text and DATE in text
          and "index: %s" % db in text and 'id="plansearch-provenance"' in text, text[-600:])
    for path, params in [("/api/compare", dict(term="工会")), ("/api/keyness", dict(year="2012..", vs_year="..2011")),
                         ("/api/collocates", dict(term="工会"))]:
        pv = json.loads(srv.get(q(path, **params))[2])["provenance"]
        check("%s JSON provenance: index, version and date" % path,
              pv["index"]["path"] == db and pv["plansearch_version"] == version and pv["date"] == DATE, str(pv))
    pv = json.loads(srv.get(q("/api/stats", level="乡镇"))[2])
    check("/api/stats JSON: index, version, filters and date",
          pv["index"] == db and pv["plansearch_version"] == version and pv["filters"] == "--level 乡镇"
          and pv["date"] == DATE, str(pv)[:300])

    # ---- kwic ----
    st, _, body = srv.get(q("/api/kwic", q="集体协商", limit="1000"))
    _, out, _ = run("--db", db, "集体协商", "--kwic", "--json")
    check("kwic lines are the CLI's --kwic --json",
          st == 200 and json.loads(body)["lines"] == [json.loads(l) for l in out.decode().splitlines()])

    # ---- show ----
    doc_id = json.loads(cli_lines[0])["id"]
    st, _, body = srv.get(q("/api/show", id=doc_id))
    check("show is show --json, byte for byte", st == 200 and body == run("show", "--db", db, doc_id, "--json")[1])
    prov = json.loads(body).get("provenance") or {}
    check("a saved document says where it came from (index, version, date)",
          prov.get("command") == "show" and prov.get("index") == db and prov.get("plansearch_version")
          and prov.get("date") == "2023-11-14T22:13:20Z", str(prov))
    # ---- show: the document's near-duplicate copies ----
    orig, repost = servelib.REPOST_OF, servelib.REPOST
    st, _, body = srv.get(q("/api/show", id=orig))
    ans = json.loads(body)
    check("show lists a document's near-duplicate copies",
          st == 200 and [c["id"] for c in ans["copies"]] == [repost] and ans["copies"][0]["year"] == ans["year"]
          and ans["copies"][0]["title"] == ans["title"], str(ans.get("copies"))[:300])
    check("show's copies are show --json's, byte for byte", body == run("show", "--db", db, orig, "--json")[1])
    st, _, body = srv.get(q("/api/show", id=repost))
    check("and the copy lists the original", [c["id"] for c in json.loads(body)["copies"]] == [orig])
    _, out, _ = run("--db", db, "八字桥乡", "--json")
    hit = [json.loads(l) for l in out.decode().splitlines()][0]
    check("the copies are the plans search folds into the hit", hit["folded"] == 1 and hit["id"] in (orig, repost))
    check("a document without copies lists none", json.loads(srv.get(q("/api/show", id=doc_id))[2])["copies"] == [])
    _, out, _ = run("show", "--db", db, orig)
    check("show (text) lists the copies", any(l.startswith("copies:") and repost in l for l in out.decode().splitlines()),
          out.decode()[:600])
    st, _, body = srv.get(q("/api/show", id="no/such.txt"))
    check("a missing document is 404 with the CLI's message",
          st == 404 and json.loads(body)["error"] == "no document with id 'no/such.txt'", body)

    # ---- analyses: byte for byte but for nothing ----
    for path, params, args in [
        ("/api/compare", dict(term=["集体协商", "职工之家"], by="level"),
         ["compare", "集体协商", "职工之家", "--by", "level", "--json"]),
        ("/api/compare", dict(term=["工会"], year="2008..2014"), ["compare", "工会", "--year", "2008..2014", "--json"]),
        ("/api/stats", {}, ["stats", "--json"]),
        ("/api/compare", dict(term=["工会"], by="type", type="plan"), ["compare", "工会", "--by", "type", "--type", "plan", "--json"]),
        ("/api/stats", dict(region="四川"), ["stats", "--region", "四川", "--json"]),
        ("/api/keyness", dict(year="2012..", vs_year="..2011", min="2"),
         ["keyness", "--year", "2012..", "--min", "2", "--vs", "--year", "..2011", "--json"]),
        ("/api/collocates", dict(term="工会", window="8"), ["collocates", "工会", "--window", "8", "--json"]),
    ]:
        st, _, body = srv.get(q(path, **params))
        _, out, _ = run(args[0], "--db", db, *args[1:])
        check("%s %s answers what %s --json writes" % (path, params, args[0]), st == 200 and body == out,
              "\n  api: %s\n  cli: %s" % (body[:200], out[:200]))
    st, hdr, body = srv.get(q("/api/compare", term="工会", by="province", format="svg"))
    _, _, _ = run("compare", "--db", db, "工会", "--by", "province", "--plot", os.path.join(tmp.name, "c.svg"))
    check("compare as SVG is the CLI's --plot chart",
          st == 200 and hdr["Content-Type"] == "image/svg+xml" and body == open(os.path.join(tmp.name, "c.svg"), "rb").read())
    st, _, body = srv.get(q("/api/compare", term="工会", format="csv"))
    check("compare as CSV is the CLI's --csv", st == 200 and body == run("compare", "--db", db, "工会", "--csv")[1])

    # ---- notes: what the CLI says on stderr reaches API callers as "notes" ----
    def cli_notes(*args):
        return [l.removeprefix("plansearch: note: ") for l in run(*args)[2].splitlines()
                if l.startswith("plansearch: note: ")]

    for path, params, args in [
        ("/api/search", dict(q="集体协商 or 工会", region="朝阳"), ["--db", db, "集体协商 or 工会", "--region", "朝阳"]),
        ("/api/kwic", dict(q="工会", region="朝阳"), ["--db", db, "工会", "--kwic", "--region", "朝阳"]),
        ("/api/compare", dict(term="工会", region="朝阳"), ["compare", "--db", db, "工会", "--region", "朝阳"]),
        ("/api/keyness", dict(region="河南", vs_year="..2011"),
         ["keyness", "--db", db, "--region", "河南", "--vs", "--year", "..2011"]),
        ("/api/collocates", dict(term="工会", region="朝阳"), ["collocates", "--db", db, "工会", "--region", "朝阳"]),
        ("/api/stats", dict(region="朝阳"), ["stats", "--db", db, "--region", "朝阳"]),
    ]:
        want = cli_notes(*args)
        st, _, body = srv.get(q(path, **params))
        got = json.loads(body).get("notes") if body.startswith(b"{") else None
        check("%s %s: the CLI's notes in \"notes\"" % (path, params),
              want and got == want, "\n  api: %s %s\n  cli: %s" % (st, got, want))
    check("a search without notes has an empty notes array",
          json.loads(srv.get(q("/api/search", q="工会", region="四川"))[2])["notes"] == [])

    # ---- errors: 400 with the CLI's message ----
    for params, args in [
        (dict(q="(集体协商"), ["(集体协商"]),
        (dict(q="集体协商 OR"), ["集体协商 OR"]),
        (dict(q="工会", year="20x2"), ["工会", "--year", "20x2"]),
        (dict(q="工会", sort="random"), ["工会", "--sort", "random"]),
        (dict(q="工会", facet="color"), ["工会", "--facet", "color"]),
        (dict(q="工会", type="poem"), ["工会", "--type", "poem"]),
        (dict(q="工会", region="朝阳区"), ["工会", "--region", "朝阳区"]),
        (dict(q="工会", region="no-such-place"), ["工会", "--region", "no-such-place"]),
        (dict(), []),
    ]:
        st, hdr, body = srv.get(q("/api/search", **params))
        cst, msg = cli_error("--db", db, *args)
        got = json.loads(body).get("error") if body else None
        check("search %s: 400 with the CLI's message" % params, st == 400 and cst == 2 and got == msg,
              "\n  api: %s %s\n  cli: %s" % (st, got, msg))
    st, _, body = srv.get(q("/api/compare", term="(工会", by="year"))
    check("compare with a malformed term is 400 with the CLI's message",
          st == 400 and json.loads(body)["error"] == cli_error("compare", "--db", db, "(工会")[1])
    st, _, body = srv.get(q("/api/compare", term="工会", by="colour"))
    check("compare by an unknown grouping is 400 with the CLI's message",
          st == 400 and json.loads(body)["error"] == cli_error("compare", "--db", db, "工会", "--by", "colour")[1])
    st, _, body = srv.get(q("/api/search", q="工会", colour="red"))
    check("an unknown parameter is 400 naming it", st == 400 and "colour" in json.loads(body)["error"])
    st, _, body = srv.get(q("/api/search", q=["工会", "职工"]))
    check("a parameter given twice is 400", st == 400 and "more than once" in json.loads(body)["error"])
    st, _, body = srv.get("/api/nothing")
    check("an unknown endpoint is 404", st == 404 and "error" in json.loads(body))
    st, _, body = srv.get("/no-such-asset.js")
    check("an unknown file is 404", st == 404)

    # ---- limits ----
    st, _, body = srv.get(q("/api/search", q="工会", limit="100000"))
    check("a page larger than the server allows is 400",
          st == 400 and "expected a number from 0 to 200" in json.loads(body)["error"])
    st, _, _ = srv.get("/api/search?" + "&".join("p%d=1" % i for i in range(70)))
    check("too many parameters is 400", st == 400)
    st, _, _ = srv.get(q("/api/search", q="工" * 4000))
    check("an address too long is refused (414)", st == 414)
    check("a 100 KB request line is refused, the server still answers",
          raw(srv, b"GET /api/search?q=" + b"a" * 100000 + b" HTTP/1.1\r\nHost: x\r\n\r\n").split(" ")[1] in ("414", "431", "400")
          and srv.get(q("/api/search", q="工会"))[0] == 200)
    check("POST is refused with 405", raw(srv, b"POST /api/search HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nq=1").split(" ")[1] == "405")
    check("a GET with a body is refused with 413",
          raw(srv, b"GET /api/search?q=x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello").split(" ")[1] == "413")

    # ---- path traversal ----
    for path in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd",
                 "/api/../../etc/passwd", "/%2E%2E/", "/static/..\\..\\etc\\passwd", "//etc/passwd"]:
        c = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=10)
        c.request("GET", path)
        r = c.getresponse()
        body = r.read()
        c.close()
        check("traversal %s refused" % path, r.status in (400, 404) and b"root:" not in body, "%d" % r.status)

    # ---- the page and its headers ----
    st, hdr, body = srv.get("/")
    check("/ is the page", st == 200 and b'<script src="/app.js">' in body and hdr["Content-Type"].startswith("text/html"))
    check("the page forbids inline and foreign scripts (CSP)",
          "script-src 'self'" in hdr["Content-Security-Policy"] and "default-src 'none'" in hdr["Content-Security-Policy"])
    st, hdr, body = srv.get("/app.js")
    check("the script is served", st == 200 and hdr["Content-Type"].startswith("text/javascript") and b"textContent" in body)
    check("the script takes nothing from the network", b"https://" not in body and b"http://" not in body)
    check("the script never writes HTML", b"innerHTML" not in body and b"insertAdjacentHTML" not in body
          and b"document.write" not in body)

    # ---- hostile document: JSON-escaped ----
    st, _, body = srv.get(q("/api/search", q="onerror"))
    hit = json.loads(body)["hits"][0]
    check("markup in a document comes through as JSON text",
          hit["id"] == "hostile.txt" and "<img src=x onerror=" in hit["snippets"][0]["text"])
    st, _, body = srv.get(q("/api/show", id="hostile.txt"))
    check("and in its full text", "<script>window.__pwned=1</script>" in json.loads(body)["text"])

    # ---- a commit beside the server is picked up without a restart ----
    extra = os.path.join(tmp.name, "extra")
    os.mkdir(extra)
    with open(os.path.join(extra, "new.txt"), "w", encoding="utf-8") as f:
        f.write("新区总工会2020年工作要点\n推进独一无二的试验田项目，服务职工。\n")
    before = json.loads(srv.get(q("/api/search", q="独一无二的试验田"))[2])["total"]
    st, _, err = run("index", "--db", db, "--quiet", extra)
    after = json.loads(srv.get(q("/api/search", q="独一无二的试验田"))[2])["total"]
    check("a document indexed while serving is found at once", before == 0 and after == 1, "%s %s %s" % (before, after, err))
    st, _, body = srv.get(q("/api/stats"))
    check("stats see the new commit too", json.loads(body)["plans"] == json.loads(run("stats", "--db", db, "--json")[1])["plans"])

    # ---- requests in parallel while an index run commits beside the server ----
    more = os.path.join(tmp.name, "more")
    os.mkdir(more)
    for i in range(40):
        with open(os.path.join(more, "m%02d.txt" % i), "w", encoding="utf-8") as f:
            f.write("某镇总工会%d年工作要点\n一、开展并行检索试点工作，服务职工%d。\n" % (2000 + i % 20, i))
    mixed = [q("/api/search", q="工会", facet="year,province"), q("/api/search", q="并行检索试点"),
             q("/api/show", id=orig), q("/api/compare", term=["工会", "集体协商"], by="year"),
             q("/api/kwic", q="集体协商"), q("/api/stats")]

    def get_status(path):
        st, _, body = srv.get(path)
        try:
            json.loads(body)
        except ValueError:
            return -st
        return st

    indexer = servelib.subprocess.Popen([servelib.PLANSEARCH, "index", "--db", db, "--quiet", more],
                                        stdout=servelib.subprocess.DEVNULL, stderr=servelib.subprocess.PIPE)
    statuses = []
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        while indexer.poll() is None or not statuses:
            statuses += list(pool.map(get_status, mixed * 2))
        ierr = indexer.communicate()[1].decode()
        check("an index run beside the server succeeds", indexer.returncode == 0, ierr)
        check("requests answered in parallel during the index run all succeed (%d)" % len(statuses),
              statuses and all(s == 200 for s in statuses), str(sorted(set(statuses))))
        # every reader (4) must have reopened the index: 16 at once all see it
        totals = list(pool.map(lambda _: json.loads(srv.get(q("/api/search", q="并行检索试点", all="1"))[2])["total"],
                               range(16)))
    check("after the commit, every parallel answer sees the new plans", totals == [40] * 16, str(totals))
finally:
    code = srv.stop()
check("Ctrl-C stops the server with status 0", code == 0, str(code))
check("Ctrl-C: the server says it stopped", "stopped serving" in srv.stderr())

# ---- idle connections time out ----
srv = Server("--db", db, "--timeout", "1")
try:
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=20)
    s.sendall(b"GET / HTTP/1.1\r\n")  # and then nothing
    try:
        data = s.recv(100)
        closed = data == b"" or data.startswith(b"HTTP/1.1 408")
    except socket.timeout:
        closed = False
    check("an idle half-sent request is closed by the server (--timeout 1)", closed)
    s.close()
    check("the server still answers after it", srv.get(q("/api/search", q="工会"))[0] == 200)
finally:
    srv.stop()

# ---- another address: a warning; a token then required ----
tok = os.path.join(tmp.name, "token")
with open(tok, "w") as f:
    f.write("s3cr3t-token-0123456789\n")
srv = Server("--db", db, "--bind", "0.0.0.0", "--token-file", tok)
try:
    check("listening beyond loopback warns", "warning: listening on 0.0.0.0" in srv.stderr(), srv.stderr())
    check("no token: 401", srv.get(q("/api/search", q="工会"))[0] == 401)
    check("a wrong token: 401", srv.get(q("/api/search", q="工会"), {"Authorization": "Bearer s3cr3t-token-0123456780"})[0] == 401)
    check("a token's prefix: 401", srv.get(q("/api/search", q="工会"), {"Authorization": "Bearer s3cr3t"})[0] == 401)
    check("the page needs the token too", srv.get("/")[0] == 401)
    check("the right token as a header: 200",
          srv.get(q("/api/search", q="工会"), {"Authorization": "Bearer s3cr3t-token-0123456789"})[0] == 200)
    st, hdr, _ = srv.get("/?token=s3cr3t-token-0123456789")
    check("?token= opens the page and sets a cookie for its requests",
          st == 200 and "plansearch_token=" in (hdr["Set-Cookie"] or "") and "HttpOnly" in hdr["Set-Cookie"])
    check("the cookie is accepted",
          srv.get(q("/api/search", q="工会"), {"Cookie": "plansearch_token=s3cr3t-token-0123456789"})[0] == 200)
finally:
    srv.stop()
st, _, err = run("serve", "--db", db, "--port", "0", "--token-file", os.path.join(tmp.name, "none"))
check("an unreadable token file is an error naming it", st == 2 and "token-file" in err and "none" in err, err)
st, _, err = run("serve", "--db", os.path.join(tmp.name, "nothing-here"), "--port", "0")
check("serve on a missing explicit index is an error", st == 2 and "no index at" in err, err)
st, _, err = run("serve", "--db", db, "--bind", "not-an-address", "--port", "0")
check("a bad --bind is an error", st == 2 and "invalid --bind" in err, err)

# ---- no index at the default location: the bundled one is built ----
env = dict(os.environ, XDG_DATA_HOME=os.path.join(tmp.name, "xdg"))
env.pop("PLANSEARCH_DB", None)
srv = Server(env=env)
try:
    err = srv.stderr()
    check("serve builds the bundled index on first use", "indexing the bundled plans" in err and "serving" in err, err)
    check("and serves it", json.loads(srv.get(q("/api/search", q="集体协商"))[2])["total"] >= 1)
finally:
    srv.stop()

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
