using OitChecker.Crawling;

namespace OitChecker.Testing.Builders;

/// <summary>Builds page snapshots as the crawler would record them, for rule and engine tests.</summary>
public static class Pages
{
    public const string Site = "https://www.test.go.th";

    /// <summary>A usable HTML page. Its dates are found on demand from title, headings and text.</summary>
    public static PageSnapshot Html(string path, string title, string text = "", IEnumerable<LinkRef>? links = null,
        IEnumerable<string>? headings = null, IEnumerable<TableSnapshot>? tables = null, IEnumerable<FormSnapshot>? forms = null,
        IEnumerable<ImageRef>? images = null, int depth = 1)
    {
        var h = headings?.ToList() ?? [];
        return new PageSnapshot
        {
            Url = Url(path),
            FinalUrl = Url(path),
            Status = 200,
            Outcome = FetchOutcome.Ok,
            Kind = ResourceKind.Html,
            ContentType = "text/html; charset=utf-8",
            Title = title,
            Headings = h,
            Text = text,
            Links = links?.ToList() ?? [],
            Tables = tables?.ToList() ?? [],
            Forms = forms?.ToList() ?? [],
            Images = images?.ToList() ?? [],
            Depth = depth,
        };
    }

    /// <summary>A usable document (PDF by default) with extracted text.</summary>
    public static PageSnapshot Document(string path, string text, string type = "pdf", bool scanned = false,
        IReadOnlyList<IReadOnlyList<string>>? sheetHeaders = null, string? title = null) => new()
    {
        Url = Url(path),
        FinalUrl = Url(path),
        Status = 200,
        Outcome = FetchOutcome.Ok,
        Kind = ResourceKind.Document,
        ContentType = type == "pdf" ? "application/pdf" : "application/octet-stream",
        Title = title,
        Text = text,
        Document = new DocumentFacts(type, 1000 + text.Length, 1, true, !scanned && text.Length > 0, scanned, null, sheetHeaders ?? []),
    };

    /// <summary>A URL that answered with an error status.</summary>
    public static PageSnapshot Error(string path, int status) => new()
    {
        Url = Url(path),
        FinalUrl = Url(path),
        Status = status,
        Outcome = FetchOutcome.HttpError,
        Kind = ResourceKind.None,
    };

    /// <summary>A link with optional row/list context and section labels.</summary>
    public static LinkRef Link(string pathOrUrl, string text, string? context = null, params string[] sections) =>
        new(Url(pathOrUrl), text, context, sections, "a");

    /// <summary>An absolute URL on the test site (absolute URLs are kept).</summary>
    public static string Url(string pathOrUrl) =>
        pathOrUrl.StartsWith("http", StringComparison.Ordinal) ? pathOrUrl : Site + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);
}
