using System.Diagnostics;

namespace OitChecker.Benchmarks;

/// <summary>Samples this process's working set while a measured phase runs and keeps the peak.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;
    private long _peakGc;

    private MemorySampler(TimeSpan every)
    {
        _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                var ws = process.WorkingSet64;
                if (ws > Interlocked.Read(ref _peak))
                {
                    Interlocked.Exchange(ref _peak, ws);
                }

                var gc = GC.GetGCMemoryInfo().TotalCommittedBytes;
                if (gc > Interlocked.Read(ref _peakGc))
                {
                    Interlocked.Exchange(ref _peakGc, gc);
                }

                try
                {
                    await Task.Delay(every, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    /// <summary>The working set when sampling started (after a full collection), in bytes.</summary>
    public long BaselineBytes { get; private init; }

    /// <summary>The highest working set seen, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    /// <summary>The most memory the GC had committed at one sample (its share of the working set), in bytes.</summary>
    public long PeakGcCommittedBytes => Interlocked.Read(ref _peakGc);

    /// <summary>Releases what earlier phases left behind, then starts sampling.</summary>
    public static MemorySampler Start(TimeSpan? every = null)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return new MemorySampler(every ?? TimeSpan.FromMilliseconds(20)) { BaselineBytes = process.WorkingSet64 };
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
