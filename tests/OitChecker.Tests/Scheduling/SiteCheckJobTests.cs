using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Tests.Scheduling;

/// <summary>
/// The nightly check job under a real Quartz scheduler and SQLite store. Where timing is the point (the job
/// fires, a misfire is made up once, a shutdown hand-back) Quartz runs on a FakeTimeProvider (Quartz 4.7.3 takes
/// one via UseTimeProvider) and the test moves the clock; the overlap test uses an every-second cron in real time.
/// </summary>
public class SiteCheckJobTests
{
    /// <summary>04:29:50 Bangkok on 27 Nov 2026: ten seconds before the default nightly slot.</summary>
    private static readonly DateTimeOffset BeforeSlot = new(2026, 11, 26, 21, 29, 50, TimeSpan.Zero);

    private string _root = null!;
    private string _store = null!;

    [SetUp]
    public void SetUp()
    {
        _root = RepoPaths.NewTempDirectory("sched");
        _store = Path.Combine(_root, "data", "quartz.db");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task Execute_NightlyCronReached_RunsTheCheckOnceWithItsRound()
    {
        // Given the default nightly schedule and a clock ten seconds before 04:30 Bangkok
        var time = new FakeTimeProvider(BeforeSlot);
        var runner = new ScriptedCheckRunner();
        await using var harness = await SchedulerHarness.StartAsync(Registry(Site("alpha")), _store, runner, time);

        // When the clock passes the slot
        var ran = await Eventually.WaitAsync(() => !runner.Calls.IsEmpty, TimeSpan.FromSeconds(20), () => time.Advance(TimeSpan.FromSeconds(1)));
        await harness.StopAsync();

        // Then one run for the round of that night, remembered in the job store
        Assert.That(ran, Is.True, "the nightly trigger never fired");
        Assert.That(runner.Calls.Select(c => (c.Site, c.Round)), Is.EqualTo(new[] { ("alpha", (string?)"20261126T213000Z") }));
        var status = await StatusAsync("alpha");
        Assert.Multiple(() =>
        {
            Assert.That(status.LastRound, Is.EqualTo("20261126T213000Z"));
            Assert.That(status.LastExitCode, Is.EqualTo(2));
            Assert.That(status.LastOutcome, Is.EqualTo("gaps found"));
            Assert.That(status.NextRun, Is.EqualTo(new DateTimeOffset(2026, 11, 27, 21, 30, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task Execute_MachineOffForThreeNights_MakesUpOnceAtStartUpThenKeepsTheSchedule()
    {
        // Given the store knows the nightly trigger, and the service stops before the night
        var time = new FakeTimeProvider(BeforeSlot.AddHours(-1));
        var runner = new ScriptedCheckRunner();
        var registry = Registry(Site("alpha"));
        await using (var first = await SchedulerHarness.StartAsync(registry, _store, runner, time))
        {
            await first.StopAsync();
        }

        // When the machine stays off for three nights (27, 28, 29 Nov) and starts on the afternoon of the 29th
        time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
        await using var second = await SchedulerHarness.StartAsync(registry, _store, runner, time);
        var caughtUp = await Eventually.WaitAsync(() => !runner.Calls.IsEmpty, TimeSpan.FromSeconds(20), () => time.Advance(TimeSpan.FromMilliseconds(200)));
        await Task.Delay(1000); // room for a wrong second or third catch-up run to show up
        time.Advance(TimeSpan.FromSeconds(5));
        await Task.Delay(500);

        // Then exactly one catch-up run, for the latest missed night
        Assert.That(caughtUp, Is.True, "the missed night was not made up");
        Assert.That(runner.Calls.Select(c => c.Round), Is.EqualTo(new[] { "20261128T213000Z" }));

        // And the next night runs as scheduled
        time.SetUtcNow(new DateTimeOffset(2026, 11, 29, 21, 29, 58, TimeSpan.Zero));
        var nextNight = await Eventually.WaitAsync(() => runner.Calls.Count == 2, TimeSpan.FromSeconds(20), () => time.Advance(TimeSpan.FromSeconds(1)));
        Assert.That(nextNight, Is.True);
        Assert.That(runner.Calls.Last().Round, Is.EqualTo("20261129T213000Z"));
    }

    [Test]
    public async Task Execute_SlowCheckOnEverySecondCron_NeverOverlapsItself()
    {
        // Given a cron firing every second (real time) and a check that takes 1.2 s
        var runner = new ScriptedCheckRunner((_, ct) => Task.Delay(1200, ct));
        await using var harness = await SchedulerHarness.StartAsync(Registry(Site("alpha", cron: "* * * * * ?")), _store, runner);

        // When it runs for a while
        var enough = await Eventually.WaitAsync(() => runner.Calls.Count >= 3, TimeSpan.FromSeconds(15));
        await harness.StopAsync();

        // Then each run started after the previous one ended
        Assert.That(enough, Is.True, "fewer than 3 runs in 15 s");
        var calls = runner.Calls.OrderBy(c => c.Start).ToList();
        for (var i = 1; i < calls.Count; i++)
        {
            Assert.That(calls[i].Start, Is.GreaterThanOrEqualTo(calls[i - 1].End), $"run {i} started at {calls[i].Start} before run {i - 1} ended at {calls[i - 1].End}");
        }

        Assert.That(runner.MaxConcurrent, Is.EqualTo(1));
    }

    [Test]
    public async Task Execute_TwoSitesSameSlot_RunInParallel()
    {
        // Given two sites on the same every-second cron: one site never overlaps itself, but sites do not wait for each other
        var runner = new ScriptedCheckRunner((_, ct) => Task.Delay(1500, ct));
        await using var harness = await SchedulerHarness.StartAsync(Registry(Site("alpha", cron: "* * * * * ?"), Site("beta", cron: "* * * * * ?")), _store, runner);

        var both = await Eventually.WaitAsync(() => runner.MaxConcurrent >= 2, TimeSpan.FromSeconds(10));

        Assert.That(both, Is.True);
    }

    [Test]
    public async Task Shutdown_DuringACheck_CancelsItWithinTheBoundAndRunsItAgainAtStartUp()
    {
        // Given a check that only ends when cancelled, running for the 04:30 round
        var time = new FakeTimeProvider(BeforeSlot);
        var started = new TaskCompletionSource();
        var runner = new ScriptedCheckRunner(async (_, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
        });
        var registry = Registry(Site("alpha"));
        var first = await SchedulerHarness.StartAsync(registry, _store, runner, time, shutdownTimeout: TimeSpan.FromSeconds(5));
        var running = await Eventually.WaitAsync(() => started.Task.IsCompleted, TimeSpan.FromSeconds(20), () => time.Advance(TimeSpan.FromSeconds(1)));
        Assert.That(running, Is.True);

        // When the service is stopped
        var watch = Stopwatch.StartNew();
        await first.DisposeAsync();
        watch.Stop();

        // Then the check was cancelled and the host stopped well within its bound
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(runner.Calls.Single().Cancelled, Is.True);

        // And at the next start-up the same round runs again (handed back for recovery)
        var again = new ScriptedCheckRunner();
        await using var second = await SchedulerHarness.StartAsync(registry, _store, again, time);
        var rerun = await Eventually.WaitAsync(() => !again.Calls.IsEmpty, TimeSpan.FromSeconds(20), () => time.Advance(TimeSpan.FromMilliseconds(200)));
        Assert.That(rerun, Is.True, "the interrupted check was not run again");
        Assert.That(again.Calls.Single().Round, Is.EqualTo("20261126T213000Z"));
    }

    private static TestSiteSpec Site(string id, string cron = "0 30 4 * * ?") =>
        new() { Id = id, MainUrl = new Uri($"https://{id}.go.th/"), Cron = cron };

    private SiteRegistry Registry(params TestSiteSpec[] specs) =>
        SiteRegistry.Load(specs.Select(s => ScheduledSiteFiles.Write(_root, s)).ToList());

    private async Task<SiteRunStatus> StatusAsync(string site)
    {
        var scheduler = await QuartzSetup.BuildSchedulerAsync(new SchedulerSettings { SqlitePath = _store });
        try
        {
            return (await ScheduleStatusReader.ReadAsync(scheduler, [site])).Single();
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }
}
