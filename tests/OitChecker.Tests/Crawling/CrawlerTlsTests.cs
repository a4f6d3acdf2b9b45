using OitChecker.Testing.Http;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class CrawlerTlsTests
{
    [Test]
    public async Task CrawlAsync_SelfSignedCertificate_FindingRecordedAndContentRead()
    {
        // Given an HTTPS site on 127.0.0.1 with a self-signed certificate made in the test
        using var cert = TestCertificates.SelfSigned("localhost", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        await using var site = await LoopbackTestSite.Create()
            .WithHttps(cert)
            .Html("/", "<html><head><title>เทศบาล HTTPS</title></head><body><a href='/o1.html'>โครงสร้าง</a></body></html>")
            .Html("/o1.html", "<html><head><title>โครงสร้างองค์กร</title></head></html>")
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        var home = await CrawlTestKit.PageAsync(store, site.Url("/"));
        var o1 = await CrawlTestKit.PageAsync(store, site.Url("/o1.html"));
        Assert.Multiple(() =>
        {
            Assert.That(site.BaseUrl.Scheme, Is.EqualTo("https"));
            Assert.That(home.Title, Is.EqualTo("เทศบาล HTTPS"), "the content is still read");
            Assert.That(o1.Title, Is.EqualTo("โครงสร้างองค์กร"));
            Assert.That(home.Tls.Select(t => t.Kind), Does.Contain("self-signed"));
            Assert.That(o1.Tls.Select(t => t.Kind), Does.Contain("self-signed"));
            Assert.That(summary.Findings.Any(f => f.Kind == "tls:self-signed"), Is.True);
            Assert.That(summary.StartReachable, Is.True);
        });
    }

    [Test]
    public async Task CrawlAsync_ExpiredCertificateWithWrongName_BothDefectsRecorded()
    {
        using var cert = TestCertificates.SelfSigned("www.other-site.example", DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-1), includeLoopbackIp: false);
        await using var site = await LoopbackTestSite.Create()
            .WithHttps(cert)
            .Html("/", "<html><head><title>หมดอายุ</title></head></html>")
            .StartAsync();

        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        var home = await CrawlTestKit.PageAsync(store, site.Url("/"));
        Assert.Multiple(() =>
        {
            Assert.That(home.Title, Is.EqualTo("หมดอายุ"));
            Assert.That(home.Tls.Select(t => t.Kind), Is.SupersetOf(new[] { "expired", "name-mismatch", "self-signed" }));
            Assert.That(summary.Findings.Select(f => f.Kind), Is.SupersetOf(new[] { "tls:expired", "tls:name-mismatch" }));
        });
    }
}
