using System.Globalization;
using System.Text;
using OitChecker.History;

namespace OitChecker.Reporting;

/// <summary>The report page's sections below the score: alerts, uptime, the division overview and tables.</summary>
internal static class HtmlSections
{
    public static void AppendFindings(StringBuilder sb, ReportModel model)
    {
        var findings = model.Result.Findings;
        if (findings.Count == 0)
        {
            return;
        }

        sb.Append("<section>\n<h2>ข้อสังเกตระดับเว็บไซต์</h2>\n<table>\n<thead><tr><th>เรื่อง</th><th>URL</th><th>รายละเอียด</th></tr></thead>\n<tbody>\n");
        foreach (var f in findings)
        {
            sb.Append("<tr><td>").Append(Html.Encode(ReportText.FindingKind(f.Kind))).Append("<div class=\"en\">").Append(Html.Encode(f.Kind)).Append("</div></td><td>")
                .Append(Html.Link(f.Url)).Append("</td><td>").Append(Html.TextWithLinks(f.Detail)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void AppendUptime(StringBuilder sb, ReportModel model)
    {
        if (model.Uptime.Count == 0)
        {
            return;
        }

        sb.Append("<section>\n<h2>ความพร้อมใช้งานของเว็บไซต์ (จากการเฝ้าระวัง)</h2>\n<table>\n<thead><tr><th>URL</th><th class=\"num\">ครั้งที่ตรวจ</th><th class=\"num\">ร้อยละที่ใช้งานได้</th><th class=\"num\">เวลาตอบเฉลี่ย (ms)</th><th>ล่มครั้งล่าสุด</th></tr></thead>\n<tbody>\n");
        foreach (var u in model.Uptime)
        {
            var down = u.LastDownAt is { } d ? ThaiDates.ShortWithTime(ThaiDates.Local(d, model.Zone)) : "—";
            sb.Append("<tr><td>").Append(Html.Link(u.Url)).Append("</td><td class=\"num\">").Append(u.Probes.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td class=\"num\">").Append(ThaiDates.Points(u.Percent)).Append("</td><td class=\"num\">")
                .Append(u.AverageMilliseconds.ToString("0", CultureInfo.InvariantCulture)).Append("</td><td>").Append(Html.Encode(down)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void AppendDivisionSummary(StringBuilder sb, ReportModel model)
    {
        sb.Append("<section>\n<h2>สรุปรายหน่วยงาน</h2>\n<table>\n<thead><tr><th>หน่วยงาน</th><th class=\"num\">รายการ</th><th class=\"num\">ผ่าน</th><th class=\"num\">ไม่ผ่าน</th><th class=\"num\">ต้องตรวจ</th><th class=\"num\">คะแนน OIT ที่รอแก้</th></tr></thead>\n<tbody>\n");
        foreach (var d in model.Divisions)
        {
            sb.Append("<tr><td>").Append(Html.Encode(d.NameTh)).Append("</td><td class=\"num\">").Append(Num(d.Items)).Append("</td><td class=\"num\">").Append(Num(d.Passed))
                .Append("</td><td class=\"num\">").Append(Num(d.Failed)).Append("</td><td class=\"num\">").Append(Num(d.ManualReview))
                .Append("</td><td class=\"num\">").Append(ThaiDates.Points(d.PointsAtStake)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void AppendDivision(StringBuilder sb, ReportModel model, DivisionReport d)
    {
        sb.Append("<section class=\"division\">\n<h2>").Append(Html.Encode(d.NameTh));
        if (!string.IsNullOrEmpty(d.NameEn))
        {
            sb.Append(" <span class=\"en\">").Append(Html.Encode(d.NameEn)).Append("</span>");
        }

        sb.Append("</h2>\n<p class=\"sub\">ไม่ผ่าน ").Append(Num(d.Failed)).Append(" · ต้องตรวจโดยเจ้าหน้าที่ ").Append(Num(d.ManualReview))
            .Append(" · ผ่าน ").Append(Num(d.Passed)).Append(" จาก ").Append(Num(d.Items)).Append(" รายการ · แก้ครบจะได้คะแนน OIT เพิ่ม ")
            .Append(ThaiDates.Points(d.PointsAtStake)).Append(" คะแนน</p>\n");
        sb.Append("<table>\n<thead><tr><th>รหัส</th><th>รายการ</th><th>ผล</th><th>เทียบรอบก่อน</th><th>สิ่งที่ขาด / เหตุผล</th><th>วิธีแก้ไข</th><th>หลักฐาน</th><th class=\"num\">ค้าง (วัน)</th><th class=\"num\">คะแนน</th></tr></thead>\n<tbody>\n");
        foreach (var r in d.Rows)
        {
            AppendRow(sb, model, r);
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    public static void AppendBrokenLinks(StringBuilder sb, ReportModel model)
    {
        var broken = model.Result.Links.Broken;
        if (broken.Count == 0)
        {
            return;
        }

        sb.Append("<section class=\"division\">\n<h2>ลิงก์เสียที่พบ (").Append(Num(broken.Count)).Append(")</h2>\n<table>\n<thead><tr><th>URL</th><th>สถานะ</th><th>พบในหน้า</th></tr></thead>\n<tbody>\n");
        foreach (var b in broken.Take(200))
        {
            sb.Append("<tr><td>").Append(Html.Link(b.Url)).Append("</td><td>").Append(Html.Encode(b.Error ?? b.Status.ToString(CultureInfo.InvariantCulture))).Append("</td><td>")
                .Append(string.Join("<br>", b.FoundOn.Take(3).Select(u => Html.Link(u)))).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendRow(StringBuilder sb, ReportModel model, ReportRow r)
    {
        var v = r.Verdict;
        sb.Append("<tr><td>").Append(Html.Encode(r.Code)).Append("</td><td>").Append(Html.Encode(v.TitleTh))
            .Append("<div class=\"en\">").Append(Html.Encode(v.TitleEn)).Append("</div>");
        if (r.IsUnverified)
        {
            sb.Append("<span class=\"unverified\" title=\"Unverified: elements not confirmed against the official NACC manual\">⚠ เกณฑ์ยังไม่ยืนยัน</span>");
        }

        var verdictClass = EnumText.ToText(v.Verdict);
        sb.Append("</td><td class=\"v-").Append(verdictClass).Append("\">").Append(Html.Encode(ReportText.Verdict(v.Verdict, false)));
        if (v.FailKinds.Count > 0)
        {
            sb.Append("<div class=\"en\">").Append(Html.Encode(string.Join(", ", v.FailKinds.Select(k => ReportText.FailKind(k, false))))).Append("</div>");
        }

        sb.Append("</td><td>");
        var change = r.State.Change;
        if (change != ItemChange.None)
        {
            sb.Append("<span class=\"chg chg-").Append(EnumText.ToText(change)).Append("\" title=\"").Append(Html.Encode(ReportText.Change(change, true))).Append("\">")
                .Append(Html.Encode(ReportText.Change(change, false))).Append("</span>");
        }

        sb.Append("</td><td>");
        if (r.IsOpen)
        {
            sb.Append("<div title=\"").Append(Html.Encode(r.MissingEn)).Append("\">").Append(Html.TextWithLinks(r.MissingTh)).Append("</div>");
        }
        else
        {
            foreach (var reason in v.Reasons.Take(2))
            {
                sb.Append("<div title=\"").Append(Html.Encode(reason.En)).Append("\">").Append(Html.TextWithLinks(reason.Th)).Append("</div>");
            }
        }

        sb.Append("</td><td class=\"hint\">");
        if (r.IsOpen)
        {
            sb.Append(Html.TextWithLinks(r.FixHintTh));
            if (r.FixHintEn.Length > 0)
            {
                sb.Append("<div class=\"en\">").Append(Html.TextWithLinks(r.FixHintEn)).Append("</div>");
            }
        }

        sb.Append("</td><td>");
        var links = v.Evidence.Select(e => e.Url).Prepend(v.Url).OfType<string>().Distinct(StringComparer.Ordinal).Take(3).ToList();
        sb.Append(string.Join("<br>", links.Select(u => Html.Link(u, Html.DisplayOnSite(u, model.Site.MainUrl)))));
        var pinned = model.Site.PinnedUrl(r.Code);
        if (pinned is not null)
        {
            sb.Append("<div class=\"en\">URL ที่ส่ง ITAS: ").Append(Html.Link(pinned)).Append("</div>");
        }

        var days = r.State.DaysOpen(model.Result.StartedAt);
        sb.Append("</td><td class=\"num\">");
        if (days is not null && r.State.FirstFailingAt is { } first)
        {
            sb.Append("<span title=\"").Append(Html.Encode("ตั้งแต่ " + ThaiDates.ShortDate(ThaiDates.Local(first, model.Zone)))).Append("\">").Append(Num(days.Value)).Append("</span>");
        }

        sb.Append("</td><td class=\"num\">").Append(r.IsOpen ? ThaiDates.Points(v.Cost) : string.Empty).Append("</td></tr>\n");
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
