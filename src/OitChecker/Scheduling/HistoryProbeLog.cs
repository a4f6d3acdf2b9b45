using OitChecker.History;

namespace OitChecker.Scheduling;

/// <summary>
/// The watch's probe log in the run history (table watch_probes): the site's SQLite file on one machine, the shared
/// PostgreSQL database in a cluster, so the HTML report shows uptime next to the verdicts.
/// </summary>
public sealed class HistoryProbeLog(Func<string, HistoryStore> storeOf) : IProbeLog
{
    public Task RecordAsync(ProbeRecord probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return storeOf(probe.Site).RecordProbeAsync(
            new WatchProbe(probe.Site, probe.Url, probe.At, probe.Status, probe.Milliseconds, probe.Ok, probe.Error), cancellationToken);
    }

    public async Task<IReadOnlyList<ProbeRecord>> RecentAsync(string site, string url, int limit, CancellationToken cancellationToken)
    {
        var probes = await storeOf(site).GetRecentProbesAsync(site, url, limit, cancellationToken);
        return probes.Select(p => new ProbeRecord(p.Site, p.Url, p.At, p.Status, p.Milliseconds, p.Ok, p.Error)).ToList();
    }
}
