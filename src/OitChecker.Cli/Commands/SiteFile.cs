using System.CommandLine;
using OitChecker.Catalog;
using OitChecker.Sites;

namespace OitChecker.Cli.Commands;

/// <summary>
/// The <c>--site FILE</c> option shared by the commands that work on one municipality's history and reports.
/// Without it, the only site file under ./config/sites is used.
/// </summary>
internal static class SiteFile
{
    public static Option<string?> Option() => new("--site")
    {
        Description = "Site file (config/sites/<site>.yaml). Default: the only site file under ./config/sites.",
    };

    /// <summary>Loads the site (and its catalog); null with a message on stderr when no site file can be chosen.</summary>
    public static async Task<(SiteConfig Site, OitCatalog Catalog)?> LoadAsync(CliContext context, string? path)
    {
        if (path is null)
        {
            var dir = Path.Combine("config", "sites");
            var files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.yaml") : [];
            if (files.Length != 1)
            {
                await context.Error.WriteLineAsync(files.Length == 0
                    ? "No site file: pass --site config/sites/<site>.yaml."
                    : $"Several site files under {dir}: pass --site with one of {string.Join(", ", files.Order(StringComparer.Ordinal))}.");
                return null;
            }

            path = files[0];
        }

        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"Site file not found: {path}");
            return null;
        }

        return SiteConfigLoader.Load(path);
    }
}
