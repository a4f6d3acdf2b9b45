using OitChecker.Verdicts;

namespace OitChecker.Running;

/// <summary>Whether a run's verdicts can be trusted.</summary>
public enum RunStatus
{
    /// <summary>The site answered; verdicts stand.</summary>
    Complete,

    /// <summary>The site was unreachable, answered mostly errors, or challenged us: verdicts are not reported as gaps.</summary>
    Inconclusive,
}

/// <summary>The site a run checked.</summary>
public sealed record RunSite(string Id, string Name, string MainUrl);

/// <summary>Page and request counts of a run.</summary>
public sealed record RunPages(int Fetched, int Documents, int Requests, long Bytes, int NotModified, string Stop, double DurationSeconds);

/// <summary>A broken link as reported: URL, status or error, and every page it was found on.</summary>
public sealed record RunBrokenLink(string Url, int Status, string? Error, IReadOnlyList<string> FoundOn);

/// <summary>The broken links of a run.</summary>
public sealed record RunLinks(IReadOnlyList<RunBrokenLink> Broken);

/// <summary>A site-level finding (TLS defect, URL trap, robots override, pinned URL changed).</summary>
public sealed record RunFinding(string Kind, string Url, string Detail);

/// <summary>
/// Everything a run concluded. Serialized as <c>results.json</c> (schema: docs/results-schema.md and
/// config/schema/results.schema.json); <see cref="CurrentSchemaVersion"/> changes only with a breaking change.
/// </summary>
public sealed record RunResult
{
    /// <summary>The schema version written by this build.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Unique run id: UTC timestamp plus site id, e.g. 20261125T213000Z-muangklaeng.</summary>
    public required string RunId { get; init; }

    public required RunSite Site { get; init; }

    /// <summary>Assessment year (BE).</summary>
    public required int Year { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public RunStatus Status { get; init; }

    /// <summary>Why the run is inconclusive (English), or null.</summary>
    public string? InconclusiveReason { get; init; }

    public required ScoreProjection Score { get; init; }

    public IReadOnlyList<ItemVerdict> Items { get; init; } = [];

    public RunLinks Links { get; init; } = new([]);

    public required RunPages Pages { get; init; }

    public IReadOnlyList<RunFinding> Findings { get; init; } = [];

    /// <summary>The exit code this result maps to.</summary>
    public int ExitCode => Status == RunStatus.Inconclusive
        ? ExitCodes.Inconclusive
        : Items.Any(i => i.Verdict != Verdict.Pass) ? ExitCodes.GapsFound : ExitCodes.Success;
}
