using System.IO.Compression;
using System.Security;
using System.Text;

namespace OitChecker.Tests.Documents;

/// <summary>Minimal but valid .docx and .xlsx files built in memory for reader tests.</summary>
internal static class TestOfficeFiles
{
    public static byte[] Docx(IEnumerable<string> paragraphs, int? pages = null)
    {
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
        var files = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
            ["word/document.xml"] = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>",
        };
        if (pages is not null)
        {
            files["docProps/app.xml"] = $"<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Pages>{pages}</Pages></Properties>";
        }

        return Zip(files);
    }

    /// <summary>An .xlsx with one sheet per entry; each sheet's rows use shared strings.</summary>
    public static byte[] Xlsx(params (string Name, string[][] Rows)[] sheets)
    {
        var shared = new List<string>();
        int Index(string s)
        {
            var i = shared.IndexOf(s);
            if (i < 0)
            {
                shared.Add(s);
                i = shared.Count - 1;
            }

            return i;
        }

        var files = new Dictionary<string, string>();
        var wbSheets = new StringBuilder();
        var rels = new StringBuilder();
        for (var s = 0; s < sheets.Length; s++)
        {
            var rows = new StringBuilder();
            for (var r = 0; r < sheets[s].Rows.Length; r++)
            {
                rows.Append($"<row r=\"{r + 1}\">");
                foreach (var cell in sheets[s].Rows[r])
                {
                    rows.Append(double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? $"<c><v>{cell}</v></c>"
                        : $"<c t=\"s\"><v>{Index(cell)}</v></c>");
                }

                rows.Append("</row>");
            }

            files[$"xl/worksheets/sheet{s + 1}.xml"] = $"<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{rows}</sheetData></worksheet>";
            wbSheets.Append($"<sheet name=\"{sheets[s].Name}\" sheetId=\"{s + 1}\" r:id=\"rId{s + 1}\"/>");
            rels.Append($"<Relationship Id=\"rId{s + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{s + 1}.xml\"/>");
        }

        files["xl/workbook.xml"] = $"<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{wbSheets}</sheets></workbook>";
        files["xl/_rels/workbook.xml.rels"] = $"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">{rels}</Relationships>";
        files["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + string.Concat(shared.Select(x => $"<si><t>{SecurityElement.Escape(x)}</t></si>")) + "</sst>";
        return Zip(files);
    }

    private static byte[] Zip(Dictionary<string, string> files)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(content);
            }
        }

        return ms.ToArray();
    }
}
