using System.Data.Common;

namespace OitChecker.History;

/// <summary>
/// What differs between the SQL engines the run history runs on: how to connect, column types in the
/// schema, how timestamps travel, and how schema creation is serialised. Everything else (queries,
/// <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c>) is the same SQL on SQLite ≥ 3.35 and PostgreSQL.
/// </summary>
public abstract class HistoryDialect
{
    /// <summary>"sqlite" or "postgresql", for logs.</summary>
    public abstract string Name { get; }

    /// <summary>An unopened connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Type of an auto-numbered primary key column, including PRIMARY KEY.</summary>
    public abstract string IdentityColumn { get; }

    /// <summary>Type of a timestamp column.</summary>
    public abstract string TimestampType { get; }

    /// <summary>Type of a floating-point column.</summary>
    public abstract string RealType { get; }

    /// <summary>Type of a 64-bit integer column.</summary>
    public abstract string BigIntType { get; }

    /// <summary>Type of a binary column.</summary>
    public abstract string BlobType { get; }

    /// <summary>Runs once per opened connection (pragmas, session settings).</summary>
    public virtual Task OnOpenedAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Serialises schema migration between processes (inside the migration transaction).</summary>
    public virtual Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The value to bind for a timestamp.</summary>
    public abstract object ToDb(DateTimeOffset value);

    /// <summary>A timestamp read back from column <paramref name="ordinal"/>, in UTC.</summary>
    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>Replaces the type placeholders of a DDL template ({id}, {ts}, {real}, {bigint}, {blob}).</summary>
    public string Ddl(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template
            .Replace("{id}", IdentityColumn, StringComparison.Ordinal)
            .Replace("{ts}", TimestampType, StringComparison.Ordinal)
            .Replace("{real}", RealType, StringComparison.Ordinal)
            .Replace("{bigint}", BigIntType, StringComparison.Ordinal)
            .Replace("{blob}", BlobType, StringComparison.Ordinal);
    }
}
