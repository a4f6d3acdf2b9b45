using OitChecker.Catalog;
using OitChecker.Verdicts;

namespace OitChecker.Rules;

/// <summary>Checks one kind of element against an item's evidence. Rules are pure: same context, same result.</summary>
public interface IElementRule
{
    ElementKind Kind { get; }

    ElementResult Evaluate(ElementSpec spec, RuleContext context);
}
