using System.Text.Json;
using OitChecker.History;
using OitChecker.Verdicts;

namespace OitChecker.Testing.Fixtures;

/// <summary>
/// A sample site's expected.json (<c>{"items":[{code, verdict, failKinds, why}]}</c>) and the comparison with what a
/// run judged: one line per item whose verdict or fail kinds differ, naming what was expected and why.
/// </summary>
public sealed class ExpectedVerdicts
{
    private readonly Dictionary<string, Entry> _items;

    private ExpectedVerdicts(Dictionary<string, Entry> items) => _items = items;

    /// <summary>The item codes expected.json covers.</summary>
    public IReadOnlyCollection<string> Codes => _items.Keys;

    public static ExpectedVerdicts Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return new ExpectedVerdicts(doc.RootElement.GetProperty("items").EnumerateArray().ToDictionary(
            e => e.GetProperty("code").GetString()!,
            e => new Entry(
                e.GetProperty("verdict").GetString()!,
                e.GetProperty("failKinds").EnumerateArray().Select(k => k.GetString()!).Order(StringComparer.Ordinal).ToList(),
                e.GetProperty("why").GetString() ?? string.Empty),
            StringComparer.Ordinal));
    }

    /// <summary>Every difference between the judged items and the file; empty when they agree item by item.</summary>
    public IReadOnlyList<string> Mismatches(IEnumerable<ItemVerdict> judged)
    {
        ArgumentNullException.ThrowIfNull(judged);
        var list = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in judged)
        {
            seen.Add(item.Code);
            var verdict = EnumText.ToText(item.Verdict);
            var kinds = item.FailKinds.Select(EnumText.ToText).Order(StringComparer.Ordinal).ToList();
            if (!_items.TryGetValue(item.Code, out var want))
            {
                list.Add($"{item.Code}: judged {verdict} but not in expected.json");
            }
            else if (verdict != want.Verdict || !kinds.SequenceEqual(want.FailKinds))
            {
                list.Add($"{item.Code}: got {verdict} [{string.Join(",", kinds)}] via {item.Url}; expected {want.Verdict} [{string.Join(",", want.FailKinds)}] ({want.Why}). "
                    + $"Reasons: {string.Join(" | ", item.Reasons.Select(x => x.En))}");
            }
        }

        list.AddRange(_items.Keys.Where(c => !seen.Contains(c)).Select(c => $"{c}: expected but not judged"));
        return list;
    }

    private sealed record Entry(string Verdict, IReadOnlyList<string> FailKinds, string Why);
}
