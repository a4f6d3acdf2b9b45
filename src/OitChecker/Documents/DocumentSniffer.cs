using System.IO.Compression;

namespace OitChecker.Documents;

/// <summary>
/// Recognises documents by their magic bytes first and their name or content type second, because
/// municipal servers routinely send PDFs as <c>application/octet-stream</c> and error pages under a
/// ".pdf" name. Only the bytes decide what a body is; the name and type only say what it claimed to be.
/// </summary>
public static class DocumentSniffer
{
    private static readonly Dictionary<string, ContentFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ContentFormat.Pdf,
        [".doc"] = ContentFormat.Doc,
        [".docx"] = ContentFormat.Docx,
        [".xls"] = ContentFormat.Xls,
        [".xlsx"] = ContentFormat.Xlsx,
        [".csv"] = ContentFormat.Csv,
    };

    /// <summary>The document format a URL path or content type claims (null when it claims none).</summary>
    public static ContentFormat? Claimed(string? contentType, string? urlPath)
    {
        var byType = FromContentType(contentType);
        if (byType is not null)
        {
            return byType;
        }

        if (string.IsNullOrEmpty(urlPath))
        {
            return null;
        }

        var path = urlPath;
        var q = path.IndexOfAny(['?', '#']);
        if (q >= 0)
        {
            path = path[..q];
        }

        var dot = path.LastIndexOf('.');
        if (dot < 0 || dot < path.LastIndexOf('/'))
        {
            return null;
        }

        return Extensions.TryGetValue(path[dot..], out var f) ? f : null;
    }

    /// <summary>True for the formats whose text and facts are read (PDF, Word, Excel, CSV).</summary>
    public static bool IsDocument(ContentFormat format) =>
        format is ContentFormat.Pdf or ContentFormat.Docx or ContentFormat.Xlsx or ContentFormat.Doc
            or ContentFormat.Xls or ContentFormat.Csv;

    /// <summary>The short type name used in <see cref="Crawling.DocumentFacts.Type"/> ("pdf", "docx", ...).</summary>
    public static string TypeName(ContentFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>
    /// What the body is. <paramref name="body"/> may be only the first bytes; ZIP and OLE containers are
    /// told apart by their parts when the whole body is given, else by the claim.
    /// </summary>
    public static ContentFormat Sniff(ReadOnlySpan<byte> body, string? contentType, string? urlPath)
    {
        if (body.StartsWith("%PDF-"u8) || IndexOf(body[..Math.Min(body.Length, 1024)], "%PDF-"u8) >= 0)
        {
            return ContentFormat.Pdf;
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            var claimed = Claimed(contentType, urlPath);
            return claimed is ContentFormat.Xls or ContentFormat.Xlsx ? ContentFormat.Xls : ContentFormat.Doc;
        }

        if (body.StartsWith("PK\u0003\u0004"u8))
        {
            return SniffZip(body, Claimed(contentType, urlPath));
        }

        if (IsImage(body))
        {
            return ContentFormat.Image;
        }

        // The markers are ASCII: lower-casing only A-Z is enough, and it leaves Thai (or any other non-ASCII) bytes
        // alone instead of sending the whole head through the culture-aware lower-casing a string would get.
        var source = SkipBomAndSpace(body[..Math.Min(body.Length, 2048)]);
        Span<byte> head = stackalloc byte[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            head[i] = char.IsAsciiLetterUpper((char)source[i]) ? (byte)(source[i] | 0x20) : source[i];
        }

        if (head.StartsWith("<!doctype html"u8) || head.StartsWith("<html"u8)
            || head.IndexOf("<head"u8) >= 0 || head.IndexOf("<body"u8) >= 0
            || head.IndexOf("<title"u8) >= 0 || head.IndexOf("<script"u8) >= 0
            || (head.StartsWith("<!--"u8) && head.IndexOf("<div"u8) >= 0))
        {
            return ContentFormat.Html;
        }

        var type = FromContentType(contentType);
        if (type == ContentFormat.Csv || (Claimed(null, urlPath) == ContentFormat.Csv && LooksLikeText(body)))
        {
            return ContentFormat.Csv;
        }

        if (contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase) && LooksLikeText(body))
        {
            return ContentFormat.Html;
        }

        return LooksLikeText(body) ? ContentFormat.Text : ContentFormat.Unknown;
    }

    private static ContentFormat SniffZip(ReadOnlySpan<byte> body, ContentFormat? claimed)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(body.ToArray(), writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return ContentFormat.Docx;
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return ContentFormat.Xlsx;
            }

            return ContentFormat.Zip;
        }
        catch (InvalidDataException)
        {
            // A cut or damaged archive: trust what it claimed to be so the reader reports the damage.
            return claimed is ContentFormat.Docx or ContentFormat.Xlsx ? claimed.Value : ContentFormat.Zip;
        }
    }

    private static ContentFormat? FromContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var t = contentType.ToLowerInvariant();
        return t switch
        {
            _ when t.Contains("application/pdf", StringComparison.Ordinal) => ContentFormat.Pdf,
            _ when t.Contains("wordprocessingml", StringComparison.Ordinal) => ContentFormat.Docx,
            _ when t.Contains("spreadsheetml", StringComparison.Ordinal) => ContentFormat.Xlsx,
            _ when t.Contains("msword", StringComparison.Ordinal) => ContentFormat.Doc,
            _ when t.Contains("ms-excel", StringComparison.Ordinal) => ContentFormat.Xls,
            _ when t.Contains("text/csv", StringComparison.Ordinal) => ContentFormat.Csv,
            _ => null,
        };
    }

    private static bool IsImage(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) || b.StartsWith("GIF8"u8)
        || b.StartsWith("BM"u8) && b.Length > 14 || (b.StartsWith("RIFF"u8) && b.Length > 12 && b[8..12].SequenceEqual("WEBP"u8));

    private static bool LooksLikeText(ReadOnlySpan<byte> b)
    {
        var n = Math.Min(b.Length, 1024);
        for (var i = 0; i < n; i++)
        {
            if (b[i] == 0)
            {
                return false;
            }
        }

        return n > 0;
    }

    private static ReadOnlySpan<byte> SkipBomAndSpace(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            b = b[3..];
        }

        var i = 0;
        while (i < b.Length && b[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return b[i..];
    }

    private static int IndexOf(ReadOnlySpan<byte> hay, ReadOnlySpan<byte> needle) => hay.IndexOf(needle);
}
