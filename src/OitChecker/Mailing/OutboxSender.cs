using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;
using Polly;
using Polly.Retry;

namespace OitChecker.Mailing;

/// <summary>
/// Sends what waits in the outbox, oldest first. Transient failures (connection refused, timeouts, 4xx)
/// are retried with exponential backoff; if the server stays unreachable the flush stops and every message
/// stays queued for the next run. A message leaves the outbox only after the server accepted it (moved to
/// sent/) or refused it for good with a 5xx (moved to failed/). Between "accepted" and "moved" a crash could
/// repeat one message; its stable Message-Id lets the receiving side drop the copy.
/// </summary>
public sealed class OutboxSender(Func<IMailTransport> transportFactory, TimeProvider time, ILogger<OutboxSender> logger, MailRetry? retry = null)
{
    private readonly MailRetry _retry = retry ?? MailRetry.Default;

    public async Task<OutboxFlush> FlushAsync(MailOutbox outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var pending = outbox.Pending();
        if (pending.Count == 0)
        {
            return OutboxFlush.Nothing;
        }

        var pipeline = BuildPipeline();
        var sent = new List<string>();
        var failed = new List<string>();
        await using var transport = transportFactory();
        foreach (var file in pending)
        {
            var message = await MimeMessage.LoadAsync(file, cancellationToken);
            try
            {
                await pipeline.ExecuteAsync(async ct => await transport.SendAsync(message, ct), cancellationToken);
                sent.Add(outbox.MarkSent(file));
                var (name, recipients) = (Path.GetFileName(file), string.Join(", ", message.To.Mailboxes.Select(m => m.Address)));
                MailLog.Sent(logger, name, recipients);
            }
            catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
            {
                failed.Add(outbox.MarkFailed(file));
                var (name, status) = (Path.GetFileName(file), (int)ex.StatusCode);
                MailLog.Refused(logger, name, status, ex.Message);
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                var waiting = outbox.Pending();
                MailLog.ServerUnavailable(logger, waiting.Count, ex.Message);
                return new OutboxFlush(sent, failed, waiting);
            }
        }

        return new OutboxFlush(sent, failed, outbox.Pending());
    }

    private ResiliencePipeline BuildPipeline() => _retry.Retries <= 0
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _retry.Retries,
                Delay = _retry.FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                OnRetry = a =>
                {
                    MailLog.Retrying(logger, a.AttemptNumber + 1, a.RetryDelay, a.Outcome.Exception?.Message ?? "unknown");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    private static bool IsTransient(Exception ex) => ex switch
    {
        SmtpCommandException c => (int)c.StatusCode is >= 400 and < 500,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException or TimeoutException => true,
        MailKit.Security.SslHandshakeException => true,
        _ => false,
    };
}
