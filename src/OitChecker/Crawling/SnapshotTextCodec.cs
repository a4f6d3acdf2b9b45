using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OitChecker.Crawling;

/// <summary>
/// A lossless one-byte-per-letter form of a page's text for the snapshot stores. Thai in UTF-8 takes three bytes a
/// letter, and a municipal page's text is mostly Thai: this form keeps ASCII as it is, puts each Thai letter in one
/// byte (TIS-620's positions), and writes any other UTF-16 unit as an escape byte and its two bytes. The compressor
/// then reads a third of the bytes, and no JSON escaping or UTF-8 transcoding is spent on the text.
/// </summary>
/// <remarks>
/// Bytes: 0x00–0x7F = that ASCII character; 0xA1–0xFB = U+0E01–U+0E5B (the Thai block, unassigned points
/// included); 0x80 followed by a little-endian UTF-16 unit = any other unit (lone surrogates survive too). Any
/// other byte is invalid.
/// </remarks>
internal static class SnapshotTextCodec
{
    private const byte Escape = 0x80;
    private const char ThaiFirst = '\u0E01';
    private const char ThaiLast = '\u0E5B';
    private const int ThaiOffset = 0x0E00 - 0xA0;

    /// <summary>The most bytes <see cref="Encode"/> writes for <paramref name="chars"/> characters.</summary>
    public static int MaxBytes(int chars) => checked(chars * 3);

    /// <summary>Writes <paramref name="text"/> into <paramref name="destination"/> (at least <see cref="MaxBytes"/> long); returns the bytes written.</summary>
    /// <remarks>Sixteen characters at a time while they are all ASCII or Thai (nearly all of a Thai page), one at a time otherwise.</remarks>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        if (destination.Length < MaxBytes(text.Length))
        {
            throw new ArgumentException($"needs {MaxBytes(text.Length)} bytes, got {destination.Length}", nameof(destination));
        }

        var units = MemoryMarshal.Cast<char, ushort>(text);
        var vector = Vector128.IsHardwareAccelerated;
        int i = 0, n = 0;
        while (i < units.Length)
        {
            if (vector && units.Length - i >= 16)
            {
                var a = Vector128.Create(units.Slice(i, 8));
                var b = Vector128.Create(units.Slice(i + 8, 8));
                if (TryMap(ref a) && TryMap(ref b))
                {
                    Vector128.Narrow(a, b).CopyTo(destination.Slice(n, 16));
                    i += 16;
                    n += 16;
                    continue;
                }

                for (var end = i + 16; i < end; i++)
                {
                    n = EncodeOne(text[i], destination, n);
                }

                continue;
            }

            n = EncodeOne(text[i++], destination, n);
        }

        return n;
    }

    /// <summary>Maps eight units to their one-byte values (kept 16 bits wide); false when one needs an escape.</summary>
    private static bool TryMap(ref Vector128<ushort> units)
    {
        var ascii = Vector128.LessThan(units, Vector128.Create((ushort)0x80));
        var thai = Vector128.LessThanOrEqual(units - Vector128.Create((ushort)ThaiFirst), Vector128.Create((ushort)(ThaiLast - ThaiFirst)));
        if (!Vector128.EqualsAll(ascii | thai, Vector128<ushort>.AllBitsSet))
        {
            return false;
        }

        units = Vector128.ConditionalSelect(ascii, units, units - Vector128.Create((ushort)ThaiOffset));
        return true;
    }

    private static int EncodeOne(char c, Span<byte> destination, int n)
    {
        if (c < 0x80)
        {
            destination[n] = (byte)c;
            return n + 1;
        }

        if ((uint)(c - ThaiFirst) <= ThaiLast - ThaiFirst)
        {
            destination[n] = (byte)(c - ThaiOffset);
            return n + 1;
        }

        destination[n] = Escape;
        destination[n + 1] = (byte)c;
        destination[n + 2] = (byte)(c >> 8);
        return n + 3;
    }

    /// <summary>The text <see cref="Encode"/> wrote into <paramref name="bytes"/>.</summary>
    /// <exception cref="InvalidDataException">A byte no encoding writes, or an escape cut short.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        var rented = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            return new string(rented, 0, Decode(bytes, rented));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Decode(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        var units = MemoryMarshal.Cast<char, ushort>(chars);
        var vector = Vector128.IsHardwareAccelerated;
        int i = 0, n = 0;
        while (i < bytes.Length)
        {
            if (vector && bytes.Length - i >= 16)
            {
                var v = Vector128.Create(bytes.Slice(i, 16));
                var high = Vector128.GreaterThanOrEqual(v, Vector128.Create((byte)0x80));
                var thai = Vector128.LessThanOrEqual(v - Vector128.Create((byte)0xA1), Vector128.Create((byte)(0xFB - 0xA1)));
                if (Vector128.EqualsAll(high & ~thai, Vector128<byte>.Zero))
                {
                    // no escape in these sixteen: widen, and move the Thai ones up to their block
                    var (lo, hi) = Vector128.Widen(v);
                    var offset = Vector128.Create((ushort)ThaiOffset);
                    var lowThreshold = Vector128.Create((ushort)0x80);
                    (lo + (Vector128.GreaterThanOrEqual(lo, lowThreshold) & offset)).CopyTo(units.Slice(n, 8));
                    (hi + (Vector128.GreaterThanOrEqual(hi, lowThreshold) & offset)).CopyTo(units.Slice(n + 8, 8));
                    i += 16;
                    n += 16;
                    continue;
                }
            }

            var b = bytes[i];
            if (b < 0x80)
            {
                chars[n++] = (char)b;
            }
            else if (b is >= 0xA1 and <= 0xFB)
            {
                chars[n++] = (char)(b + ThaiOffset);
            }
            else if (b == Escape && i + 2 < bytes.Length)
            {
                chars[n++] = (char)(bytes[i + 1] | (bytes[i + 2] << 8));
                i += 2;
            }
            else
            {
                throw new InvalidDataException($"snapshot text: byte 0x{b:X2} at offset {i} is not valid in this encoding");
            }

            i++;
        }

        return n;
    }
}
