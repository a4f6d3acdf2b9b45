using OitChecker.Testing;
using OitChecker.Verdicts;

namespace OitChecker.Tests.Verdicts;

/// <summary>
/// The ITA page of เทศบาลตำบลโพนสูง (ITA ปีงบประมาณ พ.ศ. 2566, ../shared/realsites/phonsung-ita-page), served in place:
/// it lists all 43 items of the 2566 set, but every link is "#". The index must be recognised, and every item fail.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PhonsungIndexTests
{
    [Test]
    public async Task JudgeAsync_IndexWhoseLinksAreAllHash_FindsAll43CodesAndFailsEveryItem()
    {
        // Given / When: the real crawl from ITA.html and the real verdict engine with the 2566 catalog (the page's year)
        var run = await RealSiteJudge.RunAsync(RepoPaths.RealSite("phonsung-ita-page"), "/ITA.html", 2566, sitemapFromListing: false);

        // Then
        var codes = run.Index.IndexEntries.Select(e => e.Code).Distinct().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Index.IndexPages, Is.EqualTo(new[] { run.Url("/ITA.html") }));
            Assert.That(codes, Is.EquivalentTo(Enumerable.Range(1, 43).Select(n => $"O{n}")), "all 43 codes are read from the index");
            Assert.That(run.Index.IndexEntries.All(e => e.LinksNowhere), Is.True, "every link is #");
            Assert.That(run.Index.IndexEntries.Select(e => e.Year).Distinct(), Is.EqualTo(new int?[] { 2566 }));
            Assert.That(run.Verdicts, Has.Count.EqualTo(43));
            Assert.That(run.Verdicts.Where(v => v.Verdict == Verdict.Pass).Select(v => v.Code), Is.Empty, "nothing passes");
            Assert.That(run.Verdicts.Where(v => v.Verdict != Verdict.Fail).Select(v => $"{v.Code}:{v.Verdict}"), Is.Empty);
            Assert.That(run.Verdicts.Where(v => v.Url == run.Url("/ITA.html")), Is.Empty, "the index page is never evidence of an item");
            Assert.That(run.Verdicts.Where(v => !v.FailKinds.Any(k => k is FailKind.Missing or FailKind.Broken)).Select(v => v.Code), Is.EqualTo(new[] { "O7" }),
                "every item but O7 is missing");

            // O7: the mock home page has a "ข่าวประชาสัมพันธ์" section of lorem ipsum without a single date
            Assert.That((run["O7"].Url, run["O7"].FailKinds), Is.EqualTo((run.Url("/"), new[] { FailKind.WrongPeriod })));
            Assert.That(run["O1"].Reasons[0].En, Does.Contain("lists O1 but its link goes nowhere (#)"));
        });
        TestContext.Out.WriteLine($"phonsung judging: {run.Judging.TotalMilliseconds:F0} ms");
    }
}
