using OitChecker.Verdicts;

namespace OitChecker.Evidence;

/// <summary>
/// The ranked evidence candidates of one item, plus what the ITA index pages say about it: its entries for the
/// assessment year (including ones that link nowhere) and entries found only under other years.
/// </summary>
public sealed record ItemCandidates(
    string Code,
    IReadOnlyList<EvidenceCandidate> Candidates,
    IReadOnlyList<IndexEntry> IndexEntries,
    IReadOnlyList<IndexEntry> OtherYearEntries);
