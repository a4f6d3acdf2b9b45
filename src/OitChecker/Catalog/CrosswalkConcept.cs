namespace OitChecker.Catalog;

/// <summary>
/// One thing the OIT asks for, followed across assessment years: "the monthly procurement summary" is O23 in
/// 2565, O21 in 2566, O12 in 2568 and O11 in 2569. Codes alone cannot be compared between years because NACC
/// renumbers (and merges) items; concepts can.
/// </summary>
/// <param name="Id">Stable identifier (lower-case slug), e.g. <c>monthly-procurement</c>.</param>
/// <param name="TitleTh">Thai name of the concept.</param>
/// <param name="TitleEn">English name of the concept.</param>
/// <param name="Codes">
/// Item codes per assessment year. A year with an empty list means the concept does not exist in that year;
/// a year that is absent means it is unknown.
/// </param>
/// <param name="Note">Why a mapping is as it is, when that is not obvious.</param>
/// <param name="Line">Line of the concept in the crosswalk file, for messages.</param>
public sealed record CrosswalkConcept(
    string Id,
    string TitleTh,
    string TitleEn,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Codes,
    string? Note,
    int Line)
{
    /// <summary>True when the crosswalk knows how (or whether) this concept appears in <paramref name="year"/>.</summary>
    public bool IsKnownIn(int year) => Codes.ContainsKey(year);

    /// <summary>The concept's codes in a year; empty when it does not exist that year or is unknown.</summary>
    public IReadOnlyList<string> CodesIn(int year) => Codes.TryGetValue(year, out var codes) ? codes : [];

    /// <summary>True when <paramref name="code"/> is one of the concept's codes in <paramref name="year"/>.</summary>
    public bool Contains(int year, string code) =>
        CodesIn(year).Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
}
