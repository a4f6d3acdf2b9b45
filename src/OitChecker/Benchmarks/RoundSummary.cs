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

    /// <summary>
    /// Lines for the rounds of our crawl and the tools (in the order they ran, one tool run per round each). A
    /// round's ratio is the tool's wall time against our process's (our crawl time when ours ran inside the
    /// benchmark), and, when the tool reports it, the tool's own crawl time against our crawl time.
    /// </summary>
    public static IEnumerable<string> Lines(IReadOnlyList<BenchmarkRun> ours, IReadOnlyList<ToolRun> tools)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(tools);
        var crawl = ours.Select(r => r.Elapsed.TotalSeconds).ToArray();
        var wall = ours.Select(r => r.ComparedTime.TotalSeconds).ToArray();
        var processes = ours.All(r => r.ProcessWall is not null);
        yield return string.Create(CultureInfo.InvariantCulture,
            $"Rounds: {ours.Count}, ours {(processes ? "each in a fresh process" : "in this warm process")}. Ours: crawl median {Median(crawl):F2} s ({crawl.Min():F2}-{crawl.Max():F2}){(processes ? $", process median {Median(wall):F2} s ({wall.Min():F2}-{wall.Max():F2})" : string.Empty)}, processor median {Median(ours.Select(r => r.CpuTime.TotalSeconds)):F2} s, peak {ours.Max(r => r.PeakWorkingSet) / 1048576.0:F0} MB, exact broken links in {ours.Count(r => r.ExactBroken)} of {ours.Count}");
        foreach (var tool in tools.GroupBy(t => t.Name, StringComparer.Ordinal))
        {
            var runs = tool.ToArray();
            var n = Math.Min(runs.Length, ours.Count);
            var times = runs.Select(t => t.Elapsed.TotalSeconds).ToArray();
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{tool.Key,-24} median {Median(times):F2} s ({times.Min():F2}-{times.Max():F2}) -> tool time / our {(processes ? "process" : "crawl")} time per round {Ratios(times, wall, n)}");
            if (runs.All(t => t.ReportedCrawl is not null))
            {
                var own = runs.Select(t => t.ReportedCrawl!.Value.TotalSeconds).ToArray();
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"{string.Empty,-24} its own crawl time (start-up left out): median {Median(own):F2} s -> / our crawl time per round {Ratios(own, crawl, n)}");
            }
        }
    }

    private static string Ratios(double[] tool, double[] ours, int n)
    {
        var ratios = Enumerable.Range(0, n).Select(i => tool[i] / Math.Max(ours[i], 0.001)).ToArray();
        return string.Create(CultureInfo.InvariantCulture, $"{ratios.Min():F2}-{ratios.Max():F2}, median {Median(ratios):F2}");
    }
}
