using OitChecker.Catalog;

namespace OitChecker.Verdicts;

/// <summary>
/// Projects the OIT score from item verdicts the way the NACC aggregates it (see docs/scoring.md):
/// sub-indicator = passed / items; indicator = mean of its sub-indicators; OIT = mean of indicators 9 and 10.
/// One failed item in a small sub-indicator costs more: one miss in 10.2 (2 items) costs 25 points of
/// indicator 10, i.e. 12.5 OIT points.
/// </summary>
public static class ScoreCalculator
{
    /// <summary>OIT's weight in the 100-point ITA.</summary>
    public const double OitWeightInIta = 0.40;

    /// <summary>The projection for the given verdicts (items without a verdict count as failing).</summary>
    public static ScoreProjection Project(OitCatalog catalog, IReadOnlyCollection<ItemVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(verdicts);
        var passed = verdicts.Where(v => v.Verdict == Verdict.Pass).Select(v => v.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var passedOrReview = verdicts.Where(v => v.Verdict is Verdict.Pass or Verdict.ManualReview).Select(v => v.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var indicators = catalog.Indicators.Select(ind =>
        {
            var subs = ind.SubIndicators.Select(s =>
            {
                var items = catalog.ItemsOf(s).ToList();
                var p = items.Count(i => passed.Contains(i.Code));
                return new SubIndicatorScore(s.Code, s.TitleTh, p, items.Count, items.Count == 0 ? 0 : Round(100.0 * p / items.Count));
            }).ToList();
            return new IndicatorScore(ind.Code, ind.TitleTh, Round(Oit(catalog, ind, passed)), subs);
        }).ToList();

        var oit = Oit(catalog, passed);
        return new ScoreProjection(Round(oit), Round(Oit(catalog, passedOrReview)), Round(oit * OitWeightInIta), indicators);
    }

    /// <summary>OIT points gained if the item passed, given the current passes.</summary>
    public static double Gain(OitCatalog catalog, IReadOnlyCollection<ItemVerdict> verdicts, string code)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(verdicts);
        var passed = verdicts.Where(v => v.Verdict == Verdict.Pass).Select(v => v.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (passed.Contains(code))
        {
            return 0;
        }

        var before = Oit(catalog, passed);
        passed.Add(code);
        return Round(Oit(catalog, passed) - before);
    }

    /// <summary>Sets <see cref="ItemVerdict.Cost"/> on every verdict.</summary>
    public static IReadOnlyList<ItemVerdict> WithCosts(OitCatalog catalog, IReadOnlyList<ItemVerdict> verdicts) =>
        verdicts.Select(v => v with { Cost = Gain(catalog, verdicts, v.Code) }).ToList();

    private static double Oit(OitCatalog catalog, HashSet<string> passed) =>
        catalog.Indicators.Count == 0 ? 0 : catalog.Indicators.Average(i => Oit(catalog, i, passed));

    private static double Oit(OitCatalog catalog, Indicator indicator, HashSet<string> passed)
    {
        var rates = indicator.SubIndicators
            .Select(s => catalog.ItemsOf(s).ToList())
            .Where(items => items.Count > 0)
            .Select(items => 100.0 * items.Count(i => passed.Contains(i.Code)) / items.Count)
            .ToList();
        return rates.Count == 0 ? 0 : rates.Average();
    }

    private static double Round(double v) => Math.Round(v, 2, MidpointRounding.AwayFromZero);
}
