using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using OitChecker.Mailing;
using OitChecker.Reporting;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Builders;
using OitChecker.Tests.Reporting;

namespace OitChecker.Tests.Mailing;

/// <summary>Publishing with SMTP delivery against a real SMTP server on 127.0.0.1.</summary>
[NonParallelizable]
public sealed class SmtpDeliveryTests
{
    private static readonly MailRetry NoWait = new(2, TimeSpan.Zero);
    private string _root = string.Empty;

    [SetUp]
    public void SetUp() => _root = RepoPaths.NewTempDirectory("oit-smtp");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task PublishAsync_ServerUp_DeliversEachChangedDivisionWithThaiSubjectAndItsCsv(CancellationToken ct)
    {
        // Given
        await using var server = await LoopbackSmtpServer.StartAsync();
        var site = Smtp(server.Port);

        // When night 1 finds new gaps for palad (O2), strategy (O4) and finance (O7)
        var published = await Publisher(ReportScenario.Night1).PublishAsync(ReportScenario.Run(1), site, ReportCatalog.Catalog, Options(), ct);

        // Then
        var finance = server.Messages.Select(m => (m.Recipients, Message: MimeMessage.Load(new MemoryStream(m.Raw))))
            .Single(m => m.Message.Subject?.Contains("กองคลัง", StringComparison.Ordinal) == true);
        var attachment = finance.Message.Attachments.OfType<MimePart>().Single();
        using var csv = new MemoryStream();
        await attachment.Content!.DecodeToAsync(csv, ct);
        Assert.Multiple(() =>
        {
            Assert.That(server.Messages, Has.Count.EqualTo(3));
            Assert.That(published.Mail.Messages.Select(m => m.Division), Is.EquivalentTo(new[] { "palad", "strategy", "finance" }));
            Assert.That(finance.Recipients, Is.EquivalentTo(new[] { "finance@muangklaeng.go.th", "finance.head@muangklaeng.go.th" }));
            Assert.That(finance.Message.Subject, Is.EqualTo("[OIT] กองคลัง: ยังไม่ผ่าน 1 รายการ (ใหม่ 1) · ตรวจเมื่อ 19 พ.ย. 2568"));
            Assert.That(csv.ToArray(), Is.EqualTo(File.ReadAllBytes(Path.Combine(published.ReportFolder!, "finance.csv"))));
            Assert.That(new MailOutbox(site.Mail.Outbox).Pending(), Is.Empty);
            Assert.That(Directory.GetFiles(new MailOutbox(site.Mail.Outbox).SentDirectory), Has.Length.EqualTo(3));
        });
    }

