namespace OitChecker.History;

public sealed partial class HistoryStore
{
    /// <summary>Longest probe error kept: enough for any network error message, not for an error page.</summary>
    private const int MaxError = 300;

    /// <summary>Records one availability probe (written by the watch).</summary>
    public Task RecordProbeAsync(WatchProbe probe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return RecordProbesAsync([probe], cancellationToken);
    }

    /// <summary>Records several probes in one transaction.</summary>
    public async Task RecordProbesAsync(IReadOnlyCollection<WatchProbe> probes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probes);
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        foreach (var p in probes)
        {
            await using var cmd = Command(c, "INSERT INTO watch_probes (site, url, at, status, ms, ok, error) VALUES (@site, @url, @at, @status, @ms, @ok, @error)", tx);
            Db.Add(cmd, "@site", p.Site);
            Db.Add(cmd, "@url", p.Url);
            Db.Add(cmd, "@at", _dialect.ToDb(p.At));
            Db.Add(cmd, "@status", p.Status);
            Db.Add(cmd, "@ms", p.Milliseconds);
            Db.Add(cmd, "@ok", p.Ok ? 1 : 0);
            Db.Add(cmd, "@error", p.Error is { Length: > MaxError } e ? e[..MaxError] : p.Error);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>The latest <paramref name="limit"/> probes of one URL, newest first (outage detection).</summary>
    public async Task<IReadOnlyList<WatchProbe>> GetRecentProbesAsync(string site, string url, int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, "SELECT at, status, ms, ok, error FROM watch_probes WHERE site = @site AND url = @url ORDER BY at DESC LIMIT @limit");
        Db.Add(cmd, "@site", site);
        Db.Add(cmd, "@url", url);
        Db.Add(cmd, "@limit", limit);
        var list = new List<WatchProbe>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new WatchProbe(site, url, _dialect.ReadTimestamp(r, 0), Db.Int(r, 1), Db.Long(r, 2), Db.Int(r, 3) != 0, Db.NullableString(r, 4)));
        }

        return list;
    }

    /// <summary>
    /// Uptime per URL of a site from the probes in [<paramref name="from"/>, <paramref name="to"/>),
    /// ordered by URL. Empty when the watch recorded nothing in the period.
    /// </summary>
    public async Task<IReadOnlyList<UrlUptime>> GetUptimeAsync(string site, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, """
            SELECT url, COUNT(*), SUM(ok), AVG(ms), MAX(CASE WHEN ok = 0 THEN at END), MAX(at)
            FROM watch_probes
            WHERE site = @site AND at >= @from AND at < @to
            GROUP BY url
            ORDER BY url
            """);
        Db.Add(cmd, "@site", site);
        Db.Add(cmd, "@from", _dialect.ToDb(from));
        Db.Add(cmd, "@to", _dialect.ToDb(to));
        var list = new List<UrlUptime>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var probes = Db.Int(r, 1);
            var up = Db.Int(r, 2);
            list.Add(new UrlUptime(
                r.GetString(0),
                probes,
                up,
                probes == 0 ? 0 : Math.Round(100.0 * up / probes, 2, MidpointRounding.AwayFromZero),
                Math.Round(Db.Double(r, 3), 1, MidpointRounding.AwayFromZero),
                r.IsDBNull(4) ? null : _dialect.ReadTimestamp(r, 4),
                _dialect.ReadTimestamp(r, 5)));
        }

        return list;
    }
}
