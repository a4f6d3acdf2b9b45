using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace OitChecker.Crawling;

/// <summary>
/// One Polly 8 resilience pipeline per host, from the outside in: a total timeout per URL, retries with
/// jittered exponential backoff (network errors, 408, 429, 5xx; Retry-After honoured up to a cap, and
/// the whole host paused meanwhile), a circuit breaker (a host that keeps failing is left alone for a
/// while instead of being hammered), and a per-attempt timeout that covers the body as well.
/// </summary>
public sealed class FetchPipelines
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HopResponse>> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly CrawlerOptions _options;
    private readonly HostThrottle _throttle;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal FetchPipelines(CrawlerOptions options, HostThrottle throttle, TimeProvider time, ILogger logger)
    {
        _options = options;
        _throttle = throttle;
        _time = time;
        _logger = logger;
    }

    /// <summary>Circuit breaker: failure ratio that opens the circuit.</summary>
    public const double FailureRatio = 0.5;

    /// <summary>Circuit breaker: answers needed in the sampling window before it may open.</summary>
    public const int MinimumThroughput = 20;

    /// <summary>Circuit breaker: how long an open circuit stays open.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(15);

    internal ResiliencePipeline<HopResponse> For(string host) => _byHost.GetOrAdd(host, Build);

    /// <summary>The retry options (exposed for tests of the settings).</summary>
    internal RetryStrategyOptions<HopResponse> RetryOptions(string host) => new()
    {
        MaxRetryAttempts = Math.Max(1, _options.Retries),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = _options.RetryBaseDelay,
        MaxDelay = TimeSpan.FromSeconds(30),
        ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
        {
            { Exception: { } ex } => RetryClassifier.IsRetryable(ex),
            { Result: { } r } => RetryClassifier.IsTransientStatus(r.Status),
            _ => false,
        }),
        DelayGenerator = args => ValueTask.FromResult(RetryDelay(host, args.Outcome)),
        OnRetry = args =>
        {
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                _logger.LogDebug("Retry {Attempt} for {Host} in {Ms} ms after {What}", args.AttemptNumber + 1, host, (int)args.RetryDelay.TotalMilliseconds,
                    args.Outcome.Exception?.GetType().Name ?? args.Outcome.Result?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return ValueTask.CompletedTask;
        },
    };

    private TimeSpan? RetryDelay(string host, Outcome<HopResponse> outcome)
    {
        if (outcome.Exception is BrokenCircuitException bce)
        {
            return bce.RetryAfter ?? BreakDuration;
        }

        if (outcome.Result?.RetryAfter is { } after)
        {
            var capped = after > _options.RetryAfterCap ? _options.RetryAfterCap : after < TimeSpan.Zero ? TimeSpan.Zero : after;
            _throttle.PauseFor(host, capped, $"Retry-After {after.TotalSeconds:F0} s on {outcome.Result.Status}");
            return capped;
        }

        return null;
    }

    private ResiliencePipeline<HopResponse> Build(string host)
    {
        var builder = new ResiliencePipelineBuilder<HopResponse> { TimeProvider = _time, Name = "fetch:" + host };
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = _options.TotalRequestTimeout, Name = "total" });
        if (_options.Retries > 0)
        {
            builder.AddRetry(RetryOptions(host));
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HopResponse>
        {
            FailureRatio = FailureRatio,
            MinimumThroughput = MinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(60),
            BreakDuration = BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: { } ex } => RetryClassifier.IsTransientException(ex),
                { Result: { } r } => RetryClassifier.CountsAgainstCircuit(r.Status),
                _ => false,
            }),
            OnOpened = args =>
            {
                _logger.LogWarning("Circuit opened for {Host}: too many failures; pausing {Seconds} s", host, args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = _options.RequestTimeout, Name = "attempt" });
        return builder.Build();
    }
}
