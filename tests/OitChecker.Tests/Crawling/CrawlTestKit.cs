using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

/// <summary>Fast crawler options and a crawl helper for integration tests against loopback servers.</summary>
internal static class CrawlTestKit
{
    /// <summary>No politeness delay, short timeouts, quick retries: tests stay fast and bounded.</summary>
    public static CrawlerOptions Fast => new()
    {
        Concurrency = 4,
        Delay = TimeSpan.Zero,
        ExternalDelay = TimeSpan.Zero,
        AdaptiveThrottle = false,
        RequestTimeout = TimeSpan.FromSeconds(2),
        TotalRequestTimeout = TimeSpan.FromSeconds(20),
        Retries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryAfterCap = TimeSpan.FromSeconds(2),
        MaxDuration = TimeSpan.FromSeconds(60),
    };

    public static async Task<(CrawlSummary Summary, InMemoryPageStore Store, CapturingLoggerFactory Logs)> CrawlAsync(
        string startUrl, CrawlerOptions? options = null, Func<CrawlRequest, CrawlRequest>? configure = null)
    {
        var logs = new CapturingLoggerFactory();
        var crawler = new Crawler(logs, TimeProvider.System);
        var store = new InMemoryPageStore();
        var request = new CrawlRequest { StartUrl = new Uri(startUrl), Options = options ?? Fast };
        if (configure is not null)
        {
            request = configure(request);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var summary = await crawler.CrawlAsync(request, store, null, cts.Token);
        return (summary, store, logs);
    }

    public static async Task<PageSnapshot> PageAsync(InMemoryPageStore store, string url) =>
        await store.GetAsync(url) ?? throw new AssertionException("no snapshot for " + url);
}
