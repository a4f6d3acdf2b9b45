using System.Globalization;
using Microsoft.Extensions.Logging;
using OitChecker.Running;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// The nightly check of one site: computes the round, runs the whole check through <see cref="ICheckRunner"/>
/// (the same entry point as <c>oitcheck check</c>) and remembers how it went in the job data.
/// Never two at once for one site, on one node or across a cluster.
/// </summary>
/// <remarks>
/// A failure is logged and recorded, not rethrown (Quartz would only log it again). Cancellation is rethrown:
/// a shutdown interrupts the run and, because the job requests recovery, Quartz hands the firing back so it
/// runs again at the next start-up or on another node, with the same round id.
/// </remarks>
[DisallowConcurrentExecution]
[PersistJobDataAfterExecution]
public sealed class SiteCheckJob(SiteRegistry sites, ICheckRunner runner, ILogger<SiteCheckJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var siteId = context.JobDetail.Key.Name;
        if (!sites.TryGet(siteId, out var site))
        {
            var here = context.Scheduler.SchedulerInstanceId;
            SchedulingLog.UnknownSite(logger, siteId, here);
            return;
        }

        var time = context.Scheduler.TimeProvider;
        var round = RoundIds.For(context, site.Site.Schedule.Cron, site.TimeZone);
        var roundText = round ?? "manual";
        var recovering = context.Recovering;
        var node = context.Scheduler.SchedulerInstanceId;
        var data = context.JobDetail.JobDataMap;
        data[JobDataKeys.LastRound] = roundText;
        data[JobDataKeys.LastStartedUtc] = Stamp(time.GetUtcNow());
        data[JobDataKeys.LastNode] = node;
        data[JobDataKeys.LastRecovered] = recovering ? "true" : "false";
        SchedulingLog.CheckStarted(logger, siteId, roundText, node, recovering);
        try
        {
            var request = new CheckRequest(site.Site, site.Catalog, new CheckOptions(), round);
            var outcome = await runner.RunAsync(request, new JobProgress(context), cancellationToken);
            var exit = outcome.ExitCode;
            var described = Describe(exit);
            var folder = outcome.ReportFolder;
            data[JobDataKeys.LastExitCode] = exit.ToString(CultureInfo.InvariantCulture);
            data[JobDataKeys.LastOutcome] = described;
            SchedulingLog.CheckFinished(logger, siteId, roundText, described, exit, folder);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SchedulingLog.CheckStopped(logger, siteId, roundText);
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            data[JobDataKeys.LastExitCode] = ExitCodes.UnexpectedFailure.ToString(CultureInfo.InvariantCulture);
            var message = ex.Message;
            data[JobDataKeys.LastOutcome] = "failed: " + message;
            SchedulingLog.CheckFailed(logger, ex, siteId, roundText, message);
        }
        finally
        {
            data[JobDataKeys.LastFinishedUtc] = Stamp(time.GetUtcNow());
        }
    }

    /// <summary>How an exit code reads in <c>status</c> and the log.</summary>
    public static string Describe(int exitCode) => exitCode switch
    {
        ExitCodes.Success => "no gaps",
        ExitCodes.GapsFound => "gaps found",
        ExitCodes.ConfigurationError => "configuration error",
        ExitCodes.Inconclusive => "inconclusive",
        _ => "failed",
    };

    private static string Stamp(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
