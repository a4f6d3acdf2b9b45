namespace OitChecker.Crawling;

/// <summary>A progress event for the progress display.</summary>
/// <param name="Fetched">Snapshots stored so far.</param>
/// <param name="Queued">URLs waiting in the frontier.</param>
/// <param name="InFlight">Requests running.</param>
/// <param name="Bytes">Body bytes received.</param>
/// <param name="Requests">HTTP requests sent (retries included).</param>
/// <param name="CurrentUrl">The URL just finished.</param>
public sealed record CrawlProgress(int Fetched, int Queued, int InFlight, long Bytes, int Requests, string? CurrentUrl);
