using System.IO.Compression;
using System.Text;
using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class SitemapParserTests
{
    [Test]
    public void Parse_UrlSet_Pages()
    {
        var xml = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.go.th/a.html</loc></url><url><loc> http://x.go.th/b.html </loc></url></urlset>""";
        var (pages, sitemaps) = SitemapParser.Parse(Encoding.UTF8.GetBytes(xml));
        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo(new[] { "http://x.go.th/a.html", "http://x.go.th/b.html" }));
            Assert.That(sitemaps, Is.Empty);
        });
    }

    [Test]
    public void Parse_GzippedIndex_ChildSitemaps()
    {
        var xml = """<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://x.go.th/s1.xml</loc></sitemap></sitemapindex>""";
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(xml));
        }

        var (pages, sitemaps) = SitemapParser.Parse(ms.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.Empty);
            Assert.That(sitemaps, Is.EqualTo(new[] { "http://x.go.th/s1.xml" }));
        });
    }

    [Test]
    public void Parse_PlainText_OneUrlPerLine() =>
        Assert.That(SitemapParser.Parse(Encoding.UTF8.GetBytes("http://x.go.th/a\nnot a url\nhttps://x.go.th/b\n")).Pages, Has.Count.EqualTo(2));
}
