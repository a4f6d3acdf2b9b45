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
        Directory.CreateDirectory(Path.GetDirectoryName(_db)!);
        await using (var c = new SqliteConnection($"Data Source={_db};Pooling=False"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE crawl_pages (url TEXT PRIMARY KEY); INSERT INTO crawl_pages VALUES ('https://x/');";
            await cmd.ExecuteNonQueryAsync();
        }

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

    protected override HistoryStore NewStore() => HistoryStore.ForSqliteFile(_db, Time);

    protected override HistoryStore SameDatabase() => HistoryStore.ForSqliteFile(_db, Time);

    private static async Task<object?> Scalar(SqliteConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return await cmd.ExecuteScalarAsync();
    }
}
