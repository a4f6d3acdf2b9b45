using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Builders;
using OitChecker.Testing.Fixtures;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Verdicts;

public class VerdictEngineTests
{
    private OitCatalog _catalog = null!;
    private SiteConfig _site = null!;

    [OneTimeSetUp]
    public void LoadMiniCatalog()
    {
        var dir = RepoPaths.NewTempDirectory("engine");
        var (_, sitePath) = MiniCatalog.WriteTo(dir);
        (_site, _catalog) = SiteConfigLoader.Load(sitePath);
        _site = _site with { Items = new Dictionary<string, ItemOverride>() };
        Directory.Delete(dir, true);
    }

    [Test]
    public async Task IndexWithYearTabs_TakesTheAssessmentYearsTab()
    {
        // Given an ITA page with a 2565 tab and a 2564 tab; the 2564 tab links O1 to an old page with only one side
        var store = Site(
            IndexPage(
                Entry("O1", "/structure-2565", "2565"), Entry("O2", "/executives", "2565"), Entry("O3", "/power", "2565"),
                Entry("O4", "/plan", "2565"), Entry("O5", "/contact", "2565"),
                Entry("O1", "/structure-2564", "2564"), Entry("O2", "/executives-2564", "2564"), Entry("O3", "/power-2564", "2564"),
                Entry("O4", "/plan-2564", "2564"), Entry("O5", "/contact-2564", "2564")),
            Html("/structure-2565", "โครงสร้างองค์กร", "นายกเทศมนตรี รองนายกเทศมนตรี ปลัดเทศบาล ผู้อำนวยการกองคลัง"),
            Html("/structure-2564", "โครงสร้างองค์กร", "นายกเทศมนตรี"));

        var v = await Judge(store, "O1");

        Assert.That((v.Verdict, v.Url), Is.EqualTo((Verdict.Pass, Url("/structure-2565"))), string.Join("\n", v.Reasons));
    }

    [Test]
    public async Task IndexEntryLinkingNowhere_FailsMissingAndSaysSo()
    {
        var store = Site(IndexPage(Entry("O1", "#", "2565"), Entry("O2", "#", "2565"), Entry("O3", "#", "2565"), Entry("O4", "#", "2565"), Entry("O5", "#", "2565")));

        var v = await Judge(store, "O2");

        Assert.That((v.Verdict, v.FailKinds), Is.EqualTo((Verdict.Fail, (IReadOnlyList<FailKind>)[FailKind.Missing])));
        Assert.That(v.Reasons[0].En, Does.EndWith("lists O2 but its link goes nowhere (#)"));
    }

    [Test]
    public async Task ItemWithNoEvidence_FailsMissing()
    {
        var store = Site(Html("/", "หน้าแรก", links: [Link("/news", "ข่าวประชาสัมพันธ์")]), Html("/news", "ข่าว"));

        var v = await Judge(store, "O42");

        Assert.That(v.FailKinds, Is.EqualTo(new[] { FailKind.Missing }));
        Assert.That(v.Url, Is.Null);
    }

