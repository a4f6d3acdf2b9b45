namespace OitChecker.Evidence;

/// <summary>
/// The site as evidence discovery sees it, built in one pass over the page store: every URL's
/// <see cref="PageInfo"/>, the ITA index entries, the links that match some item, and how many pages link
/// to each URL (links on most pages are navigation, not evidence).
/// </summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, PageInfo> _pages;
    private readonly Dictionary<string, int> _inbound;

    internal SiteIndex(
        Dictionary<string, PageInfo> pages,
        Dictionary<string, int> inbound,
        int htmlPages,
        IReadOnlyList<IndexEntry> indexEntries,
        IReadOnlyList<string> indexPages,
        IReadOnlyList<CandidateLink> links)
    {
        _pages = pages;
        _inbound = inbound;
        HtmlPageCount = htmlPages;
        IndexEntries = indexEntries;
        IndexPages = indexPages;
        Links = links;
    }

    public int HtmlPageCount { get; }

    /// <summary>Text and headings repeated on most pages (sidebars, footers): not evidence of any one page.</summary>
    public Boilerplate Boilerplate { get; init; } = new();

    /// <summary>Entries of every ITA/OIT index page found, all years.</summary>
    public IReadOnlyList<IndexEntry> IndexEntries { get; }

    /// <summary>URLs of the pages recognised as ITA/OIT index pages.</summary>
    public IReadOnlyList<string> IndexPages { get; }

    /// <summary>Links whose text or context matched an item's terms.</summary>
    public IReadOnlyList<CandidateLink> Links { get; }

    public IEnumerable<PageInfo> Pages => _pages.Values.Distinct();

    /// <summary>The info of a URL (requested or final), or null when it was not fetched.</summary>
    public PageInfo? Find(string url) => _pages.TryGetValue(url, out var p) ? p : null;

    /// <summary>Number of distinct pages linking to a URL.</summary>
    public int Inbound(string url) => _inbound.TryGetValue(url, out var n) ? n : 0;

    /// <summary>True for URLs linked from a large share of pages: menus, footers, logos.</summary>
    public bool IsNavigation(string url) => HtmlPageCount >= 5 && Inbound(url) > Math.Max(3, HtmlPageCount * 0.3);
}
