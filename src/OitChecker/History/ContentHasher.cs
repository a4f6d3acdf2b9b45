using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace OitChecker.History;

/// <summary>
/// The hash that decides whether evidence "changed". Documents are hashed byte for byte. HTML pages are
/// hashed on their visible text (scripts, styles and markup dropped, whitespace collapsed) so a rotated
/// session token, a visitor counter in a script or re-indented markup does not raise a false
/// "pinned URL changed" every night, while a changed table or sentence does.
/// </summary>
public static partial class ContentHasher
{
    /// <summary>Lower-case hex SHA-256 of the content as described above.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (!IsHtml(bytes, contentType))
        {
            return Convert.ToHexStringLower(SHA256.HashData(bytes));
        }

        var text = VisibleText(Encoding.UTF8.GetString(bytes));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The visible text of an HTML page, whitespace collapsed.</summary>
    public static string VisibleText(string html)
    {
        var doc = new HtmlParser().ParseDocument(html ?? string.Empty);
        foreach (var e in doc.QuerySelectorAll("script, style, noscript, template").ToList())
        {
            e.Remove();
        }

        // Each text node on its own, trimmed, joined by one space: whitespace between tags (indentation,
        // line breaks) then never matters, wherever the markup puts it.
        var root = (INode?)doc.Body ?? doc.DocumentElement;
        if (root is null)
        {
            return string.Empty;
        }

        var parts = root.GetDescendants()
            .OfType<IText>()
            .Select(t => Whitespace().Replace(t.Data, " ").Trim())
            .Where(t => t.Length > 0);
        return string.Join(' ', parts);
    }

    private static bool IsHtml(ReadOnlySpan<byte> bytes, string? contentType)
    {
        if (contentType is not null)
        {
            return contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        }

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
