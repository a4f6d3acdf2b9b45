using OitChecker.Catalog;
using OitChecker.Testing;

namespace OitChecker.Tests.Catalog;

/// <summary>The catalogs and crosswalk shipped in config/oit, loaded once per test run.</summary>
internal static class ShippedCatalogs
{
    private static readonly Lazy<IReadOnlyDictionary<int, OitCatalog>> AllLazy = new(LoadAll);

    /// <summary>Every shipped catalog by assessment year.</summary>
    public static IReadOnlyDictionary<int, OitCatalog> All => AllLazy.Value;

    /// <summary>config/oit/crosswalk.yaml.</summary>
    public static string CrosswalkPath => Path.Combine(RepoPaths.Config, "oit", "crosswalk.yaml");

    /// <summary>The catalog files (config/oit/&lt;year&gt;.yaml), in year order.</summary>
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Config, "oit"), "*.yaml")
            .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f), out _))
            .Order(StringComparer.Ordinal);

    /// <summary>One shipped catalog.</summary>
    public static OitCatalog Year(int year) => All[year];

    private static Dictionary<int, OitCatalog> LoadAll() =>
        Files().Select(CatalogLoader.Load).ToDictionary(c => c.Year);
}
