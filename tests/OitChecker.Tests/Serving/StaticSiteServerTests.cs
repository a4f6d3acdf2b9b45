using System.Net;
using System.Text;
using OitChecker.Configuration;
using OitChecker.Serving;
using OitChecker.Testing;

namespace OitChecker.Tests.Serving;

[TestFixture]
public sealed class StaticSiteServerTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp()
    {
        _root = RepoPaths.NewTempDirectory("serve");
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        Directory.CreateDirectory(Path.Combine(_root, "legacy"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "<html><title>หน้าแรก</title></html>", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(_root, "docs", "plan.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4 fake"));
        File.WriteAllText(Path.Combine(_root, "notfound.html"), "<html><title>ไม่พบไฟล์</title></html>", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(_root, "legacy", "old.html"), OitChecker.Crawling.CharsetResolver.Thai.GetBytes("<html>เทศบาล</html>"));
        File.WriteAllText(Path.Combine(_root, "report.xlsx"), "x");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task StartAsync_ServesFolderWithContentTypesAndValidators()
    {
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = _root });
        using var client = new HttpClient { BaseAddress = server.BaseUrl };

        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var pdf = await client.GetAsync(new Uri("/docs/plan.pdf", UriKind.Relative));
        using var xlsx = await client.GetAsync(new Uri("/report.xlsx", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/nope.html", UriKind.Relative));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/docs/plan.pdf");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", pdf.Headers.ETag!.ToString());
        using var notModified = await client.SendAsync(conditional);

        Assert.Multiple(async () =>
        {
            Assert.That(server.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("หน้าแรก"));
            Assert.That(pdf.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(xlsx.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(server.Requests, Is.EqualTo(5));
        });
    }

    [Test]
    public async Task StartAsync_RulesFile_StatusFileCharsetRedirectDelayRetryAfter()
    {
        File.WriteAllText(Path.Combine(_root, ServerRules.FileName), """
            rules:
              - path: /docs/gone.pdf
                file: notfound.html
              - path: /legacy/*
                charset: tis-620
              - path: /old
                redirect: /index.html
                status: 301
              - path: /busy
                status: 503
                retryAfter: 7
              - path: /slow
                status: 204
                delay: 300ms
            """);
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = _root });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUrl };

        using var gone = await client.GetAsync(new Uri("/docs/gone.pdf", UriKind.Relative));
        using var legacy = await client.GetAsync(new Uri("/legacy/old.html", UriKind.Relative));
        using var old = await client.GetAsync(new Uri("/old", UriKind.Relative));
        using var busy = await client.GetAsync(new Uri("/busy", UriKind.Relative));
        var started = DateTimeOffset.UtcNow;
        using var slow = await client.GetAsync(new Uri("/slow", UriKind.Relative));
        var slowTook = DateTimeOffset.UtcNow - started;
        using var yaml = await client.GetAsync(new Uri("/_server.yaml", UriKind.Relative));

        Assert.Multiple(async () =>
        {
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(gone.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
            Assert.That(await gone.Content.ReadAsStringAsync(), Does.Contain("ไม่พบไฟล์"));
            Assert.That(legacy.Content.Headers.ContentType!.CharSet, Is.EqualTo("tis-620"));
            Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(old.Headers.Location!.OriginalString, Is.EqualTo("/index.html"));
            Assert.That(busy.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(busy.Headers.RetryAfter!.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(slow.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(slowTook, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280)));
            Assert.That(yaml.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the rules file itself is not served");
        });
    }

    [Test]
    public void StartAsync_InvalidRulesFile_ConfigErrorsWithLines()
    {
        File.WriteAllText(Path.Combine(_root, ServerRules.FileName), "rules:\n  - path: docs\n    stauts: 404\n  - path: /x\n    status: 302\n");

        var ex = Assert.ThrowsAsync<ConfigException>(async () => await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = _root }));

        var messages = string.Join("\n", ex!.Errors.Select(e => e.ToString()));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Errors.Select(e => e.Line), Is.SupersetOf(new[] { 2, 3, 5 }));
            Assert.That(messages, Does.Contain("must start with '/'"));
            Assert.That(messages, Does.Contain("stauts"));
            Assert.That(messages, Does.Contain("needs a 'redirect'"));
        });
    }
}
