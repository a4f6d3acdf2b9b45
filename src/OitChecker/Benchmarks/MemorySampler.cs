using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace OitChecker.Benchmarks;

/// <summary>
/// Samples this process's working set while a measured phase runs and keeps the peak. It must cost the
/// measured process next to nothing: on Linux it reads the resident size from <c>/proc/self/statm</c> (one
/// short read of an open file) on its own sleeping thread. <see cref="Process.WorkingSet64"/> re-read and
/// parsed two proc files per call, and a thread-pool timer woke the pool every 20 ms; together they were about
/// a quarter of the process's CPU during the polite run, and part of every measured run.
/// </summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly ResidentSize _resident;
    private readonly TimeSpan _every;
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private long _peak;
    private long _peakGc;

    private MemorySampler(ResidentSize resident, TimeSpan every)
    {
        _resident = resident;
        _every = every;
        BaselineBytes = resident.Read();
        _peak = BaselineBytes;
        _thread = new Thread(Loop) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    /// <summary>The working set when sampling started (after a full collection), in bytes.</summary>
    public long BaselineBytes { get; }

    /// <summary>The highest working set seen, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    /// <summary>The most memory the GC had committed at one sample (its share of the working set), in bytes.</summary>
    public long PeakGcCommittedBytes => Interlocked.Read(ref _peakGc);

    /// <summary>Releases what earlier phases left behind, then starts sampling.</summary>
    public static MemorySampler Start(TimeSpan? every = null)
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return new MemorySampler(new ResidentSize(), every ?? TimeSpan.FromMilliseconds(20));
    }

    public ValueTask DisposeAsync()
    {
        _stop.Set();
        _thread.Join();
        Sample();
        _stop.Dispose();
        _resident.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Loop()
    {
        while (!_stop.Wait(_every))
        {
            Sample();
        }
    }

    private void Sample()
    {
        var ws = _resident.Read();
        if (ws > Interlocked.Read(ref _peak))
        {
            Interlocked.Exchange(ref _peak, ws);
        }

        var gc = GC.GetGCMemoryInfo().TotalCommittedBytes;
        if (gc > Interlocked.Read(ref _peakGc))
        {
            Interlocked.Exchange(ref _peakGc, gc);
        }
    }

    /// <summary>The resident set size: <c>/proc/self/statm</c> where there is one, else <see cref="Process.WorkingSet64"/>.</summary>
    private sealed class ResidentSize : IDisposable
    {
        private readonly SafeFileHandle? _statm;
        private readonly byte[] _buffer = new byte[128];
        private readonly Process? _process;

        public ResidentSize()
        {
            try
            {
                _statm = File.OpenHandle("/proc/self/statm");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _process = Process.GetCurrentProcess();
            }
        }

        /// <summary>Bytes resident now.</summary>
        public long Read()
        {
            if (_statm is null)
            {
                _process!.Refresh();
                return _process.WorkingSet64;
            }

            // "size resident shared text lib data dt", in pages
            var n = RandomAccess.Read(_statm, _buffer, 0);
            var i = 0;
            while (i < n && _buffer[i] != ' ')
            {
                i++;
            }

            long pages = 0;
            for (i++; i < n && _buffer[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                pages = (pages * 10) + (_buffer[i] - '0');
            }

            return pages * Environment.SystemPageSize;
        }

        public void Dispose()
        {
            _statm?.Dispose();
            _process?.Dispose();
        }
    }
}
