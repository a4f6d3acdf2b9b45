namespace OitChecker.Mailing;

/// <summary>What the mailing stage of a publish did.</summary>
public sealed record MailOutcome(IReadOnlyList<QueuedMail> Messages, OutboxFlush Flush)
{
    public static MailOutcome Nothing { get; } = new([], OutboxFlush.Nothing);
}
