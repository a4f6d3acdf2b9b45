using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Builders;

namespace OitChecker.Tests.Scheduling;

public class MailOutageNotifierTests
{
    private static readonly DateTimeOffset DownSince = new(2026, 3, 2, 19, 15, 0, TimeSpan.Zero); // 02:15 on 3 Mar in Bangkok

    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("outage-mail");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Build_OutageStarted_ThaiSubjectBuddhistEraLocalTimeItemsAndLastStatus()
    {
        var message = MailOutageNotifier.Build(Notice(OutageChange.Started), TestSites.Mini(_dir));

        var body = ((TextPart)message.Body!).Text ?? string.Empty;
        Assert.Multiple(() =>
        {
            Assert.That(message.Subject, Is.EqualTo("[OIT] เว็บไซต์เข้าไม่ได้: https://www.muangklaeng.go.th/ita/o23 (เทศบาลตำบลเมืองแกลง)"));
            Assert.That(message.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "finance@muangklaeng.go.th", "it@muangklaeng.go.th" }));
            Assert.That(body, Does.Contain("รายการ OIT ที่ใช้ URL นี้: O23"));
            Assert.That(body, Does.Contain("เข้าไม่ได้ตั้งแต่: 3 มี.ค. 2569 02:15 น."), "Bangkok time, Buddhist-Era year");
            Assert.That(body, Does.Contain("สถานะล่าสุด: HTTP 503"));
        });
    }

    [Test]
    public async Task NotifyAsync_OutboxDelivery_WritesOneMessageToTheOutbox()
    {
        var site = TestSites.Mini(_dir);
        var notifier = new MailOutageNotifier(id => id == site.Id ? site : null, new FakeTimeProvider(DownSince.AddHours(1)), NullLoggerFactory.Instance);

        await notifier.NotifyAsync(Notice(OutageChange.Ended) with { UpAt = DownSince.AddMinutes(45) }, CancellationToken.None);

        var files = Directory.EnumerateFiles(Path.Combine(_dir, "outbox"), "*.eml", SearchOption.AllDirectories).ToList();
        Assert.That(files, Has.Count.EqualTo(1));
        var sent = await MimeMessage.LoadAsync(files[0]);
        Assert.That(((TextPart)sent.Body!).Text, Does.Contain("กลับมาใช้งานได้เมื่อ: 3 มี.ค. 2569 03:00 น."));
    }

    private static OutageNotice Notice(OutageChange change) => new()
    {
        Change = change,
        SiteId = "muangklaeng",
        SiteName = "เทศบาลตำบลเมืองแกลง",
        Url = "https://www.muangklaeng.go.th/ita/o23",
        ItemCodes = ["O23"],
        Divisions = ["finance"],
        Recipients = ["finance@muangklaeng.go.th", "it@muangklaeng.go.th"],
        DownSince = DownSince,
        FailedProbes = 3,
        LastStatus = 503,
    };
}
