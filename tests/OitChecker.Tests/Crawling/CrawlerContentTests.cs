using System.Text;
using Microsoft.AspNetCore.Http;
using OitChecker.Benchmarks;
using OitChecker.Crawling;
using OitChecker.Testing.Http;

namespace OitChecker.Tests.Crawling;

/// <summary>Integration tests on what the crawler reads: encodings, documents, soft 404s, traps, robots, sitemaps, logins.</summary>
[TestFixture]
public sealed class CrawlerContentTests
{
    private const string Thai = "รายงานผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2567";

    private static string Links(params string[] hrefs) =>
        "<html><head><title>หน้าแรก</title></head><body><h1>เทศบาลตำบลตัวอย่าง</h1><ul>" + string.Concat(hrefs.Select(h => $"<li><a href=\"{h}\">{h}</a></li>")) + "</ul></body></html>";

    [Test]
    public async Task CrawlAsync_Windows874Variants_DecodedAndEncodingRecorded()
    {
        // Given windows-874 pages: declared in the header, only in a meta, not at all, a header saying utf-8, and a
        // UTF-8 page whose meta claims tis-620
        var page = $"<html><head><title>{Thai}</title></head><body><p>{Thai}</p></body></html>";
        var metaPage = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=tis-620\"><title>{Thai}</title></head><body>{Thai}</body></html>";
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/header.html", "/meta.html", "/none.html", "/liar.html", "/utf8-meta-tis.html"))
            .Html("/header.html", page, CharsetResolver.Thai, "x-cp874")
            .Html("/meta.html", metaPage, CharsetResolver.Thai, string.Empty)
            .Html("/none.html", page, CharsetResolver.Thai, string.Empty)
            .Html("/liar.html", page, CharsetResolver.Thai, "utf-8")
            .Html("/utf8-meta-tis.html", metaPage, Encoding.UTF8, string.Empty)
            .StartAsync();

        // When
        var (_, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        foreach (var (path, encoding) in new[] { ("/header.html", "windows-874"), ("/meta.html", "windows-874"), ("/none.html", "windows-874"), ("/liar.html", "windows-874"), ("/utf8-meta-tis.html", "utf-8") })
        {
            var s = await CrawlTestKit.PageAsync(store, site.Url(path));
            Assert.Multiple(() =>
            {
                Assert.That(s.Title, Is.EqualTo(Thai), path);
                Assert.That(s.Text, Does.Contain(Thai), path);
                Assert.That(s.Encoding, Is.EqualTo(encoding), path);
                Assert.That(s.Dates.Any(d => d.Year == 2567 && d.Month == 10), Is.True, path);
            });
        }
    }

    [Test]
    public async Task CrawlAsync_Documents_TextScannedAndHtmlPretendingToBePdf()
    {
        // Given a text PDF served as octet-stream, a scanned PDF, and a ".pdf" link that answers with an HTML error page
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/docs/report.pdf", "/docs/scan.pdf", "/docs/missing.pdf", "/download.php?id=7"))
            .Bytes("/docs/report.pdf", SamplePdf.Text([["Procurement report", "October 2024"], ["page two"]]), "application/octet-stream")
            .Bytes("/docs/scan.pdf", SamplePdf.Scanned(2), "application/pdf")
            .Html("/docs/missing.pdf", "<html><head><title>ไม่พบไฟล์</title></head><body>ไม่พบไฟล์ที่ท่านต้องการ</body></html>")
            .Bytes("/download.php?id=7", SamplePdf.Text([["Annual plan"]]), "application/pdf")
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        var report = await CrawlTestKit.PageAsync(store, site.Url("/docs/report.pdf"));
        var scan = await CrawlTestKit.PageAsync(store, site.Url("/docs/scan.pdf"));
        var fake = await CrawlTestKit.PageAsync(store, site.Url("/docs/missing.pdf"));
        var download = await CrawlTestKit.PageAsync(store, site.Url("/download.php?id=7"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Kind, Is.EqualTo(ResourceKind.Document));
            Assert.That(report.Document!.PageCount, Is.EqualTo(2));
            Assert.That(report.Document.HasText, Is.True);
            Assert.That(report.Text, Does.Contain("Procurement report"));
            Assert.That(report.IsUsable, Is.True);
            Assert.That(scan.Document!.IsScanned, Is.True);
            Assert.That(fake.DocumentMismatch, Is.True);
            Assert.That(fake.Document, Is.Null);
            Assert.That(fake.IsUsable, Is.False);
            Assert.That(download.Kind, Is.EqualTo(ResourceKind.Document), "a document behind a script URL is recognised by its bytes");
            Assert.That(summary.Documents, Is.EqualTo(3));
            Assert.That(summary.BrokenLinks.Single().Url, Is.EqualTo(site.Url("/docs/missing.pdf")));
            Assert.That(summary.BrokenLinks.Single().FoundOn, Is.EqualTo(new[] { site.Url("/") }));
        });
    }

