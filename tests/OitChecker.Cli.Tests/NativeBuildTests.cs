using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using OitChecker.Cli.Tests.Scheduling;
using OitChecker.Reporting;
using OitChecker.Serving;
using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Cli.Tests;

/// <summary>
/// The native build (<c>dotnet publish src/OitChecker.Cli -c Release -p:PublishAot=true</c>) against this .NET build:
/// the README's sample check must write the same reports, and the crawl benchmark must find exactly the planted
/// broken links. The tests run where <see cref="Variable"/> names the native executable (.ci/run publishes it and
/// sets it); elsewhere they are skipped, saying how to run them.
/// </summary>
[NonParallelizable]
public sealed partial class NativeBuildTests
{
    /// <summary>Path of the natively compiled <c>oitcheck</c>.</summary>
    public const string Variable = "OITCHECK_NATIVE";

    private readonly List<string> _dirs = [];

    [TearDown]
    public void TearDown()
    {
        SqliteConnection.ClearAllPools();
        foreach (var d in _dirs)
        {
            Directory.Delete(d, recursive: true);
        }

        _dirs.Clear();
    }

    [Test]
    public async Task SampleCheck_NativeBuild_WritesTheReportsTheDotnetBuildWrites()
    {
        var native = NativeExecutable();

        // When the sample check runs once with each build, each in an empty folder
        var (nativeCode, nativeOut, nativeDir) = await RunAsync(native, "check", "--sample");
        var (dotnetCode, dotnetOut, dotnetDir) = await RunAsync(null, "check", "--sample");

        // Then both exit 2 with the sample's expected verdicts, and every report file is the same once run ids,
        // times and the sample server's port are set aside
        var nativeLatest = Path.Combine(nativeDir, "reports", SampleSite.Name, "latest");
        var dotnetLatest = Path.Combine(dotnetDir, "reports", SampleSite.Name, "latest");
        var results = ResultsJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(nativeLatest, "results.json")))!;
        var expected = ExpectedVerdicts.Read(Path.Combine(RepoPaths.Samples, "sites", SampleSite.Name, "expected.json"));
        var files = Directory.GetFiles(dotnetLatest).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(nativeCode, Is.EqualTo(2), nativeOut);
            Assert.That(dotnetCode, Is.EqualTo(2), dotnetOut);
            Assert.That(expected.Mismatches(results.Items), Is.Empty, "native verdicts differ from expected.json");
            Assert.That(Directory.GetFiles(nativeLatest).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(files));
            Assert.That(files, Does.Contain("results.json").And.Contain("report.html").And.Contain("summary.csv"));
            foreach (var f in files)
            {
                Assert.That(Normalised(Path.Combine(nativeLatest, f!)), Is.EqualTo(Normalised(Path.Combine(dotnetLatest, f!))), f);
            }

            Assert.That(Emails(nativeDir), Is.EqualTo(Emails(dotnetDir)).And.GreaterThanOrEqualTo(3), "one e-mail per division with gaps");
        });
    }

    [Test]
    public async Task BenchCrawl_NativeBuild_FindsExactlyThePlantedBrokenLinksWithoutTheJit()
    {
        var native = NativeExecutable();

        // When the native build runs the crawl benchmark on a small site (its helpers are the native build too)
        var (code, output, _) = await RunAsync(native, "bench", "crawl", "--pages", "120", "--no-tools", "--no-polite", "--no-revisit");

        // Then it finds exactly the planted broken links and compiles nothing at run time
        var line = Run().Match(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), output);
            Assert.That(line.Success, Is.True, output);
            Assert.That(line.Groups["found"].Value, Is.EqualTo(line.Groups["planted"].Value), line.Value);
            Assert.That(line.Groups["jit"].Value, Is.EqualTo("0.00"), line.Value);
        });
    }

    private static string NativeExecutable()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(path))
        {
            Assert.Ignore($"{Variable} is not set: 'dotnet publish src/OitChecker.Cli -c Release -p:PublishAot=true -o DIR', then {Variable}=DIR/oitcheck (.ci/run does this).");
        }

        Assert.That(File.Exists(path), Is.True, $"{Variable}={path}: no such file");
        return path!;
    }

    private async Task<(int? Code, string Output, string Dir)> RunAsync(string? executable, params string[] args)
    {
        var dir = RepoPaths.NewTempDirectory("native");
        _dirs.Add(dir);
        await using var process = ServeProcess.Start(dir, args, ledger: null, "native", executable: executable);
        var code = await process.WaitForExitAsync(TimeSpan.FromMinutes(3));
        return (code, process.Output, dir);
    }

    private static int Emails(string dir)
    {
        var outbox = Path.Combine(dir, "outbox", SampleSite.Name);
        return Directory.Exists(outbox) ? Directory.EnumerateFiles(outbox, "*.eml", SearchOption.AllDirectories).Count() : 0;
    }

    /// <summary>A report without what differs between two runs: run ids, clock times, durations, the served port.</summary>
    private static string Normalised(string path)
    {
        var text = File.ReadAllText(path);
        text = Port().Replace(text, "127.0.0.1:PORT");
        text = RunStamp().Replace(text, "STAMP");
        text = ClockTime().Replace(text, "TIME");
        text = ThaiDate().Replace(text, "DATE");
        text = HourMinute().Replace(text, "HH:MM");
        return Duration().Replace(text, "\"durationSeconds\": D");
    }

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();

    [GeneratedRegex(@"\d{8}T\d{6}Z")]
    private static partial Regex RunStamp();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?")]
    private static partial Regex ClockTime();

    /// <summary>A date as the HTML report prints it: "27 พ.ย. 2569" (the two runs may fall on either side of midnight).</summary>
    [GeneratedRegex(@"\d{1,2} [\u0E01-\u0E5B.]+ \d{4}")]
    private static partial Regex ThaiDate();

    /// <summary>A clock time as the HTML report prints it ("07:35 น."): the two runs may fall on either side of a minute.</summary>
    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex HourMinute();

    [GeneratedRegex(@"""durationSeconds"": [\d.]+")]
    private static partial Regex Duration();

    [GeneratedRegex(@"^\(a\) politeness off .*jit (?<jit>[\d.]+) s.*broken (?<found>\d+)/(?<planted>\d+) planted \(missed 0, extra 0\)", RegexOptions.Multiline)]
    private static partial Regex Run();
}
