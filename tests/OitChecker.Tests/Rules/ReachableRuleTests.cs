using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class ReachableRuleTests
{
    private static readonly ReachableElement Reachable = new("reachable", null, null, true);

    [Test]
    public async Task PageOnTheMainSite_Passes() =>
        Assert.That((await Evaluate(Html("/qa", "ถาม-ตอบ"))).Outcome, Is.EqualTo(ElementOutcome.Pass));

    [TestCase("https://www.facebook.com/muangklaeng/posts/1", "Facebook")]
    [TestCase("https://drive.google.com/file/d/abc/view", "Google Drive/Docs")]
    [TestCase("https://bit.ly/3xyz", "a link shortener")]
    public async Task EvidenceOnASocialOrSharingService_FailsOffSite(string url, string service)
    {
        var external = new PageSnapshot { Url = url, FinalUrl = url, Status = 200, Outcome = FetchOutcome.Ok, Kind = ResourceKind.External };

        var r = await Evaluate(external);

        Assert.That(r.FailKind, Is.EqualTo(FailKind.OffSite));
        Assert.That(r.Reason.En, Is.EqualTo($"the evidence is only on {service}, not on the agency's main website"));
    }

    [Test]
    public async Task ExtraHostOfTheSite_CountsAsOwn()
    {
        var eservice = Html("https://eservice.test.go.th/form", "E-Service");

        var r = await Evaluate(eservice, "eservice.test.go.th");

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task ThaiHostNameWrittenInPunycode_IsTheMainSite()
    {
        // the site file names the site in Thai; the crawler stores what it fetched under the punycode host
        var page = Html("http://xn--l3cfalc7dtau1a9b7j.xn--o3cw4h/qa", "ถาม-ตอบ");

        var r = await Evaluate(page, Reachable, "http://เทศบาลทดสอบ.ไทย/");

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.En);
    }

    [Test]
    public async Task WwwTwinOfTheMainHost_IsTheMainSiteEvenWhereExtraHostsAreNotAllowed()
    {
        var r = await Evaluate(Html("https://test.go.th/qa", "ถาม-ตอบ"), MainSiteOnly);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Pass), r.Reason.En);
    }

    [Test]
    public async Task ExtraHost_FailsOffSiteWhereTheItemMustBeOnTheMainSite()
    {
        var r = await Evaluate(Html("https://eservice.test.go.th/form", "E-Service"), MainSiteOnly, Site, "eservice.test.go.th");

        Assert.That((r.FailKind, r.Reason.En), Is.EqualTo(((FailKind?)FailKind.OffSite, "the evidence is not on the main website (eservice.test.go.th)")));
    }

    [Test]
    public async Task Soft404_FailsBroken()
    {
        var r = await Evaluate(Html("/qa", "ไม่พบหน้าที่ท่านต้องการ") with { IsSoft404 = true });

        Assert.That(r.Reason.En, Does.Contain("soft 404"));
    }

    [Test]
    public async Task LoginPage_FailsBroken()
    {
        var r = await Evaluate(Html("/report", "เข้าสู่ระบบ") with { RequiresLogin = true });

        Assert.That((r.FailKind, r.Reason.En), Is.EqualTo(((FailKind?)FailKind.Broken, "requires a login; the public cannot see it")));
    }

    [Test]
    public async Task Status404_FailsBrokenWithTheStatus()
    {
        var r = await Evaluate(Error("/qa", 404));

        Assert.That(r.Reason.Th, Is.EqualTo("เปิดไม่ได้ (HTTP 404)"));
    }

    [Test]
    public async Task BlockedByAFirewall_IsNotJudged()
    {
        var r = await Evaluate(Html("/qa", "Attention Required") with { Outcome = FetchOutcome.Blocked, Status = 403 });

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.NotChecked));
    }

    private static readonly ReachableElement MainSiteOnly = new("reachable", null, null, false);

    private static Task<ElementResult> Evaluate(PageSnapshot page, params string[] extraHosts) =>
        Evaluate(page, Reachable, Site, extraHosts);

    private static Task<ElementResult> Evaluate(PageSnapshot page, ReachableElement spec) =>
        Evaluate(page, spec, Site);

    private static async Task<ElementResult> Evaluate(PageSnapshot page, ReachableElement spec, string siteUrl, params string[] extraHosts)
    {
        var ctx = await new EvidenceFixture { SiteUrl = siteUrl }.Add(page).ContextAsync(EvidenceFixture.Item("O8", "ถาม-ตอบ", spec), page.Url, 2565, extraHosts);
        return new ReachableRule().Evaluate(spec, ctx);
    }
}
