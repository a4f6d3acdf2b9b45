using Quartz;

namespace OitChecker.Scheduling;

/// <summary>
/// Names of the jobs and triggers in the store: one check job and one watch job per site, named after the
/// site id, so every node of a cluster and <c>status</c> agree on them.
/// </summary>
public static class SiteJobKeys
{
    /// <summary>Group of the nightly check jobs and their cron triggers.</summary>
    public const string CheckGroup = "oit-check";

    /// <summary>Group of the availability watch jobs and their interval triggers.</summary>
    public const string WatchGroup = "oit-watch";

    public static JobKey Check(string siteId) => new(siteId, CheckGroup);

    public static JobKey Watch(string siteId) => new(siteId, WatchGroup);

    public static TriggerKey CheckTrigger(string siteId) => new(siteId, CheckGroup);

    public static TriggerKey WatchTrigger(string siteId) => new(siteId, WatchGroup);
}
