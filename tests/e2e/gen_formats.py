#!/usr/bin/python3
"""Write the document fixtures of the format tests into a folder.

Every file is made here, from text written for the tests: PDFs with an
embedded CJK font (ReportLab, WenQuanYi Micro Hei), a scanned PDF and
images rendered from text (Pillow), .docx (python-docx), and .odt, OFD,
MHTML and Word 97 .doc written directly (zipfile, email, and a small OLE2
compound-file writer below), plus broken and hostile variants.

usage: gen_formats.py DIR [--huge PAGES] [--scans] [--big]
"""
import email.charset
import email.mime.multipart
import email.mime.text
import io
import os
import struct
import sys
import zipfile

FONT = None
for f in ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"):
    if os.path.exists(f):
        FONT = f
        break

TITLE = "林甸县总工会2013年工作要点"
# Each format has its own phrase, so a hit proves that format was read;
# half of them are in traditional script.
PHRASES = {
    "pdf": "全面推進職工之家建設",
    "docx": "深入开展劳动竞赛活动",
    "odt": "扎实推进厂务公开工作",
    "ofd": "切實做好困難職工幫扶",
    "mhtml": "大力推进工资集体协商",
    "gbk": "積極開展送溫暖活動",
    "doc": "认真落实女职工特殊保护",
    "wps": "加強基層工會規範化建設",
    "scan": "职工素质提升工程",
    "png": "农民工入会集中行动",
    "raw": "着力构建和谐劳动关系",
    "mixed": "深化产业工人队伍建设改革",
    "tiff": "推进新就业形态劳动者入会",
}


def lines_for(key):
    return [TITLE, "一、指导思想", PHRASES[key] + "，推动工会工作再上新台阶。",
            "二、主要任务", "（一）加强组织建设，扩大工会覆盖面。", "林甸县总工会",
            "二〇一三年二月十日"]


def pdf(path, lines, title=TITLE, encrypt=None, pages=1, noise=0):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("cjk", FONT, subfontIndex=0))
    c = canvas.Canvas(path, encrypt=encrypt)
    c.setTitle(title)
    c.setAuthor("林甸县总工会")
    if noise:  # an incompressible picture: a file of `noise` MB
        from PIL import Image
        from reportlab.lib.utils import ImageReader
        side = int((noise * 2 ** 20 / 3) ** 0.5) + 1
        img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
        c.drawImage(ImageReader(img), 60, 100, 400, 400)
    for p in range(pages):
        c.setFont("cjk", 14)
        y = 800
        for line in (lines if p == 0 else ["任务%d：推进职工书屋建设。" % (p + 1)]):
            c.drawString(60, y, line)
            y -= 24
        c.showPage()
    c.save()


def render(lines, size=40):
    """A page image of the lines, as a scanner would give it (grey, 300 dpi)."""
    from PIL import Image, ImageDraw, ImageFont
    font = ImageFont.truetype(FONT, size)
    w, h = 2480, 120 + len(lines) * int(size * 1.8)
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(lines):
        d.text((150, 60 + i * int(size * 1.8)), line, fill=0, font=font)
    return img


def scanned_pdf(path, lines):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    img = render(lines)
    c = canvas.Canvas(path, pagesize=(img.width * 72 / 300, img.height * 72 / 300))
    c.drawImage(ImageReader(img), 0, 0, img.width * 72 / 300, img.height * 72 / 300)
    c.showPage()
    c.save()


def docx(path, key):
    import docx as pydocx
    d = pydocx.Document()
    d.core_properties.title = TITLE
    d.core_properties.author = "林甸县总工会"
    lines = lines_for(key)
    d.add_heading(lines[0], 0)
    d.add_heading(lines[1], 1)
    d.add_paragraph(lines[2])
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "任务"
    t.cell(0, 1).text = "责任单位"
    t.cell(1, 0).text = "建设职工书屋"
    t.cell(1, 1).text = "宣教部"
    for line in lines[3:]:
        d.add_paragraph(line)
    d.save(path)


def odt(path, key):
    body = "".join("<text:p>%s</text:p>" % l for l in lines_for(key))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
               '<office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>' % body)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)


