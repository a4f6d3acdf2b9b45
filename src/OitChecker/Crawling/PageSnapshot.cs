using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>What kind of resource a fetched URL turned out to be (by content, not by its name).</summary>
public enum ResourceKind
{
    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A document: PDF, Word, Excel, CSV.</summary>
    Document,

    /// <summary>An image, archive or anything else that is not read.</summary>
    Other,

    /// <summary>A link outside the site, checked (HEAD, small GET) but not crawled.</summary>
    External,

    /// <summary>Nothing usable came back (network error, timeout, error status).</summary>
    None,
}

/// <summary>How the fetch of a URL ended.</summary>
public enum FetchOutcome
{
    /// <summary>2xx with content.</summary>
    Ok,

    /// <summary>304 on a conditional request: content reused from the previous run.</summary>
    NotModified,

    /// <summary>A 4xx/5xx status after retries.</summary>
    HttpError,

    /// <summary>DNS, connection refused/reset, TLS handshake failure.</summary>
    NetworkError,

    /// <summary>No answer within the timeout.</summary>
    Timeout,

    /// <summary>Redirect loop or too many redirects.</summary>
    RedirectLoop,

    /// <summary>robots.txt forbids the URL (not fetched).</summary>
    RobotsDisallowed,

    /// <summary>Blocked by a firewall/challenge page (Cloudflare, WAF); the result is unknown, not broken.</summary>
    Blocked,

    /// <summary>Not fetched: private/loopback address reached through an external link, or a non-http scheme.</summary>
    Refused,
}

/// <summary>One hop of a redirect chain.</summary>
public sealed record RedirectHop(string Url, int Status);

/// <summary>
/// A link found on a page, with the words around it: the anchor text, the table row or list item that
/// holds it (<see cref="Context"/>), and the labels of the sections it sits in, outermost first
/// (<see cref="Sections"/>: headings, tab labels such as "ITA 2565", accordion titles).
/// </summary>
public sealed record LinkRef(string Url, string Text, string? Context, IReadOnlyList<string> Sections, string Tag)
{
    /// <summary>The section labels joined, for matching and display.</summary>
    public string SectionPath => string.Join(" › ", Sections);
}

/// <summary>A table on a page: its header cells and (capped) body rows as cell texts.</summary>
public sealed record TableSnapshot(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>A form on a page: where it posts and what it asks for.</summary>
public sealed record FormSnapshot(string? Action, string Method, int InputCount, bool HasTextArea, bool HasPassword);

/// <summary>An image on a page (for "the structure chart is only an image" and photo checks).</summary>
public sealed record ImageRef(string Url, string? Alt, int? Width, int? Height);

/// <summary>What was learned from a document (PDF, DOC(X), XLS(X), CSV).</summary>
public sealed record DocumentFacts(
    string Type,
    long SizeBytes,
    int? PageCount,
    bool Opens,
    bool HasText,
    bool IsScanned,
    string? Error,
    IReadOnlyList<IReadOnlyList<string>> SheetHeaders);

/// <summary>A certificate defect found while the content was still read.</summary>
public sealed record TlsFinding(string Kind, string Detail);

/// <summary>Timings of a fetch, in milliseconds.</summary>
public sealed record FetchTimings(double TotalMs, double? FirstByteMs, int Attempts);

/// <summary>
/// Everything the later stages need to know about one fetched URL. Plain values only: nothing after the
/// crawl references AngleSharp, PdfPig or HTTP types. Text is cleaned (<see cref="ThaiFold.Clean"/>), not folded.
/// </summary>
public sealed record PageSnapshot
{
    /// <summary>The URL as requested (normalised).</summary>
    public required string Url { get; init; }

    /// <summary>The URL after redirects.</summary>
    public required string FinalUrl { get; init; }

    public IReadOnlyList<RedirectHop> RedirectChain { get; init; } = [];

    /// <summary>Final HTTP status, or 0 when no response arrived.</summary>
    public int Status { get; init; }

    public FetchOutcome Outcome { get; init; }

    /// <summary>Why the fetch failed or was refused, in English (null when fine).</summary>
    public string? Error { get; init; }

    public ResourceKind Kind { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The encoding the content was decoded with (e.g. windows-874), for HTML and text.</summary>
    public string? Encoding { get; init; }

    /// <summary>The link depth from the start URL (0 = start page, sitemap seeds = 1).</summary>
    public int Depth { get; init; }

    /// <summary>The first page that linked here (null for seeds).</summary>
    public string? FoundOn { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Headings { get; init; } = [];

    /// <summary>The visible text (HTML) or extracted text (documents), cleaned, capped at 200,000 characters.</summary>
    public string Text { get; init; } = string.Empty;

    public IReadOnlyList<LinkRef> Links { get; init; } = [];

    public IReadOnlyList<TableSnapshot> Tables { get; init; } = [];

    public IReadOnlyList<FormSnapshot> Forms { get; init; } = [];

    public IReadOnlyList<ImageRef> Images { get; init; } = [];

    /// <summary>
    /// Dates found in the title, headings and text (documents: in the text), found when asked: the crawl does
    /// not spend time on them (about a third of a page's processing) and the page store does not keep them;
    /// the rules find the dates of the few pages they judge. Each call reads the text again.
    /// </summary>
    public IReadOnlyList<FoundDate> Dates => ThaiDateFinder.Find(Kind == ResourceKind.Html
        ? string.Concat(Title, "\n", string.Join('\n', Headings), "\n", Text)
        : Text);

    public DocumentFacts? Document { get; init; }

    /// <summary>The response claimed or was linked as a document (e.g. ".pdf") but the content is something else.</summary>
    public bool DocumentMismatch { get; init; }

    /// <summary>A 200 page that is really "not found" (Thai/English phrases, CMS templates, same as a random URL).</summary>
    public bool IsSoft404 { get; init; }

    /// <summary>An HTML page that is only a shell filled in by scripts in the browser (see <see cref="HtmlPage.ScriptShell"/>).</summary>
    public bool ScriptShell { get; init; }

    /// <summary>The page asks for a login (401/403, a password form as main content, a login redirect).</summary>
    public bool RequiresLogin { get; init; }

    /// <summary>The body was cut at the configured byte limit.</summary>
    public bool Truncated { get; init; }

    public IReadOnlyList<TlsFinding> Tls { get; init; } = [];

    public FetchTimings? Timings { get; init; }

    public long Bytes { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>SHA-256 of the body (hex), for the evidence archive and change detection.</summary>
    public string? ContentHash { get; init; }

    /// <summary>When the fetch finished.</summary>
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>True for a usable 2xx/304 response that is not a soft 404 and not a login page.</summary>
    public bool IsUsable => Outcome is FetchOutcome.Ok or FetchOutcome.NotModified && !IsSoft404 && !RequiresLogin && !DocumentMismatch && Status is (>= 200 and < 300) or 304;
}
