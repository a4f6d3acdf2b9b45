namespace OitChecker.Scheduling;

/// <summary>
/// A URL the watch probes, the items whose pinned answer it is, the responsible divisions and who is told
/// about an outage (those divisions' addresses and the site administrators).
/// </summary>
public sealed record ProbeTarget(string Url, IReadOnlyList<string> ItemCodes, IReadOnlyList<string> Divisions, IReadOnlyList<string> Recipients);
