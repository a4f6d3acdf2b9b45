using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>
/// The state and main loop of one crawl. The loop owns the frontier, the seen set and the link graph
/// (single-threaded); workers fetch, parse and store in parallel and hand their links back to the loop.
/// </summary>
internal sealed partial class CrawlRun
{
    private readonly CrawlRequest _request;
    private readonly CrawlerOptions _o;
    private readonly IPageStore _store;
    private readonly IProgress<CrawlProgress>? _progress;
    private readonly HttpFetcher _fetcher;
    private readonly OriginServices _origins;
    private readonly TlsInspector _tls;
    private readonly AddressGuard _guard;
    private readonly CrawlCounters _counters;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HashSet<string> _ownHosts;
    private readonly string _mainHost;
    private readonly Frontier _frontier = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly LinkGraph _graph = new();
    private readonly UrlTrapDetector _traps;
    private readonly ConcurrentBag<CrawlFinding> _findings;
    private readonly HashSet<string> _findingKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _inFlightByHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _robotsBlocked = new(StringComparer.OrdinalIgnoreCase);
    private int _ownDequeued;
    private int _stored;
    private int _documents;
    private int _notModified;
    private int _mainOk;
    private int _mainErrors;
    private int _mainBlocked;
    private bool _startReachable;
    private bool _pageLimitHit;
    private bool _focusStop;

    public CrawlRun(CrawlRequest request, IPageStore store, IProgress<CrawlProgress>? progress, HttpFetcher fetcher, OriginServices origins,
        TlsInspector tls, AddressGuard guard, CrawlCounters counters, ConcurrentBag<CrawlFinding> findings, TimeProvider time, ILogger logger)
    {
        _request = request;
        _o = request.Options;
        _store = store;
        _progress = progress;
        _fetcher = fetcher;
        _origins = origins;
        _tls = tls;
        _guard = guard;
        _counters = counters;
        _findings = findings;
        _time = time;
        _logger = logger;
        _ownHosts = new HashSet<string>(request.OwnHosts, StringComparer.OrdinalIgnoreCase);
        _mainHost = request.OwnHosts[0];
        _traps = new UrlTrapDetector(time.GetUtcNow());
    }

    public bool IsOwnHost(string host) => _ownHosts.Contains(host);

    public async Task<CrawlSummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var budget = new CancellationTokenSource(_o.MaxDuration, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var token = linked.Token;
        try
        {
            await DecidePrivateAddressesAsync(token);
            LogScope();
            await SeedAsync(token);
            await LoopAsync(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            _logger.LogWarning("Crawl of {Start} stopped early: {Why}", _request.StartUrl, cancellationToken.IsCancellationRequested ? "cancelled" : "time budget used up");
        }

        var stop = cancellationToken.IsCancellationRequested ? CrawlStop.Cancelled
            : budget.IsCancellationRequested ? CrawlStop.TimeLimit
            : !_startReachable ? CrawlStop.StartFailed
            : _pageLimitHit && _frontier.Optional > 0 ? CrawlStop.PageLimit
            : _focusStop && _frontier.Optional > 0 ? CrawlStop.Focused
            : CrawlStop.Complete;
        return Summary(stop, _time.GetElapsedTime(started));
    }

    private async Task LoopAsync(CancellationToken token)
    {
        var running = new Dictionary<Task<Processed?>, FrontierItem>();
        while (true)
        {
            while (running.Count < _o.MaxParallel && !token.IsCancellationRequested && TryNext(out var item))
            {
                _inFlightByHost[item.Host] = _inFlightByHost.GetValueOrDefault(item.Host) + 1;
                running.Add(ProcessSafeAsync(item, token), item);
            }

            if (running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(running.Keys);
            var finished = running[done];
            running.Remove(done);
            _inFlightByHost[finished.Host]--;
            var processed = await done;
            if (processed is not null)
            {
                Handle(processed);
            }

            _progress?.Report(new CrawlProgress(_stored, _frontier.Count, running.Count, _counters.Bytes, _counters.Requests, finished.Url));
        }
    }

    private bool TryNext(out FrontierItem item)
    {
        var focused = _request.Focus is { AllSettled: true } && !_o.FullCrawl;
        if (focused && !_focusStop)
        {
            _focusStop = true;
            LogInfo("Every catalog item is settled ({Focus}); the long tail is not explored (use --full-crawl to crawl everything)", _request.Focus!.Describe());
        }

        var limit = _ownDequeued >= _o.MaxPages;
        if (limit && !_pageLimitHit)
        {
            _pageLimitHit = true;
            _logger.LogWarning("Page limit of {Max} reached; only must-fetch URLs and queued link checks go on", _o.MaxPages);
        }

        var ok = _frontier.TryDequeue(
            host => _inFlightByHost.GetValueOrDefault(host) < HostRoom(host),
            i => i.Must || (!focused && (i.External || !limit)),
            out item);
        if (ok && !item.External && (!item.Must || item.Depth == 0))
        {
            // Pinned URLs are fetched on top of the page budget; the start page counts.
            _ownDequeued++;
        }

        return ok;
    }

    private int HostRoom(string host) => (IsOwnHost(host) ? _o.Concurrency : _o.ExternalConcurrency) + 1;

    private async Task DecidePrivateAddressesAsync(CancellationToken token)
    {
        _guard.AllowPrivate = _o.PrivateAddresses switch
        {
            PrivateAddressPolicy.Allow => true,
            PrivateAddressPolicy.Deny => false,
            _ => await SiteIsPrivateAsync(token),
        };
        if (_guard.AllowPrivate)
        {
            LogInfo("The site {Host} is on a private or loopback address: external links to such addresses are allowed", _mainHost);
        }
    }

    private async Task<bool> SiteIsPrivateAsync(CancellationToken token)
    {
        try
        {
            var host = _request.StartUrl.Host.Trim('[', ']');
            var addresses = IPAddress.TryParse(host, out var ip) ? [ip] : await Dns.GetHostAddressesAsync(host, token);
            return addresses.Any(AddressGuard.IsPrivate);
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private void LogScope()
    {
        LogInfo("Crawling {Start}: own hosts {Hosts}; max {Pages} pages, depth {Depth}; {Concurrency} concurrent, {Delay} ms apart per host",
            _request.StartUrl, string.Join(", ", _ownHosts), _o.MaxPages, _o.MaxDepth, _o.Concurrency, (int)_o.Delay.TotalMilliseconds);
        if (_o.IgnoreRobots)
        {
            foreach (var host in _request.OwnHosts)
            {
                _logger.LogWarning("robots.txt is IGNORED for {Host} by explicit override (allowed only for one's own site)", host);
                AddFinding("robots-override", "https://" + host + "/", "robots.txt was ignored by an explicit override");
            }
        }
    }

    private void LogInfo(string template, params object?[] args)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
#pragma warning disable CA2254 // the template is always a constant passed through
            _logger.LogInformation(template, args);
#pragma warning restore CA2254
        }
    }

    private void AddFinding(string kind, string url, string detail, string? key = null)
    {
        if (_findingKeys.Add(kind + "|" + (key ?? url)))
        {
            _findings.Add(new CrawlFinding(kind, url, detail));
        }
    }
}
