using System.Globalization;

namespace OitChecker.Benchmarks;

/// <summary>
/// Run (a) in a fresh process (<c>oitcheck bench measure</c>), as a comparison tool runs: the JIT, the warm-up
/// and the process start-up are paid again, and the process's wall time from start to exit is known. The child
/// prints its <see cref="BenchmarkRun"/> as one JSON line after <see cref="Marker"/>.
/// </summary>
public static class ChildCrawl
{
    /// <summary>The prefix of the child's result line.</summary>
    public const string Marker = "run ";

    /// <summary>Longest time one measured crawl may take.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(30);

    /// <summary>The result line the child prints for <paramref name="run"/>.</summary>
    public static string ResultLine(BenchmarkRun run) => BenchHelperProcess.ResultLine(Marker, run, BenchJson.Default.BenchmarkRun);

    /// <summary>
    /// Runs <c>bench measure</c> through <paramref name="command"/> on the site at <paramref name="url"/> (described
    /// by the JSON file <paramref name="sitePath"/>) and returns its run with the process's wall time and the
    /// server's processor time meanwhile. The child only crawls into its page store; the store is read back here,
    /// after the child has ended, so the process's time holds what a tool's does: start-up, crawl, exit.
    /// </summary>
    public static async Task<BenchmarkRun> RunAsync(BenchHelperProcess command, string name, Uri url, string sitePath, int concurrency, string work, Func<TimeSpan?> serverCpuSoFar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(serverCpuSoFar);
        var serverBefore = serverCpuSoFar();
        var storePath = Path.Combine(work, $"pages-{Guid.NewGuid():N}.db");
        var (run, wall) = await command.RunForResultAsync(
            "measure",
            ["--url", url.AbsoluteUri, "--site", sitePath, "--name", name, "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "--store", storePath],
            Marker,
            BenchJson.Default.BenchmarkRun,
            Timeout,
            ct);
        run = run with { ProcessWall = wall, ServerCpuTime = serverCpuSoFar() - serverBefore };
        return await CrawlBenchmark.WithStoredPagesAsync(run, storePath, ct);
    }
}
