namespace OitChecker.Crawling;

/// <summary>Why a crawl stopped.</summary>
public enum CrawlStop
{
    /// <summary>Every reachable in-scope URL was visited.</summary>
    Complete,

    /// <summary>Every catalog item was settled; the long tail was skipped (no --full-crawl).</summary>
    Focused,

    /// <summary>The page limit was reached.</summary>
    PageLimit,

    /// <summary>The time budget ran out.</summary>
    TimeLimit,

    /// <summary>The run was cancelled.</summary>
    Cancelled,

    /// <summary>The start page could not be fetched.</summary>
    StartFailed,
}

/// <summary>A broken link and every page it was found on.</summary>
public sealed record BrokenLink(string Url, int Status, string? Error, IReadOnlyList<string> FoundOn, bool External);

/// <summary>A site-level finding that is not about one item: TLS defects, endless URL spaces, robots overrides.</summary>
public sealed record CrawlFinding(string Kind, string Url, string Detail);

/// <summary>The outcome of a crawl: counts, why it stopped, the health of the main host, broken links and findings.</summary>
public sealed record CrawlSummary
{
    public required string StartUrl { get; init; }

    public CrawlStop Stop { get; init; }

    /// <summary>Snapshots stored (pages, documents, external checks).</summary>
    public int Fetched { get; init; }

    public int Documents { get; init; }

    /// <summary>HTTP requests sent, retries included.</summary>
    public int Requests { get; init; }

    /// <summary>Body bytes received.</summary>
    public long Bytes { get; init; }

    /// <summary>Responses answered 304 Not Modified (content reused).</summary>
    public int NotModified { get; init; }

    public TimeSpan Duration { get; init; }

    /// <summary>Responses from the main host by class, for the run-validity gate.</summary>
    public int MainHostOk { get; init; }

    public int MainHostErrors { get; init; }

    public int MainHostBlocked { get; init; }

    /// <summary>True when the start page answered with usable content.</summary>
    public bool StartReachable { get; init; }

    public IReadOnlyList<BrokenLink> BrokenLinks { get; init; } = [];

    public IReadOnlyList<CrawlFinding> Findings { get; init; } = [];
}
