using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OitChecker.Running;
using OitChecker.Scheduling;
using Quartz;

namespace OitChecker.Tests.Scheduling;

/// <summary>
/// The scheduler as <c>serve</c> hosts it (<see cref="SchedulingServiceCollectionExtensions.AddOitScheduling"/> in
/// a generic host), in-process, on a SQLite store in a test folder, with a test double as check runner and
/// optionally a fake clock that drives Quartz too.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private SchedulerHarness(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<SchedulerHarness> StartAsync(SiteRegistry registry, string storePath, ICheckRunner runner, TimeProvider? time = null,
        TimeSpan? shutdownTimeout = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(runner);
        configure?.Invoke(builder.Services);
        builder.Services.AddOitScheduling(new SchedulerSettings { SqlitePath = storePath, MaxConcurrency = 4 }, registry, time);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout ?? TimeSpan.FromSeconds(10));
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerHarness(host);
    }

    public async Task<IScheduler> SchedulerAsync() => await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
