namespace OitChecker.Mailing;

/// <summary>How sending retries: attempts after the first, and the first delay (doubled each time).</summary>
public sealed record MailRetry(int Retries, TimeSpan FirstDelay)
{
    /// <summary>3 retries after 2, 4 and 8 seconds.</summary>
    public static MailRetry Default { get; } = new(3, TimeSpan.FromSeconds(2));
}
