using OitChecker.Catalog;
using OitChecker.Rules;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Rules;

public class ManualReviewRuleTests
{
    private static readonly ManualReviewElement Signed = new("signed",
        "ประกาศเจตจำนงสุจริตลงนามโดยนายกเทศมนตรีคนปัจจุบัน", "The integrity pledge is signed by the current mayor");

    [Test]
    public async Task PerfectLookingEvidence_IsStillManualReviewWithTheDescription()
    {
        var ctx = await Context(Html("/pledge", "ประกาศเจตจำนงสุจริตของผู้บริหาร ปีงบประมาณ พ.ศ. 2565", "ลงนาม นายสมชาย ใจดี นายกเทศมนตรี"));

        var r = new ManualReviewRule().Evaluate(Signed, ctx);

        Assert.Multiple(() =>
        {
            Assert.That(r.Outcome, Is.EqualTo(ElementOutcome.ManualReview));
            Assert.That(r.Reason.Th, Is.EqualTo("ต้องตรวจด้วยตนเอง: ประกาศเจตจำนงสุจริตลงนามโดยนายกเทศมนตรีคนปัจจุบัน"));
            Assert.That(r.Reason.En, Is.EqualTo("check by hand: The integrity pledge is signed by the current mayor"));
        });
    }

    [Test]
    public async Task EmptyPage_IsStillManualReview_NeverPass()
    {
        var ctx = await Context(Html("/pledge", "หน้าว่าง"));

        Assert.That(new ManualReviewRule().Evaluate(Signed, ctx).Outcome, Is.Not.EqualTo(ElementOutcome.Pass));
    }

    [Test]
    public async Task ItemWhoseOtherElementsPass_AddsUpToManualReviewNotPass()
    {
        var ctx = await Context(Html("/pledge", "ประกาศเจตจำนงสุจริต"));
        var reachable = new ReachableRule().Evaluate(new ReachableElement("reachable", null, null, false), ctx);
        var review = new ManualReviewRule().Evaluate(Signed, ctx);

        var evaluation = CandidateEvaluation.From(new EvidenceCandidate(ctx.Bundle.Candidate.Url, "index", 95, new Reason("ก", "a"), null), [reachable, review]);

        Assert.That((reachable.Outcome, evaluation.Verdict), Is.EqualTo((ElementOutcome.Pass, Verdict.ManualReview)));
    }

    private static Task<RuleContext> Context(OitChecker.Crawling.PageSnapshot page) =>
        new EvidenceFixture().Add(page).ContextAsync(EvidenceFixture.Item("O34", "เจตจำนงสุจริต", Signed), page.Url);
}
