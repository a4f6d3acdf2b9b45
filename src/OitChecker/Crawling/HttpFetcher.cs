using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Authentication;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OitChecker.Crawling;

/// <summary>
/// Fetches one URL: redirects followed by hand so the chain is recorded (at most
/// <see cref="MaxRedirects"/>, loops detected), every hop through the host's politeness throttle and
/// resilience pipeline, bodies streamed and cut at the byte limit. Never throws for network trouble:
/// the outcome says what happened.
/// </summary>
public sealed class HttpFetcher
{
    /// <summary>Redirects followed before giving up.</summary>
    public const int MaxRedirects = 10;

    private const int SniffBytes = 4096;
    private const int ErrorBodyBytes = 256 * 1024;

    private readonly HttpClient _client;
    private readonly HostThrottle _throttle;
    private readonly FetchPipelines _pipelines;
    private readonly CrawlerOptions _options;
    private readonly CrawlCounters _counters;
    private readonly Func<string, bool> _isOwnHost;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal HttpFetcher(HttpClient client, HostThrottle throttle, FetchPipelines pipelines, CrawlerOptions options, CrawlCounters counters,
        Func<string, bool> isOwnHost, TimeProvider time, ILogger logger)
    {
        _client = client;
        _throttle = throttle;
        _pipelines = pipelines;
        _options = options;
        _counters = counters;
        _isOwnHost = isOwnHost;
        _time = time;
        _logger = logger;
    }

    /// <summary>Fetches a URL and follows its redirects.</summary>
    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        var chain = new List<RedirectHop>();
        var url = request.Url;
        var stats = new AttemptStats();
        while (true)
        {
            HopResponse hop;
            try
            {
                hop = await ExecuteAsync(url, request, chain.Count == 0, stats, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (outcome, error) = Describe(ex);
                return Result(request, url, chain, started, stats) with { Outcome = outcome, Error = error };
            }

            if (hop.Status is 301 or 302 or 303 or 307 or 308 && hop.Location is not null)
            {
                chain.Add(new RedirectHop(url, hop.Status));
                var next = UrlNormalizer.Normalize(hop.Location, new Uri(url));
                if (!next.Ok)
                {
                    return Result(request, url, chain, started, stats) with { Status = hop.Status, Outcome = FetchOutcome.HttpError, Error = $"redirect to an unusable location ({next.Rejected}): {hop.Location}" };
                }

                if (next.Url == url || chain.Any(h => h.Url == next.Url))
                {
                    return Result(request, next.Url!, chain, started, stats) with { Status = hop.Status, Outcome = FetchOutcome.RedirectLoop, Error = $"redirect loop back to {next.Url}" };
                }

                if (chain.Count >= MaxRedirects)
                {
                    return Result(request, next.Url!, chain, started, stats) with { Status = hop.Status, Outcome = FetchOutcome.RedirectLoop, Error = $"more than {MaxRedirects} redirects" };
                }

                url = next.Url!;
                continue;
            }

            return Result(request, url, chain, started, stats) with
            {
                Status = hop.Status,
                Outcome = Classify(hop),
                Error = hop.Status is >= 400 ? $"HTTP {hop.Status}" : null,
                ContentType = hop.ContentType,
                ETag = hop.ETag,
                LastModified = hop.LastModified,
                ContentLength = hop.ContentLength,
                Body = hop.Body,
                Truncated = hop.Truncated,
                Partial = hop.Partial,
                Challenge = hop.Challenge,
                Timings = new FetchTimings(_time.GetElapsedTime(started).TotalMilliseconds, hop.FirstByteMs, stats.Attempts),
            };
        }
    }

    private static FetchOutcome Classify(HopResponse hop) => hop.Status switch
    {
        304 => FetchOutcome.NotModified,
        >= 200 and < 300 when hop.Challenge => FetchOutcome.Blocked,
        >= 200 and < 400 => FetchOutcome.Ok,
        429 => FetchOutcome.Blocked,
        403 or 503 when hop.Challenge => FetchOutcome.Blocked,
        _ => FetchOutcome.HttpError,
    };

    private FetchResult Result(FetchRequest request, string finalUrl, List<RedirectHop> chain, long started, AttemptStats stats) => new()
    {
        Url = request.Url,
        FinalUrl = finalUrl,
        Chain = chain.ToList(),
        Timings = new FetchTimings(_time.GetElapsedTime(started).TotalMilliseconds, null, stats.Attempts),
        Requests = stats.Attempts,
        Bytes = stats.Bytes,
    };

    private static (FetchOutcome, string) Describe(Exception ex)
    {
        if (RetryClassifier.Contains<RefusedAddressException>(ex))
        {
            var refused = ex is RefusedAddressException r ? r : (RefusedAddressException?)Inner<RefusedAddressException>(ex);
            return (FetchOutcome.Refused, refused?.Message ?? ex.Message);
        }

        return ex switch
        {
            TimeoutRejectedException t => (FetchOutcome.Timeout, $"no complete answer within {t.Timeout.TotalSeconds:0.#} s"),
            BrokenCircuitException => (FetchOutcome.NetworkError, "the host failed too often; its circuit is open"),
            _ when RetryClassifier.Contains<AuthenticationException>(ex) => (FetchOutcome.NetworkError, "TLS handshake failed: " + Innermost(ex).Message),
            HttpRequestException or IOException => (FetchOutcome.NetworkError, Innermost(ex).Message),
            OperationCanceledException => (FetchOutcome.Timeout, "cancelled before an answer arrived"),
            _ => (FetchOutcome.NetworkError, ex.GetType().Name + ": " + ex.Message),
        };
    }

