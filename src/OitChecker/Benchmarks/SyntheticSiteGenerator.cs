using System.Globalization;
using System.Text;
using OitChecker.Crawling;

namespace OitChecker.Benchmarks;

/// <summary>
/// Writes a synthetic municipality website for the crawl benchmark: a home page, an ITA/OIT index
/// (O1–O33), sections of Thai news, procurement and announcement pages (~40 KB each, 5 % in
/// windows-874 declared only in a meta), PDFs made with PdfPig, links to an external site, and a known
/// set of planted broken links (half internal 404s, half external 404s) so the result can be checked exactly.
/// </summary>
public static class SyntheticSiteGenerator
{
    private static readonly string[] Sections = ["news", "procurement", "announce", "activity", "plan", "finance", "service", "council"];

    private static readonly string[] SectionNames = ["ข่าวประชาสัมพันธ์", "ประกาศจัดซื้อจัดจ้าง", "ประกาศเทศบาล", "กิจกรรม", "แผนพัฒนาท้องถิ่น", "งบประมาณและการเงิน", "บริการประชาชน", "สภาเทศบาล"];

    private static readonly string[] Sentences =
    [
        "เทศบาลตำบลตัวอย่างขอประชาสัมพันธ์ให้ประชาชนทราบโดยทั่วกัน",
        "รายงานผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม พ.ศ. 2567 จำนวนทั้งสิ้น 12 รายการ",
        "ด้วยสำนักปลัดเทศบาลได้ดำเนินโครงการตามแผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)",
        "ประชาชนสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่กองคลัง โทร 038 671 234 ในวันและเวลาราชการ",
        "การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568",
        "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5 ระยะทาง 250 เมตร งบประมาณ 495,000 บาท",
        "ประกาศผู้ชนะการเสนอราคา จ้างเหมาซ่อมแซมระบบประปาหมู่บ้าน โดยวิธีเฉพาะเจาะจง",
        "กองการศึกษาจัดกิจกรรมวันเด็กแห่งชาติ ณ ศูนย์พัฒนาเด็กเล็ก เมื่อวันที่ 11 มกราคม 2568",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เพื่อป้องกันการทุจริตและประพฤติมิชอบ",
        "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน ตั้งแต่วันที่ 1 ตุลาคม 2567 ถึง 31 มีนาคม 2568",
    ];

