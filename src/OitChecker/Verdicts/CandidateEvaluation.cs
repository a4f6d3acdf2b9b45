namespace OitChecker.Verdicts;

/// <summary>The element results of one candidate and the verdict they add up to.</summary>
public sealed record CandidateEvaluation(EvidenceCandidate Candidate, IReadOnlyList<ElementResult> Elements, Verdict Verdict, IReadOnlyList<FailKind> FailKinds)
{
    /// <summary>Lower is better: pass, manual review, incomplete/wrong period, off-site, broken, not judged.</summary>
    public int Rank => Verdict switch
    {
        Verdict.Pass => 0,
        Verdict.ManualReview => 1,
        Verdict.Fail when FailKinds.Contains(FailKind.Broken) => 4,
        Verdict.Fail when FailKinds.Contains(FailKind.OffSite) => 3,
        Verdict.Fail => 2,
        _ => 5,
    };

    /// <summary>Adds element results up: any fail fails; a reachability check that could not run makes it inconclusive.</summary>
    public static CandidateEvaluation From(EvidenceCandidate candidate, IReadOnlyList<ElementResult> results)
    {
        var kinds = results.Where(r => r.Outcome == ElementOutcome.Fail && r.FailKind is not null).Select(r => r.FailKind!.Value).Distinct().ToList();
        var verdict = kinds.Count > 0 ? Verdict.Fail
            : results.Any(r => r.Kind == Catalog.ElementKind.Reachable && r.Outcome == ElementOutcome.NotChecked) ? Verdict.Inconclusive
            : results.Any(r => r.Outcome == ElementOutcome.ManualReview) ? Verdict.ManualReview
            : Verdict.Pass;
        return new CandidateEvaluation(candidate, results, verdict, kinds);
    }
}
