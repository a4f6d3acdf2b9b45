namespace OitChecker.Sites;

/// <summary>
/// Finds the catalog file of an assessment year. Search order: an explicit path (relative to the site file),
/// <c>&lt;site dir&gt;/../oit/&lt;year&gt;.yaml</c>, <c>./config/oit/&lt;year&gt;.yaml</c>, and the catalogs shipped
/// next to the executable (<c>&lt;app&gt;/config/oit/</c>).
/// </summary>
public static class CatalogLocator
{
    /// <summary>The folder of catalogs shipped with the program.</summary>
    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "config", "oit");

    /// <summary>The catalog path for a year, or null when none exists.</summary>
    public static string? Locate(int year, string? explicitPath, string? siteDirectory)
    {
        if (explicitPath is not null)
        {
            var p = Path.IsPathRooted(explicitPath) || siteDirectory is null ? explicitPath : Path.Combine(siteDirectory, explicitPath);
            return File.Exists(p) ? Path.GetFullPath(p) : null;
        }

        var candidates = new List<string>();
        if (siteDirectory is not null)
        {
            candidates.Add(Path.Combine(siteDirectory, "..", "oit", $"{year}.yaml"));
        }

        candidates.Add(Path.Combine("config", "oit", $"{year}.yaml"));
        candidates.Add(Path.Combine(ShippedDirectory, $"{year}.yaml"));
        return candidates.Where(File.Exists).Select(Path.GetFullPath).FirstOrDefault();
    }

    /// <summary>Years for which a catalog ships with the program (or sits in ./config/oit).</summary>
    public static IReadOnlyList<int> ShippedYears() =>
        new[] { ShippedDirectory, Path.Combine("config", "oit") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml"))
            .Select(f => int.TryParse(Path.GetFileNameWithoutExtension(f), out var y) ? y : 0)
            .Where(y => y > 0)
            .Distinct()
            .Order()
            .ToList();
}
