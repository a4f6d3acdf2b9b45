using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OitChecker.Testing.Scheduling;

/// <summary>
/// The test ledger a <see cref="LedgerCheckRunner"/> writes into (SQLite or PostgreSQL): every attempt as it
/// starts, and each site's round once, in one transaction under a unique key (site, round) — the property the
/// real history must have. Tests read it back to assert "each site exactly once per round".
/// </summary>
public sealed class Ledger(string spec)
{
    /// <summary>Environment variable a <c>serve</c> child reads the ledger from: <c>sqlite:&lt;path&gt;</c> or <c>postgres:&lt;connection string&gt;</c>.</summary>
    public const string Variable = "OITCHECK_TEST_LEDGER";

    public string Spec { get; } = spec;

    public static Ledger Sqlite(string path) => new("sqlite:" + path);

    public static Ledger Postgres(string connectionString) => new("postgres:" + connectionString);

    public async Task CreateSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await ExecuteAsync(c, null, """
            CREATE TABLE IF NOT EXISTS check_attempts (site TEXT NOT NULL, round_id TEXT NOT NULL, node TEXT NOT NULL, started_ms BIGINT NOT NULL);
            CREATE TABLE IF NOT EXISTS check_rounds (site TEXT NOT NULL, round_id TEXT NOT NULL, node TEXT NOT NULL, pages INTEGER NOT NULL,
                started_ms BIGINT NOT NULL, finished_ms BIGINT NOT NULL, PRIMARY KEY (site, round_id));
            """, cancellationToken);
    }

    public async Task RecordAttemptAsync(string site, string round, string node, DateTimeOffset started, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await ExecuteAsync(c, null, "INSERT INTO check_attempts (site, round_id, node, started_ms) VALUES (@s, @r, @n, @t)", cancellationToken,
            ("@s", site), ("@r", round), ("@n", node), ("@t", started.ToUnixTimeMilliseconds()));
    }

    /// <summary>Records a completed round in one transaction; false when that site's round was already recorded.</summary>
    public async Task<bool> RecordRoundAsync(string site, string round, string node, int pages, DateTimeOffset started, DateTimeOffset finished, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        var rows = await ExecuteAsync(c, tx, """
            INSERT INTO check_rounds (site, round_id, node, pages, started_ms, finished_ms) VALUES (@s, @r, @n, @p, @a, @b)
            ON CONFLICT (site, round_id) DO NOTHING
            """, cancellationToken,
            ("@s", site), ("@r", round), ("@n", node), ("@p", pages), ("@a", started.ToUnixTimeMilliseconds()), ("@b", finished.ToUnixTimeMilliseconds()));
        await tx.CommitAsync(cancellationToken);
        return rows == 1;
    }

    public async Task<IReadOnlyList<LedgerRow>> RoundsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT site, round_id, node, started_ms, finished_ms, pages FROM check_rounds ORDER BY finished_ms", cancellationToken);

    public async Task<IReadOnlyList<LedgerRow>> AttemptsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT site, round_id, node, started_ms, NULL, 0 FROM check_attempts ORDER BY started_ms", cancellationToken);

    private async Task<IReadOnlyList<LedgerRow>> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        var rows = new List<LedgerRow>();
        while (await r.ReadAsync(cancellationToken))
        {
            rows.Add(new LedgerRow(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
                r.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4)),
                Convert.ToInt32(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection c = Spec.StartsWith("sqlite:", StringComparison.Ordinal)
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Spec[7..], DefaultTimeout = 30 }.ToString())
            : Spec.StartsWith("postgres:", StringComparison.Ordinal)
                ? new NpgsqlConnection(Spec[9..])
                : throw new InvalidOperationException($"{Variable} must start with sqlite: or postgres:, got '{Spec}'");
        await c.OpenAsync(cancellationToken);
        return c;
    }

    private static async Task<int> ExecuteAsync(DbConnection c, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>One ledger row: an attempt (no finish) or a recorded round.</summary>
public sealed record LedgerRow(string Site, string Round, string Node, DateTimeOffset Started, DateTimeOffset? Finished, int Pages);
