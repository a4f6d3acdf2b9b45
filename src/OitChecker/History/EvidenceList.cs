namespace OitChecker.History;

/// <summary>An <see cref="IEvidenceSource"/> over a list of fetched contents (the orchestrator, tests, the CLI).</summary>
public sealed class EvidenceList : IEvidenceSource
{
    private readonly Dictionary<string, EvidenceContent> _byUrl;

    public EvidenceList(IEnumerable<EvidenceContent> contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        _byUrl = new Dictionary<string, EvidenceContent>(StringComparer.Ordinal);
        foreach (var c in contents)
        {
            _byUrl[c.Url] = c;
        }
    }

    /// <summary>An empty source: nothing is archived and no pinned URL is compared.</summary>
    public static EvidenceList Empty { get; } = new([]);

    public Task<EvidenceContent?> TryGetAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(_byUrl.TryGetValue(url, out var c) ? c : null);
}
