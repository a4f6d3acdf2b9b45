namespace OitChecker.Scheduling;

/// <summary>
/// One availability probe of a URL: when, the final HTTP status (0 for a network error or timeout), how long
/// it took, whether it counts as up (2xx after redirects) and, when down, why. The same shape as the history's
/// <c>watch_probes</c> row plus the error text.
/// </summary>
public sealed record ProbeRecord(string Site, string Url, DateTimeOffset At, int Status, long Milliseconds, bool Ok, string? Error = null);
