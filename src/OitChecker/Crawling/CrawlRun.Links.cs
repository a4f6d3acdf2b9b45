using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>The loop side of a crawl: seeds, scope decisions for every link (each logged with its reason), broken links.</summary>
internal sealed partial class CrawlRun
{
    private async Task SeedAsync(CancellationToken token)
    {
        var start = UrlNormalizer.Normalize(_request.StartUrl.AbsoluteUri);
        if (start.Ok)
        {
            Enqueue(new FrontierItem(start.Url!, UrlNormalizer.HostOf(start.Url!)!, 0, null, 100, Must: true, External: false));
        }

        foreach (var seed in _request.Seeds)
        {
            var n = UrlNormalizer.Normalize(seed);
            if (!n.Ok || _seen.Contains(n.Url!))
            {
                continue;
            }

            var host = UrlNormalizer.HostOf(n.Url!)!;
            Enqueue(new FrontierItem(n.Url!, host, 1, null, 100, Must: true, External: false, FollowLinks: IsOwnHost(host)));
        }

        if (!_o.Sitemaps)
        {
            return;
        }

        foreach (var host in _request.OwnHosts.Where(h => h == _mainHost || _request.ExtraHosts.Any(e => UrlNormalizer.CanonicalHost(e) == h)))
        {
            var origin = host == _mainHost ? OriginServices.OriginOf(_request.StartUrl.AbsoluteUri) : _request.StartUrl.Scheme + "://" + host;
            {
                foreach (var (url, sitemap) in await _origins.SitemapUrlsAsync(origin, token))
                {
                    var n = UrlNormalizer.Normalize(url);
                    if (!n.Ok)
                    {
                        continue;
                    }

                    var h = UrlNormalizer.HostOf(n.Url!)!;
                    if (!IsOwnHost(h))
                    {
                        LogSkip(n.Url!, "listed in a sitemap but not on the site's own hosts");
                        continue;
                    }

                    _graph.AddReference(n.Url!, sitemap);
                    if (_seen.Contains(n.Url!) || IsExcluded(n.Url!) || IsTrap(n.Url!))
                    {
                        continue;
                    }

                    Enqueue(new FrontierItem(n.Url!, h, 1, sitemap, _request.Focus is null ? 0 : 10, Must: false, External: false));
                }
            }
        }
    }

    private void Handle(Processed p)
    {
        var s = p.Snapshot;
        Account(p.Item, s);
        var broken = AsBroken(s);
        _graph.Resolve(p.Item.Url, broken);
        if (s.FinalUrl != p.Item.Url)
        {
            _seen.Add(s.FinalUrl);
            _graph.Resolve(s.FinalUrl, broken is null ? null : broken with { Url = s.FinalUrl });
        }

        if (!p.Item.FollowLinks || p.Links.Count == 0)
        {
            return;
        }

        if (p.Item.Depth >= _o.MaxDepth)
        {
            LogSkip(p.Item.Url, $"links not followed: depth {p.Item.Depth} is the limit");
            return;
        }

        foreach (var link in p.Links)
        {
            Follow(link, p.Item, s);
        }
    }

    private void Follow(LinkRef link, FrontierItem from, PageSnapshot page)
    {
        var url = link.Url;
        if (!url.StartsWith("http", StringComparison.Ordinal))
        {
            return;
        }

        _graph.AddReference(url, page.FinalUrl);
        if (_seen.Contains(url))
        {
            return;
        }

        var host = UrlNormalizer.HostOf(url);
        if (host is null)
        {
            return;
        }

        if (!IsOwnHost(host))
        {
            if (!_o.CheckExternal)
            {
                _seen.Add(url);
                LogSkip(url, "external link; external checks are off");
                return;
            }

            Enqueue(new FrontierItem(url, host, from.Depth + 1, page.FinalUrl, 0, Must: false, External: true));
            return;
        }

        if (IsExcluded(url) || IsTrap(url))
        {
            _seen.Add(url);
            return;
        }

        var interest = _request.Focus?.Priority(link, page) ?? 0;
        Enqueue(new FrontierItem(url, host, from.Depth + 1, page.FinalUrl, interest, Must: false, External: false));
    }

    private void Enqueue(FrontierItem item)
    {
        if (_seen.Add(item.Url))
        {
            _frontier.Enqueue(item);
        }
    }

    private bool IsExcluded(string url)
    {
        var pattern = _o.Exclude.FirstOrDefault(e => url.Contains(e, StringComparison.OrdinalIgnoreCase));
        if (pattern is null)
        {
            return false;
        }

        LogSkip(url, $"excluded by the site file ('{pattern}')");
        return true;
    }

    private bool IsTrap(string url)
    {
        var trap = _traps.Check(url);
        if (trap is null)
        {
            return false;
        }

        if (trap.Kind != "query-permutation")
        {
            AddFinding("url-trap:" + trap.Kind, url, trap.Detail + "; not followed further", trap.Kind + "|" + trap.Pattern);
        }

        LogSkip(url, $"endless URL space ({trap.Kind}): {trap.Detail}");
        return true;
    }

    private void LogSkip(string url, string reason)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug("Not following {Url}: {Reason}", url, reason);
        }
    }

    /// <summary>The broken-link record of a snapshot, or null when the URL is fine or its state is unknown.</summary>
    private static BrokenLink? AsBroken(PageSnapshot s)
    {
        var external = s.Kind == ResourceKind.External;
        string? error = s.Outcome switch
        {
            FetchOutcome.HttpError when s.Status is 401 or 403 or 999 => null,
            FetchOutcome.HttpError or FetchOutcome.NetworkError or FetchOutcome.Timeout or FetchOutcome.RedirectLoop => s.Error ?? $"HTTP {s.Status}",
            FetchOutcome.Ok when s.IsSoft404 || s.DocumentMismatch => s.Error,
            _ => null,
        };
        return error is null ? null : new BrokenLink(s.Url, s.Status, error, [], external);
    }
}
