using Microsoft.Extensions.Logging;

namespace OitChecker.History;

/// <summary>
/// The history's log messages, source-generated: the same message templates as <c>logger.LogX(...)</c>, but
/// no boxing or formatting when the level is off (analyzer CA1873).
/// </summary>
internal static partial class HistoryLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "History schema ready on {Dialect} (version {Version})")]
    public static partial void SchemaReady(ILogger logger, string dialect, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} of {Site} (round {Round}) is already recorded; nothing written")]
    public static partial void DuplicateRun(ILogger logger, string runId, string site, string round);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded run {RunId} of {Site}: {Items} items, {Archived} evidence copies")]
    public static partial void RecordedRun(ILogger logger, string runId, string site, int items, int archived);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinned URL {Url} of {Code} changed since {ArchivedAt:O}: archived hash {Old}, now {New}")]
    public static partial void PinnedChanged(ILogger logger, string url, string code, DateTimeOffset archivedAt, string old, string @new);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pinned URL {Url} of {Code} is gone (status {Status}); archived copy from {ArchivedAt:O}")]
    public static partial void PinnedGone(ILogger logger, string url, string code, int status, DateTimeOffset archivedAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Archived evidence {Url} of {Code}: {Bytes} bytes, hash {Hash}, truncated {Truncated}")]
    public static partial void Archived(ILogger logger, string url, string code, long bytes, string hash, bool truncated);
}
