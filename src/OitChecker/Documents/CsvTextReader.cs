using System.Text;
using OitChecker.Crawling;

namespace OitChecker.Documents;

/// <summary>Reads a CSV: its text (UTF-8, UTF-8 with BOM or windows-874) and its first row as the header.</summary>
internal static class CsvTextReader
{
    public static DocumentReadResult Read(byte[] body)
    {
        var text = Decode(body);
        using var reader = new StringReader(text);
        var first = reader.ReadLine() ?? string.Empty;
        var header = SplitRow(first).Where(c => c.Length > 0).ToList();
        var headers = header.Count > 0 ? new List<IReadOnlyList<string>> { header } : [];
        return new DocumentReadResult(
            new DocumentFacts("csv", body.Length, null, true, DocumentReader.CountLetters(text) >= 20, false, null, headers), text);
    }

    private static string Decode(byte[] body)
    {
        if (body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(body, 3, body.Length - 3);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Crawling.CharsetResolver.Thai.GetString(body);
        }
    }

    /// <summary>Splits one CSV line, honouring double quotes.</summary>
    internal static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or ';' or '\t')
            {
                cells.Add(sb.ToString().Trim());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        cells.Add(sb.ToString().Trim());
        return cells;
    }
}
