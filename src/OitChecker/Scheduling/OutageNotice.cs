namespace OitChecker.Scheduling;

/// <summary>
/// An outage of a watched URL began or ended: what the mailer needs to tell the responsible divisions and the
/// site administrators (recipients already resolved from the site file).
/// </summary>
public sealed record OutageNotice
{
    public required OutageChange Change { get; init; }

    public required string SiteId { get; init; }

    /// <summary>Thai name of the agency.</summary>
    public required string SiteName { get; init; }

    public required string Url { get; init; }

    /// <summary>Items whose pinned URL this is (empty for the main page).</summary>
    public IReadOnlyList<string> ItemCodes { get; init; } = [];

    /// <summary>Responsible division slugs.</summary>
    public IReadOnlyList<string> Divisions { get; init; } = [];

    /// <summary>Division addresses and site administrators.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>The first failed probe of the streak.</summary>
    public required DateTimeOffset DownSince { get; init; }

    /// <summary>False when the streak is older than the probes read back (then it was down at least since <see cref="DownSince"/>).</summary>
    public bool DownSinceKnown { get; init; } = true;

    /// <summary>When it answered again (only for <see cref="OutageChange.Ended"/>).</summary>
    public DateTimeOffset? UpAt { get; init; }

    public int FailedProbes { get; init; }

    /// <summary>Status of the last failed probe (0 for a network error).</summary>
    public int LastStatus { get; init; }

    public string? LastError { get; init; }

    /// <summary>How long it was down (for an ended outage).</summary>
    public TimeSpan? Duration => UpAt - DownSince;
}
