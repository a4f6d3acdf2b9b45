using Microsoft.Extensions.Logging;

namespace OitChecker.Mailing;

/// <summary>The mailing stage's log messages (source-generated message templates).</summary>
internal static partial class MailLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {File} to {Recipients}")]
    public static partial void Sent(ILogger logger, string file, string recipients);

    [LoggerMessage(Level = LogLevel.Error, Message = "The server refused {File} for good ({Status}: {Error}); moved to failed/")]
    public static partial void Refused(ILogger logger, string file, int status, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail server unavailable ({Error}); {Waiting} messages stay in the outbox for the next run")]
    public static partial void ServerUnavailable(ILogger logger, int waiting, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail attempt {Attempt} in {Delay}: {Error}")]
    public static partial void Retrying(ILogger logger, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Kind} mail {File} for {Recipients}")]
    public static partial void Queued(ILogger logger, MailKind kind, string file, string recipients);

    [LoggerMessage(Level = LogLevel.Information, Message = "Division {Division} has no e-mail address; its report is not mailed")]
    public static partial void NoAddress(ILogger logger, string division);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} is inconclusive: no division is mailed, only the administrators")]
    public static partial void InconclusiveNoDivisionMail(ILogger logger, string runId);
}
