using AngleSharp.Dom;
using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Extracts links with the words around them: anchor text (or the alt text of a linked image), the
/// text of the table row, list item or card that holds the link, and the section labels it sits under,
/// outermost first (headings before it that are not in a closed-off tab or accordion, tab labels,
/// accordion and card headers, &lt;details&gt; summaries).
/// </summary>
internal static class LinkExtractor
{
    private const int MaxContext = 400;
    private const int MaxText = 300;
    private const int MaxLinks = 3000;

    private static readonly HashSet<string> ContextTags = new(StringComparer.Ordinal) { "tr", "li", "dd", "dt" };

    private static readonly string[] CardClasses = ["card", "list-group-item", "media", "item", "news-item", "post", "box", "panel"];

    public static List<LinkRef> Extract(IDocument doc, Uri baseUri)
    {
        var labels = SectionLabels.Build(doc);
        var ordinals = new Dictionary<IElement, int>();
        var headings = new List<(int Level, string Text, IElement? Container, int Ordinal)>();
        var links = new List<LinkRef>();
        var ordinal = 0;
        foreach (var item in doc.All)
        {
            var e = (Element)item; // direct calls, not interface dispatch (see VisibleText)
            ordinal++;
            if (labels.Labels.ContainsKey(e))
            {
                ordinals[e] = ordinal;
            }

            var name = e.LocalName;
            if (name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6')
            {
                var text = VisibleText.Of(e, 200);
                if (text.Length > 0 && !InsideLabelElement(e))
                {
                    var level = name[1] - '0';
                    headings.RemoveAll(h => h.Level >= level);
                    headings.Add((level, text, NearestContainer(e, labels), ordinal));
                }

                continue;
            }

            if (links.Count >= MaxLinks)
            {
                continue;
            }

            var (href, tag) = name switch
            {
                "a" or "area" => (e.GetAttribute("href"), name),
                "iframe" or "frame" => (e.GetAttribute("src"), name),
                "meta" when string.Equals(e.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase) => (RefreshTarget(e.GetAttribute("content")), "meta-refresh"),
                _ => (null, name),
            };
            if (href is null)
            {
                continue;
            }

            var url = LinkUrl(href, baseUri);
            if (url is null)
            {
                continue;
            }

            links.Add(new LinkRef(url, AnchorText(e), Context(e), Sections(e, labels, ordinals, headings), tag));
        }

        return links;
    }

    /// <summary>Canonical URL for http(s) links; mailto: and tel: are kept as written (evidence of contact channels).</summary>
    private static string? LinkUrl(string href, Uri baseUri)
    {
        var n = UrlNormalizer.Normalize(href, baseUri);
        if (n.Ok)
        {
            return n.Url;
        }

        var h = href.Trim();
        return h.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? h : null;
    }

    private static string AnchorText(Element e)
    {
        var text = VisibleText.Of(e, MaxText);
        if (text.Length > 0)
        {
            return text;
        }

        var img = e.QuerySelector("img[alt]")?.GetAttribute("alt");
        var alt = ThaiFold.Clean(img ?? e.GetAttribute("title") ?? e.GetAttribute("aria-label") ?? e.GetAttribute("alt"));
        return alt.Length > MaxText ? alt[..MaxText] : alt;
    }

    private static string? Context(Element link)
    {
        for (var p = link.ParentElement as Element; p is not null && p.LocalName != "body"; p = p.ParentElement as Element)
        {
            if (ContextTags.Contains(p.LocalName) || HtmlClasses.Any(p.GetAttribute("class"), CardClasses, StringComparison.OrdinalIgnoreCase))
            {
                var text = VisibleText.Of(p, MaxContext);
                return text.Length == 0 ? null : text;
            }
        }

        return null;
    }

    private static List<string> Sections(
        Element link,
        SectionLabels labels,
        Dictionary<IElement, int> ordinals,
        List<(int Level, string Text, IElement? Container, int Ordinal)> headings)
    {
        List<(int Ordinal, string Label)>? found = null;
        for (var p = link.ParentElement as Element; p is not null; p = p.ParentElement as Element)
        {
            if (labels.Labels.TryGetValue(p, out var label) && ordinals.TryGetValue(p, out var o))
            {
                (found ??= []).Add((o, label));
            }
        }

        foreach (var h in headings)
        {
            if (h.Container is null || (h.Container != link && h.Container.Contains(link)))
            {
                (found ??= []).Add((h.Ordinal, h.Text));
            }
        }

        if (found is null)
        {
            return [];
        }

        var result = new List<string>(found.Count);
        // Page order (OrderBy is stable), then repeated neighbours dropped.
        foreach (var (_, label) in found.OrderBy(f => f.Ordinal))
        {
            if (result.Count == 0 || result[^1] != label)
            {
                result.Add(label);
            }
        }

        return result;
    }

    private static Element? NearestContainer(Element e, SectionLabels labels)
    {
        for (var p = e.ParentElement as Element; p is not null; p = p.ParentElement as Element)
        {
            if (labels.Labels.ContainsKey(p))
            {
                return p;
            }
        }

        return null;
    }

    private static bool InsideLabelElement(Element e)
    {
        for (var p = e.ParentElement as Element; p is not null && p.LocalName != "body"; p = p.ParentElement as Element)
        {
            if (SectionLabels.IsLabelElement(p))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RefreshTarget(string? content)
    {
        if (content is null)
        {
            return null;
        }

        var i = content.IndexOf("url", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            return null;
        }

        var rest = content[(i + 3)..].TrimStart();
        return rest.StartsWith('=') ? rest[1..].Trim().Trim('\'', '"') : null;
    }
}
