using OitChecker.Configuration;

namespace OitChecker.Catalog;

/// <summary>Reads the <c>elements:</c> list of a catalog item; each kind has its own keys.</summary>
internal static class ElementReader
{
    private static readonly Dictionary<string, ElementKind> Kinds = new()
    {
        ["reachable"] = ElementKind.Reachable,
        ["period"] = ElementKind.Period,
        ["phrases"] = ElementKind.Phrases,
        ["tableFields"] = ElementKind.TableFields,
        ["documents"] = ElementKind.Documents,
        ["bothSides"] = ElementKind.BothSides,
        ["interactive"] = ElementKind.Interactive,
        ["manualReview"] = ElementKind.ManualReview,
        ["images"] = ElementKind.Images,
    };

    private static readonly Dictionary<string, PeriodScope> Scopes = new()
    {
        ["current"] = PeriodScope.Current,
        ["previous"] = PeriodScope.Previous,
        ["covering"] = PeriodScope.Covering,
    };

    private static readonly Dictionary<string, DocumentType> DocTypes = new()
    {
        ["pdf"] = DocumentType.Pdf,
        ["doc"] = DocumentType.Doc,
        ["docx"] = DocumentType.Docx,
        ["xls"] = DocumentType.Xls,
        ["xlsx"] = DocumentType.Xlsx,
        ["csv"] = DocumentType.Csv,
    };

    private static readonly Dictionary<string, ScannedPolicy> Scanned = new()
    {
        ["manualReview"] = ScannedPolicy.ManualReview,
        ["fail"] = ScannedPolicy.Fail,
        ["accept"] = ScannedPolicy.Accept,
    };

    public static IReadOnlyList<ElementSpec> ReadElements(YamlMap item)
    {
        var list = new List<ElementSpec>();
        var maps = item.Maps("elements", required: true);
        if (maps.Count == 0 && item.Has("elements"))
        {
            item.Error("elements", "an item needs at least one element (e.g. - kind: reachable)");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in maps)
        {
            var kind = m.Choice("kind", Kinds, required: true);
            var id = m.Text("id") ?? $"{KindName(kind)}{(list.Any(e => e.Kind == kind) ? list.Count(e => e.Kind == kind) + 1 : string.Empty)}";
            if (!ids.Add(id))
            {
                m.Error("id", $"duplicate element id '{id}' in this item; give each element of the same kind its own id");
            }

            var th = m.Text("description");
            var en = m.Text("descriptionEn");
            ElementSpec? spec = kind switch
            {
                ElementKind.Reachable => new ReachableElement(id, th, en, m.Flag("allowExtraHosts") ?? true),
                ElementKind.Period => ReadPeriod(m, id, th, en),
                ElementKind.Phrases => ReadPhrases(m, id, th, en),
                ElementKind.TableFields => ReadTableFields(m, id, th, en),
                ElementKind.Documents => ReadDocuments(m, id, th, en),
                ElementKind.BothSides => new BothSidesElement(id, th, en, Alts(m, "political", true), Alts(m, "permanent", true)),
                ElementKind.Interactive => new InteractiveElement(id, th, en, m.Flag("form") ?? true, m.Strings("channels")),
                ElementKind.Images => new ImagesElement(id, th, en, m.Number("min", 1, 100) ?? 1),
                ElementKind.ManualReview => new ManualReviewElement(id, m.Text("what", required: true) ?? string.Empty, m.Text("whatEn", required: true) ?? string.Empty),
                _ => null,
            };

            if (kind is null)
            {
                // keys of an unknown kind cannot be judged; only the kind error is reported
                continue;
            }

            m.RejectUnknownKeys();
            if (spec is not null)
            {
                list.Add(spec);
            }
        }

        return list;
    }

    private static string KindName(ElementKind? kind) =>
        kind is null ? "element" : Kinds.First(k => k.Value == kind).Key;

    private static PeriodElement ReadPeriod(YamlMap m, string id, string? th, string? en)
    {
        var scope = m.Choice("fiscalYear", Scopes, required: true) ?? PeriodScope.Current;
        var months = m.Ints("months", 1, 12, " (months are 1–12; October is 10)");
        if (months.Distinct().Count() != months.Count)
        {
            m.Error("months", "a month is listed twice");
        }

        var none = m.Strings("noneStatements");
        if (none.Count > 0 && months.Count == 0)
        {
            m.Error("noneStatements", "noneStatements only apply to a monthly series; add months: [10, 11, 12, 1, 2, 3]");
        }

        return new PeriodElement(id, th, en, scope, months, none);
    }

    private static PhrasesElement ReadPhrases(YamlMap m, string id, string? th, string? en)
    {
        var all = Alts(m, "all", true);
        var min = m.Number("min", 1, Math.Max(1, all.Count), hint: $" (there are {all.Count} phrases)");
        return new PhrasesElement(id, th, en, all, min);
    }

    private static TableFieldsElement ReadTableFields(YamlMap m, string id, string? th, string? en)
    {
        var fields = Alts(m, "fields", true);
        var min = m.Number("min", 1, Math.Max(1, fields.Count), hint: $" (there are {fields.Count} fields)");
        return new TableFieldsElement(id, th, en, fields, min);
    }

    private static DocumentsElement ReadDocuments(YamlMap m, string id, string? th, string? en)
    {
        var min = m.Number("min", 1, 100) ?? 1;
        var typeNode = m.Get("types");
        var types = new List<DocumentType>();
        foreach (var t in m.Strings("types"))
        {
            if (DocTypes.TryGetValue(t.Trim().ToLowerInvariant(), out var dt))
            {
                types.Add(dt);
            }
            else
            {
                m.Error("types", $"unknown document type '{t}'{YamlMap.Suggest(t, DocTypes.Keys)}; valid: {string.Join(", ", DocTypes.Keys)}");
            }
        }

        if (typeNode is null)
        {
            types.AddRange([DocumentType.Pdf, DocumentType.Doc, DocumentType.Docx, DocumentType.Xls, DocumentType.Xlsx, DocumentType.Csv]);
        }

        return new DocumentsElement(id, th, en, min, types, m.Flag("mustOpen") ?? true, m.Flag("mustHoldText") ?? true,
            m.Choice("scanned", Scanned) ?? ScannedPolicy.ManualReview);
    }

    private static List<Alternatives> Alts(YamlMap m, string key, bool required) =>
        m.Strings(key, required).Select(Alternatives.Parse).Where(a => a.Options.Count > 0).ToList();
}
