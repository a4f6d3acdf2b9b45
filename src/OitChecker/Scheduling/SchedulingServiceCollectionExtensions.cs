using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// Registers the scheduler in a generic host: the validated sites, Quartz on the configured store, the check
/// and watch jobs, the start-up synchronization of the store and the hosted service that waits for running
/// jobs on shutdown. The host registers <see cref="Running.ICheckRunner"/> itself; <see cref="IProbeLog"/> and
/// <see cref="IOutageNotifier"/> registered before this call win over the defaults (JSON lines file, log).
/// </summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddOitScheduling(this IServiceCollection services, SchedulerSettings settings, SiteRegistry registry, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(registry);
        services.AddSingleton(registry);
        services.AddSingleton(settings);
        services.TryAddSingleton(time ?? TimeProvider.System);
        services.AddHttpClient(UrlProber.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan); // UrlProber applies its own timeout
        services.TryAddSingleton<UrlProber>();
        services.TryAddSingleton<SiteWatcher>();
        services.TryAddSingleton<IProbeLog>(_ => new JsonLinesProbeLog(Path.Combine(settings.DataDirectory, "watch")));
        services.TryAddSingleton<IOutageNotifier, LoggingOutageNotifier>();

        // order matters: the store is synchronized before Quartz's hosted service starts the scheduler
        services.AddHostedService<ScheduleSyncService>();
        services.AddQuartz(q => QuartzSetup.Configure(q, settings, time));
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
