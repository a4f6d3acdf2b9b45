#!/usr/bin/env python3
"""Writes samples/sites/muangklaeng: the website of the FICTIONAL เทศบาลตำบลเมืองแกลง used by
`oitcheck check --sample` and by tests whose every defect is known (see EXPECTED.md).

Standard library only. PDFs are made with LibreOffice headless (`soffice`) from small HTML files typeset in
the Thai font Garuda (Debian fonts-thai-tlwg, GPL-2 with font exception); creation dates and document ids are
then pinned so that re-running gives identical bytes. Every person named here is invented.

Usage: python3 samples/tools/make-sample-site.py [--out DIR] [--skip-pdf]
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sample_content as C  # noqa: E402  (the pages' Thai content)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))


# ───────────────────────────── writers ─────────────────────────────

class Site:
    def __init__(self, root):
        self.root = root
        self.pdf_jobs = []      # (relative pdf path, html source, None)
        self.files = []

    def path(self, rel):
        p = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        self.files.append(rel)
        return p

    def write_bytes(self, rel, data):
        with open(self.path(rel), "wb") as f:
            f.write(data)

    def write_text(self, rel, text, encoding="utf-8"):
        self.write_bytes(rel, text.encode(encoding))


def png(width, height, painter):
    """A truecolour PNG; painter(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(height):
        raw.append(0)
        for x in range(width):
            raw.extend(painter(x, y))

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


def portrait(seed):
    """A small head-and-shoulders silhouette in the colours of a formal photo (white uniform, blue backdrop)."""
    bg = (40 + seed * 23 % 60, 90 + seed * 37 % 80, 160 + seed * 11 % 60)

    def paint(x, y):
        cx, head_y = 60, 55
        if (x - cx) ** 2 + (y - head_y) ** 2 < 26 ** 2:
            return (224, 186, 150)
        if y > 95 and abs(x - cx) < 20 + (y - 95):
            return (245, 245, 240) if abs(x - cx) > 6 else (200, 160, 60)
        return bg
    return png(120, 150, paint)


def chart():
    """The organisation chart: boxes on three levels joined by lines."""
    boxes = [(270, 20, 370, 60)] + [(80 + i * 170, 130, 200 + i * 170, 170) for i in range(3)] + \
            [(20 + i * 100, 250, 100 + i * 100, 290) for i in range(6)]

    def paint(x, y):
        for (x1, y1, x2, y2) in boxes:
            if x1 <= x <= x2 and y1 <= y <= y2:
                edge = x in (x1, x2) or y in (y1, y2)
                return (20, 60, 120) if edge else (220, 232, 250)
        if x == 320 and 60 < y < 250:
            return (20, 60, 120)
        if y in (100, 220) and 70 < x < 580:
            return (20, 60, 120)
        return (255, 255, 255)
    return png(640, 320, paint)


def scan_page():
    """A grey 'photocopy' of a page: text lines as dark bars, as a PDF without a text layer."""
    def paint(x, y):
        if 60 < x < 540 and y % 28 in range(8, 16) and 60 < y < 760 and (x // 37 + y // 28) % 7 != 0:
            return (70, 70, 70)
        return (236, 234, 226)
    return image_pdf(600, 820, paint)


def image_pdf(width, height, painter):
    """A one-page PDF holding only an image (a 'scan'): no fonts, no text layer."""
    raw = bytearray()
    for y in range(height):
        for x in range(width):
            raw.extend(painter(x, y))
    data = zlib.compress(bytes(raw), 9)
    pw, ph = 595, 842
    content = f"q {pw - 40} 0 0 {ph - 40} 20 20 cm /Im1 Do Q".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>".encode(),
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace /DeviceRGB /BitsPerComponent 8 "
        f"/Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def xlsx(sheet_name, rows):
    """A minimal SpreadsheetML workbook with inline strings; the first row is the header."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def col(i):
        return chr(ord("A") + i)
    sheet_rows = []
    for r, row in enumerate(rows, 1):
        cells = "".join(f'<c r="{col(i)}{r}" t="inlineStr"><is><t>{esc(v)}</t></is></c>' for i, v in enumerate(row))
        sheet_rows.append(f'<row r="{r}">{cells}</row>')
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{esc(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(sheet_rows) + '</sheetData></worksheet>',
    }
    return fixed_zip(parts)


def docx(paragraphs):
    """A minimal WordprocessingML document."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(p)}</w:t></w:r></w:p>' for p in paragraphs)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '</w:body></w:document>',
    }
    return fixed_zip(parts)


def fixed_zip(parts):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


# ───────────────────────────── PDFs via LibreOffice ─────────────────────────────

PDF_CSS = "body,h1,h2,p,table,td,th,li{font-family:'Garuda'} body{font-size:11pt} h1{font-size:15pt;font-weight:normal} " \
          "h2{font-size:13pt;font-weight:normal} table{border-collapse:collapse} td,th{border:1px solid #000;padding:2px;font-size:9pt}"


def pdf_source(html):
    """LibreOffice shapes ำ (sara am) as nikhahit + sara aa and then maps one glyph to two characters, which
    breaks the PDF's text layer; writing sara am decomposed (as Word exports often do) keeps it extractable."""
    return html.replace("\u0E33", "\u0E4D\u0E32")


def pin_pdf(data):
    """Replace LibreOffice's creation date and random document id with fixed values of the same length."""
    data = re.sub(rb"/CreationDate\(D:\d{14}", lambda m: b"/CreationDate(D:20220401090000", data)
    data = re.sub(rb"/ID \[ <([0-9A-F]+)>(\s*)<([0-9A-F]+)> \]",
                  lambda m: b"/ID [ <" + b"0" * len(m.group(1)) + b">" + m.group(2) + b"<" + b"0" * len(m.group(3)) + b"> ]", data)
    data = re.sub(rb"/DocChecksum /([0-9A-F]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    return data


def render_pdfs(site):
    if not site.pdf_jobs:
        return
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) is needed to make the PDFs; use --skip-pdf to keep the committed ones")
    work = tempfile.mkdtemp(prefix="mk-sample-")
    try:
        html_names = []
        for i, (rel, html, _) in enumerate(site.pdf_jobs):
            name = f"d{i:03d}.html"
            with open(os.path.join(work, name), "w", encoding="utf-8") as f:
                f.write(f'<html><head><meta charset="utf-8"><style>{PDF_CSS}</style></head><body>{pdf_source(html)}</body></html>')
            html_names.append(name)
        env = dict(os.environ, HOME=work)
        out = os.path.join(work, "out")
        if html_names:
            subprocess.run([soffice, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", out] + html_names,
                           cwd=work, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for i, (rel, _, _) in enumerate(site.pdf_jobs):
            with open(os.path.join(out, f"d{i:03d}.pdf"), "rb") as f:
                site.write_bytes(rel, pin_pdf(f.read()))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ───────────────────────────── main ─────────────────────────────

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(REPO, "samples", "sites", "muangklaeng"))
    ap.add_argument("--skip-pdf", action="store_true", help="write everything except the PDFs (keeps the existing ones)")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    if os.path.isdir(out):
        for entry in sorted(os.listdir(out)):
            p = os.path.join(out, entry)
            if args.skip_pdf:
                continue
            if entry in ("expected.json", "EXPECTED.md"):
                continue      # written by hand, not generated
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    os.makedirs(out, exist_ok=True)
    site = Site(out)
    helpers = dict(png=png, portrait=portrait, chart=chart, scan_page=scan_page, xlsx=xlsx, docx=docx)
    C.build(site, helpers)
    if not args.skip_pdf:
        render_pdfs(site)
    print(f"wrote {len(site.files)} files to {out}")


if __name__ == "__main__":
    main()
