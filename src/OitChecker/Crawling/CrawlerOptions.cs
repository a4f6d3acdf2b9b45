using OitChecker.Sites;

namespace OitChecker.Crawling;

/// <summary>Whether external links may reach private, loopback or link-local addresses.</summary>
public enum PrivateAddressPolicy
{
    /// <summary>Allowed only when the site itself resolves to such an address (tests, intranet installs).</summary>
    Auto,

    /// <summary>Always refused for external links.</summary>
    Deny,

    /// <summary>Always allowed.</summary>
    Allow,
}

/// <summary>
/// Everything that steers one crawl: limits, politeness, timeouts and retries, scope switches. Built from
/// a site's <see cref="CrawlSettings"/> plus command-line overrides (<see cref="FromSettings"/>).
/// </summary>
public sealed record CrawlerOptions
{
    public int MaxPages { get; init; } = 3000;

    public int MaxDepth { get; init; } = 10;

    public long MaxBytesPerResponse { get; init; } = 25L * 1024 * 1024;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>Concurrent requests per own host. Default 2.</summary>
    public int Concurrency { get; init; } = 2;

    /// <summary>Minimum interval between request starts per own host. Default 500 ms.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Slow down when latency or errors rise. Default true.</summary>
    public bool AdaptiveThrottle { get; init; } = true;

    /// <summary>The slowest interval adaptation may reach. Default 30 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Concurrent requests per external host (link checks). Default 2.</summary>
    public int ExternalConcurrency { get; init; } = 2;

    /// <summary>Minimum interval per external host. Default 250 ms.</summary>
    public TimeSpan ExternalDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Requests in flight over all hosts. Default 16.</summary>
    public int MaxParallel { get; init; } = 16;

    /// <summary>Timeout of one attempt, body included. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one URL over all its attempts and waits. Default 3 minutes.</summary>
    public TimeSpan TotalRequestTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries after the first attempt (network errors, 408, 429, 5xx). Default 3.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>First backoff delay; doubles with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured; longer values are capped. Default 60 s.</summary>
    public TimeSpan RetryAfterCap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Ignore robots.txt (own site only; logged and recorded as a finding).</summary>
    public bool IgnoreRobots { get; init; }

    public bool Sitemaps { get; init; } = true;

    public bool CheckExternal { get; init; } = true;

    /// <summary>Keep crawling the long tail after the focus is settled.</summary>
    public bool FullCrawl { get; init; }

    /// <summary>Compare 200 pages with the answer to a random non-existent URL on the same host. Default true.</summary>
    public bool Soft404Probe { get; init; } = true;

    public PrivateAddressPolicy PrivateAddresses { get; init; } = PrivateAddressPolicy.Auto;

    public string UserAgent { get; init; } = "OitChecker/1.0 (+https://github.com/oitchecker; OIT self-check)";

    /// <summary>URL substrings never fetched.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Politeness for the site's own hosts.</summary>
    public PolitenessSettings OwnPoliteness => new(Concurrency, Delay, AdaptiveThrottle, MaxDelay);

    /// <summary>Politeness for hosts that are only link-checked.</summary>
    public PolitenessSettings ExternalPoliteness => new(ExternalConcurrency, ExternalDelay, AdaptiveThrottle, MaxDelay);

    /// <summary>The options of a site file, with command-line overrides applied.</summary>
    public static CrawlerOptions FromSettings(CrawlSettings settings, CrawlOverrides? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var o = overrides ?? new CrawlOverrides();
        return new CrawlerOptions
        {
            MaxPages = o.MaxPages ?? settings.MaxPages,
            MaxDepth = o.MaxDepth ?? settings.MaxDepth,
            MaxBytesPerResponse = settings.MaxBytesPerResponse,
            MaxDuration = o.MaxDuration ?? settings.MaxDuration,
            Concurrency = o.Concurrency ?? settings.Concurrency,
            Delay = o.Delay ?? settings.Delay,
            RequestTimeout = settings.RequestTimeout,
            TotalRequestTimeout = settings.RequestTimeout * (settings.Retries + 1) + TimeSpan.FromMinutes(1),
            Retries = settings.Retries,
            IgnoreRobots = o.IgnoreRobots ?? settings.Robots == RobotsPolicy.Ignore,
            Sitemaps = settings.Sitemaps,
            CheckExternal = o.CheckExternal ?? settings.CheckExternal,
            FullCrawl = o.FullCrawl ?? settings.FullCrawl,
            UserAgent = settings.UserAgent,
            Exclude = settings.Exclude,
        };
    }
}
