namespace OitChecker.Scheduling;

/// <summary>A probe log in memory: for tests and for watching without keeping anything.</summary>
public sealed class InMemoryProbeLog : IProbeLog
{
    private readonly List<ProbeRecord> _probes = [];
    private readonly Lock _gate = new();

    /// <summary>Every probe recorded, oldest first.</summary>
    public IReadOnlyList<ProbeRecord> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _probes];
            }
        }
    }

    public Task RecordAsync(ProbeRecord probe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(probe);
        lock (_gate)
        {
            _probes.Add(probe);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ProbeRecord>> RecentAsync(string site, string url, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ProbeRecord> recent = _probes
                .Where(p => p.Site == site && p.Url == url)
                .OrderByDescending(p => p.At)
                .Take(limit)
                .ToList();
            return Task.FromResult(recent);
        }
    }
}
