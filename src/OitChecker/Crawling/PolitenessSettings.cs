namespace OitChecker.Crawling;

/// <summary>How gently one host is treated: concurrent requests, interval between request starts, adaptation.</summary>
/// <param name="MaxConcurrent">Requests in flight at once (polite default 2).</param>
/// <param name="MinInterval">Minimum time between two request starts (polite default 500 ms).</param>
/// <param name="Adaptive">Slow down when latency or the error rate rises.</param>
/// <param name="MaxInterval">The slowest the adaptation may go.</param>
public sealed record PolitenessSettings(int MaxConcurrent, TimeSpan MinInterval, bool Adaptive, TimeSpan MaxInterval)
{
    /// <summary>2 concurrent requests, 500 ms between starts, adaptive up to 30 s.</summary>
    public static PolitenessSettings Polite { get; } = new(2, TimeSpan.FromMilliseconds(500), true, TimeSpan.FromSeconds(30));

    /// <summary>The highest request rate these settings allow (requests per second), ignoring latency.</summary>
    public double MaxRatePerSecond => MinInterval <= TimeSpan.Zero ? double.PositiveInfinity : 1.0 / MinInterval.TotalSeconds;
}
