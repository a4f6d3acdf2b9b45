namespace OitChecker.Scheduling;

/// <summary>What <see cref="ScheduleSynchronizer"/> did to the store, by trigger or job key.</summary>
public sealed class ScheduleSyncResult
{
    /// <summary>Triggers already stored with the same schedule: left untouched (their misfire state is kept).</summary>
    public List<string> Kept { get; } = [];

    public List<string> Added { get; } = [];

    /// <summary>Triggers whose cron, time zone or interval changed.</summary>
    public List<string> Rescheduled { get; } = [];

    /// <summary>Jobs and triggers of sites no longer served, or of a disabled schedule or watch.</summary>
    public List<string> Removed { get; } = [];

    /// <summary>Triggers whose cron has no future fire time (e.g. a one-off cron with a past year).</summary>
    public List<string> NeverFires { get; } = [];
}
