using OitChecker.Crawling;

namespace OitChecker.Evidence;

/// <summary>
/// What evidence discovery keeps about every fetched URL: small, folded values only, so the index of a
/// 10,000-page site fits in memory. Full snapshots are read back from the page store on demand.
/// </summary>
public sealed record PageInfo(
    string Url,
    string FinalUrl,
    ResourceKind Kind,
    bool Usable,
    int Status,
    FetchOutcome Outcome,
    string? Title,
    string FoldedTitle,
    string FoldedHeadings,
    int Depth,
    string? DocumentType,
    string FoldedDocumentHead); // a document's cover: the first SiteIndexBuilder.DocumentCoverChars folded characters
