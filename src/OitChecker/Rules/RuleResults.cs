using OitChecker.Catalog;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>Shorthands for building <see cref="ElementResult"/>s in rules.</summary>
internal static class RuleResults
{
    public static ElementResult Pass(ElementSpec spec, string th, string en, params string[] details) =>
        new(spec.Id, spec.Kind, ElementOutcome.Pass, null, new Reason(th, en), details);

    public static ElementResult Fail(ElementSpec spec, FailKind kind, string th, string en, params string[] details) =>
        new(spec.Id, spec.Kind, ElementOutcome.Fail, kind, new Reason(th, en), details);

    public static ElementResult Review(ElementSpec spec, string th, string en, params string[] details) =>
        new(spec.Id, spec.Kind, ElementOutcome.ManualReview, null, new Reason(th, en), details);

    public static ElementResult NotChecked(ElementSpec spec, string th, string en) =>
        new(spec.Id, spec.Kind, ElementOutcome.NotChecked, null, new Reason(th, en), []);

    /// <summary>The label of an element for messages: its description, else its kind.</summary>
    public static string Label(ElementSpec spec) => spec.DescriptionTh ?? spec.Kind.ToString();
}