def ofd(path, key):
    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    root = ('<?xml version="1.0" encoding="UTF-8"?><ofd:OFD %s DocType="OFD" Version="1.0">'
            '<ofd:DocBody><ofd:DocInfo><ofd:DocID>a1</ofd:DocID><ofd:Title>%s</ofd:Title>'
            '<ofd:Author>林甸县总工会</ofd:Author><ofd:CreationDate>2013-02-10</ofd:CreationDate>'
            '</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>'
            '</ofd:OFD>' % (ns, TITLE))
    doc = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Document %s><ofd:CommonData>'
           '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea>'
           '</ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/>'
           '</ofd:Pages></ofd:Document>' % ns)
    objs = []
    y = 20
    for i, line in enumerate(lines_for(key)):
        # a line in two text objects, as OFD writers often split runs
        half = len(line) // 2
        for j, part in enumerate((line[:half], line[half:])):
            if not part:
                continue
            objs.append('<ofd:TextObject ID="%d" Boundary="%d %d 170 6" Font="1" Size="4.2">'
                        '<ofd:TextCode X="0" Y="4.5" DeltaX="g %d 4.2">%s</ofd:TextCode>'
                        '</ofd:TextObject>' % (10 + 2 * i + j, 20 + 4.2 * half * j, y,
                                                max(len(part) - 1, 1), part))
        y += 8
    page = ('<?xml version="1.0" encoding="UTF-8"?><ofd:Page %s><ofd:Content><ofd:Layer ID="2">'
            '%s</ofd:Layer></ofd:Content></ofd:Page>' % (ns, "".join(objs)))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("OFD.xml", root)
        z.writestr("Doc_0/Document.xml", doc)
        z.writestr("Doc_0/Pages/Page_0/Content.xml", page)


def mhtml(path, key, charset, cte):
    html = ("<html><head><meta charset=\"%s\"><title>%s</title></head><body>%s</body></html>"
            % (charset, TITLE, "".join("<p>%s</p>" % l for l in lines_for(key))))
    msg = email.mime.multipart.MIMEMultipart("related", type="text/html")
    msg["Subject"] = TITLE
    msg["Snapshot-Content-Location"] = "http://example.org/plan.html"
    cs = email.charset.Charset(charset)
    cs.body_encoding = email.charset.QP if cte == "qp" else email.charset.BASE64
    part = email.mime.text.MIMEText(html, "html", cs)
    part["Content-Location"] = "http://example.org/plan.html"
    msg.attach(part)
    with open(path, "wb") as f:
        f.write(msg.as_bytes())


def mhtml_undeclared(path, key):
    """An MHTML page whose part declares no charset: the page's own
    <meta charset=gbk> must be found in the decoded bytes."""
    import base64
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
            '</head><body>%s</body></html>' % "".join("<p>%s</p>" % l for l in lines_for(key)))
    body = base64.encodebytes(html.encode("gbk")).decode("ascii").replace("\n", "\r\n")
    with open(path, "w", newline="") as f:
        f.write("From: <Saved by Blink>\r\nSubject: =?utf-8?B?%s?=\r\nMIME-Version: 1.0\r\n"
                "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
                "\tboundary=\"----MultipartBoundary--x\"\r\n\r\n"
                "------MultipartBoundary--x\r\nContent-Type: text/html\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\n%s\r\n"
                "------MultipartBoundary--x--\r\n"
                % (base64.b64encode(TITLE.encode()).decode(), body))


