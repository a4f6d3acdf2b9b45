using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OitChecker.Cli.Tests.Scheduling;
using OitChecker.Reporting;
using OitChecker.Serving;
using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Cli.Tests.Commands;

/// <summary>
/// <c>oitcheck check</c> as a user runs it: a real child process in an empty folder. The demo (<c>--sample</c>) must
/// give exactly the verdicts of the sample's expected.json and leave reports, history and e-mails where the README
/// says; <c>--url</c> must work with no site file.
/// </summary>
[NonParallelizable]
public class CheckCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("check-cli");

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task Sample_OneCommand_ExitsTwoWithExpectedVerdictsReportsHistoryAndOutbox()
    {
        // When the README's first command runs in an empty folder (the sample and config travel with the program)
        var watch = Stopwatch.StartNew();
        var (code, output) = await RunAsync("check", "--sample");
        watch.Stop();
        await TestContext.Out.WriteLineAsync($"check --sample: {watch.Elapsed.TotalSeconds:F1} s wall time (process start to exit)");

        // Then it exits 2, prints the score and the division table, and its results equal expected.json item by item
        var latest = Path.Combine(_dir, "reports", SampleSite.Name, "latest");
        var results = ResultsJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(latest, "results.json")))!;
        var expected = ExpectedVerdicts.Read(Path.Combine(RepoPaths.Samples, "sites", SampleSite.Name, "expected.json"));
        var outbox = Path.Combine(_dir, "outbox", SampleSite.Name);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), output);
            Assert.That(output, Does.Contain("Projected OIT").And.Contain("Gaps per division").And.Contain("กองคลัง"));
            Assert.That(expected.Mismatches(results.Items), Is.Empty, "verdicts differ from expected.json");
            Assert.That(File.Exists(Path.Combine(latest, "report.html")), Is.True);
            Assert.That(File.Exists(Path.Combine(_dir, "data", SampleSite.Name + ".db")), Is.True, "history");
            Assert.That(Directory.Exists(outbox) ? Directory.EnumerateFiles(outbox, "*.eml", SearchOption.AllDirectories).Count() : 0,
                Is.GreaterThanOrEqualTo(3), "one e-mail per division with gaps, in the outbox (no SMTP server)");
        });
    }

    [Test]
    public async Task Url_NoSiteFileThaiDigitYear_ChecksWithTheCatalogsDivisions()
    {
        // Given a small site on loopback and no site file
        var web = Path.Combine(_dir, "web");
        Directory.CreateDirectory(web);
        await File.WriteAllTextAsync(Path.Combine(web, "index.html"),
            "<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>อบต.ทดสอบ</title></head><body><h1>องค์การบริหารส่วนตำบลทดสอบ</h1>"
            + "<a href=\"structure.html\">โครงสร้างองค์กร</a></body></html>");
        await File.WriteAllTextAsync(Path.Combine(web, "structure.html"),
            "<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>โครงสร้างองค์กร</title></head><body><h1>โครงสร้างองค์กร</h1><p>นายก อบต. ปลัด อบต.</p></body></html>");
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = web });

        // When it is checked by URL, the year written in Thai digits
        var (code, output) = await RunAsync("check", "--url", server.BaseUrl.ToString(), "--year", "๒๕๖๕", "--delay-ms", "10");

        // Then the 2565 catalog is used with its default divisions, the run completes with gaps, and a report exists
        var results = Directory.EnumerateFiles(Path.Combine(_dir, "reports"), "results.json", SearchOption.AllDirectories).First();
        var result = ResultsJson.Deserialize(await File.ReadAllTextAsync(results))!;
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), output);
            Assert.That(result.Year, Is.EqualTo(2565));
            Assert.That(result.Items, Has.Count.EqualTo(43));
            Assert.That(result.Items.Select(i => i.Division).Distinct().Count(), Is.GreaterThan(1), "the catalog's default divisions");
            Assert.That(output, Does.Contain("ITA 2565"));
        });
    }

    [Test]
    public async Task Url_CeYear_ExitsThreeNamingTheBuddhistEraYear()
    {
        var result = await CliRunner.RunAsync("check", "--url", "http://127.0.0.1:9/", "--year", "2022");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3));
            Assert.That(result.Error, Does.Contain("--year: 2022 is not a Buddhist-Era year (it looks like CE); write 2565"));
        });
    }

    [Test]
    public async Task Check_TwoTargets_ExitsThreeWithUsage()
    {
        var result = await CliRunner.RunAsync("check", "--sample", "--url", "http://127.0.0.1:9/");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3));
            Assert.That(result.Error, Does.Contain("Give exactly one of --site FILE, --url URL or --sample."));
        });
    }

    private async Task<(int? Code, string Output)> RunAsync(params string[] args)
    {
        await using var process = ServeProcess.Start(_dir, args, ledger: null, "cli");
        var code = await process.WaitForExitAsync(TimeSpan.FromMinutes(3));
        return (code, process.Output);
    }
}
