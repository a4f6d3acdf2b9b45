using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Catalog;
using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// A simple, explainable focus from an OIT catalog. Links are ranked: ITA/OIT index pages and links
/// naming an item code ("O23") first (100), links on an ITA/OIT page next (80), then links whose text,
/// row or section matches an item's terms (60) or whose URL matches its URL patterns (50), documents
/// matching an item's document terms (40); everything else is long tail (0). An item is settled once a
/// link that names it (by code or terms) has been fetched, or a fetched page's title or heading names
/// it. Real evidence matching is done later by the evidence stage; this only decides what to fetch first
/// and when the rest may be skipped.
/// </summary>
public sealed partial class CatalogCrawlFocus : ICrawlFocus
{
    private static readonly string[] IndexTerms =
    [
        "การเปิดเผยข้อมูลสาธารณะ", "คุณธรรมและความโปร่งใส", "การประเมินคุณธรรม", "open data integrity", "integrity and transparency",
    ];

    private readonly object _gate = new();
    private readonly List<(CatalogItem Item, string[] Terms, Regex[] Urls, string[] DocTerms)> _items;
    private readonly HashSet<string> _settled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _candidates = new(StringComparer.Ordinal);
    private readonly ILogger _logger;
    private readonly string[] _indexTerms = IndexTerms.Select(ThaiFold.Fold).ToArray();

    public CatalogCrawlFocus(OitCatalog catalog, ILogger<CatalogCrawlFocus>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _items = catalog.Items.Select(i => (
            i,
            i.Find.Terms.Select(ThaiFold.Fold).Where(t => t.Length >= 3).ToArray(),
            i.Find.UrlPatterns.Select(Glob).ToArray(),
            i.Find.DocumentTerms.Select(ThaiFold.Fold).Where(t => t.Length >= 3).ToArray())).ToList();
    }

    /// <summary>Items settled so far.</summary>
    public IReadOnlyCollection<string> Settled
    {
        get
        {
            lock (_gate)
            {
                return _settled.ToList();
            }
        }
    }

    public bool AllSettled
    {
        get
        {
            lock (_gate)
            {
                return _items.Count > 0 && _settled.Count == _items.Count;
            }
        }
    }

    public int Priority(LinkRef link, PageSnapshot foundOn)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(foundOn);
        var raw = string.Join(' ', link.Text, link.Context, link.SectionPath);
        var folded = ThaiFold.Fold(raw);
        var best = 0;
        foreach (Match m in CodeRegex().Matches(raw))
        {
            var code = "O" + m.Groups[1].Value.TrimStart('0');
            if (_items.Any(i => string.Equals(i.Item.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                Candidate(code, link.Url);
                best = 100;
            }
        }

        if (IndexRegex().IsMatch(raw) || _indexTerms.Any(t => ThaiFold.ContainsFolded(folded, t)))
        {
            best = Math.Max(best, 100);
        }

        if (IsIndexPage(foundOn))
        {
            best = Math.Max(best, 80);
        }

        var isDocument = Documents.DocumentSniffer.Claimed(null, link.Url) is not null;
        foreach (var (item, terms, urls, docTerms) in _items)
        {
            var score = terms.Any(t => ThaiFold.ContainsFolded(folded, t)) ? 60
                : urls.Any(u => u.IsMatch(link.Url)) ? 50
                : isDocument && docTerms.Any(t => ThaiFold.ContainsFolded(folded, t)) ? 40
                : 0;
            if (score > 0)
            {
                Candidate(item.Code, link.Url);
                best = Math.Max(best, score);
            }
        }

        return best;
    }

    public void Observe(PageSnapshot page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var head = ThaiFold.Fold((page.Title ?? string.Empty) + " " + string.Join(' ', page.Headings.Take(3)));
        lock (_gate)
        {
            foreach (var (item, terms, _, _) in _items)
            {
                if (_settled.Contains(item.Code))
                {
                    continue;
                }

                var byLink = _candidates.TryGetValue(item.Code, out var urls) && (urls.Contains(page.Url) || urls.Contains(page.FinalUrl));
                var byPage = page.IsUsable && terms.Any(t => ThaiFold.ContainsFolded(head, t));
                if (byLink || byPage)
                {
                    _settled.Add(item.Code);
                    if (_logger.IsEnabled(LogLevel.Debug))
                    {
                        _logger.LogDebug("Item {Code} settled by {Url} ({How})", item.Code, page.Url, byLink ? "a link naming it was fetched" : "the page title names it");
                    }
                }
            }
        }
    }

    public string Describe()
    {
        lock (_gate)
        {
            var open = _items.Select(i => i.Item.Code).Where(c => !_settled.Contains(c)).ToList();
            return $"{_settled.Count}/{_items.Count} items settled" + (open.Count == 0 ? string.Empty : "; open: " + string.Join(", ", open.Take(20)));
        }
    }

    private void Candidate(string code, string url)
    {
        lock (_gate)
        {
            if (!_candidates.TryGetValue(code, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                _candidates[code] = set;
            }

            set.Add(url);
        }
    }

    private bool IsIndexPage(PageSnapshot page)
    {
        var head = (page.Title ?? string.Empty) + " " + string.Join(' ', page.Headings.Take(5));
        var folded = ThaiFold.Fold(head);
        return IndexRegex().IsMatch(head) || _indexTerms.Any(t => ThaiFold.ContainsFolded(folded, t));
    }

    private static Regex Glob(string pattern) =>
        new(Regex.Escape(pattern.Trim()).Replace("\\*", ".*", StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));

    [GeneratedRegex(@"(?<![A-Za-z0-9])[Oo]\s?(\d{1,2})(?!\d)")]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"(?<![A-Za-z])(ITA|OIT)(?![A-Za-z])")]
    private static partial Regex IndexRegex();
}
