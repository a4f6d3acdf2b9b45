using System.Globalization;
using System.Text;
using MimeKit;
using OitChecker.History;
using OitChecker.Reporting;
using OitChecker.Running;

namespace OitChecker.Mailing;

/// <summary>
/// The administrators' e-mail about run-level events: an inconclusive run (divisions were not told
/// anything), and pinned URLs whose content changed or disappeared (the assessor re-checks those links).
/// </summary>
public static class AdminMessage
{
    /// <summary>True when the run has something the administrators must hear about.</summary>
    public static bool IsNeeded(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status == RunStatus.Inconclusive || result.Findings.Any(IsAdminFinding);
    }

    /// <summary>Builds the message, or null when there is nothing to say or no administrator.</summary>
    public static MimeMessage? Build(ReportModel model, DateTimeOffset now, string? reportPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        var r = model.Result;
        var mail = model.Site.Mail;
        if (!IsNeeded(r) || mail.Admin.Count == 0)
        {
            return null;
        }

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(mail.FromName ?? model.Site.NameTh, mail.From));
        foreach (var to in mail.Admin)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        var what = r.Status == RunStatus.Inconclusive ? "ผลการตรวจรอบนี้สรุปไม่ได้" : "URL ที่ส่งให้ ITAS มีการเปลี่ยนแปลง";
        message.Subject = $"[OIT] แจ้งผู้ดูแลระบบ {model.Site.NameTh}: {what} · {ThaiDates.ShortDate(model.LocalStart)}";
        message.Date = ThaiDates.Local(now, model.Zone);
        var body = new TextPart("plain") { Text = Body(model, reportPath), ContentTransferEncoding = ContentEncoding.Base64 };
        body.ContentType.Charset = "utf-8";
        message.Body = new Multipart("mixed") { body };
        MimeStamp.Apply(message, MimeStamp.MessageId(r.RunId, "admin", MailKind.Admin, mail.From));
        return message;
    }

    private static bool IsAdminFinding(RunFinding f) => f.Kind is ArchiveCheck.PinnedUrlChanged or ArchiveCheck.PinnedUrlGone;

    private static string Body(ReportModel model, string? reportPath)
    {
        var r = model.Result;
        var sb = new StringBuilder();
        sb.Append("รอบการตรวจ ").Append(r.RunId).Append(" ของ ").Append(model.Site.NameTh).Append(" (").Append(r.Site.MainUrl).Append(")\n")
            .Append("เริ่มเมื่อ ").Append(ThaiDates.ShortWithTime(model.LocalStart)).Append('\n');
        if (r.Status == RunStatus.Inconclusive)
        {
            sb.Append("\nผลการตรวจรอบนี้สรุปไม่ได้: เว็บไซต์ไม่ตอบสนอง ตอบข้อผิดพลาดเป็นส่วนใหญ่ หรือปิดกั้นการตรวจ\n")
                .Append("สาเหตุ (ภาษาอังกฤษ): ").Append(r.InconclusiveReason ?? "not given").Append('\n')
                .Append("จึงไม่ได้ส่งอีเมลแจ้งหน่วยงานใด และรอบนี้ไม่นับในการยืนยันรายการที่ไม่ผ่าน\n")
                .Append("หน้าเว็บที่ดึงได้ ").Append(r.Pages.Fetched.ToString(CultureInfo.InvariantCulture)).Append(" หน้า จากคำขอ ")
                .Append(r.Pages.Requests.ToString(CultureInfo.InvariantCulture)).Append(" ครั้ง\n");
        }

        var findings = r.Findings.Where(IsAdminFinding).ToList();
        if (findings.Count > 0)
        {
            sb.Append("\nURL ที่ส่งให้ระบบ ITAS แล้ว ซึ่งผู้ประเมินจะกลับมาตรวจซ้ำ:\n");
            foreach (var f in findings)
            {
                sb.Append("• ").Append(ReportText.FindingKind(f.Kind)).Append(": ").Append(f.Url).Append('\n')
                    .Append("  ").Append(f.Detail).Append('\n');
            }

            sb.Append("โปรดตรวจว่าเนื้อหาที่ URL เหล่านี้ยังครบตามเกณฑ์ หรือแก้ไข URL ในระบบ ITAS ก่อนช่วงชี้แจง\n");
        }

        if (reportPath is not null)
        {
            sb.Append("\nรายงานฉบับเต็ม: ").Append(reportPath).Append('\n');
        }

        sb.Append("\n-- \nOitChecker · ข้อความนี้ส่งอัตโนมัติ\n");
        return sb.ToString().ReplaceLineEndings("\r\n");
    }
}
