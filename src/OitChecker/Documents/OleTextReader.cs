using System.Text;
using OitChecker.Crawling;

namespace OitChecker.Documents;

/// <summary>
/// A best-effort reader for legacy Word/Excel 97–2003 files (OLE compound files). Full parsing of the
/// binary formats is out of scope; Thai text in them is stored as UTF-16LE, so runs of UTF-16LE Thai and
/// Latin characters are collected. Enough to say "opens and has text" and to search for phrases; the
/// page count is unknown (null).
/// </summary>
internal static class OleTextReader
{
    private const int MinRun = 4;

    public static DocumentReadResult Read(byte[] body)
    {
        if (body.Length < 512 || !body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return new DocumentReadResult(new DocumentFacts("doc", body.Length, null, false, false, false, "not a valid OLE compound file", []), string.Empty);
        }

        var sb = new StringBuilder();
        var run = new StringBuilder();
        for (var i = 512; i + 1 < body.Length && sb.Length < DocumentReader.MaxTextLength; i += 2)
        {
            var c = (char)(body[i] | (body[i + 1] << 8));
            if (IsTextChar(c))
            {
                run.Append(c);
                continue;
            }

            Flush(run, sb);
        }

        Flush(run, sb);
        var text = sb.ToString();
        return new DocumentReadResult(
            new DocumentFacts("doc", body.Length, null, true, DocumentReader.CountLetters(text) >= 20, false, null, []), text);
    }

    private static void Flush(StringBuilder run, StringBuilder sb)
    {
        if (run.Length >= MinRun && DocumentReader.CountLetters(run.ToString()) >= MinRun)
        {
            sb.Append(run).Append('\n');
        }

        run.Clear();
    }

    private static bool IsTextChar(char c) =>
        c is >= '\u0E01' and <= '\u0E5B' || c is >= ' ' and <= '~' || c is '\r' or '\t';
}
