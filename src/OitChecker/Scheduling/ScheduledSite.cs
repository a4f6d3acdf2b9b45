using OitChecker.Catalog;
using OitChecker.Sites;

namespace OitChecker.Scheduling;

/// <summary>A validated site file and the catalog it is assessed against, as the scheduler serves it.</summary>
public sealed record ScheduledSite(SiteConfig Site, OitCatalog Catalog)
{
    public string Id => Site.Id;

    /// <summary>The site's schedule time zone (validated when the file was loaded).</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(Site.Schedule.TimeZone);
}
