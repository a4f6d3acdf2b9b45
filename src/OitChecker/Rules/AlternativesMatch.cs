using OitChecker.Catalog;
using OitChecker.Text;

namespace OitChecker.Rules;

/// <summary>Counts which required entries (each with alternatives) occur in a folded text.</summary>
internal static class AlternativesMatch
{
    public static (List<Alternatives> Found, List<Alternatives> Missing) In(string foldedText, IReadOnlyList<Alternatives> required)
    {
        var found = new List<Alternatives>();
        var missing = new List<Alternatives>();
        foreach (var r in required)
        {
            (r.Options.Any(o => ThaiFold.ContainsFolded(foldedText, ThaiFold.Fold(o))) ? found : missing).Add(r);
        }

        return (found, missing);
    }

    public static string Labels(IEnumerable<Alternatives> list) => string.Join(", ", list.Select(a => a.Label));
}
