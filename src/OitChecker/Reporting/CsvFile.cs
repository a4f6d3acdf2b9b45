using System.Text;
using CsvHelper;

namespace OitChecker.Reporting;

/// <summary>
/// How every CSV of a report is written: UTF-8 with a byte-order mark (so Excel opens Thai correctly),
/// CRLF line ends (RFC 4180), quoting when needed, and formula injection escaped — a field starting with
/// = + - @ tab or CR gets a leading apostrophe, so an item title or URL such as <c>=HYPERLINK(…)</c> stays text.
/// </summary>
public static class CsvFile
{
    /// <summary>The writer options used for every report CSV.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        NewLine = "\r\n",
    };

    private static readonly UTF8Encoding Utf8Bom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Writes a header and rows to <paramref name="stream"/> (left open).</summary>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StreamWriter(stream, Utf8Bom, bufferSize: 16 * 1024, leaveOpen: true);
        await using (text)
        {
            await using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
            {
                csv.WriteHeader(header.ToArray());
                foreach (var row in rows)
                {
                    await csv.WriteRecordAsync(row.ToArray(), cancellationToken);
                }

                await csv.FlushAsync(cancellationToken);
            }

            await text.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The CSV as bytes (for attachments and tests).</summary>
    public static async Task<byte[]> ToBytesAsync(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, CancellationToken cancellationToken = default)
    {
        using var ms = new MemoryStream();
        await WriteAsync(ms, header, rows, cancellationToken);
        return ms.ToArray();
    }
}
