namespace OitChecker.Text;

/// <summary>
/// Buddhist Era (พ.ศ.) and Common Era years. BE = CE + 543 for every date this tool handles
/// (the Thai calendar year has started on 1 January since 1941). ITA catalogs, fiscal years and
/// Thai documents speak BE; .NET dates are CE.
/// </summary>
public static class BuddhistEra
{
    /// <summary>The difference between the two eras.</summary>
    public const int Offset = 543;

    /// <summary>Lowest BE year accepted as a plausible year in Thai government text (2400 = 1857).</summary>
    public const int MinPlausible = 2400;

    /// <summary>Highest BE year accepted as plausible (2700 = 2157).</summary>
    public const int MaxPlausible = 2700;

    /// <summary>2568 → 2025.</summary>
    public static int ToCe(int beYear) => beYear - Offset;

    /// <summary>2025 → 2568.</summary>
    public static int ToBe(int ceYear) => ceYear + Offset;

    /// <summary>True when the number looks like a BE year (2400–2700).</summary>
    public static bool IsPlausibleBe(int year) => year is >= MinPlausible and <= MaxPlausible;

    /// <summary>True when the number looks like a CE year of the web era (1990–2157).</summary>
    public static bool IsPlausibleCe(int year) => year is >= 1990 and < MinPlausible - Offset + 300;

    /// <summary>
    /// Expands a two-digit BE year as written in Thai abbreviations ("ต.ค. 67" = 2567).
    /// Two-digit years are always read as 25xx: the tool checks the current assessment cycles.
    /// </summary>
    public static int ExpandTwoDigit(int twoDigits) => twoDigits is >= 0 and <= 99
        ? 2500 + twoDigits
        : throw new ArgumentOutOfRangeException(nameof(twoDigits), twoDigits, "Expected 0–99.");

    /// <summary>
    /// Normalises a year found in text to BE: a BE year is kept, a CE year is converted, a two-digit
    /// year is expanded. Returns null when the number is not a plausible year.
    /// </summary>
    public static int? NormaliseToBe(int year, int digits)
    {
        if (digits <= 2)
        {
            return ExpandTwoDigit(year);
        }

        if (IsPlausibleBe(year))
        {
            return year;
        }

        return IsPlausibleCe(year) ? ToBe(year) : null;
    }
}
