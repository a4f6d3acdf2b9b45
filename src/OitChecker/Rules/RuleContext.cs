using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Evidence;
using OitChecker.Text;

namespace OitChecker.Rules;

/// <summary>
/// Everything a rule may look at for one item and one candidate: the evidence bundle, the assessed fiscal
/// year, the site's own hosts and the site index (to tell navigation from content). Texts are computed once.
/// </summary>
public sealed class RuleContext
{
    private readonly Lazy<string> _foldedMain;
    private readonly Lazy<string> _foldedAll;

    public RuleContext(CatalogItem item, EvidenceBundle bundle, SiteIndex index, FiscalYear fiscalYear, SiteHosts hosts)
    {
        Item = item;
        Bundle = bundle;
        Index = index;
        FiscalYear = fiscalYear;
        Hosts = hosts;
        _foldedMain = new Lazy<string>(ComputeFoldedMain);
        _foldedAll = new Lazy<string>(() => string.Concat(new[] { FoldedMain }.Concat(ChildTexts().Select(ThaiFold.Fold))));
    }

    public CatalogItem Item { get; }

    public EvidenceBundle Bundle { get; }

    public PageSnapshot? Primary => Bundle.Primary;

    public SiteIndex Index { get; }

    public FiscalYear FiscalYear { get; }

    /// <summary>The site's own hosts: what counts as the main website.</summary>
    public SiteHosts Hosts { get; }

    /// <summary>
    /// The primary's title, headings and text, folded, with the texts of navigation links and the site's boilerplate
    /// (text and headings repeated on most pages) removed.
    /// </summary>
    public string FoldedMain => _foldedMain.Value;

    /// <summary><see cref="FoldedMain"/> plus the children: link texts, titles and (document) texts.</summary>
    public string FoldedAll => _foldedAll.Value;

    /// <summary>Fetched children, usable or not.</summary>
    public IEnumerable<(LinkRef Link, PageSnapshot Snapshot)> FetchedChildren =>
        Bundle.Children.Where(c => c.Snapshot is not null).Select(c => (c.Link, c.Snapshot!));

    /// <summary>Readable text of a snapshot: documents with a garbage text layer give nothing.</summary>
    public static string ReadableText(PageSnapshot s) =>
        s.Kind == ResourceKind.Document && !TextQuality.IsReadable(s.Text) ? string.Empty : s.Text;

    /// <summary>Texts of the children: each link's text and context, and the usable child's title and text.</summary>
    public IEnumerable<string> ChildTexts()
    {
        foreach (var c in Bundle.Children)
        {
            yield return c.Link.Text;
            if (c.Link.Context is { } ctx)
            {
                yield return ctx;
            }

            if (c.Snapshot is { IsUsable: true } s)
            {
                yield return s.Title ?? string.Empty;
                yield return ReadableText(s);
            }
        }
    }

    private string ComputeFoldedMain()
    {
        if (Primary is null)
        {
            return string.Empty;
        }

        var isHtml = Primary.Kind == ResourceKind.Html;
        var headings = isHtml ? Primary.Headings.Where(h => !Index.Boilerplate.IsCommonHeading(h)) : Primary.Headings;
        var head = ThaiFold.Fold(string.Join(" ", new[] { Primary.Title ?? string.Empty }.Concat(headings)));

        // a sidebar or footer on every page ("นาย… ปลัด อบต.", the address) is not this page's content
        var body = ThaiFold.Fold(isHtml ? Index.Boilerplate.Strip(ReadableText(Primary)) : ReadableText(Primary));
        if (isHtml)
        {
            // menus and footers repeat on every page: their link texts say nothing about this page
            var navTexts = Primary.Links
                .Where(l => Index.IsNavigation(l.Url))
                .Select(l => ThaiFold.Fold(l.Text))
                .Where(t => t.Length >= 4)
                .Distinct()
                .OrderByDescending(t => t.Length);
            foreach (var nav in navTexts)
            {
                body = body.Replace(nav, "|", StringComparison.Ordinal);
            }
        }

        return head + "|" + body;
    }
}
