using OitChecker.Benchmarks;

namespace OitChecker.Tests.Benchmarks;

[TestFixture]
public sealed class RoundSummaryTests
{
    [TestCase(new[] { 3.0 }, 3.0)]
    [TestCase(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [TestCase(new[] { 4.0, 1.0, 2.0, 3.0 }, 2.5)]
    public void Median_OddAndEvenCounts(double[] values, double expected) =>
        Assert.That(RoundSummary.Median(values), Is.EqualTo(expected));

    [Test]
    public void Median_NoValues_Throws() =>
        Assert.That(() => RoundSummary.Median([]), Throws.ArgumentException);

    [Test]
    public void Lines_ThreeRoundsInThisProcess_RatiosAreTakenRoundByRound()
    {
        // Given ours at 1, 2 and 4 s and a tool at 3, 4 and 8 s in the same rounds
        var ours = new[] { Ours(1.0), Ours(2.0), Ours(4.0) };
        var tool = new[] { Tool(3.0, 2.5), Tool(4.0, 3.5), Tool(8.0, 7.5) };

        // When
        var lines = RoundSummary.Lines(ours, tool).ToList();

        // Then the per-round ratios are 3, 2 and 2 (median 2), not the ratio of the medians (4 / 2)
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("Rounds: 3, ours in this warm process. Ours: crawl median 2.00 s (1.00-4.00), processor")
                .And.Contain("exact broken links in 3 of 3"));
            Assert.That(lines[1], Does.Contain("median 4.00 s (3.00-8.00) -> tool time / our crawl time per round 2.00-3.00, median 2.00"));
            Assert.That(lines[2], Does.Contain("its own crawl time").And.Contain("median 3.50 s").And.Contain("per round 1.75-2.50, median 1.88"));
            Assert.That(lines, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Lines_OursInFreshProcesses_ToolWallAgainstOurProcessAndOwnTimeAgainstOurCrawl()
    {
        // Given ours crawling in 1 s inside processes of 1.5 and 2 s, and a tool of 4.5 and 4 s reporting 3 s of crawl
        var ours = new[] { Ours(1.0) with { ProcessWall = TimeSpan.FromSeconds(1.5) }, Ours(1.0) with { ProcessWall = TimeSpan.FromSeconds(2.0) } };
        var tool = new[] { Tool(4.5, 3.0), Tool(4.0, 3.0) };

        // When
        var lines = RoundSummary.Lines(ours, tool).ToList();

        // Then process against process (3 and 2), crawl against crawl (3 and 3)
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("Rounds: 2, ours each in a fresh process. Ours: crawl median 1.00 s (1.00-1.00), process median 1.75 s (1.50-2.00)"));
            Assert.That(lines[1], Does.Contain("tool time / our process time per round 2.00-3.00, median 2.50"));
            Assert.That(lines[2], Does.Contain("/ our crawl time per round 3.00-3.00, median 3.00"));
        });
    }

    [Test]
    public void Lines_ToolWithoutItsOwnTime_NoOwnTimeLine()
    {
        var lines = RoundSummary.Lines([Ours(1.0), Ours(1.0)], [Tool(2.0, null), Tool(2.0, 1.5)]).ToList();

        Assert.That(lines, Has.Count.EqualTo(2), string.Join('\n', lines));
    }

    [TestCase("ERROR: Detected 40 broken links. Scanned 34567 links in 4.321 seconds.", 4.321)]
    [TestCase("✓ Successfully scanned 1 links in 0.041 seconds.", 0.041)]
    [TestCase("Scanned 2 links in 1 second.", 1.0)]
    public void ParseReportedCrawl_LinkinatorSummaryLines(string output, double seconds) =>
        Assert.That(ToolRun.ParseReportedCrawl("→ crawling http://127.0.0.1:1/\n[404] http://127.0.0.1:1/x\n" + output), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [TestCase("")]
    [TestCase("FINISHED --2026-11-26 15:00:01--\nTotal wall clock time: 1.7s")]
    public void ParseReportedCrawl_NoSummary_Null(string output) =>
        Assert.That(ToolRun.ParseReportedCrawl(output), Is.Null);

    private static BenchmarkRun Ours(double seconds) =>
        new("(a)", TimeSpan.FromSeconds(seconds), 10, 10, 10, 1000, 100 << 20, 50 << 20, 2, 2, 0, 0) { CpuTime = TimeSpan.FromSeconds(seconds * 1.5) };

    private static ToolRun Tool(double seconds, double? own) =>
        new("linkinator@7", 1, TimeSpan.FromSeconds(seconds), own is { } o ? TimeSpan.FromSeconds(o) : null);
}
