using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Running;
using OitChecker.Serving;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Fixtures;
using OitChecker.Tests.Reporting;
using OitChecker.Verdicts;

namespace OitChecker.Tests.Running;

public class CheckRunnerTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("runner");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task RunAsync_RealLoopbackSite_WritesReportsAndHistoryAndProjectsTheScore()
    {
        // Given a tiny municipal site: an ITA page, a complete structure page, an executives page without the permanent side
        var web = Path.Combine(_dir, "web");
        Directory.CreateDirectory(web);
        File.WriteAllText(Path.Combine(web, "index.html"), Page("หน้าแรก", """
            <ul><li><a href="ita.html">ITA 2565</a></li><li><a href="structure.html">โครงสร้างองค์กร</a></li></ul>
            """));
        File.WriteAllText(Path.Combine(web, "ita.html"), Page("ITA ประจำปีงบประมาณ พ.ศ. 2565", """
            <table><tr><td>O1 <a href="structure.html">โครงสร้าง</a></td></tr><tr><td>O2 <a href="executives.html">ข้อมูลผู้บริหาร</a></td></tr>
            <tr><td>O3 <a href="#">อำนาจหน้าที่</a></td></tr><tr><td>O4 <a href="#">แผนพัฒนา</a></td></tr><tr><td>O5 <a href="#">ติดต่อ</a></td></tr></table>
            """));
        File.WriteAllText(Path.Combine(web, "structure.html"), Page("โครงสร้างองค์กร", "<p>นายกเทศมนตรี รองนายกเทศมนตรี ปลัดเทศบาล ผู้อำนวยการกองคลัง</p>"));
        File.WriteAllText(Path.Combine(web, "executives.html"), Page("คณะผู้บริหาร", "<p>นายก สมชาย นายกเทศมนตรี</p>"));

        // When the whole check runs
        var outcome = await CheckServedAsync(web);

        // Then verdicts, score, report folder and history agree
        var r = outcome.Result;
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(RunStatus.Complete));
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.GapsFound));
            Assert.That(r.Items.Single(i => i.Code == "O1").Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(r.Items.Single(i => i.Code == "O2").Verdict, Is.EqualTo(Verdict.Pass), "O2 in the mini catalog needs only reachability");
            Assert.That(r.Items.Single(i => i.Code == "O23").FailKinds, Is.EqualTo(new[] { FailKind.Missing }));
            Assert.That(r.Score.SubIndicatorsPassRate("9.1"), Is.EqualTo(100));
            Assert.That(File.Exists(Path.Combine(outcome.ReportFolder!, "results.json")), Is.True);
            Assert.That(ResultsSchemaTests.Errors(File.ReadAllText(Path.Combine(outcome.ReportFolder!, "results.json"))), Is.Empty, "what a real run writes passes config/schema/results.schema.json");
            Assert.That(File.Exists(Path.Combine(_dir, "data", "testsite.db")), Is.True, "history and revisit validators live in the site's database");
        });
    }

    [Test]
    public async Task RunAsync_SiteDown_IsInconclusiveAndMailsNoDivision()
    {
        // Given a site file whose main URL answers nothing (a closed loopback port)
        var (_, sitePath) = MiniCatalog.WriteTo(_dir);
        var (site, catalog) = SiteConfigLoader.Load(sitePath);
        site = site with { MainUrl = new Uri($"http://127.0.0.1:{ClosedPort()}/"), Items = new Dictionary<string, ItemOverride>(), Crawl = site.Crawl with { Retries = 0 } };
        var runner = new CheckRunner(TimeProvider.System, NullLoggerFactory.Instance, new CheckRunnerOptions { WorkingDirectory = _dir });

        // When it is checked
        var outcome = await runner.RunAsync(new CheckRequest(site, catalog, new CheckOptions()), null, CancellationToken.None);

        // Then the run is inconclusive (exit 4), no item is a gap, and no division e-mail was written
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Inconclusive));
            Assert.That(outcome.Result.Items.Select(i => i.Verdict).Distinct(), Is.EqualTo(new[] { Verdict.Inconclusive }));
            var outbox = Path.Combine(_dir, "outbox");
            var division = Directory.Exists(outbox) ? Directory.EnumerateFiles(outbox, "*.eml", SearchOption.AllDirectories).Where(f => !f.Contains("admin", StringComparison.Ordinal)).ToList() : [];
            Assert.That(division, Is.Empty);
        });
    }

    [Test]
    public async Task RunAsync_MainPageIsAJavaScriptShell_IsInconclusiveNotMissing()
    {
        // Given a site whose main page is an application shell filled in by scripts in the browser
        var web = Path.Combine(_dir, "web");
        Directory.CreateDirectory(web);
        File.WriteAllText(Path.Combine(web, "index.html"),
            "<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>เทศบาลตำบลทดสอบ</title></head>"
            + "<body><noscript>You need to enable JavaScript to run this app.</noscript><div id=\"root\"></div><script src=\"/static/main.js\"></script></body></html>");
        File.WriteAllText(Path.Combine(web, "main.js"), "document.getElementById('root').textContent = 'O1';");

        // When it is checked
        var outcome = await CheckServedAsync(web);

        // Then the run is inconclusive (exit 4) with the reason, instead of telling every division its items are missing
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Inconclusive));
            Assert.That(outcome.Result.InconclusiveReason, Does.Contain("JavaScript"));
            Assert.That(outcome.Result.Items.Select(i => i.Verdict).Distinct(), Is.EqualTo(new[] { Verdict.Inconclusive }));
        });
    }

    /// <summary>Serves the folder on 127.0.0.1 and checks it with the mini catalog and the real runner.</summary>
    private async Task<CheckOutcome> CheckServedAsync(string web)
    {
        var (_, sitePath) = MiniCatalog.WriteTo(_dir);
        var (site, catalog) = SiteConfigLoader.Load(sitePath);
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = web });
        site = site with { MainUrl = server.BaseUrl, Items = new Dictionary<string, ItemOverride>(), Crawl = site.Crawl with { Delay = TimeSpan.Zero, CheckExternal = false } };
        var runner = new CheckRunner(TimeProvider.System, NullLoggerFactory.Instance, new CheckRunnerOptions { WorkingDirectory = _dir });
        return await runner.RunAsync(new CheckRequest(site, catalog, new CheckOptions()), null, CancellationToken.None);
    }

    private static string Page(string title, string body) =>
        $"<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>";

    private static int ClosedPort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}

internal static class ScoreExtensions
{
    public static double SubIndicatorsPassRate(this ScoreProjection score, string code) =>
        score.Indicators.SelectMany(i => i.SubIndicators).Single(s => s.Code == code).Percent;
}
