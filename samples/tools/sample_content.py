"""Content of the fictional เทศบาลตำบลเมืองแกลง sample site (used by make-sample-site.py).

Every person, address, phone number and project here is invented. Planted defects are marked DEFECT and
listed in samples/sites/muangklaeng/EXPECTED.md.
"""
import os
import posixpath

ORG = "เทศบาลตำบลเมืองแกลง"
ADDRESS = "เลขที่ 99 หมู่ที่ 3 ถนนสุขุมวิท ตำบลเมืองแกลง อำเภอแกลง จังหวัดระยอง 21110"
PHONE = "0-3800-0000"
FAX = "0-3800-0001"
EMAIL = "saraban@muangklaeng.go.th"
FACEBOOK = "https://www.facebook.com/muangklaeng.sample"
MESSENGER = "https://m.me/muangklaeng.sample"
YOUTUBE = "https://www.youtube.com/@muangklaeng-sample"
LINE = "https://lin.ee/mkSample"
DRIVE_O28 = "https://drive.google.com/drive/folders/1mkSampleHrReport2564xYz"

MAYOR = "นายสมหมาย ใจดี"
POLITICAL = [
    ("นายสมหมาย ใจดี", "นายกเทศมนตรีตำบลเมืองแกลง", "08-1000-0001"),
    ("นายประเสริฐ มั่นคง", "รองนายกเทศมนตรี", "08-1000-0002"),
    ("นางสาวกาญจนา ทองสุข", "รองนายกเทศมนตรี", "08-1000-0003"),
    ("นายวิชัย แก้วประเสริฐ", "เลขานุการนายกเทศมนตรี", "08-1000-0004"),
    ("นายบุญมี รักถิ่น", "ที่ปรึกษานายกเทศมนตรี", "08-1000-0005"),
]
CLERK = ("นางวิไลวรรณ ศรีสวัสดิ์", "ปลัดเทศบาล")
DEPUTY_CLERK = ("นายธนพล เจริญผล", "รองปลัดเทศบาล")
DIVISIONS = [
    ("palad", "สำนักปลัดเทศบาล", "หัวหน้าสำนักปลัดเทศบาล", "นางสุดารัตน์ บุญรอด"),
    ("strategy", "กองยุทธศาสตร์และงบประมาณ", "ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ", "นายอนุชา พึ่งบุญ"),
    ("finance", "กองคลัง", "ผู้อำนวยการกองคลัง", "นางพรทิพย์ สายทอง"),
    ("engineering", "กองช่าง", "ผู้อำนวยการกองช่าง", "นายเกรียงไกร ศิลาแลง"),
    ("education", "กองการศึกษา", "ผู้อำนวยการกองการศึกษา", "นางอรุณี ดวงแก้ว"),
    ("health", "กองสาธารณสุขและสิ่งแวดล้อม", "ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม", "นายปิยะ สุขสวัสดิ์"),
    ("waterworks", "กองการประปา", "ผู้อำนวยการกองการประปา", "นายสุรชัย น้ำใส"),
    ("audit", "หน่วยตรวจสอบภายใน", "นักวิชาการตรวจสอบภายใน", "นางสาวศิริพร ตรงดี"),
]

MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
          "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

# (text, href, children) — the mega-menu; hrefs are site-relative paths
MENU = [
    ("หน้าแรก", "index.html", []),
    ("ข้อมูลพื้นฐาน", None, [
        ("ประวัติความเป็นมา", "about/history.html"), ("วิสัยทัศน์และพันธกิจ", "about/vision.html"),
        ("โครงสร้างองค์กร", "structure.html"), ("คณะผู้บริหาร", "executives.html"),
        ("สมาชิกสภาเทศบาล", "about/council.html"), ("อำนาจหน้าที่", "powers.html"),
        ("กฎหมายที่เกี่ยวข้อง", "laws.html"), ("ข้อมูลการติดต่อ", "contact.html")]),
    ("บุคลากร", None, [(name, f"staff/{slug}.html") for slug, name, _, _ in DIVISIONS]),
    ("แผนงาน", None, [
        ("แผนพัฒนาท้องถิ่น", "plans/development-plan.html"), ("แผนการดำเนินงาน", "plans/operation-plan.html"),
        ("รายงานการกำกับติดตาม รอบ 6 เดือน", "plans/progress-6months.html"),
        ("รายงานผลการดำเนินงานประจำปี", "plans/annual-report.html")]),
    ("งบประมาณ", None, [
        ("เทศบัญญัติงบประมาณรายจ่าย", "budget/ordinance.html"), ("แผนการใช้จ่ายงบประมาณ", "budget/spending-plan.html"),
        ("รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน", "budget/spending-6months.html"),
        ("รายงานผลการใช้จ่ายงบประมาณประจำปี", "budget/spending-annual.html")]),
    ("จัดซื้อจัดจ้าง", None, [
        ("แผนการจัดซื้อจัดจ้าง", "procurement/plan.html"), ("ประกาศจัดซื้อจัดจ้าง", "procurement/announcements.html"),
        ("สรุปผลการจัดซื้อจัดจ้างรายเดือน", "procurement/monthly.html")]),
    ("การให้บริการ", None, [
        ("คู่มือการปฏิบัติงาน", "services/work-manuals.html"), ("คู่มือสำหรับประชาชน", "services/citizen-manuals.html"),
        ("สถิติการให้บริการ", "services/statistics.html"), ("E-Service", "eservice.html")]),
    ("ติดต่อและร้องเรียน", None, [
        ("ร้องเรียนร้องทุกข์", "complaint/index.html"), ("กระดานถาม-ตอบ", "webboard/index.html"),
        ("แสดงความคิดเห็น", "opinion.html"), ("Social Network", "social.html")]),
    ("ข่าวประชาสัมพันธ์", "news/page-1.html", []),
    ("ITA", "/ita.html", []),
]


