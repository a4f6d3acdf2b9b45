namespace OitChecker.Verdicts;

/// <summary>The checker's projection of the assessor's 100/0 for one item.</summary>
public enum Verdict
{
    /// <summary>Every element found, for the right period, on the main site: projected 100.</summary>
    Pass,

    /// <summary>At least one element is missing or wrong: projected 0.</summary>
    Fail,

    /// <summary>The machine found the evidence but a human must judge part of it (a signature, a scan).</summary>
    ManualReview,

    /// <summary>The site was down or blocking us; nothing can be said.</summary>
    Inconclusive,
}

/// <summary>Why an item fails, in the assessor's terms.</summary>
public enum FailKind
{
    /// <summary>No evidence found at all.</summary>
    Missing,

    /// <summary>Evidence is linked but dead: 4xx/5xx, a soft 404, a ".pdf" that is an HTML error, a document that does not open.</summary>
    Broken,

    /// <summary>Evidence found, but an element is missing (a column, a side, a phrase, a document).</summary>
    Incomplete,

    /// <summary>Evidence found, but for the wrong fiscal year or with months missing.</summary>
    WrongPeriod,

    /// <summary>Evidence only off the main site (Facebook, Google Drive, a link shortener).</summary>
    OffSite,
}

/// <summary>The outcome of one element check.</summary>
public enum ElementOutcome
{
    Pass,
    Fail,
    ManualReview,

    /// <summary>Not judged because an earlier element already failed in a way that makes it meaningless (no evidence).</summary>
    NotChecked,
}

/// <summary>A reason in both languages: Thai for the divisions, English for logs and developers.</summary>
public sealed record Reason(string Th, string En)
{
    public override string ToString() => $"{Th} / {En}";
}
