using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Reads an HTML page with AngleSharp into plain values: title, headings, visible text, links with
/// their context and section labels, tables, forms and images. Caps keep one pathological page from
/// dominating memory.
/// </summary>
public static class HtmlExtractor
{
    /// <summary>Longest visible text kept per page.</summary>
    public const int MaxText = 200_000;

    private const int MaxTables = 40;
    private const int MaxRows = 100;
    private const int MaxCells = 40;
    private const int MaxCell = 300;
    private const int MaxHeadings = 200;
    private const int MaxImages = 300;

    /// <summary>
    /// One parser per thread: building one (its configuration and browsing context) cost more than a
    /// small page's parse. A parser keeps no state between documents, but it is not documented as
    /// thread-safe, so threads do not share one.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>Parses a decoded page found at <paramref name="pageUrl"/>.</summary>
    public static HtmlPage Extract(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        var parser = _parser ??= new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,

            // Nothing reads script bodies, styles, comments or source positions: not building them saves a
            // good share of the parse's allocations on real CMS pages (inline scripts, long comment blocks).
            SkipScriptText = true,
            SkipRawText = true,
            SkipComments = true,
            DisableElementPositionTracking = true,
        });
        using var doc = parser.ParseDocument(html);
        var found = Elements.Of(doc);
        var baseUri = BaseUri(found.Base, pageUrl);
        var title = ThaiFold.Clean(doc.Title);
        if (title.Length == 0)
        {
            title = ThaiFold.Clean(found.OgTitle?.GetAttribute("content"));
        }

        var headings = found.Headings.Select(h => VisibleText.Of(h, 300)).Where(t => t.Length > 0).Take(MaxHeadings).ToList();
        var text = VisibleText.Of(doc.Body ?? (INode)doc, MaxText);
        var links = LinkExtractor.Extract(doc, baseUri);
        var robots = found.Robots?.GetAttribute("content") ?? string.Empty;
        return new HtmlPage(
            title.Length == 0 ? null : title,
            headings,
            text,
            links,
            Tables(found.Tables),
            Forms(found.Forms, baseUri),
            Images(found.Images, baseUri),
            robots.Contains("nofollow", StringComparison.OrdinalIgnoreCase) || robots.Contains("none", StringComparison.OrdinalIgnoreCase),
            IsScriptShell(doc, text, links.Count));
    }

    /// <summary>
    /// The elements the extraction reads, gathered in one walk of the document in document order. Each is what a
    /// selector found before (<c>base[href]</c>, <c>meta[name='robots' i]</c>, <c>meta[property='og:title']</c>,
    /// <c>h1,…,h6</c>, <c>table</c>, <c>form</c>, <c>img</c>): six walks of the whole document, seven for a page
    /// without a title, became one.
    /// </summary>
    internal sealed class Elements
    {
        public IElement? Base { get; private set; }

        public IElement? Robots { get; private set; }

        public IElement? OgTitle { get; private set; }

        public List<IElement> Headings { get; } = [];

        public List<IHtmlTableElement> Tables { get; } = [];

        public List<IElement> Forms { get; } = [];

        public List<IElement> Images { get; } = [];

        public static Elements Of(IDocument doc)
        {
            var found = new Elements();
            foreach (var item in doc.All)
            {
                var e = (Element)item; // direct calls, not interface dispatch (see VisibleText)
                switch (e.LocalName)
                {
                    case "base":
                        found.Base ??= e.HasAttribute("href") ? e : null;
                        break;
                    case "meta":
                        found.Robots ??= string.Equals(e.GetAttribute("name"), "robots", StringComparison.OrdinalIgnoreCase) ? e : null;
                        found.OgTitle ??= e.GetAttribute("property") == "og:title" ? e : null;
                        break;
                    case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                        found.Headings.Add(e);
                        break;
                    case "table" when e is IHtmlTableElement table && found.Tables.Count < MaxTables:
                        found.Tables.Add(table);
                        break;
                    case "form":
                        found.Forms.Add(e);
                        break;
                    case "img" when found.Images.Count < MaxImages:
                        found.Images.Add(e);
                        break;
                }
            }

            return found;
        }
    }

    /// <summary>Visible characters below which a scripted page counts as an empty shell.</summary>
    private const int ShellMaxText = 200;

    /// <summary>
    /// An application shell: scripts, almost no text and almost no links, plus a mount point of a script framework or
    /// a noscript notice asking for JavaScript. A short page without scripts (a frameset, a redirect stub) is not one.
    /// </summary>
    private static bool IsScriptShell(IDocument doc, string text, int links)
    {
        if (text.Length >= ShellMaxText || links > 3 || doc.Scripts.Length == 0)
        {
            return false;
        }

        var mount = doc.QuerySelector("#root, #app, #__next, #__nuxt, app-root, [ng-app], [data-reactroot], [data-server-rendered]") is not null;
        var notice = doc.QuerySelectorAll("noscript").Any(n => n.TextContent.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        return mount || notice;
    }

    private static Uri BaseUri(IElement? baseElement, Uri pageUrl)
    {
        var href = baseElement?.GetAttribute("href");
        return href is not null && Uri.TryCreate(pageUrl, href.Trim(), out var b) && b.Scheme is "http" or "https" ? b : pageUrl;
    }

    private static List<TableSnapshot> Tables(List<IHtmlTableElement> tables)
    {
        var result = new List<TableSnapshot>();
        foreach (var table in tables)
        {
            var rows = table.Rows.ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var headerRow = (table.Head is { Rows.Length: > 0 } head ? head.Rows[0] : null)
                ?? rows.FirstOrDefault(r => r.Cells.Any(c => c.LocalName == "th"))
                ?? rows[0];
            var headers = Cells(headerRow);
            var body = new List<IReadOnlyList<string>>();
            foreach (var row in rows)
            {
                if (row == headerRow || (table.Head is not null && table.Head.Contains(row)))
                {
                    continue;
                }

                var cells = Cells(row);
                if (cells.Any(c => c.Length > 0))
                {
                    body.Add(cells);
                }

                if (body.Count >= MaxRows)
                {
                    break;
                }
            }

            if (headers.Count > 0 || body.Count > 0)
            {
                result.Add(new TableSnapshot(headers, body));
            }
        }

        return result;
    }

    private static List<string> Cells(IHtmlTableRowElement row) =>
        row.Cells.Take(MaxCells).Select(c => VisibleText.Of(c, MaxCell)).ToList();

    private static List<FormSnapshot> Forms(List<IElement> forms, Uri baseUri)
    {
        var result = new List<FormSnapshot>();
        foreach (var form in forms)
        {
            var action = form.GetAttribute("action");
            string? resolved = null;
            if (!string.IsNullOrWhiteSpace(action) && Uri.TryCreate(baseUri, action.Trim(), out var a))
            {
                resolved = a.AbsoluteUri;
            }

            var inputs = form.QuerySelectorAll("input,select,textarea")
                .Count(i => i.LocalName != "input" || (i.GetAttribute("type")?.ToLowerInvariant() ?? "text") is not ("hidden" or "submit" or "button" or "image" or "reset"));
            result.Add(new FormSnapshot(
                resolved,
                (form.GetAttribute("method") ?? "get").Trim().ToUpperInvariant(),
                inputs,
                form.QuerySelector("textarea") is not null,
                form.QuerySelector("input[type='password' i]") is not null));
        }

        return result;
    }

    private static List<ImageRef> Images(List<IElement> images, Uri baseUri)
    {
        var result = new List<ImageRef>();
        foreach (var img in images)
        {
            var src = img.GetAttribute("src") ?? img.GetAttribute("data-src");
            var n = UrlNormalizer.Normalize(src, baseUri);
            if (!n.Ok)
            {
                continue;
            }

            result.Add(new ImageRef(n.Url!, NullIfEmpty(ThaiFold.Clean(img.GetAttribute("alt"))), Dimension(img.GetAttribute("width")), Dimension(img.GetAttribute("height"))));
        }

        return result;
    }

    private static int? Dimension(string? v)
    {
        if (string.IsNullOrWhiteSpace(v))
        {
            return null;
        }

        var digits = new string(v.Trim().TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
