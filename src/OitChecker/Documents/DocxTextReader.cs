using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using OitChecker.Crawling;

namespace OitChecker.Documents;

/// <summary>Extracts the text of a .docx (word/document.xml) and its page count (docProps/app.xml).</summary>
internal static class DocxTextReader
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static DocumentReadResult Read(byte[] body)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(body, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("word/document.xml") ?? throw new InvalidDataException("word/document.xml is missing");
            var sb = new StringBuilder();
            using (var stream = entry.Open())
            using (var reader = XmlReader.Create(stream, OfficeXml.Settings))
            {
                var advance = true;
                while ((!advance || reader.Read()) && sb.Length < DocumentReader.MaxTextLength)
                {
                    advance = true;
                    if (reader.NamespaceURI != WordNs)
                    {
                        continue;
                    }

                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
                    {
                        sb.Append(reader.ReadElementContentAsString());
                        advance = false;
                    }
                    else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "tab")
                    {
                        sb.Append('\t');
                    }
                    else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "br" or "cr")
                    {
                        sb.Append('\n');
                    }
                    else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p")
                    {
                        sb.Append('\n');
                    }
                }
            }

            var text = sb.ToString();
            var pages = PageCount(zip);
            return new DocumentReadResult(
                new DocumentFacts("docx", body.Length, pages, true, DocumentReader.CountLetters(text) >= 20, false, null, []), text);
        }
#pragma warning disable CA1031 // a damaged file is a finding, not a crash
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return DocumentReader.Failed("docx", body.Length, ex);
        }
    }

    private static int? PageCount(ZipArchive zip)
    {
        var app = zip.GetEntry("docProps/app.xml");
        if (app is null)
        {
            return null;
        }

        using var stream = app.Open();
        using var reader = XmlReader.Create(stream, OfficeXml.Settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Pages"
                && int.TryParse(reader.ReadElementContentAsString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }
        }

        return null;
    }
}
