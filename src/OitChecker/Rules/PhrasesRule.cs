using OitChecker.Catalog;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>Required phrases appear in the evidence (page content, linked documents and their link texts).</summary>
public sealed class PhrasesRule : IElementRule
{
    public ElementKind Kind => ElementKind.Phrases;

    public ElementResult Evaluate(ElementSpec spec, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var phrases = (PhrasesElement)spec;
        var (found, missing) = AlternativesMatch.In(context.FoldedAll, phrases.All);
        var min = phrases.Min ?? phrases.All.Count;
        if (found.Count >= min)
        {
            return RuleResults.Pass(spec, $"พบ {AlternativesMatch.Labels(found)}", $"found {AlternativesMatch.Labels(found)}");
        }

        var miss = AlternativesMatch.Labels(missing);
        return RuleResults.Fail(spec, FailKind.Incomplete,
            $"ไม่พบ {miss}" + (min < phrases.All.Count ? $" (ต้องมีอย่างน้อย {min} จาก {phrases.All.Count} รายการ)" : string.Empty),
            $"missing {miss}" + (min < phrases.All.Count ? $" (at least {min} of {phrases.All.Count} required)" : string.Empty),
            missing.Select(m => m.ToString()).ToArray());
    }
}
