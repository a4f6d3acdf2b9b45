using System.Globalization;

namespace OitChecker.Benchmarks;

/// <summary>Runs wget --spider -r (the floor), linkchecker and linkinator on the benchmark site and prints time ratios.</summary>
internal sealed class ToolComparison(BenchmarkOptions options, TextWriter output)
{
    /// <summary>Runs each selected, installed tool once and prints its time against <paramref name="ours"/>.</summary>
    public async Task<IReadOnlyList<ToolRun>> RunAsync(Uri site, BenchmarkRun ours, string work, CancellationToken ct)
    {
        var done = new List<ToolRun>();
        var url = site.AbsoluteUri;
        var tools = new List<(string Name, string? Path, string[] Args)>
        {
            ("wget --spider -r", ExternalTool.Find("wget"), ["--spider", "-r", "-l", "inf", "-nd", "-nv", "--tries=1", "-o", Path.Combine(work, "wget.log"), url]),
            ("linkchecker", ExternalTool.Find("linkchecker"), ["--check-extern", "--no-status", "-o", "none", url]),
            ("linkinator@7", options.Linkinator is null ? ExternalTool.Find("linkinator") : ExternalTool.Find(options.Linkinator), [url, "--recurse", "--verbosity", "error"]),
        };
        foreach (var (name, path, args) in tools)
        {
            if (options.Tools.Count > 0 && !options.Tools.Any(t => name.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (path is null)
            {
                await output.WriteLineAsync($"{name,-24} not installed: skipped");
                continue;
            }

            var dir = Path.Combine(work, "tool-" + name.Split(' ')[0].Replace("@", string.Empty, StringComparison.Ordinal));
            Directory.CreateDirectory(dir);
            var (exit, elapsed, tail) = await ExternalTool.RunAsync(path, args, dir, options.ToolTimeout, ct);
            var run = new ToolRun(name, exit, elapsed, ToolRun.ParseReportedCrawl(tail));
            done.Add(run);
            // Like with like: a process's wall time against our process's when ours ran as one, and a tool's own
            // crawl time (start-up left out) against our crawl time.
            var oursWall = ours.ComparedTime.TotalSeconds;
            var ratio = elapsed.TotalSeconds / Math.Max(oursWall, 0.001);
            var own = run.ReportedCrawl is { } crawl
                ? string.Create(CultureInfo.InvariantCulture, $"; its own crawl time {crawl.TotalSeconds:F2} s (start-up left out, as in our crawl time) / our crawl time = {crawl.TotalSeconds / Math.Max(ours.Elapsed.TotalSeconds, 0.001):F2}")
                : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {elapsed.TotalSeconds,8:F2} s  exit {exit}  -> tool time / our {ours.ComparedTimeName} time = {ratio:F2} ({(ratio >= 1 ? $"ours is {ratio:F2}x faster" : $"ours is {1 / ratio:F2}x slower")}; ours takes {oursWall / elapsed.TotalSeconds:F2}x the tool's wall time){own}"));
            if (exit is not (0 or 1 or 8) && tail.Length > 0)
            {
                await output.WriteLineAsync("  " + tail.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }

        return done;
    }
}
