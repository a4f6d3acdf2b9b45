using Microsoft.Extensions.Logging;

namespace OitChecker.Scheduling;

/// <summary>
/// The scheduler's log messages, source-generated: message templates as with <c>logger.LogX(...)</c>, but no
/// boxing or formatting when the level is off (analyzer CA1873).
/// </summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "No site file with id {Site} is served by node {Node}; every node must serve the same site files")]
    public static partial void UnknownSite(ILogger logger, string site, string node);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check of {Site} for round {Round} started on node {Node} (recovering: {Recovering})")]
    public static partial void CheckStarted(ILogger logger, string site, string round, string node, bool recovering);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check of {Site} for round {Round} finished: {Outcome} (exit {ExitCode}), report {Folder}")]
    public static partial void CheckFinished(ILogger logger, string site, string round, string outcome, int exitCode, string? folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check of {Site} for round {Round} stopped: interrupted or the scheduler is shutting down (a shutdown hands it back to run again)")]
    public static partial void CheckStopped(ILogger logger, string site, string round);

    [LoggerMessage(Level = LogLevel.Error, Message = "Check of {Site} for round {Round} failed: {Message}")]
    public static partial void CheckFailed(ILogger logger, Exception exception, string site, string round, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watch of {Site} stopped: the scheduler is shutting down")]
    public static partial void WatchStopped(ILogger logger, string site);

    [LoggerMessage(Level = LogLevel.Error, Message = "Watch of {Site} failed: {Message}")]
    public static partial void WatchFailed(ILogger logger, Exception exception, string site, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Watch of {Site} idle: outside months {From}–{To}")]
    public static partial void WatchIdle(ILogger logger, string site, int from, int to);

    [LoggerMessage(Level = LogLevel.Information, Message = "Probe of {Site} {Url} failed: {Error} after {Ms} ms")]
    public static partial void ProbeFailed(ILogger logger, string site, string url, string? error, long ms);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outage of {Site} {Url} (items {Items}, divisions {Divisions}): down since {DownSince:O} after {Failed} failed probes ({Error}); notify {Recipients}")]
    public static partial void OutageStarted(ILogger logger, string site, string url, string items, string divisions, DateTimeOffset downSince, int failed, string? error, string recipients);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outage of {Site} {Url} ended at {UpAt:O} after {Duration} ({Failed} failed probes); notify {Recipients}")]
    public static partial void OutageEnded(ILogger logger, string site, string url, DateTimeOffset? upAt, TimeSpan? duration, int failed, string recipients);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule of {Site} is disabled in its site file: nightly trigger removed")]
    public static partial void ScheduleDisabled(ILogger logger, string site);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Job}: no site file with id {Site} is served any more")]
    public static partial void JobRemoved(ILogger logger, string job, string site);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept {Trigger} ({Schedule}): next run {Next:O}")]
    public static partial void TriggerKept(ILogger logger, string trigger, string? schedule, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Trigger} ({Schedule}): next run {Next:O}")]
    public static partial void TriggerAdded(ILogger logger, string trigger, string? schedule, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescheduled {Trigger} ({Schedule}, was {Old}): next run {Next:O}")]
    public static partial void TriggerRescheduled(ILogger logger, string trigger, string? schedule, string? old, DateTimeOffset? next);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Trigger} ({Schedule}) has no future fire time and is not scheduled")]
    public static partial void TriggerNeverFires(ILogger logger, string trigger, string? schedule);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job store ready on node {Node}: {Sites} site(s), {Kept} trigger(s) kept, {Added} added, {Rescheduled} rescheduled, {Removed} removed")]
    public static partial void StoreReady(ILogger logger, string node, int sites, int kept, int added, int rescheduled, int removed);
}
