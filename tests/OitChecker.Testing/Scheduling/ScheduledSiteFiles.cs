using System.Globalization;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Testing.Scheduling;

/// <summary>
/// Writes site files for scheduler tests into <c>&lt;root&gt;/sites/</c>, with the mini catalog at
/// <c>&lt;root&gt;/oit/2565.yaml</c> where the catalog locator finds it (and where <c>serve --sites</c> does not
/// mistake it for a site file).
/// </summary>
public static class ScheduledSiteFiles
{
    public static string SitesDirectory(string root) => Path.Combine(root, "sites");

    /// <summary>Writes the catalog (once) and one site file; returns the site file's path.</summary>
    public static string Write(string root, TestSiteSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var oit = Path.Combine(root, "oit");
        Directory.CreateDirectory(oit);
        var catalog = Path.Combine(oit, "2565.yaml");
        if (!File.Exists(catalog))
        {
            File.WriteAllText(catalog, MiniCatalog.CatalogYaml);
        }

        var sites = SitesDirectory(root);
        Directory.CreateDirectory(sites);
        var path = Path.Combine(sites, spec.Id + ".yaml");
        File.WriteAllText(path, Yaml(spec));
        return path;
    }

    private static string Yaml(TestSiteSpec s)
    {
        var items = s.PinnedPath is null ? string.Empty : $"""
            items:
              O23: {"{"} division: finance, url: "{new Uri(s.MainUrl, s.PinnedPath)}" {"}"}
            """;
        var inv = CultureInfo.InvariantCulture;
        return $"""
            id: {s.Id}
            name: เทศบาลทดสอบ {s.Id}
            mainUrl: {s.MainUrl}
            year: 2565
            divisions:
              - {"{"} slug: palad, name: สำนักปลัดเทศบาล, emails: [palad@{s.Id}.go.th] {"}"}
              - {"{"} slug: finance, name: กองคลัง, emails: [finance@{s.Id}.go.th] {"}"}
            {items}
            crawl:
              maxPages: {s.MaxPages.ToString(inv)}
              delay: {s.Delay}
            schedule:
              cron: "{s.Cron}"
              timeZone: {s.TimeZone}
              enabled: {(s.ScheduleEnabled ? "true" : "false")}
            watch:
              enabled: {(s.WatchEnabled ? "true" : "false")}
              every: {s.WatchEvery}
              fromMonth: {s.FromMonth.ToString(inv)}
              toMonth: {s.ToMonth.ToString(inv)}
              outageAfter: {s.OutageAfter.ToString(inv)}
            mail:
              delivery: none
              admin: [it@{s.Id}.go.th]
            reports:
              directory: {s.ReportsDirectory}

            """;
    }
}
