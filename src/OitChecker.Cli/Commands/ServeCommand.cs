using System.CommandLine;
using Microsoft.Extensions.Hosting;
using OitChecker.Cli.Hosting;
using OitChecker.Running;
using OitChecker.Scheduling;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck serve</c>: the nightly service. Validates every site file and catalog first (a broken file exits 3
/// with every problem, before anything is scheduled), then runs a generic host with Quartz: one check job per
/// site on its own cron and time zone, one availability watch job per site, on a SQLite or clustered
/// PostgreSQL store. Runs until SIGTERM or Ctrl+C; exits 0 after a clean stop.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CliContext context)
    {
        var args = new SchedulerArguments();
        var jsonLogs = new Option<bool>("--json-logs") { Description = "Log compact JSON events (console and files) instead of text." };
        var logDir = new Option<string>("--log-dir") { Description = "Folder of daily rolling log files. Default: logs.", DefaultValueFactory = _ => "logs" };
        var threads = new Option<int>("--threads") { Description = "Checks and probes this node runs at once. Default: 10.", DefaultValueFactory = _ => 10 };
        var shutdown = new Option<int>("--shutdown-timeout") { Description = "Seconds a stop waits for running checks to stop before exiting anyway. Default: 30.", DefaultValueFactory = _ => 30 };
        var node = new Option<string?>("--node-id") { Description = "This node's id in a PostgreSQL cluster. Default: generated from the host name." };
        var checkin = new Option<double?>("--checkin-interval") { Description = "Cluster check-in interval in seconds (a dead node is detected after about twice this). Default: 7.5.", Hidden = true };
        var command = new Command(Name, "Run the nightly checks and the availability watch on a schedule (Quartz; SQLite or clustered PostgreSQL store).")
        {
            jsonLogs, logDir, threads, shutdown, node, checkin,
        };
        args.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            Func<string, string?> environment = Environment.GetEnvironmentVariable;
            var registry = SiteRegistry.Load(args.SiteFiles(parse, required: true));
            var settings = args.Settings(parse, environment) with
            {
                MaxConcurrency = Math.Max(1, parse.GetValue(threads)),
                InstanceId = parse.GetValue(node),
            };
            if (parse.GetValue(checkin) is { } seconds and > 0)
            {
                settings = settings with
                {
                    CheckinInterval = TimeSpan.FromSeconds(seconds),
                    CheckinMisfireThreshold = TimeSpan.FromSeconds(seconds * 2),
                };
            }

            var options = new ServeOptions
            {
                Scheduler = settings,
                LogDirectory = parse.GetValue(logDir)!,
                JsonLogs = parse.GetValue(jsonLogs),
                ShutdownTimeout = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(shutdown))),
            };
            await using var logger = ServeLogging.Create(options, environment("OITCHECK_LOG_LEVEL"));
            var log = logger.ForContext("SourceContext", "OitChecker.Cli.Serve");
            try
            {
                log.Information("oitcheck serve: {Sites} site(s) validated, store {Store}, {Threads} thread(s), logs in {LogDir}",
                    registry.Sites.Count, settings.Store, settings.MaxConcurrency, Path.GetFullPath(options.LogDirectory));
                using var host = ServeHost.Build(options, registry, logger, environment);
                await host.RunAsync(ct);
                log.Information("oitcheck serve stopped");
                return ExitCodes.Success;
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not Configuration.ConfigException)
            {
                log.Fatal(ex, "oitcheck serve failed: {Message}", ex.Message);
                throw;
            }
        });
        return command;
    }
}
