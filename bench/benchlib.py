"""Shared pieces of the bench/ Python programs: the query set, the corpus
manifest, the normalization of the ground truth, and the result format.

Result format every engine program writes (one file per engine and phase):
  hits:    one line per query, "qid<TAB>id id id ..." (all matching ids)
  latency: one line per query, "qid<TAB>ms ms ms ..." (one per timed round)
"""
import os
import re
import subprocess
import unicodedata

BENCH = os.path.dirname(os.path.abspath(__file__))


class Query:
    def __init__(self, qid, kind, text, year, region, region_prefix):
        self.qid, self.kind, self.text = qid, kind, text
        self.terms = text.split()
        self.year_lo, self.year_hi = parse_years(year)
        self.region = None if region == "-" else region
        self.region_prefix = None if region_prefix == "-" else region_prefix

    def accepts(self, year, code):
        """The query's filters, on a document's manifest metadata."""
        if self.year_lo and year < self.year_lo:
            return False
        if self.year_hi and year > self.year_hi:
            return False
        if self.region_prefix and not code.startswith(self.region_prefix):
            return False
        return True


def parse_years(s):
    if s == "-":
        return 0, 0
    if ".." not in s:
        return int(s), int(s)
    lo, hi = s.split("..")
    return int(lo or 0), int(hi or 0)


def load_queries(path=None):
    path = path or os.path.join(BENCH, "queries.tsv")
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.append(Query(*line.rstrip("\n").split("\t")))
    return out


def manifest_rows(corpus):
    """(id, year, region code, traditional, noisy) of every document the
    generator wrote, from manifest.tsv."""
    rows = []
    with open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            i, year, code, trad, noisy, size = line.rstrip("\n").split("\t")
            rows.append((i, int(year), code, trad == "1", noisy == "1"))
    return rows


def load_manifest(corpus):
    return [(i, year, code) for i, year, code, _, _ in manifest_rows(corpus)]


def read_doc(corpus, docid):
    with open(os.path.join(corpus, "docs", docid), encoding="utf-8") as f:
        return f.read()


def page_content(text):
    """A noisy document without the page chrome gen_corpus.add_noise puts
    around it: its first line (a breadcrumb) and its last (print/close links
    and a click count).  That chrome is not the plan's text, so a researcher
    would not count a click count of 2012 as a plan mentioning 2012."""
    lines = text.rstrip("\n").split("\n")
    return "\n".join(lines[1:-1])


# ---- Ground-truth normalization --------------------------------------------
#
# Written independently of cjk/: NFKC of single characters (full-width ->
# ASCII), lower case, OpenCC t2s applied to each character on its own line
# (so phrase rules cannot apply), the context variants below, then every run
# of characters that are neither CJK nor letters/digits becomes one space.

# Characters traditional script writes for two simplified ones by context,
# which plansearch folds to one form as README's "what is repaired" states
# (著力 and 着力 are one query): each first character is read as the second.
CONTEXT_VARIANTS = {"著": "着", "瞭": "了", "覆": "复", "藉": "借", "衹": "只", "祇": "只",
                    "彷": "仿", "牴": "抵", "阪": "坂"}


class _Fold(dict):
    def __init__(self, t2s):
        super().__init__()
        self.t2s = t2s

    def __missing__(self, cp):
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if len(n) != 1:
            n = c
        n = n.lower() if len(n.lower()) == 1 else n
        n = self.t2s.get(n, n)
        n = CONTEXT_VARIANTS.get(n, n)
        if _is_cjk(n) or n.isalnum():
            out = n
        else:
            out = " "
        self[cp] = out
        return out


def _is_cjk(c):
    cp = ord(c)
    return (0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or
            0x20000 <= cp <= 0x3FFFF or cp in (0x3005, 0x3007) or
            0x3041 <= cp <= 0x30FF or 0xAC00 <= cp <= 0xD7A3)


# A letter or digit that is not CJK (Python's \\w counts Han as a letter).
_ALNUM = ("[^\\W_\u3400-\u9fff\uf900-\ufaff\u3005\u3007\u3041-\u30ff"
          "\uac00-\ud7a3\U00020000-\U0003ffff]")


def load_t2s():
    chars = [chr(cp) for cp in range(0x3400, 0xA000)] + \
            [chr(cp) for cp in range(0xF900, 0xFB00)]
    out = subprocess.run(["opencc", "-c", "t2s.json"], input="\n".join(chars).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode().split("\n")
    return {a: b for a, b in zip(chars, out) if len(b) == 1 and a != b}


class Normalizer:
    def __init__(self):
        self.fold = _Fold(load_t2s())
        self.spaces = re.compile(" +")

    def __call__(self, text):
        return self.spaces.sub(" ", text.translate(self.fold))

    def term_pattern(self, term):
        """A regex finding the normalized term, Latin/digit runs whole."""
        t = self(term).strip()
        pat = re.escape(t)
        if t[:1].isalnum() and not _is_cjk(t[0]):
            pat = "(?<!" + _ALNUM + ")" + pat
        if t[-1:].isalnum() and not _is_cjk(t[-1]):
            pat = pat + "(?!" + _ALNUM + ")"
        return t, re.compile(pat)


def write_lines(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for qid, values in rows:
            f.write(qid + "\t" + " ".join(str(v) for v in values) + "\n")


def read_lines(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            qid, _, rest = line.rstrip("\n").partition("\t")
            out[qid] = rest.split() if rest else []
    return out
