using System.Text;
using OitChecker.Crawling;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace OitChecker.Documents;

/// <summary>
/// Extracts text from a PDF with PdfPig and decides whether it is a scan: a PDF with pages and images
/// but (almost) no text layer cannot be searched by the assessor either, so it is flagged for manual review.
/// </summary>
internal static class PdfTextReader
{
    /// <summary>Fewer letters than this per page (on average) means "no text layer".</summary>
    internal const int ScannedLettersPerPage = 15;

    public static DocumentReadResult Read(byte[] body)
    {
        try
        {
            using var pdf = PdfDocument.Open(body, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = pdf.NumberOfPages;
            var sb = new StringBuilder();
            var letters = 0;
            var imagePages = 0;
            var pageErrors = 0;
            for (var i = 1; i <= pages; i++)
            {
                try
                {
                    var page = pdf.GetPage(i);
                    if (page.NumberOfImages > 0)
                    {
                        imagePages++;
                    }

                    if (sb.Length >= DocumentReader.MaxTextLength && letters >= pages * ScannedLettersPerPage)
                    {
                        continue;
                    }

                    var pageText = PageText(page);
                    letters += DocumentReader.CountLetters(pageText);
                    if (sb.Length < DocumentReader.MaxTextLength)
                    {
                        sb.Append(pageText).Append('\n');
                    }
                }
#pragma warning disable CA1031 // one damaged page must not hide the others
                catch (Exception)
#pragma warning restore CA1031
                {
                    pageErrors++;
                }
            }

            if (pages > 0 && pageErrors == pages)
            {
                return new DocumentReadResult(new DocumentFacts("pdf", body.Length, pages, false, false, false, "no page of the PDF could be read", []), string.Empty);
            }

            var text = sb.ToString();
            var scanned = pages > 0 && letters < pages * ScannedLettersPerPage && imagePages > 0;
            if (letters >= 20 && IsGarbled(text))
            {
                return new DocumentReadResult(
                    new DocumentFacts("pdf", body.Length, pages, true, false, false,
                        "the text layer is not readable: its fonts have no Unicode map, so the text cannot be searched or copied", []),
                    string.Empty);
            }

            return new DocumentReadResult(new DocumentFacts("pdf", body.Length, pages, true, letters >= 20, scanned, null, []), text);
        }
#pragma warning disable CA1031 // any parser failure is a finding ("the PDF does not open"), not a crash
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return DocumentReader.Failed("pdf", body.Length, ex);
        }
    }

    /// <summary>
    /// True when most letters are neither Thai nor Latin (glyph codes read as Greek or control characters):
    /// the fonts were embedded without a ToUnicode map, which PDF printers of some Thai office setups produce.
    /// </summary>
    internal static bool IsGarbled(string text)
    {
        int good = 0, bad = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0E00' and <= '\u0E7F' || char.IsAsciiLetterOrDigit(c) || c is >= '\u00C0' and <= '\u024F')
            {
                good++;
            }
            else if (char.IsLetter(c) || (char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                bad++;
            }
        }

        return bad > 10 && bad * 10 > (good + bad) * 3;
    }

    private static string PageText(UglyToad.PdfPig.Content.Page page)
    {
        try
        {
            return ContentOrderTextExtractor.GetText(page);
        }
#pragma warning disable CA1031 // fall back to the raw letter order
        catch (Exception)
#pragma warning restore CA1031
        {
            return page.Text;
        }
    }
}
