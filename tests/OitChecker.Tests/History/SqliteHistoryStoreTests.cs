using Microsoft.Data.Sqlite;
using OitChecker.History;
using OitChecker.Testing;

namespace OitChecker.Tests.History;

[TestFixture]
public sealed class SqliteHistoryStoreTests : HistoryStoreContract
{
    private string _dir = string.Empty;
    private string _db = string.Empty;

    [SetUp]
    public void SetUp()
    {
        _dir = RepoPaths.NewTempDirectory("oit-history");
        _db = Path.Combine(_dir, "data", "muangklaeng.db");
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task InitializeAsync_FileBeside_CrawlerTables_UsesWalAndLeavesCrawlTablesAlone()
    {
        // Given a database file the crawler already uses
        await WriteFileAsync("CREATE TABLE crawl_pages (url TEXT PRIMARY KEY); INSERT INTO crawl_pages VALUES ('https://x/');");

        // When
        await NewStore().InitializeAsync();

        // Then
        await using var check = new SqliteConnection($"Data Source={_db};Pooling=False");
        await check.OpenAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await Scalar(check, "PRAGMA journal_mode"), Is.EqualTo("wal"));
            Assert.That(await Scalar(check, "SELECT COUNT(*) FROM crawl_pages"), Is.EqualTo(1L));
            Assert.That(await Scalar(check, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('runs','run_items','watch_probes','evidence_archive','mail_digests','schema_version')"), Is.EqualTo(6L));
        });
    }

    [Test]
    public async Task InitializeAsync_VersionOneFile_AddsTheProbeErrorColumnAndKeepsTheProbes()
    {
        // Given a history file written by a build with schema version 1 (no probe error column), holding a probe
        await WriteFileAsync("""
            CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);
            INSERT INTO schema_version VALUES (1, '2026-11-01T00:00:00Z');
            CREATE TABLE watch_probes (id INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT NULL, url TEXT NOT NULL,
                at TEXT NOT NULL, status INTEGER NOT NULL, ms INTEGER NOT NULL, ok INTEGER NOT NULL);
            INSERT INTO watch_probes (site, url, at, status, ms, ok) VALUES ('muangklaeng', 'https://x/', '2026-11-01T00:00:00.000Z', 503, 20, 0);
            """);

        // When this build opens it and records a failed probe with its reason
        var store = NewStore();
        await store.InitializeAsync();
        await store.RecordProbeAsync(new WatchProbe("muangklaeng", "https://x/", new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero), 0, 5, false, "Connection refused"));

        // Then the old probe is still there (without a reason) and the new one has its reason
        var recent = await store.GetRecentProbesAsync("muangklaeng", "https://x/", 5);
        Assert.Multiple(async () =>
        {
            Assert.That(await store.SchemaVersionAsync(), Is.EqualTo(2));
            Assert.That(recent.Select(p => (p.Status, p.Error)), Is.EqualTo(new[] { (0, (string?)"Connection refused"), (503, (string?)null) }));
        });
    }

    protected override HistoryStore NewStore() => HistoryStore.ForSqliteFile(_db, Time);

    protected override HistoryStore SameDatabase() => HistoryStore.ForSqliteFile(_db, Time);

    /// <summary>Runs <paramref name="sql"/> on the test's database file, as another program would have left it.</summary>
    private async Task WriteFileAsync(string sql)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db)!);
        await using var c = new SqliteConnection($"Data Source={_db};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }
}
