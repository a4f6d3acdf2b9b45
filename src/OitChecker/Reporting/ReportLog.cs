using Microsoft.Extensions.Logging;

namespace OitChecker.Reporting;

/// <summary>The reporting stage's log messages (source-generated message templates).</summary>
internal static partial class ReportLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Report folder {Folder} committed")]
    public static partial void Committed(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing stale staging folder {Folder} of an interrupted run")]
    public static partial void RemovingStale(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove staging folder {Folder}: {Error}")]
    public static partial void CleanupFailed(ILogger logger, string folder, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "No 'latest' symlink in {Folder} ({Error}); the LATEST file points to the newest run")]
    public static partial void NoSymlink(ILogger logger, string folder, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published run {RunId} of {Site}: {Folder}, {Mails} mails queued")]
    public static partial void Published(ILogger logger, string runId, string site, string folder, int mails);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} of {Site} was already recorded by another process; not publishing it again")]
    public static partial void AlreadyPublished(ILogger logger, string runId, string site);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovered report folder {Folder} in {Site}: its run was recorded in the history before a crash stopped the rename")]
    public static partial void Recovered(ILogger logger, string folder, string site);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dry run {RunId} of {Site}: report written, history left unchanged")]
    public static partial void DryRunNotRecorded(ILogger logger, string runId, string site);
}
