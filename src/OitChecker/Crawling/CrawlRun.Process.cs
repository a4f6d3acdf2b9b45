using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>The worker side of a crawl: fetch one URL, build and store its snapshot.</summary>
internal sealed partial class CrawlRun
{
    private async Task<Processed?> ProcessSafeAsync(FrontierItem item, CancellationToken token)
    {
        try
        {
            return await ProcessAsync(item, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return null;
        }
#pragma warning disable CA1031 // one URL's unexpected failure is recorded on it and must not end the crawl
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogError(ex, "Unexpected failure on {Url}", item.Url);
            var snapshot = new PageSnapshot
            {
                Url = item.Url,
                FinalUrl = item.Url,
                Outcome = FetchOutcome.NetworkError,
                Error = "internal error: " + ex.Message,
                Depth = item.Depth,
                FoundOn = item.FoundOn,
                FetchedAt = _time.GetUtcNow(),
                Kind = item.External ? ResourceKind.External : ResourceKind.None,
            };
            await _store.AddAsync(snapshot, token);
            return new Processed(item, snapshot, []);
        }
    }

    private async Task<Processed> ProcessAsync(FrontierItem item, CancellationToken token)
    {
        if (!item.External && !_o.IgnoreRobots)
        {
            var robots = await _origins.RobotsAsync(OriginServices.OriginOf(item.Url), token);
            var (allowed, rule) = robots.Decide(new Uri(item.Url).PathAndQuery);
            if (!allowed)
            {
                if (_logger.IsEnabled(LogLevel.Debug))
                {
                    _logger.LogDebug("Not fetching {Url}: robots.txt {Rule}", item.Url, rule);
                }

                var blocked = new PageSnapshot
                {
                    Url = item.Url,
                    FinalUrl = item.Url,
                    Outcome = FetchOutcome.RobotsDisallowed,
                    Error = "robots.txt " + rule,
                    Depth = item.Depth,
                    FoundOn = item.FoundOn,
                    FetchedAt = _time.GetUtcNow(),
                };
                await StoreAsync(blocked, token);
                return new Processed(item, blocked, []);
            }
        }

        if (item.External)
        {
            var ext = await CheckExternalAsync(item, token);
            await StoreAsync(ext, token);
            return new Processed(item, ext, []);
        }

        var previous = _request.Revisits is null ? null : await _request.Revisits.GetAsync(item.Url, token);
        var result = await _fetcher.FetchAsync(new FetchRequest(item.Url, FetchMode.Full, false, previous?.ETag, previous?.LastModified), token);
        var finalHost = UrlNormalizer.HostOf(result.FinalUrl) ?? item.Host;
        var now = _time.GetUtcNow();
        if (result.Outcome == FetchOutcome.NotModified && previous is not null)
        {
            var reused = previous.Snapshot with
            {
                Url = item.Url,
                Outcome = FetchOutcome.NotModified,
                Status = 304,
                Depth = item.Depth,
                FoundOn = item.FoundOn,
                FetchedAt = now,
                Timings = result.Timings,
                Bytes = result.Bytes,
                Tls = _tls.FindingsFor(finalHost),
            };
            await StoreAsync(reused, token);
            return new Processed(item, reused, reused.Kind == ResourceKind.Html ? reused.Links : []);
        }

        var external = !IsOwnHost(finalHost) && item.FollowLinks;
        Soft404Probe? probe = null;
        if (!external && result.Outcome == FetchOutcome.Ok && result.Status is >= 200 and < 300 && _o.Soft404Probe)
        {
            probe = await _origins.ProbeAsync(OriginServices.OriginOf(result.FinalUrl), token);
        }

        var (snapshot, page) = SnapshotBuilder.Build(result, item.Depth, item.FoundOn, external, _tls.FindingsFor(finalHost), probe, now);
        await StoreAsync(snapshot, token);
        await UpdateRevisitsAsync(snapshot, token);
        var follow = page is not null && snapshot.IsUsable && !(page.NoFollow && !_o.IgnoreRobots);
        return new Processed(item, snapshot, follow ? page!.Links : []);
    }

    /// <summary>HEAD first; on any failure a GET of the first kilobyte, because many servers answer HEAD wrongly.</summary>
    private async Task<PageSnapshot> CheckExternalAsync(FrontierItem item, CancellationToken token)
    {
        var head = await _fetcher.FetchAsync(new FetchRequest(item.Url, FetchMode.Head, true), token);
        var result = head;
        if (!head.IsSuccess && head.Outcome is not (FetchOutcome.Refused or FetchOutcome.RedirectLoop))
        {
            var get = await _fetcher.FetchAsync(new FetchRequest(item.Url, FetchMode.Probe, true), token);
            result = get with { Requests = get.Requests + head.Requests, Bytes = get.Bytes + head.Bytes };
            if (result.Status == 416)
            {
                result = result with { Outcome = FetchOutcome.Ok, Error = null };
            }
        }

        var host = UrlNormalizer.HostOf(result.FinalUrl) ?? item.Host;
        var (snapshot, _) = SnapshotBuilder.Build(result, item.Depth, item.FoundOn, external: true, _tls.FindingsFor(host), null, _time.GetUtcNow());
        return snapshot;
    }

    private async Task StoreAsync(PageSnapshot snapshot, CancellationToken token)
    {
        await _store.AddAsync(snapshot, token);
        Interlocked.Increment(ref _stored);
        if (snapshot.Kind == ResourceKind.Document)
        {
            Interlocked.Increment(ref _documents);
        }

        if (snapshot.Outcome == FetchOutcome.NotModified)
        {
            Interlocked.Increment(ref _notModified);
        }

        _request.Focus?.Observe(snapshot);
    }

    /// <summary>Stores validators of good answers only; an error removes the URL so it is fetched whole next time.</summary>
    private async Task UpdateRevisitsAsync(PageSnapshot s, CancellationToken token)
    {
        if (_request.Revisits is null)
        {
            return;
        }

        var cacheable = s.IsUsable && s.Status is >= 200 and < 300 && !s.Truncated && s.Kind is ResourceKind.Html or ResourceKind.Document
            && (s.ETag is not null || s.LastModified is not null);
        if (cacheable)
        {
            await _request.Revisits.PutAsync(new RevisitEntry(s.Url, s.ETag, s.LastModified, s, s.FetchedAt), token);
        }
        else if (!s.IsUsable)
        {
            await _request.Revisits.RemoveAsync(s.Url, token);
        }
    }

    /// <summary>A finished URL: its snapshot and the links to follow.</summary>
    private sealed record Processed(FrontierItem Item, PageSnapshot Snapshot, IReadOnlyList<LinkRef> Links);
}