    [Test]
    public async Task ManualReviewElement_IsNeverPassedSilently()
    {
        var store = Site(
            Html("/", "หน้าแรก", links: [Link("/measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส")]),
            Html("/measures", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปี 2565"));

        var v = await Judge(store, "O42");

        Assert.That(v.Verdict, Is.EqualTo(Verdict.ManualReview));
        Assert.That(v.Reasons[0].En, Is.EqualTo("check by hand: approved and signed by the executive"));
    }

    [Test]
    public async Task EvidenceOnlyOnFacebook_FailsOffSite()
    {
        const string fb = "https://www.facebook.com/testmunicipality/posts/123";
        var store = Site(
            Html("/", "หน้าแรก", links: [Link(fb, "คณะผู้บริหาร (Facebook)")]),
            new PageSnapshot { Url = fb, FinalUrl = fb, Status = 200, Outcome = FetchOutcome.Ok, Kind = ResourceKind.External });

        var v = await Judge(store, "O2");

        Assert.That(v.FailKinds, Is.EqualTo(new[] { FailKind.OffSite }));
    }

    [Test]
    public async Task EvidenceOnlyOnGoogleDrive_NotFetched_StillFailsOffSite()
    {
        // external links are checked but never crawled; in an offline run they are not fetched at all
        var store = Site(Html("/", "หน้าแรก", links: [Link("https://drive.google.com/file/d/xyz/view", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส")]));

        var v = await Judge(store, "O42");

        Assert.That(v.FailKinds, Is.EqualTo(new[] { FailKind.OffSite }));
        Assert.That(v.Reasons[0].En, Is.EqualTo("the evidence is only on Google Drive/Docs, not on the agency's main website"));
    }

    [Test]
    public async Task PinnedUrl_DecidesEvenWhenAnotherPageWouldPass()
    {
        // Given the ITAS answer points at an old structure page, while a good one exists
        var site = _site with { Items = new Dictionary<string, ItemOverride> { ["O1"] = new("O1", null, Url("/old-structure"), null) } };
        var store = Site(
            Html("/", "หน้าแรก", links: [Link("/structure", "โครงสร้างองค์กร")]),
            Html("/structure", "โครงสร้างองค์กร", "นายกเทศมนตรี ปลัดเทศบาล"),
            Html("/old-structure", "โครงสร้างองค์กร (เดิม)", "นายกเทศมนตรี"));

        var v = await Judge(store, "O1", site);

        Assert.That((v.Verdict, v.Url), Is.EqualTo((Verdict.Fail, Url("/old-structure"))));
        Assert.That(v.Reasons.Any(r => r.En == $"{Url("/structure")} looks complete; use it on the ITA page and in ITAS"), Is.True);
    }

    [Test]
    public async Task WeakMatchOnly_IsManualReviewNotPass()
    {
        // Given a structure page nobody links to, found only because a document mentions the item title
        var store = Site(Document("/files/org.pdf", "โครงสร้าง ส่วนราชการ นายกเทศมนตรี ปลัดเทศบาล โครงสร้างองค์กร เทศบาลตำบล"));

        var v = await Judge(store, "O1");

        Assert.That(v.Verdict, Is.EqualTo(Verdict.ManualReview), string.Join("\n", v.Reasons));
    }

    [Test]
    public async Task Costs_AreTheOitPointsEachFailingItemWouldAdd()
    {
        var store = Site(Html("/", "หน้าแรก"));
        var (verdicts, _) = await new VerdictEngine(RuleSet.Default, NullLogger<VerdictEngine>.Instance)
            .JudgeAsync(_catalog, _site, store, _catalog.Items);

        // 10.2 has one item: fixing O42 lifts indicator 10 from 0 to 100, i.e. OIT by 50 points
        Assert.That(verdicts.Single(v => v.Code == "O42").Cost, Is.EqualTo(50));
        Assert.That(verdicts.Single(v => v.Code == "O23").Cost, Is.EqualTo(25));
    }

    private async Task<ItemVerdict> Judge(IPageStore store, string code, SiteConfig? site = null)
    {
        var engine = new VerdictEngine(RuleSet.Default, NullLogger<VerdictEngine>.Instance);
        var (verdicts, _) = await engine.JudgeAsync(_catalog, site ?? _site, store, [_catalog.Find(code)!]);
        return verdicts.Single();
    }

    private static IPageStore Site(params PageSnapshot[] pages) => new EvidenceFixture().Add(pages).Store;

    private static PageSnapshot IndexPage(params LinkRef[] links) =>
        Html("/ita", "ITA การประเมินคุณธรรมและความโปร่งใส", links: links, depth: 1);

    private static LinkRef Entry(string code, string target, string yearTab) =>
        Link(target == "#" ? "/ita" : target, $"{code} ข้อมูล", $"{code} ข้อมูล", $"ITA {yearTab}");
}
