namespace OitChecker.Crawling;

/// <summary>
/// What was read from one HTML page (plain values; AngleSharp stays inside <see cref="HtmlExtractor"/>).
/// <see cref="ScriptShell"/>: the page is an empty shell that scripts fill in the browser (a React/Vue/Angular
/// application root, or "enable JavaScript"), so its real content is invisible to an HTML reader.
/// </summary>
public sealed record HtmlPage(
    string? Title,
    IReadOnlyList<string> Headings,
    string Text,
    IReadOnlyList<LinkRef> Links,
    IReadOnlyList<TableSnapshot> Tables,
    IReadOnlyList<FormSnapshot> Forms,
    IReadOnlyList<ImageRef> Images,
    bool NoFollow,
    bool ScriptShell = false)
{
    /// <summary>The text of the first &lt;h1&gt;, when present (for soft-404 and login checks).</summary>
    public string? FirstHeading => Headings.Count > 0 ? Headings[0] : null;
}
