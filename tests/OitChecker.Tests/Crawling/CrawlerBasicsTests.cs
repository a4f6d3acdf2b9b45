using OitChecker.Crawling;
using OitChecker.Testing.Http;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class CrawlerBasicsTests
{
    [Test]
    public async Task CrawlAsync_SmallSite_FindsPagesDocumentsAndBrokenLinksWithTheirPages()
    {
        // Given a site with two pages, a missing page linked from both, and an external site with one missing page
        await using var external = await LoopbackTestSite.Create()
            .Html("/ok.html", "<html><title>ok</title></html>")
            .StartAsync();
        var ext = $"http://localhost:{external.Port}";
        await using var site = await LoopbackTestSite.Create()
            .Html("/", $"""
                <html><head><title>หน้าแรก เทศบาล</title></head><body>
                <h1>ยินดีต้อนรับ</h1>
                <ul><li><a href="/page2.html">หน้าที่สอง</a> ข้อมูลพื้นฐาน</li>
                <li><a href="/missing.html">หายไป</a></li>
                <li><a href="{ext}/ok.html">ลิงก์ภายนอก</a></li>
                <li><a href="{ext}/gone.html">ลิงก์ภายนอกเสีย</a></li>
                <li><a href="mailto:saraban@example.go.th">อีเมล</a></li></ul>
                </body></html>
                """)
            .Html("/page2.html", "<html><head><title>หน้าที่สอง</title></head><body><p>ประกาศ 1 ตุลาคม 2567</p><a href='/missing.html'>อีกครั้ง</a><a href='/'>กลับ</a></body></html>")
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        var page2 = await CrawlTestKit.PageAsync(store, site.Url("/page2.html"));
        var broken = summary.BrokenLinks.ToDictionary(b => b.Url);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.Complete));
            Assert.That(summary.StartReachable, Is.True);
            Assert.That(page2.Title, Is.EqualTo("หน้าที่สอง"));
            Assert.That(page2.Dates.Any(d => d.Year == 2567 && d.Month == 10 && d.Day == 1), Is.True);
            Assert.That(broken.Keys, Is.EquivalentTo(new[] { site.Url("/missing.html"), ext + "/gone.html" }));
            Assert.That(broken[site.Url("/missing.html")].FoundOn, Is.EquivalentTo(new[] { site.Url("/"), site.Url("/page2.html") }));
            Assert.That(broken[site.Url("/missing.html")].Status, Is.EqualTo(404));
            Assert.That(broken[ext + "/gone.html"].External, Is.True);
            Assert.That(external.CountFor("/ok.html", "HEAD"), Is.EqualTo(1), "external links are checked with HEAD");
            Assert.That(external.CountFor("/ok.html", "GET"), Is.Zero, "a good HEAD needs no GET");
            Assert.That(summary.MainHostOk, Is.GreaterThanOrEqualTo(2));
        });
    }
}
