using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Catalog;
using OitChecker.Reporting;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// The report over the real 2565 catalog and the seed municipality's site file: every item lands in exactly
/// one division CSV, unverified items are marked everywhere, and the numbers add up.
/// </summary>
public sealed class RealCatalogReportTests
{
    private string _root = string.Empty;

    [SetUp]
    public void SetUp() => _root = RepoPaths.NewTempDirectory("oit-real");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Test]
    public async Task PublishAsync_Catalog2565ForMuangklaeng_EveryItemReportedOnceAndUnverifiedMarked()
    {
        var catalogPath = RepoPaths.Catalog(2565);
        var sitePath = Path.Combine(RepoPaths.Config, "sites", "muangklaeng.yaml");
        if (!File.Exists(catalogPath) || !File.Exists(sitePath))
        {
            Assert.Ignore($"{catalogPath} is not in this checkout yet.");
        }

        // Given the real site file (paths redirected to a temp folder) and a run where a few items fail
        var (site, catalog) = SiteConfigLoader.Load(sitePath);
        site = site with
        {
            Reports = site.Reports with { Directory = Path.Combine(_root, "reports") },
            Mail = site.Mail with { Outbox = Path.Combine(_root, "outbox"), Delivery = MailDelivery.Outbox },
            History = new HistorySettings { Database = Path.Combine(_root, "muangklaeng.db") },
        };
        var builder = new RunResultBuilder(catalog).Site(site.Id, site.NameTh, site.MainUrl.ToString()).StartedAt(new DateTimeOffset(2025, 3, 10, 21, 30, 0, TimeSpan.Zero));
        foreach (var item in catalog.Items.Where((_, i) => i % 5 == 0))
        {
            builder.Fail(item.Code, FailKind.Missing, "ไม่พบข้อมูล", "not found");
        }

        var result = builder.Build();
        result = result with { Items = result.Items.Select(v => v with { Division = site.DivisionFor(v.Code, v.Division) }).ToList() };

        // When
        var published = await new RunPublisher(new FakeTimeProvider(result.FinishedAt), NullLoggerFactory.Instance)
            .PublishAsync(result, site, catalog, new PublishOptions(), CancellationToken.None);

        // Then
        var folder = published.ReportFolder!;
        var csvs = Directory.GetFiles(folder, "*.csv").Where(f => Path.GetFileName(f) is not ("summary.csv" or "answers.csv")).ToList();
        var codes = csvs.SelectMany(f => File.ReadAllLines(f).Skip(1).Select(l => l.Split(',')[0])).ToList();
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        var unverified = catalog.Items.Count(i => i.Confidence == Confidence.Unverified);
        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.EquivalentTo(catalog.Items.Select(i => i.Code)), "each item in exactly one division CSV");
            Assert.That(csvs.Select(Path.GetFileNameWithoutExtension), Is.SubsetOf(site.Divisions.Select(d => d.Slug).Concat(catalog.Divisions.Select(d => d.Slug))));
            Assert.That(csvs.Sum(f => File.ReadAllText(f).Split("⚠ เกณฑ์ยังไม่ยืนยันกับคู่มือ").Length - 1), Is.EqualTo(unverified));
            Assert.That(html.Split("class=\"unverified\"").Length - 1, Is.EqualTo(unverified + 1), "every unverified item plus the legend");
            Assert.That(File.ReadAllLines(Path.Combine(folder, "answers.csv")), Has.Length.EqualTo(catalog.Items.Count + 1));
            Assert.That(published.Mail.Messages.Where(m => m.Division is not null), Is.Not.Empty);
        });
    }
}
