namespace OitChecker.Mailing;

/// <summary>What one outbox flush did: messages sent, refused for good, and still waiting.</summary>
public sealed record OutboxFlush(IReadOnlyList<string> Sent, IReadOnlyList<string> Failed, IReadOnlyList<string> Waiting)
{
    public static OutboxFlush Nothing { get; } = new([], [], []);
}
