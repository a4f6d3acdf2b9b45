using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>
/// Crawls a municipality's website politely and resiliently and streams a <see cref="PageSnapshot"/> of
/// every page, document and checked external link into an <see cref="IPageStore"/>. The HTTP handler is
/// built per crawl by an injectable factory (the default records TLS defects and guards private addresses),
/// time comes from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class Crawler
{
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly Func<TlsInspector, AddressGuard, CrawlerOptions, HttpMessageHandler> _handlerFactory;
    private readonly ILogger<Crawler> _logger;

    /// <summary>Creates a crawler.</summary>
    /// <param name="loggers">Loggers for the crawler and its parts.</param>
    /// <param name="time">The clock (timeouts, politeness, fetch times).</param>
    /// <param name="handlerFactory">Builds the HTTP handler of one crawl; null for <see cref="CrawlerHttpHandler.Create"/>.</param>
    public Crawler(ILoggerFactory loggers, TimeProvider time, Func<TlsInspector, AddressGuard, CrawlerOptions, HttpMessageHandler>? handlerFactory = null)
    {
        _loggers = loggers ?? throw new ArgumentNullException(nameof(loggers));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _handlerFactory = handlerFactory ?? ((tls, guard, o) => CrawlerHttpHandler.Create(tls, guard, o.RequestTimeout));
        _logger = loggers.CreateLogger<Crawler>();
        CharsetResolver.EnsureRegistered();
    }

    /// <summary>
    /// Crawls the site and returns the summary. Cancellation ends the crawl early with
    /// <see cref="CrawlStop.Cancelled"/> (what was stored so far stays in the store).
    /// </summary>
    public async Task<CrawlSummary> CrawlAsync(CrawlRequest request, IPageStore store, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var o = request.Options;
        var own = new HashSet<string>(request.OwnHosts, StringComparer.OrdinalIgnoreCase);
        var throttle = new HostThrottle(h => own.Contains(h) ? o.OwnPoliteness : o.ExternalPoliteness, _time, _loggers.CreateLogger<HostThrottle>());
        var tls = new TlsInspector(_time, _loggers.CreateLogger<TlsInspector>());
        var guard = new AddressGuard();
        var counters = new CrawlCounters();
        var findings = new ConcurrentBag<CrawlFinding>();
        using var handler = _handlerFactory(tls, guard, o);
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        var fetchLogger = _loggers.CreateLogger<HttpFetcher>();
        var pipelines = new FetchPipelines(o, throttle, _time, fetchLogger);
        var fetcher = new HttpFetcher(client, throttle, pipelines, o, counters, own.Contains, _time, fetchLogger);
        var origins = new OriginServices(fetcher, throttle, o, _logger, findings);
        var run = new CrawlRun(request, store, progress, fetcher, origins, tls, guard, counters, findings, _time, _logger);
        var warmup = CrawlWarmup.StartOnce();
        var summary = await run.RunAsync(cancellationToken);
        await warmup;
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Crawl of {Start} ended ({Stop}) after {Seconds:F1} s: {Fetched} stored, {Requests} requests, {Bytes} bytes, {Broken} broken links, {Findings} findings",
                summary.StartUrl, summary.Stop, summary.Duration.TotalSeconds, summary.Fetched, summary.Requests, summary.Bytes, summary.BrokenLinks.Count, summary.Findings.Count);
        }

        return summary;
    }
}
