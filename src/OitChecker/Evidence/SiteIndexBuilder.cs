using OitChecker.Crawling;
using OitChecker.Text;

namespace OitChecker.Evidence;

/// <summary>Builds a <see cref="SiteIndex"/> in one streaming pass over the page store.</summary>
public static class SiteIndexBuilder
{
    /// <summary>
    /// Folded characters of a document's start kept as its cover: a document is evidence by its text only when it is
    /// about the item, so a term met deeper inside (a plan's table of contents naming "อำนาจหน้าที่") is a mention.
    /// </summary>
    internal const int DocumentCoverChars = 600;

    public static async Task<SiteIndex> BuildAsync(IPageStore store, IReadOnlyList<ItemMatcher> matchers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(matchers);
        var pages = new Dictionary<string, PageInfo>(StringComparer.Ordinal);
        var inbound = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<IndexEntry>();
        var indexPages = new List<string>();
        var links = new List<CandidateLink>();
        var matchCache = new Dictionary<(string, string?), List<(string Code, string Term, bool ContextOnly)>>();
        var htmlPages = 0;
        var boilerplate = new Boilerplate();

        await foreach (var page in store.ReadAllAsync(cancellationToken))
        {
            var info = ToInfo(page);
            pages[page.Url] = info;
            pages.TryAdd(page.FinalUrl, info);
            if (page.Kind != ResourceKind.Html || !page.IsUsable)
            {
                continue;
            }

            htmlPages++;
            boilerplate.Learn(page.Text, page.Headings);
            foreach (var target in page.Links.Select(l => l.Url).Distinct())
            {
                inbound[target] = inbound.TryGetValue(target, out var n) ? n + 1 : 1;
            }

            var found = ItaIndexParser.Parse(page);
            if (found.Count > 0)
            {
                indexPages.Add(page.FinalUrl);
                entries.AddRange(found);
            }

            foreach (var link in page.Links)
            {
                if (link.Url.Split('#')[0] == page.FinalUrl.Split('#')[0])
                {
                    continue;
                }

                foreach (var (code, term, contextOnly) in Match(link, matchers, matchCache))
                {
                    links.Add(new CandidateLink(code, page.FinalUrl, link.Url, link.Text, term, contextOnly));
                }
            }
        }

        boilerplate.Complete();
        return new SiteIndex(pages, inbound, htmlPages, entries, indexPages, links) { Boilerplate = boilerplate };
    }

    private static List<(string Code, string Term, bool ContextOnly)> Match(
        LinkRef link,
        IReadOnlyList<ItemMatcher> matchers,
        Dictionary<(string, string?), List<(string, string, bool)>> cache)
    {
        var key = (link.Text, link.Context);
        if (cache.TryGetValue(key, out var hit))
        {
            return hit;
        }

        var text = ThaiFold.Fold(link.Text);
        var context = link.Context is null ? string.Empty : ThaiFold.Fold(link.Context);
        var result = new List<(string, string, bool)>();
        foreach (var m in matchers)
        {
            var term = m.MatchFolded(text);
            if (term is not null)
            {
                result.Add((m.Item.Code, term, false));
                continue;
            }

            // a row such as "O23 สรุปผลการจัดซื้อจัดจ้าง | ดาวน์โหลด": the words are beside the link, not in it
            if (context.Length > 0 && context.Length < 300 && !m.IsExcluded(text))
            {
                term = m.MatchFolded(context);
                if (term is not null)
                {
                    result.Add((m.Item.Code, term, true));
                }
            }
        }

        cache[key] = result;
        return result;
    }

    private static PageInfo ToInfo(PageSnapshot p)
    {
        var docHead = p.Kind == ResourceKind.Document && p.Text.Length > 0
            ? Cover(p.Text)
            : string.Empty;
        return new PageInfo(
            p.Url,
            p.FinalUrl,
            p.Kind,
            p.IsUsable,
            p.Status,
            p.Outcome,
            p.Title,
            ThaiFold.Fold(p.Title),
            ThaiFold.Fold(string.Join(" ", p.Headings.Take(6))),
            p.Depth,
            p.Document?.Type,
            docHead);
    }

    /// <summary>
    /// The first <see cref="DocumentCoverChars"/> folded characters, folding only as much of a long text as needed
    /// (folding is character by character and drops white space, so a prefix folds to a prefix).
    /// </summary>
    private static string Cover(string text)
    {
        for (var n = 2 * DocumentCoverChars; ; n *= 2)
        {
            var folded = ThaiFold.Fold(Cut(text, n));
            if (folded.Length >= DocumentCoverChars || n >= text.Length)
            {
                return Cut(folded, DocumentCoverChars);
            }
        }
    }

    private static string Cut(string text, int chars) => text.Length > chars ? text[..chars] : text;
}
