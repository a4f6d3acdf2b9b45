using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using OitChecker.Crawling;
using OitChecker.Serving;
using OitChecker.Testing;

namespace OitChecker.Tests.Crawling;

/// <summary>
/// The real static part of www.saiyoidenchai.go.th (อบต.ไทรย้อย), served in place from ../shared/realsites
/// and crawled from /custom_home.html. That page's menu links are all href="#" and no page links the
/// PDFs (the live site listed them from its database), so — as a real site would — the server publishes a
/// sitemap.xml, generated here from the folder listing; everything else is discovered by crawling.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class SaiyoidenchaiCrawlTests
{
    private static readonly string Root = RepoPaths.RealSite("saiyoidenchai");

    [Test]
    public async Task CrawlAsync_RealSite_PagesAndPdfsFoundPhpLinksBrokenWithTheirPagesThaiTextExtracted()
    {
        // Given
        var htmlFiles = Directory.GetFiles(Root, "*.html").Select(f => "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var pdfFiles = Directory.GetFiles(Path.Combine(Root, "images", "file"), "*.pdf").Select(f => "/images/file/" + Path.GetFileName(f)).ToList();
        var virtualFiles = new Dictionary<string, (byte[], string)>();
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = Root, UseRulesFile = false, VirtualFiles = virtualFiles });
        virtualFiles["/sitemap.xml"] = (Sitemap(server.BaseUrl, htmlFiles.Concat(pdfFiles)), "application/xml");
        string Url(string path) => UrlNormalizer.Normalize(path, server.BaseUrl).Url!;
        var expectedPhp = PhpLinks(htmlFiles);

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(Url("/custom_home.html"),
            CrawlTestKit.Fast with { CheckExternal = false, MaxPages = 1000, RequestTimeout = TimeSpan.FromSeconds(20) });

        // Then
        var snapshots = new List<PageSnapshot>();
        await foreach (var s in store.ReadAllAsync())
        {
            snapshots.Add(s);
        }

        var usable = snapshots.Where(s => s.IsUsable).Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        var broken = summary.BrokenLinks.ToDictionary(b => b.Url, StringComparer.Ordinal);
        var pricePdf = snapshots.Single(s => s.Url == Url("/images/file/ราคากลาง ปปช.pdf"));
        var planPdf = snapshots.Single(s => s.Url == Url("/images/file/แผนพัฒนา 2556-2558 (ปรับปรุงล่าสุด).pdf"));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Stop, Is.EqualTo(CrawlStop.Complete));
            Assert.That(summary.StartReachable, Is.True);
            Assert.That(htmlFiles.Where(p => !usable.Contains(Url(p))), Is.Empty, "every static page is found");
            Assert.That(pdfFiles.Where(p => !usable.Contains(Url(p))), Is.Empty, "every PDF is found");
            Assert.That(pdfFiles, Has.Count.EqualTo(79));
            Assert.That(snapshots.Count(s => s.Kind == ResourceKind.Document && s.Document!.Opens && s.Document.HasText), Is.EqualTo(79));
            Assert.That(expectedPhp.Keys, Is.SupersetOf(new[] { "/index.php", "/webboard.php", "/develop.php", "/contactus.php", "/view_all_people.php" }));
            foreach (var (php, pages) in expectedPhp)
            {
                Assert.That(broken.ContainsKey(Url(php)), Is.True, php + " is reported broken");
                if (broken.TryGetValue(Url(php), out var b))
                {
                    Assert.That(b.Status, Is.EqualTo(404));
                    Assert.That(b.FoundOn, Is.EquivalentTo(pages.Select(Url)), php + " lists every page it is found on");
                }
            }

            Assert.That(pricePdf.Text, Does.Contain("วงเงินงบประมาณที่ได้รับจัดสรรและราคากลาง"));
            Assert.That(planPdf.Document!.PageCount, Is.EqualTo(132));
            Assert.That(OitChecker.Text.ThaiFold.Contains(planPdf.Text, "ประกาศใช้แผนพัฒนาสามปี"), Is.True);
            Assert.That(snapshots.Single(s => s.Url == Url("/excustive.html")).Title, Does.Contain("ไทรย้อย"));
        });
    }

    /// <summary>Every .php link of each page (resolved the way the crawler resolves them), with the pages that hold it.</summary>
    private static Dictionary<string, List<string>> PhpLinks(IEnumerable<string> pages)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(Root, page.TrimStart('/')));
            foreach (Match m in HrefRegex().Matches(html))
            {
                var path = new Uri(new Uri("http://x" + page), m.Groups[1].Value.Trim()).AbsolutePath;
                if (!path.EndsWith(".php", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!result.TryGetValue(path, out var list))
                {
                    list = [];
                    result[path] = list;
                }

                if (!list.Contains(page))
                {
                    list.Add(page);
                }
            }
        }

        return result;
    }

    private static byte[] Sitemap(Uri site, IEnumerable<string> paths)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        foreach (var p in paths)
        {
            sb.Append("<url><loc>").Append(SecurityElement.Escape(new Uri(site, p).AbsoluteUri)).Append("</loc></url>");
        }

        return Encoding.UTF8.GetBytes(sb.Append("</urlset>").ToString());
    }

    [GeneratedRegex("<a\\b[^>]*\\bhref\\s*=\\s*[\"']([^\"'#]+\\.php)[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex HrefRegex();
}
