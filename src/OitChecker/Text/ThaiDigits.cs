using System.Text;

namespace OitChecker.Text;

/// <summary>
/// Thai digits (๐–๙, U+0E50–U+0E59) and ASCII digits, both ways. Thai documents, memos and ITA pages
/// mix both freely ("ปีงบประมาณ พ.ศ. ๒๕๖๕", "ต.ค. 64"), so every parser in the pipeline reads both.
/// </summary>
public static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';
    private const char ThaiNine = '\u0E59';

    /// <summary>True for ๐–๙.</summary>
    public static bool IsThaiDigit(char c) => c is >= ThaiZero and <= ThaiNine;

    /// <summary>True for 0–9 and ๐–๙.</summary>
    public static bool IsAnyDigit(char c) => c is >= '0' and <= '9' || IsThaiDigit(c);

    /// <summary>The value 0–9 of an ASCII or Thai digit, or -1.</summary>
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= ThaiZero and <= ThaiNine => c - ThaiZero,
        _ => -1,
    };

    /// <summary>Replaces every Thai digit with its ASCII digit; everything else is kept.</summary>
    public static string ToArabic(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsThaiDigit))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(IsThaiDigit(c) ? (char)('0' + (c - ThaiZero)) : c);
        }

        return sb.ToString();
    }

    /// <summary>Replaces every ASCII digit with its Thai digit (for Thai-style display).</summary>
    public static string ToThai(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '0' and <= '9' ? (char)(ThaiZero + (c - '0')) : c);
        }

        return sb.ToString();
    }

    /// <summary>Parses a non-negative integer written in ASCII or Thai digits (mixed is accepted).</summary>
    public static bool TryParseInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            var d = Value(c);
            if (d < 0)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
