using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OitChecker.History;

/// <summary>
/// SQLite (the default): one file per site, shared with the crawler's <c>crawl_*</c> tables. WAL mode lets
/// readers (the CLI, the report) work while a run writes, and a transaction that never committed — a
/// killed process — is rolled back from the WAL on the next open. Timestamps are fixed-width UTC text,
/// so they sort and compare as strings.
/// </summary>
public sealed class SqliteHistoryDialect(string connectionString) : HistoryDialect
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>A dialect for a database file (created with its folder when missing).</summary>
    public static SqliteHistoryDialect ForFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        };
        return new SqliteHistoryDialect(builder.ToString());
    }

    public override string Name => "sqlite";

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string TimestampType => "TEXT";

    public override string RealType => "REAL";

    public override string BigIntType => "INTEGER";

    public override string BlobType => "BLOB";

    public override DbConnection CreateConnection() => new SqliteConnection(connectionString);

    public override async Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;";
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    public override object ToDb(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateTimeOffset.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
