using OitChecker.History;

namespace OitChecker.CrashProbe;

/// <summary>Writes watch probes in fixed-size transactions until cancelled, so a kill lands inside one.</summary>
internal sealed class ProbeWriter(HistoryStore store, TimeProvider time)
{
    /// <summary>Rows per transaction; a consistent database holds a multiple of this.</summary>
    public const int BatchSize = 2000;

    /// <summary>Set once the first batch is committed.</summary>
    public ManualResetEventSlim FirstBatch { get; } = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var n = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var at = time.GetUtcNow();
            var batch = Enumerable.Range(0, BatchSize)
                .Select(i => new WatchProbe("muangklaeng", $"https://www.muangklaeng.go.th/p{i % 7}", at.AddMilliseconds(i), 200, 100 + (i % 50), i % 11 != 0))
                .ToList();
            await store.RecordProbesAsync(batch, CancellationToken.None);
            if (++n == 1)
            {
                FirstBatch.Set();
            }
        }
    }
}
