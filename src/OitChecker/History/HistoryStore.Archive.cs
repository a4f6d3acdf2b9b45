using System.Data.Common;

namespace OitChecker.History;

public sealed partial class HistoryStore
{
    /// <summary>The archived copy of an evidence URL of a site, or null.</summary>
    public async Task<ArchivedEvidence?> GetArchivedAsync(string site, string url, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, "SELECT site, url, code, sha256, content_type, size, truncated, content, archived_at, run_id FROM evidence_archive WHERE site = @site AND url = @url");
        Db.Add(cmd, "@site", site);
        Db.Add(cmd, "@url", url);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ArchivedEvidence(
            r.GetString(0),
            r.GetString(1),
            r.GetString(2),
            r.GetString(3),
            Db.NullableString(r, 4),
            Db.Long(r, 5),
            Db.Int(r, 6) != 0,
            r.GetFieldValue<byte[]>(7),
            _dialect.ReadTimestamp(r, 8),
            r.GetString(9));
    }

    private async Task UpsertArchiveAsync(DbConnection c, DbTransaction tx, ArchivedEvidence a, CancellationToken cancellationToken)
    {
        await using var cmd = Command(c, """
            INSERT INTO evidence_archive (site, url, code, sha256, content_type, size, truncated, content, archived_at, run_id)
            VALUES (@site, @url, @code, @sha, @type, @size, @trunc, @content, @at, @run)
            ON CONFLICT (site, url) DO UPDATE SET
                code = excluded.code, sha256 = excluded.sha256, content_type = excluded.content_type, size = excluded.size,
                truncated = excluded.truncated, content = excluded.content, archived_at = excluded.archived_at, run_id = excluded.run_id
            """, tx);
        Db.Add(cmd, "@site", a.Site);
        Db.Add(cmd, "@url", a.Url);
        Db.Add(cmd, "@code", a.Code);
        Db.Add(cmd, "@sha", a.Sha256);
        Db.Add(cmd, "@type", a.ContentType);
        Db.Add(cmd, "@size", a.Size);
        Db.Add(cmd, "@trunc", a.Truncated ? 1 : 0);
        Db.Add(cmd, "@content", a.Content);
        Db.Add(cmd, "@at", _dialect.ToDb(a.ArchivedAt));
        Db.Add(cmd, "@run", a.RunId);
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
