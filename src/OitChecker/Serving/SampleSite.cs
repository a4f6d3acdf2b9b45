using OitChecker.Sites;

namespace OitChecker.Serving;

/// <summary>
/// The built-in sample: the website of a fictional เทศบาลตำบลเมืองแกลง in samples/sites/muangklaeng, checked
/// with the seed municipality's own site file. The site file names the real host; served on loopback, the
/// sample takes that host's place.
/// </summary>
public static class SampleSite
{
    /// <summary>The sample's id, folder name and site-file name.</summary>
    public const string Name = "muangklaeng";

    /// <summary>The sample folder: ./samples/sites/muangklaeng, else the copy next to the program; null when neither exists.</summary>
    public static string? LocateFolder() => FirstExisting(Path.Combine("samples", "sites", Name), Directory.Exists);

    /// <summary>The seed municipality's site file: ./config/sites/muangklaeng.yaml, else next to the program.</summary>
    public static string? LocateSiteFile() => FirstExisting(Path.Combine("config", "sites", Name + ".yaml"), File.Exists);

    /// <summary>
    /// The site as served on loopback: the main URL is the local server, the extra hosts are dropped (they are not
    /// served), pinned URLs on the real host move to the local server, external links are not checked (no network),
    /// and politeness is relaxed because the server is our own.
    /// </summary>
    public static SiteConfig Rebase(SiteConfig site, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var realHost = site.MainUrl.Host;
        var items = site.Items.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.PinnedUrl is { } pinned && Uri.TryCreate(pinned, UriKind.Absolute, out var u) && u.Host == realHost
                ? kv.Value with { PinnedUrl = new Uri(baseUrl, u.PathAndQuery).AbsoluteUri }
                : kv.Value,
            StringComparer.OrdinalIgnoreCase);
        return site with
        {
            MainUrl = baseUrl,
            ExtraHosts = [],
            Items = items,
            Crawl = site.Crawl with { CheckExternal = false, Concurrency = 4, Delay = TimeSpan.FromMilliseconds(5) },
        };
    }

    private static string? FirstExisting(string relative, Func<string, bool> exists)
    {
        foreach (var candidate in new[] { relative, Path.Combine(AppContext.BaseDirectory, relative) })
        {
            if (exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
