using Quartz;

namespace OitChecker.Scheduling;

/// <summary>What the job store says about one site: its schedule, the next and last runs, and a run in progress.</summary>
public sealed record SiteRunStatus
{
    public required string SiteId { get; init; }

    /// <summary>False when the site is configured but <c>serve</c> has not put it in this store yet.</summary>
    public bool InStore { get; init; }

    public string? Cron { get; init; }

    public string? TimeZone { get; init; }

    public TriggerState TriggerState { get; init; } = TriggerState.None;

    public DateTimeOffset? NextRun { get; init; }

    /// <summary>When the nightly trigger last fired.</summary>
    public DateTimeOffset? LastFired { get; init; }

    public string? LastRound { get; init; }

    public DateTimeOffset? LastStarted { get; init; }

    public DateTimeOffset? LastFinished { get; init; }

    public int? LastExitCode { get; init; }

    public string? LastOutcome { get; init; }

    public string? LastNode { get; init; }

    public bool LastRecovered { get; init; }

    /// <summary>The node running the check right now, or null.</summary>
    public string? RunningOn { get; init; }

    public DateTimeOffset? RunningSince { get; init; }

    /// <summary>Next probe of the availability watch (null when the watch is off).</summary>
    public DateTimeOffset? NextProbe { get; init; }
}
