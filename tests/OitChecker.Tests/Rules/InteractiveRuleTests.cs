using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class InteractiveRuleTests
{
    private static readonly InteractiveElement Channel = new("channel", null, null, true, ["m.me", "line.me", "lin.ee", "กระดานถาม-ตอบ"]);

    [Test]
    public async Task QuestionFormWithATextArea_Passes()
    {
        var page = Html("/qa", "ถาม-ตอบ", forms: [new FormSnapshot("/qa/post", "post", 3, true, false)]);

        Assert.That((await Evaluate(page)).Outcome, Is.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task SearchBoxOnly_IsNotAChannel()
    {
        var page = Html("/qa", "ถาม-ตอบ", forms: [new FormSnapshot("/search", "get", 1, false, false)]);

        Assert.That((await Evaluate(page)).FailKind, Is.EqualTo(FailKind.Incomplete));
    }

    [Test]
    public async Task LineOfficialAccountLink_Passes()
    {
        var page = Html("/qa", "ถาม-ตอบ", links: [Link("https://lin.ee/AbCdEf", "สอบถามผ่าน LINE Official Account")]);

        var r = await Evaluate(page);

        Assert.That(r.Reason.En, Is.EqualTo("has a two-way channel (lin.ee)"));
    }

    private static async Task<ElementResult> Evaluate(PageSnapshot page)
    {
        var ctx = await new EvidenceFixture().Add(page).ContextAsync(EvidenceFixture.Item("O8", "ถาม-ตอบ", Channel), page.Url);
        return new InteractiveRule().Evaluate(Channel, ctx);
    }
}