    private static Exception? Inner<T>(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is T)
            {
                return e;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        var e = ex;
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }

    private async Task<HopResponse> ExecuteAsync(string url, FetchRequest request, bool firstHop, AttemptStats stats, CancellationToken ct)
    {
        var host = UrlNormalizer.HostOf(url) ?? string.Empty;
        var pipeline = _pipelines.For(host);
        return await pipeline.ExecuteAsync(
            async token => await AttemptAsync(url, host, request, firstHop, stats, token),
            ct);
    }

    private async ValueTask<HopResponse> AttemptAsync(string url, string host, FetchRequest request, bool firstHop, AttemptStats stats, CancellationToken ct)
    {
        using var lease = await _throttle.AcquireAsync(host, ct);
        stats.Attempts++;
        _counters.AddRequest();
        var t0 = _time.GetTimestamp();
        var reported = false;
        try
        {
            using var message = BuildMessage(url, host, request, firstHop);
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            var ttfb = _time.GetElapsedTime(t0);
            var status = (int)response.StatusCode;
            var contentType = response.Content.Headers.ContentType?.ToString();
            var limit = BodyLimit(request.Mode, status, contentType, message.Method);
            var (body, more) = await BodyReader.ReadAsync(response, limit, ct);
            stats.Bytes += body.Length;
            _counters.AddBytes(body.Length);
            _throttle.Report(host, ttfb, status >= 500 || status == 429);
            reported = true;
            return new HopResponse(
                status,
                response.Headers.Location?.OriginalString,
                contentType,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture),
                response.Content.Headers.ContentLength,
                RetryAfter(response.Headers.RetryAfter),
                body,
                more && limit >= _options.MaxBytesPerResponse,
                more && limit < _options.MaxBytesPerResponse,
                ChallengeDetector.IsChallenge(response, body),
                ttfb.TotalMilliseconds);
        }
        finally
        {
            if (!reported)
            {
                _throttle.Report(host, _time.GetElapsedTime(t0), true);
            }
        }
    }

    private HttpRequestMessage BuildMessage(string url, string host, FetchRequest request, bool firstHop)
    {
        var method = request.Mode == FetchMode.Head ? HttpMethod.Head : HttpMethod.Get;
        var message = new HttpRequestMessage(method, url);
        message.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8");
        message.Headers.TryAddWithoutValidation("Accept-Language", "th,en;q=0.8");
        if (request.Mode == FetchMode.Probe)
        {
            message.Headers.Range = new RangeHeaderValue(0, 1023);
        }

        if (firstHop && request.IfNoneMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.IfNoneMatch);
        }

        if (firstHop && request.IfModifiedSince is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.IfModifiedSince);
        }

        message.Options.Set(AddressGuard.ExternalRequest, request.External || !_isOwnHost(host));
        return message;
    }

    private long BodyLimit(FetchMode mode, int status, string? contentType, HttpMethod method)
    {
        if (method == HttpMethod.Head || status is 304 or 204 or (>= 300 and < 400))
        {
            return 0;
        }

        if (mode == FetchMode.Probe)
        {
            return SniffBytes;
        }

        if (status >= 400)
        {
            return Math.Min(_options.MaxBytesPerResponse, ErrorBodyBytes);
        }

        return ReadsWholeBody(contentType) ? _options.MaxBytesPerResponse : Math.Min(_options.MaxBytesPerResponse, SniffBytes);
    }

    /// <summary>Pages, documents and unknown types are read whole; images, media, fonts, styles, scripts and archives only sniffed.</summary>
    internal static bool ReadsWholeBody(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return true;
        }

        var t = contentType.ToLowerInvariant();
        return !(t.StartsWith("image/", StringComparison.Ordinal) || t.StartsWith("audio/", StringComparison.Ordinal)
            || t.StartsWith("video/", StringComparison.Ordinal) || t.StartsWith("font/", StringComparison.Ordinal)
            || t.Contains("css", StringComparison.Ordinal) || t.Contains("javascript", StringComparison.Ordinal)
            || t.Contains("zip", StringComparison.Ordinal) && !t.Contains("officedocument", StringComparison.Ordinal)
            || t.Contains("rar", StringComparison.Ordinal) || t.Contains("x-7z", StringComparison.Ordinal)
            || t.Contains("x-msdownload", StringComparison.Ordinal) || t.Contains("shockwave", StringComparison.Ordinal));
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Delta is { } d)
        {
            return d;
        }

        return value.Date is { } date ? date - _time.GetUtcNow() : null;
    }

    /// <summary>Attempts and bytes for one URL (hops and retries of one fetch run one after another).</summary>
    private sealed class AttemptStats
    {
        public int Attempts { get; set; }

        public long Bytes { get; set; }
    }
}
