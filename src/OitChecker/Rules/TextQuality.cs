using System.Globalization;

namespace OitChecker.Rules;

/// <summary>
/// Whether extracted text is readable. Some Thai PDFs carry a text layer of private glyph codes that
/// extracts as Greek-looking garbage (seen in ../shared/realsites/poknoi-docs); such a layer holds no text.
/// </summary>
public static class TextQuality
{
    /// <summary>True when at least half of the letters are Thai or Latin and there are at least 20 of them.</summary>
    public static bool IsReadable(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        int letters = 0, good = 0;
        foreach (var c in text.Length > 20_000 ? text[..20_000] : text)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.OtherLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber)
            {
                letters++;
                if (c is >= '\u0E00' and <= '\u0E7F' || c is >= 'a' and <= 'z' || c is >= 'A' and <= 'Z' || c is >= '0' and <= '9')
                {
                    good++;
                }
            }
        }

        return letters >= 20 && good * 2 >= letters;
    }
}
