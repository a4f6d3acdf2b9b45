using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.History;
using OitChecker.Mailing;
using OitChecker.Reporting;
using OitChecker.Running;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Builders;

namespace OitChecker.Tests.Reporting;

public sealed class RunPublisherTests
{
    private string _root = string.Empty;
    private SiteConfig _site = null!;

    [SetUp]
    public void SetUp()
    {
        _root = RepoPaths.NewTempDirectory("oit-publish");
        _site = TestSites.Mini(_root);
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    public async Task PublishAsync_Run_WritesEveryFileCommitsFolderAndMovesLatest()
    {
        var published = await PublishAsync(1, ReportScenario.Run(1));

        var siteDir = Path.Combine(_root, "reports", "muangklaeng");
        var files = Directory.GetFiles(published.ReportFolder!).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(published.Recorded, Is.True);
            Assert.That(Path.GetFileName(published.ReportFolder), Is.EqualTo("20251118T213000Z"));
            Assert.That(files, Is.EqualTo(new[] { "answers.csv", "audit.csv", "finance.csv", "palad.csv", "report.html", "results.json", "strategy.csv", "summary.csv" }));
            Assert.That(File.ReadAllText(Path.Combine(siteDir, ReportFolders.LatestFile)), Is.EqualTo("20251118T213000Z\n"));
            Assert.That(new FileInfo(Path.Combine(siteDir, ReportFolders.LatestLink)).LinkTarget, Is.EqualTo("20251118T213000Z"));
            Assert.That(Directory.GetDirectories(siteDir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "20251118T213000Z", "latest" }), "no staging folder left");
            Assert.That(ResultsJson.Deserialize(File.ReadAllText(Path.Combine(published.ReportFolder!, "results.json")))!.RunId, Is.EqualTo(published.Result.RunId));
        });
    }

    [Test]
    public async Task PublishAsync_SameRoundTwice_SecondWritesNothing()
    {
        var first = await PublishAsync(1, ReportScenario.Run(1), new PublishOptions { RoundId = "nightly-2025-11-19" });
        var second = await PublishAsync(1, ReportScenario.Run(1) with { RunId = "other-node" }, new PublishOptions { RoundId = "nightly-2025-11-19" });

        var siteDir = Path.Combine(_root, "reports", "muangklaeng");
        Assert.Multiple(() =>
        {
            Assert.That(first.Recorded, Is.True);
            Assert.That(second.Recorded, Is.False);
            Assert.That(second.ReportFolder, Is.Null);
            Assert.That(second.Mail.Messages, Is.Empty);
            Assert.That(Directory.GetDirectories(siteDir).Select(Path.GetFileName), Is.EquivalentTo(new[] { "20251118T213000Z", "latest" }));
        });
    }

    [Test]
    public async Task PublishAsync_ThreeNights_TrendHistoryAndChangesFlowThrough()
    {
        await PublishAsync(1, ReportScenario.Run(1));
        await PublishAsync(2, ReportScenario.Run(2));
        var third = await PublishAsync(3, ReportScenario.Run(3));

        var html = await File.ReadAllTextAsync(Path.Combine(third.ReportFolder!, "report.html"));
        var runs = await Store().GetRunsAsync("muangklaeng");
        Assert.Multiple(() =>
        {
            Assert.That(runs, Has.Count.EqualTo(3));
            Assert.That(runs[0].ReportFolder, Is.EqualTo("20251120T213000Z"));
            Assert.That(third.States.Single(s => s.Code == "O9").Change, Is.EqualTo(ItemChange.New));
            Assert.That(third.States.Single(s => s.Code == "O4").Change, Is.EqualTo(ItemChange.Fixed));
            Assert.That(third.States.Single(s => s.Code == "O10").Change, Is.EqualTo(ItemChange.Unconfirmed));
            Assert.That(html, Does.Contain("3 รอบการตรวจ"), "the trend shows all three runs");
            Assert.That(third.Mail.Messages.Select(m => m.Division ?? "admin"), Is.EquivalentTo(new[] { "audit", "strategy", "admin" }));
        });
    }

    [Test]
    public async Task PublishAsync_CrashBetweenHistoryCommitAndRename_NextRunRollsTheReportForward()
    {
        // Given night 1 recorded in the history, but its report folder still under its staging name (the process
        // died after the history commit and before the rename)
        var first = await PublishAsync(1, ReportScenario.Run(1));
        var siteDir = Path.GetDirectoryName(first.ReportFolder)!;
        var staging = Path.Combine(siteDir, $".tmp-{Path.GetFileName(first.ReportFolder)}-{Guid.NewGuid():N}");
        Directory.Move(first.ReportFolder!, staging);

        // When night 2 publishes
        await PublishAsync(2, ReportScenario.Run(2));

        // Then night 1's report is back under its own name, complete, and no staging folder is left
        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(first.ReportFolder!, "results.json")), Is.True);
            Assert.That(Directory.EnumerateDirectories(siteDir, ".tmp-*"), Is.Empty);
        });
    }

    [Test]
    public async Task PublishAsync_DryRunBetweenNights_LeavesHistoryForTheNextRealRun()
    {
        // Given night 1 recorded, then a dry run of night 2 by the auditor
        await PublishAsync(1, ReportScenario.Run(1));
        var dry = await PublishAsync(2, ReportScenario.Run(2), new PublishOptions { DryRun = true });

        // When night 2 really runs
        var night2 = ReportScenario.Run(2);
        var real = await PublishAsync(2, night2 with { RunId = "night-2-real", StartedAt = night2.StartedAt.AddHours(1), FinishedAt = night2.FinishedAt.AddHours(1) });

        // Then the dry run wrote its report but no history, and the real run still reports (and mails) the changes
        var runs = await Store().GetRunsAsync("muangklaeng");
        Assert.Multiple(() =>
        {
            Assert.That(dry.Recorded, Is.False);
            Assert.That(File.Exists(Path.Combine(dry.ReportFolder!, "results.json")), Is.True);
            Assert.That(runs.Select(r => r.RunId), Does.Not.Contain(dry.Result.RunId));
            Assert.That(runs, Has.Count.EqualTo(2));
            Assert.That(real.States.Select(s => s.Change), Is.EquivalentTo(dry.States.Select(s => s.Change)), "the real run sees the same changes the dry run previewed");
            Assert.That(real.Mail.Messages.Count, Is.EqualTo(dry.Mail.Messages.Count));
        });
    }

    [Test]
    public async Task PublishAsync_InconclusiveRun_MailsOnlyTheAdministrators()
    {
        await PublishAsync(1, ReportScenario.Run(1));
        var down = new RunResultBuilder(ReportCatalog.Catalog).StartedAt(ReportScenario.Night1.AddDays(1)).Inconclusive("connection refused on 97% of requests").Build();

        var published = await PublishAsync(2, down);

        var html = await File.ReadAllTextAsync(Path.Combine(published.ReportFolder!, "report.html"));
        var admin = published.Mail.Messages.Single();
        Assert.Multiple(() =>
        {
            Assert.That(admin.Kind, Is.EqualTo(MailKind.Admin));
            Assert.That(admin.Recipients, Is.EqualTo(new[] { "it@muangklaeng.go.th" }));
            Assert.That(admin.Subject, Does.Contain("ผลการตรวจรอบนี้สรุปไม่ได้"));
            Assert.That(html, Does.Contain("ผลการตรวจรอบนี้สรุปไม่ได้"));
            Assert.That(published.States.All(s => s.Change == ItemChange.None), Is.True);
        });
    }

    [Test]
    public async Task PublishAsync_PinnedUrlContentChanged_FindingInResultsAndAdminMail()
    {
        const string Pinned = "https://www.muangklaeng.go.th/ita/o6";
        _site = _site with { Items = new Dictionary<string, ItemOverride>(StringComparer.OrdinalIgnoreCase) { ["O6"] = new("O6", null, Pinned, null) } };
        var pass = new RunResultBuilder(ReportCatalog.Catalog);
        await PublishAsync(1, pass.StartedAt(ReportScenario.Night1).Build(), Evidence(Pinned, "แผนการใช้จ่ายงบประมาณ ปี 2568 ฉบับที่ 1"));

        var published = await PublishAsync(2, pass.StartedAt(ReportScenario.Night1.AddDays(1)).Build(), Evidence(Pinned, "แผนการใช้จ่ายงบประมาณ ปี 2568 ฉบับแก้ไข"));

        var json = await File.ReadAllTextAsync(Path.Combine(published.ReportFolder!, "results.json"));
        Assert.Multiple(() =>
        {
            Assert.That(published.Result.Findings.Single().Kind, Is.EqualTo(ArchiveCheck.PinnedUrlChanged));
            Assert.That(json, Does.Contain("\"kind\": \"pinned-url-changed\""));
            Assert.That(published.Mail.Messages.Single().Kind, Is.EqualTo(MailKind.Admin));
        });
    }

    [Test]
    public async Task PublishAsync_WatchProbesRecorded_ReportShowsUptime()
    {
        var at = ReportScenario.Night1;
        await Store().RecordProbesAsync(
        [
            new WatchProbe("muangklaeng", "https://www.muangklaeng.go.th/ita", at.AddHours(-2), 200, 250, true),
            new WatchProbe("muangklaeng", "https://www.muangklaeng.go.th/ita", at.AddHours(-1), 503, 900, false),
        ]);

        var published = await PublishAsync(1, ReportScenario.Run(1));

        var html = await File.ReadAllTextAsync(Path.Combine(published.ReportFolder!, "report.html"));
        Assert.That(html, Does.Contain("ความพร้อมใช้งานของเว็บไซต์").And.Contain("50.00"));
    }

    [Test]
    public async Task PublishAsync_DigestDay_EveryDivisionOnceThatDay()
    {
        // Night 2 starts 2025-11-19 21:30 UTC = Thursday 20 Nov in Bangkok; make Thursday the digest day
        _site = _site with { Mail = _site.Mail with { Digest = DayOfWeek.Thursday } };
        await PublishAsync(1, ReportScenario.Run(1));

        var digest = await PublishAsync(2, ReportScenario.Run(2));
        // A second run the same day with nothing new (O9's single failure cleared: a blip, no mail)
        var again = await PublishAsync(2, ReportScenario.Run(1) with { RunId = "rerun", StartedAt = ReportScenario.Night1.AddDays(1).AddHours(2) });

        Assert.Multiple(() =>
        {
            Assert.That(digest.Mail.Messages.Select(m => m.Kind), Has.All.EqualTo(MailKind.Digest));
            Assert.That(digest.Mail.Messages.Select(m => m.Division), Is.EquivalentTo(new[] { "palad", "strategy", "finance", "audit" }));
            Assert.That(digest.Mail.Messages[0].Subject, Does.StartWith("[OIT] สรุปประจำสัปดาห์ "));
            Assert.That(again.Mail.Messages, Is.Empty, "one digest per division per day");
        });
    }

    private Task<PublishResult> PublishAsync(int night, RunResult result, PublishOptions? options = null) =>
        new RunPublisher(new FakeTimeProvider(ReportScenario.Night1.AddDays(night - 1).AddMinutes(13)), NullLoggerFactory.Instance)
            .PublishAsync(result, _site, ReportCatalog.Catalog, options ?? new PublishOptions(), CancellationToken.None);

    private Task<PublishResult> PublishAsync(int night, RunResult result, IEvidenceSource evidence) =>
        PublishAsync(night, result, new PublishOptions { Evidence = evidence });

    private HistoryStore Store() => HistoryStore.ForSqliteFile(_site.History.Database!, TimeProvider.System);

    private static EvidenceList Evidence(string url, string text) =>
        new([new EvidenceContent(url, 200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes($"<html><body><h1>{text}</h1></body></html>"))]);
}
