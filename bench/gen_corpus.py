#!/usr/bin/env python3
"""Deterministic generator of a realistic plan corpus for bench/run.

    gen_corpus.py --mb SIZE --out DIR [--seed N]

Writes DIR/docs/NNN/NNNNNN.txt (one plain-text plan per file) and
DIR/manifest.tsv (id, year, region code, traditional, noisy, bytes), the
metadata the peers index as fields and the ground truth filters on.

What a document is made of:
  - a title and signature naming a real place from the project's gazetteer
    (corpus/gazetteer_data.c) and a year in 2005-2024;
  - sentences that are either real clauses of the bundled plans
    (corpus/plans/) or runs of words drawn by frequency from jieba's
    dictionary (Debian python3-jieba, dict.txt);
  - theme phrases whose frequency rises and falls with the year
    (两个普遍 peaks around 2012, 疫情 only from 2020, ...);
  - lengths log-normal with a median near 4.5 KB (mean near 5 KB);
  - about 5% converted to traditional script by OpenCC (s2t), about 3% with
    web noise (breadcrumbs, full-width digits, '?' for lost quotes).
The same seed and size always give the same bytes.
"""
import argparse
import bisect
import math
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JIEBA_DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"

# (phrase, weight(year)): expected uses per 1000 sentences.
def _peak(center, width, height):
    return lambda y: height * math.exp(-((y - center) / width) ** 2)

THEMES = [
    ("两个普遍", _peak(2012, 1.8, 30)),
    ("工资集体协商", _peak(2012, 3.5, 25)),
    ("集体协商", _peak(2013, 5, 20)),
    ("困难职工帮扶", _peak(2010, 5, 12)),
    ("科学发展观", lambda y: 15 if y <= 2012 else 0.5),
    ("中国梦", lambda y: 12 if y >= 2013 else 0),
    ("疫情防控", lambda y: 25 if y >= 2020 else 0),
    ("新冠肺炎疫情", lambda y: 12 if 2020 <= y <= 2022 else 0),
    ("复工复产", lambda y: 10 if 2020 <= y <= 2021 else 0),
    ("脱贫攻坚", lambda y: 15 if 2015 <= y <= 2020 else 0),
    ("乡村振兴", lambda y: 15 if y >= 2018 else 0),
    ("新就业形态劳动者", lambda y: 12 if y >= 2021 else 0),
    ("农民工入会", _peak(2009, 4, 10)),
    ("职工之家", lambda y: 8),
    ("女职工", lambda y: 10),
    ("劳动竞赛", lambda y: 8),
    ("安全生产", lambda y: 6),
    ("劳模精神", lambda y: 4 + (y - 2005) * 0.4),
    ("互联网+工会", lambda y: 8 if y >= 2016 else 0),
    ("产业工人队伍建设改革", lambda y: 10 if y >= 2017 else 0),
    ("构建和谐劳动关系", lambda y: 8),
]

SECTORS = ["总工会", "总工会", "总工会", "教育工会", "卫生系统工会",
           "教科文卫体工会", "建设工会", "机关工会"]
NUMERALS = "一二三四五六七八九十"


def load_gazetteer():
    src = open(os.path.join(ROOT, "corpus", "gazetteer_data.c"), encoding="utf-8").read()
    rows_part, names_part = src.split("ps_gaz_names[] =", 1)
    rows = [(int(c), int(p), int(l)) for c, p, l in
            re.findall(r"\{(\d+),(-?\d+),(\d)\}", rows_part)]
    names_part = names_part.split(";", 1)[0]
    names = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', names_part)).split("\\0")
    places = []  # (code, full name chain) for prefectures and counties
    for i, (code, parent, level) in enumerate(rows):
        if level not in (2, 3):
            continue
        chain, j = [], i
        while j >= 0:
            chain.append(names[j])
            j = rows[j][1]
        chain.reverse()
        # "北京市东城区" rather than "北京市北京市东城区" style repeats
        text = "".join(dict.fromkeys(chain))
        places.append((str(code), text))
    return places


