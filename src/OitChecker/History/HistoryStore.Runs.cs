using System.Data.Common;
using OitChecker.Catalog;
using OitChecker.Running;
using OitChecker.Verdicts;

namespace OitChecker.History;

public sealed partial class HistoryStore
{
    private const string RunColumns =
        "id, site, round_id, run_id, year, started_at, finished_at, status, inconclusive_reason, oit, oit_if_reviews, ita_points, items, passed, failed, manual_review, report_folder";

    private const string ItemColumns =
        "code, division, sub_indicator, verdict, confidence, cost, url, fail_kinds, change, fail_streak, first_failing_at, confirmed, seen";

    /// <summary>
    /// Records a run, its item states and its archived evidence in ONE transaction: a crash leaves either
    /// all of it or none of it. Returns false (and writes nothing) when the run key — site id plus
    /// <see cref="RunRecord.RoundId"/> — is already recorded.
    /// </summary>
    /// <remarks>
    /// Why the run key keeps two nodes from corrupting a shared PostgreSQL history: when the clustered
    /// scheduler fires the same round on two nodes (a misfire recovery, a failover while the first node is
    /// still running), both compute a diff from the same previous run and both try to insert. The unique
    /// constraint on (site, round_id) makes the second <c>INSERT … ON CONFLICT DO NOTHING</c> wait for the
    /// first transaction and then insert nothing, so its transaction rolls back empty. Without the key,
    /// both runs would be stored: item streaks would count one night twice (confirming a flapping gap a
    /// night early), trends would show a phantom run, and divisions would be mailed twice.
    /// </remarks>
    public async Task<bool> RecordRunAsync(RunRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var r = record.Result;
        await using var c = await OpenAsync(cancellationToken);
        await using var tx = await c.BeginTransactionAsync(cancellationToken);
        long runId;
        await using (var cmd = Command(c, """
            INSERT INTO runs (site, round_id, run_id, year, started_at, finished_at, status, inconclusive_reason, oit, oit_if_reviews, ita_points, items, passed, failed, manual_review, report_folder)
            VALUES (@site, @round, @run, @year, @started, @finished, @status, @reason, @oit, @oitr, @ita, @items, @passed, @failed, @review, @folder)
            ON CONFLICT (site, round_id) DO NOTHING
            RETURNING id
            """, tx))
        {
            Db.Add(cmd, "@site", r.Site.Id);
            Db.Add(cmd, "@round", record.RoundId);
            Db.Add(cmd, "@run", r.RunId);
            Db.Add(cmd, "@year", r.Year);
            Db.Add(cmd, "@started", _dialect.ToDb(r.StartedAt));
            Db.Add(cmd, "@finished", _dialect.ToDb(r.FinishedAt));
            Db.Add(cmd, "@status", EnumText.ToText(r.Status));
            Db.Add(cmd, "@reason", r.InconclusiveReason);
            Db.Add(cmd, "@oit", r.Score.Oit);
            Db.Add(cmd, "@oitr", r.Score.OitIfReviewsPass);
            Db.Add(cmd, "@ita", r.Score.ItaPoints);
            Db.Add(cmd, "@items", r.Items.Count);
            Db.Add(cmd, "@passed", r.Items.Count(i => i.Verdict == Verdict.Pass));
            Db.Add(cmd, "@failed", r.Items.Count(i => i.Verdict == Verdict.Fail));
            Db.Add(cmd, "@review", r.Items.Count(i => i.Verdict == Verdict.ManualReview));
            Db.Add(cmd, "@folder", record.ReportFolder);
            var id = await cmd.ExecuteScalarAsync(cancellationToken);
            if (id is null or DBNull)
            {
                await tx.RollbackAsync(cancellationToken);
                HistoryLog.DuplicateRun(_logger, r.RunId, r.Site.Id, record.RoundId);
                return false;
            }

            runId = Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var s in record.States)
        {
            await using var cmd = Command(c, $"INSERT INTO run_items (run, {ItemColumns}) VALUES (@run, @code, @div, @sub, @verdict, @conf, @cost, @url, @kinds, @change, @streak, @first, @confirmed, @seen)", tx);
            Db.Add(cmd, "@run", runId);
            Db.Add(cmd, "@code", s.Code);
            Db.Add(cmd, "@div", s.Division);
            Db.Add(cmd, "@sub", s.SubIndicator);
            Db.Add(cmd, "@verdict", EnumText.ToText(s.Verdict));
            Db.Add(cmd, "@conf", EnumText.ToText(s.Confidence));
            Db.Add(cmd, "@cost", s.Cost);
            Db.Add(cmd, "@url", s.Url);
            Db.Add(cmd, "@kinds", string.Join(",", s.FailKinds.Select(EnumText.ToText)));
            Db.Add(cmd, "@change", EnumText.ToText(s.Change));
            Db.Add(cmd, "@streak", s.FailStreak);
            Db.Add(cmd, "@first", s.FirstFailingAt is { } f ? _dialect.ToDb(f) : null);
            Db.Add(cmd, "@confirmed", s.Confirmed ? 1 : 0);
            Db.Add(cmd, "@seen", s.Seen ? 1 : 0);
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var a in record.Archive)
        {
            await UpsertArchiveAsync(c, tx, a, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        HistoryLog.RecordedRun(_logger, r.RunId, r.Site.Id, record.States.Count, record.Archive.Count);
        return true;
    }

    /// <summary>Item states of the latest conclusive run of a site (the baseline of the next diff), by code.</summary>
    public async Task<IReadOnlyDictionary<string, ItemState>> GetBaselineAsync(string site, CancellationToken cancellationToken = default)
    {
        long? last;
        await using (var c = await OpenAsync(cancellationToken))
        {
            await using var cmd = Command(c, "SELECT id FROM runs WHERE site = @site AND status = @status ORDER BY started_at DESC, id DESC LIMIT 1");
            Db.Add(cmd, "@site", site);
            Db.Add(cmd, "@status", EnumText.ToText(RunStatus.Complete));
            var id = await cmd.ExecuteScalarAsync(cancellationToken);
            last = id is null or DBNull ? null : Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (last is null)
        {
            return new Dictionary<string, ItemState>(StringComparer.OrdinalIgnoreCase);
        }

        var states = await GetItemStatesAsync(last.Value, cancellationToken);
        return states.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Runs of a site, newest first.</summary>
    public async Task<IReadOnlyList<StoredRun>> GetRunsAsync(string site, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, $"SELECT {RunColumns} FROM runs WHERE site = @site ORDER BY started_at DESC, id DESC LIMIT @limit");
        Db.Add(cmd, "@site", site);
        Db.Add(cmd, "@limit", (long)Math.Max(0, limit));
        var list = new List<StoredRun>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(ReadRun(r));
        }

        return list;
    }

    /// <summary>A run by its run id (e.g. 20261125T213000Z-muangklaeng), or null.</summary>
    public async Task<StoredRun?> GetRunAsync(string site, string runId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, $"SELECT {RunColumns} FROM runs WHERE site = @site AND run_id = @run ORDER BY id DESC");
        Db.Add(cmd, "@site", site);
        Db.Add(cmd, "@run", runId);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        return await r.ReadAsync(cancellationToken) ? ReadRun(r) : null;
    }

    /// <summary>The item states stored with a run.</summary>
    public async Task<IReadOnlyList<ItemState>> GetItemStatesAsync(long runId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, $"SELECT {ItemColumns} FROM run_items WHERE run = @run ORDER BY code");
        Db.Add(cmd, "@run", runId);
        var list = new List<ItemState>();
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(ReadItem(r));
        }

