using System.Buffers;
using System.Text.RegularExpressions;

namespace OitChecker.Text;

/// <summary>
/// Finds dates in Thai (and English) text as real pages and documents write them: "1 ตุลาคม 2567",
/// "๑ ต.ค. ๖๗", "ต.ค.67", "เดือนตุลาคม พ.ศ. ๒๕๖๗", "01/10/2567", "2024-10-01", "ปีงบประมาณ พ.ศ. 2568",
/// "ปีงบ 68", "FY2568", "พ.ศ. 2566 - 2570", "October 2024". All years come back in BE.
/// </summary>
public static partial class ThaiDateFinder
{
    private const string Era = @"(?:พ\.?\s?ศ\.?\s*)";
    private const string Dash = @"\s*(?:[-–—~]|ถึง)\s*";

    /// <summary>Characters the month regex's case-insensitive match treated as letters: A–Z and the Kelvin sign (≡ k).</summary>
    private static readonly SearchValues<char> Upper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ\u212A");

    /// <summary>Finds every date expression, in order of appearance, without overlaps.</summary>
    public static IReadOnlyList<FoundDate> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var t = Normalise(text);
        var folded = FoldCase(t);
        var found = new List<FoundDate>();
        var taken = new bool[t.Length];

        foreach (Match m in FiscalYearRegex().Matches(t))
        {
            var y1 = Year(m.Groups["y1"]);
            if (y1 is null)
            {
                continue;
            }

            var y2 = m.Groups["y2"].Success ? Year(m.Groups["y2"]) : null;
            Add(found, taken, m, y2 is > 0 && y2 > y1
                ? new FoundDate(DateKind.FiscalYearRange, y1, null, null, y2, m.Value, m.Index)
                : new FoundDate(DateKind.FiscalYear, y1, null, null, null, m.Value, m.Index));
        }

        foreach (Match m in NumericDateRegex().Matches(t))
        {
            DateFromNumbers(found, taken, m);
        }

        // Matched on the case-folded copy (same length, same positions); every text is read from t.
        foreach (var m in MonthMatches(folded))
        {
            var mg = m.Groups["m"];
            var month = ThaiMonths.Parse(t.Substring(mg.Index, mg.Length));
            if (month is null)
            {
                continue;
            }

            int? year = m.Groups["y"].Success ? Year(m.Groups["y"]) : null;
            if (m.Groups["d"].Success && ThaiDigits.TryParseInt(m.Groups["d"].Value, out var day) && day is >= 1 and <= 31)
            {
                Add(found, taken, m, new FoundDate(DateKind.Day, year, month, day, null, t.Substring(m.Index, m.Length).Trim(), m.Index));
            }
            else
            {
                var start = m.Groups["d"].Success ? mg.Index : m.Index;
                Add(found, taken, m, new FoundDate(DateKind.Month, year, month, null, null, t[start..(m.Index + m.Length)].Trim(), start));
            }
        }

        foreach (Match m in YearRegex().Matches(t))
        {
            var y1 = Year(m.Groups["y1"]);
            if (y1 is null)
            {
                continue;
            }

            var y2 = m.Groups["y2"].Success ? Year(m.Groups["y2"]) : null;
            Add(found, taken, m, y2 is > 0 && y2 > y1
                ? new FoundDate(DateKind.YearRange, y1, null, null, y2, m.Value.Trim(), m.Index)
                : new FoundDate(DateKind.Year, y1, null, null, null, m.Value.Trim(), m.Index));
        }

