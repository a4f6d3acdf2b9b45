using Microsoft.Extensions.Logging;

namespace OitChecker.Reporting;

/// <summary>
/// A run folder being written: files go to a hidden staging folder and are flushed to disk one by one;
/// <see cref="Commit"/> syncs the folder, renames it into place (one atomic rename) and then moves
/// <c>latest</c>. Disposing an uncommitted folder deletes it.
/// </summary>
public sealed class StagedReportFolder : IDisposable
{
    private readonly ReportFolders _folders;
    private readonly ILogger _logger;
    private bool _committed;

    internal StagedReportFolder(ReportFolders folders, string name, string tempPath, ILogger logger)
    {
        _folders = folders;
        _logger = logger;
        Name = name;
        TempPath = tempPath;
        Directory.CreateDirectory(tempPath);
    }

    /// <summary>The run folder's final name (a UTC timestamp).</summary>
    public string Name { get; }

    /// <summary>The hidden staging folder.</summary>
    public string TempPath { get; }

    /// <summary>Where the folder will be once committed.</summary>
    public string FinalPath => Path.Combine(_folders.SiteDirectory, Name);

    /// <summary>Called after each file is written and flushed (a test seam for crash tests).</summary>
    public Action<string>? FileWritten { get; set; }

    /// <summary>Writes one file and flushes it to disk.</summary>
    public async Task WriteAsync(string fileName, Func<Stream, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(_committed, this);
        var path = Path.Combine(TempPath, fileName);
        await using (var fs = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await write(fs);
            await fs.FlushAsync(cancellationToken);
            fs.Flush(flushToDisk: true);
        }

        FileWritten?.Invoke(path);
    }

    /// <summary>Writes bytes as one file.</summary>
    public Task WriteBytesAsync(string fileName, byte[] bytes, CancellationToken cancellationToken = default) =>
        WriteAsync(fileName, s => s.WriteAsync(bytes, cancellationToken).AsTask(), cancellationToken);

    /// <summary>Makes the run folder visible and points <c>latest</c> at it. Returns the final path.</summary>
    public string Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        DurableFileSystem.SyncDirectory(TempPath);
        Directory.Move(TempPath, FinalPath);
        DurableFileSystem.SyncDirectory(_folders.SiteDirectory);
        _committed = true;
        _folders.PointLatestAt(Name);
        ReportLog.Committed(_logger, FinalPath);
        return FinalPath;
    }

    public void Dispose()
    {
        if (_committed || !Directory.Exists(TempPath))
        {
            return;
        }

        try
        {
            Directory.Delete(TempPath, recursive: true);
        }
        catch (IOException ex)
        {
            ReportLog.CleanupFailed(_logger, TempPath, ex.Message);
        }
    }
}
