using System.Globalization;

namespace OitChecker.Benchmarks;

/// <summary>
/// Generates the benchmark site in a child process (<c>oitcheck bench generate</c>), so the crawler's process
/// starts its measured crawl as a user's would: without the generator's code, fonts and garbage in its memory.
/// The child prints the <see cref="SyntheticSite"/> as one JSON line after <see cref="Marker"/>.
/// </summary>
public static class ChildSiteGenerator
{
    /// <summary>The prefix of the child's result line.</summary>
    public const string Marker = "site ";

    /// <summary>Longest time a generation may take.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The result line the child prints for <paramref name="site"/>.</summary>
    public static string ResultLine(SyntheticSite site) => BenchHelperProcess.ResultLine(Marker, site, BenchJson.Default.SyntheticSite);

    /// <summary>Runs <c>bench generate</c> through <paramref name="command"/> and returns the site it wrote.</summary>
    public static async Task<SyntheticSite> RunAsync(BenchHelperProcess command, string root, SyntheticSiteOptions options, string externalOrigin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(options);
        var (site, _) = await command.RunForResultAsync(
            "generate",
            ["--root", root, "--pages", options.Pages.ToString(CultureInfo.InvariantCulture), "--external-origin", externalOrigin],
            Marker,
            BenchJson.Default.SyntheticSite,
            Timeout,
            ct);
        return site;
    }
}
