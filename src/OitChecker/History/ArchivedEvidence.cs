namespace OitChecker.History;

/// <summary>
/// The last archived copy of an evidence URL: taken when its item passed, so it is what the assessor would
/// have seen. <see cref="Sha256"/> is the content hash (see <see cref="ContentHasher"/>); <see cref="Content"/> is
/// cut at the archive size cap (<see cref="Truncated"/>).
/// </summary>
public sealed record ArchivedEvidence(
    string Site,
    string Url,
    string Code,
    string Sha256,
    string? ContentType,
    long Size,
    bool Truncated,
    byte[] Content,
    DateTimeOffset ArchivedAt,
    string RunId);
