using OitChecker.Catalog;
using OitChecker.Verdicts;

namespace OitChecker.History;

/// <summary>
/// One item of one run as the history keeps it: the verdict plus the state the next run's diff starts
/// from (how many conclusive runs in a row it has been open, since when, whether the gap is confirmed).
/// </summary>
public sealed record ItemState
{
    public required string Code { get; init; }

    public required string Division { get; init; }

    public string SubIndicator { get; init; } = string.Empty;

    public Verdict Verdict { get; init; }

    public Confidence Confidence { get; init; }

    /// <summary>OIT points gained if the item passed.</summary>
    public double Cost { get; init; }

    public string? Url { get; init; }

    public IReadOnlyList<FailKind> FailKinds { get; init; } = [];

    /// <summary>The change since the previous conclusive run.</summary>
    public ItemChange Change { get; init; }

    /// <summary>Consecutive conclusive runs in which the item was open (fail or manual review), this one included.</summary>
    public int FailStreak { get; init; }

    /// <summary>Start of the current open streak, or null when the item passes.</summary>
    public DateTimeOffset? FirstFailingAt { get; init; }

    /// <summary>True when the open streak is a confirmed gap (it passed flap damping, or was never seen passing).</summary>
    public bool Confirmed { get; init; }

    /// <summary>True once the item has had a conclusive verdict (pass, fail or manual review) in a conclusive run.</summary>
    public bool Seen { get; init; }

    /// <summary>True when the item counts as a gap: it fails or needs manual review.</summary>
    public bool IsOpen => Verdict is Verdict.Fail or Verdict.ManualReview;

    /// <summary>Whole days the current gap has been open at <paramref name="at"/>, or null when it is not open.</summary>
    public int? DaysOpen(DateTimeOffset at) =>
        IsOpen && FirstFailingAt is { } first ? Math.Max(0, (int)Math.Floor((at - first).TotalDays)) : null;
}
