using OitChecker.Crawling;
using OitChecker.Testing.Http;
using static OitChecker.Testing.Http.LoopbackTestSiteBuilder;

namespace OitChecker.Tests.Crawling;

/// <summary>Integration tests against Kestrel on 127.0.0.1: redirects, error statuses, retries, network trouble.</summary>
[TestFixture]
public sealed class CrawlerResilienceTests
{
    private static string Links(params string[] hrefs) =>
        "<html><head><title>หน้าแรก</title></head><body><ul>" + string.Concat(hrefs.Select(h => $"<li><a href=\"{h}\">{h}</a></li>")) + "</ul></body></html>";

    [Test]
    public async Task CrawlAsync_RedirectChainAndLoop_ChainRecordedLoopBroken()
    {
        // Given a three-hop redirect chain to a page, and a two-page redirect loop
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/old", "/loop-a"))
            .Redirect("/old", "/older", 301)
            .Redirect("/older", "/new.html?from=old", 302)
            .Html("/new.html", "<html><title>ใหม่</title></html>")
            .Redirect("/loop-a", "/loop-b")
            .Redirect("/loop-b", "/loop-a")
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        var moved = await CrawlTestKit.PageAsync(store, site.Url("/old"));
        var loop = await CrawlTestKit.PageAsync(store, site.Url("/loop-a"));
        Assert.Multiple(() =>
        {
            Assert.That(moved.FinalUrl, Is.EqualTo(site.Url("/new.html?from=old")));
            Assert.That(moved.RedirectChain.Select(h => (h.Url, h.Status)), Is.EqualTo(new[] { (site.Url("/old"), 301), (site.Url("/older"), 302) }));
            Assert.That(moved.Title, Is.EqualTo("ใหม่"));
            Assert.That(loop.Outcome, Is.EqualTo(FetchOutcome.RedirectLoop));
            Assert.That(summary.BrokenLinks.Select(b => b.Url), Is.EqualTo(new[] { site.Url("/loop-a") }));
            Assert.That(site.CountFor("/new.html?from=old"), Is.EqualTo(1), "the redirect target is not fetched twice");
        });
    }

    [Test]
    public async Task CrawlAsync_ErrorStatuses_RecordedAndRetriedOnlyWhenTransient()
    {
        // Given 404, 410 and 500 pages, a 503 with Retry-After that recovers, and a 429 that recovers
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/404", "/410", "/500", "/503", "/429"))
            .Status("/404", 404)
            .Status("/410", 410)
            .Status("/500", 500)
            .Sequence("/503", Answer(503, "busy", headers: new Dictionary<string, string> { ["Retry-After"] = "1" }), Answer(200, "<html><title>พร้อม</title></html>"))
            .Sequence("/429", Answer(429, "slow down", headers: new Dictionary<string, string> { ["Retry-After"] = "1" }), Answer(200, "<html><title>ok</title></html>"))
            .StartAsync();

        // When
        var started = DateTimeOffset.UtcNow;
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));
        var elapsed = DateTimeOffset.UtcNow - started;

        // Then
        var s503 = await CrawlTestKit.PageAsync(store, site.Url("/503"));
        var s429 = await CrawlTestKit.PageAsync(store, site.Url("/429"));
        var s500 = await CrawlTestKit.PageAsync(store, site.Url("/500"));
        Assert.Multiple(() =>
        {
            Assert.That(summary.BrokenLinks.Select(b => (b.Url, b.Status)), Is.EquivalentTo(new[] { (site.Url("/404"), 404), (site.Url("/410"), 410), (site.Url("/500"), 500) }));
            Assert.That(site.CountFor("/404"), Is.EqualTo(1), "404 is not retried");
            Assert.That(site.CountFor("/410"), Is.EqualTo(1));
            Assert.That(site.CountFor("/500"), Is.EqualTo(3), "500 is retried (2 retries)");
            Assert.That(s500.Timings!.Attempts, Is.EqualTo(3));
            Assert.That(s503.Status, Is.EqualTo(200));
            Assert.That(s503.Title, Is.EqualTo("พร้อม"));
            Assert.That(s503.Timings!.Attempts, Is.EqualTo(2));
            Assert.That(s429.Status, Is.EqualTo(200));
            Assert.That(elapsed, Is.GreaterThan(TimeSpan.FromSeconds(0.9)), "Retry-After: 1 was honoured");
            Assert.That(summary.MainHostErrors, Is.EqualTo(1), "only the 500 counts as a main-host error");
        });
    }

    [Test]
    public async Task CrawlAsync_TimeoutResetSlowDripTruncatedOversized_OutcomesRecorded()
    {
        // Given a page that answers after the timeout, a connection reset, a slow drip that finishes in time,
        // a slow drip that does not, a body cut short, and a file larger than the byte limit
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/slow", "/reset", "/drip-ok", "/drip-slow", "/cut", "/big.pdf"))
            .Delayed("/slow", TimeSpan.FromSeconds(10), Answer(200, "late"))
            .Reset("/reset")
            .SlowDrip("/drip-ok", chunks: 5, chunkSize: 100, interval: TimeSpan.FromMilliseconds(100))
            .SlowDrip("/drip-slow", chunks: 50, chunkSize: 100, interval: TimeSpan.FromMilliseconds(200))
            .Truncated("/cut", declared: 10_000, sent: 1_000)
            .Oversized("/big.pdf", 3L * 1024 * 1024)
            .StartAsync();
        var options = CrawlTestKit.Fast with { Retries = 1, RequestTimeout = TimeSpan.FromSeconds(1.5), MaxBytesPerResponse = 1024 * 1024 };

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"), options);

        // Then
        var slow = await CrawlTestKit.PageAsync(store, site.Url("/slow"));
        var reset = await CrawlTestKit.PageAsync(store, site.Url("/reset"));
        var dripOk = await CrawlTestKit.PageAsync(store, site.Url("/drip-ok"));
        var dripSlow = await CrawlTestKit.PageAsync(store, site.Url("/drip-slow"));
        var cut = await CrawlTestKit.PageAsync(store, site.Url("/cut"));
        var big = await CrawlTestKit.PageAsync(store, site.Url("/big.pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(slow.Outcome, Is.EqualTo(FetchOutcome.Timeout));
            Assert.That(slow.Timings!.Attempts, Is.EqualTo(2), "a timeout is retried");
            Assert.That(reset.Outcome, Is.EqualTo(FetchOutcome.NetworkError));
            Assert.That(site.CountFor("/reset"), Is.EqualTo(2));
            Assert.That(dripOk.Outcome, Is.EqualTo(FetchOutcome.Ok));
            Assert.That(dripOk.Bytes, Is.EqualTo(500));
            Assert.That(dripSlow.Outcome, Is.EqualTo(FetchOutcome.Timeout), "the attempt timeout covers the body");
            Assert.That(cut.Outcome, Is.EqualTo(FetchOutcome.NetworkError));
            Assert.That(cut.Error, Is.Not.Null);
            Assert.That(big.Truncated, Is.True);
            Assert.That(big.Bytes, Is.EqualTo(1024 * 1024));
            Assert.That(big.Document!.Opens, Is.False);
            Assert.That(big.Document.SizeBytes, Is.EqualTo(3L * 1024 * 1024), "the size comes from Content-Length");
            Assert.That(summary.BrokenLinks.Select(b => b.Url), Is.EquivalentTo(new[] { site.Url("/slow"), site.Url("/reset"), site.Url("/drip-slow"), site.Url("/cut") }));
        });
    }
}
