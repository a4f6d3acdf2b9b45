using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Catalog;
using OitChecker.Reporting;
using OitChecker.Running;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Scheduling;
using OitChecker.Verdicts;
using Quartz;

namespace OitChecker.Cli.Tests.Scheduling;

public class StatusCommandTests
{
    private string _root = null!;
    private string _store = null!;

    [SetUp]
    public void SetUp()
    {
        _root = RepoPaths.NewTempDirectory("status");
        _store = Path.Combine(_root, "data", "quartz.db");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public async Task Status_AfterARun_ShowsScheduleNextAndLastRunAndTheLatestVerdicts()
    {
        // Given two scheduled sites; alpha ran for the 27 Nov round with gaps and wrote its results.json
        var reports = Path.Combine(_root, "reports");
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/"), ReportsDirectory = reports, WatchEnabled = true });
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "beta", MainUrl = new Uri("https://beta.go.th/"), ReportsDirectory = reports, Cron = "0 0 5 * * ?" });
        var registry = SiteRegistry.Load(SiteRegistry.Discover(ScheduledSiteFiles.SitesDirectory(_root), []));
        await StoreAsync(registry, "alpha", new Dictionary<string, string>
        {
            [JobDataKeys.LastRound] = "20261126T213000Z",
            [JobDataKeys.LastStartedUtc] = "2026-11-26T21:30:01.0000000+00:00",
            [JobDataKeys.LastFinishedUtc] = "2026-11-26T21:41:09.0000000+00:00",
            [JobDataKeys.LastExitCode] = "2",
            [JobDataKeys.LastOutcome] = "gaps found",
            [JobDataKeys.LastNode] = "node1",
            [JobDataKeys.LastRecovered] = "true",
        });
        WriteResults(registry, "alpha");

        // When
        var r = await CliRunner.RunAsync("status", "--sites", ScheduledSiteFiles.SitesDirectory(_root), "--store-path", _store);

        // Then
        Assert.That(r.ExitCode, Is.EqualTo(0), r.Error);
        var alpha = Block(r.Output, "alpha");
        var beta = Block(r.Output, "beta");
        Assert.Multiple(() =>
        {
            Assert.That(alpha, Does.Contain("alpha  เทศบาลทดสอบ alpha (https://alpha.go.th/)"));
            Assert.That(alpha, Does.Contain("schedule  0 30 4 * * ? (Asia/Bangkok)"));
            Assert.That(alpha, Does.Match(@"next run  \d{4}-\d\d-\d\d 04:30 \+07:00"));
            Assert.That(alpha, Does.Contain("last run  2026-11-27 04:30 +07:00, round 20261126T213000Z on node1, recovered"));
            Assert.That(alpha, Does.Contain("outcome   gaps found (exit 2)"));
            Assert.That(alpha, Does.Contain("results   OIT 62.5: 1 pass, 2 fail, 1 review (2026-11-27 04:41 +07:00)"));
            Assert.That(alpha, Does.Contain("watch     next probe"));
            Assert.That(beta, Does.Contain("schedule  0 0 5 * * ? (Asia/Bangkok)"));
            Assert.That(beta, Does.Contain("last run  never"));
            Assert.That(beta, Does.Contain("results   none yet"));
            Assert.That(beta, Does.Contain("watch     off"));
        });
    }

    [Test]
    public async Task Status_NoJobStoreYet_SaysSoAndListsTheConfiguredSites()
    {
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/") });

        var r = await CliRunner.RunAsync("status", "--sites", ScheduledSiteFiles.SitesDirectory(_root), "--store-path", _store);

        Assert.That(r.ExitCode, Is.EqualTo(0));
        Assert.That(r.Error, Does.Contain("No job store at"));
        Assert.That(r.Output, Does.Contain("schedule  not in the job store yet (start serve)"));
        Assert.That(File.Exists(_store), Is.False, "status must not create a store");
    }

    private static string Block(string output, string site) =>
        string.Join("\n", output.Split('\n').SkipWhile(l => !l.StartsWith(site + "  ", StringComparison.Ordinal)).TakeWhile(l => l.Trim().Length > 0));

    private async Task StoreAsync(SiteRegistry registry, string ranSite, Dictionary<string, string> lastRun)
    {
        var scheduler = await QuartzSetup.BuildSchedulerAsync(new SchedulerSettings { SqlitePath = _store });
        try
        {
            await new ScheduleSynchronizer(scheduler, NullLogger<ScheduleSynchronizer>.Instance).SyncAsync(registry);

            // what SiteCheckJob persists after a run
            var job = (await scheduler.GetJobDetail(SiteJobKeys.Check(ranSite)))!;
            var data = new JobDataMap(job.JobDataMap);
            foreach (var (k, v) in lastRun)
            {
                data[k] = v;
            }

            await scheduler.AddJob(job.GetJobBuilder().UsingJobData(data).Build(), AddJobOptions.Replacing);
        }
        finally
        {
            await scheduler.Shutdown(false);
        }
    }

    private static void WriteResults(SiteRegistry registry, string siteId)
    {
        registry.TryGet(siteId, out var site);
        var path = LatestResults.PathFor(site!.Site);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = new DateTimeOffset(2026, 11, 27, 4, 30, 1, TimeSpan.FromHours(7));
        var result = new RunResult
        {
            RunId = "20261126T213001Z-alpha",
            Site = new RunSite("alpha", site.Site.NameTh, site.Site.MainUrl.ToString()),
            Year = 2565,
            StartedAt = started,
            FinishedAt = started.AddMinutes(11).AddSeconds(8),
            Score = new ScoreProjection(62.5, 75, 25, []),
            Pages = new RunPages(120, 10, 140, 1_000_000, 0, "settled", 668),
            Items =
            [
                Item("O1", Verdict.Pass),
                Item("O2", Verdict.Fail),
                Item("O23", Verdict.Fail),
                Item("O42", Verdict.ManualReview),
            ],
        };
        File.WriteAllText(path, ResultsJson.Serialize(result));
    }

    private static ItemVerdict Item(string code, Verdict verdict) => new()
    {
        Code = code,
        TitleTh = code,
        TitleEn = code,
        SubIndicator = "9.1",
        Division = "palad",
        Confidence = Confidence.Derived,
        Verdict = verdict,
    };
}
