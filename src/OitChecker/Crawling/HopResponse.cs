namespace OitChecker.Crawling;

/// <summary>One attempt's answer (one hop of a redirect chain), body already read.</summary>
internal sealed record HopResponse(
    int Status,
    string? Location,
    string? ContentType,
    string? ETag,
    string? LastModified,
    long? ContentLength,
    TimeSpan? RetryAfter,
    byte[] Body,
    bool Truncated,
    bool Partial,
    bool Challenge,
    double FirstByteMs);
