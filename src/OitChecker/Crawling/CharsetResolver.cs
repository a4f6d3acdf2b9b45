using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace OitChecker.Crawling;

/// <summary>
/// Chooses the character encoding of a page as a browser does — byte-order mark, then the HTTP header,
/// then a &lt;meta&gt; in the first bytes, then sniffing — with two corrections for the Thai web, where
/// declarations are often wrong: a page declared UTF-8 whose bytes are not valid UTF-8 but contain
/// Thai-range bytes is decoded as windows-874, and a page declared in a single-byte Western encoding whose
/// bytes are valid UTF-8 Thai is decoded as UTF-8. Every spelling of the Thai code page that servers use
/// (tis620, tis-620, x-cp874, cp874, ibm874, iso-8859-11, windows-874 ...) maps to windows-874.
/// </summary>
public static partial class CharsetResolver
{
    private const int MetaScanBytes = 4096;

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tis620"] = "windows-874",
        ["tis-620"] = "windows-874",
        ["tis_620"] = "windows-874",
        ["x-tis620"] = "windows-874",
        ["x-tis-620"] = "windows-874",
        ["tis620-0"] = "windows-874",
        ["tis620.2533"] = "windows-874",
        ["tis-620.2533"] = "windows-874",
        ["cp874"] = "windows-874",
        ["x-cp874"] = "windows-874",
        ["ms874"] = "windows-874",
        ["x-windows-874"] = "windows-874",
        ["windows874"] = "windows-874",
        ["win874"] = "windows-874",
        ["ibm874"] = "windows-874",
        ["ibm-874"] = "windows-874",
        ["dos-874"] = "windows-874",
        ["iso-8859-11"] = "windows-874",
        ["iso8859-11"] = "windows-874",
        ["iso885911"] = "windows-874",
        ["iso_8859-11"] = "windows-874",
        ["thai"] = "windows-874",
        ["874"] = "windows-874",
        ["utf8"] = "utf-8",
        ["unicode-1-1-utf-8"] = "utf-8",
        ["x-unicode20utf8"] = "utf-8",
        ["latin1"] = "windows-1252",
        ["iso-8859-1"] = "windows-1252",
        ["iso8859-1"] = "windows-1252",
        ["us-ascii"] = "windows-1252",
        ["ascii"] = "windows-1252",
    };

    static CharsetResolver()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Thai = Encoding.GetEncoding(874);
    }

    /// <summary>windows-874 (TIS-620 with the Windows additions), available once this type is loaded.</summary>
    public static Encoding Thai { get; }

    /// <summary>Makes sure the code-page provider is registered (idempotent).</summary>
    public static void EnsureRegistered() => _ = Thai;

    /// <summary>The encoding named by a header or meta charset, whatever the spelling; null when unknown.</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var n = name.Trim().Trim('"', '\'').Trim();
        if (Aliases.TryGetValue(n, out var canonical))
        {
            n = canonical;
        }

        if (n.Equals("windows-874", StringComparison.OrdinalIgnoreCase))
        {
            return Thai;
        }

        if (Known.TryGetValue(n, out var known))
        {
            return known;
        }

        Encoding? found;
        try
        {
            found = Encoding.GetEncoding(n);
        }
        catch (ArgumentException)
        {
            found = null;
        }

        // Every page names its charset, and the provider lookup behind GetEncoding is not cheap: remember the
        // answers, for a bounded number of spellings (a hostile site could declare a new one on every page).
        if (Known.Count < MaxKnownNames)
        {
            Known.TryAdd(n, found);
        }

        return found;
    }

    private const int MaxKnownNames = 256;

    private static readonly ConcurrentDictionary<string, Encoding?> Known = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The charset parameter of a Content-Type header, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var m = CharsetParamRegex().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The charset declared by a &lt;meta&gt; element in the first bytes of a page, or null.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, MetaScanBytes)]);
        foreach (Match m in MetaRegex().Matches(head))
        {
            var tag = m.Value;
            var direct = MetaCharsetAttrRegex().Match(tag);
            if (direct.Success)
            {
                return direct.Groups[1].Value;
            }

            if (tag.Contains("content-type", StringComparison.OrdinalIgnoreCase))
            {
                var content = CharsetParamRegex().Match(tag);
                if (content.Success)
                {
                    return content.Groups[1].Value;
                }
            }
        }

        return null;
    }

    /// <summary>Decodes a body, choosing the encoding as described on the type.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> body, string? contentType)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Encoding.UTF8.GetString(body[3..]), Encoding.UTF8, "byte-order mark");
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(body[2..]), Encoding.Unicode, "byte-order mark");
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(body[2..]), Encoding.BigEndianUnicode, "byte-order mark");
        }

        var header = FromName(CharsetOf(contentType));
        var meta = FromName(MetaCharset(body));
        var (declared, source) = (header, meta) switch
        {
            ({ } h, { } m) when IsWesternSingleByte(h) && !IsWesternSingleByte(m) => (m, "meta (header declared a Western default)"),
            ({ } h, _) => (h, "http header"),
            (null, { } m) => (m, "meta"),
            _ => ((Encoding?)null, "sniffed"),
        };

        // Validating UTF-8 and decoding it is one pass; the text is kept for when UTF-8 is chosen. A page in a
        // Thai code page stops the pass at its first Thai byte.
        var utf8Text = StrictUtf8(body);
        var validUtf8 = utf8Text is not null;
        Encoding chosen;
        if (declared is null)
        {
            chosen = validUtf8 ? Encoding.UTF8 : HasThaiRangeBytes(body) ? Thai : Encoding.GetEncoding(1252);
            source = validUtf8 ? "sniffed: valid UTF-8" : chosen == Thai ? "sniffed: Thai-range bytes" : "sniffed: default windows-1252";
        }
        else if (declared.CodePage == Encoding.UTF8.CodePage && !validUtf8 && HasThaiRangeBytes(body))
        {
            chosen = Thai;
            source += " declared utf-8, but the bytes are windows-874";
        }
        else if (declared.CodePage != Encoding.UTF8.CodePage && declared.IsSingleByte && validUtf8 && HasUtf8Thai(body))
        {
            chosen = Encoding.UTF8;
            source += $" declared {declared.WebName}, but the bytes are UTF-8 Thai";
        }
        else if (IsWesternSingleByte(declared) && meta is null && !validUtf8 && MostlyThaiRange(body))
        {
            chosen = Thai;
            source += $" declared {declared.WebName}, but the bytes are windows-874";
        }
        else
        {
            chosen = declared;
        }

        var text = chosen.CodePage == Encoding.UTF8.CodePage && utf8Text is not null ? utf8Text : chosen.GetString(body);
        return new DecodedText(text, chosen, source.Trim());
    }

    /// <summary>
    /// The body as UTF-8, or null when it is not valid UTF-8 (nothing replaced, nothing thrown). A character cut
    /// in half at the very end (a body cut at the size limit, a dropped connection) is left out, not held against
    /// the page: before, such a Thai page failed the check and was decoded as windows-874, all of it garbled.
    /// </summary>
    private static string? StrictUtf8(ReadOnlySpan<byte> body)
    {
        body = body[..CompleteUtf8Length(body)];
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        var buffer = ArrayPool<char>.Shared.Rent(body.Length);
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out _, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new string(buffer, 0, written) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The length of the body without a multi-byte UTF-8 sequence left incomplete at its very end.</summary>
    private static int CompleteUtf8Length(ReadOnlySpan<byte> body)
    {
        for (var back = 1; back <= Math.Min(3, body.Length); back++)
        {
            var b = body[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: the sequence started further back
            }

            var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return need > back ? body.Length - back : body.Length;
        }

        return body.Length;
    }

    private static bool IsWesternSingleByte(Encoding e) => e.CodePage is 1252 or 28591 or 20127;

    /// <summary>True when the body has bytes in the Thai block of TIS-620 (0xA1–0xFB).</summary>
    private static bool HasThaiRangeBytes(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is >= 0xA1 and <= 0xFB)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MostlyThaiRange(ReadOnlySpan<byte> body)
    {
        int high = 0, thai = 0;
        foreach (var b in body)
        {
            if (b >= 0x80)
            {
                high++;
                if (b is >= 0xA1 and <= 0xFB)
                {
                    thai++;
                }
            }
        }

        return high > 20 && thai * 10 >= high * 9;
    }

    /// <summary>True when the body holds UTF-8 encoded Thai (E0 B8 xx or E0 B9 xx).</summary>
    private static bool HasUtf8Thai(ReadOnlySpan<byte> body)
    {
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] == 0xE0 && body[i + 1] is 0xB8 or 0xB9)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetParamRegex();

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaRegex();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetAttrRegex();
}
