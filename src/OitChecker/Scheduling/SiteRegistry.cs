using System.Diagnostics.CodeAnalysis;
using OitChecker.Configuration;
using OitChecker.Sites;

namespace OitChecker.Scheduling;

/// <summary>
/// Every site the scheduler serves, loaded and validated once at start-up: a broken site file or catalog stops
/// <c>serve</c> with every problem (file:line:column) before anything is scheduled, never at 04:30.
/// </summary>
public sealed class SiteRegistry
{
    private readonly Dictionary<string, ScheduledSite> _sites;

    public SiteRegistry(IEnumerable<ScheduledSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        _sites = sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The sites, ordered by id.</summary>
    public IReadOnlyList<ScheduledSite> Sites => _sites.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    public bool TryGet(string siteId, [NotNullWhen(true)] out ScheduledSite? site) => _sites.TryGetValue(siteId, out site);

    /// <summary>
    /// The site files to serve: every <c>*.yaml</c>/<c>*.yml</c> directly in <paramref name="directory"/>, plus
    /// <paramref name="files"/>, in a stable order.
    /// </summary>
    /// <exception cref="ConfigException">The folder or a file does not exist, or there is no site file at all.</exception>
    public static IReadOnlyList<string> Discover(string? directory, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var found = new List<string>();
        if (directory is not null)
        {
            if (!Directory.Exists(directory))
            {
                throw new ConfigException($"{directory}: no such folder (--sites expects a folder of site files such as config/sites)");
            }

            found.AddRange(Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal));
        }

        foreach (var f in files)
        {
            if (!File.Exists(f))
            {
                throw new ConfigException($"{f}: no such site file");
            }

            found.Add(f);
        }

        var distinct = found.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            throw new ConfigException($"{directory ?? "."}: no site files (*.yaml) to serve");
        }

        return distinct;
    }

    /// <summary>Loads and validates every file; throws one <see cref="ConfigException"/> listing every problem of every file.</summary>
    public static SiteRegistry Load(IReadOnlyList<string> siteFiles)
    {
        ArgumentNullException.ThrowIfNull(siteFiles);
        var errors = new List<ConfigError>();
        var sites = new List<ScheduledSite>();
        foreach (var file in siteFiles)
        {
            var problems = SiteConfigLoader.Validate(file);
            if (problems.Count > 0)
            {
                errors.AddRange(problems);
                continue;
            }

            var (site, catalog) = SiteConfigLoader.Load(file);
            sites.Add(new ScheduledSite(site, catalog));
        }

        foreach (var dup in sites.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = dup.First().Site.SourcePath;
            foreach (var other in dup.Skip(1))
            {
                var (line, column) = LocateId(other.Site.SourcePath);
                errors.Add(new ConfigError(other.Site.SourcePath, line, column, "id",
                    $"site id '{dup.Key}' is already used by {first}; every site needs its own id (it names the jobs, reports and history)"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        return new SiteRegistry(sites);
    }

    private static (int Line, int Column) LocateId(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("id:", StringComparison.Ordinal))
            {
                var value = lines[i].IndexOf(lines[i][3..].TrimStart(), 3, StringComparison.Ordinal);
                return (i + 1, value + 1);
            }
        }

        return (1, 1);
    }
}
