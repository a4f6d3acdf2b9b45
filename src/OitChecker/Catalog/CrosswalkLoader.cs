using System.Globalization;
using System.Text.RegularExpressions;
using OitChecker.Configuration;
using OitChecker.Text;
using YamlDotNet.RepresentationModel;

namespace OitChecker.Catalog;

/// <summary>
/// Loads and validates the crosswalk file (<c>config/oit/crosswalk.yaml</c>) against the loaded catalogs.
/// Strict like the catalog loader: unknown keys, unknown years, codes that do not exist in that year's catalog,
/// duplicate concepts and duplicate codes are all reported at once, with file, line, column and what is valid.
/// See docs/catalog-format.md.
/// </summary>
public static partial class CrosswalkLoader
{
    /// <summary>Loads the crosswalk or throws <see cref="ConfigException"/> listing every problem.</summary>
    /// <param name="path">The crosswalk file.</param>
    /// <param name="catalogs">The loaded catalogs by assessment year; every code is checked against its year.</param>
    public static Crosswalk Load(string path, IReadOnlyDictionary<int, OitCatalog> catalogs)
    {
        var file = YamlFile.Load(path);
        var crosswalk = Read(file, Path.GetFullPath(path), catalogs);
        file.ThrowIfErrors();
        return crosswalk!;
    }

    /// <summary>Validates a crosswalk file and returns its problems (empty when valid).</summary>
    public static IReadOnlyList<ConfigError> Validate(string path, IReadOnlyDictionary<int, OitCatalog> catalogs)
    {
        var file = YamlFile.Load(path);
        _ = Read(file, Path.GetFullPath(path), catalogs);
        return file.Errors;
    }

    /// <summary>Reads a parsed file; problems are recorded on <paramref name="file"/>.</summary>
    public static Crosswalk? Read(YamlFile file, string sourcePath, IReadOnlyDictionary<int, OitCatalog> catalogs)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(catalogs);
        if (file.Root is null)
        {
            return null;
        }

        var root = file.RootMap();
        var title = root.Text("title", required: true) ?? string.Empty;
        var note = root.Text("note");
        var concepts = new List<CrosswalkConcept>();
        foreach (var m in root.Maps("concepts", required: true))
        {
            var concept = ReadConcept(m, catalogs, concepts);
            if (concept is not null)
            {
                concepts.Add(concept);
            }
        }

        if (concepts.Count == 0 && root.Has("concepts") && file.Errors.Count == 0)
        {
            root.Error("concepts", "the crosswalk needs at least one concept");
        }

