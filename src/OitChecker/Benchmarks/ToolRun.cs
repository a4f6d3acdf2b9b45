using System.Globalization;
using System.Text.RegularExpressions;

namespace OitChecker.Benchmarks;

/// <summary>
/// One run of a comparison tool on the benchmark site: its process wall time (start-up included) and, when the
/// tool prints it, the crawl time it reports itself (linkinator: "… links in 4.31 seconds"), which leaves out
/// its start-up as our own crawl time does.
/// </summary>
public sealed partial record ToolRun(string Name, int ExitCode, TimeSpan Elapsed, TimeSpan? ReportedCrawl)
{
    /// <summary>The crawl time a tool printed ("in 4.31 seconds"), or null when its output has none.</summary>
    public static TimeSpan? ParseReportedCrawl(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var match = ReportedSeconds().Matches(output).LastOrDefault();
        return match is null ? null : TimeSpan.FromSeconds(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\bin (\d+(?:\.\d+)?) seconds?\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReportedSeconds();
}
