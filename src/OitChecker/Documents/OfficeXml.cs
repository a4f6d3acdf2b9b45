using System.Xml;

namespace OitChecker.Documents;

/// <summary>Safe XML reader settings for parts of Office files downloaded from the web (no DTDs, no external entities).</summary>
internal static class OfficeXml
{
    public static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };
}
