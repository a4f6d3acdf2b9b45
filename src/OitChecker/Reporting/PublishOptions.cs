using OitChecker.History;
using OitChecker.Mailing;
using OitChecker.Sites;

namespace OitChecker.Reporting;

/// <summary>How <see cref="RunPublisher"/> publishes one run.</summary>
public sealed record PublishOptions
{
    /// <summary>The scheduled round (the scheduler's fire id); null for a manual run (the run id is used). Site + round is the run key.</summary>
    public string? RoundId { get; init; }

    /// <summary>The bytes the crawl fetched for evidence and pinned URLs (for the archive); null archives nothing.</summary>
    public IEvidenceSource? Evidence { get; init; }

    /// <summary>Write .eml files to outbox/dry-run/ instead of delivering (reports and history are still written).</summary>
    public bool DryRun { get; init; }

    /// <summary>The history to use (the clustered scheduler passes its PostgreSQL store); null opens the site's SQLite file.</summary>
    public HistoryStore? History { get; init; }

    /// <summary>Folder that relative paths in the site file (reports, outbox, database) are resolved against; null = current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Creates the SMTP transport; null = MailKit SMTP with the site's settings.</summary>
    public Func<MailSettings, IMailTransport>? Transport { get; init; }

    /// <summary>Retry policy for sending; null = 3 retries from 2 s.</summary>
    public MailRetry? MailRetry { get; init; }

    /// <summary>How many past runs the score trend shows. Default 30.</summary>
    public int TrendRuns { get; init; } = 30;

    /// <summary>The period of watch probes summarised as uptime. Default 30 days.</summary>
    public TimeSpan UptimeWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Called after each report file is written and flushed (test seam for crash tests).</summary>
    public Action<string>? ReportFileWritten { get; init; }
}
