using OitChecker.Text;

namespace OitChecker.Catalog;

/// <summary>
/// The required OIT items of one assessment year, as loaded from <c>config/oit/&lt;year&gt;.yaml</c>.
/// Codes belong to their year: NACC renumbers items almost every year, so an O-code is only
/// meaningful together with <see cref="Year"/>.
/// </summary>
public sealed record OitCatalog(
    string SourcePath,
    int Year,
    string TitleTh,
    string OrganisationType,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<CatalogDivision> Divisions,
    IReadOnlyList<CatalogItem> Items,
    string? Note)
{
    /// <summary>The assessed fiscal year (FY = the assessment year).</summary>
    public FiscalYear FiscalYear => new(Year);

    /// <summary>All sub-indicators, in indicator order.</summary>
    public IEnumerable<SubIndicator> SubIndicators => Indicators.SelectMany(i => i.SubIndicators);

    /// <summary>An item by its code (case-insensitive), or null.</summary>
    public CatalogItem? Find(string code) =>
        Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>A sub-indicator by code, or null.</summary>
    public SubIndicator? FindSubIndicator(string code) => SubIndicators.FirstOrDefault(s => s.Code == code);

    /// <summary>Items of one sub-indicator.</summary>
    public IEnumerable<CatalogItem> ItemsOf(SubIndicator sub) => Items.Where(i => i.SubIndicator == sub.Code);

    /// <summary>The catalog's default division for a slug, or null.</summary>
    public CatalogDivision? FindDivision(string slug) => Divisions.FirstOrDefault(d => d.Slug == slug);
}

/// <summary>An OIT indicator (ตัวชี้วัด): 9 การเปิดเผยข้อมูล, 10 การป้องกันการทุจริต.</summary>
public sealed record Indicator(string Code, string TitleTh, string TitleEn, IReadOnlyList<SubIndicator> SubIndicators);

/// <summary>A sub-indicator (ตัวชี้วัดย่อย), e.g. 9.3 การบริหารเงินงบประมาณ. Its score is the share of its items that pass.</summary>
public sealed record SubIndicator(string Code, string IndicatorCode, string TitleTh, string TitleEn);

/// <summary>A default responsible division named by the catalog; a site file may rename or re-map them.</summary>
public sealed record CatalogDivision(string Slug, string NameTh, string NameEn);

/// <summary>How sure the reference is about an item's wording and elements.</summary>
public enum Confidence
{
    /// <summary>Title and elements read from a source of that year.</summary>
    Verified,

    /// <summary>Title verified; elements carried over from another year's wording of the same item.</summary>
    Derived,

    /// <summary>Elements are common practice or inference, not verified against the official manual. Reports show this.</summary>
    Unverified,
}
