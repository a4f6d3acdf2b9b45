namespace OitChecker.Crawling;

/// <summary>
/// HTTP validators (ETag, Last-Modified) and the snapshot of each URL from earlier runs, so the next run
/// can send a conditional request and reuse the stored text, links and document facts on 304. Only
/// good answers are stored: errors are never cached.
/// </summary>
public interface IRevisitStore
{
    /// <summary>The stored entry of a URL, or null.</summary>
    ValueTask<RevisitEntry?> GetAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Stores or replaces the entry of a URL.</summary>
    ValueTask PutAsync(RevisitEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Forgets a URL (it now answers with an error).</summary>
    ValueTask RemoveAsync(string url, CancellationToken cancellationToken = default);
}

/// <summary>A URL's validators and the snapshot they validate.</summary>
public sealed record RevisitEntry(string Url, string? ETag, string? LastModified, PageSnapshot Snapshot, DateTimeOffset StoredAt);
