using Microsoft.Extensions.Logging;

namespace OitChecker.Scheduling;

/// <summary>
/// The notifier until the mailer is bound: writes each outage start and end to the log (a warning and an
/// information event with the URL, items, divisions and the recipients who would be mailed).
/// </summary>
public sealed class LoggingOutageNotifier(ILogger<LoggingOutageNotifier> logger) : IOutageNotifier
{
    public Task NotifyAsync(OutageNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var recipients = string.Join(", ", notice.Recipients);
        if (notice.Change == OutageChange.Started)
        {
            SchedulingLog.OutageStarted(logger, notice.SiteId, notice.Url, string.Join(", ", notice.ItemCodes), string.Join(", ", notice.Divisions),
                notice.DownSince, notice.FailedProbes, notice.LastError, recipients);
        }
        else
        {
            SchedulingLog.OutageEnded(logger, notice.SiteId, notice.Url, notice.UpAt, notice.Duration, notice.FailedProbes, recipients);
        }

        return Task.CompletedTask;
    }
}
