namespace OitChecker.Catalog;

/// <summary>The kinds of element a catalog may require; the rule engine implements one rule per kind.</summary>
public enum ElementKind
{
    /// <summary>The evidence URL answers 200 with real content, on the main site (or an allowed host), without login.</summary>
    Reachable,

    /// <summary>The evidence is for the right period: current or previous fiscal year, a multi-year span, or each month of a series.</summary>
    Period,

    /// <summary>Required phrases appear in the evidence text (each entry may list alternatives).</summary>
    Phrases,

    /// <summary>Required table fields (column headers) appear in an HTML table, an XLSX header row or a document.</summary>
    TableFields,

    /// <summary>Documents are attached: minimum count, file types, they open and hold text.</summary>
    Documents,

    /// <summary>Both the political and the permanent side are shown (local government structure and executives).</summary>
    BothSides,

    /// <summary>A working two-way channel: a form, a web board, or a chat / LINE / Messenger link.</summary>
    Interactive,

    /// <summary>What a machine cannot judge (a signature, an approval); never passed silently.</summary>
    ManualReview,

    /// <summary>Content images are shown: executives' photos, an organisation chart (logos and icons do not count).</summary>
    Images,
}

/// <summary>One required element of an item. <see cref="Id"/> is unique within the item.</summary>
public abstract record ElementSpec(string Id, string? DescriptionTh, string? DescriptionEn)
{
    public abstract ElementKind Kind { get; }
}

/// <summary>Reachable on the main site. <paramref name="AllowExtraHosts"/> admits the site's configured extra hosts (e-service, e-GP).</summary>
public sealed record ReachableElement(string Id, string? DescriptionTh, string? DescriptionEn, bool AllowExtraHosts)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.Reachable;
}

/// <summary>Which fiscal year the evidence must be about.</summary>
public enum PeriodScope
{
    /// <summary>The assessed fiscal year (plans, current data).</summary>
    Current,

    /// <summary>The fiscal year before the assessed one (annual reports).</summary>
    Previous,

    /// <summary>A span of years that includes the assessed year (multi-year development plans).</summary>
    Covering,
}

/// <summary>
/// The right period. With <paramref name="Months"/> set, each listed month of the fiscal year must be
/// present, or explicitly declared empty with one of <paramref name="NoneStatements"/> ("ไม่มีการจัดซื้อจัดจ้าง").
/// </summary>
public sealed record PeriodElement(
    string Id,
    string? DescriptionTh,
    string? DescriptionEn,
    PeriodScope Scope,
    IReadOnlyList<int> Months,
    IReadOnlyList<string> NoneStatements)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.Period;
}

/// <summary>
/// Required phrases. Each entry of <paramref name="All"/> is a set of alternatives ("โทรศัพท์|โทร.|Tel");
/// at least <paramref name="Min"/> entries must be found (all of them when null).
/// </summary>
public sealed record PhrasesElement(string Id, string? DescriptionTh, string? DescriptionEn, IReadOnlyList<Alternatives> All, int? Min)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.Phrases;
}

/// <summary>Required table fields, as alternatives per field; at least <paramref name="Min"/> (all when null).</summary>
public sealed record TableFieldsElement(string Id, string? DescriptionTh, string? DescriptionEn, IReadOnlyList<Alternatives> Fields, int? Min)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.TableFields;
}

/// <summary>Document file types the catalog can require.</summary>
public enum DocumentType
{
    Pdf,
    Doc,
    Docx,
    Xls,
    Xlsx,
    Csv,
}

/// <summary>What to do when the only evidence is a scanned PDF (no text layer).</summary>
public enum ScannedPolicy
{
    /// <summary>Send the item to manual review (a human reads the scan).</summary>
    ManualReview,

    /// <summary>Fail the item (a text-readable or open format is required).</summary>
    Fail,

    /// <summary>Accept scans.</summary>
    Accept,
}

/// <summary>Documents: at least <paramref name="Min"/> of the given types, that open and (optionally) hold text.</summary>
public sealed record DocumentsElement(
    string Id,
    string? DescriptionTh,
    string? DescriptionEn,
    int Min,
    IReadOnlyList<DocumentType> Types,
    bool MustOpen,
    bool MustHoldText,
    ScannedPolicy Scanned)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.Documents;
}

/// <summary>Both sides of a local government: political terms (นายก, รองนายก) and permanent terms (ปลัด, ผู้อำนวยการกอง).</summary>
public sealed record BothSidesElement(string Id, string? DescriptionTh, string? DescriptionEn, IReadOnlyList<Alternatives> Political, IReadOnlyList<Alternatives> Permanent)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.BothSides;
}

/// <summary>A working channel: an HTML form with input, or a link to one of <paramref name="Channels"/> (host or URL fragments).</summary>
public sealed record InteractiveElement(string Id, string? DescriptionTh, string? DescriptionEn, bool AcceptForm, IReadOnlyList<string> Channels)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.Interactive;
}

/// <summary>A check for a human; the item can at best be "manual-review" while this element stands.</summary>
public sealed record ManualReviewElement(string Id, string DescriptionTh, string DescriptionEn)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.ManualReview;
}

/// <summary>At least <paramref name="Min"/> content images (photos, charts) on the evidence page.</summary>
public sealed record ImagesElement(string Id, string? DescriptionTh, string? DescriptionEn, int Min)
    : ElementSpec(Id, DescriptionTh, DescriptionEn)
{
    public override ElementKind Kind => ElementKind.Images;
}

/// <summary>One required thing written with alternatives: "โทรศัพท์|โทร.|Tel".</summary>
public sealed record Alternatives(IReadOnlyList<string> Options)
{
    /// <summary>Parses the "a|b|c" form.</summary>
    public static Alternatives Parse(string text) =>
        new((text ?? string.Empty).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first option, for display.</summary>
    public string Label => Options.Count > 0 ? Options[0] : string.Empty;

    public override string ToString() => string.Join("|", Options);
}