def rel(frm, to):
    """The relative link from page frm to site path to (both site-relative); '/x' stays root-relative."""
    if to.startswith(("http://", "https://", "/", "#", "mailto:")):
        return to
    return posixpath.relpath(to, posixpath.dirname(frm) or ".")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def menu_html(page):
    out = ['<nav class="mega-menu"><ul class="menu">']
    for text, href, children in MENU:
        if children:
            out.append(f'<li class="has-sub"><span>{text}</span><ul class="sub">')
            for ct, ch in children:
                out.append(f'<li><a href="{rel(page, ch)}">{ct}</a></li>')
            out.append("</ul></li>")
        else:
            out.append(f'<li><a href="{rel(page, href)}">{text}</a></li>')
    out.append("</ul></nav>")
    return "".join(out)


def layout(page, title, body, charset="utf-8", meta=True):
    head_meta = ""
    if meta:
        head_meta = '<meta charset="utf-8">' if charset == "utf-8" else \
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return (f'<!DOCTYPE html>\n<html lang="th">\n<head>{head_meta}<title>{esc(title)} - {ORG}</title>'
            f'<link rel="stylesheet" href="{rel(page, "assets/site.css")}"></head>\n<body>\n'
            f'<header><a href="{rel(page, "index.html")}"><img src="{rel(page, "img/logo.png")}" alt="ตราเทศบาล" width="40" height="40"></a>'
            f' <strong>{ORG}</strong> อำเภอแกลง จังหวัดระยอง</header>\n{menu_html(page)}\n'
            f'<main>\n{body}\n</main>\n'
            f'<footer><p>{ORG} {ADDRESS}</p><p>โทรศัพท์ {PHONE} อีเมล {EMAIL}</p>'
            f'<p><a href="/sitemap.html">แผนผังเว็บไซต์</a></p></footer>\n</body>\n</html>\n')


def table(headers, rows):
    h = "".join(f"<th>{c}</th>" for c in headers)
    r = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{h}</tr></thead><tbody>{r}</tbody></table>"


def signature(date):
    return (f"<p>ประกาศ ณ วันที่ {date}</p><p>(ลงชื่อ) {MAYOR}</p><p>({MAYOR})</p>"
            f"<p>นายกเทศมนตรีตำบลเมืองแกลง</p>")


class Builder:
    def __init__(self, site, h):
        self.site, self.h = site, h
        self.pages = []

    def page(self, path, title, body, charset="utf-8", meta=True):
        html = layout(path, title, body, charset, meta)
        self.site.write_text(path, html, "cp874" if charset != "utf-8" else "utf-8")
        self.pages.append((path, title))

    def pdf(self, path, html):
        self.site.pdf_jobs.append((path, html, None))
        return path

    def scan_pdf(self, path):
        self.site.write_bytes(path, self.h["scan_page"]())
        return path

    def link(self, frm, to, text):
        return f'<a href="{rel(frm, to)}">{text}</a>'


def build(site, h):
    b = Builder(site, h)
    import sample_pages as A
    import sample_pages_b as B
    import sample_pages_c as D
    A.assets(b)
    A.basic(b)
    A.plans_budget(b)
    B.procurement(b)
    B.services(b)
    B.transparency(b)
    D.news(b)
    D.webboard(b)
    D.ita(b)
    D.home(b)
    D.server_rules(b)
