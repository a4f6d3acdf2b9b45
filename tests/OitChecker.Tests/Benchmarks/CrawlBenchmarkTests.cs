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
