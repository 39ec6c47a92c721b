#!/usr/bin/python3
"""plansearch serve in a real browser (headless Chromium via Selenium):
type a query, set a filter, open a document, go back, switch to compare,
download a CSV; hostile documents show as text; the address holds the
state.  Screenshots go to $PS_BUILD_DIR/web-screens/."""
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:
    print("SKIP: python3-selenium is not installed (scripts/dev installs it)")
    sys.exit(77)
CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
if not CHROMIUM or not DRIVER:
    print("SKIP: chromium and chromium-driver are not installed (scripts/dev installs them)")
    sys.exit(77)

import servelib  # noqa: E402
from servelib import Server  # noqa: E402

failed = 0
passed = 0


def downloaded(folder, ext, timeout=20.0):
    """The path of the finished download ending in ext, or None.  Chromium
    may show the file under its final name before its bytes are written:
    wait until no partial download remains and its size holds still."""
    end, last = time.time() + timeout, None
    while time.time() < end:
        names = os.listdir(folder)
        done = [f for f in names if f.endswith(ext)]
        if done and not any(f.endswith(".crdownload") for f in names):
            path = os.path.join(folder, done[0])
            size = os.path.getsize(path)
            if size > 0 and size == last:
                return path
            last = size
        time.sleep(0.2)
    return None


def check(what, ok, detail=""):
    global failed, passed
    if ok:
        passed += 1
    else:
        failed += 1
        print("not ok - %s %s" % (what, detail))


tmp = tempfile.TemporaryDirectory()
db = servelib.build_index(tmp.name)
shots = os.path.join(os.environ.get("PS_BUILD_DIR", tmp.name), "web-screens")
os.makedirs(shots, exist_ok=True)
downloads = os.path.join(tmp.name, "downloads")
os.makedirs(downloads)

srv = Server("--db", db)
opts = webdriver.ChromeOptions()
opts.binary_location = CHROMIUM
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--window-size=1280,1000", "--lang=zh-CN", "--no-first-run", "--disable-extensions"]:
    opts.add_argument(a)
