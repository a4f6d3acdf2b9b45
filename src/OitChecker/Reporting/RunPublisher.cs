using Microsoft.Extensions.Logging;
using OitChecker.Catalog;
using OitChecker.History;
using OitChecker.Mailing;
using OitChecker.Running;
using OitChecker.Sites;

namespace OitChecker.Reporting;

/// <summary>
/// What the orchestrator calls after the verdicts: diff against the history with flap damping, compare
/// pinned URLs with the evidence archive, write the report folder (staged, then committed atomically),
/// record the run in one transaction, and mail the divisions and administrators.
/// Order matters for crash safety: the report is fully written before the history commit, and the folder
/// becomes visible (and <c>latest</c> moves) only after it; mail is queued in the outbox last.
/// </summary>
public sealed class RunPublisher(TimeProvider time, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<RunPublisher>();

    public async Task<PublishResult> PublishAsync(RunResult result, SiteConfig site, OitCatalog catalog, PublishOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        var paths = SitePaths.For(site, options.WorkingDirectory);
        var store = options.History ?? HistoryStore.ForSqliteFile(paths.Database, time, loggers.CreateLogger<HistoryStore>());

        // 1. Diff and archive (reads only).
        var baseline = await store.GetBaselineAsync(site.Id, cancellationToken);
        var states = RunDiffer.Diff(result, baseline, site.Reports.FlapDamping);
        var archiver = new EvidenceArchiver(store, time, loggers.CreateLogger<EvidenceArchiver>());
        var archive = await archiver.CheckAsync(result, site, options.Evidence ?? EvidenceList.Empty, site.Reports.ArchiveMaxBytes, cancellationToken);
        var written = result with { Findings = result.Findings.Concat(archive.Findings).ToList() };

        // 2. The report, staged.
        var past = await store.GetRunsAsync(site.Id, Math.Max(1, options.TrendRuns - 1), cancellationToken);
        var model = await ModelAsync(written, site, catalog, states, past, store, options, cancellationToken);
        var folders = new ReportFolders(paths.Reports, site.Id, time, _logger);
        // The newest recorded runs (read for the trend) name the folders a crash may have left unrenamed.
        var recordedFolders = past.Select(r => r.ReportFolder).OfType<string>().ToHashSet(StringComparer.Ordinal);
        using var staged = folders.Stage(result.StartedAt, recordedFolders.Contains);
        staged.FileWritten = options.ReportFileWritten;
        await ReportSet.WriteAsync(staged, model, cancellationToken);

        // 3. History, in one transaction; refused when another node already recorded this round. A dry run is a
        //    rehearsal: it leaves the history alone, so the next real run still sees (and mails) every change.
        var record = new RunRecord(written, options.RoundId ?? result.RunId, states, staged.Name, archive.ToArchive);
        if (options.DryRun)
        {
            ReportLog.DryRunNotRecorded(_logger, result.RunId, site.Id);
        }
        else if (!await store.RecordRunAsync(record, cancellationToken))
        {
            ReportLog.AlreadyPublished(_logger, result.RunId, site.Id);
            return new PublishResult(false, null, written, states, MailOutcome.Nothing);
        }

        // 4. Make it visible; latest moves last.
        var folder = staged.Commit();

        // 5. Mail.
        var composer = new MailComposer(loggers.CreateLogger<MailComposer>());
        var now = time.GetUtcNow();
        var messages = await composer.ComposeAsync(
            model,
            d => File.ReadAllBytesAsync(Path.Combine(folder, d.CsvFileName), cancellationToken),
            now,
            Path.Combine(folder, ReportSet.HtmlFile),
            (division, date) => options.DryRun ? Task.FromResult(true) : store.TryMarkDigestAsync(site.Id, division, date, result.RunId, cancellationToken),
            cancellationToken);
        var dispatcher = new MailDispatcher(options.Transport ?? (m => new SmtpMailTransport(m)), time, loggers, options.MailRetry);
        var mail = await dispatcher.DispatchAsync(messages, site.Mail with { Outbox = paths.Outbox }, options.DryRun, cancellationToken);
        ReportLog.Published(_logger, result.RunId, site.Id, folder, mail.Messages.Count);
        return new PublishResult(!options.DryRun, folder, written, states, mail);
    }

    private async Task<ReportModel> ModelAsync(
        RunResult result, SiteConfig site, OitCatalog catalog, IReadOnlyList<ItemState> states, IReadOnlyList<StoredRun> past, HistoryStore store,
        PublishOptions options, CancellationToken ct)
    {
        var current = new StoredRun(
            0, site.Id, options.RoundId ?? result.RunId, result.RunId, result.Year, result.StartedAt, result.FinishedAt, result.Status, result.InconclusiveReason,
            result.Score.Oit, result.Score.OitIfReviewsPass, result.Score.ItaPoints, result.Items.Count, 0, 0, 0, null);
        var now = time.GetUtcNow();
        return new ReportModel
        {
            Result = result,
            Site = site,
            Catalog = catalog,
            States = states.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase),
            Trend = past.Reverse().Append(current).ToList(),
            Uptime = await store.GetUptimeAsync(site.Id, now - options.UptimeWindow, now.AddTicks(1), ct),
            Zone = ThaiDates.Zone(site.Schedule.TimeZone),
        };
    }
}
