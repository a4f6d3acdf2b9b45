using OitChecker.Catalog;

namespace OitChecker.Rules;

/// <summary>One rule per element kind.</summary>
public sealed class RuleSet
{
    private readonly Dictionary<ElementKind, IElementRule> _rules;

    public RuleSet(IEnumerable<IElementRule> rules) => _rules = rules.ToDictionary(r => r.Kind);

    /// <summary>The rules for every kind the catalog format defines.</summary>
    public static RuleSet Default { get; } = new([
        new ReachableRule(), new PeriodRule(), new PhrasesRule(), new TableFieldsRule(), new DocumentsRule(),
        new BothSidesRule(), new InteractiveRule(), new ImagesRule(), new ManualReviewRule(),
    ]);

    public IElementRule For(ElementKind kind) =>
        _rules.TryGetValue(kind, out var r) ? r : throw new InvalidOperationException($"No rule for element kind {kind}.");
}
