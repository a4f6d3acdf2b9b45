using System.Globalization;
using System.Text;
using MimeKit;
using OitChecker.History;
using OitChecker.Reporting;

namespace OitChecker.Mailing;

/// <summary>
/// A division's e-mail, in Thai: what fails and why, how to fix it and how many OIT points each fix is worth,
/// grouped as new / still open / not yet confirmed / fixed, with the division's CSV attached byte for byte.
/// </summary>
public static class DivisionMessage
{
    /// <summary>Builds the message (deterministic for a given model, time and settings).</summary>
    public static MimeMessage Build(ReportModel model, DivisionReport division, byte[] csv, MailKind kind, DateTimeOffset now, string? reportPath)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(division);
        ArgumentNullException.ThrowIfNull(csv);
        var mail = model.Site.Mail;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(mail.FromName ?? model.Site.NameTh, mail.From));
        foreach (var to in division.Emails)
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        message.Subject = Subject(model, division, kind);
        message.Date = ThaiDates.Local(now, model.Zone);
        var body = new TextPart("plain") { Text = Body(model, division, kind, reportPath), ContentTransferEncoding = ContentEncoding.Base64 };
        body.ContentType.Charset = "utf-8";
        var attachment = new MimePart("text", "csv")
        {
            Content = new MimeContent(new MemoryStream(csv, writable: false)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = division.CsvFileName,
        };
        attachment.ContentType.Charset = "utf-8";
        message.Body = new Multipart("mixed") { body, attachment };
        MimeStamp.Apply(message, MimeStamp.MessageId(model.Result.RunId, division.Slug, kind, mail.From));
        return message;
    }

    /// <summary>"[OIT] กองคลัง: ไม่ผ่าน 1 รายการ (ใหม่ 1) · ตรวจเมื่อ 21 พ.ย. 2568".</summary>
    public static string Subject(ReportModel model, DivisionReport division, MailKind kind)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(division);
        var open = division.Failed + division.ManualReview;
        var news = division.Rows.Count(r => r.State.Change == ItemChange.New);
        var fixes = division.Rows.Count(r => r.State.Change == ItemChange.Fixed);
        var changes = new List<string>();
        if (news > 0)
        {
            changes.Add($"ใหม่ {news}");
        }

        if (fixes > 0)
        {
            changes.Add($"แก้แล้ว {fixes}");
        }

        var head = kind == MailKind.Digest ? "[OIT] สรุปประจำสัปดาห์ " : "[OIT] ";
        var state = open == 0 ? "ผ่านครบทุกรายการ" : $"ยังไม่ผ่าน {open} รายการ";
        var delta = changes.Count > 0 ? $" ({string.Join(", ", changes)})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{head}{division.NameTh}: {state}{delta} · ตรวจเมื่อ {ThaiDates.ShortDate(model.LocalStart)}");
    }

    private static string Body(ReportModel model, DivisionReport d, MailKind kind, string? reportPath)
    {
        var sb = new StringBuilder();
        var when = model.LocalStart;
        sb.Append("เรียน ").Append(d.NameTh).Append("\n\n");
        sb.Append(kind == MailKind.Digest ? "สรุปประจำสัปดาห์: " : string.Empty)
            .Append("ผลการตรวจเว็บไซต์").Append(model.Site.NameTh).Append(" (").Append(model.Result.Site.MainUrl).Append(")\n")
            .Append("ตามเกณฑ์การเปิดเผยข้อมูลสาธารณะ (OIT) ปีการประเมิน พ.ศ. ").Append(model.Result.Year.ToString(CultureInfo.InvariantCulture))
            .Append(" เมื่อ ").Append(ThaiDates.LongDate(when)).Append(" เวลา ").Append(when.ToString("HH:mm", CultureInfo.InvariantCulture)).Append(" น.\n\n");
        sb.Append("หน่วยงานของท่านรับผิดชอบ ").Append(N(d.Items)).Append(" รายการ: ผ่าน ").Append(N(d.Passed))
            .Append(" · ไม่ผ่าน ").Append(N(d.Failed)).Append(" · ต้องตรวจโดยเจ้าหน้าที่ ").Append(N(d.ManualReview)).Append('\n');
        sb.Append("ถ้าแก้ครบจะได้คะแนน OIT เพิ่ม ").Append(ThaiDates.Points(d.PointsAtStake)).Append(" คะแนน (คะแนน OIT ที่คาดการณ์ของ").Append(model.Site.NameTh).Append("ตอนนี้ ")
            .Append(ThaiDates.Points(model.Result.Score.Oit)).Append(" จาก 100)\n");

        Section(sb, model, "รายการที่พบใหม่", d.Rows.Where(r => r.State.Change == ItemChange.New), true);
        Section(sb, model, "รายการที่ยังไม่แก้", d.Rows.Where(r => r.State.Change == ItemChange.StillOpen), true);
        Section(sb, model, "รายการที่ยังไม่ยืนยัน (ไม่ผ่านรอบเดียว จะแจ้งอีกครั้งถ้ารอบถัดไปยังไม่ผ่าน)", d.Rows.Where(r => r.State.Change == ItemChange.Unconfirmed), true);
        Section(sb, model, "รายการที่ยังเปิดอยู่", d.Rows.Where(r => r.IsOpen && r.State.Change == ItemChange.None), true);
        Section(sb, model, "รายการที่แก้แล้ว ขอบคุณครับ/ค่ะ", d.Rows.Where(r => r.State.Change == ItemChange.Fixed), false);

        if (d.Rows.Any(r => r.IsUnverified))
        {
            sb.Append("\n⚠ = เกณฑ์ของรายการนี้ยังไม่ได้ยืนยันกับคู่มือการประเมินฉบับทางการ โปรดตรวจสอบกับคู่มือก่อนแก้ไข\n");
        }

        sb.Append("\nไฟล์แนบ ").Append(d.CsvFileName).Append(" มีรายละเอียดทุกรายการของหน่วยงาน (เปิดด้วย Excel หรือ LibreOffice ได้)\n");
        if (reportPath is not null)
        {
            sb.Append("รายงานฉบับเต็ม: ").Append(reportPath).Append('\n');
        }

        sb.Append("\n-- \nOitChecker · ข้อความนี้ส่งอัตโนมัติ ผลเป็นการคาดการณ์ ไม่ใช่คะแนนทางการของสำนักงาน ป.ป.ช.\n");

        // Text parts travel in canonical form: CRLF line ends inside the base64.
        return sb.ToString().ReplaceLineEndings("\r\n");
    }

    private static void Section(StringBuilder sb, ReportModel model, string title, IEnumerable<ReportRow> rows, bool detail)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        sb.Append('\n').Append(title).Append(" (").Append(N(list.Count)).Append(")\n");
        foreach (var r in list)
        {
            sb.Append("• ").Append(r.Code).Append(' ').Append(r.Verdict.TitleTh).Append(r.IsUnverified ? " ⚠" : string.Empty)
                .Append(" — ").Append(ReportText.Verdict(r.Verdict.Verdict, false));
            if (r.IsOpen)
            {
                sb.Append(" · คะแนน OIT ที่จะได้ ").Append(ThaiDates.Points(r.Verdict.Cost));
            }

            sb.Append('\n');
            if (!detail)
            {
                continue;
            }

            sb.Append("  สิ่งที่ขาด: ").Append(r.MissingTh).Append('\n');
            if (r.FixHintTh.Length > 0)
            {
                sb.Append("  วิธีแก้ไข: ").Append(r.FixHintTh).Append('\n');
            }

            if (r.EvidenceUrl.Length > 0)
            {
                sb.Append("  หลักฐานที่พบ: ").Append(r.EvidenceUrl).Append('\n');
            }

            if (r.State.FirstFailingAt is { } first && r.State.DaysOpen(model.Result.StartedAt) is { } days && days > 0)
            {
                sb.Append("  ไม่ผ่านตั้งแต่: ").Append(ThaiDates.ShortDate(ThaiDates.Local(first, model.Zone))).Append(" (").Append(N(days)).Append(" วัน)\n");
            }
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
