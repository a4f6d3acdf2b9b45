namespace OitChecker.Crawling;

/// <summary>Command-line overrides of a site's crawl settings (--concurrency, --delay-ms, --max-pages, --full-crawl, --ignore-robots).</summary>
public sealed record CrawlOverrides(
    int? Concurrency = null,
    TimeSpan? Delay = null,
    int? MaxPages = null,
    bool? FullCrawl = null,
    bool? IgnoreRobots = null,
    int? MaxDepth = null,
    TimeSpan? MaxDuration = null,
    bool? CheckExternal = null);
