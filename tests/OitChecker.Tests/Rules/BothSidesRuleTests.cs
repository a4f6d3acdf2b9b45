using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class BothSidesRuleTests
{
    private static readonly BothSidesElement Sides = new("sides", null, null,
        [Alternatives.Parse("นายกเทศมนตรี|นายก"), Alternatives.Parse("รองนายกเทศมนตรี")],
        [Alternatives.Parse("ปลัดเทศบาล"), Alternatives.Parse("ผู้อำนวยการกอง|ผอ.กอง")]);

    [Test]
    public async Task BothSidesShown_Passes()
    {
        var ctx = await Context(Executives("นายสมชาย ใจดี นายกเทศมนตรีตำบลเมืองแกลง นางสาวมาลี ปลัดเทศบาล"));

        Assert.That(new BothSidesRule().Evaluate(Sides, ctx).Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task OnlyPoliticalSide_FailsIncompleteNamingThePermanentSide()
    {
        var ctx = await Context(Executives("นายสมชาย ใจดี นายกเทศมนตรี นายสุชาติ รองนายกเทศมนตรี"));

        var r = new BothSidesRule().Evaluate(Sides, ctx);

        Assert.That(r.FailKind, Is.EqualTo(FailKind.Incomplete));
        Assert.That(r.Reason.Th, Is.EqualTo("ไม่แสดงฝ่ายข้าราชการประจำ (ปลัด/ผู้อำนวยการกอง)"));
    }

    [Test]
    public async Task PermanentSideOnlyInTheSiteMenu_DoesNotCount()
    {
        // Given every page carries a menu link "สำนักปลัดเทศบาล" (which contains "ปลัดเทศบาล")
        var fixture = new EvidenceFixture();
        for (var i = 0; i < 8; i++)
        {
            fixture.Add(Html($"/p{i}", $"หน้า {i}", text: "สำนักปลัดเทศบาล", links: [Link("/division/palad", "สำนักปลัดเทศบาล")]));
        }

        fixture.Add(Executives("สำนักปลัดเทศบาล นายสมชาย ใจดี นายกเทศมนตรี", [Link("/division/palad", "สำนักปลัดเทศบาล")]));
        var ctx = await fixture.ContextAsync(EvidenceFixture.Item("O2", "ข้อมูลผู้บริหาร", Sides), "/executives");

        var r = new BothSidesRule().Evaluate(Sides, ctx);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.Fail), "the menu's ปลัด is not an executive on the page");
    }

    [Test]
    public async Task ChartOnlyAsAnImage_GoesToManualReviewNotPass()
    {
        var page = Html("/structure", "โครงสร้างองค์กร", images: [new ImageRef(Url("/images/structure.jpg"), null, 608, 455)]);
        var ctx = await Context(page);

        var r = new BothSidesRule().Evaluate(Sides, ctx);

        Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.ManualReview));
    }

    private static PageSnapshot Executives(string text, IEnumerable<LinkRef>? links = null) =>
        Html("/executives", "คณะผู้บริหาร", text: text, links: links);

    private static Task<RuleContext> Context(PageSnapshot page) =>
        new EvidenceFixture().Add(page).ContextAsync(EvidenceFixture.Item("O2", "ข้อมูลผู้บริหาร", Sides), page.Url);
}
