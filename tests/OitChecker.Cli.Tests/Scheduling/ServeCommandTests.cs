using System.Diagnostics;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Http;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Cli.Tests.Scheduling;

public class ServeCommandTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp() => _root = RepoPaths.NewTempDirectory("serve");

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task Serve_BrokenSiteFiles_ExitsThreeWithEveryLocatedProblemBeforeScheduling()
    {
        // Given two site files, one with a bad cron and one with a bad watch month
        var a = ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "a", MainUrl = new Uri("https://a.go.th/"), Cron = "0 61 4 * * ?" });
        var b = ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "b", MainUrl = new Uri("https://b.go.th/"), ToMonth = 13 });
        var store = Path.Combine(_root, "data", "quartz.db");

        // When
        var r = await CliRunner.RunAsync("serve", "--sites", ScheduledSiteFiles.SitesDirectory(_root), "--store-path", store, "--log-dir", Path.Combine(_root, "logs"));

        // Then
        Assert.That(r.ExitCode, Is.EqualTo(3), r.Error);
        Assert.That(r.Error, Does.Contain("2 problems:"));
        Assert.That(r.Error, Does.Contain($"{a}:14:9: schedule.cron: '0 61 4 * * ?' is not a valid Quartz cron expression"));
        Assert.That(r.Error, Does.Contain($"{b}:21:12: watch.toMonth: must be 1–12, found 13"));
        Assert.That(File.Exists(store), Is.False, "nothing may be scheduled when a site file is broken");
    }

    [Test]
    public async Task Serve_PostgresWithoutConnectionString_ExitsThreeNamingTheVariable()
    {
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "a", MainUrl = new Uri("https://a.go.th/") });
        var saved = Environment.GetEnvironmentVariable(SchedulerSettings.PostgresEnvironmentVariable);
        Environment.SetEnvironmentVariable(SchedulerSettings.PostgresEnvironmentVariable, null);
        try
        {
            var r = await CliRunner.RunAsync("serve", "--sites", ScheduledSiteFiles.SitesDirectory(_root), "--store", "postgres");

            Assert.That(r.ExitCode, Is.EqualTo(3));
            Assert.That(r.Error, Does.Contain(SchedulerSettings.PostgresEnvironmentVariable));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SchedulerSettings.PostgresEnvironmentVariable, saved);
        }
    }

    [Test]
    public async Task Serve_RestartedOnTheSqliteStore_KeepsTheScheduleAndTheHistory()
    {
        // Given a site checked every 2 seconds by a real serve process on a SQLite store
        await using var web = await LoopbackSite.StartAsync(pages: 2);
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "alpha", MainUrl = web.BaseUrl, Cron = "0/2 * * * * ?", Delay = "50ms" });
        var ledger = Ledger.Sqlite(Path.Combine(_root, "ledger.db"));
        await ledger.CreateSchemaAsync();
        string[] args = ["serve", "--sites", "sites", "--store-path", "data/quartz.db", "--shutdown-timeout", "10"];

        await using (var first = ServeProcess.Start(_root, args, ledger, "node1"))
        {
            Assert.That(await Poll.UntilAsync(async () => (await ledger.RoundsAsync()).Count >= 2, TimeSpan.FromSeconds(40)), Is.True, first.Output);
            first.Terminate();
            Assert.That(await first.WaitForExitAsync(TimeSpan.FromSeconds(20)), Is.EqualTo(0), first.Output);
        }

        var before = await ledger.RoundsAsync();
        var triggerBefore = await TriggerStartAsync();

        // When serve starts again on the same files
        await using var second = ServeProcess.Start(_root, args, ledger, "node1");
        var more = await Poll.UntilAsync(async () => (await ledger.RoundsAsync()).Count >= before.Count + 2, TimeSpan.FromSeconds(40));
        second.Terminate();
        var exit = await second.WaitForExitAsync(TimeSpan.FromSeconds(20));

        // Then the stored trigger was kept (not re-created), the earlier history is intact, and the rounds go on
        Assert.That(more, Is.True, second.Output);
        Assert.That(exit, Is.EqualTo(0), second.Output);
        Assert.That(second.Output, Does.Contain("Kept oit-check.alpha"));
        Assert.That(await TriggerStartAsync(), Is.EqualTo(triggerBefore));
        var after = await ledger.RoundsAsync();
        Assert.That(after.Take(before.Count).Select(r => r.Round), Is.EqualTo(before.Select(r => r.Round)));
        Assert.That(after.Select(r => r.Round), Is.Unique);
        Assert.That(after.Skip(before.Count).All(r => string.CompareOrdinal(r.Round, before[^1].Round) > 0), Is.True);
    }

    [Test]
    public async Task Serve_SigTermDuringACheck_ExitsZeroWithinTheBoundAndRerunsThatRoundAtRestart()
    {
        // Given a slow check (about 10 s: 20 pages at 500 ms) that starts right away
        await using var web = await LoopbackSite.StartAsync(pages: 19);
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "slow", MainUrl = web.BaseUrl, Cron = "0/1 * * * * ?", Delay = "500ms" });
        var ledger = Ledger.Sqlite(Path.Combine(_root, "ledger.db"));
        await ledger.CreateSchemaAsync();
        string[] args = ["serve", "--sites", "sites", "--store-path", "data/quartz.db", "--shutdown-timeout", "5"];
        string interruptedRound;
        await using (var first = ServeProcess.Start(_root, args, ledger, "node1"))
        {
            Assert.That(await Poll.UntilAsync(async () => (await ledger.AttemptsAsync()).Count == 1, TimeSpan.FromSeconds(40)), Is.True, first.Output);
            interruptedRound = (await ledger.AttemptsAsync()).Single().Round;
            await Task.Delay(1500);

            // When systemd stops the service mid-check
            var watch = Stopwatch.StartNew();
            first.Terminate();
            var code = await first.WaitForExitAsync(TimeSpan.FromSeconds(20));
            watch.Stop();

            // Then the process exits cleanly, well within the 5 s bound, without recording the unfinished round
            Assert.That(code, Is.EqualTo(0), first.Output);
            Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)), first.Output);
            Assert.That(await ledger.RoundsAsync(), Is.Empty);
            Assert.That(first.Output, Does.Contain("stopped: interrupted or the scheduler is shutting down"));
        }

        // And the next start runs that same round again (handed back for recovery)
        await using var second = ServeProcess.Start(_root, args, ledger, "node1");
        var recorded = await Poll.UntilAsync(async () => (await ledger.RoundsAsync()).Any(r => r.Round == interruptedRound), TimeSpan.FromSeconds(40));
        second.Terminate();
        await second.WaitForExitAsync(TimeSpan.FromSeconds(20));
        Assert.That(recorded, Is.True, second.Output);
        Assert.That(second.Output, Does.Contain($"Check of slow for round {interruptedRound} started on node NON_CLUSTERED (recovering: True)"));
    }

    [Test]
    public async Task Serve_JsonLogs_WritesCompactJsonEventsToTheConsoleAndTheRollingFile()
    {
        // Given a site with nothing due (schedule and watch off)
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "quiet", MainUrl = new Uri("https://quiet.go.th/"), ScheduleEnabled = false });
        var ledger = Ledger.Sqlite(Path.Combine(_root, "ledger.db"));

        // When serve runs with --json-logs until it is ready, then stops
        await using var serve = ServeProcess.Start(_root, ["serve", "--sites", "sites", "--json-logs", "--log-dir", "logs"], ledger, "node1");
        var ready = await Poll.UntilAsync(() => Task.FromResult(serve.Output.Contains("Job store ready", StringComparison.Ordinal)), TimeSpan.FromSeconds(40));
        serve.Terminate();
        var exit = await serve.WaitForExitAsync(TimeSpan.FromSeconds(20));

        // Then every line of the day's log file is a JSON event with a timestamp and a message template
        Assert.That(ready, Is.True, serve.Output);
        Assert.That(exit, Is.EqualTo(0), serve.Output);
        var file = Directory.GetFiles(Path.Combine(_root, "logs"), "oitcheck-*.log").Single();
        var lines = File.ReadAllLines(file).Where(l => l.Length > 0).ToList();
        Assert.That(lines, Is.Not.Empty);
        foreach (var line in lines)
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            Assert.That(json.RootElement.TryGetProperty("@t", out _) && json.RootElement.TryGetProperty("@mt", out _), Is.True, line);
        }

        Assert.That(lines, Has.Some.Contains("Job store ready on node {Node}"));
        Assert.That(serve.Output, Does.Contain("\"@mt\":\"oitcheck serve stopped\""));
    }

    private async Task<DateTimeOffset> TriggerStartAsync()
    {
        var scheduler = await QuartzSetup.BuildSchedulerAsync(new SchedulerSettings { SqlitePath = Path.Combine(_root, "data", "quartz.db") });
        try
        {
            return (await scheduler.GetTrigger(SiteJobKeys.CheckTrigger("alpha")))!.StartTimeUtc;
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }
}
