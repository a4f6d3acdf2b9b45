using Microsoft.Extensions.Logging;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// The availability watch of one site, fired every <c>watch.every</c>; it does nothing outside the window months.
/// Never two at once for one site. Missed probes are not made up (a burst of probes proves nothing).
/// </summary>
[DisallowConcurrentExecution]
public sealed class AvailabilityWatchJob(SiteRegistry sites, SiteWatcher watcher, ILogger<AvailabilityWatchJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var siteId = context.JobDetail.Key.Name;
        if (!sites.TryGet(siteId, out var site))
        {
            var node = context.Scheduler.SchedulerInstanceId;
            SchedulingLog.UnknownSite(logger, siteId, node);
            return;
        }

        try
        {
            await watcher.RunAsync(site, context.Scheduler.TimeProvider.GetUtcNow(), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SchedulingLog.WatchStopped(logger, siteId);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            SchedulingLog.WatchFailed(logger, ex, siteId, ex.Message);
        }
    }
}
