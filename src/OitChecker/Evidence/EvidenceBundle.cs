using OitChecker.Crawling;
using OitChecker.Verdicts;

namespace OitChecker.Evidence;

/// <summary>A link from the evidence page and what it led to (null when it was not fetched).</summary>
public sealed record LinkedEvidence(LinkRef Link, PageSnapshot? Snapshot);

/// <summary>
/// What the assessor sees for one candidate URL: the page (or document) itself and what its content links to —
/// documents, sub-pages of the item, off-site links — one click away. Navigation links shared by most pages are left out.
/// </summary>
public sealed record EvidenceBundle(EvidenceCandidate Candidate, PageSnapshot? Primary, IReadOnlyList<LinkedEvidence> Children)
{
    /// <summary>The primary and its fetched children that are documents.</summary>
    public IEnumerable<PageSnapshot> Documents =>
        (Primary is { Kind: ResourceKind.Document } ? [Primary] : Array.Empty<PageSnapshot>())
            .Concat(Children.Where(c => c.Snapshot is not null && (c.Snapshot.Kind == ResourceKind.Document || c.Snapshot.DocumentMismatch || LooksLikeDocument(c.Link.Url)))
                .Select(c => c.Snapshot!));

    /// <summary>True when the URL names a document file (.pdf, .docx, …), whatever it returned.</summary>
    public static bool LooksLikeDocument(string url)
    {
        var path = url.Split('?', '#')[0].ToLowerInvariant();
        return path.EndsWith(".pdf", StringComparison.Ordinal) || path.EndsWith(".doc", StringComparison.Ordinal)
            || path.EndsWith(".docx", StringComparison.Ordinal) || path.EndsWith(".xls", StringComparison.Ordinal)
            || path.EndsWith(".xlsx", StringComparison.Ordinal) || path.EndsWith(".csv", StringComparison.Ordinal);
    }
}
