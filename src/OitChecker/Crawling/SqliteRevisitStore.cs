using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OitChecker.Crawling;

/// <summary>
/// The revisit store in the run-history SQLite database (table <c>crawl_revisits</c>; every table of the crawl is
/// prefixed <c>crawl_</c> so it can share the file with the history tables).
/// </summary>
/// <remarks>
/// Builds up to commit 4d3724e kept these entries in <c>crawl_validators</c> as plain JSON, and fail a whole run
/// on an entry in the compact form that later builds write (after a rolled-back upgrade). So the entries live in
/// a table those builds do not know, and opening the store moves every row found in <c>crawl_validators</c> into
/// it. A row an older build wrote after a rollback replaces ours for the same URL (it is newer, and still reads);
/// an older build run after this one finds its table empty and fetches in full instead of failing.
/// </remarks>
public sealed class SqliteRevisitStore : IRevisitStore, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger _logger;

    /// <summary>Opens (or creates) the table in the database at <paramref name="databasePath"/>.</summary>
    /// <param name="databasePath">The run-history database.</param>
    /// <param name="logger">Where an unreadable entry is reported (it is then treated as absent).</param>
    public SqliteRevisitStore(string databasePath, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        _logger = logger ?? NullLogger.Instance;
        var full = Path.GetFullPath(databasePath);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        _connection.Open();
        using (var wal = _connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }

        using var tx = _connection.BeginTransaction();
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"""
            CREATE TABLE IF NOT EXISTS crawl_revisits ({Columns});
            CREATE TABLE IF NOT EXISTS {LegacyTable} ({Columns});
            SELECT COUNT(*) FROM {LegacyTable};
            """;
        var legacyRows = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (legacyRows > 0)
        {
            cmd.CommandText = $"""
                INSERT INTO crawl_revisits(url, etag, last_modified, content_hash, snapshot, stored_at)
                  SELECT url, etag, last_modified, content_hash, snapshot, stored_at FROM {LegacyTable} WHERE true
                  ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                    content_hash = excluded.content_hash, snapshot = excluded.snapshot, stored_at = excluded.stored_at;
                DELETE FROM {LegacyTable};
                """;
            cmd.ExecuteNonQuery();
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Revisit store {Path}: {Rows} entries moved from {Legacy}, where an older build wrote them", full, legacyRows, LegacyTable);
            }
        }

        tx.Commit();
    }

    /// <summary>The table builds up to commit 4d3724e read; kept empty (see the remarks on the class).</summary>
    internal const string LegacyTable = "crawl_validators";

    private const string Columns = "url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, content_hash TEXT, snapshot BLOB NOT NULL, stored_at TEXT NOT NULL";

    /// <summary>Entries stored.</summary>
    public int Count
    {
        get
        {
            _gate.Wait();
            try
            {
                using var cmd = _connection.CreateCommand();
                cmd.CommandText = "SELECT COUNT(*) FROM crawl_revisits";
                return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    public async ValueTask<RevisitEntry?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "SELECT etag, last_modified, snapshot, stored_at FROM crawl_revisits WHERE url = $u";
            cmd.Parameters.AddWithValue("$u", url);
            using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            if (!await r.ReadAsync(cancellationToken))
            {
                return null;
            }

            PageSnapshot snapshot;
            try
            {
                snapshot = SnapshotJson.Unpack((byte[])r[2]);
            }
            catch (Exception ex) when (ex is InvalidDataException or JsonException)
            {
                // A cache entry, not evidence: a damaged one (a disk error, a row written by a newer version) must
                // not make a live page look broken. The page is fetched in full and its entry written anew.
                _logger.LogWarning("Revisit entry for {Url} cannot be read ({Error}); fetching the page in full", url, ex.Message);
                return null;
            }

            return new RevisitEntry(
                url,
                r.IsDBNull(0) ? null : r.GetString(0),
                r.IsDBNull(1) ? null : r.GetString(1),
                snapshot,
                DateTimeOffset.Parse(r.GetString(3), CultureInfo.InvariantCulture));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask PutAsync(RevisitEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var data = SnapshotJson.Pack(entry.Snapshot);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = """
                INSERT INTO crawl_revisits(url, etag, last_modified, content_hash, snapshot, stored_at)
                VALUES ($u, $e, $l, $h, $s, $t)
                ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                  content_hash = excluded.content_hash, snapshot = excluded.snapshot, stored_at = excluded.stored_at
                """;
            cmd.Parameters.AddWithValue("$u", entry.Url);
            cmd.Parameters.AddWithValue("$e", (object?)entry.ETag ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$l", (object?)entry.LastModified ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$h", (object?)entry.Snapshot.ContentHash ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$s", data);
            cmd.Parameters.AddWithValue("$t", entry.StoredAt.ToString("O", CultureInfo.InvariantCulture));
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask RemoveAsync(string url, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var cmd = _connection.CreateCommand();
            cmd.CommandText = "DELETE FROM crawl_revisits WHERE url = $u";
            cmd.Parameters.AddWithValue("$u", url);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
