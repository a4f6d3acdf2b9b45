namespace OitChecker.Crawling;

/// <summary>How much of a response the fetcher reads.</summary>
public enum FetchMode
{
    /// <summary>GET, the whole body up to the byte limit (pages and documents; only a sniffing prefix of images and archives).</summary>
    Full,

    /// <summary>HEAD: status and headers only (external link checks).</summary>
    Head,

    /// <summary>GET with Range: bytes=0-1023 (external link checks when HEAD is refused or fails).</summary>
    Probe,
}

/// <summary>One URL to fetch, with the conditional-request validators of the previous run.</summary>
public sealed record FetchRequest(string Url, FetchMode Mode, bool External, string? IfNoneMatch = null, string? IfModifiedSince = null);
