using System.Text;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using OitChecker.Mailing;
using OitChecker.Reporting;
using OitChecker.Testing;
using OitChecker.Tests.Reporting;

namespace OitChecker.Tests.Mailing;

public sealed class DivisionMessageTests
{
    private const string ReportPath = "/srv/oitcheck/reports/muangklaeng/20251120T213000Z/report.html";

    [Test]
    public async Task Build_AuditChanges_MatchesApprovedEml()
    {
        var (message, _) = await BuildAuditAsync();
        Approvals.Verify(MimeStamp.ToBytes(message), "Mailing", "audit-changes.approved.eml");
    }

    [Test]
    public async Task Build_AuditChanges_ThaiSubjectRecipientsAndAttachmentRoundTrip()
    {
        // Given the message as it goes on the wire
        var (message, csv) = await BuildAuditAsync();
        var raw = MimeStamp.ToBytes(message);

        // When a mail client parses it
        var parsed = await MimeMessage.LoadAsync(new MemoryStream(raw));
        var headerEnd = Encoding.ASCII.GetString(raw).IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var subjectRaw = Encoding.ASCII.GetString(parsed.Headers.First(h => h.Id == HeaderId.Subject).RawValue);
        var attachment = parsed.Attachments.OfType<MimePart>().Single();
        using var bytes = new MemoryStream();
        await attachment.Content!.DecodeToAsync(bytes);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(raw.Take(headerEnd), Has.All.LessThan((byte)0x80), "headers are 7-bit");
            Assert.That(subjectRaw, Does.Contain("=?utf-8?b?"), "Thai words are RFC 2047 encoded-words");
            Assert.That(parsed.Subject, Is.EqualTo("[OIT] หน่วยตรวจสอบภายใน: ยังไม่ผ่าน 2 รายการ (ใหม่ 1) · ตรวจเมื่อ 21 พ.ย. 2568"));
            Assert.That(parsed.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "audit@muangklaeng.go.th" }));
            Assert.That(parsed.From.Mailboxes.Single().Name, Is.EqualTo("OitChecker เทศบาลตำบลเมืองแกลง"));
            Assert.That(parsed.MessageId, Is.EqualTo("20251120T213000Z-muangklaeng.audit.changes@muangklaeng.go.th"));
            Assert.That(attachment.FileName, Is.EqualTo("audit.csv"));
            Assert.That(bytes.ToArray(), Is.EqualTo(csv));
            Assert.That(parsed.TextBody, Does.Contain("รายการที่พบใหม่ (1)").And.Contain("O9").And.Contain("ลิงก์หลักฐานตอบ 404").And.Contain("12.50"));
            Assert.That(parsed.TextBody, Does.Contain("รายการที่ยังไม่ยืนยัน").And.Contain("O10 การดำเนินการตามมาตรการส่งเสริมคุณธรรม ⚠"));
            Assert.That(parsed.TextBody, Does.Contain(ReportPath));
        });
    }

    [Test]
    public async Task Build_SameInputsTwice_IdenticalBytes()
    {
        var (a, _) = await BuildAuditAsync();
        var (b, _) = await BuildAuditAsync();
        Assert.That(MimeStamp.ToBytes(a), Is.EqualTo(MimeStamp.ToBytes(b)));
    }

    [Test]
    public void Subject_DigestWithNothingOpen_SaysEverythingPasses()
    {
        var model = ReportScenario.Model();
        var palad = model.Divisions.Single(d => d.Slug == "palad");
        var clean = palad with { Rows = palad.Rows.Where(r => !r.IsOpen).ToList() };
        Assert.That(DivisionMessage.Subject(model, clean, MailKind.Digest), Is.EqualTo("[OIT] สรุปประจำสัปดาห์ สำนักปลัดเทศบาล: ผ่านครบทุกรายการ · ตรวจเมื่อ 21 พ.ย. 2568"));
    }

    internal static async Task<(MimeMessage Message, byte[] Csv)> BuildAuditAsync()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 20, 21, 44, 10, TimeSpan.Zero));
        var model = ReportScenario.Model();
        var audit = model.Divisions.Single(d => d.Slug == "audit");
        var csv = await DivisionCsv.ToBytesAsync(model, audit);
        return (DivisionMessage.Build(model, audit, csv, MailKind.Changes, time.GetUtcNow(), ReportPath), csv);
    }
}
