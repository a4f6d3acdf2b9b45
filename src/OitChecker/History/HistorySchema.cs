using System.Data.Common;

namespace OitChecker.History;

/// <summary>
/// The history schema, versioned: <c>schema_version</c> records each applied migration, and only
/// migrations above the recorded version run, each in its own transaction under the schema lock, together
/// with its version row: a migration is applied whole or not at all (SQLite and PostgreSQL both roll back DDL).
/// The creating statements are also idempotent (IF NOT EXISTS).
/// Tables have no <c>crawl_</c> prefix: the crawler owns those in the same SQLite file.
/// </summary>
public static class HistorySchema
{
    /// <summary>The schema version this build writes.</summary>
    public const int CurrentVersion = 2;

    private static readonly string[][] Migrations =
    [
        // version 1
        [
            """
            CREATE TABLE IF NOT EXISTS runs (
                id {id},
                site TEXT NOT NULL,
                round_id TEXT NOT NULL,
                run_id TEXT NOT NULL,
                year INTEGER NOT NULL,
                started_at {ts} NOT NULL,
                finished_at {ts} NOT NULL,
                status TEXT NOT NULL,
                inconclusive_reason TEXT NULL,
                oit {real} NOT NULL,
                oit_if_reviews {real} NOT NULL,
                ita_points {real} NOT NULL,
                items INTEGER NOT NULL,
                passed INTEGER NOT NULL,
                failed INTEGER NOT NULL,
                manual_review INTEGER NOT NULL,
                report_folder TEXT NULL,
                CONSTRAINT runs_run_key UNIQUE (site, round_id)
            )
            """,
            "CREATE INDEX IF NOT EXISTS runs_site_started ON runs (site, started_at)",
            """
            CREATE TABLE IF NOT EXISTS run_items (
                run {bigint} NOT NULL REFERENCES runs (id),
                code TEXT NOT NULL,
                division TEXT NOT NULL,
                sub_indicator TEXT NOT NULL,
                verdict TEXT NOT NULL,
                confidence TEXT NOT NULL,
                cost {real} NOT NULL,
                url TEXT NULL,
                fail_kinds TEXT NOT NULL,
                change TEXT NOT NULL,
                fail_streak INTEGER NOT NULL,
                first_failing_at {ts} NULL,
                confirmed INTEGER NOT NULL,
                seen INTEGER NOT NULL,
                PRIMARY KEY (run, code)
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS watch_probes (
                id {id},
                site TEXT NOT NULL,
                url TEXT NOT NULL,
                at {ts} NOT NULL,
                status INTEGER NOT NULL,
                ms {bigint} NOT NULL,
                ok INTEGER NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS watch_probes_site_at ON watch_probes (site, at)",
            """
            CREATE TABLE IF NOT EXISTS evidence_archive (
                site TEXT NOT NULL,
                url TEXT NOT NULL,
                code TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                content_type TEXT NULL,
                size {bigint} NOT NULL,
                truncated INTEGER NOT NULL,
                content {blob} NOT NULL,
                archived_at {ts} NOT NULL,
                run_id TEXT NOT NULL,
                PRIMARY KEY (site, url)
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS mail_digests (
                site TEXT NOT NULL,
                division TEXT NOT NULL,
                local_date TEXT NOT NULL,
                run_id TEXT NOT NULL,
                PRIMARY KEY (site, division, local_date)
            )
            """,
        ],

        // version 2: why a probe failed ("connection refused", "timeout after 10 s"), for the outage mail
        [
            "ALTER TABLE watch_probes ADD COLUMN error TEXT NULL",
        ],
    ];

    /// <summary>Creates or upgrades the schema; safe to call on every open and from several processes.</summary>
    public static async Task EnsureAsync(DbConnection connection, HistoryDialect dialect, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(time);
        for (var version = 1; version <= Migrations.Length; version++)
        {
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            await dialect.LockSchemaAsync(connection, tx, cancellationToken);
            await ExecAsync(connection, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken);
            if (await CurrentAsync(connection, tx, cancellationToken) >= version)
            {
                await tx.CommitAsync(cancellationToken);
                continue;
            }

            foreach (var statement in Migrations[version - 1])
            {
                await ExecAsync(connection, tx, dialect.Ddl(statement), cancellationToken);
            }

            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)";
                Db.Add(cmd, "@v", version);
                Db.Add(cmd, "@at", time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                await cmd.ExecuteNonQueryAsync(cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
        }
    }

    /// <summary>The highest applied version, 0 for an empty database.</summary>
    public static async Task<int> CurrentAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
