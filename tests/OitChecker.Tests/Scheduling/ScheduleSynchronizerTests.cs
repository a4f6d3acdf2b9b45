using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Scheduling;
using Quartz;

namespace OitChecker.Tests.Scheduling;

public class ScheduleSynchronizerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
    private string _root = null!;
    private SchedulerSettings _settings = null!;

    [SetUp]
    public void SetUp()
    {
        _root = RepoPaths.NewTempDirectory("sync");
        _settings = new SchedulerSettings { SqlitePath = Path.Combine(_root, "data", "quartz.db") };
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task SyncAsync_RestartOnSameStoreWithSameFiles_KeepsTheStoredTriggerUntouched()
    {
        // Given a first start stored the site's jobs and triggers
        var registry = Registry(new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/"), WatchEnabled = true });
        var first = await SyncAsync(registry);
        var before = await TriggerAsync(SiteJobKeys.CheckTrigger("alpha"));

        // When serve restarts on the same files an hour later
        _time.Advance(TimeSpan.FromHours(1));
        var second = await SyncAsync(registry);
        var after = await TriggerAsync(SiteJobKeys.CheckTrigger("alpha"));

        // Then nothing was replaced: the stored trigger (and with it any misfire Quartz must make up) is the same
        Assert.Multiple(() =>
        {
            Assert.That(first.Added, Is.EquivalentTo(new[] { "oit-check.alpha", "oit-watch.alpha" }));
            Assert.That(second.Kept, Is.EquivalentTo(new[] { "oit-check.alpha", "oit-watch.alpha" }));
            Assert.That(second.Added, Is.Empty);
            Assert.That(after.StartTimeUtc, Is.EqualTo(before.StartTimeUtc));
            Assert.That(((ICronTrigger)after).TimeZone.Id, Is.EqualTo("Asia/Bangkok"));
            Assert.That(after.NextFireTimeUtc, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 21, 30, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public async Task SyncAsync_CronChanged_ReschedulesOnlyThatSite()
    {
        await SyncAsync(Registry(
            new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/") },
            new TestSiteSpec { Id = "beta", MainUrl = new Uri("https://beta.go.th/") }));

        var result = await SyncAsync(Registry(
            new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/"), Cron = "0 15 5 * * ?" },
            new TestSiteSpec { Id = "beta", MainUrl = new Uri("https://beta.go.th/") }));

        Assert.That(result.Rescheduled, Is.EqualTo(new[] { "oit-check.alpha" }));
        Assert.That(result.Kept, Is.EqualTo(new[] { "oit-check.beta" }));
        Assert.That((await TriggerAsync(SiteJobKeys.CheckTrigger("alpha"))).NextFireTimeUtc, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 22, 15, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task SyncAsync_SiteFileRemovedOrScheduleDisabled_RemovesItsJobsOrTrigger()
    {
        await SyncAsync(Registry(
            new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/") },
            new TestSiteSpec { Id = "beta", MainUrl = new Uri("https://beta.go.th/") }));
        File.Delete(Path.Combine(ScheduledSiteFiles.SitesDirectory(_root), "beta.yaml"));

        var result = await SyncAsync(Registry(new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/"), ScheduleEnabled = false }));

        Assert.That(result.Removed, Is.EquivalentTo(new[] { "oit-check.alpha", "oit-check.beta" }));
        var scheduler = await QuartzSetup.BuildSchedulerAsync(_settings, _time);
        try
        {
            Assert.That(await scheduler.Exists(SiteJobKeys.Check("beta")), Is.False);
            Assert.That(await scheduler.Exists(SiteJobKeys.Check("alpha")), Is.True, "the job stays (it remembers the last run); only its trigger goes");
            Assert.That(await scheduler.Exists(SiteJobKeys.CheckTrigger("alpha")), Is.False);
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }

    private SiteRegistry Registry(params TestSiteSpec[] specs) =>
        SiteRegistry.Load(specs.Select(s => ScheduledSiteFiles.Write(_root, s)).ToList());

    private async Task<ScheduleSyncResult> SyncAsync(SiteRegistry registry)
    {
        var scheduler = await QuartzSetup.BuildSchedulerAsync(_settings, _time);
        try
        {
            return await new ScheduleSynchronizer(scheduler, NullLogger<ScheduleSynchronizer>.Instance).SyncAsync(registry);
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }

    private async Task<ITrigger> TriggerAsync(TriggerKey key)
    {
        var scheduler = await QuartzSetup.BuildSchedulerAsync(_settings, _time);
        try
        {
            return await scheduler.GetTrigger(key) ?? throw new AssertionException($"{key} is not in the store");
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }
}
