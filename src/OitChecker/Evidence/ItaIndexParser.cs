using OitChecker.Crawling;
using OitChecker.Text;

namespace OitChecker.Evidence;

/// <summary>
/// Reads ITA/OIT index pages in the shapes real sites use: tables ("O1 – <a>โครงสร้าง</a>" in a row), lists,
/// accordions and headings followed by links (WordPress), year tabs, and links whose text is only the code.
/// A page is an index page when its links name at least <see cref="MinCodes"/> distinct item codes, or when its
/// text names at least <see cref="MinCodesWithoutLinks"/> codes: an index whose links are all "#" (the crawler drops
/// fragment-only links) is still an index, and every code it names without a working link links nowhere.
/// </summary>
public static class ItaIndexParser
{
    /// <summary>Distinct codes a page must name to count as an index page.</summary>
    public const int MinCodes = 5;

    /// <summary>Distinct codes the text of a page must name to count as an index page whose links go nowhere.</summary>
    public const int MinCodesWithoutLinks = 10;

    /// <summary>The index entries of a page (empty when it is not an index page).</summary>
    public static IReadOnlyList<IndexEntry> Parse(PageSnapshot page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Kind != ResourceKind.Html)
        {
            return [];
        }

        var pageYear = SingleYear(new[] { page.Title }.Concat(page.Headings.Take(3)));
        var entries = new List<IndexEntry>();
        foreach (var link in page.Links)
        {
            var code = CodeOf(link);
            if (code is null)
            {
                continue;
            }

            var year = SectionYear(link.Sections) ?? pageYear;
            var nowhere = LinksNowhere(link.Url, page);
            entries.Add(new IndexEntry(code, link.Url, page.FinalUrl, link.Text, year, nowhere));
        }

        var linked = entries.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        var named = ItemCodes.Find(page.Text);
        if (linked.Count < MinCodes && named.Count < MinCodesWithoutLinks)
        {
            return [];
        }

        // "O1 – <a href="#">โครงสร้าง</a>": the code is on the page, its link was dropped as fragment-only
        foreach (var code in named.Where(c => !linked.Contains(c)))
        {
            entries.Add(new IndexEntry(code, page.FinalUrl.Split('#')[0] + "#", page.FinalUrl, string.Empty, pageYear, LinksNowhere: true));
        }

        return entries;
    }

    /// <summary>The code a link stands for: in its text, else its row/list item, else its innermost section label.</summary>
    internal static string? CodeOf(LinkRef link)
    {
        var inText = ItemCodes.Find(link.Text);
        if (inText.Count == 1)
        {
            return inText[0];
        }

        if (inText.Count > 1)
        {
            return null;
        }

        var inContext = ItemCodes.Find(link.Context);
        if (inContext.Count == 1)
        {
            return inContext[0];
        }

        if (inContext.Count > 1 || link.Sections.Count == 0)
        {
            return null;
        }

        var inSection = ItemCodes.Find(link.Sections[^1]);
        return inSection.Count == 1 ? inSection[0] : null;
    }

    /// <summary>The BE year of the innermost section label that names one (tab "ITA 2565", accordion "ปี 2566").</summary>
    internal static int? SectionYear(IReadOnlyList<string> sections)
    {
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var y = SingleYear([sections[i]]);
            if (y is not null)
            {
                return y;
            }
        }

        return null;
    }

    private static int? SingleYear(IEnumerable<string?> texts)
    {
        var years = texts
            .SelectMany(t => ThaiDateFinder.Find(t))
            .Where(d => d.Kind is DateKind.Year or DateKind.FiscalYear && d.Year is not null)
            .Select(d => d.Year!.Value)
            .Distinct()
            .ToList();
        return years.Count == 1 ? years[0] : null;
    }

    private static bool LinksNowhere(string url, PageSnapshot page)
    {
        if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.EndsWith('#'))
        {
            return true;
        }

        var target = url.Split('#')[0];
        return target == page.Url.Split('#')[0] || target == page.FinalUrl.Split('#')[0];
    }
}
