namespace OitChecker.History;

/// <summary>
/// The content behind an evidence URL as the run saw it: HTTP status (0 for a network error), content type
/// and body bytes (may be empty for an error).
/// </summary>
public sealed record EvidenceContent(string Url, int Status, string? ContentType, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>True when the URL answered with content (2xx).</summary>
    public bool IsOk => Status is >= 200 and < 300;
}
