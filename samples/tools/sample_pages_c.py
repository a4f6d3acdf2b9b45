"""News, web board, the ITA page, the home page, legacy windows-874 pages and _server.yaml."""
from sample_content import DRIVE_O28, FACEBOOK, LINE, MESSENGER, MONTHS, ORG, SHORT, esc, layout, rel, table

NEWS_TOPICS = [
    "เทศบาลจัดกิจกรรมวันเด็กแห่งชาติ", "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง", "รณรงค์ป้องกันโรคไข้เลือดออกในชุมชน",
    "ฝึกอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", "กิจกรรมจิตอาสาพัฒนาคลองสาธารณะ", "ประกาศรับสมัครนักเรียนศูนย์พัฒนาเด็กเล็ก",
    "โครงการคัดแยกขยะต้นทาง ชุมชนตลาดเก่า", "ประชาสัมพันธ์การลงทะเบียนเบี้ยยังชีพผู้สูงอายุ", "งานประเพณีลอยกระทงเมืองแกลง",
    "ตรวจสุขภาพผู้สูงอายุเคลื่อนที่", "ซ่อมแซมไฟฟ้าส่องสว่างถนนสุขุมวิท", "ประชุมคณะกรรมการชุมชนประจำเดือน",
    "ประชาสัมพันธ์การงดจ่ายน้ำประปาชั่วคราว", "ปลูกต้นไม้เฉลิมพระเกียรติ", "แข่งขันกีฬาชุมชนสัมพันธ์",
]
NEWS_COUNT = 100
PER_PAGE = 10


def news_date(i):
    """News i (0 = newest) is dated every 6 days back from 28 March 2565."""
    import datetime
    d = datetime.date(2022, 3, 28) - datetime.timedelta(days=6 * i)
    return d.day, d.month, d.year + 543


def news(b):
    items = []
    for i in range(NEWS_COUNT):
        day, m, y = news_date(i)
        title = f"{NEWS_TOPICS[i % len(NEWS_TOPICS)]}"
        path = f"news/{NEWS_COUNT - i:03d}.html"
        date = f"{day} {MONTHS[m - 1]} {y}"
        b.page(path, title, f"<h1>{title}</h1><p class=\"date\">วันที่ {date}</p>"
                            f'<p><img src="../img/news/activity-{i % 6 + 1}.png" alt="ภาพกิจกรรม" width="160" height="100"></p>'
                            f"<p>{ORG} โดยคณะผู้บริหาร สมาชิกสภาเทศบาล และพนักงานเทศบาล ร่วมกับชุมชน ดำเนินกิจกรรม{title} "
                            "เพื่อประโยชน์สุขของประชาชนในเขตเทศบาล</p>"
                            f'<p><a href="page-{i // PER_PAGE + 1}.html">กลับหน้ารวมข่าว</a></p>')
        items.append((path, title, f"{day} {SHORT[m - 1]} {y}"))
    pages = (NEWS_COUNT + PER_PAGE - 1) // PER_PAGE
    for p in range(pages):
        path = f"news/page-{p + 1}.html"
        chunk = items[p * PER_PAGE:(p + 1) * PER_PAGE]
        lis = "".join(f"<li>{d} — {b.link(path, u, t)}</li>" for u, t, d in chunk)
        nav = " ".join(b.link(path, f"news/page-{k + 1}.html", str(k + 1)) if k != p else f"<strong>{k + 1}</strong>" for k in range(pages))
        b.page(path, f"ข่าวประชาสัมพันธ์ หน้า {p + 1}", f"<h1>ข่าวประชาสัมพันธ์</h1><ul class=\"news\">{lis}</ul>"
                                                      f'<div class="pagination">หน้า {nav}</div>')
    return items


QUESTIONS = [
    ("ขอทราบขั้นตอนการขออนุญาตต่อเติมบ้าน", "ยื่นคำขอที่กองช่าง พร้อมแบบแปลน ระยะเวลาพิจารณาไม่เกิน 45 วัน"),
    ("น้ำประปาไม่ไหลที่ชุมชนหนองกระบอก", "กองการประปาส่งเจ้าหน้าที่ซ่อมท่อแตกแล้ว น้ำไหลตามปกติ"),
    ("จะชำระภาษีที่ดินออนไลน์ได้หรือไม่", "ชำระผ่านการโอนเงินเข้าบัญชีเทศบาลได้ แล้วส่งหลักฐานทาง E-Service"),
    ("ไฟถนนหน้าตลาดดับหลายวัน", "รับเรื่องแล้ว กองช่างเข้าซ่อมภายใน 3 วันทำการ"),
    ("ขอรับถังขยะเพิ่ม", "ติดต่อกองสาธารณสุขและสิ่งแวดล้อมพร้อมสำเนาทะเบียนบ้าน"),
]


