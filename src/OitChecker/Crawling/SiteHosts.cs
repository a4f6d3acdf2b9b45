namespace OitChecker.Crawling;

/// <summary>
/// The hosts whose pages are the agency's own site, canonical (lower case, a Thai name in punycode, no trailing dot):
/// the main host with its www./bare twin, then the extra hosts of the site file. One answer for the crawler (what to
/// crawl) and the rules (what is "on the main website"), however a URL or the site file spells a host.
/// </summary>
public sealed class SiteHosts
{
    private readonly HashSet<string> _main;
    private readonly HashSet<string> _own;

    public SiteHosts(Uri mainUrl, IEnumerable<string> extraHosts)
    {
        ArgumentNullException.ThrowIfNull(mainUrl);
        ArgumentNullException.ThrowIfNull(extraHosts);
        Main = UrlNormalizer.HostOf(mainUrl);
        var hosts = new List<string> { Main };
        if (!System.Net.IPAddress.TryParse(Main, out _) && Main.Contains('.', StringComparison.Ordinal) && Main != "localhost")
        {
            hosts.Add(Main.StartsWith("www.", StringComparison.Ordinal) ? Main[4..] : "www." + Main);
        }

        _main = new HashSet<string>(hosts, StringComparer.Ordinal);
        hosts.AddRange(extraHosts.Select(UrlNormalizer.CanonicalHost));
        All = hosts.Distinct(StringComparer.Ordinal).ToList();
        _own = new HashSet<string>(All, StringComparer.Ordinal);
    }

    /// <summary>The main host, canonical.</summary>
    public string Main { get; }

    /// <summary>The main host first, then its www./bare twin (for a host name), then the extra hosts; no repeats.</summary>
    public IReadOnlyList<string> All { get; }

    /// <summary>The host (any spelling) is the main host or its www./bare twin.</summary>
    public bool IsMain(string host) => _main.Contains(UrlNormalizer.CanonicalHost(host));

    /// <summary>The host (any spelling) is one of the site's own hosts.</summary>
    public bool IsOwn(string host) => _own.Contains(UrlNormalizer.CanonicalHost(host));

    /// <summary>The URL is absolute and on one of the site's own hosts.</summary>
    public bool IsOwnUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var u) && _own.Contains(UrlNormalizer.HostOf(u));
}
