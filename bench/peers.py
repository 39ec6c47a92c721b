#!/usr/bin/python3
"""The peer engines of bench/run, each driven the way its documentation
suggests for CJK text, building from the same corpus and answering the same
queries in-process (process start and index opening are not timed).

    peers.py ENGINE build CORPUS INDEX_DIR
    peers.py ENGINE query CORPUS INDEX_DIR HITS_OUT LAT_OUT ROUNDS

ENGINE: sqlite (FTS5 trigram), xapian (TermGenerator, FLAG_CJK_NGRAM),
groonga (TokenBigram + NormalizerAuto, `groonga` in a persistent process,
timed by groonga's own elapsed time), sphinx (Sphinx 2.2, ngram_len=1,
searchd asked over SphinxQL on loopback), grep and rg (no index: one process per
query, timed from outside, since that is all they have).

Each engine stores the text it would need for snippets.  Filters use the
year and region code of manifest.tsv.  A timed query asks what a researcher
asks for: the first 10 hits and the number of hits; after the timed rounds
one untimed pass collects every matching id.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time

import benchlib


def docs_of(corpus):
    for docid, year, code in benchlib.load_manifest(corpus):
        yield docid, year, code, benchlib.read_doc(corpus, docid)


def timed_rounds(queries, rounds, run_top):
    """Warm-up pass, then rounds; run_top(q) runs one timed query and returns
    its own elapsed seconds, or None to use the wall time around it."""
    lat = {q.qid: [] for q in queries}
    for r in range(-1, rounds):
        for q in queries:
            t0 = time.perf_counter()
            own = run_top(q)
            dt = own if own is not None else time.perf_counter() - t0
            if r >= 0:
                lat[q.qid].append(round(dt * 1e3, 4))
    return [(q.qid, lat[q.qid]) for q in queries]


def year_range(q):
    lo = q.year_lo or 0
    hi = q.year_hi or 9999
    return lo, hi


# ---- SQLite FTS5 trigram -----------------------------------------------------

def sqlite_build(corpus, index):
    os.makedirs(index, exist_ok=True)
    db = sqlite3.connect(os.path.join(index, "fts.db"))
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, year UNINDEXED,"
               " code UNINDEXED, body, tokenize='trigram')")
    db.executemany("INSERT INTO docs VALUES (?,?,?,?)", docs_of(corpus))
    db.commit()
    db.execute("INSERT INTO docs(docs) VALUES('optimize')")
    db.commit()
    db.close()


def sqlite_where(q):
    """Trigram MATCH for terms of 3+ characters; shorter ones can only be
    LIKE (a scan of the stored text), as FTS5's trigram documentation says."""
    conds, args = [], []
    long_terms = [t for t in q.terms if len(t) >= 3]
    if long_terms:
        conds.append("docs MATCH ?")
        args.append(" AND ".join('body:"%s"' % t.replace('"', '""') for t in long_terms))
    for t in q.terms:
        if len(t) < 3:
            conds.append("body LIKE ?")
            args.append("%" + t + "%")
    lo, hi = year_range(q)
    if q.year_lo or q.year_hi:
        conds.append("CAST(year AS INTEGER) BETWEEN ? AND ?")
        args += [lo, hi]
    if q.region_prefix:
        conds.append("code LIKE ?")
        args.append(q.region_prefix + "%")
    return " AND ".join(conds), args


def sqlite_query(corpus, index, queries, rounds):
    db = sqlite3.connect(os.path.join(index, "fts.db"))
    wheres = {q.qid: sqlite_where(q) for q in queries}

    def top(q):
        w, a = wheres[q.qid]
        db.execute("SELECT id FROM docs WHERE " + w + " LIMIT 10", a).fetchall()
        db.execute("SELECT count(*) FROM docs WHERE " + w, a).fetchone()

    lat = timed_rounds(queries, rounds, top)
    hits = []
    for q in queries:
        w, a = wheres[q.qid]
        hits.append((q.qid, [r[0] for r in db.execute("SELECT id FROM docs WHERE " + w, a)]))
    return hits, lat


