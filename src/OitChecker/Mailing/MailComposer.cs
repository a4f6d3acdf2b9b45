using Microsoft.Extensions.Logging;
using OitChecker.History;
using OitChecker.Reporting;
using OitChecker.Running;

namespace OitChecker.Mailing;

/// <summary>
/// Decides who is mailed after a run. A division is mailed when something changed for it (a new or newly
/// confirmed gap, or a fix; unconfirmed regressions never mail) or on its weekly digest day (once per
/// local date). An inconclusive run mails no division, only the administrators, who also hear about pinned
/// URLs that changed or disappeared.
/// </summary>
public sealed class MailComposer(ILogger<MailComposer> logger)
{
    /// <param name="model">The run's report model.</param>
    /// <param name="csv">The CSV bytes of a division (the attachment is exactly the report file).</param>
    /// <param name="now">When the messages are dated.</param>
    /// <param name="reportPath">Where the full report is, named in the body; null to leave it out.</param>
    /// <param name="markDigest">Marks a division's digest of a local date as sent; false when it already was.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<IReadOnlyList<ComposedMail>> ComposeAsync(
        ReportModel model,
        Func<DivisionReport, Task<byte[]>> csv,
        DateTimeOffset now,
        string? reportPath,
        Func<string, DateOnly, Task<bool>> markDigest,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(markDigest);
        var list = new List<ComposedMail>();
        var admin = AdminMessage.Build(model, now, reportPath);
        if (admin is not null)
        {
            list.Add(new ComposedMail(MailKind.Admin, null, admin));
        }

        if (model.Result.Status == RunStatus.Inconclusive)
        {
            MailLog.InconclusiveNoDivisionMail(logger, model.Result.RunId);
            return list;
        }

        var local = ThaiDates.Local(now, model.Zone);
        var digestDay = model.Site.Mail.Digest == local.DayOfWeek;
        var today = DateOnly.FromDateTime(local.DateTime);
        foreach (var d in model.Divisions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (d.Emails.Count == 0)
            {
                MailLog.NoAddress(logger, d.Slug);
                continue;
            }

            var changed = d.Rows.Any(r => r.State.Change is ItemChange.New or ItemChange.Fixed);
            var digest = digestDay && await markDigest(d.Slug, today);
            if (!changed && !digest)
            {
                continue;
            }

            var kind = changed ? MailKind.Changes : MailKind.Digest;
            list.Add(new ComposedMail(kind, d.Slug, DivisionMessage.Build(model, d, await csv(d), kind, now, reportPath)));
        }

        return list;
    }
}
