using System.Text.Json;
using OitChecker.Reporting;
using OitChecker.Running;
using OitChecker.Sites;
using OitChecker.Verdicts;

namespace OitChecker.Scheduling;

/// <summary>The last verdict summary of a site, from <c>&lt;reports.directory&gt;/&lt;site&gt;/latest/results.json</c>.</summary>
public sealed record LatestResults(string Path, RunResult Result)
{
    public int Passed => Result.Items.Count(i => i.Verdict == Verdict.Pass);

    public int Failed => Result.Items.Count(i => i.Verdict == Verdict.Fail);

    public int ManualReview => Result.Items.Count(i => i.Verdict == Verdict.ManualReview);

    /// <summary>The results.json path the reporting stage writes for a site (relative to the working directory).</summary>
    public static string PathFor(SiteConfig site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return System.IO.Path.Combine(site.Reports.Directory, site.Id, "latest", "results.json");
    }

    /// <summary>Reads the latest results of a site; null when there is none yet.</summary>
    /// <exception cref="JsonException">The file is not a valid results.json.</exception>
    public static LatestResults? TryRead(SiteConfig site)
    {
        var path = PathFor(site);
        if (!File.Exists(path))
        {
            return null;
        }

        var result = ResultsJson.Deserialize(File.ReadAllText(path));
        return result is null ? null : new LatestResults(path, result);
    }
}
