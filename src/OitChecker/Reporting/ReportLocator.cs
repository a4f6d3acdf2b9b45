using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.History;
using OitChecker.Sites;

namespace OitChecker.Reporting;

/// <summary>
/// Finds a past run's report folder (for <c>oitcheck report</c>): the newest by the <c>latest</c> pointer, or
/// a run by id through the history (which records each run's folder), or directly by folder name.
/// Only committed folders are ever returned, never a staging folder of an interrupted run.
/// </summary>
public static class ReportLocator
{
    /// <summary>The newest committed report folder of the site, or null when none exists.</summary>
    public static string? Latest(SiteConfig site, string? workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(site);
        return Folders(site, workingDirectory).Latest();
    }

    /// <summary>
    /// The report folder of a run: <paramref name="runId"/> may be a run id (20261125T213000Z-muangklaeng) or a
    /// folder name (20261125T213000Z). Null when there is no such committed folder.
    /// </summary>
    public static async Task<string?> ForRunAsync(SiteConfig site, string runId, string? workingDirectory, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentException.ThrowIfNullOrEmpty(runId);
        var folders = Folders(site, workingDirectory);
        var committed = folders.List();
        if (committed.Contains(runId, StringComparer.Ordinal))
        {
            return Path.Combine(folders.SiteDirectory, runId);
        }

        var paths = SitePaths.For(site, workingDirectory);
        if (File.Exists(paths.Database))
        {
            var run = await HistoryStore.ForSqliteFile(paths.Database, time).GetRunAsync(site.Id, runId, cancellationToken);
            if (run?.ReportFolder is { } name && committed.Contains(name, StringComparer.Ordinal))
            {
                return Path.Combine(folders.SiteDirectory, name);
            }
        }

        // A run id starts with its folder's timestamp.
        var stamp = runId.Split('-')[0];
        return committed.Contains(stamp, StringComparer.Ordinal) ? Path.Combine(folders.SiteDirectory, stamp) : null;
    }

    private static ReportFolders Folders(SiteConfig site, string? workingDirectory) =>
        new(SitePaths.For(site, workingDirectory).Reports, site.Id, TimeProvider.System, NullLogger.Instance);
}
