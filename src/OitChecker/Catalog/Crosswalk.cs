using System.Globalization;

namespace OitChecker.Catalog;

/// <summary>
/// The crosswalk between OIT frameworks (<c>config/oit/crosswalk.yaml</c>): concepts and their item codes per
/// assessment year. It lets history, pinned URLs and reports follow an item when NACC renumbers it, e.g.
/// <c>Map(2565, "O23", 2566)</c> → <c>["O21"]</c>.
/// </summary>
public sealed class Crosswalk
{
    private readonly Dictionary<string, CrosswalkConcept> _byId;

    public Crosswalk(string sourcePath, string titleTh, string? note, IReadOnlyList<CrosswalkConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        SourcePath = sourcePath;
        TitleTh = titleTh;
        Note = note;
        Concepts = concepts;
        _byId = new Dictionary<string, CrosswalkConcept>(StringComparer.Ordinal);
        foreach (var c in concepts)
        {
            _byId.TryAdd(c.Id, c);
        }

        Years = concepts.SelectMany(c => c.Codes.Keys).Distinct().Order().ToList();
    }

    /// <summary>Full path of the file this came from.</summary>
    public string SourcePath { get; }

    public string TitleTh { get; }

    public string? Note { get; }

    /// <summary>Every concept, in file order.</summary>
    public IReadOnlyList<CrosswalkConcept> Concepts { get; }

    /// <summary>Every assessment year some concept mentions, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>A concept by id, or null.</summary>
    public CrosswalkConcept? Find(string conceptId) => _byId.GetValueOrDefault(conceptId);

    /// <summary>
    /// The codes of a concept in a year: empty when the concept does not exist that year or the year is unknown.
    /// Throws <see cref="ArgumentException"/> for an unknown concept id (a programming error, listed with the valid ids).
    /// </summary>
    public IReadOnlyList<string> CodesFor(string conceptId, int year)
    {
        var concept = Find(conceptId)
            ?? throw new ArgumentException($"unknown crosswalk concept '{conceptId}'; valid: {string.Join(", ", _byId.Keys)}", nameof(conceptId));
        return concept.CodesIn(year);
    }

    /// <summary>The concepts an item belongs to in its year (several when NACC merged items, e.g. 2568 O1).</summary>
    public IReadOnlyList<CrosswalkConcept> ConceptOf(int year, string code) =>
        Concepts.Where(c => c.Contains(year, code)).ToList();

    /// <summary>
    /// The codes that hold the same concept(s) in another year, in code order without duplicates. Empty when the
    /// item's concepts do not exist or are unknown in <paramref name="toYear"/>, or the item is not in the crosswalk.
    /// </summary>
    public IReadOnlyList<string> Map(int fromYear, string code, int toYear) =>
        ConceptOf(fromYear, code)
            .SelectMany(c => c.CodesIn(toYear))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(CodeNumber)
            .ToList();

    /// <summary>The number of an item code ("O23" → 23), for ordering.</summary>
    internal static int CodeNumber(string code) =>
        code.Length > 1 && int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
