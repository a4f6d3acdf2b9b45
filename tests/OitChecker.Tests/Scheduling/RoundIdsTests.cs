using OitChecker.Scheduling;
using Quartz;
using Quartz.Extensibility;

namespace OitChecker.Tests.Scheduling;

public class RoundIdsTests
{
    private const string Nightly = "0 30 4 * * ?";
    private static readonly TimeZoneInfo Bangkok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    [Test]
    public void SlotAtOrBefore_ExactlyAtSlot_ReturnsTheSlotItself()
    {
        // Given 04:30 Bangkok on 27 Nov 2026 = 21:30 UTC on the 26th
        var slot = new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero);

        // When / Then
        Assert.That(RoundIds.SlotAtOrBefore(slot, Nightly, Bangkok), Is.EqualTo(slot));
    }

    [TestCase(0.4)]    // fired 400 ms late: same night
    [TestCase(3600)]   // an hour late (a busy pool): same night
    [TestCase(86399)]  // a second before the next slot: still the same night
    public void SlotAtOrBefore_LateFiring_ReturnsThatNightsSlot(double secondsLate)
    {
        var slot = new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero);

        var result = RoundIds.SlotAtOrBefore(slot.AddSeconds(secondsLate), Nightly, Bangkok);

        Assert.That(result, Is.EqualTo(slot));
    }

    [Test]
    public void ToId_BangkokNightlySlot_IsTheUtcInstant()
    {
        var slot = new DateTimeOffset(2026, 11, 27, 4, 30, 0, TimeSpan.FromHours(7));

        Assert.That(RoundIds.ToId(slot), Is.EqualTo("20261126T213000Z"));
        Assert.That(RoundIds.Parse("20261126T213000Z"), Is.EqualTo(slot));
    }

    [Test]
    public void ReadQuartzTime_Quartz4RecoveryFormat_Parses()
    {
        // Given the value Quartz 4.7.3 put into a recovery trigger's data (seen in a hand-back at shutdown)
        var data = new JobDataMap { [SchedulerConstants.FailedJobOriginalTriggerFireTime] = "11/25/2026 21:57:33 +00:00" };

        Assert.That(RoundIds.ReadQuartzTime(data, SchedulerConstants.FailedJobOriginalTriggerFireTime),
            Is.EqualTo(new DateTimeOffset(2026, 11, 25, 21, 57, 33, TimeSpan.Zero)));
    }

    [Test]
    public void ReadQuartzTime_UnixMilliseconds_Parses()
    {
        var data = new JobDataMap { ["t"] = "1795729053000" };

        Assert.That(RoundIds.ReadQuartzTime(data, "t"), Is.EqualTo(DateTimeOffset.FromUnixTimeMilliseconds(1795729053000)));
        Assert.That(RoundIds.ReadQuartzTime(data, "missing"), Is.Null);
    }

    [Test]
    public void For_NormalFiring_IsTheSlotOfTheFireTime()
    {
        var slot = new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero);
        var context = Context(fire: slot.AddMilliseconds(250), scheduled: slot, recovering: false, new JobDataMap());

        Assert.That(RoundIds.For(context, Nightly, Bangkok), Is.EqualTo("20261126T213000Z"));
    }

    [Test]
    public void For_MisfireCatchUp_IsTheLatestMissedNight()
    {
        // Given Quartz reports the first missed slot (27th) as scheduled and fires on the evening of the 29th
        var firstMissed = new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero);
        var fire = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
        var context = Context(fire, firstMissed, recovering: false, new JobDataMap());

        Assert.That(RoundIds.For(context, Nightly, Bangkok), Is.EqualTo("20261128T213000Z"));
    }

    [Test]
    public void For_RecoveryOnAnotherNodeHoursLater_KeepsTheOriginalRound()
    {
        // Given the original firing at 04:30:02 Bangkok died; the recovery fires three hours later
        var data = new JobDataMap
        {
            [SchedulerConstants.FailedJobOriginalTriggerFireTime] = "11/26/2026 21:30:02 +00:00",
            [SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime] = "11/26/2026 21:30:00 +00:00",
        };
        var recoveryFire = new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.Zero);
        var context = Context(recoveryFire, recoveryFire, recovering: true, data);

        Assert.That(RoundIds.For(context, Nightly, Bangkok), Is.EqualTo("20261126T213000Z"));
    }

    [Test]
    public void For_ManualTrigger_IsNotARound()
    {
        var now = new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
        var context = Context(now, now, recovering: false, new JobDataMap { [SchedulerConstants.ManualTrigger] = "true" });

        Assert.That(RoundIds.For(context, Nightly, Bangkok), Is.Null);
    }

    private static Quartz.Impl.JobExecutionContextImpl Context(DateTimeOffset fire, DateTimeOffset scheduled, bool recovering, JobDataMap triggerData)
    {
        var job = JobBuilder.Create<NoopJob>().WithIdentity("site", SiteJobKeys.CheckGroup).StoreDurably().Build();
        var trigger = TriggerBuilder.Create().WithIdentity("t").ForJob(job).UsingJobData(triggerData).StartAt(scheduled).Build();
        return JobExecutionContextBuilder.For(new NoopJob()).WithJob(job).WithTrigger(trigger).FiredAt(fire, scheduled).Recovering(recovering).Build();
    }

    private sealed class NoopJob : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
