namespace OitChecker.Crawling;

/// <summary>The outcome of fetching one URL, redirects followed: the final response's status, headers and body.</summary>
public sealed record FetchResult
{
    public required string Url { get; init; }

    public required string FinalUrl { get; init; }

    public IReadOnlyList<RedirectHop> Chain { get; init; } = [];

    /// <summary>Final status, 0 when no response arrived.</summary>
    public int Status { get; init; }

    public FetchOutcome Outcome { get; init; }

    public string? Error { get; init; }

    public string? ContentType { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public long? ContentLength { get; init; }

    /// <summary>The body as received (possibly only a prefix, see <see cref="Partial"/> and <see cref="Truncated"/>).</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The body was cut at the byte limit.</summary>
    public bool Truncated { get; init; }

    /// <summary>Only a prefix was read on purpose (images, archives, error pages).</summary>
    public bool Partial { get; init; }

    /// <summary>The response carried a bot-challenge marker (cf-mitigated, a challenge page).</summary>
    public bool Challenge { get; init; }

    public required FetchTimings Timings { get; init; }

    /// <summary>HTTP requests sent for this URL (hops and retries).</summary>
    public int Requests { get; init; }

    /// <summary>Body bytes received for this URL over all attempts.</summary>
    public long Bytes { get; init; }

    /// <summary>True for a 2xx or 304 answer.</summary>
    public bool IsSuccess => Status is (>= 200 and < 300) or 304;
}
