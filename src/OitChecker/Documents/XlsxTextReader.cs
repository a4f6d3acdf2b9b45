using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using OitChecker.Crawling;

namespace OitChecker.Documents;

/// <summary>
/// Reads an .xlsx with nothing but System.IO.Compression and XmlReader: the shared strings, every sheet's
/// cells as text, and each sheet's first non-empty row as its header (procurement reports are
/// often spreadsheets, and their column headers are what the table-fields rule checks).
/// </summary>
internal static class XlsxTextReader
{
    private const int MaxHeaderCells = 60;

    public static DocumentReadResult Read(byte[] body)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(body, writable: false), ZipArchiveMode.Read);
            var shared = SharedStrings(zip);
            var sb = new StringBuilder();
            var headers = new List<IReadOnlyList<string>>();
            foreach (var sheet in SheetPaths(zip))
            {
                var entry = zip.GetEntry(sheet);
                if (entry is null)
                {
                    continue;
                }

                var header = ReadSheet(entry, shared, sb);
                if (header.Count > 0)
                {
                    headers.Add(header);
                }
            }

            var text = sb.ToString();
            return new DocumentReadResult(
                new DocumentFacts("xlsx", body.Length, null, true, DocumentReader.CountLetters(text) >= 20, false, null, headers), text);
        }
#pragma warning disable CA1031 // a damaged file is a finding, not a crash
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return DocumentReader.Failed("xlsx", body.Length, ex);
        }
    }

    private static List<string> ReadSheet(ZipArchiveEntry entry, List<string> shared, StringBuilder sb)
    {
        List<string>? header = null;
        var row = new List<string>();
        using var reader = XmlReader.Create(entry.Open(), OfficeXml.Settings);
        string? cellType = null;
        var advance = true;
        while (!advance || reader.Read())
        {
            advance = true;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                row.Clear();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
            {
                cellType = reader.GetAttribute("t");
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "v" or "t")
            {
                var raw = reader.ReadElementContentAsString();
                advance = false;
                var value = cellType == "s" && int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var idx) && idx >= 0 && idx < shared.Count
                    ? shared[idx]
                    : raw;
                if (value.Length > 0)
                {
                    row.Add(value.Trim());
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && row.Count > 0)
            {
                if (sb.Length < DocumentReader.MaxTextLength)
                {
                    sb.AppendJoin('\t', row).Append('\n');
                }

                header ??= [.. row.Take(MaxHeaderCells)];
            }
        }

        return header ?? [];
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var list = new List<string>();
        var entry = zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null)
        {
            return list;
        }

        using var reader = XmlReader.Create(entry.Open(), OfficeXml.Settings);
        StringBuilder? current = null;
        var advance = true;
        while (!advance || reader.Read())
        {
            advance = true;
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                current = new StringBuilder();
                if (reader.IsEmptyElement)
                {
                    list.Add(string.Empty);
                    current = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && current is not null)
            {
                current.Append(reader.ReadElementContentAsString());
                advance = false;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "si" && current is not null)
            {
                list.Add(current.ToString());
                current = null;
            }
        }

        return list;
    }

    /// <summary>Sheet part paths in workbook order (workbook.xml + its relationships), falling back to the file names.</summary>
    private static List<string> SheetPaths(ZipArchive zip)
    {
        var rels = new Dictionary<string, string>(StringComparer.Ordinal);
        var relEntry = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (relEntry is not null)
        {
            using var r = XmlReader.Create(relEntry.Open(), OfficeXml.Settings);
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
                {
                    rels[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                }
            }
        }

        var paths = new List<string>();
        var wb = zip.GetEntry("xl/workbook.xml");
        if (wb is not null)
        {
            using var r = XmlReader.Create(wb.Open(), OfficeXml.Settings);
            while (r.Read())
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "sheet")
                {
                    var id = r.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                    if (id is not null && rels.TryGetValue(id, out var path))
                    {
                        paths.Add(path);
                    }
                }
            }
        }

        if (paths.Count == 0)
        {
            paths.AddRange(zip.Entries.Select(e => e.FullName)
                .Where(n => n.StartsWith("xl/worksheets/", StringComparison.Ordinal) && n.EndsWith(".xml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
        }

        return paths;
    }
}
