using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Testing.Http;

namespace OitChecker.Tests.Crawling;

/// <summary>Scope, limits, focus, seeds and progress.</summary>
[TestFixture]
public sealed class CrawlerScopeTests
{
    [Test]
    public async Task CrawlAsync_ExternalLinkToLoopbackFromPublicSite_RefusedAtConnect()
    {
        // Given a site that links to a host name resolving to 127.0.0.1 (the DNS trick), crawled as if the site were public
        await using var target = await LoopbackTestSite.Create().Html("/admin", "<html>internal</html>").StartAsync();
        await using var site = await LoopbackTestSite.Create()
            .Html("/", $"<html><body><a href='http://localhost:{target.Port}/admin'>x</a></body></html>")
            .StartAsync();

        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"), CrawlTestKit.Fast with { PrivateAddresses = PrivateAddressPolicy.Deny });

        var refused = await CrawlTestKit.PageAsync(store, $"http://localhost:{target.Port}/admin");
        Assert.Multiple(() =>
        {
            Assert.That(refused.Outcome, Is.EqualTo(FetchOutcome.Refused));
            Assert.That(refused.Error, Does.Contain("private, loopback or link-local"));
            Assert.That(target.Requests, Is.Empty, "no connection was made");
            Assert.That(summary.Findings.Any(f => f.Kind == "refused-private-address"), Is.True);
            Assert.That(summary.BrokenLinks, Is.Empty);
            Assert.That(store.Count, Is.EqualTo(2), "the own site on loopback is still crawled");
        });
    }

    [Test]
    public async Task CrawlAsync_PageLimitAndPinnedSeeds_PinnedAlwaysFetched()
    {
        // Given 30 pages in a chain, a page limit of 5, and a pinned URL deep in the chain
        var builder = LoopbackTestSite.Create();
        for (var i = 0; i < 30; i++)
        {
            builder.Html($"/p{i}.html", $"<html><title>p{i}</title><body><a href='/p{i + 1}.html'>next</a></body></html>");
        }

        await using var site = await builder.Html("/", "<html><body><a href='/p0.html'>start</a></body></html>").StartAsync();

        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"), CrawlTestKit.Fast with { MaxPages = 5 },
            r => r with { Seeds = [site.Url("/p25.html")] });