        foreach (Match m in BareBeYearRegex().Matches(t))
        {
            var y = Year(m.Groups["y1"]);
            if (y is not null)
            {
                Add(found, taken, m, new FoundDate(DateKind.Year, y, null, null, null, m.Value, m.Index));
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>Text with Thai digits as ASCII and zero-width spaces as spaces, same length as the input.</summary>
    private static string Normalise(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0E50', '\u0E59') < 0 && text.AsSpan().IndexOfAny('\u200B', '\uFEFF') < 0
            ? text
            : string.Create(text.Length, text, static (span, src) =>
            {
                for (var i = 0; i < src.Length; i++)
                {
                    var c = src[i];
                    span[i] = ThaiDigits.IsThaiDigit(c) ? (char)('0' + ThaiDigits.Value(c)) : c is '\u200B' or '\uFEFF' ? ' ' : c;
                }
            });

    /// <summary>
    /// The text as the month regex's old <c>IgnoreCase | CultureInvariant</c> saw it: A–Z lowered and the
    /// Kelvin sign as k (the only other character that case-insensitive [a-z] matched), same length.
    /// Matching this copy case-sensitively finds exactly the same matches about twice as fast.
    /// </summary>
    internal static string FoldCase(string t) =>
        t.AsSpan().IndexOfAny(Upper) < 0
            ? t
            : string.Create(t.Length, t, static (span, src) =>
            {
                for (var i = 0; i < src.Length; i++)
                {
                    var c = src[i];
                    span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == '\u212A' ? 'k' : c;
                }
            });

    private static int? Year(Group g)
    {
        var digits = g.Value.Trim();
        return ThaiDigits.TryParseInt(digits, out var y) ? BuddhistEra.NormaliseToBe(y, digits.Length) : null;
    }

    private static void DateFromNumbers(List<FoundDate> found, bool[] taken, Match m)
    {
        int d, mo, y;
        int yDigits;
        if (m.Groups["iy"].Success)
        {
            _ = ThaiDigits.TryParseInt(m.Groups["iy"].Value, out y);
            _ = ThaiDigits.TryParseInt(m.Groups["im"].Value, out mo);
            _ = ThaiDigits.TryParseInt(m.Groups["id"].Value, out d);
            yDigits = 4;
        }
        else
        {
            _ = ThaiDigits.TryParseInt(m.Groups["d"].Value, out d);
            _ = ThaiDigits.TryParseInt(m.Groups["m"].Value, out mo);
            _ = ThaiDigits.TryParseInt(m.Groups["y"].Value, out y);
            yDigits = m.Groups["y"].Value.Length;
        }

        var be = BuddhistEra.NormaliseToBe(y, yDigits);
        if (be is null || mo is < 1 or > 12 || d is < 1 or > 31)
        {
            return;
        }

        Add(found, taken, m, new FoundDate(DateKind.Day, be, mo, d, null, m.Value, m.Index));
    }

    private static void Add(List<FoundDate> found, bool[] taken, Match m, FoundDate date)
    {
        for (var i = m.Index; i < m.Index + m.Length; i++)
        {
            if (taken[i])
            {
                return;
            }
        }

        Array.Fill(taken, true, m.Index, m.Length);
        found.Add(date);
    }

    /// <summary>
    /// The month pattern built from <see cref="ThaiMonths"/>. Its alternatives are grouped by first letter
    /// (a stable sort: only alternatives that start with the same letter can match at one position, and
    /// their order is kept), so the regex compiles to a switch on that letter instead of trying all 60.
    /// <see cref="MonthPattern"/> must equal it (a test checks), so the regex can be source-generated.
    /// </summary>
    internal static string BuildMonthPattern()
    {
        var names = new List<string>();
        for (var i = 1; i <= 12; i++)
        {
            names.Add(Regex.Escape(ThaiMonths.FullName(i)));
            var abbr = ThaiMonths.Abbreviation(i).TrimEnd('.').Split('.');
            names.Add(string.Join(@"\.\s?", abbr.Select(Regex.Escape)) + @"\.?");
            names.Add(string.Concat(abbr.Select(Regex.Escape)) + @"(?=\s?\d{2})");
        }

        names.AddRange(["january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
            @"jan\.?", @"feb\.?", @"mar\.?", @"apr\.?", @"jun\.?", @"jul\.?", @"aug\.?", @"sept?\.?", @"oct\.?", @"nov\.?", @"dec\.?"]);
        var alternation = string.Join("|", names
            .OrderByDescending(n => n.Length)
            .Select((n, i) => (Name: n, Order: i))
            .OrderBy(x => x.Name[0])
            .ThenBy(x => x.Order)
            .Select(x => x.Name));
        return
            $@"(?:(?<d>(?<!\d)\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s*)?(?:เดือน\s*)?(?<m>{alternation})(?![ก-ฮa-z])" +
            $@"(?:\s*(?:{Era}|ปี\s*|ค\.ศ\.\s*|,\s*)?(?<y>(?<!\d)\d{{4}}(?!\d)|(?<!\d)\d{{2}}(?!\d)))?";
    }

    /// <summary>Matched against <see cref="FoldCase"/>d text, so it needs no IgnoreCase.</summary>
    [GeneratedRegex(MonthPattern, RegexOptions.CultureInvariant, 2000)]
    internal static partial Regex MonthRegex();

    [GeneratedRegex(@"(?:ปีงบประมาณ|ปีงบฯ|ปีงบ|งบประมาณประจำปี|fiscal\s+year|\bfy)\s*" + Era + @"?(?<y1>(?<!\d)\d{4}(?!\d)|(?<!\d)\d{2}(?!\d))(?:" + Dash + Era + @"?(?<y2>(?<!\d)\d{4}(?!\d)|(?<!\d)\d{2}(?!\d)))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex FiscalYearRegex();

    [GeneratedRegex(@"(?<!\d)(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4}|\d{2}))(?!\d)",
        RegexOptions.CultureInvariant, 2000)]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(@"(?:" + Era + @"|ประจำปี\s*|ปี\s*|ค\.ศ\.\s*)(?<y1>(?<!\d)\d{4}(?!\d))(?:" + Dash + Era + @"?(?<y2>(?<!\d)\d{4}(?!\d)))?",
        RegexOptions.CultureInvariant, 2000)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?<![\d.,])(?<y1>25[4-9]\d)(?![\d.,]\d)", RegexOptions.CultureInvariant, 2000)]
    private static partial Regex BareBeYearRegex();
}
