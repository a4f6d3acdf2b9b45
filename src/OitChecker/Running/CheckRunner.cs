using Microsoft.Extensions.Logging;
using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Reporting;
using OitChecker.Rules;
using OitChecker.Sites;
using OitChecker.Verdicts;

namespace OitChecker.Running;

/// <summary>
/// The whole check of one site, the same for <c>oitcheck check</c> and the scheduler: crawl into a per-run page
/// store, judge every item, gate the run's validity, then hand the result to the publisher (history, report
/// folder, mail). A crash anywhere before the publisher's commit leaves earlier reports and history untouched.
/// </summary>
public sealed class CheckRunner(TimeProvider time, ILoggerFactory loggers, CheckRunnerOptions? options = null) : ICheckRunner
{
    private readonly ILogger _logger = loggers.CreateLogger<CheckRunner>();
    private readonly CheckRunnerOptions _options = options ?? new CheckRunnerOptions();

    public async Task<CheckOutcome> RunAsync(CheckRequest request, IProgress<CheckProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var site = Effective(request.Site, request.Options);
        var catalog = request.Catalog;
        var started = time.GetUtcNow();
        var runId = $"{started.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{site.Id}";
        var items = Selected(catalog, site, request.Options);
        var paths = SitePaths.For(site, _options.WorkingDirectory);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Check {RunId}: {Site} {Url}, year {Year}, {Items} items", runId, site.Id, site.MainUrl.AbsoluteUri, catalog.Year, items.Count);
        }

        var work = Path.Combine(Path.GetTempPath(), $"oitcheck-{runId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            await using var pages = new SqlitePageStore(Path.Combine(work, "pages.db"));
            progress?.Report(new CheckProgress(CheckPhase.Crawling, 0, 0, 0, site.MainUrl.AbsoluteUri));
            var crawl = await CrawlAsync(site, catalog, request.Options, pages, paths, progress, cancellationToken);

            progress?.Report(new CheckProgress(CheckPhase.Matching, crawl.Fetched, 0, crawl.Bytes, null));
            var engine = new VerdictEngine(RuleSet.Default, loggers.CreateLogger<VerdictEngine>());
            var judging = time.GetTimestamp();
            var (verdicts, _) = await engine.JudgeAsync(catalog, site, pages, items, cancellationToken);
            var matching = time.GetElapsedTime(judging);
            if (_logger.IsEnabled(LogLevel.Information))
            {
                _logger.LogInformation("Judged {Items} items over {Pages} fetched URLs in {Ms} ms", items.Count, crawl.Fetched, (long)matching.TotalMilliseconds);
            }
            var inconclusive = RunValidity.InconclusiveReason(crawl, await pages.GetAsync(crawl.StartUrl, cancellationToken));
            if (inconclusive is not null)
            {
                _logger.LogWarning("Run {RunId} is inconclusive: {Reason}", runId, inconclusive);
                verdicts = verdicts.Select(v => AsInconclusive(v, inconclusive)).ToList();
            }

            var result = RunResultFactory.Create(runId, site, catalog, started, time.GetUtcNow(), crawl, verdicts, inconclusive);
            progress?.Report(new CheckProgress(CheckPhase.Reporting, crawl.Fetched, 0, crawl.Bytes, null));
            var publisher = new RunPublisher(time, loggers);
            var published = await publisher.PublishAsync(result, site, catalog, new PublishOptions
            {
                RoundId = request.RoundId,
                Evidence = new PageStoreEvidence(pages),
                DryRun = request.Options.DryRun,
                WorkingDirectory = _options.WorkingDirectory,
                History = _options.History?.Invoke(site),
            }, cancellationToken);
            progress?.Report(new CheckProgress(CheckPhase.Done, crawl.Fetched, 0, crawl.Bytes, null));
            return new CheckOutcome(published.Result, published.ReportFolder, published.Result.ExitCode) { Matching = matching };
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<CrawlSummary> CrawlAsync(SiteConfig site, OitCatalog catalog, CheckOptions options, IPageStore pages, SitePaths paths,
        IProgress<CheckProgress>? progress, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(paths.Database)!);
        using var revisits = new SqliteRevisitStore(paths.Database, loggers.CreateLogger<SqliteRevisitStore>());
        var crawlOptions = CrawlerOptions.FromSettings(site.Crawl, new CrawlOverrides(
            options.Concurrency, options.Delay, options.MaxPages, options.FullCrawl, options.IgnoreRobots ? true : null)) with
        {
            PrivateAddresses = _options.PrivateAddresses,
        };
        if (crawlOptions.IgnoreRobots)
        {
            _logger.LogWarning("robots.txt is ignored for {Site} (explicit override for one's own site)", site.MainUrl);
        }

        var request = new CrawlRequest
        {
            StartUrl = site.MainUrl,
            ExtraHosts = site.ExtraHosts,
            Options = crawlOptions,
            Seeds = site.Items.Values.Select(i => i.PinnedUrl).OfType<string>().ToList(),
            Revisits = revisits,
            Focus = new CatalogCrawlFocus(catalog, loggers.CreateLogger<CatalogCrawlFocus>()),
        };
        var crawler = new Crawler(loggers, time, _options.HandlerFactory);
        var relay = progress is null ? null : new Progress<CrawlProgress>(p =>
            progress.Report(new CheckProgress(CheckPhase.Crawling, p.Fetched, p.Queued, p.Bytes, p.CurrentUrl)));
        return await crawler.CrawlAsync(request, pages, relay, ct);
    }

    /// <summary>The site as this run sees it: --out and --no-mail applied.</summary>
    private static SiteConfig Effective(SiteConfig site, CheckOptions options)
    {
        if (options.OutputDirectory is not null)
        {
            site = site with { Reports = site.Reports with { Directory = options.OutputDirectory } };
        }

        return options.NoMail ? site with { Mail = site.Mail with { Delivery = MailDelivery.None } } : site;
    }

    private static List<CatalogItem> Selected(OitCatalog catalog, SiteConfig site, CheckOptions options) =>
        catalog.Items
            .Where(i => options.Only.Count == 0 || options.Only.Contains(i.Code, StringComparer.OrdinalIgnoreCase))
            .Where(i => options.Division is null || site.DivisionFor(i.Code, i.Division) == options.Division)
            .ToList();

    private static ItemVerdict AsInconclusive(ItemVerdict v, string reason) => v.Verdict == Verdict.Pass ? v : v with
    {
        Verdict = Verdict.Inconclusive,
        FailKinds = [],
        Reasons = [new Reason($"ตรวจไม่ได้ในรอบนี้: เว็บไซต์ไม่ตอบสนองหรือปิดกั้นการตรวจ ({reason})", $"not judged this run: {reason}"), .. v.Reasons],
    };

    private void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not remove the run's work folder {Folder}", dir);
        }
    }
}
