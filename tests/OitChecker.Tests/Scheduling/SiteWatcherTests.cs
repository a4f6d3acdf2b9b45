using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Scheduling;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Http;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Tests.Scheduling;

public class SiteWatcherTests
{
    private string _root = null!;
    private LoopbackSite _web = null!;
    private ServiceProvider _services = null!;
    private FakeTimeProvider _time = null!;
    private InMemoryProbeLog _log = null!;
    private RecordingNotifier _notifier = null!;

    [SetUp]
    public async Task SetUp()
    {
        _root = RepoPaths.NewTempDirectory("watch");
        _web = await LoopbackSite.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero)); // March: inside the window
        _log = new InMemoryProbeLog();
        _notifier = new RecordingNotifier();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _services.DisposeAsync();
        await _web.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    public async Task RunAsync_SiteGoesDownThenUp_NotifiesStartOnceAndEndOnce()
    {
        // Given a watched site with an outage threshold of 2 probes
        var site = Load(new TestSiteSpec { Id = "w", MainUrl = _web.BaseUrl, WatchEnabled = true, OutageAfter = 2 });
        var watcher = Watcher();

        // When it is up, down for three rounds, then up again
        await Round(watcher, site, HttpStatusCode.OK);
        await Round(watcher, site, HttpStatusCode.ServiceUnavailable);
        await Round(watcher, site, HttpStatusCode.ServiceUnavailable);
        await Round(watcher, site, HttpStatusCode.ServiceUnavailable);
        await Round(watcher, site, HttpStatusCode.OK);

        // Then every round probed the main page and the pinned URL, and each URL's outage was told twice in all
        Assert.That(_log.All, Has.Count.EqualTo(10));
        var main = _notifier.Notices.Where(n => n.Url == _web.BaseUrl.ToString()).ToList();
        Assert.That(main.Select(n => n.Change), Is.EqualTo(new[] { OutageChange.Started, OutageChange.Ended }));
        Assert.Multiple(() =>
        {
            Assert.That(main[0].DownSince, Is.EqualTo(new DateTimeOffset(2026, 3, 10, 2, 15, 0, TimeSpan.Zero)));
            Assert.That(main[0].LastStatus, Is.EqualTo(503));
            Assert.That(main[1].Duration, Is.EqualTo(TimeSpan.FromMinutes(45)));
            Assert.That(main[1].FailedProbes, Is.EqualTo(3));
        });
        var pinned = _notifier.Notices.Single(n => n.Change == OutageChange.Started && n.ItemCodes.Contains("O23"));
        Assert.That(pinned.Recipients, Is.EqualTo(new[] { "finance@w.go.th", "it@w.go.th" }));
    }

    [Test]
    public async Task RunAsync_HistoryProbeLog_OutageEndNoticeSaysWhyTheSiteWasDown()
    {
        // Given the watch recording into the site's real SQLite history (as 'serve' does)
        var store = OitChecker.History.HistoryStore.ForSqliteFile(Path.Combine(_root, "w.db"), _time);
        var watcher = new SiteWatcher(
            new UrlProber(_services.GetRequiredService<IHttpClientFactory>(), _time), new HistoryProbeLog(_ => store), _notifier, NullLogger<SiteWatcher>.Instance);
        var site = Load(new TestSiteSpec { Id = "w", MainUrl = _web.BaseUrl, WatchEnabled = true, OutageAfter = 2 });

        // When the site answers 503 for two rounds, then comes back
        await Round(watcher, site, HttpStatusCode.OK);
        await Round(watcher, site, HttpStatusCode.ServiceUnavailable);
        await Round(watcher, site, HttpStatusCode.ServiceUnavailable);
        await Round(watcher, site, HttpStatusCode.OK);

        // Then the "back up" notice carries the last failure's reason, read back from the history
        var ended = _notifier.Notices.Single(n => n.Url == _web.BaseUrl.ToString() && n.Change == OutageChange.Ended);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.That(ended.LastError, Is.EqualTo("HTTP 503 Service Unavailable"));
    }

    [Test]
    public async Task RunAsync_OutsideTheWindow_ProbesNothing()
    {
        var site = Load(new TestSiteSpec { Id = "w", MainUrl = _web.BaseUrl, WatchEnabled = true });
        _time.SetUtcNow(new DateTimeOffset(2026, 9, 1, 2, 0, 0, TimeSpan.Zero)); // September

        var probes = await Watcher().RunAsync(site, _time.GetUtcNow(), default);

        Assert.That(probes, Is.Empty);
        Assert.That(_web.Requests, Is.Zero);
    }

    [Test]
    public async Task RunAsync_UnreachableHost_RecordsANetworkErrorAsStatusZero()
    {
        // Given a main URL on a loopback port nobody listens on
        int port;
        using (var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            l.Start();
            port = ((IPEndPoint)l.LocalEndpoint).Port;
        }

        var site = Load(new TestSiteSpec { Id = "w", MainUrl = new Uri($"http://127.0.0.1:{port}/"), WatchEnabled = true, PinnedPath = null });

        var probes = await Watcher().RunAsync(site, _time.GetUtcNow(), default);

        Assert.That(probes.Single().Status, Is.Zero);
        Assert.That(probes.Single().Ok, Is.False);
        Assert.That(probes.Single().Error, Is.Not.Empty);
    }

    private ScheduledSite Load(TestSiteSpec spec)
    {
        var (site, catalog) = SiteConfigLoader.Load(ScheduledSiteFiles.Write(_root, spec));
        return new ScheduledSite(site, catalog);
    }

    private SiteWatcher Watcher() => new(
        new UrlProber(_services.GetRequiredService<IHttpClientFactory>(), _time), _log, _notifier, NullLogger<SiteWatcher>.Instance);

    private async Task Round(SiteWatcher watcher, ScheduledSite site, HttpStatusCode status)
    {
        _web.Status = status;
        await watcher.RunAsync(site, _time.GetUtcNow(), default);
        _time.Advance(TimeSpan.FromMinutes(15));
    }

    private sealed class RecordingNotifier : IOutageNotifier
    {
        public List<OutageNotice> Notices { get; } = [];

        public Task NotifyAsync(OutageNotice notice, CancellationToken cancellationToken)
        {
            Notices.Add(notice);
            return Task.CompletedTask;
        }
    }
}
