using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// Runs <see cref="ScheduleSynchronizer"/> when the host starts. Registered before Quartz's hosted service, so
/// the store matches the site files before the scheduler starts firing (and before misfires are handled).
/// </summary>
public sealed class ScheduleSyncService(ISchedulerFactory schedulers, SiteRegistry registry, ILoggerFactory loggers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var result = await new ScheduleSynchronizer(scheduler, loggers.CreateLogger<ScheduleSynchronizer>()).SyncAsync(registry, cancellationToken);
        var logger = loggers.CreateLogger<ScheduleSyncService>();
        var node = scheduler.SchedulerInstanceId;
        var sites = registry.Sites.Count;
        SchedulingLog.StoreReady(logger, node, sites, result.Kept.Count, result.Added.Count, result.Rescheduled.Count, result.Removed.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
