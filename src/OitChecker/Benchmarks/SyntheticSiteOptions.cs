namespace OitChecker.Benchmarks;

/// <summary>The shape of a generated municipality site.</summary>
public sealed record SyntheticSiteOptions
{
    /// <summary>HTML pages. Default 2,000.</summary>
    public int Pages { get; init; } = 2000;

    /// <summary>Approximate size of a page in bytes. Default 40 KB.</summary>
    public int PageBytes { get; init; } = 40 * 1024;

    /// <summary>Share of pages written in windows-874 (declared only in a meta). Default 5 %.</summary>
    public double Windows874Share { get; init; } = 0.05;

    /// <summary>Share of pages with one planted broken link (half internal, half external). Default 2 %.</summary>
    public double BrokenShare { get; init; } = 0.02;

    /// <summary>One PDF per this many pages. Default 20 (5 %).</summary>
    public int PagesPerPdf { get; init; } = 20;

    /// <summary>Links from a list page to its children (the site is a tree of this fan-out plus cross links). Default 12.</summary>
    public int FanOut { get; init; } = 12;

    /// <summary>Random seed (the same seed gives the same site).</summary>
    public int Seed { get; init; } = 2568;
}
