using Microsoft.Data.Sqlite;
using OitChecker.History;
using OitChecker.Scheduling;
using OitChecker.Testing;

namespace OitChecker.Tests.Scheduling;

/// <summary>The watch's probes go into the site's real history file (SQLite), where the report reads uptime.</summary>
public class HistoryProbeLogTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("probe-log");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task RecentAsync_AfterRecording_NewestFirstOnlyThatUrlAndLimited()
    {
        // Given probes of two URLs recorded in a real SQLite history file
        var store = HistoryStore.ForSqliteFile(Path.Combine(_dir, "muangklaeng.db"), TimeProvider.System);
        var log = new HistoryProbeLog(_ => store);
        var t0 = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            await log.RecordAsync(new ProbeRecord("muangklaeng", "https://www.muangklaeng.go.th/", t0.AddMinutes(15 * i), i == 4 ? 503 : 200, 120 + i, i != 4, i == 4 ? "HTTP 503" : null), CancellationToken.None);
            await log.RecordAsync(new ProbeRecord("muangklaeng", "https://www.muangklaeng.go.th/ita/o23", t0.AddMinutes(15 * i), 200, 80, true), CancellationToken.None);
        }

        // When the latest three of the main page are read back
        var recent = await log.RecentAsync("muangklaeng", "https://www.muangklaeng.go.th/", 3, CancellationToken.None);

        // Then they are that URL's, newest first, with status and outcome kept
        Assert.Multiple(() =>
        {
            Assert.That(recent.Select(p => p.At), Is.EqualTo(new[] { t0.AddMinutes(60), t0.AddMinutes(45), t0.AddMinutes(30) }));
            Assert.That(recent.Select(p => p.Url).Distinct(), Is.EqualTo(new[] { "https://www.muangklaeng.go.th/" }));
            Assert.That((recent[0].Status, recent[0].Ok, recent[0].Error), Is.EqualTo((503, false, (string?)"HTTP 503")));
            Assert.That(recent[1].Error, Is.Null);
        });
    }
}
