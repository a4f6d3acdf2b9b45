namespace OitChecker.Documents;

/// <summary>What a response body really is, judged by its first bytes (and, for ZIP and OLE containers, by their parts).</summary>
public enum ContentFormat
{
    /// <summary>Nothing recognisable.</summary>
    Unknown,

    /// <summary>An HTML page (also when it was served as a ".pdf").</summary>
    Html,

    /// <summary>A PDF file (%PDF-).</summary>
    Pdf,

    /// <summary>An Office Open XML word-processing file (ZIP with word/document.xml).</summary>
    Docx,

    /// <summary>An Office Open XML spreadsheet (ZIP with xl/workbook.xml).</summary>
    Xlsx,

    /// <summary>A legacy Word 97–2003 file (OLE compound file).</summary>
    Doc,

    /// <summary>A legacy Excel 97–2003 file (OLE compound file).</summary>
    Xls,

    /// <summary>Comma-separated values.</summary>
    Csv,

    /// <summary>An image (PNG, JPEG, GIF, WebP, BMP).</summary>
    Image,

    /// <summary>Another ZIP archive (not an Office file).</summary>
    Zip,

    /// <summary>Plain text, XML, JSON, CSS or script.</summary>
    Text,
}
