using Microsoft.Extensions.Logging;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// Brings the job store in line with the configured sites at start-up, without disturbing what is already
/// right: an unchanged trigger is kept as stored, so Quartz still knows which night was missed while the
/// machine was off (replacing it would forget the misfire); a changed cron or interval is rescheduled; jobs
/// of sites no longer configured are removed. Safe to run on several cluster nodes at once.
/// </summary>
public sealed class ScheduleSynchronizer(IScheduler scheduler, ILogger<ScheduleSynchronizer> logger)
{
    /// <summary>Synchronizes every site; returns what changed.</summary>
    public async Task<ScheduleSyncResult> SyncAsync(SiteRegistry registry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var result = new ScheduleSyncResult();
        var time = scheduler.TimeProvider;
        foreach (var site in registry.Sites)
        {
            await EnsureJobAsync(SiteJobs.CheckJob(site), cancellationToken);
            if (site.Site.Schedule.Enabled)
            {
                await EnsureTriggerAsync(SiteJobs.CheckTrigger(site, time), result, cancellationToken);
            }
            else if (await scheduler.UnscheduleJob(SiteJobKeys.CheckTrigger(site.Id), cancellationToken))
            {
                var id = site.Id;
                result.Removed.Add(SiteJobKeys.CheckTrigger(id).ToString());
                SchedulingLog.ScheduleDisabled(logger, id);
            }

            if (site.Site.Watch.Enabled)
            {
                await EnsureJobAsync(SiteJobs.WatchJob(site), cancellationToken);
                await EnsureTriggerAsync(SiteJobs.WatchTrigger(site, time), result, cancellationToken);
            }
            else if (await scheduler.DeleteJob(SiteJobKeys.Watch(site.Id), cancellationToken))
            {
                result.Removed.Add(SiteJobKeys.Watch(site.Id).ToString());
            }
        }

        foreach (var group in new[] { SiteJobKeys.CheckGroup, SiteJobKeys.WatchGroup })
        {
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken))
            {
                var name = key.Name;
                if (!registry.TryGet(name, out _) && await scheduler.DeleteJob(key, cancellationToken))
                {
                    var job = key.ToString();
                    result.Removed.Add(job);
                    SchedulingLog.JobRemoved(logger, job, name);
                }
            }
        }

        return result;
    }

    private async Task EnsureJobAsync(IJobDetail job, CancellationToken cancellationToken)
    {
        var existing = await scheduler.GetJobDetail(job.Key, cancellationToken);
        if (existing is not null && SameDefinition(existing, job))
        {
            return;
        }

        if (existing is not null)
        {
            // keep what the job remembers (last run) while updating its definition
            var data = new JobDataMap(existing.JobDataMap);
            foreach (var entry in job.JobDataMap)
            {
                data[entry.Key] = entry.Value;
            }

            job = job.GetJobBuilder().UsingJobData(data).Build();
        }

        try
        {
            await scheduler.AddJob(job, existing is null ? new AddJobOptions() : AddJobOptions.Replacing, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // another node of the cluster added it a moment ago: same definition, nothing to do
        }
    }

    private static bool SameDefinition(IJobDetail a, IJobDetail b) =>
        a.JobType.Equals(b.JobType)
        && a.RequestsRecovery == b.RequestsRecovery
        && a.ConcurrentExecutionDisallowed == b.ConcurrentExecutionDisallowed
        && a.PersistJobDataAfterExecution == b.PersistJobDataAfterExecution
        && a.Durable == b.Durable
        && a.Description == b.Description;

    private async Task EnsureTriggerAsync(ITrigger wanted, ScheduleSyncResult result, CancellationToken cancellationToken)
    {
        var key = wanted.Key;
        var keyText = key.ToString();
        var schedule = wanted.Description;
        var existing = await scheduler.GetTrigger(key, cancellationToken);
        if (existing is not null && SameSchedule(existing, wanted))
        {
            var next = existing.NextFireTimeUtc;
            result.Kept.Add(keyText);
            SchedulingLog.TriggerKept(logger, keyText, schedule, next);
            return;
        }

        try
        {
            if (existing is null)
            {
                var added = await scheduler.ScheduleTrigger(wanted, TriggerConflict.Keep, cancellationToken);
                var next = added.NextFireTimeUtc;
                result.Added.Add(keyText);
                SchedulingLog.TriggerAdded(logger, keyText, schedule, next);
            }
            else
            {
                var next = await scheduler.RescheduleJob(key, wanted, cancellationToken);
                var old = existing.Description;
                result.Rescheduled.Add(keyText);
                SchedulingLog.TriggerRescheduled(logger, keyText, schedule, old, next);
            }
        }
        catch (SchedulerException ex) when (ex.Message.Contains("never fire", StringComparison.OrdinalIgnoreCase))
        {
            result.NeverFires.Add(keyText);
            SchedulingLog.TriggerNeverFires(logger, keyText, schedule);
        }
    }

    private static bool SameSchedule(ITrigger existing, ITrigger wanted) => (existing, wanted) switch
    {
        (ICronTrigger a, ICronTrigger b) => a.CronExpressionString == b.CronExpressionString
            && a.TimeZone.Id == b.TimeZone.Id
            && a.MisfireInstruction == b.MisfireInstruction,
        (ISimpleTrigger a, ISimpleTrigger b) => a.RepeatInterval == b.RepeatInterval
            && a.RepeatCount == b.RepeatCount
            && a.MisfireInstruction == b.MisfireInstruction,
        _ => false,
    };
}
