using OitChecker.Catalog;

namespace OitChecker.Verdicts;

/// <summary>
/// A candidate URL for an item's evidence and why it was chosen. <c>Source</c> is one of
/// pinned, index, link-text, heading, title, url, document-text.
/// </summary>
public sealed record EvidenceCandidate(string Url, string Source, double Score, Reason Reason, string? FoundOn);

/// <summary>The result of one element check, with the detail a division needs to fix it.</summary>
public sealed record ElementResult(
    string ElementId,
    ElementKind Kind,
    ElementOutcome Outcome,
    FailKind? FailKind,
    Reason Reason,
    IReadOnlyList<string> Details);

/// <summary>The verdict on one catalog item.</summary>
public sealed record ItemVerdict
{
    public required string Code { get; init; }

    public required string TitleTh { get; init; }

    public required string TitleEn { get; init; }

    public required string SubIndicator { get; init; }

    /// <summary>The responsible division slug (after site overrides).</summary>
    public required string Division { get; init; }

    public Confidence Confidence { get; init; }

    public Verdict Verdict { get; init; }

    public IReadOnlyList<FailKind> FailKinds { get; init; } = [];

    /// <summary>The URL the assessor should be given (the best evidence), or null when none was found.</summary>
    public string? Url { get; init; }

    /// <summary>Ranked candidates, best first.</summary>
    public IReadOnlyList<EvidenceCandidate> Evidence { get; init; } = [];

    public IReadOnlyList<ElementResult> Elements { get; init; } = [];

    /// <summary>Why the verdict is what it is, most important first.</summary>
    public IReadOnlyList<Reason> Reasons { get; init; } = [];

    public string FixHintTh { get; init; } = string.Empty;

    public string? FixHintEn { get; init; }

    /// <summary>OIT points gained if this item passed (0 for passing items).</summary>
    public double Cost { get; init; }
}
