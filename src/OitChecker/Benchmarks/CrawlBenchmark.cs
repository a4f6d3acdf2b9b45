using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using OitChecker.Crawling;
using OitChecker.Serving;

namespace OitChecker.Benchmarks;

/// <summary>
/// <c>oitcheck bench crawl</c>: generates a synthetic municipality site, serves it on loopback and measures
/// the crawler — (a) politeness off, (b) default politeness on a server with added latency, a revisit pair
/// (second run's bytes against the first) — and runs <c>wget --spider -r</c> (the floor), <c>linkchecker</c>
/// and <c>linkinator</c> on the same site when installed, printing every figure and the time ratios.
/// </summary>
public sealed class CrawlBenchmark
{
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;

    public CrawlBenchmark(ILoggerFactory loggers, TimeProvider time)
    {
        _loggers = loggers;
        _time = time;
    }

    /// <summary>Runs the benchmark and writes the report to <paramref name="output"/>.</summary>
    public async Task<IReadOnlyList<BenchmarkRun>> RunAsync(BenchmarkOptions options, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "oitcheck-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var siteDir = Path.Combine(work, "site");
        var extDir = Path.Combine(work, "external");
        Directory.CreateDirectory(siteDir);
        Directory.CreateDirectory(extDir);
        try
        {
            SyntheticSiteGenerator.GenerateExternal(extDir);
            await using var external = await SiteHost.StartAsync(options.Helpers, extDir, ct);
            var origin = $"http://localhost:{external.BaseUrl.Port}";
            var gen = Stopwatch.StartNew();
            var site = options.Helpers is null
                ? SyntheticSiteGenerator.Generate(siteDir, options.Site, origin)
                : await ChildSiteGenerator.RunAsync(options.Helpers, siteDir, options.Site, origin, ct);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Site: {site.Pages} pages + {site.Pdfs} PDFs, {site.Bytes / 1048576.0:F1} MB, {site.PlantedInternal.Count} internal + {site.PlantedExternal.Count} external broken links planted (generated in {gen.Elapsed.TotalSeconds:F1} s) in {work}"));
            await using var server = await SiteHost.StartAsync(options.Helpers, siteDir, ct);
            await output.WriteLineAsync(options.Helpers is null
                ? "The site is generated and served in this process: peak memory includes the server."
                : "The site is generated and served by child processes: peak memory is the crawler's own.");
            var runs = new List<BenchmarkRun>();
            var fast = FastOptions(options, site);
            var a = await MeasureAsync("(a) politeness off", server.BaseUrl, () => server.ServerCpu, fast, null, site, work, ct);
            runs.Add(a);
            await Report(output, a);

            if (options.Polite)
            {
                await PoliteAsync(options, siteDir, site, work, output, runs, ct);
            }

            if (options.Revisit)
            {
                using var revisits = new SqliteRevisitStore(Path.Combine(work, "history.db"));
                var first = await MeasureAsync("revisit 1st run", server.BaseUrl, () => server.ServerCpu, fast, revisits, site, work, ct);
                var second = await MeasureAsync("revisit 2nd run", server.BaseUrl, () => server.ServerCpu, fast, revisits, site, work, ct);
                runs.Add(first);
                runs.Add(second);
                await Report(output, first);
                await Report(output, second);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Revisit: 2nd run transferred {second.Bytes:N0} body bytes = {100.0 * second.Bytes / Math.Max(1, first.Bytes):F2} % of the 1st run's {first.Bytes:N0} (target < 10 %)"));
            }

            await RoundsAsync(options, server, fast, site, work, output, runs, ct);
            return runs;
        }
        finally
        {
            if (options.WorkDirectory is null)
            {
                TryDelete(work);
            }
        }
    }

    /// <summary>
    /// The comparison with the tools, over <see cref="BenchmarkOptions.Rounds"/> rounds: in each, one more run of
    /// (a), then each tool. A round's run is a fresh process of its own when helpers can be started (the JIT,
    /// warm-up and start-up paid again, as a tool pays them, and its wall time taken from start to exit, as a
    /// tool's is), otherwise a run in this already warm process, which the output then says. With more than one
    /// round, a summary of the rounds follows.
    /// </summary>
    private async Task RoundsAsync(BenchmarkOptions options, SiteHost server, CrawlerOptions fast, SyntheticSite site, string work, TextWriter output, List<BenchmarkRun> runs, CancellationToken ct)
    {
        if (!options.ExternalTools && options.Rounds == 1)
        {
            return;
        }

        var comparison = new ToolComparison(options, output);
        var sitePath = Path.Combine(work, "site.json");
        await File.WriteAllTextAsync(sitePath, JsonSerializer.Serialize(site, BenchJson.Default.SyntheticSite), ct);
        var ours = new List<BenchmarkRun>();
        var tools = new List<ToolRun>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            var a = options.Helpers is { } helpers
                ? await ChildCrawl.RunAsync(helpers, $"(a) round {round}, own process", server.BaseUrl, sitePath, options.FastConcurrency, work, () => server.ServerCpu, ct)
                : await MeasureAsync($"(a) round {round}, warm process", server.BaseUrl, () => server.ServerCpu, fast, null, site, work, ct);
            runs.Add(a);
            ours.Add(a);
            await Report(output, a);
            if (options.ExternalTools)
            {
                tools.AddRange(await comparison.RunAsync(server.BaseUrl, a, work, ct));
            }
        }