        return list;
    }

    /// <summary>Each item's verdicts over the last <paramref name="runs"/> runs (oldest first), for trends.</summary>
    public async Task<IReadOnlyList<ItemTrend>> GetItemTrendsAsync(string site, int runs = 10, CancellationToken cancellationToken = default)
    {
        var recent = (await GetRunsAsync(site, runs, cancellationToken)).Reverse().ToList();
        var byCode = new SortedDictionary<string, List<(string, Verdict, ItemState)>>(ItemCodeComparer.Instance);
        foreach (var run in recent)
        {
            foreach (var s in await GetItemStatesAsync(run.Id, cancellationToken))
            {
                if (!byCode.TryGetValue(s.Code, out var l))
                {
                    byCode[s.Code] = l = [];
                }

                l.Add((run.RunId, s.Verdict, s));
            }
        }

        return byCode.Select(kv => new ItemTrend(kv.Key, kv.Value[^1].Item3.Division, kv.Value.Select(v => (v.Item1, v.Item2)).ToList(), kv.Value[^1].Item3)).ToList();
    }

    /// <summary>Marks a division's weekly digest of a local date as sent; false when it already was.</summary>
    public async Task<bool> TryMarkDigestAsync(string site, string division, DateOnly localDate, string runId, CancellationToken cancellationToken = default)
    {
        await using var c = await OpenAsync(cancellationToken);
        await using var cmd = Command(c, "INSERT INTO mail_digests (site, division, local_date, run_id) VALUES (@site, @div, @date, @run) ON CONFLICT DO NOTHING");
        Db.Add(cmd, "@site", site);
        Db.Add(cmd, "@div", division);
        Db.Add(cmd, "@date", localDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Db.Add(cmd, "@run", runId);
        return await cmd.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private StoredRun ReadRun(DbDataReader r) => new(
        Db.Long(r, 0),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        Db.Int(r, 4),
        _dialect.ReadTimestamp(r, 5),
        _dialect.ReadTimestamp(r, 6),
        EnumText.Parse<RunStatus>(r.GetString(7)),
        Db.NullableString(r, 8),
        Db.Double(r, 9),
        Db.Double(r, 10),
        Db.Double(r, 11),
        Db.Int(r, 12),
        Db.Int(r, 13),
        Db.Int(r, 14),
        Db.Int(r, 15),
        Db.NullableString(r, 16));

    private ItemState ReadItem(DbDataReader r) => new()
    {
        Code = r.GetString(0),
        Division = r.GetString(1),
        SubIndicator = r.GetString(2),
        Verdict = EnumText.Parse<Verdict>(r.GetString(3)),
        Confidence = EnumText.Parse<Confidence>(r.GetString(4)),
        Cost = Db.Double(r, 5),
        Url = Db.NullableString(r, 6),
        FailKinds = r.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(EnumText.Parse<FailKind>).ToList(),
        Change = EnumText.Parse<ItemChange>(r.GetString(8)),
        FailStreak = Db.Int(r, 9),
        FirstFailingAt = r.IsDBNull(10) ? null : _dialect.ReadTimestamp(r, 10),
        Confirmed = Db.Int(r, 11) != 0,
        Seen = Db.Int(r, 12) != 0,
    };
}
