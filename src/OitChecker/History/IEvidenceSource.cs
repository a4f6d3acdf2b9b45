namespace OitChecker.History;

/// <summary>
/// Gives the archive the bytes the run fetched for an evidence or pinned URL. The orchestrator fills it from
/// the crawl's page store; the archive never fetches anything itself, so reports never cause traffic.
/// </summary>
public interface IEvidenceSource
{
    /// <summary>The content of <paramref name="url"/> as fetched in this run, or null when the run did not fetch it.</summary>
    Task<EvidenceContent?> TryGetAsync(string url, CancellationToken cancellationToken);
}
