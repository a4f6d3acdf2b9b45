using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Turns every spelling of a link into one canonical URL so that each resource is fetched once:
/// relative links resolved, backslashes made slashes (as browsers do), scheme and host lower-cased,
/// Thai host names in punycode, a trailing dot on the host dropped, default ports dropped, duplicate
/// slashes collapsed, percent-encoding made canonical (unreserved characters decoded, other escapes in
/// upper case, Thai and other non-ASCII characters encoded as UTF-8), the fragment dropped and session
/// ids stripped from the query and path.
/// </summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> AlwaysSessionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "phpsessid", "jsessionid", "aspsessionid", "cfid", "cftoken", "oscsid", "zenid", "sessionid", "session_id",
    };

    private static readonly HashSet<string> TokenSessionKeys = new(StringComparer.OrdinalIgnoreCase) { "sid", "sess", "session", "s_id" };

    /// <summary>Answers kept before the memo starts afresh (a few hundred bytes each).</summary>
    internal const int MemoLimit = 8192;

    /// <summary>
    /// Normalisations already made. A municipal page carries the same menu, footer and ITA links as every other page
    /// of its site (~80 links a page on the real sites in ../shared/realsites), and each costs ~2–3 µs of URI parsing.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Scope, string Href), NormalizedUrl> Memo = new();

    [ThreadStatic]
    private static (Uri Base, string Origin)? _lastOrigin;

    /// <summary>Answers in the memo now.</summary>
    internal static int MemoCount => Memo.Count;

    /// <summary>Normalises a link found on a page (relative to <paramref name="baseUri"/>).</summary>
    public static NormalizedUrl Normalize(string? href, Uri? baseUri = null)
    {
        if (href is null || href.Length > 2048)
        {
            // nothing to remember, or an inline data: URL or some other one-off too long to be worth keeping
            return Compute(href, baseUri);
        }

        var key = (MemoScope(href, baseUri), href);
        if (Memo.TryGetValue(key, out var known))
        {
            return known;
        }

        var result = Compute(href, baseUri);
        if (Memo.Count >= MemoLimit)
        {
            Memo.Clear();
        }

        Memo.TryAdd(key, result);
        return result;
    }

    /// <summary>
    /// What else the answer for <paramref name="href"/> depends on: nothing for an absolute http(s) URL with a host,
    /// the base's scheme and authority for a link starting with "/" (RFC 3986, 5.2.2: a path from the root uses
    /// both, a "//host" reference only the scheme, and cleaning such a link, e.g. "/\host" to "//host", keeps it
    /// one of the two), the whole base otherwise.
    /// </summary>
    internal static string MemoScope(string href, Uri? baseUri)
    {
        if (baseUri is null || HostAfter(href, "http://") || HostAfter(href, "https://"))
        {
            return string.Empty;
        }

        if (!baseUri.IsAbsoluteUri)
        {
            return baseUri.OriginalString;
        }

        if (href.Length > 0 && href[0] == '/')
        {
            if (_lastOrigin is not { } last || !ReferenceEquals(last.Base, baseUri))
            {
                last = (baseUri, baseUri.GetLeftPart(UriPartial.Authority));
                _lastOrigin = last;
            }

            return last.Origin;
        }

        return baseUri.OriginalString;
    }

    /// <summary>True when <paramref name="href"/> starts with <paramref name="prefix"/> and a letter or digit: an absolute URL with a host.</summary>
    private static bool HostAfter(string href, string prefix) =>
        href.Length > prefix.Length && href.StartsWith(prefix, StringComparison.Ordinal) && char.IsAsciiLetterOrDigit(href[prefix.Length]);

    /// <summary>The normalisation itself, without the memo.</summary>
    internal static NormalizedUrl Compute(string? href, Uri? baseUri)
    {
        if (href is null)
        {
            return new NormalizedUrl(null, "empty link", false);
        }

        var h = StripControl(href.Trim());
        if (h.Length == 0)
        {
            return new NormalizedUrl(null, "empty link", false);
        }

        if (h.StartsWith('#'))
        {
            return new NormalizedUrl(null, "fragment-only link (same page)", false);
        }

        var colon = h.IndexOf(':', StringComparison.Ordinal);
        var firstSep = h.IndexOfAny(['/', '?', '#', '\\']);
        if (colon > 0 && (firstSep < 0 || colon < firstSep))
        {
            var scheme = h[..colon].ToLowerInvariant();
            if (scheme is not ("http" or "https"))
            {
                return new NormalizedUrl(null, $"not http(s): {scheme}:", false);
            }
        }

        h = BackslashesToSlashes(h);
        Uri? uri;
        if (baseUri is null ? !Uri.TryCreate(h, UriKind.Absolute, out uri) : !Uri.TryCreate(baseUri, h, out uri))
        {
            return new NormalizedUrl(null, "malformed URL", false);
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return new NormalizedUrl(null, $"not http(s): {uri.Scheme}:", false);
        }

        string host;
        try
        {
            host = uri.IdnHost.ToLowerInvariant().TrimEnd('.');
        }
        catch (UriFormatException)
        {
            return new NormalizedUrl(null, "malformed host name", false);
        }

        if (host.Length == 0)
        {
            return new NormalizedUrl(null, "no host name", false);
        }

        var sb = new StringBuilder(uri.AbsoluteUri.Length);
        sb.Append(uri.Scheme).Append("://").Append(host);
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
        }

        var removed = false;
        var path = uri.AbsolutePath;
        var semi = path.IndexOf(";jsessionid=", StringComparison.OrdinalIgnoreCase);
        if (semi >= 0)
        {
            path = path[..semi];
            removed = true;
        }

        sb.Append(CollapseSlashes(Escapes(path.Length == 0 ? "/" : path)));
        var query = uri.Query.Length > 1 ? uri.Query[1..] : string.Empty;
        if (query.Length > 0)
        {
            var (q, r) = StripSessionIds(query);
            removed |= r;
            if (q.Length > 0)
            {
                sb.Append('?').Append(Escapes(q));
            }
        }

        return new NormalizedUrl(sb.ToString(), null, removed);
    }

    /// <summary>The host of a canonical URL (lower case, no port), or null.</summary>
    public static string? HostOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? HostOf(u) : null;

    /// <summary>The host of a URL in canonical form: lower case, a Thai name in punycode, no trailing dot.</summary>
    public static string HostOf(Uri url) => url.IdnHost.ToLowerInvariant().TrimEnd('.');

    /// <summary>A host name as configured (may carry a scheme, port or trailing dot) in canonical form.</summary>
    public static string CanonicalHost(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var h = host.Trim();
        if (h.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(h, UriKind.Absolute, out var u))
        {
            return HostOf(u);
        }

        if (Uri.TryCreate("http://" + h, UriKind.Absolute, out var v))
        {
            return HostOf(v);
        }

        return h.ToLowerInvariant().TrimEnd('.');
    }

    private static string StripControl(string s)
    {
        if (s.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
        {
            return s;
        }

        return s.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)
            .Replace("\r", string.Empty, StringComparison.Ordinal);
    }

    private static string BackslashesToSlashes(string h)
    {
        var end = h.IndexOfAny(['?', '#']);
        if (end < 0)
        {
            end = h.Length;
        }

        return h.AsSpan(0, end).Contains('\\') ? string.Concat(h[..end].Replace('\\', '/'), h.AsSpan(end)) : h;
    }

    private static string CollapseSlashes(string path)
    {
        if (!path.Contains("//", StringComparison.Ordinal))
        {
            return path;
        }

        var sb = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            if (c == '/' && sb.Length > 0 && sb[^1] == '/')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static (string Query, bool Removed) StripSessionIds(string query)
    {
        var parts = query.Split('&');
        var kept = new List<string>(parts.Length);
        var removed = false;
        foreach (var p in parts)
        {
            if (p.Length == 0)
            {
                continue;
            }

            var eq = p.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? p : p[..eq];
            var value = eq < 0 ? string.Empty : p[(eq + 1)..];
            if (AlwaysSessionKeys.Contains(key) || key.StartsWith("aspsessionid", StringComparison.OrdinalIgnoreCase)
                || (TokenSessionKeys.Contains(key) && value.Length >= 16 && value.All(char.IsAsciiLetterOrDigit)))
            {
                removed = true;
                continue;
            }

            kept.Add(p);
        }

        return (string.Join('&', kept), removed);
    }

    /// <summary>Canonical percent-encoding: unreserved escapes decoded, other escapes upper-cased, non-ASCII encoded.</summary>
    internal static string Escapes(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '%')
            {
                if (i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]))
                {
                    var v = (char)Convert.ToByte(s.Substring(i + 1, 2), 16);
                    if (IsUnreserved(v))
                    {
                        sb.Append(v);
                    }
                    else
                    {
                        sb.Append('%').Append(char.ToUpperInvariant(s[i + 1])).Append(char.ToUpperInvariant(s[i + 2]));
                    }

                    i += 2;
                }
                else
                {
                    sb.Append("%25");
                }

                continue;
            }

            if (c > 0x7E || c <= 0x20 || c is '"' or '<' or '>' or '`' or '{' or '}' or '|' or '^' or '\\')
            {
                var rune = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                    ? new Rune(c, s[++i])
                    : Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar;
                var n = rune.EncodeToUtf8(utf8);
                for (var k = 0; k < n; k++)
                {
                    sb.Append('%').Append(utf8[k].ToString("X2", CultureInfo.InvariantCulture));
                }

                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~';
}
