using OitChecker.Catalog;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>What a machine cannot judge (a signature, an approval): always manual review, never a silent pass.</summary>
public sealed class ManualReviewRule : IElementRule
{
    public ElementKind Kind => ElementKind.ManualReview;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        var review = (ManualReviewElement)spec;
        return RuleResults.Review(spec, $"ต้องตรวจด้วยตนเอง: {review.DescriptionTh}", $"check by hand: {review.DescriptionEn}");
    }
}
