namespace OitChecker.Serving;

/// <summary>
/// A per-path rule of the static-site server (from <c>_server.yaml</c> or code): answer with another
/// status, another file's bytes, another content type or charset header, a redirect, a delay or a
/// Retry-After header — to reproduce what real municipal servers do.
/// </summary>
public sealed record ServerRule
{
    /// <summary>The URL path, exact ("/a.html") or with * wildcards ("/legacy/*"); decoded (Thai as written).</summary>
    public required string Path { get; init; }

    /// <summary>Status code to answer with (default 200, or 302 with <see cref="Redirect"/>).</summary>
    public int? Status { get; init; }

    /// <summary>Serve this file's bytes instead (relative to the site folder).</summary>
    public string? File { get; init; }

    /// <summary>Content-Type to send instead of the one implied by the file name.</summary>
    public string? ContentType { get; init; }

    /// <summary>Charset parameter to add to the Content-Type header (e.g. tis-620, utf-8).</summary>
    public string? Charset { get; init; }

    /// <summary>Redirect to this location.</summary>
    public string? Redirect { get; init; }

    /// <summary>Wait this long before answering.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>Retry-After header value in seconds.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>True when the rule's path pattern matches a decoded request path.</summary>
    public bool Matches(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!Path.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(Path, path, StringComparison.Ordinal);
        }

        var parts = Path.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal) || !path.EndsWith(parts[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var idx = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (idx < 0)
            {
                return false;
            }

            at = idx + parts[i].Length;
        }

        return at <= path.Length - parts[^1].Length;
    }
}