# ---- Xapian TermGenerator ----------------------------------------------------

def xapian_build(corpus, index):
    import xapian
    db = xapian.WritableDatabase(index, xapian.DB_CREATE_OR_OVERWRITE)
    tg = xapian.TermGenerator()
    tg.set_flags(xapian.TermGenerator.FLAG_CJK_NGRAM)
    for docid, year, code, text in docs_of(corpus):
        doc = xapian.Document()
        tg.set_document(doc)
        tg.index_text(text)
        doc.set_data(text)
        doc.add_boolean_term("Q" + docid)
        doc.add_boolean_term("Y%d" % year)
        for n in (2, 4, 6):
            doc.add_boolean_term("R" + code[:n])
        doc.add_value(0, docid)
        db.add_document(doc)
    db.commit()
    db.close()


def xapian_query(corpus, index, queries, rounds):
    import xapian
    db = xapian.Database(index)
    qp = xapian.QueryParser()
    qp.set_database(db)
    flags = xapian.QueryParser.FLAG_DEFAULT | xapian.QueryParser.FLAG_CJK_NGRAM
    built = {}
    for q in queries:
        parts = [qp.parse_query('"%s"' % t, flags) for t in q.terms]
        query = xapian.Query(xapian.Query.OP_AND, parts)
        filters = []
        if q.year_lo or q.year_hi:
            lo, hi = year_range(q)
            filters.append(xapian.Query(xapian.Query.OP_OR,
                                        ["Y%d" % y for y in range(max(lo, 2000), min(hi, 2030) + 1)]))
        if q.region_prefix:
            filters.append(xapian.Query("R" + q.region_prefix))
        for f in filters:
            query = xapian.Query(xapian.Query.OP_FILTER, query, f)
        built[q.qid] = query
    enq = xapian.Enquire(db)

    def top(q):
        enq.set_query(built[q.qid])
        m = enq.get_mset(0, 10, db.get_doccount())  # exact count
        for item in m:
            item.document.get_value(0)
        m.get_matches_estimated()

    lat = timed_rounds(queries, rounds, top)
    hits = []
    for q in queries:
        enq.set_query(built[q.qid])
        m = enq.get_mset(0, db.get_doccount())
        hits.append((q.qid, [item.document.get_value(0).decode() for item in m]))
    return hits, lat


# ---- Groonga -----------------------------------------------------------------

