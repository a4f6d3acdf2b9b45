using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace OitChecker.Text;

/// <summary>
/// The matching fold: one canonical form for text from HTML pages, PDF text layers and catalog terms,
/// so "ตำบล", "ตาบล" (PDF damage), "ต ำบล", "ตําบล" and a zero-width-split "ตำ\u200Bบล" all compare equal.
/// </summary>
/// <remarks>
/// What the fold does, and why:
/// <list type="bullet">
/// <item>drops whitespace, punctuation and symbols — Thai is written without spaces between words, and
/// PDF extraction inserts or drops spaces at random;</item>
/// <item>drops zero-width characters and soft hyphens — CMS editors leave them inside words;</item>
/// <item>maps ำ (and the decomposed ํ + า) to า — Word→PDF exports with TH Sarabun lose the nikhahit,
/// so "ตำบล" is extracted as "ตาบล" (seen in ../shared/realsites/poknoi-docs);</item>
/// <item>drops tone marks and the lone nikhahit — PDF text layers reorder or lose them;</item>
/// <item>maps the Windows Thai private-use glyphs (U+F700–U+F71A) back to their characters;</item>
/// <item>maps Thai digits to ASCII and lower-cases Latin letters.</item>
/// </list>
/// The fold is for matching only; never show folded text to a user.
/// </remarks>
public static class ThaiFold
{
    private const char SaraAm = '\u0E33';
    private const char SaraAa = '\u0E32';
    private const char Nikhahit = '\u0E4D';

