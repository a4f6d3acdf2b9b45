using System.IO.Compression;
using System.Xml;

namespace OitChecker.Crawling;

/// <summary>
/// Reads sitemap.xml files: a &lt;urlset&gt; gives page URLs, a &lt;sitemapindex&gt; gives further
/// sitemaps; gzip-compressed sitemaps and plain-text sitemaps (one URL per line) are read too.
/// </summary>
public static class SitemapParser
{
    /// <summary>Most URLs read from one sitemap (the protocol's limit).</summary>
    public const int MaxUrls = 50_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>The page URLs and child sitemap URLs listed in a sitemap body.</summary>
    public static (IReadOnlyList<string> Pages, IReadOnlyList<string> Sitemaps) Parse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var bytes = body;
        if (bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            bytes = ms.ToArray();
        }

        var pages = new List<string>();
        var sitemaps = new List<string>();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings);
            var inIndex = false;
            var parent = string.Empty;
            while (reader.Read() && pages.Count < MaxUrls)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "sitemapindex":
                        inIndex = true;
                        break;
                    case "url" or "sitemap":
                        parent = reader.LocalName;
                        break;
                    case "loc":
                        var loc = reader.ReadElementContentAsString().Trim();
                        if (loc.Length > 0)
                        {
                            (inIndex || parent == "sitemap" ? sitemaps : pages).Add(loc);
                        }

                        break;
                }
            }
        }
        catch (XmlException)
        {
            using var text = new StreamReader(new MemoryStream(bytes));
            while (text.ReadLine() is { } line && pages.Count < MaxUrls)
            {
                var l = line.Trim();
                if (l.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || l.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    pages.Add(l);
                }
            }
        }

        return (pages, sitemaps);
    }
}
