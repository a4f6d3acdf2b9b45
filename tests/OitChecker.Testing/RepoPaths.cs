namespace OitChecker.Testing;

/// <summary>
/// Paths tests need: the repository root (found by walking up to OitChecker.sln), its config and samples,
/// and ../shared beside it (real-site material, read in place, never copied).
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>config/ in the repository.</summary>
    public static string Config => Path.Combine(Root, "config");

    /// <summary>config/oit/&lt;year&gt;.yaml.</summary>
    public static string Catalog(int year) => Path.Combine(Config, "oit", $"{year}.yaml");

    /// <summary>samples/ in the repository.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>../shared/realsites/&lt;name&gt;.</summary>
    public static string RealSite(string name) => Path.Combine(Shared, "realsites", name);

    /// <summary>A fresh empty folder under the test's work directory, removed by the OS temp cleaner at worst.</summary>
    public static string NewTempDirectory(string prefix = "oit")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OitChecker.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("OitChecker.sln not found above " + AppContext.BaseDirectory);
    }
}
