using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Reporting;
using OitChecker.Running;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;

namespace OitChecker.Cli.Tests.Commands;

/// <summary><c>oitcheck report</c>, <c>history</c> and <c>mail --flush-outbox</c> over runs published in-process.</summary>
[NonParallelizable]
public sealed class ReportHistoryMailCommandTests
{
    private static readonly DateTimeOffset Night1 = new(2025, 11, 18, 21, 30, 0, TimeSpan.Zero);
    private string _dir = string.Empty;
    private string _sitePath = string.Empty;
    private SiteConfig _site = null!;

    [SetUp]
    public async Task SetUp()
    {
        _dir = RepoPaths.NewTempDirectory("oit-cli-report");
        await File.WriteAllTextAsync(Path.Combine(_dir, "catalog.yaml"), ReportCatalog.Yaml);
        _sitePath = Path.Combine(_dir, "site.yaml");
        await File.WriteAllTextAsync(_sitePath, $"""
            id: muangklaeng
            name: เทศบาลตำบลเมืองแกลง
            mainUrl: https://www.muangklaeng.go.th/
            year: 2568
            catalog: catalog.yaml
            divisions:
              - {"{"} slug: palad, name: สำนักปลัดเทศบาล, emails: [saraban@muangklaeng.go.th] {"}"}
              - {"{"} slug: strategy, name: กองยุทธศาสตร์และงบประมาณ, emails: [plan@muangklaeng.go.th] {"}"}
              - {"{"} slug: finance, name: กองคลัง, emails: [finance@muangklaeng.go.th] {"}"}
              - {"{"} slug: audit, name: หน่วยตรวจสอบภายใน, emails: [audit@muangklaeng.go.th] {"}"}
            mail:
              delivery: outbox
              from: oitcheck@muangklaeng.go.th
              outbox: {_dir}/outbox
              smtp: {"{"} host: 127.0.0.1, port: {FreePort()}, security: none {"}"}
            reports:
              directory: {_dir}/reports
            history:
              database: {_dir}/data/muangklaeng.db
            """);
        _site = SiteConfigLoader.Load(_sitePath).Site;
    }

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task Report_Last_PrintsNewestFolderAndFiles()
    {
        await PublishAsync(1, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));
        var second = await PublishAsync(2, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));

        var r = await CliRunner.RunAsync("report", "--last", "--site", _sitePath);

        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Error);
            Assert.That(r.Output, Does.StartWith(second.ReportFolder + "\n").Or.StartWith(second.ReportFolder + Environment.NewLine));
            Assert.That(r.Output, Does.Contain("  finance.csv").And.Contain("  report.html").And.Contain("  results.json"));
        });
    }

    [Test]
    public async Task Report_RunIdWithFormats_PrintsJsonCsvAndHtmlPath()
    {
        var first = await PublishAsync(1, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));
        await PublishAsync(2, _ => { });

        var json = await CliRunner.RunAsync("report", "--run", first.Result.RunId, "--format", "json", "--site", _sitePath);
        var csv = await CliRunner.RunAsync("report", "--run", "20251118T213000Z", "--format", "csv", "--site", _sitePath);
        var html = await CliRunner.RunAsync("report", "--run", first.Result.RunId, "--format", "html", "--site", _sitePath);

        Assert.Multiple(() =>
        {
            Assert.That(json.ExitCode, Is.EqualTo(0), json.Error);
            Assert.That(ResultsJson.Deserialize(json.Output)!.RunId, Is.EqualTo(first.Result.RunId));
            Assert.That(csv.Output, Does.StartWith("ระดับ,รหัส,ชื่อ"), "summary.csv without the byte-order mark");
            Assert.That(html.Output.Trim(), Is.EqualTo(Path.Combine(first.ReportFolder!, "report.html")));
        });
    }

    [Test]
    public async Task Report_UnknownRunOrBothOptions_FailsWithMessage()
    {
        await PublishAsync(1, _ => { });
        var unknown = await CliRunner.RunAsync("report", "--run", "20200101T000000Z-x", "--site", _sitePath);
        var both = await CliRunner.RunAsync("report", "--last", "--run", "x", "--site", _sitePath);
        Assert.Multiple(() =>
        {
            Assert.That(unknown.ExitCode, Is.EqualTo(ExitCodes.UnexpectedFailure));
            Assert.That(unknown.Error, Does.Contain("No report for run 20200101T000000Z-x of muangklaeng."));
            Assert.That(both.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError));
            Assert.That(both.Error, Does.Contain("Give exactly one of --last or --run ID."));
        });
    }

    [Test]
    public async Task History_ThreeRuns_ShowsRunsAndItemTrends()
    {
        await PublishAsync(1, _ => { });
        await PublishAsync(2, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));
        await PublishAsync(3, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));

        var r = await CliRunner.RunAsync("history", "--site", _sitePath);
        await TestContext.Out.WriteLineAsync(r.Output);

        var o7 = r.Output.Split('\n').Single(l => l.Contains(" O7 ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(0), r.Error);
            Assert.That(r.Output, Does.Contain("20251120T213000Z-muangklaeng").And.Contain("20251118T213000Z-muangklaeng"));
            Assert.That(r.Output, Does.Contain("21 พ.ย. 2568 04:30 น."));
            Assert.That(o7, Does.Contain("✓✗✗").And.Contain("fail").And.Contain("new"));
        });
    }

    [Test]
    public async Task Mail_FlushOutboxServerDown_ExitsOneAndKeepsMessages()
    {
        await PublishAsync(1, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));

        var r = await CliRunner.RunAsync("mail", "--flush-outbox", "--retries", "0", "--site", _sitePath);

        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(ExitCodes.UnexpectedFailure), r.Error);
            Assert.That(r.Output, Does.Contain("1 waiting, 0 sent, 0 refused (moved to failed/), 1 still waiting"));
            Assert.That(Directory.GetFiles(Path.Combine(_dir, "outbox"), "*.eml"), Has.Length.EqualTo(1));
        });
    }

    private Task<PublishResult> PublishAsync(int night, Action<RunResultBuilder> configure)
    {
        var b = new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Night1.AddDays(night - 1));
        configure(b);
        return new RunPublisher(new FakeTimeProvider(Night1.AddDays(night - 1).AddMinutes(13)), NullLoggerFactory.Instance)
            .PublishAsync(b.Build(), _site, ReportCatalog.Catalog, new PublishOptions(), CancellationToken.None);
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        var port = ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
