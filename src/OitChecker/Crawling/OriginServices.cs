using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace OitChecker.Crawling;

/// <summary>
/// What the crawler learns once per origin of the site's own hosts: its robots.txt (RFC 9309: missing =
/// allow all, 5xx or unreachable = disallow all), its sitemaps, and its answer to a random URL that cannot
/// exist (the soft-404 probe). Thread-safe; each is fetched once.
/// </summary>
internal sealed class OriginServices
{
    private const int MaxSitemaps = 50;

    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<Soft404Probe?>>> _probes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HttpFetcher _fetcher;
    private readonly HostThrottle _throttle;
    private readonly CrawlerOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentBag<CrawlFinding> _findings;

    public OriginServices(HttpFetcher fetcher, HostThrottle throttle, CrawlerOptions options, ILogger logger, ConcurrentBag<CrawlFinding> findings)
    {
        _fetcher = fetcher;
        _throttle = throttle;
        _options = options;
        _logger = logger;
        _findings = findings;
    }

    /// <summary>
    /// "scheme://host[:port]" of a URL, the host as <see cref="UrlNormalizer"/> writes it (lower case, a Thai name in
    /// punycode, no trailing dot, no default port): one origin whichever way a URL spells it, so robots.txt, the
    /// sitemap and the soft-404 probe of a site are each fetched once.
    /// </summary>
    public static string OriginOf(string url)
    {
        var u = new Uri(url);
        var host = u.HostNameType == UriHostNameType.IPv6 ? u.Host : UrlNormalizer.HostOf(u);
        var origin = u.Scheme + "://" + host;
        return u.IsDefaultPort ? origin : origin + ":" + u.Port.ToString(CultureInfo.InvariantCulture);
    }

    public Task<RobotsTxt> RobotsAsync(string origin, CancellationToken ct) =>
        _robots.GetOrAdd(origin, o => new Lazy<Task<RobotsTxt>>(() => LoadRobotsAsync(o, ct))).Value;

    public Task<Soft404Probe?> ProbeAsync(string origin, CancellationToken ct) =>
        _probes.GetOrAdd(origin, o => new Lazy<Task<Soft404Probe?>>(() => LoadProbeAsync(o, ct))).Value;

    /// <summary>Page URLs listed in the origin's sitemaps (robots.txt Sitemap: lines and /sitemap.xml), with the sitemap each came from.</summary>
    public async Task<List<(string Url, string Sitemap)>> SitemapUrlsAsync(string origin, CancellationToken ct)
    {
        var robots = await RobotsAsync(origin, ct);
        var queue = new Queue<string>(robots.Sitemaps.Append(origin + "/sitemap.xml").Distinct(StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = new List<(string, string)>();
        while (queue.Count > 0 && seen.Count < MaxSitemaps)
        {
            var sitemap = queue.Dequeue();
            var n = UrlNormalizer.Normalize(sitemap);
            if (!n.Ok || !seen.Add(n.Url!))
            {
                continue;
            }

            var r = await _fetcher.FetchAsync(new FetchRequest(n.Url!, FetchMode.Full, External: false), ct);
            if (r.Outcome != FetchOutcome.Ok || r.Body.Length == 0)
            {
                if (_logger.IsEnabled(LogLevel.Debug))
                {
                    _logger.LogDebug("No sitemap at {Url}: {Error}", n.Url, r.Error ?? r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                continue;
            }

            var (urls, children) = SitemapParser.Parse(r.Body);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Sitemap {Url}: {Pages} pages, {Children} child sitemaps", n.Url, urls.Count, children.Count);
            }

            pages.AddRange(urls.Select(u => (u, n.Url!)));
            foreach (var child in children)
            {
                queue.Enqueue(child);
            }
        }

        return pages;
    }

    private async Task<RobotsTxt> LoadRobotsAsync(string origin, CancellationToken ct)
    {
        var url = origin + "/robots.txt";
        var r = await _fetcher.FetchAsync(new FetchRequest(url, FetchMode.Full, External: false), ct);
        RobotsTxt robots;
        if (r.Outcome == FetchOutcome.Ok && r.Status is >= 200 and < 300)
        {
            robots = RobotsTxt.Parse(CharsetResolver.Decode(r.Body, r.ContentType).Text, ProductToken(_options.UserAgent));
        }
        else if (r.Status is >= 400 and < 500)
        {
            robots = RobotsTxt.AllowAll;
        }
        else
        {
            robots = RobotsTxt.Parse("User-agent: *\nDisallow: /", "*");
            if (!_options.IgnoreRobots)
            {
                _logger.LogWarning("robots.txt of {Origin} is unreachable ({Error}); as RFC 9309 requires, nothing on it is fetched. Fix robots.txt, or use the robots override for your own site", origin, r.Error ?? "HTTP " + r.Status);
                _findings.Add(new CrawlFinding("robots-unreachable", url, $"robots.txt answered {r.Error ?? "HTTP " + r.Status}; the site was treated as disallowing everything"));
            }
        }

        var host = UrlNormalizer.HostOf(origin) ?? origin;
        if (robots.CrawlDelay is { } delay && !_options.IgnoreRobots)
        {
            var capped = delay > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : delay;
            _throttle.RaiseMinimumInterval(host, capped, "robots.txt Crawl-delay");
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            _logger.LogDebug("robots.txt of {Origin}: {Rules} rules, {Sitemaps} sitemaps", origin, robots.RuleCount, robots.Sitemaps.Count);
        }

        return robots;
    }

    private async Task<Soft404Probe?> LoadProbeAsync(string origin, CancellationToken ct)
    {
        if (!_options.Soft404Probe)
        {
            return null;
        }

        var url = $"{origin}/oitcheck-{Guid.NewGuid():N}-does-not-exist.html";
        var r = await _fetcher.FetchAsync(new FetchRequest(url, FetchMode.Full, External: false), ct);
        HtmlPage? page = null;
        if (r.Status is >= 200 and < 300 && r.Body.Length > 0)
        {
            page = HtmlExtractor.Extract(CharsetResolver.Decode(r.Body, r.ContentType).Text, new Uri(r.FinalUrl));
        }

        var probe = new Soft404Probe(r.Status, r.FinalUrl, r.Chain.Count > 0, page?.Title, page?.Text.Length ?? 0,
            page is null ? new HashSet<int>() : Soft404Probe.ShinglesOf(page.Text));
        if (probe.AnswersOk && _logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("{Origin} answers a missing URL with {Status} at {Final}: pages like that answer are soft 404s", origin, r.Status, r.FinalUrl);
        }

        return probe;
    }

    private static string ProductToken(string userAgent)
    {
        var slash = userAgent.IndexOfAny(['/', ' ']);
        return slash > 0 ? userAgent[..slash] : userAgent;
    }
}
