using System.Globalization;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// Reads per-site schedule state from the job store for <c>oitcheck status</c>: works on a scheduler that is not
/// started, against the same store a running <c>serve</c> (or a whole cluster) uses.
/// </summary>
public static class ScheduleStatusReader
{
    /// <summary>The status of the given sites plus every site the store has a check job for, ordered by id.</summary>
    public static async Task<IReadOnlyList<SiteRunStatus>> ReadAsync(IScheduler scheduler, IEnumerable<string> configuredSites, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(configuredSites);
        var stored = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(SiteJobKeys.CheckGroup), cancellationToken);
        var ids = configuredSites.Concat(stored.Select(k => k.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var running = await scheduler.QueryFireInstances(new FireInstanceQuery { State = FireInstanceState.Executing }, cancellationToken);
        var list = new List<SiteRunStatus>();
        foreach (var id in ids)
        {
            list.Add(await ReadOneAsync(scheduler, id, running.Items, cancellationToken));
        }

        return list;
    }

    private static async Task<SiteRunStatus> ReadOneAsync(IScheduler scheduler, string id, IReadOnlyList<FireInstance> running, CancellationToken cancellationToken)
    {
        var job = await scheduler.GetJobDetail(SiteJobKeys.Check(id), cancellationToken);
        if (job is null)
        {
            return new SiteRunStatus { SiteId = id };
        }

        var trigger = await scheduler.GetTrigger(SiteJobKeys.CheckTrigger(id), cancellationToken);
        var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, cancellationToken);
        var watch = await scheduler.GetTrigger(SiteJobKeys.WatchTrigger(id), cancellationToken);
        var data = job.JobDataMap;
        var run = running.FirstOrDefault(f => job.Key.Equals(f.JobKey));
        return new SiteRunStatus
        {
            SiteId = id,
            InStore = true,
            Cron = (trigger as ICronTrigger)?.CronExpressionString,
            TimeZone = (trigger as ICronTrigger)?.TimeZone.Id,
            TriggerState = state,
            NextRun = trigger?.NextFireTimeUtc,
            LastFired = trigger?.PreviousFireTimeUtc,
            LastRound = Text(data, JobDataKeys.LastRound),
            LastStarted = Time(data, JobDataKeys.LastStartedUtc),
            LastFinished = Time(data, JobDataKeys.LastFinishedUtc),
            LastExitCode = int.TryParse(Text(data, JobDataKeys.LastExitCode), NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : null,
            LastOutcome = Text(data, JobDataKeys.LastOutcome),
            LastNode = Text(data, JobDataKeys.LastNode),
            LastRecovered = Text(data, JobDataKeys.LastRecovered) == "true",
            RunningOn = run?.SchedulerInstanceId,
            RunningSince = run?.FireTimeUtc,
            NextProbe = watch?.NextFireTimeUtc,
        };
    }

    private static string? Text(JobDataMap data, string key) =>
        data.TryGetValue(key, out var v) && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static DateTimeOffset? Time(JobDataMap data, string key) =>
        DateTimeOffset.TryParse(Text(data, key), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var t) ? t : null;
}
