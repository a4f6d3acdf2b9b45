using System.Text.RegularExpressions;
using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Tells a real page from a "not found" page served with status 200: Thai and English not-found
/// phrases in the title, the headings or a short body; CMS error templates (Joomla, WordPress, Drupal,
/// Laravel, IIS, Apache, nginx); and likeness to the answer to a random URL that cannot exist.
/// </summary>
public static partial class Soft404Detector
{
    private static readonly string[] StrongPhrases =
    [
        "ไม่พบหน้า", "ไม่พบหน้าที่ท่านต้องการ", "ไม่พบหน้าที่คุณต้องการ", "ไม่พบหน้าเว็บ", "ไม่พบเพจ", "ไม่พบข้อมูลที่ท่านต้องการ",
        "ไม่พบข้อมูลที่คุณต้องการ", "หน้าที่คุณต้องการไม่มีอยู่", "หน้าที่ท่านต้องการไม่มีอยู่", "ไม่พบไฟล์", "ไม่มีหน้านี้",
        "page not found", "404 not found", "error 404", "404 error", "file not found", "the page you requested", "the requested url was not found",
        "page does not exist", "page you are looking for", "can't be found", "can’t be found", "could not be found", "component not found",
        "article not found", "the resource you are looking for has been removed", "404 | not found", "nothing found", "no longer available",
    ];

    private static readonly string[] FoldedStrong = StrongPhrases.Select(ThaiFold.Fold).ToArray();

    /// <summary>Bodies shorter than this (characters) are checked for the phrases as a whole.</summary>
    public const int ShortPage = 3000;

    /// <summary>Why a page looks like a not-found page by its words, or null.</summary>
    public static string? ByPhrases(HtmlPage page, int status)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (status is < 200 or >= 300)
        {
            return null;
        }

        var title = page.Title ?? string.Empty;
        var firstHeadings = string.Join(" ", page.Headings.Take(3));
        if (Says404(title) || (page.FirstHeading is { } h1 && Says404(h1)))
        {
            return "the title or first heading says 404";
        }

        var foldedHead = ThaiFold.Fold(title + " " + firstHeadings);
        if (ThaiFold.ContainsFolded(foldedHead, ThaiFold.Fold("not found")))
        {
            return "the title or a heading says \"not found\"";
        }

        for (var i = 0; i < FoldedStrong.Length; i++)
        {
            if (ThaiFold.ContainsFolded(foldedHead, FoldedStrong[i]))
            {
                return $"the title or a heading says \"{StrongPhrases[i]}\"";
            }
        }

        if (page.Text.Length < ShortPage)
        {
            var foldedText = ThaiFold.Fold(page.Text);
            for (var i = 0; i < FoldedStrong.Length; i++)
            {
                if (ThaiFold.ContainsFolded(foldedText, FoldedStrong[i]))
                {
                    return $"a short page that says \"{StrongPhrases[i]}\"";
                }
            }
        }

        return null;
    }

    /// <summary>Why a page is the same as the host's answer to a random missing URL, or null.</summary>
    public static string? ByProbe(string requestedUrl, string finalUrl, bool redirected, HtmlPage? page, Soft404Probe? probe)
    {
        ArgumentNullException.ThrowIfNull(requestedUrl);
        if (probe is null || !probe.AnswersOk)
        {
            return null;
        }

        if (probe.Redirected && redirected && finalUrl == probe.FinalUrl && requestedUrl != probe.FinalUrl && !LooksLikeIndex(requestedUrl))
        {
            return $"redirects to {finalUrl}, where a random missing URL is sent as well";
        }

        if (probe.Redirected || page is null || probe.Shingles.Count == 0)
        {
            return null;
        }

        var text = page.Text;
        if (Math.Abs(text.Length - probe.TextLength) > Math.Max(200, probe.TextLength / 5) || page.Title != probe.Title)
        {
            return null;
        }

        var shingles = Soft404Probe.ShinglesOf(text);
        var inter = shingles.Count(probe.Shingles.Contains);
        var union = shingles.Count + probe.Shingles.Count - inter;
        var similarity = union == 0 ? 1 : (double)inter / union;
        return similarity >= 0.85 ? $"the same content ({similarity:P0} alike) as the answer to a random missing URL" : null;
    }

    /// <summary>"404" alone or with an error word ("404 - Not Found", "Error 404", "404 ไม่พบ"), not "ฉบับที่ 404".</summary>
    private static bool Says404(string text)
    {
        if (!Code404().IsMatch(text))
        {
            return false;
        }

        var rest = ThaiFold.Fold(Code404().Replace(text, string.Empty));
        return rest.Length <= 3 || ErrorWords.Any(w => rest.Contains(w, StringComparison.Ordinal));
    }

    private static readonly string[] ErrorWords = new[] { "error", "not found", "ไม่พบ", "ผิดพลาด", "page", "oops" }.Select(ThaiFold.Fold).ToArray();

    private static bool LooksLikeIndex(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var u))
        {
            return false;
        }

        var last = u.AbsolutePath.TrimEnd('/');
        last = last[(last.LastIndexOf('/') + 1)..].ToLowerInvariant();
        return last.Length == 0 || last.StartsWith("index", StringComparison.Ordinal) || last.StartsWith("default", StringComparison.Ordinal)
            || last.StartsWith("home", StringComparison.Ordinal) || last.StartsWith("main", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\d.,])404(?![\d.,])")]
    private static partial Regex Code404();
}
