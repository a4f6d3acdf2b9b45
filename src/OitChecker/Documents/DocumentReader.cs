using OitChecker.Crawling;
using OitChecker.Text;

namespace OitChecker.Documents;

/// <summary>
/// Reads a downloaded document: which format it really is, whether it opens, its size and page count,
/// and its text. Never throws for a damaged file: a document that fails to parse is recorded with
/// <see cref="DocumentFacts.Opens"/> = false and the parser's error, because "the PDF does not open" is
/// itself a finding for the responsible division.
/// </summary>
public static class DocumentReader
{
    /// <summary>Longest text kept per document (characters), as for pages.</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>Reads a document whose format has been sniffed.</summary>
    /// <param name="body">The bytes received.</param>
    /// <param name="format">The sniffed format (a document format).</param>
    /// <param name="truncated">True when the body was cut at the byte limit.</param>
    /// <param name="declaredSize">The Content-Length, when known (for the size of a cut file).</param>
    public static DocumentReadResult Read(byte[] body, ContentFormat format, bool truncated = false, long? declaredSize = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        var type = DocumentSniffer.TypeName(format);
        var size = truncated ? Math.Max(declaredSize ?? body.Length, body.Length) : body.Length;
        if (truncated)
        {
            return new DocumentReadResult(
                new DocumentFacts(type, size, null, false, false, false, $"the file is larger than the download limit and was cut at {body.Length} bytes; it was not read", []),
                string.Empty);
        }

        if (body.Length == 0)
        {
            return new DocumentReadResult(new DocumentFacts(type, 0, null, false, false, false, "the file is empty (0 bytes)", []), string.Empty);
        }

        var result = format switch
        {
            ContentFormat.Pdf => PdfTextReader.Read(body),
            ContentFormat.Docx => DocxTextReader.Read(body),
            ContentFormat.Xlsx => XlsxTextReader.Read(body),
            ContentFormat.Csv => CsvTextReader.Read(body),
            ContentFormat.Doc or ContentFormat.Xls => OleTextReader.Read(body),
            _ => new DocumentReadResult(new DocumentFacts(type, size, null, false, false, false, $"not a document format: {format}", []), string.Empty),
        };

        var text = ThaiFold.Clean(result.Text);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        return result with { Facts = result.Facts with { Type = type, SizeBytes = size }, Text = text };
    }

    /// <summary>Counts letters and digits (the measure of "has a text layer").</summary>
    internal static int CountLetters(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    internal static DocumentReadResult Failed(string type, long size, Exception ex) =>
        new(new DocumentFacts(type, size, null, false, false, false, $"{ex.GetType().Name}: {ex.Message}", []), string.Empty);
}
