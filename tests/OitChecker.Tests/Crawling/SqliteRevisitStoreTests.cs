using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using OitChecker.Crawling;
using OitChecker.Testing;

namespace OitChecker.Tests.Crawling;

/// <summary>
/// The revisit store's table and the builds before it: up to commit 4d3724e, entries were read from
/// <c>crawl_validators</c> as plain JSON, and one entry in the compact form failed those builds' whole run
/// (measured: exit 4, "the main page could not be fetched"). Real SQLite files throughout.
/// </summary>
[TestFixture]
public sealed class SqliteRevisitStoreTests
{
    private const string OldSchema = "CREATE TABLE crawl_validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, content_hash TEXT, snapshot BLOB NOT NULL, stored_at TEXT NOT NULL)";

    [Test]
    public async Task Open_RowsInTheOldTable_MovedAndStillRead_OldTableLeftEmpty()
    {
        // Given a history written by an older build (plain JSON) and by stop-13/14 builds (compact form), both in the old table
        var database = Path.Combine(RepoPaths.NewTempDirectory("revisit-move"), "history.db");
        await ExecAsync(database, OldSchema);
        await InsertOldAsync(database, "http://x/plain", "\"p1\"", PlainJson("http://x/plain", "ข้อมูลเดิม ปี ๒๕๖๕"));
        await InsertOldAsync(database, "http://x/compact", "\"c1\"", SnapshotJson.Pack(Snapshot("http://x/compact", "ประกาศจัดซื้อจัดจ้าง")));

        // When
        using var store = new SqliteRevisitStore(database);
        var plain = await store.GetAsync("http://x/plain");
        var compact = await store.GetAsync("http://x/compact");

        // Then
        Assert.Multiple(async () =>
        {
            Assert.That(plain!.Snapshot.Text, Is.EqualTo("ข้อมูลเดิม ปี ๒๕๖๕"));
            Assert.That(plain.ETag, Is.EqualTo("\"p1\""));
            Assert.That(compact!.Snapshot.Text, Is.EqualTo("ประกาศจัดซื้อจัดจ้าง"));
            Assert.That(store.Count, Is.EqualTo(2));
            Assert.That(await CountOldAsync(database), Is.Zero, "an older build reading the old table finds nothing it cannot read");
        });
    }

    [Test]
    public async Task Put_NeverWritesTheOldTable()
    {
        var database = Path.Combine(RepoPaths.NewTempDirectory("revisit-put"), "history.db");
        using (var store = new SqliteRevisitStore(database))
        {
            await store.PutAsync(new RevisitEntry("http://x/a", "\"v1\"", null, Snapshot("http://x/a", "หน้าแรก"), DateTimeOffset.UnixEpoch));
        }

        using var reopened = new SqliteRevisitStore(database);
        Assert.Multiple(async () =>
        {
            Assert.That(await CountOldAsync(database), Is.Zero);
            Assert.That((await reopened.GetAsync("http://x/a"))!.Snapshot.Text, Is.EqualTo("หน้าแรก"));
        });
    }

    [Test]
    public async Task Open_AfterARollback_TheOlderBuildsNewerRowReplacesOurs()
    {
        // Given our entry, then an older build run after a rollback that fetched the page anew and wrote its own row
        var database = Path.Combine(RepoPaths.NewTempDirectory("revisit-rollback"), "history.db");
        using (var store = new SqliteRevisitStore(database))
        {
            await store.PutAsync(new RevisitEntry("http://x/a", "\"v1\"", null, Snapshot("http://x/a", "ฉบับแรก"), DateTimeOffset.UnixEpoch));
        }

        await InsertOldAsync(database, "http://x/a", "\"v2\"", PlainJson("http://x/a", "ฉบับแก้ไข"));

        // When the upgraded build opens the store again
        using var upgraded = new SqliteRevisitStore(database);
        var entry = await upgraded.GetAsync("http://x/a");

        // Then the newer row (the older build's) is what a conditional request is sent with
        Assert.Multiple(async () =>
        {
            Assert.That(entry!.ETag, Is.EqualTo("\"v2\""));
            Assert.That(entry.Snapshot.Text, Is.EqualTo("ฉบับแก้ไข"));
            Assert.That(upgraded.Count, Is.EqualTo(1));
            Assert.That(await CountOldAsync(database), Is.Zero);
        });
    }

    private static PageSnapshot Snapshot(string url, string text) =>
        new() { Url = url, FinalUrl = url, Kind = ResourceKind.Html, Status = 200, Text = text, Title = "หน้า" };

    /// <summary>A snapshot as builds before the compact form stored it: gzip-compressed JSON with the text inside.</summary>
    private static byte[] PlainJson(string url, string text)
    {
        var json = $$"""{"Url":"{{url}}","FinalUrl":"{{url}}","Status":200,"Text":"{{text}}","Title":"หน้า"}""";
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(json));
        }

        return ms.ToArray();
    }

    /// <summary>Writes a row the way builds up to 4d3724e did (their UPSERT into the old table).</summary>
    private static Task InsertOldAsync(string database, string url, string etag, byte[] snapshot) =>
        ExecAsync(
            database,
            """
            INSERT INTO crawl_validators(url, etag, last_modified, content_hash, snapshot, stored_at) VALUES ($u, $e, NULL, NULL, $s, $t)
            ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, snapshot = excluded.snapshot, stored_at = excluded.stored_at
            """,
            ("$u", url),
            ("$e", etag),
            ("$s", snapshot),
            ("$t", DateTimeOffset.UnixEpoch.AddDays(1).ToString("O", CultureInfo.InvariantCulture)));

    private static async Task<long> CountOldAsync(string database)
    {
        await using var connection = await OpenAsync(database);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COUNT(*) FROM crawl_validators";
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private static async Task ExecAsync(string database, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(database);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