def load_clauses():
    clauses = []
    pdir = os.path.join(ROOT, "corpus", "plans")
    for name in sorted(os.listdir(pdir)):
        text = open(os.path.join(pdir, name), encoding="utf-8").read()
        for c in re.split(r"[。；！？\n]", text):
            c = c.strip()
            # whole sentences only; nothing that looks like a compilation
            # marker, a title or a signature date
            if len(c) < 8 or "篇" in c or "工作要点" in c or re.search(r"\d+月\d+日", c):
                continue
            # nor a Party congress or plenum studied (党的十九届四中全会精神):
            # it dates its text, and a document of another year carrying it
            # contradicts its own title (plansearch then gives no year, as a
            # reader would: RULES.md year rule 9)
            if re.search(r"[十二][一二三四五六七八九十]*(大|[屆届][一二三四五六七]中全[会會])", c):
                continue
            clauses.append(c)
    # one bundled plan is in traditional script: keep the 5% share of
    # traditional documents the only source of traditional text
    out = subprocess.run(["opencc", "-c", "t2s.json"], input="\n".join(clauses).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    return out.split("\n")


def load_dictionary():
    words, cum, total = [], [], 0
    with open(JIEBA_DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", parts[0]):
                continue
            total += int(parts[1])
            words.append(parts[0])
            cum.append(total)
    return words, cum


def fullwidth_digits(s):
    return s.translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.places = load_gazetteer()
        self.clauses = load_clauses()
        self.words, self.cum = load_dictionary()

    def sentence(self, year):
        r = self.rng
        if r.random() < 0.35:
            s = r.choice(self.clauses)
        else:
            n = r.randint(5, 16)
            s = "".join(r.choices(self.words, cum_weights=self.cum, k=n))
        for phrase, weight in THEMES:
            if r.random() * 1000 < weight(year):
                cut = r.randint(0, len(s))
                s = s[:cut] + "“" + phrase + "”" + s[cut:] if r.random() < 0.2 \
                    else s[:cut] + phrase + s[cut:]
        return s

    def document(self, doc_no):
        r = self.rng
        year = r.randint(2005, 2024)
        code, place = r.choice(self.places)
        org = place + r.choice(SECTORS)
        target = int(min(80000, max(800, r.lognormvariate(math.log(4500), 0.5))))
        title = f"{org}{year}年工作要点"
        parts = [title, ""]
        intro = f"{year}年全市工会工作的总体要求是：" + self.sentence(year) + "。"
        parts.append(intro)
        size = len((title + intro).encode())
        section = 0
        while size < target:
            if section < 10 and r.random() < 0.25:
                head = f"{NUMERALS[section]}、{self.sentence(year)[:14]}"
                section += 1
                parts += ["", head]
                size += len(head.encode())
            para = "，".join(self.sentence(year) for _ in range(r.randint(1, 4))) + "。"
            parts.append(para)
            size += len(para.encode())
        month, day = r.randint(1, 3), r.randint(1, 28)
        parts += ["", org, f"{year}年{month}月{day}日", ""]
        text = "\n".join(parts)
        trad = r.random() < 0.05
        noisy = r.random() < 0.03
        return {"year": year, "code": code, "text": text, "trad": trad, "noisy": noisy}

    def add_noise(self, text):
        r = self.rng
        crumbs = r.choice(["首页 > 工作动态 > 正文", "当前位置：首页 >> 通知公告",
                           "您现在的位置: 网站首页 > 文件资料"])
        text = text.replace("“", "?").replace("”", "?")
        # full-width digits in about half of the lines
        lines = [fullwidth_digits(l) if r.random() < 0.5 else l for l in text.split("\n")]
        tail = "【打印本页】 【关闭窗口】 浏览次数：" + str(r.randint(10, 9999))
        return crumbs + "\n" + "\n".join(lines) + "\n" + tail + "\n"


def to_traditional(texts):
    """Convert texts with one opencc run (s2t); order and count preserved."""
    if not texts:
        return []
    sep = "\n@@PSDOCSEP@@\n"
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=sep.join(texts).encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    parts = out.split(sep)
    if len(parts) != len(texts):
        sys.exit("gen_corpus: opencc changed the document separator")
    return parts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20121)
    a = ap.parse_args()
    g = Generator(a.seed)
    target = int(a.mb * 1e6)
    os.makedirs(os.path.join(a.out, "docs"), exist_ok=True)
    manifest = open(os.path.join(a.out, "manifest.tsv"), "w", encoding="utf-8")
    manifest.write("id\tyear\tregion_code\ttraditional\tnoisy\tbytes\n")
    total, n, batch = 0, 0, []

    def flush():
        trad = to_traditional([d["text"] for d in batch if d["trad"]])
        for d in batch:
            if d["trad"]:
                d["text"] = trad.pop(0)
            data = d["text"].encode("utf-8")
            path = os.path.join(a.out, "docs", d["id"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            manifest.write(f"{d['id']}\t{d['year']}\t{d['code']}\t{int(d['trad'])}"
                           f"\t{int(d['noisy'])}\t{len(data)}\n")
        batch.clear()

    while total < target:
        d = g.document(n)
        if d["noisy"]:
            d["text"] = g.add_noise(d["text"])
        d["id"] = f"{n // 1000:03d}/{n:06d}.txt"
        total += len(d["text"].encode("utf-8"))
        n += 1
        batch.append(d)
        if len(batch) >= 2000:
            flush()
    flush()
    manifest.close()
    print(f"gen_corpus: {n} documents, {total / 1e6:.1f} MB in {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
