using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OitChecker.Cli.Hosting;
using OitChecker.Running;
using OitChecker.Scheduling;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck status</c>: what is scheduled, the last and next run per site (from the job store, so it also
/// sees runs of other cluster nodes and a run in progress), and the last verdict summary per site (from the
/// site's latest results.json). Reads only; it never starts the scheduler.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var args = new SchedulerArguments();
        var command = new Command("status", "Show per site: schedule, next run, last run and how it ended, and the latest verdict summary.");
        args.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var files = args.SiteFiles(parse, required: false);
            var registry = SiteRegistry.Load(files);
            var settings = args.Settings(parse, Environment.GetEnvironmentVariable);
            IReadOnlyList<SiteRunStatus> statuses;
            if (settings.Store == JobStoreKind.Sqlite && !File.Exists(settings.SqlitePath))
            {
                await context.Error.WriteLineAsync($"No job store at {settings.SqlitePath}: serve has not run here yet (or give --store-path).");
                statuses = registry.Sites.Select(s => new SiteRunStatus { SiteId = s.Id }).ToList();
            }
            else
            {
                var scheduler = await QuartzSetup.BuildSchedulerAsync(settings, cancellationToken: ct);
                try
                {
                    statuses = await ScheduleStatusReader.ReadAsync(scheduler, registry.Sites.Select(s => s.Id), ct);
                }
                finally
                {
                    await scheduler.Shutdown(false, CancellationToken.None);
                }
            }

            await RenderAsync(context.Output, statuses, registry);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>One block per site, one fact per line: readable in a terminal and in a log, and easy to grep.</summary>
    internal static async Task RenderAsync(TextWriter output, IReadOnlyList<SiteRunStatus> statuses, SiteRegistry registry)
    {
        if (statuses.Count == 0)
        {
            await output.WriteLineAsync("No sites: none configured (--sites) and none in the job store.");
            return;
        }

        foreach (var s in statuses)
        {
            registry.TryGet(s.SiteId, out var site);
            var zone = Zone(s.TimeZone ?? site?.Site.Schedule.TimeZone);
            await output.WriteLineAsync(site is null ? s.SiteId : $"{s.SiteId}  {site.Site.NameTh} ({site.Site.MainUrl})");
            await output.WriteLineAsync($"  schedule  {Schedule(s, site)}");
            await output.WriteLineAsync($"  next run  {(s.NextRun is { } n ? Local(n, zone) : "—")}");
            await output.WriteLineAsync($"  last run  {LastRun(s, zone)}");
            await output.WriteLineAsync($"  outcome   {Outcome(s)}");
            await output.WriteLineAsync($"  results   {(site is null ? "(no site file given)" : Verdicts(site))}");
            await output.WriteLineAsync($"  watch     {(s.NextProbe is { } p ? "next probe " + Local(p, zone) : "off")}");
            await output.WriteLineAsync();
        }
    }

    private static string Schedule(SiteRunStatus s, ScheduledSite? site) =>
        !s.InStore ? "not in the job store yet (start serve)"
        : s.Cron is null ? "no nightly trigger" + (site?.Site.Schedule.Enabled == false ? " (disabled)" : string.Empty)
        : $"{s.Cron} ({s.TimeZone})" + (s.TriggerState is Quartz.TriggerState.Paused ? " paused" : string.Empty);

    private static string LastRun(SiteRunStatus s, TimeZoneInfo zone)
    {
        if (s.RunningOn is not null)
        {
            return $"running on {s.RunningOn} since {Local(s.RunningSince!.Value, zone)}";
        }

        if (s.LastStarted is not { } started)
        {
            return "never";
        }

        var round = s.LastRound is null ? string.Empty : $", round {s.LastRound}";
        var recovered = s.LastRecovered ? ", recovered" : string.Empty;
        return $"{Local(started, zone)}{round} on {s.LastNode}{recovered}";
    }

    private static string Outcome(SiteRunStatus s) =>
        s.LastExitCode is { } code ? $"{s.LastOutcome} (exit {code})" : s.LastOutcome ?? "—";

    private static string Verdicts(ScheduledSite site)
    {
        try
        {
            var latest = LatestResults.TryRead(site.Site);
            if (latest is null)
            {
                return "none yet";
            }

            var r = latest.Result;
            var when = Local(r.FinishedAt, site.TimeZone);
            return r.Status == RunStatus.Inconclusive
                ? $"inconclusive: {r.InconclusiveReason} ({when})"
                : string.Create(CultureInfo.InvariantCulture, $"OIT {r.Score.Oit:0.##}: {latest.Passed} pass, {latest.Failed} fail, {latest.ManualReview} review ({when})");
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return $"unreadable {LatestResults.PathFor(site.Site)}: {ex.Message}";
        }
    }

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz : TimeZoneInfo.Utc;

    private static string Local(DateTimeOffset t, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
