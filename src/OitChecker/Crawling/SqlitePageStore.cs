using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace OitChecker.Crawling;

/// <summary>
/// A page store in a SQLite file: each snapshot is one row of compressed JSON, indexed by URL and
/// final URL, read back in the order stored. Memory stays flat however large the site; the file is
/// the run's own (no fsync: a crashed run is simply crawled again), so rows are committed in batches of
/// <see cref="BatchRows"/>: one write of the touched table and index pages per batch instead of per page.
/// </summary>
public sealed class SqlitePageStore : IPageStore, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _connectionString;
    private readonly SqliteCommand _upsert;
    private SqliteTransaction? _batch;
    private int _batched;
    private int _count;
    private long _lastSeq;

    /// <summary>Opens (or creates) the store at <paramref name="path"/>.</summary>
    public SqlitePageStore(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();
        _connection = new SqliteConnection(_connectionString);
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-2000;");
        Execute("""
            CREATE TABLE IF NOT EXISTS pages (
              seq INTEGER PRIMARY KEY AUTOINCREMENT,
              url TEXT NOT NULL UNIQUE,
              final_url TEXT NOT NULL,
              data BLOB NOT NULL);
            CREATE INDEX IF NOT EXISTS pages_final ON pages(final_url);
            """);
        using (var cmd = _connection.CreateCommand())
        {
            cmd.CommandText = "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM pages";
            using var r = cmd.ExecuteReader();
            r.Read();
            _count = r.GetInt32(0);
            _lastSeq = r.GetInt64(1);
        }

        // One statement, prepared once: a URL stored again keeps its place (seq) in the reading order.
        _upsert = _connection.CreateCommand();
        _upsert.CommandText = """
            INSERT INTO pages(url, final_url, data) VALUES ($url, $final, $data)
            ON CONFLICT(url) DO UPDATE SET final_url = excluded.final_url, data = excluded.data
            RETURNING seq
            """;
        _upsert.Parameters.Add("$url", SqliteType.Text);
        _upsert.Parameters.Add("$final", SqliteType.Text);
        _upsert.Parameters.Add("$data", SqliteType.Blob);
    }

    /// <summary>Rows written in one transaction; readers on other connections see them once it commits.</summary>
    public const int BatchRows = 64;

    /// <summary>The database file.</summary>
    public string Path { get; }

    public int Count => Volatile.Read(ref _count);

    public async ValueTask AddAsync(PageSnapshot page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var data = SnapshotJson.Pack(page);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _upsert.Transaction = _batch ??= _connection.BeginTransaction();
            _upsert.Parameters[0].Value = page.Url;
            _upsert.Parameters[1].Value = page.FinalUrl;
            _upsert.Parameters[2].Value = data;
            var seq = Convert.ToInt64(_upsert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (seq > _lastSeq)
            {
                // AUTOINCREMENT only grows: a seq above every earlier one is a new row, not an update.
                _lastSeq = seq;
                Interlocked.Increment(ref _count);
            }

            if (++_batched >= BatchRows)
            {
                CommitBatch();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<PageSnapshot?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = _batch;
            cmd.CommandText = "SELECT data FROM pages WHERE url = $u UNION ALL SELECT data FROM (SELECT data FROM pages WHERE final_url = $u ORDER BY seq LIMIT 1) LIMIT 1";
            cmd.Parameters.AddWithValue("$u", url);
            var data = await cmd.ExecuteScalarAsync(cancellationToken) as byte[];
            return data is null ? null : SnapshotJson.Unpack(data);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<PageSnapshot> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The reading connection sees committed rows only: commit what is pending first.
        await _gate.WaitAsync(cancellationToken);
        try
        {
            CommitBatch();
        }
        finally
        {
            _gate.Release();
        }

        using var reader = new SqliteConnection(_connectionString);
        await reader.OpenAsync(cancellationToken);
        using var cmd = reader.CreateCommand();
        cmd.CommandText = "SELECT data FROM pages ORDER BY seq";
        using var rows = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            yield return SnapshotJson.Unpack((byte[])rows[0]);
        }
    }

    public void Dispose()
    {
        try
        {
            CommitBatch();
        }
        finally
        {
            _upsert.Dispose();
            _connection.Dispose();
            _gate.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Commits the open batch, if any (callers hold the gate, or are disposing).</summary>
    private void CommitBatch()
    {
        if (_batch is null)
        {
            return;
        }

        _batch.Commit();
        _batch.Dispose();
        _batch = null;
        _batched = 0;
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
