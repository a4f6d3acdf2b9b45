using System.Diagnostics;
using System.Security;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Evidence;
using OitChecker.Rules;
using OitChecker.Serving;
using OitChecker.Testing;
using OitChecker.Testing.Builders;
using OitChecker.Tests.Crawling;
using OitChecker.Verdicts;

namespace OitChecker.Tests.Verdicts;

/// <summary>What a real-site run produced: the verdicts, the site index, and how long judging took after the crawl.</summary>
internal sealed record RealSiteRun(IReadOnlyList<ItemVerdict> Verdicts, SiteIndex Index, CrawlSummary Crawl, TimeSpan Judging, Uri BaseUrl)
{
    public ItemVerdict this[string code] => Verdicts.Single(v => v.Code == code);

    public string Url(string path) => UrlNormalizer.Normalize(path, BaseUrl).Url!;
}

/// <summary>
/// Serves a folder of ../shared/realsites in place on 127.0.0.1, crawls it with the real crawler from a start page
/// (optionally with a sitemap.xml generated from the folder listing) and judges every catalog item with the real
/// verdict engine, timing the judging alone.
/// </summary>
internal static class RealSiteJudge
{
    public static async Task<RealSiteRun> RunAsync(string folder, string startPath, int catalogYear, bool sitemapFromListing)
    {
        var virtualFiles = new Dictionary<string, (byte[], string)>();
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = folder, UseRulesFile = false, VirtualFiles = virtualFiles });
        if (sitemapFromListing)
        {
            virtualFiles["/sitemap.xml"] = (Sitemap(server.BaseUrl, Listing(folder)), "application/xml");
        }

        var start = UrlNormalizer.Normalize(startPath, server.BaseUrl).Url!;
        var (crawl, store, _) = await CrawlTestKit.CrawlAsync(start,
            CrawlTestKit.Fast with { CheckExternal = false, MaxPages = 1000, RequestTimeout = TimeSpan.FromSeconds(20) });

        var catalog = CatalogLoader.Load(RepoPaths.Catalog(catalogYear));
        var site = TestSites.Mini(Path.GetTempPath()) with { MainUrl = server.BaseUrl, Year = catalogYear };
        var engine = new VerdictEngine(RuleSet.Default, NullLogger<VerdictEngine>.Instance);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var watch = Stopwatch.StartNew();
        var (verdicts, index) = await engine.JudgeAsync(catalog, site, store, catalog.Items, cts.Token);
        watch.Stop();
        Print($"{Path.GetFileName(folder)}: crawled {crawl.Fetched} URLs; judging {catalog.Items.Count} items took {watch.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var v in verdicts)
        {
            Print($"  {v.Code} {v.Verdict} [{string.Join(",", v.FailKinds)}] {v.Url} :: {(v.Reasons.Count > 0 ? v.Reasons[0].En : string.Empty)}");
        }

        return new RealSiteRun(verdicts, index, crawl, watch.Elapsed, server.BaseUrl);
    }

    /// <summary>To the test's output and, for one-time set-ups whose output is not shown per test, to the progress log.</summary>
    private static void Print(string line)
    {
        TestContext.Out.WriteLine(line);
        TestContext.Progress.WriteLine(line);
    }

    /// <summary>Every .html page and every document of the folder, as site paths.</summary>
    private static IEnumerable<string> Listing(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || EvidenceBundle.LooksLikeDocument(f))
            .Select(f => "/" + Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static byte[] Sitemap(Uri site, IEnumerable<string> paths)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        foreach (var p in paths)
        {
            sb.Append("<url><loc>").Append(SecurityElement.Escape(new Uri(site, p).AbsoluteUri)).Append("</loc></url>");
        }

        return Encoding.UTF8.GetBytes(sb.Append("</urlset>").ToString());
    }
}
