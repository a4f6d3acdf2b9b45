using System.Text.RegularExpressions;
using OitChecker.Catalog;
using OitChecker.Configuration;

namespace OitChecker.Sites;

/// <summary>
/// Loads and validates a site file against its catalog: unknown keys, unknown item codes and division
/// slugs, invalid crons and time zones, secrets written into the file, non-BE years — every problem at once,
/// with file, line, column and what would be valid. See docs/site-format.md.
/// </summary>
public static partial class SiteConfigLoader
{
    /// <summary>Loads a site file and its catalog, or throws <see cref="ConfigException"/> with every problem.</summary>
    public static (SiteConfig Site, OitCatalog Catalog) Load(string path)
    {
        var (site, catalog, errors) = LoadWithErrors(path);
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        return (site!, catalog!);
    }

    /// <summary>Validates a site file (and the catalog it uses); returns every problem.</summary>
    public static IReadOnlyList<ConfigError> Validate(string path) => LoadWithErrors(path).Errors;

    private static (SiteConfig? Site, OitCatalog? Catalog, IReadOnlyList<ConfigError> Errors) LoadWithErrors(string path)
    {
        var file = YamlFile.Load(path);
        if (file.Root is null)
        {
            return (null, null, file.Errors);
        }

        var fullPath = Path.GetFullPath(path);
        var root = file.RootMap();
        var year = CatalogLoader.ReadYear(root, "year");
        var catalogPathText = root.Text("catalog");
        OitCatalog? catalog = null;
        var catalogErrors = new List<ConfigError>();
        if (year is not null)
        {
            var located = CatalogLocator.Locate(year.Value, catalogPathText, Path.GetDirectoryName(fullPath));
            if (located is null)
            {
                root.Error(catalogPathText is null ? "year" : "catalog", catalogPathText is null
                    ? $"no catalog for assessment year {year}; shipped years: {string.Join(", ", CatalogLocator.ShippedYears())}"
                    : $"catalog file '{catalogPathText}' not found");
            }
            else
            {
                catalogErrors.AddRange(CatalogLoader.Validate(located));
                if (catalogErrors.Count == 0)
                {
                    catalog = CatalogLoader.Load(located);
                    if (catalog.Year != year)
                    {
                        root.Error("catalog", $"the catalog is for year {catalog.Year} but the site is assessed for {year}");
                    }
                }
            }
        }

        var site = SiteReader.Read(root, fullPath, year ?? 0, catalogPathText, catalog);
        root.RejectUnknownKeys();
        var errors = file.Errors.Concat(catalogErrors).ToList();
        return (errors.Count == 0 ? site : null, catalog, errors);
    }

    /// <summary>
    /// An ad-hoc configuration for <c>oitcheck check --url</c>: no site file, the catalog's default divisions,
    /// default limits, mail to the outbox only.
    /// </summary>
    public static SiteConfig ForUrl(Uri url, OitCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(catalog);
        // the id names the history and report folders: from the ASCII (punycode) host, so two Thai-named sites differ
        var ascii = url.IdnHost.ToLowerInvariant();
        var host = ascii.StartsWith("www.", StringComparison.Ordinal) ? ascii[4..] : ascii;
        var id = IdRegex().Replace(host, "-").Trim('-');
        return new SiteConfig
        {
            Id = id.Length == 0 ? "site" : id,
            NameTh = url.Host,
            MainUrl = url,
            Year = catalog.Year,
            CatalogPath = catalog.SourcePath,
            Divisions = catalog.Divisions.Select(d => new DivisionConfig(d.Slug, d.NameTh, d.NameEn, [])).ToList(),
            Mail = new MailSettings { Delivery = MailDelivery.None },
        };
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex IdRegex();
}