        Assert.Multiple(async () =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.PageLimit));
            Assert.That((await store.GetAsync(site.Url("/p25.html")))?.Title, Is.EqualTo("p25"));
            Assert.That(store.Count, Is.EqualTo(6), "5 pages plus the pinned one");
        });
    }

    [Test]
    public async Task CrawlAsync_CatalogFocus_IndexFirstAndLongTailSkipped()
    {
        // Given a site with a news archive of 40 pages and an ITA page linking O1 and O2
        var builder = LoopbackTestSite.Create()
            .Html("/", "<html><body><a href='/news/0.html'>ข่าว</a><a href='/ita.html'>ITA 2568</a></body></html>")
            .Html("/ita.html", "<html><head><title>การเปิดเผยข้อมูลสาธารณะ (OIT)</title></head><body><table>"
                + "<tr><td>O1</td><td><a href='/o1.html'>โครงสร้าง</a></td></tr><tr><td>O2</td><td><a href='/o2.pdf'>ข้อมูลผู้บริหาร</a></td></tr></table></body></html>")
            .Html("/o1.html", "<html><head><title>โครงสร้างองค์กร</title></head></html>")
            .Bytes("/o2.pdf", OitChecker.Benchmarks.SamplePdf.Text([["executives"]]), "application/pdf");
        for (var i = 0; i < 40; i++)
        {
            builder.Html($"/news/{i}.html", $"<html><title>ข่าว {i}</title><body><a href='/news/{i + 1}.html'>ถัดไป</a></body></html>");
        }

        await using var site = await builder.StartAsync();
        var focus = new CatalogCrawlFocus(TestCatalog(("O1", ["โครงสร้าง"]), ("O2", ["ข้อมูลผู้บริหาร"])));

        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"), CrawlTestKit.Fast with { Concurrency = 1, MaxParallel = 1 },
            r => r with { Focus = focus });

        var fetchOrder = site.Requests.Select(r => r.PathAndQuery).Where(p => !p.StartsWith("/robots", StringComparison.Ordinal) && !p.Contains("does-not-exist", StringComparison.Ordinal) && p != "/sitemap.xml").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.Focused));
            Assert.That(focus.AllSettled, Is.True);
            Assert.That(fetchOrder, Does.Contain("/ita.html").And.Contain("/o1.html").And.Contain("/o2.pdf"));
            var news = fetchOrder.IndexOf("/news/0.html");
            Assert.That(news < 0 || news > fetchOrder.IndexOf("/ita.html"), Is.True, "the ITA page goes first: " + string.Join(" ", fetchOrder));
            Assert.That(store.Count, Is.LessThan(15), "the news archive is not crawled to its end");
        });
    }

    [Test]
    public async Task CrawlAsync_Progress_ReportsFetchedAndBytes()
    {
        await using var site = await LoopbackTestSite.Create()
            .Html("/", "<html><body><a href='/a'>a</a><a href='/b'>b</a></body></html>")
            .Html("/a", "<html>a</html>").Html("/b", "<html>b</html>")
            .StartAsync();
        var events = new List<CrawlProgress>();
        var crawler = new Crawler(new CapturingLoggerFactory(), TimeProvider.System);

        var summary = await crawler.CrawlAsync(new CrawlRequest { StartUrl = site.BaseUrl, Options = CrawlTestKit.Fast }, new InMemoryPageStore(),
            new SyncProgress(events.Add), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(events, Has.Count.EqualTo(3));
            Assert.That(events[^1].Fetched, Is.EqualTo(3));
            Assert.That(events[^1].Queued, Is.Zero);
            Assert.That(events[^1].Bytes, Is.EqualTo(summary.Bytes));
            Assert.That(events.Select(e => e.CurrentUrl), Is.EquivalentTo(new[] { site.Url("/"), site.Url("/a"), site.Url("/b") }));
        });
    }

    [Test]
    public async Task CrawlAsync_TimeBudget_StopsWithTimeLimit()
    {
        await using var site = await LoopbackTestSite.Create()
            .Html("/", "<html><body><a href='/slow'>a</a></body></html>")
            .Delayed("/slow", TimeSpan.FromSeconds(20), LoopbackTestSiteBuilder.Answer(200, "x"))
            .StartAsync();

        var (summary, _, _) = await CrawlTestKit.CrawlAsync(site.Url("/"), CrawlTestKit.Fast with { MaxDuration = TimeSpan.FromSeconds(1), RequestTimeout = TimeSpan.FromSeconds(30) });

        Assert.Multiple(() =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.TimeLimit));
            Assert.That(summary.Duration, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public async Task CrawlAsync_StartPageDown_StartFailed()
    {
        await using var site = await LoopbackTestSite.Create().Status("/", 500).StartAsync();

        var (summary, _, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        Assert.Multiple(() =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.StartFailed));
            Assert.That(summary.StartReachable, Is.False);
            Assert.That(summary.MainHostErrors, Is.EqualTo(1));
            Assert.That(summary.Findings.Any(f => f.Kind == "start-failed"), Is.True);
        });
    }

    internal static OitCatalog TestCatalog(params (string Code, string[] Terms)[] items) => new(
        "test.yaml", 2568, "test", "local-government", [], [],
        items.Select((i, n) => new CatalogItem(i.Code, i.Terms[0], i.Code, "9", "9.1", "palad", Confidence.Unverified, null,
            new FindSpec(i.Terms, [], [], []), [], "fix", null, null, n + 1)).ToList(), null);

    private sealed class SyncProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
