using System.Text;
using AngleSharp.Dom;
using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// The text a reader sees: scripts, styles and templates are skipped, block elements break lines,
/// and the result is cleaned with <see cref="ThaiFold.Clean"/>. Tab panes and collapsed accordion
/// bodies are included: their content is on the page, one click away.
/// </summary>
internal static class VisibleText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object", "select", "option",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
        "article", "header", "footer", "nav", "aside", "dd", "dt", "blockquote", "pre", "hr", "form", "fieldset", "legend",
        "figcaption", "caption", "main", "summary", "details", "label", "address",
    };

    /// <summary>The cleaned visible text of a node, capped at <paramref name="max"/> characters.</summary>
    public static string Of(INode? node, int max)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        Append(node, sb, max);
        var text = ThaiFold.Clean(sb.ToString());
        return text.Length > max ? text[..max] : text;
    }

    private static void Append(INode node, StringBuilder sb, int max)
    {
        if (sb.Length > max * 2)
        {
            return;
        }

        switch (node)
        {
            case IText t:
                sb.Append(t.Data);
                return;
            case IElement e:
                var name = e.LocalName;
                if (Skipped.Contains(name) || e.HasAttribute("hidden"))
                {
                    return;
                }

                var block = Blocks.Contains(name);
                if (block)
                {
                    sb.Append('\n');
                }
                else if (name == "img" && e.GetAttribute("alt") is { Length: > 0 } alt)
                {
                    sb.Append(' ').Append(alt).Append(' ');
                }

                foreach (var child in e.ChildNodes)
                {
                    Append(child, sb, max);
                }

                if (block)
                {
                    sb.Append('\n');
                }

                return;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, sb, max);
                }

                return;
        }
    }
}