opts.add_experimental_option("prefs", {"download.default_directory": downloads,
                                       "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
# generous: on a loaded 2-core machine the analyses the page asks for before
# (keyness, collocates) can hold the server's readers for a while
wait = WebDriverWait(driver, 90)


def css(sel):
    return driver.find_elements(By.CSS_SELECTOR, sel)


def url_params():
    return urllib.parse.parse_qs(urllib.parse.urlparse(driver.current_url).query)


def results_shown():
    return css("#total") or css("#q-error") and css("#q-error")[0].text or css("#results .error")


try:
    # ---- type a query ----
    driver.get(srv.base + "/")
    wait.until(lambda d: css("#q"))
    check("the page is in Chinese by default", css("#submit")[0].text == "检索")
    box = css("#q")[0]
    box.send_keys("集体协商")
    css("#submit")[0].click()
    wait.until(lambda d: css("#total"))
    check("a typed query shows hits", len(css("li.hit")) >= 2, driver.page_source[:300])
    check("the address holds the query", url_params().get("q") == ["集体协商"])
    check("matches are highlighted", any(m.text in ("集体协商", "集體協商") for m in css("li.hit mark")))
    check("facets are shown", css('#facets [data-facet="year"] li') and css('#facets [data-facet="province"] li'))
    total_all = css("#total")[0].text

    # ---- set a filter ----
    year = css("#f-year")[0]
    year.clear()
    year.send_keys("2012")
    css("#submit")[0].click()
    wait.until(lambda d: url_params().get("year") == ["2012"] and css("#total") and css("#total")[0].text != total_all)
    check("a year filter narrows the hits to that year",
          all("2012" in m.text for m in css("li.hit .meta")) and len(css("li.hit")) >= 1)

    # ---- a facet click filters ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("工会"))
    wait.until(lambda d: css('#facets [data-facet="province"] a'))
    driver.save_screenshot(os.path.join(shots, "search.png"))
    link = css('#facets [data-facet="province"] a')[0]
    prov = link.text
    link.click()
    wait.until(lambda d: url_params().get("region") == [prov] and css("#total"))
    check("a facet value filters by it", all(prov in m.text for m in css("li.hit .meta")), prov)

    # ---- the region picker: province, then city ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("工会"))
    wait.until(lambda d: css("#f-pick0 option[value='四川省']"))
    Select(css("#f-pick0")[0]).select_by_value("四川省")
    wait.until(lambda d: css("#f-pick1 option[value='达州市']"))
    Select(css("#f-pick1")[0]).select_by_value("达州市")
    check("picking province and city fills the region", css("#f-region")[0].get_attribute("value") == "四川省/达州市")
    css("#submit")[0].click()
    wait.until(lambda d: url_params().get("region") == ["四川省/达州市"] and css("#total"))
    check("and filters by it", css("li.hit") and all("达州市" in m.text for m in css("li.hit .meta")))

    # ---- keyness and collocates views ----
    driver.get(srv.base + "/?view=keyness&year=2012..&vs_year=..2011")
    wait.until(lambda d: css("#keyness-table tr") or css("#results .error"))
    rows = css("#keyness-table tr")
    first = json.loads(servelib.run("keyness", "--db", db, "--year", "2012..", "--vs", "--year", "..2011",
                                    "--json")[1])["terms"][0]["term"]
    check("keyness shows the CLI's most distinctive term first",
          len(rows) > 2 and rows[1].text.split()[0] == first, first)
    driver.get(srv.base + "/?view=collocates&term=" + urllib.parse.quote("工会"))
    wait.until(lambda d: css("#collocates-table tr") or css("#results .error"))
    check("collocates shows a table", len(css("#collocates-table tr")) > 2)

    # ---- a note the CLI prints on stderr shows on the page ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("工会") + "&region=" + urllib.parse.quote("河南"))
    wait.until(lambda d: css("#total"))
    want = json.loads(srv.get("/api/search?q=%E5%B7%A5%E4%BC%9A&region=%E6%B2%B3%E5%8D%97")[2])["notes"]
    check("a region read as one of several places so named: the note is shown",
          want and css("#notes") and want[0] in css("#notes")[0].text, str(want))
    driver.save_screenshot(os.path.join(shots, "search-note.png"))

    # ---- a malformed query: the message beside the box ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("(集体协商"))
    wait.until(lambda d: css("#q-error") and css("#q-error")[0].text)
    check("a malformed query shows the CLI's message beside the box",
          "unbalanced '('" in css("#q-error")[0].text, css("#q-error")[0].text)

    # ---- opening the address shows those results; open a document; back ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("集体协商") + "&year=2012")
    wait.until(lambda d: css("li.hit a"))
    check("opening ?q=集体协商&year=2012 shows those results", css("#q")[0].get_attribute("value") == "集体协商"
          and css("#f-year")[0].get_attribute("value") == "2012" and css("li.hit"))
    title = css("li.hit a")[0].text
    css("li.hit a")[0].click()
    wait.until(lambda d: css("#doc-text"))
    check("the document view shows its title", css("#doc-title")[0].text == title)
    check("the document view shows its metadata", "北京市/朝阳区" in css("#doc-meta")[0].text)
    shown = json.loads(srv.get("/api/show?id=" + urllib.parse.quote(url_params()["id"][0]))[2])
    check("the document view says where the title came from",
          shown["title_from"] and shown["title_from"] in css("#doc-meta")[0].text, shown.get("title_from"))
    wait.until(lambda d: css("#doc-text mark"))
    check("the full text has the matches highlighted", css("#doc-text mark")[0].text in ("集体协商", "集體協商"))
    driver.back()
    wait.until(lambda d: css("li.hit") and url_params().get("view") != ["doc"])
    check("back returns to the results", url_params().get("year") == ["2012"] and css("li.hit"))
    driver.forward()
    wait.until(lambda d: css("#doc-text"))
    check("forward returns to the document", css("#doc-title")[0].text == title)

    # ---- a document's near-duplicate copies, each a link to its own view ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("八字桥乡工会"))
    wait.until(lambda d: css("li.hit .folded a"))
    css("li.hit .folded a")[0].click()
    wait.until(lambda d: css("#doc-copies li a"))
    check("a hit's folded copies are listed from the hit", url_params().get("view") == ["doc"]
          and len(css("#doc-copies li")) == 1)
    driver.get(srv.base + "/?view=doc&id=" + urllib.parse.quote(servelib.REPOST_OF))
    wait.until(lambda d: css("#doc-copies li a"))
    copies = css("#doc-copies li a")
    check("the document view lists its near-duplicate copy",
          len(copies) == 1 and servelib.REPOST in css("#doc-copies li")[0].text, css("#doc-copies")[0].text)
    furniture = css("#doc-furniture")
    check("the page furniture is listed apart, marked, and not as JSON in the metadata",
          furniture and "当前位置" in furniture[0].get_attribute("textContent")
          and "当前位置" not in css("#doc-meta")[0].text and '{"command"' not in css("#doc-meta")[0].text,
          css("#doc-meta")[0].text[-300:])
    driver.set_window_size(1280, 420)
    driver.execute_script("window.scrollTo(0, document.getElementById('doc-copies').offsetTop - 120)")
    driver.save_screenshot(os.path.join(shots, "document.png"))
    driver.set_window_size(1280, 1000)
    copies[0].click()
    wait.until(lambda d: url_params().get("id") == [servelib.REPOST] and css("#doc-copies li a"))
    check("a copy's link opens that copy, which lists the first as its copy",
          servelib.REPOST_OF in css("#doc-copies li")[0].text and css("#doc-text"))
    driver.get(srv.base + "/?view=doc&id=hostile.txt")
    wait.until(lambda d: css("#doc-copies p.note"))
    check("a document without copies says so", not css("#doc-copies li"))

    # ---- hostile documents show as text ----
    driver.get(srv.base + "/?q=onerror")
    wait.until(lambda d: css("li.hit"))
    snip = css("li.hit .snip")[0].text
    check("markup in a snippet shows as text", "<img src=x onerror=" in snip, snip)
    check("and runs nothing", driver.execute_script("return window.__pwned === undefined") and not css("li.hit img"))
    css("li.hit a")[0].click()
    wait.until(lambda d: css("#doc-text"))
    check("a document's <script> shows as text in the full text",
          "<script>window.__pwned=1</script>" in css("#doc-text")[0].text and
          driver.execute_script("return window.__pwned === undefined"))

    # ---- compare, and a CSV download ----
    driver.get(srv.base + "/?q=" + urllib.parse.quote("集体协商"))
    wait.until(lambda d: css('#nav a[data-view="compare"]'))
    css('#nav a[data-view="compare"]')[0].click()
    wait.until(lambda d: css("#terms"))
    terms = css("#terms")[0]
    terms.send_keys("\n职工之家")
    css("#submit")[0].click()
    wait.until(lambda d: css("#compare-table tr") and css("#compare-chart"))
    wait.until(lambda d: d.execute_script("return document.getElementById('compare-chart').naturalWidth > 0"))
    check("compare carries the query over and adds a term", url_params().get("term") == ["集体协商", "职工之家"])
    check("compare shows a table with coverage", "2012" in css("#compare-table")[0].text)
    check("compare shows the chart", driver.execute_script(
        "return document.getElementById('compare-chart').naturalWidth") > 100)
    driver.set_window_size(1280, 1500)
    driver.save_screenshot(os.path.join(shots, "compare.png"))
    driver.set_window_size(1280, 1000)
    css("a.download-csv")[0].click()
    got = downloaded(downloads, ".csv")
    check("the CSV downloads", got is not None, str(os.listdir(downloads)))
    if got:
        text = open(got, encoding="utf-8-sig").read()
        check("the CSV is compare's long form",
              text.startswith("year,group_plans,group_chars,term,matching_plans") and "职工之家" in text, text[:100])
        head, first = text.split("\n")[:2]
        check("the CSV carries its provenance: index, query and options",
              head.endswith(",provenance_index,provenance_version,provenance_query,provenance_filters,provenance_date")
              and (",%s," % db) in first and "集体协商 | 职工之家,--by year," in first, first)

    css("#download-png")[0].click()
    png = downloaded(downloads, ".png")
    check("the chart downloads as a PNG", png is not None and open(png, "rb").read(8) == b"\x89PNG\r\n\x1a\n",
          str(os.listdir(downloads)))

    # ---- English switch and a phone-sized window ----
    css("#lang")[0].click()
    wait.until(lambda d: url_params().get("lang") == ["en"] and css("#submit"))
    check("the English switch keeps the view and its state",
          css("#submit")[0].text == "Search" and url_params().get("term") == ["集体协商", "职工之家"])
    driver.set_window_size(390, 844)
    driver.get(srv.base + "/?q=" + urllib.parse.quote("集体协商"))
    wait.until(lambda d: css("li.hit"))
    check("a phone-sized window needs no sideways scrolling",
          driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1"))
    driver.save_screenshot(os.path.join(shots, "search-phone.png"))

    # ---- KWIC sorted by left context ----
    driver.set_window_size(1280, 1000)
    driver.get(srv.base + "/?view=kwic&ksort=right&q=" + urllib.parse.quote("工会"))
    wait.until(lambda d: css("#kwic-table tr"))
    rights = [r.text for r in css("#kwic-table td.right")]
    check("KWIC lines sorted by right context", len(rights) > 5 and rights == sorted(rights, key=lambda s: s) or
          driver.execute_script("const r=[...document.querySelectorAll('#kwic-table td.right')].map(x=>x.textContent);"
                                "const c=new Intl.Collator('zh');return r.every((x,i)=>i==0||c.compare(r[i-1],x)<=0)"))
    logs = [l for l in driver.get_log("browser") if l["level"] == "SEVERE" and "favicon" not in l["message"]
            and not (l["source"] == "network" and "status of 400" in l["message"])]
    check("no script errors or policy violations in the console", not logs, str(logs)[:500])
finally:
    driver.quit()
    srv.stop()

print("%d passed, %d failed; screenshots in %s" % (passed, failed, shots))
sys.exit(1 if failed else 0)
