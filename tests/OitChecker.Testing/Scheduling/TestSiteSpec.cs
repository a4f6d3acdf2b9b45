namespace OitChecker.Testing.Scheduling;

/// <summary>A site file for scheduler tests: the mini catalog's divisions, one pinned item, and the schedule, watch and report settings under test.</summary>
public sealed record TestSiteSpec
{
    public required string Id { get; init; }

    public required Uri MainUrl { get; init; }

    public string Cron { get; init; } = "0 30 4 * * ?";

    public string TimeZone { get; init; } = "Asia/Bangkok";

    public bool ScheduleEnabled { get; init; } = true;

    public bool WatchEnabled { get; init; }

    public string WatchEvery { get; init; } = "15m";

    public int FromMonth { get; init; } = 2;

    public int ToMonth { get; init; } = 7;

    public int OutageAfter { get; init; } = 2;

    /// <summary>Path (relative to the main URL) pinned as O23's answer; null for none.</summary>
    public string? PinnedPath { get; init; } = "procurement";

    public string ReportsDirectory { get; init; } = "reports";

    public int MaxPages { get; init; } = 20;

    public string Delay { get; init; } = "500ms";
}
