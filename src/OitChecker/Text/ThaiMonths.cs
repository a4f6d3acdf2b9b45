namespace OitChecker.Text;

/// <summary>
/// Thai month names and abbreviations, both ways: "ตุลาคม", "ต.ค.", "ตค", "ต.ค.67" and English
/// names all resolve to 10. Lookup works on folded text (see <see cref="ThaiFold"/>), so PDF damage
/// such as a dropped nikhahit does not matter.
/// </summary>
public static class ThaiMonths
{
    private static readonly string[] FullNames =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] Abbreviations =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    private static readonly string[] EnglishNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>Every spelling that names a month, folded, longest first (so "มิ.ย." wins over "มี").</summary>
    internal static readonly IReadOnlyList<(string Folded, int Month)> Spellings = BuildSpellings();

    /// <summary>The full Thai name of a month 1–12.</summary>
    public static string FullName(int month) => FullNames[CheckMonth(month) - 1];

    /// <summary>The dotted abbreviation of a month 1–12 ("ต.ค.").</summary>
    public static string Abbreviation(int month) => Abbreviations[CheckMonth(month) - 1];

    /// <summary>"ต.ค. 67" style label for a month and BE year.</summary>
    public static string ShortLabel(int month, int beYear) =>
        $"{Abbreviation(month)} {beYear % 100:00}";

    /// <summary>"ตุลาคม 2567" style label for a month and BE year.</summary>
    public static string LongLabel(int month, int beYear) => $"{FullName(month)} {beYear}";

    /// <summary>
    /// Parses a month name or abbreviation (Thai or English, dotted or not, any case);
    /// returns 1–12 or null.
    /// </summary>
    public static int? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = ThaiFold.Fold(text);
        foreach (var (spelling, month) in Spellings)
        {
            if (folded == spelling)
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>
    /// Parses a month with an optional BE year attached, as in "ต.ค.67", "ต.ค. 2567", "ตุลาคม ๒๕๖๗".
    /// </summary>
    public static bool TryParseMonthYear(string text, out int month, out int? beYear)
    {
        ArgumentNullException.ThrowIfNull(text);
        beYear = null;
        month = 0;
        var dates = ThaiDateFinder.Find(text);
        var hit = dates.FirstOrDefault(d => d.Month is not null);
        if (hit is null)
        {
            return false;
        }

        month = hit.Month!.Value;
        beYear = hit.Year;
        return true;
    }

    private static int CheckMonth(int month) => month is >= 1 and <= 12
        ? month
        : throw new ArgumentOutOfRangeException(nameof(month), month, "A month is 1–12.");

    private static List<(string, int)> BuildSpellings()
    {
        var list = new List<(string, int)>();
        for (var i = 0; i < 12; i++)
        {
            var m = i + 1;
            list.Add((ThaiFold.Fold(FullNames[i]), m));
            list.Add((ThaiFold.Fold(Abbreviations[i]), m));
            list.Add((ThaiFold.Fold(Abbreviations[i].Replace(".", string.Empty, StringComparison.Ordinal)), m));
            list.Add((EnglishNames[i], m));
            list.Add((EnglishNames[i][..3], m));
        }

        // "พฤศจิกายน" is also commonly abbreviated "พ.ย." (kept) and "พฤศจิกา" in casual text.
        list.Add((ThaiFold.Fold("พฤศจิกา"), 11));
        return list.Distinct().OrderByDescending(s => s.Item1.Length).ToList();
    }
}
