namespace OitChecker.Crawling;

/// <summary>One crawl: where to start, which hosts are the site's own, the options, extra seeds and the focus.</summary>
public sealed record CrawlRequest
{
    /// <summary>The start page (the site's main URL).</summary>
    public required Uri StartUrl { get; init; }

    /// <summary>Further hosts that belong to the site (crawled, never only link-checked).</summary>
    public IReadOnlyList<string> ExtraHosts { get; init; } = [];

    public CrawlerOptions Options { get; init; } = new();

    /// <summary>URLs always fetched whatever the limits and focus (pinned item URLs from the site file).</summary>
    public IReadOnlyList<string> Seeds { get; init; } = [];

    /// <summary>Validators and snapshots of earlier runs (conditional requests); null = always fetch everything.</summary>
    public IRevisitStore? Revisits { get; init; }

    /// <summary>Prioritises the frontier and says when the long tail may be skipped; null = breadth first.</summary>
    public ICrawlFocus? Focus { get; init; }

    /// <summary>The main host and the extra hosts, canonical, with the www./bare twin of the main host.</summary>
    public IReadOnlyList<string> OwnHosts => new SiteHosts(StartUrl, ExtraHosts).All;
}
