using OitChecker.Running;
using OitChecker.Verdicts;

namespace OitChecker.History;

/// <summary>
/// The diff of a run against the baseline (the latest conclusive run), with flap damping: a passing item
/// that starts failing is <see cref="ItemChange.Unconfirmed"/> until it has been open in
/// <c>flapDamping</c> consecutive conclusive runs; only then is it <see cref="ItemChange.New"/> and mailed.
/// A blip that clears before confirmation was never a gap and is not reported as fixed.
/// Inconclusive runs and inconclusive item verdicts never count: they carry the previous state forward.
/// </summary>
public static class RunDiffer
{
    /// <summary>The item states of <paramref name="result"/> given the previous states by code.</summary>
    public static IReadOnlyList<ItemState> Diff(RunResult result, IReadOnlyDictionary<string, ItemState> baseline, int flapDamping)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(baseline);
        var damping = Math.Max(1, flapDamping);
        var at = result.StartedAt;
        return result.Items.Select(v =>
        {
            baseline.TryGetValue(v.Code, out var prev);
            var state = new ItemState
            {
                Code = v.Code,
                Division = v.Division,
                SubIndicator = v.SubIndicator,
                Verdict = v.Verdict,
                Confidence = v.Confidence,
                Cost = v.Cost,
                Url = v.Url,
                FailKinds = v.FailKinds,
            };
            return result.Status == RunStatus.Inconclusive || v.Verdict == Verdict.Inconclusive
                ? CarryForward(state, prev)
                : Next(state, prev, at, damping);
        }).ToList();
    }

    private static ItemState CarryForward(ItemState state, ItemState? prev) => state with
    {
        Change = ItemChange.None,
        FailStreak = prev?.FailStreak ?? 0,
        FirstFailingAt = prev?.FirstFailingAt,
        Confirmed = prev?.Confirmed ?? false,
        Seen = prev?.Seen ?? false,
    };

    private static ItemState Next(ItemState state, ItemState? prev, DateTimeOffset at, int damping)
    {
        state = state with { Seen = true };
        var prevOpen = prev is not null && prev.FailStreak > 0;
        if (!state.IsOpen)
        {
            // Fixed only when the division had been told about the gap (it was confirmed).
            var change = prevOpen && prev!.Confirmed ? ItemChange.Fixed : ItemChange.None;
            return state with { Change = change, FailStreak = 0, FirstFailingAt = null, Confirmed = false };
        }

        if (prev is null || !prev.Seen)
        {
            // Never seen in a conclusive run: there is no passing state to protect, report it at once.
            return state with { Change = ItemChange.New, FailStreak = 1, FirstFailingAt = at, Confirmed = true };
        }

        if (!prevOpen)
        {
            // It passed last time: damp the regression.
            var confirmed = damping <= 1;
            return state with { Change = confirmed ? ItemChange.New : ItemChange.Unconfirmed, FailStreak = 1, FirstFailingAt = at, Confirmed = confirmed };
        }

        var streak = prev!.FailStreak + 1;
        if (prev.Confirmed)
        {
            return state with { Change = ItemChange.StillOpen, FailStreak = streak, FirstFailingAt = prev.FirstFailingAt ?? at, Confirmed = true };
        }

        var nowConfirmed = streak >= damping;
        return state with
        {
            Change = nowConfirmed ? ItemChange.New : ItemChange.Unconfirmed,
            FailStreak = streak,
            FirstFailingAt = prev.FirstFailingAt ?? at,
            Confirmed = nowConfirmed,
        };
    }
}
