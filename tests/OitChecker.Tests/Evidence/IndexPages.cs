using OitChecker.Crawling;
using OitChecker.Testing.Builders;

namespace OitChecker.Tests.Evidence;

/// <summary>Turns index-page HTML into a snapshot the way the crawler does (the real extractor, not hand-made links).</summary>
internal static class IndexPages
{
    public static PageSnapshot FromHtml(string path, string title, string body)
    {
        var html = $"<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}</body></html>";
        var p = HtmlExtractor.Extract(html, new Uri(Pages.Url(path)));
        return Pages.Html(path, p.Title ?? string.Empty, p.Text, p.Links, p.Headings, p.Tables, p.Forms, p.Images);
    }

    /// <summary>Five rows "O1 … O5" of a table, each linking to /{prefix}/o{n}.</summary>
    public static string TableRows(string prefix, int from = 1, int to = 5) =>
        string.Concat(Enumerable.Range(from, to - from + 1).Select(n => $"<tr><td>O{n}</td><td><a href=\"/{prefix}/o{n}\">หัวข้อที่ {n}</a></td></tr>"));
}
