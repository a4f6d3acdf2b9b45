using Microsoft.Extensions.Logging;
using OitChecker.Sites;

namespace OitChecker.Mailing;

/// <summary>
/// Delivers composed messages as the site file says: <c>outbox</c> writes .eml files only (samples, a relay
/// that picks them up), <c>smtp</c> queues them in the outbox and flushes it, <c>none</c> sends nothing.
/// A dry run writes .eml files to <c>outbox/dry-run/</c>, which is never sent.
/// </summary>
public sealed class MailDispatcher(Func<MailSettings, IMailTransport> transportFactory, TimeProvider time, ILoggerFactory loggers, MailRetry? retry = null)
{
    private readonly ILogger _logger = loggers.CreateLogger<MailDispatcher>();

    public async Task<MailOutcome> DispatchAsync(IReadOnlyList<ComposedMail> messages, MailSettings settings, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Delivery == MailDelivery.None && !dryRun)
        {
            return MailOutcome.Nothing;
        }

        var outbox = new MailOutbox(settings.Outbox);
        var queued = new List<QueuedMail>();
        foreach (var m in messages)
        {
            var (path, isNew) = dryRun
                ? (await outbox.WriteDryRunAsync(m.Message, cancellationToken), true)
                : await outbox.EnqueueAsync(m.Message, cancellationToken);
            var recipients = m.Message.To.Mailboxes.Select(x => x.Address).ToList();
            queued.Add(new QueuedMail(m.Kind, m.Division, recipients, m.Message.Subject ?? string.Empty, path, isNew));
            var (file, to) = (Path.GetFileName(path), string.Join(", ", recipients));
            MailLog.Queued(_logger, m.Kind, file, to);
        }

        var flush = !dryRun && settings.Delivery == MailDelivery.Smtp
            ? await FlushAsync(settings, cancellationToken)
            : new OutboxFlush([], [], dryRun ? [] : outbox.Pending());
        return new MailOutcome(queued, flush);
    }

    /// <summary>Sends what waits in the outbox of <paramref name="settings"/> (<c>oitcheck mail --flush-outbox</c>).</summary>
    public Task<OutboxFlush> FlushAsync(MailSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sender = new OutboxSender(() => transportFactory(settings), time, loggers.CreateLogger<OutboxSender>(), retry);
        return sender.FlushAsync(new MailOutbox(settings.Outbox), cancellationToken);
    }
}
