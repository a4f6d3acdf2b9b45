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

        // the watch's probe log and outage notifier: bind the history store and the mailer here (before
        // AddOitScheduling, whose defaults are a JSON-lines file beside the job store and the log)
        builder.Services.AddOitScheduling(options.Scheduler, registry);
        return builder.Build();
    }
}
