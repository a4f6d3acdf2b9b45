using System.Text;

namespace OitChecker.Crawling;

/// <summary>A decoded body: the text, the encoding used and where that choice came from (for the log and the snapshot).</summary>
public sealed record DecodedText(string Text, Encoding Encoding, string Source)
{
    /// <summary>The encoding's web name, e.g. "utf-8" or "windows-874".</summary>
    public string EncodingName => Encoding.WebName;
}
