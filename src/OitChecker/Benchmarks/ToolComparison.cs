using System.Globalization;

namespace OitChecker.Benchmarks;

/// <summary>Runs wget --spider -r (the floor), linkchecker and linkinator on the benchmark site and prints time ratios.</summary>
internal sealed class ToolComparison(BenchmarkOptions options, TextWriter output)
{
    public async Task RunAsync(Uri site, BenchmarkRun ours, string work, CancellationToken ct)
    {
        var url = site.AbsoluteUri;
        var tools = new List<(string Name, string? Path, string[] Args)>
        {
            ("wget --spider -r", ExternalTool.Find("wget"), ["--spider", "-r", "-l", "inf", "-nd", "-nv", "--tries=1", "-o", Path.Combine(work, "wget.log"), url]),
            ("linkchecker", ExternalTool.Find("linkchecker"), ["--check-extern", "--no-status", "-o", "none", url]),
            ("linkinator@7", options.Linkinator is null ? ExternalTool.Find("linkinator") : ExternalTool.Find(options.Linkinator), [url, "--recurse", "--silent"]),
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
            var ratio = elapsed.TotalSeconds / Math.Max(ours.Elapsed.TotalSeconds, 0.001);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {elapsed.TotalSeconds,8:F2} s  exit {exit}  -> tool time / our time = {ratio:F2} ({(ratio >= 1 ? $"ours is {ratio:F2}x faster" : $"ours is {1 / ratio:F2}x slower")}; ours takes {ours.Elapsed.TotalSeconds / elapsed.TotalSeconds:F2}x the tool's wall time)"));
            if (exit is not (0 or 1 or 8) && tail.Length > 0)
            {
                await output.WriteLineAsync("  " + tail.Replace("\n", "\n  ", StringComparison.Ordinal));
            }
        }
    }
}
