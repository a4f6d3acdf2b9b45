namespace OitChecker.Scheduling;

/// <summary>Whether the latest probe of a URL started or ended an outage.</summary>
public enum OutageChange
{
    None,

    /// <summary>The failure streak just reached the threshold: tell the division and the administrators.</summary>
    Started,

    /// <summary>The URL answers again after a streak that had reached the threshold: tell them it is over.</summary>
    Ended,
}

/// <summary>The decision on the latest probe: what changed, since when the URL was down and how many probes failed.</summary>
public sealed record OutageDecision(OutageChange Change, DateTimeOffset? DownSince, bool DownSinceKnown, int FailedProbes);

/// <summary>
/// Decides outages from the recent probes of one URL alone, so the state survives restarts and is the same on
/// every node reading a shared log: an outage starts on the probe that makes the failure streak exactly
/// <c>outageAfter</c> long, and ends on the first good probe after a streak at least that long. Each is
/// therefore reported once.
/// </summary>
public static class OutageDetector
{
    /// <summary>Probes to read back per decision: enough to find the start of a long outage (≈ 5 days at 15 minutes).</summary>
    public const int HistoryLimit = 500;

    /// <param name="newestFirst">The latest probes of the URL, newest first, the probe just taken included.</param>
    /// <param name="outageAfter">Consecutive failed probes that make an outage (≥ 1).</param>
    /// <param name="complete">True when <paramref name="newestFirst"/> holds the URL's whole history (fewer than asked for).</param>
    public static OutageDecision Decide(IReadOnlyList<ProbeRecord> newestFirst, int outageAfter, bool complete)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        ArgumentOutOfRangeException.ThrowIfLessThan(outageAfter, 1);
        if (newestFirst.Count == 0)
        {
            return new OutageDecision(OutageChange.None, null, false, 0);
        }

        if (!newestFirst[0].Ok)
        {
            var streak = Streak(newestFirst, 0);
            return streak == outageAfter
                ? new OutageDecision(OutageChange.Started, newestFirst[streak - 1].At, true, streak)
                : new OutageDecision(OutageChange.None, null, false, streak);
        }

        var before = Streak(newestFirst, 1);
        if (before < outageAfter)
        {
            return new OutageDecision(OutageChange.None, null, false, 0);
        }

        var known = 1 + before < newestFirst.Count || complete;
        return new OutageDecision(OutageChange.Ended, newestFirst[before].At, known, before);
    }

    private static int Streak(IReadOnlyList<ProbeRecord> probes, int from)
    {
        var i = from;
        while (i < probes.Count && !probes[i].Ok)
        {
            i++;
        }

        return i - from;
    }
}
