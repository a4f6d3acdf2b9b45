using Microsoft.Extensions.Logging;

namespace OitChecker.Scheduling;

/// <summary>
/// One round of the availability watch for one site: inside the window, probe every target in turn (one
/// request at a time — the watch must never load a fragile server), record each probe, and notify when a URL's
/// outage starts or ends.
/// </summary>
public sealed class SiteWatcher(UrlProber prober, IProbeLog log, IOutageNotifier notifier, ILogger<SiteWatcher> logger)
{
    /// <summary>Probes the site's targets; returns the probes taken (none outside the window or when disabled).</summary>
    public async Task<IReadOnlyList<ProbeRecord>> RunAsync(ScheduledSite scheduled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduled);
        var site = scheduled.Site;
        var watch = site.Watch;
        if (!watch.Enabled)
        {
            return [];
        }

        if (!WatchWindow.Contains(now, scheduled.TimeZone, watch.FromMonth, watch.ToMonth))
        {
            var (id, from, to) = (site.Id, watch.FromMonth, watch.ToMonth);
            SchedulingLog.WatchIdle(logger, id, from, to);
            return [];
        }

        var probes = new List<ProbeRecord>();
        foreach (var target in ProbeTargets.For(scheduled))
        {
            var probe = await prober.ProbeAsync(site.Id, target.Url, site.Crawl.UserAgent, site.Crawl.RequestTimeout, cancellationToken);
            probes.Add(probe);
            await log.RecordAsync(probe, cancellationToken);
            if (!probe.Ok)
            {
                var (id, url, error, ms) = (site.Id, target.Url, probe.Error, probe.Milliseconds);
                SchedulingLog.ProbeFailed(logger, id, url, error, ms);
            }

            var recent = await log.RecentAsync(site.Id, target.Url, OutageDetector.HistoryLimit, cancellationToken);
            var decision = OutageDetector.Decide(recent, watch.OutageAfter, recent.Count < OutageDetector.HistoryLimit);
            if (decision.Change == OutageChange.None)
            {
                continue;
            }

            var lastFailure = decision.Change == OutageChange.Started ? probe : recent.Skip(1).First();
            await notifier.NotifyAsync(new OutageNotice
            {
                Change = decision.Change,
                SiteId = site.Id,
                SiteName = site.NameTh,
                Url = target.Url,
                ItemCodes = target.ItemCodes,
                Divisions = target.Divisions,
                Recipients = target.Recipients,
                DownSince = decision.DownSince!.Value,
                DownSinceKnown = decision.DownSinceKnown,
                UpAt = decision.Change == OutageChange.Ended ? probe.At : null,
                FailedProbes = decision.FailedProbes,
                LastStatus = lastFailure.Status,
                LastError = lastFailure.Error,
            }, cancellationToken);
        }

        return probes;
    }
}
