namespace OitChecker.Scheduling;

/// <summary>
/// Keys of what the check job remembers in its own job data (persisted after each run), so <c>status</c> can say
/// how the last run went from the job store alone, on any node. Values are strings (the store keeps job data as strings).
/// </summary>
public static class JobDataKeys
{
    public const string SiteId = "siteId";

    /// <summary>Round id of the last run, or "manual".</summary>
    public const string LastRound = "lastRound";

    public const string LastStartedUtc = "lastStartedUtc";

    public const string LastFinishedUtc = "lastFinishedUtc";

    /// <summary>The runner's exit code (0 no gaps, 1 failure, 2 gaps, 3 configuration, 4 inconclusive).</summary>
    public const string LastExitCode = "lastExitCode";

    /// <summary>A short English description of how the last run ended.</summary>
    public const string LastOutcome = "lastOutcome";

    /// <summary>The scheduler instance (node) that ran it.</summary>
    public const string LastNode = "lastNode";

    /// <summary>True when the last run was a recovery of a run a dead node or a shutdown left unfinished.</summary>
    public const string LastRecovered = "lastRecovered";
}
