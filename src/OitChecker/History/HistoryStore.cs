using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OitChecker.History;

/// <summary>
/// The run history over ADO.NET: runs, item states per run, watch probes, the evidence archive and digest
/// marks. One connection per operation, so the store is safe to share between the nightly job and the watch.
/// SQLite by default (a file per site); PostgreSQL when several scheduler nodes share one history.
/// </summary>
public sealed partial class HistoryStore
{
    private readonly HistoryDialect _dialect;
    private readonly TimeProvider _time;
    private readonly ILogger<HistoryStore> _logger;
    private volatile bool _schemaReady;

    public HistoryStore(HistoryDialect dialect, TimeProvider time, ILogger<HistoryStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        _dialect = dialect;
        _time = time;
        _logger = logger ?? NullLogger<HistoryStore>.Instance;
    }

    /// <summary>The SQL dialect in use.</summary>
    public HistoryDialect Dialect => _dialect;

    /// <summary>A store on a SQLite file (folder and file are created when missing).</summary>
    public static HistoryStore ForSqliteFile(string path, TimeProvider time, ILogger<HistoryStore>? logger = null) =>
        new(SqliteHistoryDialect.ForFile(path), time, logger);

    /// <summary>A store on a PostgreSQL database (Npgsql connection string).</summary>
    public static HistoryStore ForPostgres(string connectionString, TimeProvider time, ILogger<HistoryStore>? logger = null) =>
        new(new PostgresHistoryDialect(connectionString), time, logger);

    /// <summary>Creates or upgrades the schema now (it is otherwise done on first use).</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
    }

    /// <summary>The schema version recorded in the database.</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        return await HistorySchema.CurrentAsync(c, null, cancellationToken);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await _dialect.OnOpenedAsync(connection, cancellationToken);
            if (!_schemaReady)
            {
                // Idempotent and serialised by the database (SQLite write lock, PostgreSQL advisory lock),
                // so two callers racing here only repeat a no-op.
                await HistorySchema.EnsureAsync(connection, _dialect, _time, cancellationToken);
                _schemaReady = true;
                HistoryLog.SchemaReady(_logger, _dialect.Name, HistorySchema.CurrentVersion);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static DbCommand Command(DbConnection c, string sql, DbTransaction? tx = null)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }
}
