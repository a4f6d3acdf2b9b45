using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace OitChecker.Reporting;

/// <summary>
/// The report folders of one site: <c>&lt;root&gt;/&lt;site&gt;/&lt;timestamp&gt;/</c> plus the <c>latest</c> symlink and
/// the <c>LATEST</c> text file (for platforms without symlinks). A run is staged in a hidden sibling folder
/// and renamed into place only when complete, so a crash never leaves a half report that looks like a run
/// and never touches earlier runs; <c>latest</c> moves last.
/// </summary>
public sealed partial class ReportFolders
{
    /// <summary>Name of the symlink to the newest complete run folder.</summary>
    public const string LatestLink = "latest";

    /// <summary>Name of the text file holding the newest complete run folder's name.</summary>
    public const string LatestFile = "LATEST";

    internal const string TempPrefix = ".tmp-";

    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ReportFolders(string root, string siteId, TimeProvider time, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentException.ThrowIfNullOrEmpty(siteId);
        SiteDirectory = Path.GetFullPath(Path.Combine(root, DivisionReport.FileSlug(siteId)));
        _time = time;
        _logger = logger;
    }

    /// <summary>The site's folder under the report root.</summary>
    public string SiteDirectory { get; }

    /// <summary>The folder name of a run started at <paramref name="startedAt"/>: 20261125T213000Z.</summary>
    public static string FolderName(DateTimeOffset startedAt) =>
        startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Starts a new run folder (hidden until committed). A staging folder left by a crash is rolled forward when the
    /// history already recorded its run (<paramref name="recorded"/> knows the folder name: the crash came between the
    /// history commit and the rename), else removed once it is stale.
    /// </summary>
    public StagedReportFolder Stage(DateTimeOffset startedAt, Func<string, bool>? recorded = null)
    {
        Directory.CreateDirectory(SiteDirectory);
        RecoverRecorded(recorded);
        RemoveStale();
        var name = FolderName(startedAt);
        for (var n = 2; Directory.Exists(Path.Combine(SiteDirectory, name)); n++)
        {
            name = FolderName(startedAt) + "-" + n.ToString(CultureInfo.InvariantCulture);
        }

        return new StagedReportFolder(this, name, Path.Combine(SiteDirectory, $"{TempPrefix}{name}-{Guid.NewGuid():N}"), _logger);
    }

    /// <summary>Committed run folder names, oldest first (staging folders are never listed).</summary>
    public IReadOnlyList<string> List() =>
        !Directory.Exists(SiteDirectory)
            ? []
            : Directory.EnumerateDirectories(SiteDirectory)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(n => RunFolderPattern().IsMatch(n))
                .Order(StringComparer.Ordinal)
                .ToList();

    /// <summary>The full path of the newest committed run folder (by the latest pointer), or null.</summary>
    public string? Latest()
    {
        var link = Path.Combine(SiteDirectory, LatestLink);
        var file = Path.Combine(SiteDirectory, LatestFile);
        string? name = null;
        if (File.Exists(file))
        {
            name = File.ReadAllText(file).Trim();
        }
        else if (new FileInfo(link).LinkTarget is { } target)
        {
            name = Path.GetFileName(target);
        }

        return name is not null && RunFolderPattern().IsMatch(name) && Directory.Exists(Path.Combine(SiteDirectory, name))
            ? Path.Combine(SiteDirectory, name)
            : null;
    }

    /// <summary>Points <c>latest</c> and <c>LATEST</c> at a committed folder, each by an atomic rename.</summary>
    internal void PointLatestAt(string name)
    {
        var suffix = Guid.NewGuid().ToString("N");
        var tmpFile = Path.Combine(SiteDirectory, $"{LatestFile}{TempPrefix}{suffix}");
        using (var fs = new FileStream(tmpFile, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(name + "\n");
            fs.Write(bytes);
            fs.Flush(flushToDisk: true);
        }

        DurableFileSystem.Replace(tmpFile, Path.Combine(SiteDirectory, LatestFile));
        var tmpLink = Path.Combine(SiteDirectory, $"{LatestLink}{TempPrefix}{suffix}");
        try
        {
            File.CreateSymbolicLink(tmpLink, name);
            DurableFileSystem.Replace(tmpLink, Path.Combine(SiteDirectory, LatestLink));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Windows without the symlink privilege: LATEST alone is the pointer there.
            ReportLog.NoSymlink(_logger, SiteDirectory, ex.Message);
            File.Delete(tmpLink);
        }

        DurableFileSystem.SyncDirectory(SiteDirectory);
    }

    private void RecoverRecorded(Func<string, bool>? recorded)
    {
        if (recorded is null)
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(SiteDirectory, TempPrefix + "*"))
        {
            var match = StagedFolderPattern().Match(Path.GetFileName(dir));
            var name = match.Success ? match.Groups[1].Value : null;
            if (name is not null && recorded(name) && !Directory.Exists(Path.Combine(SiteDirectory, name)))
            {
                Directory.Move(dir, Path.Combine(SiteDirectory, name));
                DurableFileSystem.SyncDirectory(SiteDirectory);
                ReportLog.Recovered(_logger, name, SiteDirectory);
            }
        }
    }

    private void RemoveStale()
    {
        var cutoff = _time.GetUtcNow().UtcDateTime.AddHours(-1);
        foreach (var dir in Directory.EnumerateDirectories(SiteDirectory, TempPrefix + "*"))
        {
            if (Directory.GetLastWriteTimeUtc(dir) < cutoff)
            {
                ReportLog.RemovingStale(_logger, dir);
                Directory.Delete(dir, recursive: true);
            }
        }

        foreach (var file in Directory.EnumerateFileSystemEntries(SiteDirectory, "*" + TempPrefix + "*").Where(File.Exists))
        {
            if (File.GetLastWriteTimeUtc(file) < cutoff)
            {
                File.Delete(file);
            }
        }
    }

    [GeneratedRegex(@"^\d{8}T\d{6}Z(-\d+)?$")]
    private static partial Regex RunFolderPattern();

    /// <summary>A staging folder: .tmp-&lt;run folder name&gt;-&lt;32 hex digits&gt;.</summary>
    [GeneratedRegex(@"^\.tmp-(\d{8}T\d{6}Z(?:-\d+)?)-[0-9a-f]{32}$")]
    private static partial Regex StagedFolderPattern();
}
