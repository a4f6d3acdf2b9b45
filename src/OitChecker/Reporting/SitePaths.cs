using OitChecker.Sites;

namespace OitChecker.Reporting;

/// <summary>The site file's relative paths (reports, outbox, history database) resolved against a working directory.</summary>
public sealed record SitePaths(string Reports, string Outbox, string Database)
{
    /// <summary>Resolves the paths of <paramref name="site"/>; the database defaults to data/&lt;site&gt;.db.</summary>
    public static SitePaths For(SiteConfig site, string? workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(site);
        var root = workingDirectory ?? Directory.GetCurrentDirectory();
        return new SitePaths(
            Path.GetFullPath(site.Reports.Directory, root),
            Path.GetFullPath(site.Mail.Outbox, root),
            Path.GetFullPath(site.History.Database ?? Path.Combine("data", site.Id + ".db"), root));
    }
}
