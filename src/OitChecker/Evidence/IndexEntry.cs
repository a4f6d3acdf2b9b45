namespace OitChecker.Evidence;

/// <summary>
/// One line of an ITA/OIT index page: an item code, the URL it links to, the link text, and the assessment
/// year the line belongs to (from its tab, accordion or heading; null when the page does not say).
/// <see cref="LinksNowhere"/> is true for "#" links and links back to the index page itself.
/// </summary>
public sealed record IndexEntry(string Code, string TargetUrl, string IndexPage, string LinkText, int? Year, bool LinksNowhere);
