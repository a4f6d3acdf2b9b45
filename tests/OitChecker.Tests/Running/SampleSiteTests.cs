using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Documents;
using OitChecker.Rules;
using OitChecker.Running;
using OitChecker.Serving;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Tests.Running;

/// <summary>
/// The built-in sample (samples/sites/muangklaeng) checked end to end by the real pipeline: every item's verdict
/// and fail kinds must equal samples/sites/muangklaeng/expected.json, whose planted defects are documented in
/// EXPECTED.md. A change here means either the engine or the sample moved; a new pass on a planted defect is a
/// false pass.
/// </summary>
public class SampleSiteTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("sample");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task RunAsync_SampleSite_VerdictsEqualExpectedJson()
    {
        // Given the sample folder served on loopback and the seed municipality's site file rebased onto it
        var folder = Path.Combine(RepoPaths.Samples, "sites", SampleSite.Name);
        var expected = ExpectedVerdicts.Read(Path.Combine(folder, "expected.json"));
        var (site, catalog) = SiteConfigLoader.Load(Path.Combine(RepoPaths.Config, "sites", SampleSite.Name + ".yaml"));
        await using var server = await StaticSiteServer.StartAsync(new StaticSiteOptions { Root = folder, Port = 0 });
        site = SampleSite.Rebase(site, server.BaseUrl);
        var runner = new CheckRunner(TimeProvider.System, NullLoggerFactory.Instance, new CheckRunnerOptions { WorkingDirectory = _dir });

        // When the whole check runs
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var outcome = await runner.RunAsync(new CheckRequest(site, catalog, new CheckOptions()), null, timeout.Token);
        watch.Stop();
        var r = outcome.Result;
        await TestContext.Out.WriteLineAsync(
            $"sample check: {watch.Elapsed.TotalSeconds:F1} s, matching {outcome.Matching.TotalMilliseconds:F0} ms after the crawl, {r.Pages.Fetched} fetched, {r.Pages.Documents} documents, {r.Pages.Requests} requests, stop {r.Pages.Stop}");

        // Then every item is judged as expected.json says, the run reports gaps, and the crawl saw the whole site
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(RunStatus.Complete), r.InconclusiveReason);
            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.GapsFound));
            Assert.That(r.Items.Select(i => i.Code), Is.EquivalentTo(expected.Codes), "every catalog item is in expected.json");
            Assert.That(expected.Mismatches(r.Items), Is.Empty, "verdicts differ from expected.json");
            Assert.That(r.Pages.Fetched - r.Pages.Documents, Is.GreaterThanOrEqualTo(150), "HTML pages fetched");
            Assert.That(r.Pages.Documents, Is.GreaterThanOrEqualTo(50), "documents fetched");
        });
    }

    [Test]
    public void SamplePdfs_ReadWithPdfPig_HoldThaiTextExceptTheScan()
    {
        // Given every PDF of the sample (LibreOffice output typeset in Garuda, and one image-only scan)
        var folder = Path.Combine(RepoPaths.Samples, "sites", SampleSite.Name);
        var pdfs = Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

        // When each is read by the crawler's document reader
        var read = pdfs.Select(p => (Name: Path.GetFileName(p), Result: DocumentReader.Read(File.ReadAllBytes(p), ContentFormat.Pdf))).ToList();

        // Then the text PDFs give readable Thai and the scan gives none
        Assert.Multiple(() =>
        {
            Assert.That(pdfs, Has.Count.GreaterThanOrEqualTo(40));
            foreach (var (name, result) in read)
            {
                Assert.That(result.Facts.Opens, Is.True, name);
                if (name.Contains("scan", StringComparison.Ordinal))
                {
                    Assert.That(result.Facts.HasText, Is.False, name);
                    Assert.That(result.Facts.IsScanned, Is.True, name);
                }
                else
                {
                    Assert.That(TextQuality.IsReadable(result.Text), Is.True, $"{name}: {result.Text[..Math.Min(80, result.Text.Length)]}");
                    Assert.That(result.Text, Does.Contain("ประจำปี").Or.Contain("คู่มือ").Or.Contain("เทศบาล"), name);
                }
            }
        });
    }
}
