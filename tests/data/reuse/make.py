#!/usr/bin/env python3
"""Writes the reuse fixtures of tests/e2e/t350-reuse.sh (committed; run again
only to change them).  Filler text is words drawn at random from jieba's
dictionary (python3-jieba) with a fixed seed, so that no two plans share a
passage by chance; the shared passages are planted here and listed in
planted.tsv (file, passage name, the passage's text as the file writes it)."""
import os, random, re, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2026)
words = []
for line in open("/usr/lib/python3/dist-packages/jieba/dict.txt", encoding="utf-8"):
    w, freq = line.split()[:2]
    # common, inoffensive words only
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w) and int(freq) >= 2000 and \
            not re.search("[阴毛色性裸奸淫妓屎尿死杀尸骂屁臭黄赌毒胸乳]", w):
        words.append(w)

def filler(n):
    out = []
    while sum(map(len, out)) < n:
        out.append("".join(rng.choice(words) for _ in range(rng.randint(4, 9))))
    return "，".join(out) + "。"

# boilerplate every plan carries (a stock formula)
BOILER = ("坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，"
          "深入学习贯彻习近平总书记关于工人阶级和工会工作的重要论述，")
P1 = filler(90)   # the provincial passage copied by the county and the township
P2 = filler(50)   # a second one, copied by the county with other punctuation
P3 = filler(60)   # the city's own, copied by nobody

def plan(title, paras, org, date):
    return title + "\n\n" + "\n".join(paras) + "\n\n" + org + "\n" + date + "\n"

files = {}
files["prov.txt"] = plan("四川省总工会2015年工作要点",
    ["2015年全省工会工作的总体要求是：" + BOILER + filler(40),
     "一、" + filler(60), P1, filler(80), "二、" + filler(50), P2, filler(70)],
    "四川省总工会", "2015年2月10日")
# the county copies P1 verbatim and P2 with its commas turned into 、 and a line break
p2_county = P2.replace("，", "、", 2)
p2_county = p2_county[:20] + "\n" + p2_county[20:]
files["county.txt"] = plan("乐山市市中区总工会2017年工作要点",
    ["2017年全区工会工作的总体要求是：" + BOILER + filler(40),
     "一、" + filler(70), filler(30) + P1 + filler(30), "二、" + filler(60),
     p2_county, filler(90)],
    "乐山市市中区总工会", "2017年3月1日")
# the township's plan is in traditional script (converted below)
files["town_trad.txt"] = plan("峨眉山市绥山镇总工会2018年工作要点",
    ["2018年全镇工会工作的总体要求是：" + BOILER + filler(40),
     "一、" + filler(50), P1, filler(60)],
    "峨眉山市绥山镇总工会", "2018年1月20日")
files["city.txt"] = plan("成都市总工会2016年工作要点",
    ["2016年全市工会工作的总体要求是：" + BOILER + filler(40),
     "一、" + filler(80), P3, filler(80)],
    "成都市总工会", "2016年2月5日")
for i, (place, year) in enumerate([("河南省总工会", 2014), ("郑州市总工会", 2016),
                                    ("洛阳市总工会", 2019), ("南阳市总工会", 2020)]):
    files[f"other{i + 1}.txt"] = plan(f"{place}{year}年工作要点",
        [f"{year}年工会工作的总体要求是：" + BOILER + filler(60), "一、" + filler(90),
         filler(120), "二、" + filler(80)],
        place, f"{year}年2月1日")
# a repost of the provincial plan on another site: a near-duplicate, not reuse
files["prov_repost.txt"] = "首页 > 工作动态\n" + files["prov.txt"]
# two plans of one union with a long name: sharing it in headline and
# signature is not reuse
LONG = "新疆维吾尔自治区昌吉回族自治州木垒哈萨克自治县教科文卫体工会"
for name, year in [("same_org_a.txt", 2015), ("same_org_b.txt", 2017)]:
    files[name] = plan(f"{LONG}{year}年工作要点",
        [f"{year}年全县教育系统工会工作的总体要求是：" + BOILER + filler(60),
         "一、" + filler(90), filler(100)],
        LONG, f"{year}年3月2日")

trad = subprocess.run(["opencc", "-c", "s2t.json"], input=files["town_trad.txt"].encode(),
                      stdout=subprocess.PIPE, check=True).stdout.decode()
p1_trad = subprocess.run(["opencc", "-c", "s2t.json"], input=P1.encode(),
                         stdout=subprocess.PIPE, check=True).stdout.decode()
assert p1_trad in trad
files["town_trad.txt"] = trad
for name, text in files.items():
    open(os.path.join(HERE, "plans", name), "w", encoding="utf-8").write(text)
with open(os.path.join(HERE, "planted.tsv"), "w", encoding="utf-8") as f:
    for name, pname, text in [("prov.txt", "P1", P1), ("county.txt", "P1", P1),
                              ("town_trad.txt", "P1", p1_trad), ("prov.txt", "P2", P2),
                              ("county.txt", "P2", p2_county), ("city.txt", "P3", P3),
                              ("prov.txt", "BOILER", BOILER)]:
        one_line = text.replace("\n", "\\n")
        f.write(f"{name}\t{pname}\t{one_line}\n")
