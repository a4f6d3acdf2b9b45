using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Sites;
using OitChecker.Verdicts;

namespace OitChecker.Running;

/// <summary>Assembles a <see cref="RunResult"/> from the crawl summary and the verdicts.</summary>
internal static class RunResultFactory
{
    public static RunResult Create(string runId, SiteConfig site, OitCatalog catalog, DateTimeOffset started, DateTimeOffset finished,
        CrawlSummary crawl, IReadOnlyList<ItemVerdict> verdicts, string? inconclusive) => new()
    {
        RunId = runId,
        Site = new RunSite(site.Id, site.NameTh, site.MainUrl.AbsoluteUri),
        Year = catalog.Year,
        StartedAt = started,
        FinishedAt = finished,
        Status = inconclusive is null ? RunStatus.Complete : RunStatus.Inconclusive,
        InconclusiveReason = inconclusive,
        Score = ScoreCalculator.Project(catalog, verdicts),
        Items = verdicts,
        Links = new RunLinks(crawl.BrokenLinks.Select(b => new RunBrokenLink(b.Url, b.Status, b.Error, b.FoundOn)).ToList()),
        Pages = new RunPages(crawl.Fetched, crawl.Documents, crawl.Requests, crawl.Bytes, crawl.NotModified,
            Kebab(crawl.Stop.ToString()), Math.Round(crawl.Duration.TotalSeconds, 1)),
        Findings = crawl.Findings.Select(f => new RunFinding(f.Kind, f.Url, f.Detail)).ToList(),
    };

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