def webboard(b):
    threads = []
    for i in range(20):
        q, a = QUESTIONS[i % len(QUESTIONS)]
        path = f"webboard/topic-{i + 1:03d}.html"
        b.page(path, f"กระทู้: {q}", f"<h1>{q}</h1><p>ผู้ถาม: ประชาชนชุมชนที่ {i % 9 + 1}</p>"
                                    f"<div class=\"answer\"><p>ตอบโดยเจ้าหน้าที่เทศบาล: {a}</p></div>"
                                    '<form action="reply.html" method="post"><textarea name="reply"></textarea><button>ตอบกระทู้</button></form>')
        threads.append((path, q))
    lis = "".join(f"<li>{b.link('webboard/index.html', p, q)}</li>" for p, q in threads)
    b.page("webboard/index.html", "กระดานถาม-ตอบ (Q&A)", "<h1>กระดานถาม-ตอบ (Q&amp;A)</h1>"
           "<p>ถามคำถามถึงเทศบาล เจ้าหน้าที่จะตอบภายใน 1 วันทำการ หรือคุยผ่าน "
           f'<a href="{MESSENGER}">Messenger Live Chat</a></p>'
           '<form action="post.html" method="post"><label>ชื่อ <input name="name"></label><label>หัวข้อ <input name="title"></label>'
           '<label>คำถาม <textarea name="question"></textarea></label><button>ตั้งกระทู้</button></form>'
           f"<ul class=\"topics\">{lis}</ul>")
    b.page("webboard/post.html", "ตั้งกระทู้แล้ว", "<h1>ตั้งกระทู้แล้ว</h1>")
    b.page("webboard/reply.html", "ตอบกระทู้แล้ว", "<h1>ตอบกระทู้แล้ว</h1>")


