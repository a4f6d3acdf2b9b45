using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Http;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Tests.Scheduling;

public class AvailabilityWatchJobTests
{
    [Test]
    public async Task Execute_EveryInterval_ProbesTheSiteThroughTheScheduler()
    {
        // Given a watched site (every 15 minutes), the scheduler on a fake clock in March, and an in-memory probe log
        var root = RepoPaths.NewTempDirectory("watchjob");
        await using var web = await LoopbackSite.StartAsync();
        try
        {
            var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
            var log = new InMemoryProbeLog();
            var registry = SiteRegistry.Load([ScheduledSiteFiles.Write(root, new TestSiteSpec { Id = "w", MainUrl = web.BaseUrl, WatchEnabled = true, ScheduleEnabled = false })]);
            await using var harness = await SchedulerHarness.StartAsync(registry, Path.Combine(root, "data", "quartz.db"), new ScriptedCheckRunner(), time,
                configure: s => s.AddSingleton<IProbeLog>(log));

            // When the clock moves 15 minutes each time a round of two probes is complete
            var advancedAt = 0;
            var probed = await Eventually.WaitAsync(() => log.All.Count >= 6, TimeSpan.FromSeconds(20), () =>
            {
                var count = log.All.Count;
                if (count > advancedAt && count % 2 == 0)
                {
                    advancedAt = count;
                    time.Advance(TimeSpan.FromMinutes(15));
                }
            }, pollMilliseconds: 100);

            // Then each round probed the main page and the pinned URL, 15 minutes apart
            Assert.That(probed, Is.True, "the watch did not probe three times");
            var main = log.All.Where(p => p.Url == web.BaseUrl.ToString()).Take(3).ToList();
            Assert.That(main.All(p => p.Ok && p.Status == 200), Is.True);
            Assert.That(main[1].At - main[0].At, Is.EqualTo(TimeSpan.FromMinutes(15)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
