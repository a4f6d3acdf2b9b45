namespace OitChecker.History;

/// <summary>
/// One availability probe of a URL by the watch: when, the HTTP status (0 for a network error), how long, whether
/// it counts as up, and for a failure what went wrong ("connection refused", "timeout after 10 s").
/// </summary>
public sealed record WatchProbe(string Site, string Url, DateTimeOffset At, int Status, long Milliseconds, bool Ok, string? Error = null);
