namespace OitChecker.Crawling;

/// <summary>
/// The priority frontier: one queue per host, ordered by must-fetch first, then focus interest, then
/// depth (breadth first), then discovery order. Dequeuing skips hosts that have no room, so one slow host
/// never stalls the others. Used by the crawl loop only (not thread-safe).
/// </summary>
internal sealed class Frontier
{
    private readonly Dictionary<string, PriorityQueue<FrontierItem, (int, int, int, long)>> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private long _seq;

    public int Count { get; private set; }

    /// <summary>Items still queued that are not must-fetch (what a focused or limited stop leaves behind).</summary>
    public int Optional { get; private set; }

    public void Enqueue(FrontierItem item)
    {
        if (!_byHost.TryGetValue(item.Host, out var q))
        {
            q = new PriorityQueue<FrontierItem, (int, int, int, long)>();
            _byHost[item.Host] = q;
        }

        q.Enqueue(item, (item.Must ? 0 : 1, -item.Interest, item.Depth, _seq++));
        Count++;
        if (!item.Must)
        {
            Optional++;
        }
    }

    /// <summary>The best item whose host has room and that <paramref name="allowed"/> accepts.</summary>
    public bool TryDequeue(Func<string, bool> hostHasRoom, Func<FrontierItem, bool> allowed, out FrontierItem item)
    {
        item = null!;
        PriorityQueue<FrontierItem, (int, int, int, long)>? best = null;
        (int, int, int, long) bestKey = default;
        foreach (var (host, q) in _byHost)
        {
            if (q.Count == 0 || !hostHasRoom(host) || !q.TryPeek(out var head, out var key) || !allowed(head))
            {
                continue;
            }

            if (best is null || key.CompareTo(bestKey) < 0)
            {
                best = q;
                bestKey = key;
            }
        }

        if (best is null)
        {
            return false;
        }

        item = best.Dequeue();
        Count--;
        if (!item.Must)
        {
            Optional--;
        }

        return true;
    }
}