    [Test]
    [CancelAfter(90_000)]
    public async Task PublishAsync_ServerDown_MessagesWaitInOutboxAndGoOutExactlyOnceLater(CancellationToken ct)
    {
        // Given a server address where nothing listens yet
        var port = LoopbackSmtpServer.FreePort();
        var site = Smtp(port);
        var outbox = new MailOutbox(site.Mail.Outbox);

        // When night 1 is published with the server down
        var night1 = await Publisher(ReportScenario.Night1).PublishAsync(ReportScenario.Run(1), site, ReportCatalog.Catalog, Options(), ct);

        // Then the three messages wait in the outbox
        Assert.Multiple(() =>
        {
            Assert.That(night1.Mail.Messages, Has.Count.EqualTo(3));
            Assert.That(night1.Mail.Flush.Sent, Is.Empty);
            Assert.That(outbox.Pending(), Has.Count.EqualTo(3));
        });

        // When the server is back and night 2 is published (nothing new that night)
        await using var server = await LoopbackSmtpServer.StartAsync(port);
        var night2 = await Publisher(ReportScenario.Night1.AddDays(1)).PublishAsync(ReportScenario.Run(2), site, ReportCatalog.Catalog, Options(), ct);

        // Then night 1's messages go out, once
        Assert.Multiple(() =>
        {
            Assert.That(night2.Mail.Messages, Is.Empty, "night 2 only has an unconfirmed regression: no mail");
            Assert.That(night2.Mail.Flush.Sent, Has.Count.EqualTo(3));
            Assert.That(server.Messages, Has.Count.EqualTo(3));
            Assert.That(outbox.Pending(), Is.Empty);
        });

        // When night 3 and a manual flush follow
        await Publisher(ReportScenario.Night1.AddDays(2)).PublishAsync(ReportScenario.Run(3), site, ReportCatalog.Catalog, Options(), ct);
        var again = await new MailDispatcher(m => new SmtpMailTransport(m), TimeProvider.System, NullLoggerFactory.Instance, NoWait).FlushAsync(site.Mail, ct);

        // Then every message arrived exactly once
        var ids = server.Messages.Select(m => MimeMessage.Load(new MemoryStream(m.Raw)).MessageId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(again.Sent, Is.Empty);
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Has.Count.EqualTo(3 + 3), "night 3: audit (O9 confirmed), strategy (O4 fixed), admin (pinned URL changed)");
            Assert.That(ids, Has.Some.EndsWith(".admin.admin@muangklaeng.go.th"));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task SmtpMailTransport_StartTlsWithCredentialsFromEnvironment_AuthenticatesAndDelivers(CancellationToken ct)
    {
        // Given a server that offers STARTTLS and accepts AUTH only after it
        using var certificate = SelfSigned();
        await using var server = await LoopbackSmtpServer.StartAsync(certificate: certificate, credentials: ("oit-mailer", "s3cret-ผ่าน"));
        var settings = Smtp(server.Port).Mail with { Security = SmtpSecurity.StartTls, UserEnv = "OIT_TEST_SMTP_USER", PasswordEnv = "OIT_TEST_SMTP_PASSWORD" };
        var environment = new Dictionary<string, string> { ["OIT_TEST_SMTP_USER"] = "oit-mailer", ["OIT_TEST_SMTP_PASSWORD"] = "s3cret-ผ่าน" };
        var (message, _) = await DivisionMessageTests.BuildAuditAsync();

        // When
        await using (var transport = new SmtpMailTransport(settings, n => environment.GetValueOrDefault(n), (_, cert, _, _) => cert?.GetCertHashString() == certificate.GetCertHashString()))
        {
            await transport.SendAsync(message, ct);
        }

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(server.AuthenticatedUsers, Is.EqualTo(new[] { "oit-mailer" }));
            Assert.That(server.Messages.Single().Recipients, Is.EqualTo(new[] { "audit@muangklaeng.go.th" }));
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task PublishAsync_OutboxDelivery_WritesEmlFilesAndSendsNothing(CancellationToken ct)
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var site = Smtp(server.Port);
        site = site with { Mail = site.Mail with { Delivery = MailDelivery.Outbox } };

        var published = await Publisher(ReportScenario.Night1).PublishAsync(ReportScenario.Run(1), site, ReportCatalog.Catalog, Options(), ct);

        Assert.Multiple(() =>
        {
            Assert.That(server.Messages, Is.Empty);
            Assert.That(new MailOutbox(site.Mail.Outbox).Pending(), Has.Count.EqualTo(3));
            Assert.That(published.Mail.Messages.Select(m => m.File), Has.All.EndsWith(".eml").And.All.Exist);
        });
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task PublishAsync_DryRun_WritesToDryRunFolderOnly(CancellationToken ct)
    {
        await using var server = await LoopbackSmtpServer.StartAsync();
        var site = Smtp(server.Port);

        var published = await Publisher(ReportScenario.Night1).PublishAsync(ReportScenario.Run(1), site, ReportCatalog.Catalog, Options() with { DryRun = true }, ct);

        var outbox = new MailOutbox(site.Mail.Outbox);
        Assert.Multiple(() =>
        {
            Assert.That(server.Messages, Is.Empty);
            Assert.That(outbox.Pending(), Is.Empty);
            Assert.That(Directory.GetFiles(outbox.DryRunDirectory, "*.eml"), Has.Length.EqualTo(3));
            Assert.That(published.Mail.Messages.Select(m => Path.GetDirectoryName(m.File)), Has.All.EqualTo(outbox.DryRunDirectory));
        });
    }

    private SiteConfig Smtp(int port)
    {
        var site = TestSites.Mini(_root);
        return site with { Mail = site.Mail with { Delivery = MailDelivery.Smtp, SmtpHost = "127.0.0.1", SmtpPort = port, Security = SmtpSecurity.None } };
    }

    private static PublishOptions Options() => new() { MailRetry = NoWait };

    private static RunPublisher Publisher(DateTimeOffset runStart) =>
        new(new FakeTimeProvider(runStart.AddMinutes(13)), NullLoggerFactory.Instance);

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }
}
