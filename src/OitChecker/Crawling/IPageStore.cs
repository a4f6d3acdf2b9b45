namespace OitChecker.Crawling;

/// <summary>
/// The per-run store of page snapshots. The crawler streams snapshots in; later stages read them back,
/// so memory does not grow with the size of the site. Implementations: <see cref="InMemoryPageStore"/>
/// (tests, small sites) and a file-backed store for real runs.
/// </summary>
public interface IPageStore
{
    /// <summary>Number of snapshots stored.</summary>
    int Count { get; }

    /// <summary>Adds or replaces the snapshot of a URL.</summary>
    ValueTask AddAsync(PageSnapshot page, CancellationToken cancellationToken = default);

    /// <summary>The snapshot of a URL (requested or final), or null.</summary>
    ValueTask<PageSnapshot?> GetAsync(string url, CancellationToken cancellationToken = default);

    /// <summary>Every snapshot, in the order stored.</summary>
    IAsyncEnumerable<PageSnapshot> ReadAllAsync(CancellationToken cancellationToken = default);
}