class Groonga:
    """A `groonga DB` process speaking its command language on stdin/out."""

    def __init__(self, path, create=False):
        args = ["groonga"] + (["-n"] if create else []) + [path]
        self.p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def call(self, command, body=None):
        self.p.stdin.write(command.encode() + b"\n")
        if body is not None:
            self.p.stdin.write(body + b"\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        reply = json.loads(line)
        if reply[0][0] != 0:
            raise RuntimeError("groonga: %s: %s" % (command[:60], reply[0]))
        return reply

    def close(self):
        self.p.stdin.close()
        self.p.wait()


def gq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def groonga_build(corpus, index):
    os.makedirs(index, exist_ok=True)
    g = Groonga(os.path.join(index, "db"), create=True)
    g.call("table_create Docs TABLE_HASH_KEY ShortText")
    g.call("column_create Docs body COLUMN_SCALAR LongText")
    g.call("column_create Docs year COLUMN_SCALAR UInt32")
    g.call("column_create Docs code COLUMN_SCALAR ShortText")
    batch, size = [], 0
    for docid, year, code, text in docs_of(corpus):
        batch.append({"_key": docid, "body": text, "year": year, "code": code})
        size += len(text)
        if size > 4_000_000:
            g.call("load --table Docs", json.dumps(batch, ensure_ascii=False).encode())
            batch, size = [], 0
    if batch:
        g.call("load --table Docs", json.dumps(batch, ensure_ascii=False).encode())
    # index columns made after loading: Groonga's fast static construction
    g.call("table_create Terms TABLE_PAT_KEY ShortText --default_tokenizer TokenBigram"
           " --normalizer NormalizerAuto")
    g.call("column_create Terms docs_body COLUMN_INDEX|WITH_POSITION Docs body")
    g.call("table_create Years TABLE_PAT_KEY UInt32")
    g.call("column_create Years docs_year COLUMN_INDEX Docs year")
    g.close()


def groonga_select(q, limit):
    query = " ".join(gq(t) for t in q.terms)
    filt = []
    if q.year_lo:
        filt.append("year >= %d" % q.year_lo)
    if q.year_hi:
        filt.append("year <= %d" % q.year_hi)
    if q.region_prefix:
        filt.append("code @^ %s" % gq(q.region_prefix))
    cmd = ("select Docs --match_columns body --query %s --output_columns _key"
           " --limit %d --match_escalation_threshold -1 --cache no" % (gq(query), limit))
    if filt:
        cmd += " --filter %s" % gq(" && ".join(filt))
    return cmd


def groonga_query(corpus, index, queries, rounds):
    g = Groonga(os.path.join(index, "db"))

    def top(q):
        return g.call(groonga_select(q, 10))[0][2]  # groonga's own elapsed seconds

    lat = timed_rounds(queries, rounds, top)
    hits = []
    for q in queries:
        reply = g.call(groonga_select(q, -1))
        rows = reply[1][0][2:]
        hits.append((q.qid, [r[0] for r in rows]))
    g.close()
    return hits, lat


# ---- Sphinx 2.2 -----------------------------------------------------------------
#
# As Sphinx 2.2's sample configuration suggests for CJK: every character of
# U+3000..U+2FA1F its own token (ngram_len = 1), everything else words of
# the default charset_table; a term of the query is a phrase ("…"), which Sphinx matches on
# consecutive positions.  Sphinx 2.2 keeps no document text, so the body is
# also a string attribute (xmlpipe_field_string), the text its snippets would
# need.  Documents come through xmlpipe2; searchd runs in the foreground as a
# child of the query process and is asked over SphinxQL (MySQL protocol on
# loopback): its latency is the client's wall time around each query, which
# includes the round trips.

SPHINX_PORT = 19306


def sphinx_conf(corpus, index):
    here = os.path.abspath(__file__)
    return """
source docs
{
    type = xmlpipe2
    xmlpipe_command = /usr/bin/python3 %(here)s sphinx xmlpipe %(corpus)s %(index)s
    xmlpipe_fixup_utf8 = 1
}
index docs
{
    source = docs
    path = %(index)s/docs
    ngram_len = 1
    ngram_chars = U+3000..U+2FA1F
}
indexer
{
    mem_limit = 256M
}
searchd
{
    listen = 127.0.0.1:%(port)d:mysql41
    log = %(index)s/searchd.log
    query_log = %(index)s/query.log
    pid_file = %(index)s/searchd.pid
    binlog_path =
}
""" % {"here": here, "corpus": os.path.abspath(corpus), "index": os.path.abspath(index),
       "port": SPHINX_PORT}


def sphinx_xmlpipe(corpus, index):
    from xml.sax.saxutils import escape
    out = sys.stdout
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<sphinx:docset>\n<sphinx:schema>\n'
              '<sphinx:field name="body" attr="string"/>\n'
              '<sphinx:attr name="year" type="int" bits="16"/>\n'
              '<sphinx:attr name="r2" type="int"/>\n<sphinx:attr name="r4" type="int"/>\n'
              '<sphinx:attr name="r6" type="int"/>\n</sphinx:schema>\n')
    with open(os.path.join(index, "ids.txt"), "w") as ids:
        for n, (docid, year, code, text) in enumerate(docs_of(corpus), 1):
            ids.write(docid + "\n")
            out.write('<sphinx:document id="%d"><body>%s</body><year>%d</year><r2>%s</r2>'
                      '<r4>%s</r4><r6>%s</r6></sphinx:document>\n'
                      % (n, escape(text), year, code[:2], code[:4], code[:6]))
    out.write("</sphinx:docset>\n")


def sphinx_build(corpus, index):
    os.makedirs(index, exist_ok=True)
    conf = os.path.join(index, "sphinx.conf")
    with open(conf, "w") as f:
        f.write(sphinx_conf(corpus, index))
    subprocess.run(["indexer", "--config", conf, "--all", "--quiet"], check=True,
                   stdout=subprocess.DEVNULL)


