using OitChecker.Crawling;
using OitChecker.History;
using OitChecker.Sites;

namespace OitChecker.Running;

/// <summary>How a host runs checks: where relative paths start, which history store, which addresses may be crawled.</summary>
public sealed record CheckRunnerOptions
{
    /// <summary>Base of the site file's relative report, outbox and database paths; null = the current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The history store of a site; null = the SQLite file of the site's history settings.</summary>
    public Func<SiteConfig, HistoryStore>? History { get; init; }

    /// <summary>Private and loopback addresses: allowed when the site itself is on one (default).</summary>
    public PrivateAddressPolicy PrivateAddresses { get; init; } = PrivateAddressPolicy.Auto;

    /// <summary>The crawler's HTTP handler; null for the real one (tests may inject a fake at this seam).</summary>
    public Func<TlsInspector, AddressGuard, CrawlerOptions, HttpMessageHandler>? HandlerFactory { get; init; }
}
