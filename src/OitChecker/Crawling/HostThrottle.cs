using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>
/// Per-host politeness, separate from retries: at most <see cref="PolitenessSettings.MaxConcurrent"/>
/// requests in flight to one host and at least the current interval between two request starts. The
/// interval adapts: it grows with the server's latency (with the polite 2 concurrent requests, a slow server
/// gets at most one request per latency; someone who raises the concurrency for their own server gets that
/// floor shrunk in proportion, so the flag still speeds a slow server up) and doubles while more than a fifth
/// of recent answers are errors; errors never shorten it. A Retry-After or robots.txt Crawl-delay pauses or
/// slows the whole host.
/// </summary>
public sealed class HostThrottle
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Func<string, PolitenessSettings> _settingsFor;
    private readonly TimeProvider _time;
    private readonly ILogger<HostThrottle> _logger;

    /// <summary>Creates a throttle; <paramref name="settingsFor"/> gives each host its settings (own hosts and external hosts differ).</summary>
    public HostThrottle(Func<string, PolitenessSettings> settingsFor, TimeProvider time, ILogger<HostThrottle> logger)
    {
        _settingsFor = settingsFor;
        _time = time;
        _logger = logger;
    }

    /// <summary>Waits for a slot and the host's interval; dispose the lease when the request is done.</summary>
    public async ValueTask<IDisposable> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        var state = State(host);
        await state.Slots.WaitAsync(cancellationToken);
        try
        {
            TimeSpan wait;
            lock (state)
            {
                var now = _time.GetUtcNow();
                var start = Max(now, Max(state.NextStart, state.PausedUntil));
                state.NextStart = start + state.Interval;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken);
            }

            return new Lease(state.Slots);
        }
        catch
        {
            state.Slots.Release();
            throw;
        }
    }

    /// <summary>Reports a finished request so the interval can adapt.</summary>
    public void Report(string host, TimeSpan latency, bool error)
    {
        var state = State(host);
        if (!state.Settings.Adaptive)
        {
            return;
        }

        lock (state)
        {
            state.LatencyMs = state.LatencyMs < 0 ? latency.TotalMilliseconds : (0.7 * state.LatencyMs) + (0.3 * latency.TotalMilliseconds);
            state.Recent.Enqueue(error);
            if (state.Recent.Count > 20)
            {
                state.Recent.Dequeue();
            }

            state.SinceChange++;
            var errors = state.Recent.Count(e => e);
            var rate = state.Recent.Count >= 5 ? (double)errors / state.Recent.Count : 0;
            if (error && rate > 0.2 && state.SinceChange >= 5 && state.Multiplier < 16)
            {
                state.Multiplier *= 2;
                state.SinceChange = 0;
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    _logger.LogInformation("Slowing down on {Host}: {Errors} errors in the last {Count} answers; interval x{Multiplier}", host, errors, state.Recent.Count, state.Multiplier);
                }
            }
            else if (!error && errors == 0 && state.SinceChange >= 20 && state.Multiplier > 1)
            {
                state.Multiplier /= 2;
                state.SinceChange = 0;
            }

            var target = TimeSpan.FromMilliseconds(Math.Max(state.BaseInterval.TotalMilliseconds, state.LatencyMs * state.LatencyShare) * state.Multiplier);
            if (target > state.Settings.MaxInterval)
            {
                target = state.Settings.MaxInterval;
            }

            if (target < state.BaseInterval)
            {
                target = state.BaseInterval;
            }

            // Errors may only slow the crawler down, never speed it up.
            var next = error ? Max(state.Interval, target) : target;
            if (next > state.Interval * 1.5 && next - state.Interval > TimeSpan.FromMilliseconds(100) && _logger.IsEnabled(LogLevel.Debug))
            {
                _logger.LogDebug("Interval for {Host} now {Ms} ms (latency {Latency} ms)", host, (int)next.TotalMilliseconds, (int)state.LatencyMs);
            }

            state.Interval = next;
        }
    }

    /// <summary>Pauses every request to a host (Retry-After).</summary>
    public void PauseFor(string host, TimeSpan delay, string reason)
    {
        var state = State(host);
        lock (state)
        {
            var until = _time.GetUtcNow() + delay;
            if (until > state.PausedUntil)
            {
                state.PausedUntil = until;
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    _logger.LogInformation("Pausing requests to {Host} for {Seconds:F1} s: {Reason}", host, delay.TotalSeconds, reason);
                }
            }
        }
    }

    /// <summary>Raises the host's minimum interval (robots.txt Crawl-delay).</summary>
    public void RaiseMinimumInterval(string host, TimeSpan interval, string reason)
    {
        var state = State(host);
        lock (state)
        {
            if (interval > state.BaseInterval)
            {
                state.BaseInterval = interval;
                state.Interval = Max(state.Interval, interval);
                if (_logger.IsEnabled(LogLevel.Information))
                {
                    _logger.LogInformation("Minimum interval for {Host} raised to {Ms} ms: {Reason}", host, (int)interval.TotalMilliseconds, reason);
                }
            }
        }
    }

    /// <summary>The current interval between request starts to a host.</summary>
    public TimeSpan IntervalOf(string host)
    {
        var state = State(host);
        lock (state)
        {
            return state.Interval;
        }
    }

    private HostState State(string host) => _hosts.GetOrAdd(host, h => new HostState(_settingsFor(h)));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class HostState(PolitenessSettings settings)
    {
        public PolitenessSettings Settings { get; } = settings;

        public SemaphoreSlim Slots { get; } = new(Math.Max(1, settings.MaxConcurrent));

        public TimeSpan BaseInterval { get; set; } = settings.MinInterval;

        public TimeSpan Interval { get; set; } = settings.MinInterval;

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;

        public DateTimeOffset PausedUntil { get; set; } = DateTimeOffset.MinValue;

        public double LatencyMs { get; set; } = -1;

        public int Multiplier { get; set; } = 1;

        /// <summary>
        /// The part of one answer time kept between request starts: 1 up to the polite concurrency (one request per
        /// latency), less in proportion above it (8 concurrent: a quarter).
        /// </summary>
        public double LatencyShare { get; } = Math.Min(1.0, (double)PolitenessSettings.Polite.MaxConcurrent / Math.Max(1, settings.MaxConcurrent));

        public int SinceChange { get; set; }

        public Queue<bool> Recent { get; } = new();
    }

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
