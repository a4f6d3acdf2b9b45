namespace OitChecker.Crawling;

/// <summary>
/// Which pages link to which URL, kept only as long as it matters: references to a URL are collected
/// until it is fetched; a good URL then forgets them, a broken one keeps them (every page it was found
/// on) and collects further ones. Memory therefore grows with the broken links, not with the site.
/// </summary>
internal sealed class LinkGraph
{
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="page"/> links to <paramref name="url"/>.</summary>
    public void AddReference(string url, string page)
    {
        if (!_states.TryGetValue(url, out var s))
        {
            s = new State();
            _states[url] = s;
        }

        if (s.Ok)
        {
            return;
        }

        s.FoundOn ??= [];
        if (s.FoundOn.Count == 0 || s.FoundOn[^1] != page)
        {
            if (!s.FoundOn.Contains(page))
            {
                s.FoundOn.Add(page);
            }
        }
    }

    /// <summary>Records the outcome of a URL: good (references dropped) or broken.</summary>
    public void Resolve(string url, BrokenLink? broken)
    {
        if (!_states.TryGetValue(url, out var s))
        {
            s = new State();
            _states[url] = s;
        }

        if (broken is null)
        {
            s.Ok = true;
            s.FoundOn = null;
        }
        else
        {
            s.Broken = broken;
        }
    }

    /// <summary>Every broken link with every page it was found on, sorted by URL.</summary>
    public List<BrokenLink> BrokenLinks() =>
        _states.Where(kv => kv.Value.Broken is not null)
            .Select(kv => kv.Value.Broken! with { FoundOn = (kv.Value.FoundOn ?? []).Order(StringComparer.Ordinal).ToList() })
            .OrderBy(b => b.Url, StringComparer.Ordinal)
            .ToList();

    private sealed class State
    {
        public bool Ok { get; set; }

        public BrokenLink? Broken { get; set; }

        public List<string>? FoundOn { get; set; }
    }
}
