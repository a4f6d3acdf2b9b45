using System.Text.RegularExpressions;
using OitChecker.Text;

namespace OitChecker.Evidence;

/// <summary>
/// Finds OIT item codes in text the way ITA index pages write them: "O1", "o23", "O 23", "O-23", "O.23",
/// "ข้อ O23", "[O1]", with Thai or ASCII digits. "O10" is never read as "O1".
/// </summary>
public static partial class ItemCodes
{
    /// <summary>The codes named in a text, normalised to "O&lt;n&gt;", in order, without duplicates.</summary>
    public static IReadOnlyList<string> Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var result = new List<string>();
        foreach (Match m in CodeRegex().Matches(ThaiDigits.ToArabic(text)))
        {
            var code = "O" + int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (!result.Contains(code))
            {
                result.Add(code);
            }
        }

        return result;
    }

    /// <summary>True when the text is nothing but a code ("O23", "o 23").</summary>
    public static bool IsOnlyCode(string? text) =>
        text is not null && OnlyCodeRegex().IsMatch(ThaiDigits.ToArabic(text).Trim());

    [GeneratedRegex(@"(?<![A-Za-z0-9])[Oo][\s\-\.]?0*([1-9][0-9]?)(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CodeRegex();

    [GeneratedRegex(@"^[\[\(]?[Oo][\s\-\.]?0*[1-9][0-9]?[\]\)]?[\.:]?$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyCodeRegex();
}