    /// <summary>Writes the external site: 20 pages under /ok/ that the main site links to.</summary>
    public static void GenerateExternal(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "ok"));
        for (var k = 0; k < 20; k++)
        {
            File.WriteAllText(Path.Combine(root, "ok", $"{k}.html"), $"<html><head><title>external {k}</title></head><body>ok</body></html>", Encoding.UTF8);
        }
    }

    /// <summary>Writes the site into <paramref name="root"/>; outside links point to <paramref name="externalOrigin"/>.</summary>
    public static SyntheticSite Generate(string root, SyntheticSiteOptions options, string externalOrigin)
    {
        ArgumentNullException.ThrowIfNull(options);
        CharsetResolver.EnsureRegistered();
        var rnd = new Random(options.Seed);
        var n = Math.Max(2, options.Pages);
        foreach (var s in Sections.Append("docs"))
        {
            Directory.CreateDirectory(Path.Combine(root, s));
        }

        var brokenCount = (int)Math.Round(n * options.BrokenShare);
        var brokenPages = Enumerable.Range(1, n - 1).OrderBy(_ => rnd.Next()).Take(brokenCount).Order().ToList();
        var internalBroken = brokenPages.Take(brokenCount / 2).ToHashSet();
        var externalBroken = brokenPages.Skip(brokenCount / 2).ToHashSet();
        long bytes = 0;
        var pdfs = 0;
        for (var i = 0; i < n; i++)
        {
            var thai = i > 0 && rnd.NextDouble() < options.Windows874Share;
            var html = Page(i, n, options, rnd, thai, internalBroken.Contains(i), externalBroken.Contains(i), externalOrigin);
            var body = thai ? CharsetResolver.Thai.GetBytes(html) : Encoding.UTF8.GetBytes(html);
            File.WriteAllBytes(Path.Combine(root, PathOf(i).TrimStart('/')), body);
            bytes += body.Length;
            if (i > 0 && i % options.PagesPerPdf == 0)
            {
                var pdf = SamplePdf.Text([Enumerable.Range(0, 25).Select(l => $"Report {i} line {l}: procurement, budget and plan figures {rnd.Next(1000, 99999)}").ToList()]);
                File.WriteAllBytes(Path.Combine(root, "docs", $"{i}.pdf"), pdf);
                bytes += pdf.Length;
                pdfs++;
            }
        }

        var ita = ItaPage(n, options);
        File.WriteAllText(Path.Combine(root, "ita.html"), ita, Encoding.UTF8);
        File.WriteAllText(Path.Combine(root, "robots.txt"), "User-agent: *\nAllow: /\n", Encoding.ASCII);
        bytes += Encoding.UTF8.GetByteCount(ita);
        return new SyntheticSite(root, n + 1, pdfs, bytes,
            internalBroken.Order().Select(i => $"/missing/{i}.html").ToList(),
            externalBroken.Order().Select(i => $"/gone/{i}.html").ToList());
    }

    /// <summary>The path of page <paramref name="i"/> (0 = the home page).</summary>
    public static string PathOf(int i) => i == 0 ? "/index.html" : $"/{Sections[i % Sections.Length]}/{i}.html";

    private static string Page(int i, int n, SyntheticSiteOptions o, Random rnd, bool thai, bool brokenInternal, bool brokenExternal, string ext)
    {
        var section = i == 0 ? "หน้าแรก" : SectionNames[i % Sections.Length];
        var title = i == 0 ? "เทศบาลตำบลตัวอย่าง" : $"{section} ฉบับที่ {i}";
        var sb = new StringBuilder(o.PageBytes + 4096);
        sb.Append("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"").Append(thai ? "windows-874" : "utf-8").Append("\"><title>")
            .Append(title).Append(" - เทศบาลตำบลตัวอย่าง</title></head><body><header><nav><ul>")
            .Append("<li><a href=\"/index.html\">หน้าแรก</a></li><li><a href=\"/ita.html\">ITA การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>");
        for (var s = 1; s <= Sections.Length && s < n; s++)
        {
            sb.Append("<li><a href=\"").Append(PathOf(s)).Append("\">").Append(SectionNames[s % Sections.Length]).Append("</a></li>");
        }

        sb.Append("</ul></nav></header><main><h1>").Append(title).Append("</h1><p>ประกาศเมื่อ ")
            .Append(1 + (i % 28)).Append(' ').Append(Text.ThaiMonths.FullName(1 + (i % 12))).Append(' ').Append(2567 + (i % 2)).Append("</p><ul class=\"children\">");
        for (var c = (i * o.FanOut) + 1; c <= (i * o.FanOut) + o.FanOut && c < n; c++)
        {
            sb.Append("<li><a href=\"").Append(PathOf(c)).Append("\">").Append(SectionNames[c % Sections.Length]).Append(" ฉบับที่ ").Append(c).Append("</a></li>");
        }

        sb.Append("</ul><ul class=\"related\">");
        for (var r = 0; r < 5; r++)
        {
            var target = rnd.Next(0, n);
            sb.Append("<li><a href=\"").Append(PathOf(target)).Append("\">เรื่องที่เกี่ยวข้อง ").Append(target).Append("</a></li>");
        }

        sb.Append("</ul>");
        if (i > 0 && i % o.PagesPerPdf == 0)
        {
            sb.Append("<p><a href=\"/docs/").Append(i).Append(".pdf\">ดาวน์โหลดเอกสาร (PDF)</a></p>");
        }

        if (i % 10 == 3)
        {
            sb.Append("<p><a href=\"").Append(ext).Append("/ok/").Append(i % 20).Append(".html\">ลิงก์หน่วยงานภายนอก</a></p>");
        }

        if (brokenInternal)
        {
            sb.Append("<p><a href=\"/missing/").Append(i).Append(".html\">เอกสารแนบ</a></p>");
        }

        if (brokenExternal)
        {
            sb.Append("<p><a href=\"").Append(ext).Append("/gone/").Append(i).Append(".html\">แหล่งข้อมูลภายนอก</a></p>");
        }

        sb.Append("<table><tr><th>ลำดับ</th><th>รายการ</th><th>วงเงิน (บาท)</th></tr>");
        for (var row = 1; row <= 10; row++)
        {
            sb.Append("<tr><td>").Append(row).Append("</td><td>").Append(Sentences[(i + row) % Sentences.Length]).Append("</td><td>")
                .Append(rnd.Next(5000, 500000).ToString("N0", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        sb.Append("</table>");
        var targetChars = o.PageBytes / (thai ? 1 : 3);
        while (sb.Length < targetChars)
        {
            sb.Append("<p>");
            for (var k = 0; k < 4; k++)
            {
                sb.Append(Sentences[rnd.Next(Sentences.Length)]).Append(' ');
            }

            sb.Append("</p>");
        }

        return sb.Append("</main><footer>เทศบาลตำบลตัวอย่าง 99 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง จังหวัดระยอง 21110</footer></body></html>").ToString();
    }

    private static string ItaPage(int n, SyntheticSiteOptions o)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปี 2568</title></head><body>");
        sb.Append("<h1>ITA 2568</h1><table><tr><th>ข้อ</th><th>รายการ</th><th>ลิงก์</th></tr>");
        for (var k = 1; k <= 33; k++)
        {
            var page = 1 + ((k * 37) % (n - 1));
            var pdf = k * o.PagesPerPdf < n ? $"/docs/{k * o.PagesPerPdf}.pdf" : PathOf(page);
            sb.Append("<tr><td>O").Append(k).Append("</td><td>").Append(Sentences[k % Sentences.Length]).Append("</td><td><a href=\"")
                .Append(k % 3 == 0 ? pdf : PathOf(page)).Append("\">คลิก</a></td></tr>");
        }

        return sb.Append("</table><p><a href=\"/index.html\">หน้าแรก</a></p></body></html>").ToString();
    }
}
