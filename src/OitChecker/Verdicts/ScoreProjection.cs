namespace OitChecker.Verdicts;

/// <summary>A sub-indicator's pass rate.</summary>
public sealed record SubIndicatorScore(string Code, string TitleTh, int Passed, int Total, double Percent);

/// <summary>An indicator's score: the mean of its sub-indicators' pass rates.</summary>
public sealed record IndicatorScore(string Code, string TitleTh, double Percent, IReadOnlyList<SubIndicatorScore> SubIndicators);

/// <summary>
/// The projected OIT score, aggregated as the NACC does: item 100/0 → sub-indicator pass rate →
/// indicator mean → OIT = mean of the indicators; OIT is worth 40 of the 100 ITA points.
/// Manual-review items count as 0 in <see cref="Oit"/> and as 100 in <see cref="OitIfReviewsPass"/>.
/// </summary>
public sealed record ScoreProjection(double Oit, double OitIfReviewsPass, double ItaPoints, IReadOnlyList<IndicatorScore> Indicators);
