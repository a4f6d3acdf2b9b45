namespace OitChecker.Benchmarks;

/// <summary>The measured figures of one crawl in the benchmark.</summary>
public sealed record BenchmarkRun(
    string Name,
    TimeSpan Elapsed,
    int Stored,
    int Pages,
    int Requests,
    long Bytes,
    long PeakWorkingSet,
    long BaselineWorkingSet,
    int BrokenFound,
    int BrokenPlanted,
    int BrokenMissed,
    int BrokenExtra)
{
    /// <summary>
    /// Processor time this process used during the crawl (all threads: parsing, GC, I/O). Unlike the wall
    /// time it barely moves when other work shares the machine, so it compares builds on a busy host.
    /// </summary>
    public TimeSpan CpuTime { get; init; }

    /// <summary>
    /// Processor time the site's server (a child process) used during the crawl; null when it runs in this
    /// process. Ours plus the server's, against 2 × the wall time on a 2-core machine, shows how close the run
    /// came to using the whole machine.
    /// </summary>
    public TimeSpan? ServerCpuTime { get; init; }

    /// <summary>
    /// Wall time of the whole process when the run was measured in a process of its own (<c>bench measure</c>),
    /// start-up and exit included, as a comparison tool's time is; null when measured inside the benchmark.
    /// </summary>
    public TimeSpan? ProcessWall { get; init; }

    /// <summary>Time the JIT spent compiling during the crawl (start-up cost: tiered compilation is off).</summary>
    public TimeSpan JitTime { get; init; }

    /// <summary>Time the runtime was paused for garbage collections during the crawl, and how many gen0/1/2 ran.</summary>
    public TimeSpan GcPause { get; init; }

    /// <summary>Collections of each generation during the crawl ("gen0/gen1/gen2").</summary>
    public string GcCounts { get; init; } = string.Empty;

    /// <summary>Bytes this process allocated on the managed heap during the crawl (all threads): what the GC had to clear and collect.</summary>
    public long Allocated { get; init; }

    /// <summary>The GC's peak committed memory during the crawl: how much of the peak working set is managed heap.</summary>
    public long PeakGcCommitted { get; init; }

    /// <summary>
    /// The time a comparison tool's wall time is set against: this run's process from start to exit when it had one
    /// of its own, otherwise its crawl time.
    /// </summary>
    public TimeSpan ComparedTime => ProcessWall ?? Elapsed;

    /// <summary>What <see cref="ComparedTime"/> is: "process" or "crawl".</summary>
    public string ComparedTimeName => ProcessWall is null ? "crawl" : "process";

    /// <summary>Pages and documents of the site per second.</summary>
    public double PagesPerSecond => Pages / Math.Max(Elapsed.TotalSeconds, 0.001);

    /// <summary>True when exactly the planted broken links were found.</summary>
    public bool ExactBroken => BrokenMissed == 0 && BrokenExtra == 0 && BrokenFound == BrokenPlanted;
}
