using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OitChecker.Scheduling;
using Serilog;
using Serilog.Extensions.Logging;

namespace OitChecker.Cli.Hosting;

/// <summary>
/// Composes the <c>serve</c> process: a generic host with Serilog, the check runner, the scheduler (Quartz on
/// the chosen store, the check and watch jobs) and a bounded graceful stop. SIGTERM (systemd stop) and Ctrl+C
/// stop the host: running checks are cancelled and handed back, and the process exits within the shutdown timeout.
/// </summary>
public static class ServeHost
{
    public static IHost Build(ServeOptions options, SiteRegistry registry, Serilog.ILogger logger, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);

        using var bootstrap = new SerilogLoggerFactory(logger);
        CheckRunnerRegistration.Add(builder.Services, environment, bootstrap.CreateLogger(typeof(CheckRunnerRegistration).FullName!));

        // the watch writes its probes into the run history and mails outages (bound before AddOitScheduling,
        // which only adds its defaults when nothing is bound)
        builder.Services.AddSingleton(sp => new HistoryStores(options.Scheduler, registry,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        builder.Services.AddSingleton<IProbeLog>(sp => new HistoryProbeLog(sp.GetRequiredService<HistoryStores>().For));
        builder.Services.AddSingleton<IOutageNotifier>(sp => new MailOutageNotifier(
            id => registry.TryGet(id, out var s) ? s.Site : null,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        builder.Services.AddOitScheduling(options.Scheduler, registry);
        return builder.Build();
    }
}
