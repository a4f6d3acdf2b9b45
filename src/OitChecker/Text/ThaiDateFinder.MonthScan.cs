using System.Buffers;
using System.Text.RegularExpressions;

namespace OitChecker.Text;

/// <summary>
/// A faster way to enumerate the month regex's matches, giving exactly <c>MonthRegex().Matches(text)</c>.
/// Every match holds a month name (group m), and only digits, white space, dashes and "เดือน" can come
/// before it in the match. So instead of letting the regex try every Thai letter as a start (month
/// names begin with the most common letters: ม ก พ ส ต เ), find the next place a month name can begin
/// (its first two letters), step back over the characters a match may start with, and try the
/// regex anchored (\G) only at those few positions — leftmost first, as the regex itself would.
/// </summary>
public static partial class ThaiDateFinder
{
    private static readonly Dictionary<char, string> SecondLetters = BuildSecondLetters();
    private static readonly SearchValues<char> FirstLetters = SearchValues.Create(string.Concat(SecondLetters.Keys));

    /// <summary>The month regex's matches in <paramref name="folded"/>, in order, without overlaps.</summary>
    internal static IEnumerable<Match> MonthMatches(string folded)
    {
        var pos = 0;
        while (pos < folded.Length)
        {
            var anchor = NextAnchor(folded, pos);
            if (anchor < 0)
            {
                yield break;
            }

            var start = anchor;
            while (start > pos && CanPrecedeMonth(folded[start - 1]))
            {
                start--;
            }

            Match? found = null;
            for (var s = start; s <= anchor; s++)
            {
                var m = AnchoredMonthRegex().Match(folded, s);
                if (m.Success)
                {
                    found = m;
                    break;
                }
            }

            if (found is null)
            {
                pos = anchor + 1;
                continue;
            }

            yield return found;
            pos = found.Index + Math.Max(found.Length, 1);
        }
    }

    /// <summary>The first position at or after <paramref name="from"/> where a month alternative could begin.</summary>
    private static int NextAnchor(string text, int from)
    {
        var i = from;
        while (i < text.Length - 1)
        {
            var k = text.AsSpan(i, text.Length - 1 - i).IndexOfAny(FirstLetters);
            if (k < 0)
            {
                return -1;
            }

            i += k;
            if (SecondLetters[text[i]].Contains(text[i + 1], StringComparison.Ordinal))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>
    /// Characters the part of a match before the month can hold: \d (any Unicode decimal digit), \s
    /// (within char.IsWhiteSpace), the dashes and the letters of "เดือน". A superset is safe.
    /// </summary>
    private static bool CanPrecedeMonth(char c) =>
        char.IsDigit(c) || char.IsWhiteSpace(c) || c is '-' or '–' || "เดือน".Contains(c, StringComparison.Ordinal);

    /// <summary>First letter → the letters that can follow it, from the month pattern's alternatives.</summary>
    private static Dictionary<char, string> BuildSecondLetters()
    {
        var start = MonthPattern.IndexOf("(?<m>", StringComparison.Ordinal) + 5;
        var end = MonthPattern.IndexOf(")(?![ก-ฮa-z])", StringComparison.Ordinal);
        var result = new Dictionary<char, string>();
        foreach (var alternative in MonthPattern[start..end].Split('|'))
        {
            var second = alternative[1] == '\\' ? alternative[2] : alternative[1];
            result[alternative[0]] = result.GetValueOrDefault(alternative[0], string.Empty) + second;
        }

        return result;
    }

    /// <summary>The month regex anchored where the scan asks (\G), so each try tests one start only.</summary>
    [GeneratedRegex(@"\G" + MonthPattern, RegexOptions.CultureInvariant, 2000)]
    private static partial Regex AnchoredMonthRegex();
}
