using OitChecker.Catalog;
using OitChecker.History;
using OitChecker.Verdicts;

namespace OitChecker.Reporting;

/// <summary>One item as every report shows it: the verdict, its history state, and the derived texts.</summary>
public sealed record ReportRow(ItemVerdict Verdict, ItemState State, CatalogItem? CatalogItem)
{
    public string Code => Verdict.Code;

    /// <summary>True when the item is a gap (fail or manual review).</summary>
    public bool IsOpen => Verdict.Verdict is Verdicts.Verdict.Fail or Verdicts.Verdict.ManualReview;

    public bool IsUnverified => Verdict.Confidence == Confidence.Unverified;

    /// <summary>The URL to show as evidence: the verdict's URL, else the best candidate, else empty.</summary>
    public string EvidenceUrl => Verdict.Url ?? (Verdict.Evidence.Count > 0 ? Verdict.Evidence[0].Url : string.Empty);

    public string FixHintTh => !string.IsNullOrEmpty(Verdict.FixHintTh) ? Verdict.FixHintTh : CatalogItem?.FixHintTh ?? string.Empty;

    public string FixHintEn => Verdict.FixHintEn ?? CatalogItem?.FixHintEn ?? string.Empty;

    /// <summary>What is missing, in Thai (failed or review elements with their details), empty for a pass.</summary>
    public string MissingTh => Missing(r => r.Th);

    /// <summary>What is missing, in English.</summary>
    public string MissingEn => Missing(r => r.En);

    private string Missing(Func<Reason, string> pick)
    {
        if (!IsOpen)
        {
            return string.Empty;
        }

        var wanted = Verdict.Verdict == Verdicts.Verdict.Fail ? ElementOutcome.Fail : ElementOutcome.ManualReview;
        var parts = Verdict.Elements
            .Where(e => e.Outcome == wanted)
            .Select(e => e.Details.Count == 0 ? pick(e.Reason) : $"{pick(e.Reason)} ({string.Join(", ", e.Details)})")
            .ToList();
        if (parts.Count == 0)
        {
            parts = Verdict.Reasons.Select(pick).ToList();
        }

        return string.Join("; ", parts);
    }
}