        if (options.Rounds > 1)
        {
            foreach (var line in RoundSummary.Lines(ours, tools))
            {
                await output.WriteLineAsync(line);
            }
        }
    }

    /// <summary>
    /// Run (a) on a site served elsewhere (<c>bench measure</c>, a fresh process per round) into a new page store
    /// at <paramref name="storePath"/>, which the caller reads with <see cref="WithStoredPagesAsync"/>;
    /// <paramref name="site"/> says which broken links were planted.
    /// </summary>
    public Task<BenchmarkRun> MeasureFastAsync(string name, Uri url, SyntheticSite site, int concurrency, string storePath, CancellationToken ct) =>
        CrawlAsync(name, url, () => null, FastOptions(new BenchmarkOptions { FastConcurrency = concurrency }, site), null, site, storePath, compareBroken: true, ct);

    private async Task PoliteAsync(BenchmarkOptions options, string siteDir, SyntheticSite site, string work, TextWriter output, List<BenchmarkRun> runs, CancellationToken ct)
    {
        await using var slow = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = siteDir, Latency = options.PoliteLatency }, ct);
        var polite = new CrawlerOptions { MaxPages = options.PolitePages, CheckExternal = false, MaxDepth = 50 };
        var before = slow.Requests;
        var b = await MeasureAsync("(b) default politeness", slow.BaseUrl, () => null, polite, null, site, work, ct, compareBroken: false);
        var hostRequests = slow.Requests - before;
        runs.Add(b);
        await Report(output, b);
        // N requests start N-1 intervals apart: the rate is measured between the first and the last arrival.
        var rate = (hostRequests - 1) / Math.Max(slow.RequestSpan.TotalSeconds, 0.001);
        var allowed = Math.Min(polite.OwnPoliteness.MaxRatePerSecond, polite.Concurrency / options.PoliteLatency.TotalSeconds);

        // The adaptive interval also waits at least one answer time between request starts: a slow server gets
        // at most one request per latency, on purpose, below what the fixed settings would allow.
        var adaptive = polite.AdaptiveThrottle ? Math.Min(allowed, 1 / options.PoliteLatency.TotalSeconds) : allowed;
        var slower = adaptive < allowed
            ? $"; the adaptive interval (one request per {options.PoliteLatency.TotalMilliseconds:F0} ms answer) allows {adaptive:F2}/s -> {100.0 * rate / adaptive:F1} % of that"
            : string.Empty;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Polite run: {hostRequests} requests to the site, {slow.RequestSpan.TotalSeconds:F1} s from the first to the last = {rate:F2} requests/s (crawl wall time {b.Elapsed.TotalSeconds:F1} s); the settings ({polite.Concurrency} concurrent, {polite.Delay.TotalMilliseconds:F0} ms apart, {options.PoliteLatency.TotalMilliseconds:F0} ms server latency) allow {allowed:F2}/s -> {100.0 * rate / allowed:F1} % of the allowed rate{slower}"));
    }

    private static CrawlerOptions FastOptions(BenchmarkOptions o, SyntheticSite site) => new()
    {
        Concurrency = o.FastConcurrency,
        Delay = TimeSpan.Zero,
        AdaptiveThrottle = false,
        ExternalConcurrency = o.FastConcurrency,
        ExternalDelay = TimeSpan.Zero,
        MaxParallel = o.FastConcurrency * 2,
        MaxPages = (site.Pages + site.Pdfs) * 2,
        MaxDepth = 50,
        MaxDuration = TimeSpan.FromHours(2),
    };

    private async Task<BenchmarkRun> MeasureAsync(string name, Uri baseUrl, Func<TimeSpan?> serverCpuSoFar, CrawlerOptions options, IRevisitStore? revisits, SyntheticSite site, string work, CancellationToken ct, bool compareBroken = true)
    {
        var storePath = Path.Combine(work, $"pages-{Guid.NewGuid():N}.db");
        var run = await CrawlAsync(name, baseUrl, serverCpuSoFar, options, revisits, site, storePath, compareBroken, ct);
        return await WithStoredPagesAsync(run, storePath, ct);
    }

    /// <summary>
    /// Crawls into a new page store at <paramref name="storePath"/> and measures the crawl; the run's
    /// <see cref="BenchmarkRun.Pages"/> is left at 0 for <see cref="WithStoredPagesAsync"/>.
    /// </summary>
    private async Task<BenchmarkRun> CrawlAsync(string name, Uri baseUrl, Func<TimeSpan?> serverCpuSoFar, CrawlerOptions options, IRevisitStore? revisits, SyntheticSite site, string storePath, bool compareBroken, CancellationToken ct)
    {
        CrawlSummary summary;
        long peak;
        long baseline;
        TimeSpan cpu;
        TimeSpan? serverCpu;
        TimeSpan jit;
        TimeSpan pause;
        int[] collections;
        long peakGc;
        long allocated;
        using (var store = new SqlitePageStore(storePath))
        {
            await using var sampler = MemorySampler.Start();
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var serverBefore = serverCpuSoFar();
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var pauseBefore = GC.GetTotalPauseDuration();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
            int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var crawler = new Crawler(_loggers, _time);
            summary = await crawler.CrawlAsync(new CrawlRequest { StartUrl = baseUrl, Options = options, Revisits = revisits }, store, null, ct);
            cpu = Environment.CpuUsage.TotalTime - cpuBefore;
            serverCpu = serverCpuSoFar() - serverBefore;
            jit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
            pause = GC.GetTotalPauseDuration() - pauseBefore;
            allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
            collections = [GC.CollectionCount(0) - gcBefore[0], GC.CollectionCount(1) - gcBefore[1], GC.CollectionCount(2) - gcBefore[2]];
            peak = sampler.PeakBytes;
            peakGc = sampler.PeakGcCommittedBytes;
            baseline = sampler.BaselineBytes;
        }

        var planted = site.PlantedInternal.Select(p => "site" + p).Concat(site.PlantedExternal.Select(p => "ext" + p)).ToHashSet(StringComparer.Ordinal);
        var found = summary.BrokenLinks.Select(b => (b.External ? "ext" : "site") + new Uri(b.Url).AbsolutePath).ToHashSet(StringComparer.Ordinal);
        var missed = compareBroken ? planted.Count(p => !found.Contains(p)) : 0;
        var extra = compareBroken ? found.Count(f => !planted.Contains(f)) : 0;
        return new BenchmarkRun(name, summary.Duration, summary.Fetched, 0, summary.Requests, summary.Bytes, peak, baseline, found.Count, compareBroken ? planted.Count : 0, missed, extra)
        {
            CpuTime = cpu, ServerCpuTime = serverCpu, JitTime = jit, GcPause = pause, GcCounts = string.Join('/', collections), PeakGcCommitted = peakGc, Allocated = allocated,
        };
    }

    /// <summary>
    /// <paramref name="run"/> with the pages and documents its page store at <paramref name="storePath"/> holds
    /// (every snapshot read back: the check that the crawl stored what it fetched), after which the store is
    /// deleted. It runs after the measured crawl, and after a round's own process has ended.
    /// </summary>
    public static async Task<BenchmarkRun> WithStoredPagesAsync(BenchmarkRun run, string storePath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var pages = 0;
        using (var store = new SqlitePageStore(storePath))
        {
            await foreach (var s in store.ReadAllAsync(ct))
            {
                if (s.Kind is ResourceKind.Html or ResourceKind.Document)
                {
                    pages++;
                }
            }
        }

        File.Delete(storePath);
        return run with { Pages = pages };
    }

    private static Task Report(TextWriter output, BenchmarkRun r) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{r.Name,-24} {r.Elapsed.TotalSeconds,8:F2} s{(r.ProcessWall is { } pw ? $" (process {pw.TotalSeconds:F2} s)" : string.Empty)}  {r.PagesPerSecond,8:F1} pages/s  cpu {r.CpuTime.TotalSeconds,6:F2} s (jit {r.JitTime.TotalSeconds:F2} s, gc pause {r.GcPause.TotalSeconds:F2} s, gc {r.GcCounts}, allocated {r.Allocated / 1048576.0:F0} MB{(r.ServerCpuTime is { } sc ? $"; server cpu {sc.TotalSeconds:F2} s" : string.Empty)})  {r.Pages,6} pages  {r.Stored,6} stored  {r.Requests,6} requests  {r.Bytes / 1048576.0,8:F1} MB  peak {r.PeakWorkingSet / 1048576.0,6:F0} MB (at start {r.BaselineWorkingSet / 1048576.0:F0} MB, GC heap {r.PeakGcCommitted / 1048576.0:F0} MB)  broken {r.BrokenFound}/{r.BrokenPlanted} planted (missed {r.BrokenMissed}, extra {r.BrokenExtra})"));

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder left behind is harmless
        }
    }
}