def sphinx_sql(q, limit):
    match = " ".join('"%s"' % t.replace('"', "") for t in q.terms)
    where = ["MATCH('%s')" % match.replace("'", "")]
    if q.year_lo or q.year_hi:
        lo, hi = year_range(q)
        where.append("year BETWEEN %d AND %d" % (lo, hi))
    if q.region_prefix:
        where.append("r%d = %d" % (len(q.region_prefix), int(q.region_prefix)))
    return ("SELECT id FROM docs WHERE %s LIMIT %d OPTION max_matches=%d"
            % (" AND ".join(where), limit, max(limit, 1)))


def sphinx_query(corpus, index, queries, rounds):
    import MySQLdb
    conf = os.path.join(index, "sphinx.conf")
    searchd = subprocess.Popen(["searchd", "--config", conf, "--console"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        db = None
        for _ in range(200):
            try:
                db = MySQLdb.connect(host="127.0.0.1", port=SPHINX_PORT)
                break
            except MySQLdb.OperationalError:
                time.sleep(0.05)
        if db is None:
            raise RuntimeError("sphinx: searchd did not answer on port %d" % SPHINX_PORT)
        cur = db.cursor()
        ids = open(os.path.join(index, "ids.txt")).read().split("\n")
        ndocs = len(ids) - 1

        def top(q):
            cur.execute(sphinx_sql(q, 10))
            cur.fetchall()
            cur.execute("SHOW META LIKE 'total_found'")  # the exact count
            cur.fetchall()

        lat = timed_rounds(queries, rounds, top)
        hits = []
        for q in queries:
            cur.execute(sphinx_sql(q, ndocs))
            hits.append((q.qid, [ids[r[0] - 1] for r in cur.fetchall()]))
        db.close()
    finally:
        searchd.terminate()
        searchd.wait()
    return hits, lat


# ---- grep and ripgrep: no index ------------------------------------------------

def scan_query(tool, corpus, index, queries, rounds):
    docs = os.path.join(corpus, "docs")
    meta = {d: (y, c) for d, y, c in benchlib.load_manifest(corpus)}

    def files_with(term):
        if tool == "rg":
            args = ["rg", "-l", "-F", "--no-messages", "-j", "1", term, docs]
        else:
            args = ["grep", "-r", "-l", "-F", term, docs]
        out = subprocess.run(args, stdout=subprocess.PIPE).stdout.decode()
        return {os.path.relpath(p, docs) for p in out.split("\n") if p}

    def run(q):
        found = None
        for t in q.terms:
            s = files_with(t)
            found = s if found is None else found & s
        return sorted(d for d in found if q.accepts(*meta[d]))

    lat = timed_rounds(queries, rounds, lambda q: (run(q), None)[1])
    return [(q.qid, run(q)) for q in queries], lat


ENGINES = {
    "sqlite": (sqlite_build, sqlite_query),
    "xapian": (xapian_build, xapian_query),
    "groonga": (groonga_build, groonga_query),
    "sphinx": (sphinx_build, sphinx_query),
    "grep": (None, lambda *a: scan_query("grep", *a)),
    "rg": (None, lambda *a: scan_query("rg", *a)),
}


def main():
    engine, phase, corpus, index = sys.argv[1:5]
    if phase == "xmlpipe":  # Sphinx's indexer asks for the documents
        sphinx_xmlpipe(corpus, index)
        return
    build, query = ENGINES[engine]
    if phase == "build":
        if os.path.exists(index):
            shutil.rmtree(index)
        if build:
            build(corpus, index)
        else:
            os.makedirs(index)
    else:
        hits_out, lat_out, rounds = sys.argv[5], sys.argv[6], int(sys.argv[7])
        hits, lat = query(corpus, index, benchlib.load_queries(), rounds)
        benchlib.write_lines(hits_out, hits)
        benchlib.write_lines(lat_out, lat)


if __name__ == "__main__":
    main()
