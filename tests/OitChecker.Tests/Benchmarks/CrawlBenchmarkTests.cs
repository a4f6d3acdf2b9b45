using OitChecker.Benchmarks;
using OitChecker.Testing;
using OitChecker.Tests.Crawling;

namespace OitChecker.Tests.Benchmarks;

[TestFixture]
[NonParallelizable]
public sealed class CrawlBenchmarkTests
{
    [Test]
    public async Task RunAsync_SmallSite_ExactBrokenLinksAndCheapRevisit()
    {
        // Given a small synthetic site (no external tools, a short polite run)
        var work = RepoPaths.NewTempDirectory("bench");
        var options = new BenchmarkOptions { Pages = 150, PolitePages = 4, ExternalTools = false, WorkDirectory = work };
        using var output = new StringWriter();

        // When
        var runs = await new CrawlBenchmark(new CapturingLoggerFactory(), TimeProvider.System).RunAsync(options, output, CancellationToken.None);

        // Then
        var text = output.ToString();
        var fast = runs.Single(r => r.Name.StartsWith("(a)", StringComparison.Ordinal));
        var first = runs.Single(r => r.Name == "revisit 1st run");
        var second = runs.Single(r => r.Name == "revisit 2nd run");
        Assert.Multiple(() =>
        {
            Assert.That(fast.BrokenPlanted, Is.EqualTo(3));
            Assert.That(fast.ExactBroken, Is.True, text);
            Assert.That(fast.Pages, Is.EqualTo(150 + 1 + 1 + 7), "every page (/ as well as /index.html), the ITA page and the 7 PDFs");
            Assert.That(second.Bytes, Is.LessThan(first.Bytes / 10), text);
            TestContext.Out.WriteLine(text);
            Assert.That(text, Does.Contain("Polite run:").And.Contain("% of the allowed rate").And.Contain("Revisit: 2nd run"));
        });
        Directory.Delete(work, recursive: true);
    }

    [Test]
    public async Task RunAsync_TwoRoundsWithATool_RunsBothInTurnAndSummarisesTheRounds()
    {
        // Given a stand-in for linkinator that prints linkinator's summary line (the real tool is not installed in CI)
        var work = RepoPaths.NewTempDirectory("bench-rounds");
        var tool = Path.Combine(work, "linkinator");
        await File.WriteAllTextAsync(tool, "#!/bin/sh\necho \"[404] $1/missing.html\"\necho \"ERROR: Detected 2 broken links. Scanned 99 links in 0.25 seconds.\"\nexit 1\n");
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("a shell script stands in for the tool");
        }
        else
        {
            File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var options = new BenchmarkOptions
        {
            Pages = 40, Polite = false, Revisit = false, Rounds = 2, Tools = ["linkinator"], Linkinator = tool, WorkDirectory = Path.Combine(work, "bench"),
        };
        using var output = new StringWriter();

        // When
        var runs = await new CrawlBenchmark(new CapturingLoggerFactory(), TimeProvider.System).RunAsync(options, output, CancellationToken.None);

        // Then
        var text = output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(r => r.Name), Is.EqualTo(new[] { "(a) politeness off", "(a) round 1, warm process", "(a) round 2, warm process" }));
            Assert.That(runs.All(r => r.ExactBroken), Is.True, text);
            Assert.That(text.Split('\n').Count(l => l.StartsWith("linkinator@7", StringComparison.Ordinal) && l.Contains("exit 1", StringComparison.Ordinal)), Is.EqualTo(2), text);
            Assert.That(text, Does.Contain("its own crawl time 0.25 s"));
            Assert.That(text, Does.Contain("Rounds: 2, ours in this warm process. Ours: crawl median").And.Contain("exact broken links in 2 of 2"));
            Assert.That(text, Does.Contain("its own crawl time (start-up left out): median 0.25 s"));
        });
        Directory.Delete(work, recursive: true);
    }

    [Test]
    public void Generate_SameSeed_SamePlantedLinks()
    {
        var a = SyntheticSiteGenerator.Generate(RepoPaths.NewTempDirectory("gen"), new SyntheticSiteOptions { Pages = 200 }, "http://localhost:1");
        var b = SyntheticSiteGenerator.Generate(RepoPaths.NewTempDirectory("gen"), new SyntheticSiteOptions { Pages = 200 }, "http://localhost:1");

        Assert.Multiple(() =>
        {
            Assert.That(a.PlantedInternal, Is.EqualTo(b.PlantedInternal));
            Assert.That(a.PlantedExternal, Is.EqualTo(b.PlantedExternal));
            Assert.That(a.PlantedInternal.Count + a.PlantedExternal.Count, Is.EqualTo(4));
            Assert.That(a.Pdfs, Is.EqualTo(9));
            Assert.That(a.Bytes / a.Pages, Is.InRange(30_000, 50_000), "pages of about 40 KB");
        });
    }
}
