using System.Globalization;

namespace OitChecker.Benchmarks;

/// <summary>
/// The summary of <c>bench crawl --rounds N</c>: ours and each tool ran in turn N times, so the machine's drift
/// hits both alike; medians, ranges and the per-round ratios.
/// </summary>
public static class RoundSummary
{
    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("no values", nameof(values));
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Lines for the rounds of our crawl and the tools (in the order they ran, one tool run per round each).</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<BenchmarkRun> ours, IReadOnlyList<ToolRun> tools)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(tools);
        var oursSeconds = ours.Select(r => r.Elapsed.TotalSeconds).ToArray();
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Rounds: {ours.Count}. Ours: median {Median(oursSeconds):F2} s ({oursSeconds.Min():F2}-{oursSeconds.Max():F2}), processor median {Median(ours.Select(r => r.CpuTime.TotalSeconds)):F2} s, peak {ours.Max(r => r.PeakWorkingSet) / 1048576.0:F0} MB, exact broken links in {ours.Count(r => r.ExactBroken)} of {ours.Count}");
        foreach (var tool in tools.GroupBy(t => t.Name, StringComparer.Ordinal))
        {
            var runs = tool.ToArray();
            var n = Math.Min(runs.Length, oursSeconds.Length);
            var wall = runs.Select(t => t.Elapsed.TotalSeconds).ToArray();
            var ratios = Enumerable.Range(0, n).Select(i => wall[i] / Math.Max(oursSeconds[i], 0.001)).ToArray();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{tool.Key,-24} median {Median(wall):F2} s ({wall.Min():F2}-{wall.Max():F2}) -> tool time / our time per round {ratios.Min():F2}-{ratios.Max():F2}, median {Median(ratios):F2}");
            if (runs.All(t => t.ReportedCrawl is not null))
            {
                var own = runs.Select(t => t.ReportedCrawl!.Value.TotalSeconds).ToArray();
                var ownRatios = Enumerable.Range(0, n).Select(i => own[i] / Math.Max(oursSeconds[i], 0.001)).ToArray();
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{string.Empty,-24} its own crawl time (start-up left out, as in ours): median {Median(own):F2} s -> per round {ownRatios.Min():F2}-{ownRatios.Max():F2}, median {Median(ownRatios):F2}");
            }
        }
    }
}
