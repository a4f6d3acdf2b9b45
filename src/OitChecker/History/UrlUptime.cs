namespace OitChecker.History;

/// <summary>Availability of one URL over a period, from the watch probes.</summary>
public sealed record UrlUptime(string Url, int Probes, int Up, double Percent, double AverageMilliseconds, DateTimeOffset? LastDownAt, DateTimeOffset LastProbeAt);
