using OitChecker.Testing;
using OitChecker.Verdicts;

namespace OitChecker.Tests.Verdicts;

/// <summary>
/// The real static part of www.saiyoidenchai.go.th (อบต.ไทรย้อย, 2015–2016; no ITA menu), served in place with a
/// sitemap.xml generated from the folder listing, judged with the 2565 catalog. The expected verdicts are the ones a
/// careful human assessor gives after reading the pages: docs/realsite-saiyoidenchai.md.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class SaiyoidenchaiVerdictTests
{
    private static RealSiteRun _run = null!;

    [OneTimeSetUp]
    public async Task CrawlAndJudgeOnce() =>
        _run = await RealSiteJudge.RunAsync(RepoPaths.RealSite("saiyoidenchai"), "/custom_home.html", 2565, sitemapFromListing: true);

    [Test]
    public void JudgeAsync_NoItemPassesExceptTheSocialNetworkLink() =>
        Assert.That(_run.Verdicts.Where(v => v.Verdict == Verdict.Pass).Select(v => v.Code), Is.EqualTo(new[] { "O9" }));

    [Test]
    public void JudgeAsync_EveryItemAHumanFailsIsFailed() =>
        Assert.That(_run.Verdicts.Where(v => v.Code is not ("O1" or "O9") && v.Verdict != Verdict.Fail)
            .Select(v => $"{v.Code}:{v.Verdict}"), Is.Empty);

    [Test]
    public void JudgeAsync_StructurePageThatIsOnlyAnImage_IsManualReviewNeverPass()
    {
        var o1 = _run["O1"];

        Assert.That((o1.Verdict, o1.Url), Is.EqualTo((Verdict.ManualReview, _run.Url("/architech.html"))));
    }

    [Test]
    public void JudgeAsync_ExecutivesPageWithoutThePermanentSide_FailsIncomplete_TheSidebarClerkDoesNotCount()
    {
        var o2 = _run["O2"];

        Assert.That((o2.Verdict, o2.Url, o2.FailKinds), Is.EqualTo((Verdict.Fail, _run.Url("/excustive.html"), new[] { FailKind.Incomplete })));
    }

    [TestCase("O8", "/webboard.php")]
    [TestCase("O30", "/contact_form.php")]
    public void JudgeAsync_ChannelWhoseLinkIs404_FailsBroken(string code, string path) =>
        Assert.That((_run[code].Url, _run[code].FailKinds), Is.EqualTo((_run.Url(path), new[] { FailKind.Broken })));

    [Test]
    public void JudgeAsync_HomePageLinksTheFacebookPage_SocialNetworkPasses() =>
        Assert.That(_run["O9"].Url, Is.EqualTo(_run.Url("/custom_home.html")));

    [TestCase("O4")]     // แผนพัฒนา 2556-2558
    [TestCase("O22")]    // procurement notices of 2557–2558
    public void JudgeAsync_OldDocumentsFoundByTheirText_FailWrongPeriod(string code) =>
        Assert.That(_run[code].FailKinds, Is.EqualTo(new[] { FailKind.WrongPeriod }));

    // A staffing plan whose table of contents names "อำนาจหน้าที่" / "ขั้นตอนการปฏิบัติงาน", a development plan naming
    // "ขั้นตอนการดำเนินการ": mentions deep inside a document about something else are not evidence (human: fail).
    // O3 then falls back to the menu's "อำนาจและหน้าที่" page, whose body is the staffing structure: incomplete.
    [TestCase("O3", FailKind.Incomplete)]
    [TestCase("O13", FailKind.Missing)]
    [TestCase("O29", FailKind.Missing)]
    public void JudgeAsync_TermMentionedOnlyInsideAnotherDocument_IsNotEvidence(string code, FailKind kind)
    {
        TestContext.Out.WriteLine($"saiyoidenchai: {_run.Crawl.Fetched} URLs crawled; judging 43 items took {_run.Judging.TotalMilliseconds:F0} ms");
        Assert.That((_run[code].Verdict, _run[code].FailKinds), Is.EqualTo((Verdict.Fail, new[] { kind })), string.Join(" | ", _run[code].Reasons.Select(r => r.En)));
    }
}