        root.RejectUnknownKeys();
        return new Crosswalk(sourcePath, title, note, concepts);
    }

    private static CrosswalkConcept? ReadConcept(YamlMap m, IReadOnlyDictionary<int, OitCatalog> catalogs, List<CrosswalkConcept> previous)
    {
        var id = m.Text("id", required: true) ?? string.Empty;
        if (id.Length > 0 && !IdRegex().IsMatch(id))
        {
            m.Error("id", $"'{id}' is not a valid concept id; use lower-case letters, digits and '-' (e.g. monthly-procurement)");
        }
        else if (previous.FirstOrDefault(c => c.Id == id) is { } first)
        {
            m.Error("id", $"duplicate concept id '{id}' (first defined on line {first.Line})");
        }

        var title = m.Text("title", required: true) ?? string.Empty;
        var titleEn = m.Text("titleEn") ?? string.Empty;
        var codes = ReadCodes(m, catalogs);
        var note = m.Text("note");
        m.RejectUnknownKeys();
        return new CrosswalkConcept(id, title, titleEn, codes, note, checked((int)m.Node.Start.Line));
    }

    private static Dictionary<int, IReadOnlyList<string>> ReadCodes(YamlMap concept, IReadOnlyDictionary<int, OitCatalog> catalogs)
    {
        var result = new Dictionary<int, IReadOnlyList<string>>();
        var map = concept.Map("codes", required: true);
        if (map is null)
        {
            return result;
        }

        if (map.Node.Children.Count == 0)
        {
            concept.Error("codes", $"a concept needs the codes of at least one year, e.g. {{ {FirstYear(catalogs)}: [O1] }}");
            return result;
        }

        foreach (var (keyNode, valueNode) in map.Node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            _ = map.Get(key);
            var year = ReadYear(map, keyNode, key, catalogs);
            if (year is null)
            {
                continue;
            }

            if (result.ContainsKey(year.Value))
            {
                map.ErrorAt(keyNode, map.KeyPath(key), $"year {year} is given twice in this concept");
                continue;
            }

            result[year.Value] = ReadYearCodes(map, map.KeyPath(key), valueNode, catalogs[year.Value]);
        }

        return result;
    }

    private static int? ReadYear(YamlMap map, YamlNode keyNode, string key, IReadOnlyDictionary<int, OitCatalog> catalogs)
    {
        var valid = string.Join(", ", catalogs.Keys.Order());
        if (!ThaiDigits.TryParseInt(key, out var year))
        {
            map.ErrorAt(keyNode, map.KeyPath(key), $"expected an assessment year (Buddhist Era) such as {FirstYear(catalogs)}, found '{key}'; valid: {valid}");
            return null;
        }

        if (BuddhistEra.IsPlausibleCe(year))
        {
            map.ErrorAt(keyNode, map.KeyPath(key), $"{year} is not a Buddhist-Era year (it looks like CE); write {BuddhistEra.ToBe(year)}");
            return null;
        }

        if (!catalogs.ContainsKey(year))
        {
            map.ErrorAt(keyNode, map.KeyPath(key), $"no catalog for assessment year {year}; valid: {valid}");
            return null;
        }

        return year;
    }

    private static List<string> ReadYearCodes(YamlMap map, string keyPath, YamlNode value, OitCatalog catalog)
    {
        IEnumerable<(YamlNode Node, string Path)> entries = value switch
        {
            YamlSequenceNode seq => seq.Children.Select((n, i) => (n, $"{keyPath}[{i}]")),
            YamlScalarNode { Value: { Length: > 0 } } => [(value, keyPath)],
            _ => [],
        };
        if (value is not YamlSequenceNode and not YamlScalarNode { Value: { Length: > 0 } })
        {
            map.ErrorAt(value, keyPath, $"expected a list of item codes such as [O1, O2] (or [] when the concept does not exist in {catalog.Year}), found {YamlFile.Describe(value)}");
            return [];
        }

        var codes = new List<string>();
        foreach (var (node, path) in entries)
        {
            var text = (node as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            if (node is not YamlScalarNode || text.Length == 0)
            {
                map.ErrorAt(node, path, $"expected an item code such as O1, found {YamlFile.Describe(node)}");
                continue;
            }

            var item = catalog.Find(text);
            if (item is null)
            {
                var known = catalog.Items.Select(i => i.Code).ToList();
                map.ErrorAt(node, path, $"unknown item '{text}' for assessment year {catalog.Year}{YamlMap.Suggest(text, known)}; valid: {DescribeCodes(known)}");
                continue;
            }

            if (codes.Contains(item.Code, StringComparer.Ordinal))
            {
                map.ErrorAt(node, path, $"item {item.Code} is listed twice for {catalog.Year}");
                continue;
            }

            codes.Add(item.Code);
        }

        return codes;
    }

    /// <summary>"O1–O4, O6, O8–O24": a catalog's codes as ranges, so gaps are visible in messages.</summary>
    internal static string DescribeCodes(IEnumerable<string> codes)
    {
        var numbers = codes.Select(Crosswalk.CodeNumber).Where(n => n != int.MaxValue).Distinct().Order().ToList();
        var parts = new List<string>();
        var i = 0;
        while (i < numbers.Count)
        {
            var j = i;
            while (j + 1 < numbers.Count && numbers[j + 1] == numbers[j] + 1)
            {
                j++;
            }

            parts.Add(j == i
                ? string.Create(CultureInfo.InvariantCulture, $"O{numbers[i]}")
                : string.Create(CultureInfo.InvariantCulture, $"O{numbers[i]}–O{numbers[j]}"));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    private static string FirstYear(IReadOnlyDictionary<int, OitCatalog> catalogs) =>
        catalogs.Count == 0 ? "2565" : catalogs.Keys.Min().ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdRegex();
}
