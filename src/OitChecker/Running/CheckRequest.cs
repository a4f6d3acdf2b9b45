using OitChecker.Catalog;
using OitChecker.Sites;

namespace OitChecker.Running;

/// <summary>
/// What to check: a site, its catalog, per-run options, and (for the scheduler) the round it belongs to.
/// <c>RoundId</c> is the scheduled round (e.g. the trigger's scheduled fire time in UTC, "20261126T043000Z"); a run
/// is recorded in history at most once per site and round, so a job re-run after a node died does not duplicate it.
/// It is null for manual runs.
/// </summary>
public sealed record CheckRequest(SiteConfig Site, OitCatalog Catalog, CheckOptions Options, string? RoundId = null);

/// <summary>Per-run options, mostly from command-line flags; null means "as the site file says".</summary>
public sealed record CheckOptions
{
    /// <summary>Report root override (--out).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Only these item codes (--only O1,O23).</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Only items of this division (--division).</summary>
    public string? Division { get; init; }

    public bool? FullCrawl { get; init; }

    public int? MaxPages { get; init; }

    public int? Concurrency { get; init; }

    public TimeSpan? Delay { get; init; }

    /// <summary>Ignore robots.txt (own site only; logged).</summary>
    public bool IgnoreRobots { get; init; }

    /// <summary>Send no mail at all (--no-mail).</summary>
    public bool NoMail { get; init; }

    /// <summary>Write .eml files instead of sending (--dry-run).</summary>
    public bool DryRun { get; init; }
}

/// <summary>What a run produced.</summary>
public sealed record CheckOutcome(RunResult Result, string? ReportFolder, int ExitCode)
{
    /// <summary>How long judging every item took once the crawl was done (evidence discovery and rules).</summary>
    public TimeSpan Matching { get; init; }
}
