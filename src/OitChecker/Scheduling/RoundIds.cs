using System.Globalization;
using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// The round a scheduled check belongs to: the cron slot (in the site's time zone) at or before the moment the
/// original firing happened, written as UTC <c>yyyyMMddTHHmmssZ</c> (04:30 Bangkok on 27 Nov 2026 →
/// <c>20261126T213000Z</c>). History keeps one run per site and round, so a run repeated for any reason —
/// recovery on another node after a crash, a run handed back at shutdown — lands on the same round.
/// </summary>
/// <remarks>
/// <para>
/// Why the slot of the <em>fire</em> time and not Quartz's scheduled fire time alone: after a misfire
/// (machine off for three nights) Quartz 4.7.3 fires once, reporting the <em>first</em> missed slot as scheduled
/// time; the run checks the site as it is now, so it belongs to the latest missed slot. A recovery trigger
/// carries the original firing's times in its job data (<see cref="SchedulerConstants.FailedJobOriginalTriggerFireTime"/>
/// = <c>QRTZ_FAILED_JOB_ORIG_TRIGGER_FIRETIME_AS_STRING</c>, and <see cref="SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime"/>),
/// so the recovered run computes the same slot as the run it replaces. The later of the fire and scheduled
/// times is used, so a trigger fired early by a batch window still lands on its own slot.
/// </para>
/// <para>A manual firing (<c>TriggerJob</c>) is not a round: its id is null and history records it as a manual run.</para>
/// </remarks>
public static class RoundIds
{
    /// <summary>The round id format (UTC).</summary>
    public const string Format = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>The round of a firing of a site's check job.</summary>
    public static string? For(IJobExecutionContext context, string cron, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        if (data.ContainsKey(SchedulerConstants.ManualTrigger))
        {
            return null;
        }

        DateTimeOffset fire;
        DateTimeOffset? scheduled;
        if (context.Recovering)
        {
            fire = ReadQuartzTime(data, SchedulerConstants.FailedJobOriginalTriggerFireTime) ?? context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
            scheduled = ReadQuartzTime(data, SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime);
        }
        else
        {
            fire = context.FireTimeUtc;
            scheduled = context.ScheduledFireTimeUtc;
        }

        var instant = scheduled is { } s && s > fire ? s : fire;
        return ToId(SlotAtOrBefore(instant, cron, timeZone));
    }

    /// <summary>The latest cron slot at or before <paramref name="instant"/> (whole seconds); the instant itself when the cron has none.</summary>
    public static DateTimeOffset SlotAtOrBefore(DateTimeOffset instant, string cron, TimeZoneInfo timeZone)
    {
        var expression = CronExpression.Parse(cron).WithTimeZone(timeZone);
        var whole = new DateTimeOffset(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

        // GetPreviousValidTimeBefore is strictly before its argument: one second later makes it "at or before"
        return expression.GetPreviousValidTimeBefore(whole.AddSeconds(1))?.ToUniversalTime() ?? whole;
    }

    /// <summary>The id of a round starting at <paramref name="slot"/>.</summary>
    public static string ToId(DateTimeOffset slot) => slot.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Parses a round id back to its instant, or null.</summary>
    public static DateTimeOffset? Parse(string? roundId) =>
        DateTimeOffset.TryParseExact(roundId, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;

    /// <summary>
    /// Reads a time Quartz wrote into job data: <c>Convert.ToString(DateTimeOffset, InvariantCulture)</c> in 4.x
    /// ("11/25/2026 21:57:33 +00:00"); milliseconds since the Unix epoch in older writers.
    /// </summary>
    public static DateTimeOffset? ReadQuartzTime(JobDataMap data, string key)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.TryGetValue(key, out var value) || value is null)
        {
            return null;
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture);
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : null;
    }
}
