using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// The job and trigger definitions of one site. The check job is durable, requests recovery (a node that dies
/// mid-check has its site re-run elsewhere) and fires on the site's cron in the site's time zone with
/// fire-and-proceed misfire handling: nights missed while the machine was off are made up by exactly one run.
/// The watch job probes on a fixed interval and never catches up on missed probes.
/// </summary>
public static class SiteJobs
{
    public static IJobDetail CheckJob(ScheduledSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return JobBuilder.Create<SiteCheckJob>()
            .WithIdentity(SiteJobKeys.Check(site.Id))
            .WithDescription($"OIT check of {site.Site.NameTh} ({site.Site.MainUrl})")
            .StoreDurably()
            .RequestRecovery()
            .DisallowConcurrentExecution()
            .PersistJobDataAfterExecution()
            .UsingJobData(JobDataKeys.SiteId, site.Id)
            .Build();
    }

    public static ITrigger CheckTrigger(ScheduledSite site, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(site);
        var schedule = site.Site.Schedule;
        return TriggerBuilder.Create(time)
            .WithIdentity(SiteJobKeys.CheckTrigger(site.Id))
            .ForJob(SiteJobKeys.Check(site.Id))
            .WithDescription($"{schedule.Cron} ({schedule.TimeZone})")
            .WithSchedule(CronScheduleBuilder.Create(schedule.Cron)
                .InTimeZone(site.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .StartNow()
            .Build();
    }

    public static IJobDetail WatchJob(ScheduledSite site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return JobBuilder.Create<AvailabilityWatchJob>()
            .WithIdentity(SiteJobKeys.Watch(site.Id))
            .WithDescription($"availability watch of {site.Site.MainUrl} and pinned item URLs")
            .StoreDurably()
            .DisallowConcurrentExecution()
            .UsingJobData(JobDataKeys.SiteId, site.Id)
            .Build();
    }

    public static ITrigger WatchTrigger(ScheduledSite site, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(site);
        var watch = site.Site.Watch;
        return TriggerBuilder.Create(time)
            .WithIdentity(SiteJobKeys.WatchTrigger(site.Id))
            .ForJob(SiteJobKeys.Watch(site.Id))
            .WithDescription($"every {watch.Every}, months {watch.FromMonth}–{watch.ToMonth} ({site.Site.Schedule.TimeZone})")
            .WithSchedule(SimpleScheduleBuilder.Create()
                .WithInterval(watch.Every)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .StartNow()
            .Build();
    }
}