def mixed_pdf(path, key):
    """Page 1 text, page 2 a scanned image."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("cjk", FONT, subfontIndex=0))
    c = canvas.Canvas(path)
    c.setFont("cjk", 14)
    c.drawString(60, 800, TITLE)
    c.drawString(60, 776, "一、文字页面：推进职工书屋建设。")
    c.showPage()
    img = render([PHRASES[key] + "。"])
    c.drawImage(ImageReader(img), 0, 600, img.width * 72 / 300, img.height * 72 / 300)
    c.showPage()
    c.save()


def tiff(path, key):
    """A two-page TIFF scan, the phrase on page 2."""
    pages = [render(["一、加强组织建设。"]), render([PHRASES[key] + "。"])]
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(300, 300))


# ---- Word 97 .doc: a WordDocument stream with a one-piece table ----------

def ole2(path, streams):
    """A minimal OLE2 compound file: one FAT sector, one directory sector,
    streams of at least 4096 bytes (no mini stream)."""
    SECT = 512
    ENDC, FREE, FATS = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    names = list(streams)
    data = []
    for n in names:
        b = streams[n]
        b += b"\0" * (max(4096, -(-len(b) // SECT) * SECT) - len(b))
        data.append(b)
    fat = [FATS, ENDC]
    starts = []
    for b in data:
        k = len(b) // SECT
        s = len(fat)
        starts.append(s)
        fat += list(range(s + 1, s + k)) + [ENDC]
    assert len(fat) <= SECT // 4
    fat += [FREE] * (SECT // 4 - len(fat))

    def entry(name, typ, left, right, child, start, size):
        nm = (name + "\0").encode("utf-16-le")
        return (nm.ljust(64, b"\0") + struct.pack("<HBBIII", len(nm), typ, 1, left, right,
                                                  child) + b"\0" * 20 + b"\0" * 16 +
                struct.pack("<IQ", start, size))
    NOS = 0xFFFFFFFF
    # ids: 0 root, 1.. streams; a chain of left siblings (names sort by length)
    order = sorted(range(len(names)), key=lambda i: (len(names[i]), names[i].upper()))
    dirs = [entry("Root Entry", 5, NOS, NOS, order[-1] + 1, ENDC, 0)]
    for i, n in enumerate(names):
        pos = order.index(i)
        left = order[pos - 1] + 1 if pos > 0 else NOS
        dirs.append(entry(n, 2, left, NOS, NOS, starts[i], len(data[i])))
    while len(dirs) < 4:
        dirs.append(b"\0" * 64 + struct.pack("<HBBIII", 0, 0, 0, NOS, NOS, NOS) + b"\0" * 48)
    hdr = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 +
           struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6 +
           struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, ENDC, 0, ENDC, 0) +
           struct.pack("<I", 0) + struct.pack("<I", FREE) * 108)
    with open(path, "wb") as f:
        f.write(hdr + struct.pack("<128I", *fat) + b"".join(dirs) + b"".join(data))


def word97(path, key, encrypted=False):
    text = "\r".join(lines_for(key)) + "\r"
    # a field: the instruction is hidden, the result shown
    text = text.replace("二、主要任务", "\x13 PAGE \x14二、\x15主要任务")
    utf16 = text.encode("utf-16-le")
    fc_text = 0x800
    wd = bytearray(fc_text) + utf16
    flags = 0x0200 | (0x0100 if encrypted else 0)
    struct.pack_into("<HH", wd, 0, 0xA5EC, 0x00C1)
    struct.pack_into("<H", wd, 0x0A, flags)
    struct.pack_into("<I", wd, 0x4C, len(text))
    plc = struct.pack("<II", 0, len(text)) + struct.pack("<HIH", 0, fc_text, 0)
    clx = b"\x01" + struct.pack("<H", 2) + b"\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytearray(64) + clx
    struct.pack_into("<II", wd, 0x01A2, 64, len(clx))
    ole2(path, {"WordDocument": bytes(wd), "1Table": bytes(table)})


def main():
    out = sys.argv[1]
    huge = int(sys.argv[sys.argv.index("--huge") + 1]) if "--huge" in sys.argv else 0
    os.makedirs(out, exist_ok=True)
    j = lambda n: os.path.join(out, n)
    pdf(j("plan.pdf"), lines_for("pdf"))
    docx(j("plan.docx"), "docx")
    odt(j("plan.odt"), "odt")
    ofd(j("plan.ofd"), "ofd")
    mhtml(j("plan.mhtml"), "mhtml", "utf-8", "qp")
    mhtml(j("gbk.mht"), "gbk", "gbk", "b64")
    mhtml_undeclared(j("undeclared.mht"), "raw")
    word97(j("plan.doc"), "doc")
    word97(j("plan.wps"), "wps")
    if "--scans" in sys.argv:
        scanned_pdf(j("scan.pdf"), lines_for("scan"))
        render(lines_for("png")).save(j("scan.png"))
        mixed_pdf(j("mixed.pdf"), "mixed")
        tiff(j("scan.tif"), "tiff")
    # a compilation: one document per 第N篇
    pdf(j("compilation.pdf"), ["第一篇：林甸县总工会2013年工作要点", "一、推进职工书屋建设。",
                               "林甸县总工会", "二〇一三年二月十日",
                               "第二篇：林甸县总工会2014年工作要点", "一、推进职工书屋提档升级。",
                               "林甸县总工会", "二〇一四年二月十日"], title="工会工作要点二篇")
    # misnamed: recognised by content, not by extension
    pdf(j("misnamed.txt"), ["关于印发工会工作要点的通知", "请认真贯彻执行。"], title="通知")
    # broken and hostile
    with open(j("plan.pdf"), "rb") as f:
        whole = f.read()
    with open(j("truncated.pdf"), "wb") as f:
        f.write(whole[: len(whole) // 3])
    pdf(j("encrypted.pdf"), lines_for("pdf"), encrypt="secret")
    with open(j("zero-pages.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    with open(j("garbage.pdf"), "wb") as f:
        f.write(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    with open(j("broken.docx"), "wb") as f:
        with open(j("plan.docx"), "rb") as g:
            f.write(g.read()[:700])
    word97(j("encrypted.doc"), "doc", encrypted=True)
    # a password-protected .docx is an OLE2 file holding the encrypted package
    ole2(j("encrypted.docx"), {"EncryptionInfo": b"\x04\0\x04\0" + b"\0" * 60,
                               "EncryptedPackage": os.urandom(5000)})
    ole2(j("sheet.xls"), {"Workbook": b"\x09\x08" + b"\0" * 100})
    with open(j("archive.gz"), "wb") as f:
        f.write(b"\x1f\x8b\x08\x00" + b"\0" * 60)
    # the properties give the title when the text has none
    pdf(j("props.pdf"), ["一、加强组织建设", "推进工会工作规范化。"],
        title="Microsoft Word - 大庆市总工会2014年工作要点.doc")
    if huge:
        pdf(j("huge.pdf"), lines_for("pdf"), pages=huge)
    if "--big" in sys.argv:
        pdf(j("big.pdf"), lines_for("pdf"), noise=9)


if __name__ == "__main__":
    main()
