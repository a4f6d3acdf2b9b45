using System.Text.RegularExpressions;
using OitChecker.Configuration;
using OitChecker.Text;

namespace OitChecker.Catalog;

/// <summary>
/// Loads and validates an OIT catalog file (<c>config/oit/&lt;year&gt;.yaml</c>). Strict: unknown keys,
/// duplicate codes, unknown sub-indicators, divisions or element kinds, months outside 1–12 and non-BE years
/// are all reported at once with file, line, column and what would be valid. See docs/catalog-format.md.
/// </summary>
public static partial class CatalogLoader
{
    private static readonly Dictionary<string, Confidence> Confidences = new()
    {
        ["verified"] = Confidence.Verified,
        ["derived"] = Confidence.Derived,
        ["unverified"] = Confidence.Unverified,
    };

    /// <summary>Loads a catalog or throws <see cref="ConfigException"/> listing every problem.</summary>
    public static OitCatalog Load(string path)
    {
        var file = YamlFile.Load(path);
        var catalog = Read(file, Path.GetFullPath(path));
        file.ThrowIfErrors();
        return catalog!;
    }

    /// <summary>Validates a catalog and returns its problems (empty when valid).</summary>
    public static IReadOnlyList<ConfigError> Validate(string path)
    {
        var file = YamlFile.Load(path);
        _ = Read(file, Path.GetFullPath(path));
        return file.Errors;
    }

    /// <summary>Reads a parsed file; problems are recorded on <paramref name="file"/>.</summary>
    public static OitCatalog? Read(YamlFile file, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Root is null)
        {
            return null;
        }

        var root = file.RootMap();
        var year = ReadYear(root, "year");
        var title = root.Text("title", required: true) ?? string.Empty;
        var orgType = root.Text("organisationType") ?? "local-government";
        var note = root.Text("note");
        var indicators = ReadIndicators(root);
        var divisions = ReadDivisions(root);
        var items = ReadItems(root, indicators, divisions);
        root.RejectUnknownKeys();
        CheckSizes(indicators, items);

