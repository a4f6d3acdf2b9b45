using System.Text;
using System.Text.RegularExpressions;

namespace OitChecker.Reporting;

/// <summary>
/// HTML encoding for the report. Every piece of data goes through <see cref="Encode"/>; URLs become links
/// only when they are absolute http(s) URLs (never <c>javascript:</c>), and their visible text drops the
/// scheme, so the only "http(s)://" in a report is inside an <c>&lt;a href&gt;</c> that a reader must click.
/// </summary>
internal static partial class Html
{
    /// <summary>Encodes text for an element body or a double-quoted attribute.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>The URL when it is an absolute http(s) URL, else null.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;

    /// <summary>The URL shown without its scheme ("www.example.go.th/ita").</summary>
    public static string Display(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var i = url.IndexOf("://", StringComparison.Ordinal);
        return i >= 0 ? url[(i + 3)..] : url;
    }

    /// <summary>
    /// The URL shown short in a narrow column: a page on the site's own host as its decoded path ("/ita/o23.html",
    /// Thai as written), anything else without its scheme. The link itself keeps the full URL.
    /// </summary>
    public static string DisplayOnSite(string url, Uri site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Uri.TryCreate(url, UriKind.Absolute, out var u) && string.Equals(u.Authority, site.Authority, StringComparison.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(u.PathAndQuery)
            : Display(url);
    }

    /// <summary>A link to a URL (opened in a new tab, no referrer), or the encoded text when it is not a safe URL.</summary>
    public static string Link(string? url, string? text = null)
    {
        var safe = SafeUrl(url);
        var shown = Encode(text ?? (url is null ? string.Empty : Display(url)));
        return safe is null ? shown : $"<a href=\"{Encode(safe)}\" rel=\"noreferrer noopener\" target=\"_blank\">{shown}</a>";
    }

    /// <summary>Encodes free text and turns the http(s) URLs in it into links.</summary>
    public static string TextWithLinks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        var last = 0;
        foreach (Match m in UrlPattern().Matches(text))
        {
            sb.Append(Encode(text[last..m.Index]));
            sb.Append(Link(m.Value));
            last = m.Index + m.Length;
        }

        sb.Append(Encode(text[last..]));
        return sb.ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""'()\[\]]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();
}
