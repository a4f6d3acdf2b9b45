using System.CommandLine;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using OitChecker.Benchmarks;
using OitChecker.Running;
using OitChecker.Serving;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck bench crawl [--pages N] [--polite-pages N] [--concurrency N] [--polite-latency-ms MS] [--no-tools] [--no-polite]
/// [--no-revisit] [--linkinator PATH] [--work-dir DIR]</c>: generates a synthetic municipality site on
/// loopback and measures the crawler against wget, linkchecker and linkinator (see Benchmarks/CrawlBenchmark).
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var bench = new Command("bench", "Benchmarks on generated sites served on 127.0.0.1.");
        bench.Add(Crawl(context));
        bench.Add(Serve(context));
        bench.Add(Generate(context));
        bench.Add(Measure(context));
        return bench;
    }

    /// <summary><c>oitcheck bench serve --root DIR</c>: serves a folder on 127.0.0.1 until stopped (the benchmark's child server).</summary>
    private static Command Serve(CliContext context)
    {
        var root = new Option<string>("--root") { Description = "Folder to serve.", Required = true };
        var latency = new Option<int>("--latency-ms") { Description = "Delay added to every request." };
        var parent = new Option<int?>("--parent-pid") { Description = "Stop when this process ends." };
        var command = new Command("serve", "Serve a folder on 127.0.0.1 (prints 'listening URL'); used by 'bench crawl'.") { root, latency, parent };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            await using var server = await StaticSiteServer.StartAsync(
                new StaticSiteOptions { Root = parse.GetValue(root)!, Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)) }, ct);
            await context.Output.WriteLineAsync("listening " + server.BaseUrl.AbsoluteUri);
            await context.Output.FlushAsync(ct);
            var parentPid = parse.GetValue(parent);
            while (!ct.IsCancellationRequested && (parentPid is null || IsAlive(parentPid.Value)))
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>oitcheck bench generate --root DIR --pages N --external-origin URL</c>: writes the synthetic site (the benchmark's child generator).</summary>
    private static Command Generate(CliContext context)
    {
        var root = new Option<string>("--root") { Description = "Folder to write the site into.", Required = true };
        var pages = new Option<int>("--pages") { Description = "Pages of the synthetic site.", DefaultValueFactory = _ => 2000 };
        var origin = new Option<string>("--external-origin") { Description = "Origin of the external site the pages link to.", Required = true };
        var command = new Command("generate", "Write the synthetic benchmark site (prints 'site JSON'); used by 'bench crawl'.") { root, pages, origin };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var site = SyntheticSiteGenerator.Generate(parse.GetValue(root)!, new SyntheticSiteOptions { Pages = parse.GetValue(pages) }, parse.GetValue(origin)!);
            await context.Output.WriteLineAsync(ChildSiteGenerator.ResultLine(site));
            await context.Output.FlushAsync(ct);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// <c>oitcheck bench measure --url URL --site FILE --store FILE</c>: run (a) of the crawl benchmark in this fresh
    /// process on a site served elsewhere (a round of the comparison in <c>bench crawl</c>); prints 'run JSON'.
    /// </summary>
    private static Command Measure(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "The served benchmark site.", Required = true };
        var sitePath = new Option<string>("--site") { Description = "The site's description (JSON) with its planted broken links.", Required = true };
        var name = new Option<string>("--name") { Description = "Name of the run.", DefaultValueFactory = _ => "(a) own process" };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent requests.", DefaultValueFactory = _ => 8 };
        var store = new Option<string>("--store") { Description = "Path of the new page store (the caller reads and deletes it).", Required = true };
        var command = new Command("measure", "Run (a) of the crawl benchmark in this process (prints 'run JSON'); used by 'bench crawl' to compare with the tools.")
        {
            url, sitePath, name, concurrency, store,
        };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var site = JsonSerializer.Deserialize(await File.ReadAllTextAsync(parse.GetValue(sitePath)!, ct), BenchJson.Default.SyntheticSite)
                ?? throw new InvalidDataException("empty site description: " + parse.GetValue(sitePath));
            var run = await new CrawlBenchmark(context.LoggerFactory, context.Time)
                .MeasureFastAsync(parse.GetValue(name)!, new Uri(parse.GetValue(url)!), site, parse.GetValue(concurrency), parse.GetValue(store)!, ct);
            await context.Output.WriteLineAsync(ChildCrawl.ResultLine(run));
            await context.Output.FlushAsync(ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>How to start this executable's <c>bench</c> helpers (apphost, or <c>dotnet oitcheck.dll</c>).</summary>
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "The assembly's path is read only when run as 'dotnet oitcheck.dll', never in a native or single-file build.")]
    private static BenchHelperProcess? SelfHelpers()
    {
        var exe = Environment.ProcessPath;
        if (exe is null)
        {
            return null;
        }

        return Path.GetFileNameWithoutExtension(exe) == "dotnet"
            ? new BenchHelperProcess(exe, [typeof(BenchCommand).Assembly.Location, "bench"])
            : new BenchHelperProcess(exe, ["bench"]);
    }

    private static Command Crawl(CliContext context)
    {
        var pages = new Option<int>("--pages") { Description = "Pages of the synthetic site.", DefaultValueFactory = _ => 2000 };
        var politePages = new Option<int>("--polite-pages") { Description = "Page limit of the polite run (about 2 pages/s).", DefaultValueFactory = _ => 120 };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent requests with politeness off.", DefaultValueFactory = _ => 8 };
        var politeLatency = new Option<int>("--polite-latency-ms")
        {
            Description = "Delay the server adds to every request in the polite run (a slow municipal server: 500-2000).",
            DefaultValueFactory = _ => 50,
        };
        var tools = new Option<string[]>("--tools") { Description = "Only these comparison tools (wget, linkchecker, linkinator).", AllowMultipleArgumentsPerToken = true };
        var noTools = new Option<bool>("--no-tools") { Description = "Do not run wget, linkchecker and linkinator." };
        var noPolite = new Option<bool>("--no-polite") { Description = "Skip the polite run." };
        var noRevisit = new Option<bool>("--no-revisit") { Description = "Skip the revisit pair." };
        var linkinator = new Option<string?>("--linkinator") { Description = "Path of the linkinator executable (default: on PATH)." };
        var inProcess = new Option<bool>("--in-process-server") { Description = "Generate and serve the site in this process (peak memory then includes the server)." };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Rounds of the comparison: each runs (a) again in a fresh process, then each tool; more than one prints medians and per-round ratios (a machine's speed drifts).",
            DefaultValueFactory = _ => 1,
        };
        var workDir = new Option<string?>("--work-dir") { Description = "Keep the generated site and stores in this folder (default: a temporary folder, deleted)." };
        var command = new Command("crawl", "Crawl benchmark: pages/s, requests, bytes, peak memory, broken links found vs planted, polite rate, revisit bytes, time ratios.")
        {
            pages, politePages, concurrency, politeLatency, tools, noTools, noPolite, noRevisit, linkinator, workDir, inProcess, rounds,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new BenchmarkOptions
            {
                Pages = parse.GetValue(pages),
                PolitePages = parse.GetValue(politePages),
                FastConcurrency = parse.GetValue(concurrency),
                PoliteLatency = TimeSpan.FromMilliseconds(parse.GetValue(politeLatency)),
                ExternalTools = !parse.GetValue(noTools),
                Tools = parse.GetValue(tools) ?? [],
                Polite = !parse.GetValue(noPolite),
                Revisit = !parse.GetValue(noRevisit),
                Linkinator = parse.GetValue(linkinator),
                WorkDirectory = parse.GetValue(workDir),
                Rounds = parse.GetValue(rounds),
                Helpers = parse.GetValue(inProcess) ? null : SelfHelpers(),
            };
            if (options.Pages < 10 || options.PolitePages < 2 || options.FastConcurrency < 1 || options.PoliteLatency < TimeSpan.Zero || options.PoliteLatency > TimeSpan.FromMinutes(1) || options.Rounds is < 1 or > 50)
            {
                await context.Error.WriteLineAsync("--pages must be at least 10, --polite-pages at least 2, --concurrency at least 1, --polite-latency-ms from 0 to 60000, --rounds from 1 to 50.");
                return ExitCodes.ConfigurationError;
            }

            var runs = await new CrawlBenchmark(context.LoggerFactory, context.Time).RunAsync(options, context.Output, ct);
            var fastRuns = runs.Where(r => r.Name.StartsWith("(a)", StringComparison.Ordinal)).ToList();
            return fastRuns.Count > 0 && fastRuns.All(r => r.ExactBroken) ? ExitCodes.Success : ExitCodes.UnexpectedFailure;
        });
        return command;
    }
}
