namespace OitChecker.Scheduling;

/// <summary>
/// Where the availability watch records probes and reads them back. Outage state is derived from the recent
/// probes alone (no separate state to keep in step), so any store that can append and read the latest N probes
/// of a URL is enough; in a cluster it must be shared by every node (the history database).
/// </summary>
public interface IProbeLog
{
    Task RecordAsync(ProbeRecord probe, CancellationToken cancellationToken);

    /// <summary>The latest probes of one URL of one site, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ProbeRecord>> RecentAsync(string site, string url, int limit, CancellationToken cancellationToken);
}
