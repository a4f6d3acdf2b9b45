using Microsoft.Extensions.Time.Testing;
using OitChecker.History;
using OitChecker.Running;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;

namespace OitChecker.Tests.History;

/// <summary>The behaviour both dialects must share; run by <see cref="SqliteHistoryStoreTests"/> and <see cref="PostgresHistoryStoreTests"/>.</summary>
public abstract class HistoryStoreContract
{
    protected static readonly DateTimeOffset Night1 = new(2025, 11, 20, 21, 30, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Night1);

    /// <summary>A store on a fresh, empty database.</summary>
    protected abstract HistoryStore NewStore();

    /// <summary>A second store on the same database as the last <see cref="NewStore"/> (another node).</summary>
    protected abstract HistoryStore SameDatabase();

    [Test]
    public async Task InitializeAsync_Twice_RecordsCurrentSchemaVersionOnce()
    {
        var store = NewStore();
        await store.InitializeAsync();
        await SameDatabase().InitializeAsync();
        Assert.That(await store.SchemaVersionAsync(), Is.EqualTo(HistorySchema.CurrentVersion));
    }

    [Test]
    public async Task RecordRunAsync_ThenRead_RoundTripsRunAndItemStates()
    {
        // Given
        var store = NewStore();
        var run = Build(1, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน มี.ค.", "March missing", "https://www.muangklaeng.go.th/procurement"));
        var states = RunDiffer.Diff(run, new Dictionary<string, ItemState>(), 2);

        // When
        var written = await store.RecordRunAsync(new RunRecord(run, run.RunId, states, "20251120T213000Z", []));
        var runs = await store.GetRunsAsync("muangklaeng");
        var items = await store.GetItemStatesAsync(runs[0].Id);

        // Then
        var o7 = items.Single(i => i.Code == "O7");
        Assert.Multiple(() =>
        {
            Assert.That(written, Is.True);
            Assert.That(runs, Has.Count.EqualTo(1));
            Assert.That(runs[0].RunId, Is.EqualTo(run.RunId));
            Assert.That(runs[0].StartedAt, Is.EqualTo(run.StartedAt));
            Assert.That(runs[0].Oit, Is.EqualTo(run.Score.Oit));
            Assert.That(runs[0].Failed, Is.EqualTo(1));
            Assert.That(runs[0].Passed, Is.EqualTo(9));
            Assert.That(runs[0].ReportFolder, Is.EqualTo("20251120T213000Z"));
            Assert.That(items, Has.Count.EqualTo(10));
            Assert.That(o7.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(o7.FailKinds, Is.EqualTo(new[] { FailKind.WrongPeriod }));
            Assert.That(o7.Change, Is.EqualTo(ItemChange.New));
            Assert.That(o7.FirstFailingAt, Is.EqualTo(run.StartedAt));
            Assert.That(o7.Confidence, Is.EqualTo(OitChecker.Catalog.Confidence.Unverified));
            Assert.That(o7.Cost, Is.GreaterThan(0));
            Assert.That(o7.Seen, Is.True);
        });
    }

    [Test]
    public async Task RecordRunAsync_SameRoundTwice_SecondIsRefusedAndWritesNothing()
    {
        var store = NewStore();
        var run = Build(1, _ => { });
        var states = RunDiffer.Diff(run, new Dictionary<string, ItemState>(), 2);
        Assert.That(await store.RecordRunAsync(new RunRecord(run, "round-1", states, null, [])), Is.True);

        // When another node records the same round (a different run id, the same round)
        var again = run with { RunId = run.RunId + "-node2" };
        var second = await SameDatabase().RecordRunAsync(new RunRecord(again, "round-1", states, null, []));

        var runs = await store.GetRunsAsync("muangklaeng");
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.False);
            Assert.That(runs, Has.Count.EqualTo(1));
            Assert.That(runs[0].RunId, Is.EqualTo(run.RunId));
        });
    }

    [Test]
    public async Task RecordRunAsync_TwoNodesRacingOnOneRound_ExactlyOneRunIsStored()
    {
        var a = NewStore();
        await a.InitializeAsync();
        var b = SameDatabase();
        var run = Build(1, _ => { });
        var states = RunDiffer.Diff(run, new Dictionary<string, ItemState>(), 2);

        var results = await Task.WhenAll(
            Task.Run(() => a.RecordRunAsync(new RunRecord(run, "round-x", states, null, []))),
            Task.Run(() => b.RecordRunAsync(new RunRecord(run with { RunId = "other" }, "round-x", states, null, []))));

        var runs = await a.GetRunsAsync("muangklaeng");
        var items = await a.GetItemStatesAsync(runs.Single().Id);
        Assert.Multiple(() =>
        {
            Assert.That(results.Count(r => r), Is.EqualTo(1));
            Assert.That(items, Has.Count.EqualTo(10));
        });
    }

    [Test]
    public async Task GetBaselineAsync_LatestRunInconclusive_ReturnsLatestCompleteRun()
    {
        var store = NewStore();
        await RecordAsync(store, Build(1, b => b.Fail("O2", FailKind.Missing, "ไม่พบ", "not found")));
        await RecordAsync(store, Build(2, b => b.Inconclusive("site down")));

        var baseline = await store.GetBaselineAsync("muangklaeng");
        Assert.Multiple(() =>
        {
            Assert.That(baseline["O2"].Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(baseline["o2"].FailStreak, Is.EqualTo(1), "codes compare case-insensitively");
        });
    }

    [Test]
    public async Task GetRunsAsync_SeveralRuns_NewestFirstWithinLimit()
    {
        var store = NewStore();
        for (var n = 1; n <= 3; n++)
        {
            await RecordAsync(store, Build(n, _ => { }));
        }

        var runs = await store.GetRunsAsync("muangklaeng", 2);
        Assert.That(runs.Select(r => r.StartedAt), Is.EqualTo(new[] { Night1.AddDays(2), Night1.AddDays(1) }));
    }

    [Test]
    public async Task GetItemTrendsAsync_ThreeRuns_VerdictsOldestFirstInNaturalCodeOrder()
    {
        var store = NewStore();
        await RecordAsync(store, Build(1, _ => { }));
        await RecordAsync(store, Build(2, b => b.Fail("O10", FailKind.Missing, "ไม่พบ", "not found")));
        await RecordAsync(store, Build(3, b => b.Fail("O10", FailKind.Missing, "ไม่พบ", "not found")));

        var trends = await store.GetItemTrendsAsync("muangklaeng", 10);
        var o10 = trends.Single(t => t.Code == "O10");
        Assert.Multiple(() =>
        {
            Assert.That(trends.Select(t => t.Code).Take(3), Is.EqualTo(new[] { "O1", "O2", "O3" }));
            Assert.That(trends[^1].Code, Is.EqualTo("O10"));
            Assert.That(o10.Verdicts.Select(v => v.Verdict), Is.EqualTo(new[] { Verdict.Pass, Verdict.Fail, Verdict.Fail }));
            Assert.That(o10.Latest.Change, Is.EqualTo(ItemChange.New), "pass, unconfirmed, then confirmed");
        });
    }

    [Test]
    public async Task GetUptimeAsync_ProbesInAndOutOfPeriod_CountsOnlyThePeriod()
    {
        var store = NewStore();
        const string Url = "https://www.muangklaeng.go.th/ita";
        await store.RecordProbeAsync(new WatchProbe("muangklaeng", Url, Night1.AddHours(-1), 200, 300, true));
        await store.RecordProbesAsync(
        [
            new WatchProbe("muangklaeng", Url, Night1.AddMinutes(15), 200, 100, true),
            new WatchProbe("muangklaeng", Url, Night1.AddMinutes(30), 503, 200, false),
            new WatchProbe("muangklaeng", Url, Night1.AddMinutes(45), 200, 300, true),
            new WatchProbe("muangklaeng", Url, Night1.AddMinutes(60), 200, 400, true),
            new WatchProbe("other", Url, Night1.AddMinutes(60), 0, 10, false),
        ]);

        var uptime = await store.GetUptimeAsync("muangklaeng", Night1, Night1.AddDays(1));
        Assert.That(uptime, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(uptime[0].Probes, Is.EqualTo(4));
            Assert.That(uptime[0].Up, Is.EqualTo(3));
            Assert.That(uptime[0].Percent, Is.EqualTo(75.0));
            Assert.That(uptime[0].AverageMilliseconds, Is.EqualTo(250.0));
            Assert.That(uptime[0].LastDownAt, Is.EqualTo(Night1.AddMinutes(30)));
            Assert.That(uptime[0].LastProbeAt, Is.EqualTo(Night1.AddMinutes(60)));
        });
    }

    [Test]
    public async Task GetRecentProbesAsync_FailedProbe_KeepsWhyItFailed()
    {
        var store = NewStore();
        const string Url = "https://www.muangklaeng.go.th/";
        await store.RecordProbesAsync(
        [
            new WatchProbe("muangklaeng", Url, Night1, 200, 100, true),
            new WatchProbe("muangklaeng", Url, Night1.AddMinutes(15), 0, 10_000, false, "timeout after 10 s"),
            new WatchProbe("muangklaeng", Url, Night1.AddMinutes(30), 0, 3, false, "Connection refused (www.muangklaeng.go.th:443) " + new string('x', 500)),
        ]);

        var recent = await store.GetRecentProbesAsync("muangklaeng", Url, 3);

        Assert.Multiple(() =>
        {
            Assert.That(recent[0].Error, Does.StartWith("Connection refused (www.muangklaeng.go.th:443)"));
            Assert.That(recent[0].Error, Has.Length.EqualTo(300), "an error is cut, not refused");
            Assert.That(recent[1].Error, Is.EqualTo("timeout after 10 s"));
            Assert.That(recent[2].Error, Is.Null);
        });
    }

    [Test]
    public async Task RecordRunAsync_WithArchive_StoresAndReplacesTheCopy()
    {
        var store = NewStore();
        const string Url = "https://www.muangklaeng.go.th/ita/o1";
        var r1 = Build(1, _ => { });
        await store.RecordRunAsync(new RunRecord(r1, r1.RunId, [], null, [new ArchivedEvidence("muangklaeng", Url, "O1", "aa", "text/html", 3, false, [1, 2, 3], Night1, r1.RunId)]));
        var r2 = Build(2, _ => { });
        await store.RecordRunAsync(new RunRecord(r2, r2.RunId, [], null, [new ArchivedEvidence("muangklaeng", Url, "O1", "bb", "application/pdf", 10, true, [9, 9], Night1.AddDays(1), r2.RunId)]));

        var a = await store.GetArchivedAsync("muangklaeng", Url);
        Assert.That(a, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(a!.Sha256, Is.EqualTo("bb"));
            Assert.That(a.Content, Is.EqualTo(new byte[] { 9, 9 }));
            Assert.That(a.Truncated, Is.True);
            Assert.That(a.Size, Is.EqualTo(10));
            Assert.That(a.ContentType, Is.EqualTo("application/pdf"));
            Assert.That(a.ArchivedAt, Is.EqualTo(Night1.AddDays(1)));
        });
    }

    [Test]
    public async Task TryMarkDigestAsync_SameDateTwice_OnlyFirstSucceeds()
    {
        var store = NewStore();
        var day = new DateOnly(2025, 11, 24);
        Assert.Multiple(async () =>
        {
            Assert.That(await store.TryMarkDigestAsync("muangklaeng", "finance", day, "r1"), Is.True);
            Assert.That(await store.TryMarkDigestAsync("muangklaeng", "finance", day, "r2"), Is.False);
            Assert.That(await store.TryMarkDigestAsync("muangklaeng", "audit", day, "r2"), Is.True);
        });
    }

    protected static RunResult Build(int night, Action<RunResultBuilder> configure)
    {
        var b = new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Night1.AddDays(night - 1));
        configure(b);
        return b.Build();
    }

    protected static async Task RecordAsync(HistoryStore store, RunResult run)
    {
        var baseline = await store.GetBaselineAsync(run.Site.Id);
        var states = RunDiffer.Diff(run, baseline, 2);
        Assert.That(await store.RecordRunAsync(new RunRecord(run, run.RunId, states, null, [])), Is.True);
    }
}
