using OitChecker.Catalog;
using OitChecker.Text;

namespace OitChecker.Evidence;

/// <summary>
/// An item's find terms, folded once (see <see cref="ThaiFold"/>): matches link texts, headings, titles and
/// URLs, and rejects texts that carry a neighbouring item's marker (find.exclude).
/// </summary>
public sealed class ItemMatcher
{
    private readonly (string Folded, string Original)[] _terms;
    private readonly string[] _exclude;
    private readonly string[] _urlPatterns;
    private readonly (string Folded, string Original)[] _documentTerms;

    public ItemMatcher(CatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        Item = item;
        _terms = item.Find.Terms.Append(item.TitleTh)
            .Select(t => (ThaiFold.Fold(t), t))
            .Where(t => t.Item1.Length >= 2)
            .Distinct()
            .OrderByDescending(t => t.Item1.Length)
            .ToArray();
        _exclude = item.Find.Exclude.Select(ThaiFold.Fold).Where(t => t.Length > 0).ToArray();
        _urlPatterns = item.Find.UrlPatterns.Select(p => p.ToLowerInvariant()).Where(p => p.Length > 0).ToArray();
        _documentTerms = item.Find.DocumentTerms.Concat(item.Find.Terms).Append(item.TitleTh)
            .Select(t => (ThaiFold.Fold(t), t))
            .Where(t => t.Item1.Length >= 4)
            .Distinct()
            .ToArray();
    }

    public CatalogItem Item { get; }

    /// <summary>The longest find term contained in the folded text (null when none, or when an exclude term is present).</summary>
    public string? MatchFolded(string foldedText)
    {
        if (foldedText.Length == 0 || _exclude.Any(e => ThaiFold.ContainsFolded(foldedText, e)))
        {
            return null;
        }

        foreach (var (folded, original) in _terms)
        {
            if (ThaiFold.ContainsFolded(foldedText, folded))
            {
                return original;
            }
        }

        return null;
    }

    /// <summary>The longest find term in the text (folded here), or null.</summary>
    public string? Match(string? text) => MatchFolded(ThaiFold.Fold(text));

    /// <summary>True when an exclude term of this item is in the folded text.</summary>
    public bool IsExcluded(string foldedText) => _exclude.Any(e => ThaiFold.ContainsFolded(foldedText, e));

    /// <summary>The URL pattern contained in the URL (decoded, lower-case), or null.</summary>
    public string? MatchUrl(string url)
    {
        var u = Uri.UnescapeDataString(url).ToLowerInvariant();
        return _urlPatterns.FirstOrDefault(p => u.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>How many distinct document terms the folded document text holds, and the first one.</summary>
    public (int Count, string? First) MatchDocument(string foldedText)
    {
        if (foldedText.Length == 0 || IsExcluded(foldedText[..Math.Min(foldedText.Length, 400)]))
        {
            return (0, null);
        }

        var hits = _documentTerms.Where(t => ThaiFold.ContainsFolded(foldedText, t.Folded)).ToList();
        return (hits.Count, hits.Count > 0 ? hits[0].Original : null);
    }
}
