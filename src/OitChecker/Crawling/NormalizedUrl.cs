namespace OitChecker.Crawling;

/// <summary>The outcome of normalising a link: the canonical URL, or why it was rejected.</summary>
/// <param name="Url">The canonical absolute URL, or null when rejected.</param>
/// <param name="Rejected">Why the link is not an http(s) URL that can be fetched (null when accepted).</param>
/// <param name="SessionIdRemoved">True when a session id was stripped (a finding of its own).</param>
public readonly record struct NormalizedUrl(string? Url, string? Rejected, bool SessionIdRemoved)
{
    /// <summary>True when <see cref="Url"/> holds a canonical URL.</summary>
    public bool Ok => Url is not null;
}
