using System.Text.RegularExpressions;
using OitChecker.Text;

namespace OitChecker.Tests.Text;

/// <summary>
/// The month regex's fast path (source-generated, alternatives grouped by first letter, case-folded text
/// instead of IgnoreCase) must find exactly what the original case-insensitive, length-ordered regex found.
/// </summary>
public class ThaiDateFinderFastPathTests
{
    private static readonly string[] Texts =
    [
        "ประกาศ ณ วันที่ 1 ตุลาคม 2567 เรื่อง สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2567",
        "ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕ และ ๑ ต.ค. ๖๗ ถึง 15 มี.ค. 2568",
        "สขร.1 ประจำเดือน ก.พ. 68 / ม.ค.68 / มค 68 / มีค.68 / เม.ย 2568 / มิ.ย.2568 / พ.ย. 67 / ธค67",
        "รายงานประจำเดือนมีนาคม พ.ศ. ๒๕๖๘, เดือน เมษายน ปี 2568, พฤษภาคม ค.ศ. 2025, มิถุนายน",
        "1-15 กรกฎาคม 2568 ; 31 สิงหาคม, 2568 ; กันยายน 68 ; ธันวาคม ; พฤศจิกายน พ.ศ.2567",
        "3 March 2025, 1 OCTOBER 2024, Sept. 2024, sep 2024, DEC 2024, Jan., FEB 2025, MaRcH 2025",
        "May 2025 mayor marches; June, JULY 2025, Aug. 2024, aug2024, Nov 2024, December, Apr 2025",
        "Kelvin: \u212Aey OCT 2024 and oct\u212A 2024, mar\u212A, April\u212A 2025 -- umbrella, ANNUAL",
        "ตุลาคม2567 ตค67 ต.ค.67 ต.ค 67 ต. ค. 67 ตุลาคมม 2567 กพ 2568 กพ. มกราคม มกราคมที่",
        "ปีงบประมาณ พ.ศ. 2568 แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570) FY2568 01/10/2567 2024-10-01 ส.ค.68",
        "\u200Bเดือน\u200Bมกราคม\uFEFF๒๕๖๘ ๓๐ ก.ย. ๖๘ 12 - 13 มกราคม 2568 9–10 ก.พ. 2568",
        "no dates at all here, only words: marchand, mayday, decor, novel, augur, junebug",
        "12 - 13  เดือน  ตุลาคม 2567 และ 5 5 เดือนเดือน มกราคม 68, 7\n\nพฤศจิกายน 67 เดือน 3 ธ.ค. ๖๗ 1-2-3 ม.ค. 68 ม",
        "เดือนมีนาคม เดือนมี.ค. เดือน มีนาคมพ.ศ.2568 ดือนเมษายน ๑๒๓ เมษายน มม.ค. 68 มมกราคม 2568 ต",
        "ไม่มีวันที่ในข้อความนี้ มีแต่คำว่า กพ และ มค และ ตค ที่ไม่มีตัวเลขตามหลัง",
    ];

    [Test]
    public void MonthPattern_Always_EqualsThePatternBuiltFromThaiMonths()
    {
        // Given the pattern built from the month names
        var built = ThaiDateFinder.BuildMonthPattern();

        // Then the constant the source generator compiles is the same pattern
        Assert.That(built, Is.EqualTo(ThaiDateFinder.MonthPattern));
    }

