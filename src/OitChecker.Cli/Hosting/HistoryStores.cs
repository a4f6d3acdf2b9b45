using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using OitChecker.History;
using OitChecker.Reporting;
using OitChecker.Scheduling;
using OitChecker.Sites;

namespace OitChecker.Cli.Hosting;

/// <summary>
/// Which run history a site uses under <c>serve</c>: its own SQLite file (data/&lt;site&gt;.db) with the SQLite job store;
/// the shared PostgreSQL database of the job store in a cluster, so every node reads and writes one history and the
/// unique (site, round) key makes a duplicate run impossible.
/// </summary>
public sealed class HistoryStores(SchedulerSettings scheduler, SiteRegistry registry, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<string, HistoryStore> _stores = new(StringComparer.Ordinal);

    /// <summary>The store of a site config.</summary>
    public HistoryStore For(SiteConfig site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return _stores.GetOrAdd(site.Id, _ => scheduler.Store == JobStoreKind.Postgres
            ? HistoryStore.ForPostgres(scheduler.PostgresConnectionString!, time, loggers.CreateLogger<HistoryStore>())
            : HistoryStore.ForSqliteFile(SitePaths.For(site, null).Database, time, loggers.CreateLogger<HistoryStore>()));
    }

    /// <summary>The store of a scheduled site by id (the watch knows sites by id).</summary>
    public HistoryStore For(string siteId) =>
        registry.TryGet(siteId, out var s) ? For(s.Site) : throw new InvalidOperationException($"Unknown site '{siteId}'.");
}
