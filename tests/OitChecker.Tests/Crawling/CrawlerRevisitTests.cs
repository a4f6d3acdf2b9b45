using Microsoft.Extensions.Logging;
using OitChecker.Benchmarks;
using OitChecker.Crawling;
using OitChecker.Testing;
using OitChecker.Testing.Http;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class CrawlerRevisitTests
{
    [Test]
    public async Task CrawlAsync_SecondRunOfUnchangedSite_ConditionalRequestsAndReusedSnapshots()
    {
        // Given a site whose pages and PDF carry ETags, a revisit store in a SQLite file and a file page store
        var dir = RepoPaths.NewTempDirectory("revisit");
        var etag = new Dictionary<string, string> { ["ETag"] = "\"v1\"" };
        var pdf = SamplePdf.Text([["Annual report 2567"]]);
        await using var site = await LoopbackTestSite.Create()
            .Bytes("/", System.Text.Encoding.UTF8.GetBytes("<html><head><title>หน้าแรก</title></head><body><a href='/plan.pdf'>แผน</a><a href='/news.html'>ข่าว</a><a href='/nope.html'>x</a></body></html>"), "text/html; charset=utf-8", etag)
            .Bytes("/plan.pdf", pdf, "application/pdf", etag)
            .Bytes("/news.html", System.Text.Encoding.UTF8.GetBytes("<html><head><title>ข่าว</title></head><body>ข่าวประชาสัมพันธ์</body></html>"), "text/html", etag)
            .StartAsync();
        using var revisits = new SqliteRevisitStore(Path.Combine(dir, "history.db"));
        var crawler = new Crawler(new CapturingLoggerFactory(), TimeProvider.System);
        var request = new CrawlRequest { StartUrl = site.BaseUrl, Options = CrawlTestKit.Fast, Revisits = revisits };

        // When
        CrawlSummary first, second;
        using (var store1 = new SqlitePageStore(Path.Combine(dir, "run1.db")))
        {
            first = await crawler.CrawlAsync(request, store1, null, CancellationToken.None);
        }

        using var store2 = new SqlitePageStore(Path.Combine(dir, "run2.db"));
        second = await crawler.CrawlAsync(request, store2, null, CancellationToken.None);

        // Then
        var plan = await store2.GetAsync(site.Url("/plan.pdf"));
        var home = await store2.GetAsync(site.Url("/"));
        var conditional = site.Requests.Where(r => r.Header("If-None-Match") == "\"v1\"").Select(r => r.PathAndQuery).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(first.NotModified, Is.Zero);
            Assert.That(second.NotModified, Is.EqualTo(3));
            Assert.That(conditional, Is.EquivalentTo(new[] { "/", "/plan.pdf", "/news.html" }));
            Assert.That(plan!.Outcome, Is.EqualTo(FetchOutcome.NotModified));
            Assert.That(plan.Text, Does.Contain("Annual report 2567"), "document text is reused");
            Assert.That(plan.Document!.PageCount, Is.EqualTo(1));
            Assert.That(home!.Links, Has.Count.EqualTo(3), "links are reused and followed");
            Assert.That(second.BrokenLinks.Select(b => b.Url), Is.EqualTo(new[] { site.Url("/nope.html") }), "errors are never cached: the 404 is asked again");
            Assert.That(revisits.Count, Is.EqualTo(3));
            Assert.That(second.Bytes, Is.LessThan(first.Bytes / 2));
            Assert.That(store2.Count, Is.EqualTo(first.Fetched));
        });
    }

    [Test]
    public async Task CrawlAsync_DamagedRevisitEntry_PageFetchedInFullNotReportedBroken_EntryWrittenAnew()
    {
        // Given a second run whose revisit entry for one page is damaged (a disk error, a row from a newer version)
        var dir = RepoPaths.NewTempDirectory("revisit-damaged");
        var etag = new Dictionary<string, string> { ["ETag"] = "\"v1\"" };
        await using var site = await LoopbackTestSite.Create()
            .Bytes("/", System.Text.Encoding.UTF8.GetBytes("<html><body><a href='/news.html'>ข่าว</a></body></html>"), "text/html; charset=utf-8", etag)
            .Bytes("/news.html", System.Text.Encoding.UTF8.GetBytes("<html><head><title>ข่าว</title></head><body>ข่าวประชาสัมพันธ์</body></html>"), "text/html; charset=utf-8", etag)
            .StartAsync();
        var database = Path.Combine(dir, "history.db");
        var loggers = new CapturingLoggerFactory();
        using var revisits = new SqliteRevisitStore(database, loggers.CreateLogger("revisit"));
        var crawler = new Crawler(loggers, TimeProvider.System);
        var request = new CrawlRequest { StartUrl = site.BaseUrl, Options = CrawlTestKit.Fast, Revisits = revisits };
        using (var store1 = new SqlitePageStore(Path.Combine(dir, "run1.db")))
        {
            await crawler.CrawlAsync(request, store1, null, CancellationToken.None);
        }

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE crawl_revisits SET snapshot = $s WHERE url = $u";
            damage.Parameters.AddWithValue("$s", new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0xDE, 0xAD });
            damage.Parameters.AddWithValue("$u", site.Url("/news.html"));
            Assert.That(await damage.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        // When
        using var store2 = new SqlitePageStore(Path.Combine(dir, "run2.db"));
        var second = await crawler.CrawlAsync(request, store2, null, CancellationToken.None);

        // Then
        var news = await store2.GetAsync(site.Url("/news.html"));
        var rewritten = await revisits.GetAsync(site.Url("/news.html"));
        Assert.Multiple(() =>
        {
            Assert.That(news!.Outcome, Is.EqualTo(FetchOutcome.Ok), news.Error);
            Assert.That(news.Text, Does.Contain("ข่าวประชาสัมพันธ์"));
            Assert.That(second.BrokenLinks, Is.Empty);
            Assert.That(second.NotModified, Is.EqualTo(1), "the home page's entry still served");
            Assert.That(loggers.Messages(LogLevel.Warning).Any(m => m.Contains("/news.html", StringComparison.Ordinal) && m.Contains("cannot be read", StringComparison.Ordinal)), Is.True);
            Assert.That(rewritten!.Snapshot.Text, Does.Contain("ข่าวประชาสัมพันธ์"), "the entry is written anew");
        });
    }

    [Test]
    public async Task SqlitePageStore_RowsWrittenInBatches_AreAllReadable_DuringAndAfter()
    {
        // Rows are committed in batches: a lookup inside an open batch, a full read in the middle of one and a
        // fresh store on the same file after disposal must all see every row.
        var dir = RepoPaths.NewTempDirectory("store");
        var path = Path.Combine(dir, "pages.db");
        var n = (SqlitePageStore.BatchRows * 2) + 7;
        var readMidway = 0;
        using (var store = new SqlitePageStore(path))
        {
            for (var i = 0; i < n; i++)
            {
                await store.AddAsync(new PageSnapshot { Url = $"http://x/{i}", FinalUrl = $"http://x/{i}", Title = $"หน้า {i}" });
                Assert.That((await store.GetAsync($"http://x/{i}"))?.Title, Is.EqualTo($"หน้า {i}"), "lookup of the row just added");
                if (i == SqlitePageStore.BatchRows + 3)
                {
                    await foreach (var _ in store.ReadAllAsync())
                    {
                        readMidway++;
                    }
                }
            }
        }

        var titles = new List<string?>();
        using (var reopened = new SqlitePageStore(path))
        {
            await foreach (var p in reopened.ReadAllAsync())
            {
                titles.Add(p.Title);
            }

            Assert.Multiple(() =>
            {
                Assert.That(readMidway, Is.EqualTo(SqlitePageStore.BatchRows + 4));
                Assert.That(reopened.Count, Is.EqualTo(n));
                Assert.That(titles, Is.EqualTo(Enumerable.Range(0, n).Select(i => $"หน้า {i}")));
            });
        }
    }

    [Test]
    public async Task SqlitePageStore_RoundTrip_OrderAndLookupByFinalUrl()
    {
        var dir = RepoPaths.NewTempDirectory("store");
        using var store = new SqlitePageStore(Path.Combine(dir, "pages.db"));
        var a = new PageSnapshot { Url = "http://x/a", FinalUrl = "http://x/a2", Title = "ก", Links = [new LinkRef("http://x/b", "ข", "แถว", ["ITA 2565"], "a")], Text = "1 ต.ค. 2567" };
        var b = new PageSnapshot { Url = "http://x/b", FinalUrl = "http://x/b", Title = "ข" };

        await store.AddAsync(a);
        await store.AddAsync(b);
        await store.AddAsync(a with { Title = "ก2" });
        var all = new List<PageSnapshot>();
        await foreach (var p in store.ReadAllAsync())
        {
            all.Add(p);
        }

        var byFinal = await store.GetAsync("http://x/a2");
        Assert.Multiple(() =>
        {
            Assert.That(store.Count, Is.EqualTo(2));
            Assert.That(all.Select(p => p.Title), Is.EqualTo(new[] { "ก2", "ข" }));
            Assert.That(byFinal!.Url, Is.EqualTo("http://x/a"));
            Assert.That(byFinal.Links[0].SectionPath, Is.EqualTo("ITA 2565"));
            Assert.That(byFinal.Dates[0].FiscalYear, Is.EqualTo(new OitChecker.Text.FiscalYear(2568)));
        });
    }
}
