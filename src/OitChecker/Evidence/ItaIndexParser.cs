using OitChecker.Crawling;
using OitChecker.Text;

namespace OitChecker.Evidence;

/// <summary>
/// Reads ITA/OIT index pages in the shapes real sites use: tables ("O1 – <a>โครงสร้าง</a>" in a row), lists,
/// accordions and headings followed by links (WordPress), year tabs, and links whose text is only the code.
/// A page is an index page when its links name at least <see cref="MinCodes"/> distinct item codes.
/// </summary>
public static class ItaIndexParser
{
    /// <summary>Distinct codes a page must name to count as an index page.</summary>
    public const int MinCodes = 5;

    /// <summary>The index entries of a page (empty when it is not an index page).</summary>
    public static IReadOnlyList<IndexEntry> Parse(PageSnapshot page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Kind != ResourceKind.Html || page.Links.Count == 0)
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

        return entries.Select(e => e.Code).Distinct().Count() >= MinCodes ? entries : [];
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
