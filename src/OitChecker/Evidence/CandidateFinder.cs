using OitChecker.Crawling;
using OitChecker.Verdicts;

namespace OitChecker.Evidence;

/// <summary>
/// Ranks the URLs that may hold an item's evidence, each with the reason it was chosen, in this order of trust:
/// the pinned URL (the answer submitted to ITAS), the ITA index entry of the assessment year, link texts,
/// page titles and headings, URL words, and document text. An ITA/OIT index page is never evidence of an item
/// itself: it names every item, so its headings would "match" news, plans and reports alike.
/// </summary>
public sealed class CandidateFinder(SiteIndex index, int assessmentYear, Func<string, string?> pinnedUrl)
{
    /// <summary>Scores at or above this are strong matches; below it a pass is only "manual review".</summary>
    public const double StrongScore = 50;

    public ItemCandidates Find(ItemMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        var code = matcher.Item.Code;
        var found = new Dictionary<string, EvidenceCandidate>(StringComparer.Ordinal);

        if (pinnedUrl(code) is { } pinned)
        {
            Add(found, new EvidenceCandidate(pinned, "pinned", 100,
                new Reason("URL ที่ระบุไว้ในไฟล์ตั้งค่าของเว็บไซต์ (คำตอบที่ส่งในระบบ ITAS)", "pinned URL from the site file (the answer submitted to ITAS)"), null));
        }

        var entries = index.IndexEntries.Where(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase)).ToList();
        var thisYear = entries.Where(e => e.Year == assessmentYear || e.Year is null).ToList();
        var otherYears = entries.Except(thisYear).ToList();
        foreach (var e in thisYear.Where(e => !e.LinksNowhere))
        {
            var yearNote = e.Year is null ? string.Empty : $" ({e.Year})";
            Add(found, new EvidenceCandidate(e.TargetUrl, "index", e.Year is null ? 88 : 95,
                new Reason($"หน้า ITA {e.IndexPage} ลิงก์ {code}{yearNote} มาที่นี่", $"ITA index page {e.IndexPage} links {code}{yearNote} here"), e.IndexPage));
        }

        var indexPages = index.IndexPages.Select(u => u.Split('#')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var l in index.Links.Where(l => l.ItemCode == code && !IsIndexPage(l.To)))
        {
            var score = l.InContextOnly ? 55 : 70 + (Math.Min(l.MatchedTerm.Length, 30) / 3.0);
            Add(found, new EvidenceCandidate(l.To, "link-text", score,
                new Reason($"ลิงก์ \"{Short(l.Text)}\" บนหน้า {l.From}", $"link \"{Short(l.Text)}\" on {l.From}"), l.From));
        }

        foreach (var p in index.Pages.Where(p => p.Usable && p.Kind is ResourceKind.Html or ResourceKind.Document && !IsIndexPage(p.FinalUrl)))
        {
            if (matcher.MatchFolded(p.FoldedTitle) is { } t)
            {
                Add(found, new EvidenceCandidate(p.FinalUrl, "title", 65,
                    new Reason($"ชื่อหน้ามีคำว่า \"{t}\"", $"page title contains \"{t}\""), null));
            }
            else if (matcher.MatchFolded(p.FoldedHeadings) is { } h)
            {
                Add(found, new EvidenceCandidate(p.FinalUrl, "heading", 58,
                    new Reason($"หัวข้อในหน้ามีคำว่า \"{h}\"", $"a heading contains \"{h}\""), null));
            }
            else if (matcher.MatchUrl(p.FinalUrl) is { } u)
            {
                Add(found, new EvidenceCandidate(p.FinalUrl, "url", 35,
                    new Reason($"URL มีคำว่า \"{u}\"", $"the URL contains \"{u}\""), null));
            }
            else if (p.FoldedDocumentHead.Length > 0)
            {
                var (count, first) = matcher.MatchDocument(p.FoldedDocumentHead);
                if (count >= 2 || (count == 1 && first!.Length >= 12))
                {
                    Add(found, new EvidenceCandidate(p.FinalUrl, "document-text", Math.Min(50, 30 + (5 * count)),
                        new Reason($"เนื้อหาเอกสารมีคำว่า \"{first}\"", $"the document text contains \"{first}\""), null));
                }
            }
        }

        var ranked = found.Values
            .OrderByDescending(c => c.Score)
            .ThenBy(c => index.Find(c.Url)?.Depth ?? int.MaxValue)
            .ThenBy(c => c.Url, StringComparer.Ordinal)
            .ToList();
        return new ItemCandidates(code, ranked, thisYear, otherYears);

        bool IsIndexPage(string url) => indexPages.Contains(url.Split('#')[0]) || (index.Find(url) is { } info && indexPages.Contains(info.FinalUrl.Split('#')[0]));
    }

    private static void Add(Dictionary<string, EvidenceCandidate> found, EvidenceCandidate c)
    {
        var key = c.Url.Split('#')[0];
        if (!found.TryGetValue(key, out var existing) || existing.Score < c.Score)
        {
            found[key] = c with { Url = key };
        }
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