# (code, link text, target) of the 2565 tab; target None = no link (nothing published)
ITA_2565 = [
    ("O1", "โครงสร้าง", "structure.html"), ("O2", "ข้อมูลผู้บริหาร", "executives.html"), ("O3", "อำนาจหน้าที่", "powers.html"),
    ("O4", "แผนพัฒนาท้องถิ่น", "plans/development-plan.html"), ("O5", "ข้อมูลการติดต่อ", "contact.html"),
    ("O6", "กฎหมายที่เกี่ยวข้อง", "law.html"),  # DEFECT: mistyped, answers 404 (the page is laws.html)
    ("O7", "ข่าวประชาสัมพันธ์", "news/page-1.html"), ("O8", "Q&amp;A", "webboard/index.html"), ("O9", "Social Network", "social.html"),
    ("O10", "แผนดำเนินงานประจำปี", "plans/operation-plan.html"),
    ("O11", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", "plans/progress-6months.html"),
    ("O12", "รายงานผลการดำเนินงานประจำปี", "plans/annual-report.html"),
    ("O13", "คู่มือหรือมาตรฐานการปฏิบัติงาน", "services/work-manuals.html"),
    ("O14", "คู่มือหรือมาตรฐานการให้บริการ", "services/citizen-manuals.html"),
    ("O15", "ข้อมูลเชิงสถิติการให้บริการ", "services/statistics.html"),
    ("O16", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "services/satisfaction.html"), ("O17", "E-Service", "eservice.html"),
    ("O18", "แผนการใช้จ่ายงบประมาณประจำปี", "budget/spending-plan.html"),
    ("O19", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน", "budget/spending-6months.html"),
    ("O20", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "budget/spending-annual.html"),
    ("O21", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "procurement/plan.html"),
    ("O22", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "procurement/announcements.html"),
    ("O23", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "procurement/monthly.html"),
    ("O24", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "procurement/docs/annual-report-2564.pdf"),  # DEFECT: HTML error page
    ("O25", "นโยบายการบริหารทรัพยากรบุคคล", "hr/policy.html"),
    ("O26", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "hr/implementation.html"),
    ("O27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr/criteria.html"),
    ("O28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", DRIVE_O28),  # DEFECT: only on Google Drive
    ("O29", "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "complaint/guideline.html"),
    ("O30", "ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", "complaint/index.html"),
    ("O31", "ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบประจำปี", "complaint/stats.html"),  # DEFECT: soft 404
    ("O32", "ช่องทางการรับฟังความคิดเห็น", "opinion.html"), ("O33", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", "participation.html"),
    ("O34", "เจตจำนงสุจริตของผู้บริหาร", "anti-corruption/integrity-pledge.html"),
    ("O35", "การมีส่วนร่วมของผู้บริหาร", None),  # DEFECT: nothing published
    ("O36", "การประเมินความเสี่ยงการทุจริตประจำปี", "anti-corruption/risk-assessment.html"),
    ("O37", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "anti-corruption/risk-management.html"),
    ("O38", "การเสริมสร้างวัฒนธรรมองค์กร", "anti-corruption/culture.html"),
    ("O39", "แผนปฏิบัติการป้องกันการทุจริต", "anti-corruption/plan.html"),
    ("O40", "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน", "anti-corruption/report-6months.html"),
    ("O41", "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "anti-corruption/annual-report.html"),
    ("O42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "integrity/measures.html"),
    ("O43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "integrity/implementation.html"),
]

# older documents linked only from the 2564 tab
OLD_2564 = {
    "O11": ("ita2564/docs/progress-6months-2564.pdf", "รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2564"),
    "O18": ("ita2564/docs/spending-plan-2564.pdf", "แผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564"),
    "O19": ("ita2564/docs/spending-6months-2564.pdf", "รายงานการใช้จ่ายงบประมาณ รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2564"),
    "O23": ("ita2564/docs/procurement-summary-2564.pdf", "สรุปผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2564 (ต.ค. 2563 - มี.ค. 2564)"),
    "O36": ("ita2564/docs/risk-assessment-2564.pdf", "การประเมินความเสี่ยงการทุจริต ประจำปีงบประมาณ พ.ศ. 2564"),
    "O39": ("ita2564/docs/anti-corruption-plan-2561-2564.pdf", "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2561 - 2564)"),
    "O42": ("ita2564/docs/measures-2564.pdf", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2564"),
    "O10": ("plans/docs/operation-plan-2564.pdf", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2564"),
}

# pages of the 2563 tab, kept from the old CMS and served as tis-620 by _server.yaml (no meta tag)
LEGACY_2563 = [
    ("O4", "legacy/2563/development-plan.html", "แผนพัฒนาสามปี (พ.ศ. 2563 - 2565) ฉบับเดิม"),
    ("O10", "legacy/2563/operation-plan.html", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2563"),
    ("O18", "legacy/2563/budget.html", "งบประมาณรายจ่าย ประจำปีงบประมาณ พ.ศ. 2563"),
    ("O23", "legacy/2563/procurement.html", "สรุปผลการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. 2563"),
    ("O42", "legacy/2563/measures.html", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2563"),
]


def ita(b):
    for code, (path, title) in sorted(OLD_2564.items()):
        if path.startswith("ita2564/"):
            b.pdf(path, f"<h1>{title}</h1><h2>{ORG}</h2><p>เอกสารประกอบการประเมิน ITA ปี 2564 จัดทำโดยส่วนราชการที่รับผิดชอบ</p>")
    for code, path, title in LEGACY_2563:
        b.page(path, title, f"<h1>{title}</h1><p>ข้อมูลเดิมจากเว็บไซต์ระบบเก่า เผยแพร่เพื่อการประเมิน ITA ปี 2563</p>",
               charset="tis-620", meta=False)

    page = "ita.html"

    def rows_2565():
        out = []
        for code, text, target in ITA_2565:
            cell = text if target is None else f'<a href="{rel(page, target)}">{text}</a>'
            out.append(f"<tr><td>{code}</td><td>{cell}</td></tr>")
        return "".join(out)

    def rows_2564():
        out = []
        for code, text, target in ITA_2565:
            if code in OLD_2564:
                path, title = OLD_2564[code]
                out.append(f'<tr><td>{code}</td><td><a href="{rel(page, path)}">{title}</a></td></tr>')
            elif target is None or target.startswith("http") or code in ("O6", "O24", "O31", "O41", "O28"):
                out.append(f"<tr><td>{code}</td><td>{text}</td></tr>")
            else:
                out.append(f'<tr><td>{code}</td><td><a href="{rel(page, target)}">{text}</a></td></tr>')
        return "".join(out)

    rows_2563 = "".join(f'<tr><td>{c}</td><td><a href="{rel(page, p)}">{t}</a></td></tr>' for c, p, t in LEGACY_2563)
    head = "<thead><tr><th>ข้อ</th><th>ข้อมูล</th></tr></thead>"
    body = ("<h1>การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)</h1>"
            '<ul class="nav nav-tabs" role="tablist">'
            '<li><a class="active" href="#ita2565" data-bs-toggle="tab">ITA ปีงบประมาณ พ.ศ. 2565</a></li>'
            '<li><a href="#ita2564" data-bs-toggle="tab">ITA ปีงบประมาณ พ.ศ. 2564</a></li>'
            '<li><a href="#ita2563" data-bs-toggle="tab">ITA ปีงบประมาณ พ.ศ. 2563</a></li></ul>'
            '<div class="tab-content">'
            f'<div class="tab-pane active" id="ita2565"><p>แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)</p><table class="ita">{head}<tbody>{rows_2565()}</tbody></table></div>'
            f'<div class="tab-pane" id="ita2564"><table class="ita">{head}<tbody>{rows_2564()}</tbody></table></div>'
            f'<div class="tab-pane" id="ita2563"><table class="ita">{head}<tbody>{rows_2563}</tbody></table></div>'
            "</div>")
    b.page(page, "ITA ประจำปีงบประมาณ พ.ศ. 2565", body)


def home(b):
    latest = "".join(f"<li>{b.link('index.html', f'news/{NEWS_COUNT - i:03d}.html', NEWS_TOPICS[i % len(NEWS_TOPICS)])}</li>" for i in range(6))
    blocks = [
        ("การส่งเสริมความโปร่งใส", [("การเปิดโอกาสให้เกิดการมีส่วนร่วม", "participation.html"), ("นโยบายการบริหารทรัพยากรบุคคล", "hr/policy.html"),
                                    ("การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "hr/implementation.html"),
                                    ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "hr/criteria.html"),
                                    ("แนวปฏิบัติการจัดการเรื่องร้องเรียน", "complaint/guideline.html"),
                                    ("สถิติเรื่องร้องเรียนการทุจริต", "complaint/statistics.html")]),
        ("การป้องกันการทุจริต", [("เจตจำนงสุจริตของผู้บริหาร", "anti-corruption/integrity-pledge.html"),
                                ("การประเมินความเสี่ยงการทุจริต", "anti-corruption/risk-assessment.html"),
                                ("การจัดการความเสี่ยงการทุจริต", "anti-corruption/risk-management.html"),
                                ("การเสริมสร้างวัฒนธรรมองค์กร", "anti-corruption/culture.html"),
                                ("แผนปฏิบัติการป้องกันการทุจริต", "anti-corruption/plan.html"),
                                ("รายงานการกำกับติดตามการป้องกันการทุจริต รอบ 6 เดือน", "anti-corruption/report-6months.html"),
                                ("รายงานผลการดำเนินการป้องกันการทุจริตประจำปี", "anti-corruption/annual-report.html"),
                                ("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "integrity/measures.html"),
                                ("การดำเนินการตามมาตรการส่งเสริมคุณธรรม", "integrity/implementation.html")]),
        ("การให้บริการ", [("ผลการสำรวจความพึงพอใจ", "services/satisfaction.html")]),
    ]
    html = "".join(f"<section><h2>{t}</h2><ul>" + "".join(f"<li>{b.link('index.html', p, x)}</li>" for x, p in links) + "</ul></section>"
                   for t, links in blocks)
    b.page("index.html", "หน้าแรก", f"<h1>ยินดีต้อนรับสู่เว็บไซต์{ORG}</h1>"
           '<p><a href="ita.html"><img src="img/ita-banner.png" alt="ITA" width="300" height="60"></a> '
           '<a href="eservice.html">E-Service ยื่นคำร้องออนไลน์</a></p>'
           f"<section><h2>ข่าวล่าสุด</h2><ul>{latest}</ul>{b.link('index.html', 'news/page-1.html', 'ดูข่าวทั้งหมด')}</section>{html}"
           f'<p><a href="{FACEBOOK}">Facebook</a> | <a href="{MESSENGER}">แชทกับเทศบาล</a> | <a href="{LINE}">LINE</a></p>')
    b.site.write_bytes("img/ita-banner.png", b.h["png"](300, 60, lambda x, y: (11, 79, 138) if y < 30 else (240, 200, 40)))
    # sitemap: every page the generator wrote, in order (root-relative link in the footer)
    lis = "".join(f"<li>{b.link('sitemap.html', p, esc(t))}</li>" for p, t in sorted(b.pages) if not p.startswith(("news/", "webboard/topic", "procurement/announce/")))
    b.page("sitemap.html", "แผนผังเว็บไซต์", f"<h1>แผนผังเว็บไซต์</h1><ul>{lis}</ul>")


def server_rules(b):
    b.site.write_text("_server.yaml", """# Rules of the loopback server (docs/serving.md): what a real municipal server does that a folder cannot.
rules:
  # DEFECT O24: the annual procurement report was deleted; the CMS answers its HTML error page with 200
  - path: /procurement/docs/annual-report-2564.pdf
    file: errors/download-error.html
    status: 200

  # DEFECT O41: the annual anti-corruption report answers a server error
  - path: /anti-corruption/docs/anti-corruption-annual-2564.pdf
    status: 500

  # pages kept from the old CMS: TIS-620 bytes, charset only in the Content-Type header
  - path: /legacy/*
    charset: tis-620

  # the old ITA address still used in some printed material
  - path: /ita.php
    redirect: /ita.html
    status: 301
""")
