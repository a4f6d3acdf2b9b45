namespace OitChecker.Benchmarks;

/// <summary>Options of <c>oitcheck bench crawl</c>.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>Pages of the synthetic site. Default 2,000.</summary>
    public int Pages { get; init; } = 2000;

    /// <summary>Page limit of the polite run (at 2 requests/s it takes about half as many seconds). Default 120.</summary>
    public int PolitePages { get; init; } = 120;

    /// <summary>Server latency added in the polite run. Default 50 ms.</summary>
    public TimeSpan PoliteLatency { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Concurrent requests per host with politeness off. Default 8.</summary>
    public int FastConcurrency { get; init; } = 8;

    /// <summary>Folder for the generated site and stores; a new temporary folder when null (deleted afterwards).</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>Run wget, linkchecker and linkinator when installed. Default true.</summary>
    public bool ExternalTools { get; init; } = true;

    /// <summary>Which tools to run (wget, linkchecker, linkinator); all when empty.</summary>
    public IReadOnlyList<string> Tools { get; init; } = [];

    /// <summary>Run the polite run. Default true.</summary>
    public bool Polite { get; init; } = true;

    /// <summary>Run the revisit pair. Default true.</summary>
    public bool Revisit { get; init; } = true;

    /// <summary>Path of the linkinator executable (e.g. a scratch npm folder's node_modules/.bin/linkinator); searched on PATH when null.</summary>
    public string? Linkinator { get; init; }

    /// <summary>
    /// Rounds of the comparison with the tools: each is one more run of (a), in a fresh process of its own when
    /// helpers can be started, then each tool; with more than one, medians and per-round ratios. Default 1.
    /// </summary>
    public int Rounds { get; init; } = 1;

    /// <summary>Longest time one external tool may run. Default 30 minutes.</summary>
    public TimeSpan ToolTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Generate and serve the site in child processes started this way, so the measured process holds only the
    /// crawler (as for wget, linkchecker and linkinator); null = both in this process.
    /// </summary>
    public BenchHelperProcess? Helpers { get; init; }

    public SyntheticSiteOptions Site => new() { Pages = Pages };
}