    [Test]
    public async Task CrawlAsync_Soft404_ByPhraseAndByRandomUrlProbe()
    {
        // Given a CMS that answers every unknown URL with 200 and the same template, and a page that says ไม่พบหน้า
        const string template = "<html><head><title>อบต.ตัวอย่าง</title></head><body><nav>หน้าแรก ข่าวสาร ติดต่อเรา</nav><p>เนื้อหาที่ท่านเรียกดูอาจถูกย้ายไปแล้ว</p></body></html>";
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/index.php?option=com_content&id=99", "/gone.html", "/real.html"))
            .Html("/gone.html", "<html><head><title>อบต.ตัวอย่าง</title></head><body><h2>ไม่พบหน้าที่ท่านต้องการ</h2></body></html>")
            .Html("/real.html", $"<html><head><title>อบต.ตัวอย่าง</title></head><body><nav>หน้าแรก ข่าวสาร ติดต่อเรา</nav><p>{Thai} รายละเอียดครบถ้วน</p></body></html>")
            .Fallback(c =>
            {
                c.Response.ContentType = "text/html; charset=utf-8";
                return c.Response.WriteAsync(template);
            })
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/index.php?option=com_content&id=99"))).IsSoft404, Is.True);
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/gone.html"))).IsSoft404, Is.True);
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/real.html"))).IsSoft404, Is.False);
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/"))).IsSoft404, Is.False);
            Assert.That(summary.BrokenLinks.Select(b => b.Url), Is.EquivalentTo(new[] { site.Url("/index.php?option=com_content&id=99"), site.Url("/gone.html") }));
            Assert.That(site.Requests.Count(r => r.PathAndQuery.Contains("does-not-exist", StringComparison.Ordinal)), Is.EqualTo(1), "one probe per host");
        });
    }

    [Test]
    public async Task CrawlAsync_CalendarTrap_RecordedAndNotFollowedForever()
    {
        // Given a calendar whose every month links to the next and previous month, forever
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/calendar.php?month=2025-01"))
            .Handle("/calendar.php", c =>
            {
                var m = DateTime.ParseExact(c.Request.Query["month"]!, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                c.Response.ContentType = "text/html; charset=utf-8";
                return c.Response.WriteAsync($"<html><title>ปฏิทิน {m:yyyy-MM}</title><body><a href='?month={m.AddMonths(1):yyyy-MM}'>ถัดไป</a><a href='?month={m.AddMonths(-1):yyyy-MM}'>ก่อนหน้า</a></body></html>");
            })
            .StartAsync();

        // When
        var (summary, _, logs) = await CrawlTestKit.CrawlAsync(site.Url("/"), CrawlTestKit.Fast with { MaxDepth = 1000, MaxPages = 2000 });

        // Then
        var calendarRequests = site.Requests.Count(r => r.PathAndQuery.StartsWith("/calendar.php", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.Complete));
            Assert.That(calendarRequests, Is.LessThan(130), "the calendar is cut off, not crawled to the page limit");
            Assert.That(summary.Findings.Where(f => f.Kind == "url-trap:calendar"), Is.Not.Empty);
            Assert.That(logs.Messages().Any(m => m.Contains("endless URL space (calendar)", StringComparison.Ordinal)), Is.True, "the scope decision is logged with its reason");
        });
    }

    [Test]
    public async Task CrawlAsync_RobotsDisallowAndSitemapSeeds_Respected()
    {
        // Given robots.txt that disallows /private/, and a sitemap index listing an otherwise unlinked page
        await using var site2 = await LoopbackTestSite.Create()
            .Html("/", Links("/private/secret.html", "/public.html"))
            .Html("/public.html", "<html><title>public</title></html>")
            .Html("/private/secret.html", "<html><title>secret</title></html>")
            .Html("/orphan.html", "<html><title>orphan</title></html>")
            .Bytes("/robots.txt", Encoding.UTF8.GetBytes("User-agent: *\nDisallow: /private/\n"), "text/plain")
            .Handle("/sitemap.xml", c => c.Response.WriteAsync($"<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>http://{c.Request.Host}/sm1.xml</loc></sitemap></sitemapindex>"))
            .Handle("/sm1.xml", c => c.Response.WriteAsync($"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>http://{c.Request.Host}/orphan.html</loc></url></urlset>"))
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site2.Url("/"));
        var (ignored, ignoredStore, logs) = await CrawlTestKit.CrawlAsync(site2.Url("/"), CrawlTestKit.Fast with { IgnoreRobots = true });

        // Then
        var secret = await CrawlTestKit.PageAsync(store, site2.Url("/private/secret.html"));
        var orphan = await CrawlTestKit.PageAsync(store, site2.Url("/orphan.html"));
        Assert.Multiple(async () =>
        {
            Assert.That(secret.Outcome, Is.EqualTo(FetchOutcome.RobotsDisallowed));
            Assert.That(secret.Error, Is.EqualTo("robots.txt Disallow: /private/"));
            Assert.That(site2.CountFor("/private/secret.html"), Is.EqualTo(1), "fetched only in the run that ignores robots.txt");
            Assert.That(orphan.Title, Is.EqualTo("orphan"));
            Assert.That(orphan.Depth, Is.EqualTo(1));
            Assert.That(orphan.FoundOn, Is.EqualTo(site2.Url("/sm1.xml")));
            Assert.That(summary.Findings.Any(f => f.Kind == "robots-disallowed"), Is.True);
            Assert.That(summary.BrokenLinks, Is.Empty, "a disallowed URL is not broken");
            Assert.That((await CrawlTestKit.PageAsync(ignoredStore, site2.Url("/private/secret.html"))).Title, Is.EqualTo("secret"));
            Assert.That(ignored.Findings.Any(f => f.Kind == "robots-override"), Is.True);
            Assert.That(logs.Messages(Microsoft.Extensions.Logging.LogLevel.Warning).Any(m => m.Contains("IGNORED", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public async Task CrawlAsync_LoginPages_Recognised()
    {
        await using var site = await LoopbackTestSite.Create()
            .Html("/", Links("/members", "/admin", "/backend.php"))
            .Status("/members", 401)
            .Redirect("/admin", "/login.php?next=/admin")
            .Html("/login.php", "<html><head><title>เข้าสู่ระบบ</title></head><body><form method=post><input name=u><input type=password name=p></form></body></html>")
            .Html("/backend.php", "<html><body><form><input name=u><input type=password name=p><button>OK</button></form></body></html>")
            .StartAsync();

        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        Assert.Multiple(async () =>
        {
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/members"))).RequiresLogin, Is.True);
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/admin"))).RequiresLogin, Is.True);
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/backend.php"))).RequiresLogin, Is.True);
            Assert.That((await CrawlTestKit.PageAsync(store, site.Url("/"))).RequiresLogin, Is.False);
            Assert.That(summary.BrokenLinks, Is.Empty, "a login page is not a broken link");
        });
    }
}