        return new OitCatalog(sourcePath, year ?? 0, title, orgType, indicators.Select(i => i.Indicator).ToList(), divisions, items, note);
    }

    /// <summary>Reads a BE year, explaining the CE mistake ("2025 looks like a CE year; write 2568").</summary>
    internal static int? ReadYear(YamlMap map, string key)
    {
        var node = map.Get(key);
        if (node is null)
        {
            map.Error(key, $"required key '{key}' is missing (expected a Buddhist-Era year such as 2568)");
            return null;
        }

        var text = (node as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? string.Empty;
        if (!ThaiDigits.TryParseInt(text, out var y))
        {
            map.Error(key, $"expected a Buddhist-Era year such as 2568, found '{text}'");
            return null;
        }

        if (BuddhistEra.IsPlausibleCe(y))
        {
            map.Error(key, $"{y} is not a Buddhist-Era year (it looks like CE); write {BuddhistEra.ToBe(y)}");
            return null;
        }

        if (!BuddhistEra.IsPlausibleBe(y))
        {
            map.Error(key, $"{y} is not a Buddhist-Era year; expected {BuddhistEra.MinPlausible}–{BuddhistEra.MaxPlausible}, e.g. 2568");
            return null;
        }

        return y;
    }

    private static List<(Indicator Indicator, Dictionary<string, (int? Size, YamlMap Map)> Sizes)> ReadIndicators(YamlMap root)
    {
        var result = new List<(Indicator, Dictionary<string, (int?, YamlMap)>)>();
        var seenSubs = new HashSet<string>(StringComparer.Ordinal);
        var seenInd = new HashSet<string>(StringComparer.Ordinal);
        foreach (var im in root.Maps("indicators", required: true))
        {
            var code = im.Text("code", required: true) ?? string.Empty;
            if (code.Length > 0 && !seenInd.Add(code))
            {
                im.Error("code", $"duplicate indicator code '{code}'");
            }

            var subs = new List<SubIndicator>();
            var sizes = new Dictionary<string, (int?, YamlMap)>();
            foreach (var sm in im.Maps("subIndicators", required: true))
            {
                var sc = sm.Text("code", required: true) ?? string.Empty;
                if (sc.Length > 0 && !sc.StartsWith(code + ".", StringComparison.Ordinal))
                {
                    sm.Error("code", $"sub-indicator '{sc}' must start with its indicator code '{code}.' (e.g. {code}.1)");
                }

                if (sc.Length > 0 && !seenSubs.Add(sc))
                {
                    sm.Error("code", $"duplicate sub-indicator code '{sc}'");
                }

                var size = sm.Number("size", 1, 100);
                subs.Add(new SubIndicator(sc, code, sm.Text("title", required: true) ?? string.Empty, sm.Text("titleEn") ?? string.Empty));
                sizes[sc] = (size, sm);
                sm.RejectUnknownKeys();
            }

            result.Add((new Indicator(code, im.Text("title", required: true) ?? string.Empty, im.Text("titleEn") ?? string.Empty, subs), sizes));
            im.RejectUnknownKeys();
        }

        return result;
    }

    private static List<CatalogDivision> ReadDivisions(YamlMap root)
    {
        var list = new List<CatalogDivision>();
        foreach (var dm in root.Maps("divisions", required: true))
        {
            var slug = dm.Text("slug", required: true) ?? string.Empty;
            if (slug.Length > 0 && !SlugRegex().IsMatch(slug))
            {
                dm.Error("slug", $"'{slug}' is not a valid slug; use lower-case letters, digits and '-' (e.g. finance)");
            }
            else if (list.Any(d => d.Slug == slug))
            {
                dm.Error("slug", $"duplicate division slug '{slug}'");
            }

            list.Add(new CatalogDivision(slug, dm.Text("name", required: true) ?? string.Empty, dm.Text("nameEn") ?? string.Empty));
            dm.RejectUnknownKeys();
        }

        return list;
    }

    private static List<CatalogItem> ReadItems(
        YamlMap root,
        List<(Indicator Indicator, Dictionary<string, (int? Size, YamlMap Map)> Sizes)> indicators,
        List<CatalogDivision> divisions)
    {
        var subs = indicators.SelectMany(i => i.Indicator.SubIndicators).ToDictionary(s => s.Code);
        var items = new List<CatalogItem>();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in root.Maps("items", required: true))
        {
            var code = m.Text("code", required: true) ?? string.Empty;
            if (code.Length > 0 && !CodeRegex().IsMatch(code))
            {
                m.Error("code", $"'{code}' is not an OIT item code; expected O followed by a number (e.g. O23)");
            }
            else if (code.Length > 0 && codes.TryGetValue(code, out var firstLine))
            {
                m.Error("code", $"duplicate item code '{code}' (first defined on line {firstLine})");
            }
            else if (code.Length > 0)
            {
                codes[code] = checked((int)m.Node.Start.Line);
            }

            var sub = m.Text("subIndicator", required: true) ?? string.Empty;
            if (sub.Length > 0 && !subs.ContainsKey(sub))
            {
                m.Error("subIndicator", $"unknown sub-indicator '{sub}'{YamlMap.Suggest(sub, subs.Keys)}; valid: {string.Join(", ", subs.Keys)}");
            }

            var division = m.Text("division", required: true) ?? string.Empty;
            if (division.Length > 0 && divisions.All(d => d.Slug != division))
            {
                m.Error("division", $"unknown division '{division}'{YamlMap.Suggest(division, divisions.Select(d => d.Slug))}; valid: {string.Join(", ", divisions.Select(d => d.Slug))}");
            }

            var item = new CatalogItem(
                code,
                m.Text("title", required: true) ?? string.Empty,
                m.Text("titleEn", required: true) ?? string.Empty,
                subs.TryGetValue(sub, out var s) ? s.IndicatorCode : string.Empty,
                sub,
                division,
                m.Choice("confidence", Confidences, required: true) ?? Confidence.Unverified,
                m.Text("source"),
                ReadFind(m),
                ElementReader.ReadElements(m),
                m.Text("fixHint", required: true) ?? string.Empty,
                m.Text("fixHintEn"),
                m.Text("note"),
                checked((int)m.Node.Start.Line));
            m.RejectUnknownKeys();
            items.Add(item);
        }

        return items;
    }

    private static FindSpec ReadFind(YamlMap item)
    {
        var f = item.Map("find", required: true);
        if (f is null)
        {
            return new FindSpec([], [], [], []);
        }

        var spec = new FindSpec(f.Strings("terms", required: true), f.Strings("urlPatterns"), f.Strings("exclude"), f.Strings("documentTerms"));
        f.RejectUnknownKeys();
        return spec;
    }

    private static void CheckSizes(
        List<(Indicator Indicator, Dictionary<string, (int? Size, YamlMap Map)> Sizes)> indicators,
        List<CatalogItem> items)
    {
        foreach (var (_, sizes) in indicators)
        {
            foreach (var (code, (size, map)) in sizes)
            {
                var count = items.Count(i => i.SubIndicator == code);
                if (size is not null && size != count)
                {
                    map.Error("size", $"sub-indicator {code} declares {size} item{(size == 1 ? string.Empty : "s")} but the catalog lists {count}");
                }
                else if (count == 0)
                {
                    map.Error("code", $"sub-indicator {code} has no items");
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugRegex();

    [GeneratedRegex("^O[1-9][0-9]*$")]
    private static partial Regex CodeRegex();
}