    [TestCaseSource(nameof(Texts))]
    public void MonthRegex_OnFoldedText_MatchesTheOriginalCaseInsensitiveLengthOrderedRegex(string text)
    {
        // Given the original form: alternatives ordered longest first, IgnoreCase on the raw text
        var original = new Regex(LengthOrdered(ThaiDateFinder.MonthPattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var fast = new Regex(ThaiDateFinder.MonthPattern, RegexOptions.CultureInvariant);

        // When both run (the fast one on the case-folded copy)
        var expected = original.Matches(text).Select(Describe).ToList();
        var actual = fast.Matches(ThaiDateFinder.FoldCase(text)).Select(Describe).ToList();

        // Then they find the same matches with the same groups at the same places
        Assert.That(actual, Is.EqualTo(expected));
        Assert.That(expected, text.StartsWith("no dates", StringComparison.Ordinal) || text.StartsWith("ไม่มี", StringComparison.Ordinal) ? Is.Empty : Is.Not.Empty);
    }

    [TestCaseSource(nameof(Texts))]
    public void MonthMatches_AnyText_SameMatchesAsTheUnanchoredRegex(string text)
    {
        // Given the case-folded text
        var folded = ThaiDateFinder.FoldCase(text);

        // When the anchor scan and the plain regex both run
        var expected = ThaiDateFinder.MonthRegex().Matches(folded).Select(Describe).ToList();
        var actual = ThaiDateFinder.MonthMatches(folded).Select(Describe).ToList();

        // Then the scan finds exactly the regex's matches
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void MonthMatches_EveryPrefixOfTrickyText_SameMatchesAsTheUnanchoredRegex()
    {
        // Given every prefix of texts where a match starts well before its month (digits, spaces, เดือน)
        var failures = new List<string>();
        foreach (var text in Texts.Take(5).Concat(Texts.Skip(10)))
        {
            var folded = ThaiDateFinder.FoldCase(text);
            for (var n = 0; n <= folded.Length; n++)
            {
                // When the scan and the regex run on the prefix
                var prefix = folded[..n];
                var expected = string.Join(";", ThaiDateFinder.MonthRegex().Matches(prefix).Select(Describe));
                var actual = string.Join(";", ThaiDateFinder.MonthMatches(prefix).Select(Describe));
                if (expected != actual)
                {
                    failures.Add(prefix);
                }
            }
        }

        // Then they never differ
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void FoldCase_WithUpperCaseAndKelvin_LowersOnlyWhatIgnoreCaseEquated()
    {
        // Given text with upper-case Latin, the Kelvin sign, Thai and other letters
        const string text = "OCT \u212A ตุลาคม Ä ſ";

        // When folded
        var folded = ThaiDateFinder.FoldCase(text);

        // Then only A–Z and the Kelvin sign change, and the length is kept
        Assert.That(folded, Is.EqualTo("oct k ตุลาคม Ä ſ"));
    }

    [Test]
    public void FoldCase_EveryCharacter_AgreesWithIgnoreCaseLetterClass()
    {
        // Given the class the lookahead uses, case-insensitively (what the old regex did)
        var ignoreCase = new Regex("^[a-z]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var mismatches = new List<int>();

        // When every UTF-16 code unit is folded
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var s = ((char)c).ToString();
            var folded = ThaiDateFinder.FoldCase(s);
            var matchedBefore = ignoreCase.IsMatch(s);
            var matchesNow = folded[0] is >= 'a' and <= 'z';
            if (matchedBefore != matchesNow || (matchedBefore && !string.Equals(folded, s, StringComparison.OrdinalIgnoreCase) && c != 0x212A))
            {
                mismatches.Add(c);
            }
        }

        // Then a character is an ASCII letter after folding exactly when IgnoreCase [a-z] matched it
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Find_MixedCaseEnglishMonths_ReadsThemAsBefore()
    {
        // Given English months in several cases
        var dates = ThaiDateFinder.Find("1 OCTOBER 2024, SEPTEMBER 2024, MaRcH 2025, \u212Aey");

        // Then each is read, with the original text kept
        Assert.That(dates.Select(d => (d.Kind, d.Year, d.Month, d.Text)), Is.EqualTo(new[]
        {
            (DateKind.Day, (int?)2567, (int?)10, "1 OCTOBER 2024"),
            (DateKind.Month, (int?)2567, (int?)9, "SEPTEMBER 2024"),
            (DateKind.Month, (int?)2568, (int?)3, "MaRcH 2025"),
        }));
    }

    private static string Describe(Match m) =>
        $"{m.Index}:{m.Length}:{m.Groups["d"].Success}:{m.Groups["m"].Index}:{m.Groups["m"].Length}:{m.Groups["y"].Success}:{m.Groups["y"].Index}";

    /// <summary>The month alternatives re-ordered longest first (how the original pattern listed them).</summary>
    private static string LengthOrdered(string pattern)
    {
        var start = pattern.IndexOf("(?<m>", StringComparison.Ordinal) + 5;
        var end = pattern.IndexOf(")(?![ก-ฮa-z])", StringComparison.Ordinal);
        var alternatives = pattern[start..end].Split('|').OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal);
        return pattern[..start] + string.Join("|", alternatives) + pattern[end..];
    }
}