    /// <summary>Folds text for matching. The result is stable: Fold(Fold(x)) == Fold(x).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = MapPrivateUse(raw);
            if (c is SaraAm or SaraAa)
            {
                sb.Append(SaraAa);
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            if (ThaiDigits.IsThaiDigit(c))
            {
                sb.Append((char)('0' + ThaiDigits.Value(c)));
                continue;
            }

            sb.Append(c < 0x0E00 ? char.ToLowerInvariant(c) : c);
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="term"/> occurs in <paramref name="text"/> after folding both.</summary>
    public static bool Contains(string? text, string? term)
    {
        var t = Fold(term);
        return t.Length > 0 && Fold(text).Contains(t, StringComparison.Ordinal);
    }

    /// <summary>True when the already folded text contains the already folded term.</summary>
    public static bool ContainsFolded(string foldedText, string foldedTerm) =>
        foldedTerm.Length > 0 && foldedText.Contains(foldedTerm, StringComparison.Ordinal);

    /// <summary>
    /// Cleans text for display and storage without destroying it: zero-width characters removed,
    /// private-use glyphs mapped, "ํา" joined to "ำ", runs of whitespace collapsed to one space.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (!text.AsSpan().ContainsAny(CleanSpecials))
        {
            return text;
        }

        // The cleaned text is never longer than the original: clean a copy in place, allocate only the result.
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(rented);
            return new string(rented, 0, CleanInPlace(rented.AsSpan(0, text.Length)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// <see cref="Clean"/> done inside <paramref name="buffer"/>: the cleaned text is written over the start of
    /// the buffer (it is never longer) and its length returned. For callers that assemble text in a buffer of
    /// their own and want one string at the end.
    /// </summary>
    public static int CleanInPlace(Span<char> buffer)
    {
        var next = IndexOfSpecial(buffer);
        if (next < 0)
        {
            return buffer.Length;
        }

        // Runs of ordinary characters are moved whole (the write position never passes the read position,
        // and overlapping copies are safe); only the characters in CleanSpecials are looked at one by one.
        var w = next;
        var i = next;
        var pendingSpace = false;
        while (i < buffer.Length)
        {
            var c = MapPrivateUse(buffer[i]);
            if (IsZeroWidth(c))
            {
                // dropped
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = w > 0;
            }
            else
            {
                if (pendingSpace)
                {
                    buffer[w++] = ' ';
                    pendingSpace = false;
                }

                if (c == Nikhahit && i + 1 < buffer.Length && buffer[i + 1] == SaraAa)
                {
                    buffer[w++] = SaraAm;
                    i++;
                }
                else
                {
                    buffer[w++] = c;
                }
            }

            i++;
            if (i >= buffer.Length)
            {
                break;
            }

            next = IndexOfSpecial(buffer[i..]);
            var run = next < 0 ? buffer.Length - i : next;
            if (run > 0)
            {
                if (pendingSpace)
                {
                    buffer[w++] = ' ';
                    pendingSpace = false;
                }

                buffer.Slice(i, run).CopyTo(buffer[w..]);
                w += run;
                i += run;
            }
        }

        return w;
    }

    /// <summary>
    /// The characters <see cref="Clean"/> must look at: white space (collapsed), zero-width characters (dropped),
    /// the nikhahit (ํ + า is joined into ำ) and the Windows Thai private-use glyphs (mapped back).
    /// </summary>
    private static readonly SearchValues<char> CleanSpecials = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i)
            .Where(c => char.IsWhiteSpace(c) || IsZeroWidth(c) || c == Nikhahit || c is >= '\uF700' and <= '\uF71A')
            .ToArray());

    /// <summary>
    /// The first character of <paramref name="text"/> that <see cref="CleanInPlace"/> must look at, or -1: a character
    /// in <see cref="CleanSpecials"/>, except a single space between two ordinary characters, which the cleaning
    /// keeps as it is. Page text is almost all printable ASCII and Thai letters with single spaces between phrases:
    /// those are skipped eight at a time, and only the other characters are looked up. The general
    /// <see cref="SearchValues{T}"/> search (built for ~60 scattered characters) stopped at every space and paid its
    /// set-up once per word.
    /// </summary>
    internal static int IndexOfSpecial(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            var space = Vector128.Create((ushort)' ');

            // Each vector is checked with the one a character further on, to see what follows each space.
            for (; i + Vector128<ushort>.Count < chars.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                var ordinary = IsOrdinary(v);
                if (ordinary == Vector128<ushort>.AllBitsSet)
                {
                    continue;
                }

                var keptSpaces = Vector128.Equals(v, space) & IsOrdinary(Vector128.Create(chars.Slice(i + 1, Vector128<ushort>.Count)));
                var lanes = (~(ordinary | keptSpaces)).ExtractMostSignificantBits() | (i == 0 && text[0] == ' ' ? 1u : 0u);
                while (lanes != 0)
                {
                    // Only the lanes that are neither ordinary nor a kept space can be special; look at each in order.
                    var lane = BitOperations.TrailingZeroCount(lanes);
                    if (CleanSpecials.Contains(text[i + lane]))
                    {
                        return i + lane;
                    }

                    lanes &= lanes - 1;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (CleanSpecials.Contains(c) && !(c == ' ' && i > 0 && i + 1 < text.Length && IsOrdinary(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Printable ASCII other than the space, and the Thai letters and signs up to U+0E4C: never special.</summary>
    private static bool IsOrdinary(char c) => (uint)(c - '!') <= '~' - '!' || (uint)(c - '\u0E01') <= Nikhahit - 1 - '\u0E01';

    /// <summary><see cref="IsOrdinary(char)"/> for eight characters: all bits set in the lanes that are ordinary.</summary>
    private static Vector128<ushort> IsOrdinary(Vector128<ushort> v) =>
        Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'!'), Vector128.Create((ushort)('~' - '!')))
        | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\u0E01'), Vector128.Create((ushort)(Nikhahit - 1 - '\u0E01')));

    private static bool IsZeroWidth(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsDropped(char c)
    {
        if (IsZeroWidth(c) || char.IsWhiteSpace(c))
        {
            return true;
        }

        // tone marks ่ ้ ๊ ๋, the lone nikhahit, and the repetition / abbreviation marks ๆ ฯ
        if (c is >= '\u0E48' and <= '\u0E4B' || c == Nikhahit || c is '\u0E46' or '\u0E2F')
        {
            return true;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol
            or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol or UnicodeCategory.Control or UnicodeCategory.Format;
    }

    /// <summary>Windows Thai fonts' private-use glyphs (shifted marks) back to Unicode Thai.</summary>
    private static char MapPrivateUse(char c) => c switch
    {
        '\uF700' => 'ฐ',
        '\uF701' => '\u0E34',
        '\uF702' => '\u0E35',
        '\uF703' => '\u0E36',
        '\uF704' => '\u0E37',
        '\uF705' or '\uF70A' or '\uF713' => '\u0E48',
        '\uF706' or '\uF70B' or '\uF714' => '\u0E49',
        '\uF707' or '\uF70C' or '\uF715' => '\u0E4A',
        '\uF708' or '\uF70D' or '\uF716' => '\u0E4B',
        '\uF709' or '\uF70E' or '\uF717' => '\u0E4C',
        '\uF70F' => 'ญ',
        '\uF710' => '\u0E31',
        '\uF711' => '\u0E4D',
        '\uF712' => '\u0E47',
        '\uF718' => '\u0E38',
        '\uF719' => '\u0E39',
        '\uF71A' => '\u0E3A',
        _ => c,
    };
}
