namespace OitChecker.Catalog;

/// <summary>
/// One required OIT item: what the assessor looks for, where a checker may find it, which elements must
/// all be present for a score of 100, who is responsible and how to fix a gap.
/// </summary>
public sealed record CatalogItem(
    string Code,
    string TitleTh,
    string TitleEn,
    string Indicator,
    string SubIndicator,
    string Division,
    Confidence Confidence,
    string? Source,
    FindSpec Find,
    IReadOnlyList<ElementSpec> Elements,
    string FixHintTh,
    string? FixHintEn,
    string? Note,
    int Line);

/// <summary>
/// How to find an item's evidence on a site: terms for link text, headings and titles (Thai and English,
/// compared through the matching fold), URL patterns, and terms that rule a candidate out.
/// The item's code is always looked for on ITA/OIT index pages as well.
/// </summary>
public sealed record FindSpec(
    IReadOnlyList<string> Terms,
    IReadOnlyList<string> UrlPatterns,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string> DocumentTerms);
