using System.Globalization;
using OitChecker.Testing.Http;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Cli.Tests.Scheduling;

/// <summary>
/// A one-off round for process tests: every loopback site gets a site file whose cron fires once, at a whole
/// second <c>lead</c> from now (UTC), so all nodes see the same slot and the same round id.
/// </summary>
internal static class RoundSlots
{
    public static DateTimeOffset Write(string root, IReadOnlyList<LoopbackSite> web, TimeSpan lead, int maxPages = 50)
    {
        var now = DateTimeOffset.UtcNow + lead;
        var slot = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{slot.Second} {slot.Minute} {slot.Hour} {slot.Day} {slot.Month} ? {slot.Year}");
        for (var i = 0; i < web.Count; i++)
        {
            ScheduledSiteFiles.Write(root, new TestSiteSpec
            {
                Id = $"site{i + 1:00}",
                MainUrl = web[i].BaseUrl,
                Cron = cron,
                TimeZone = "UTC",
                Delay = "500ms",
                MaxPages = maxPages,
            });
        }

        return slot;
    }
}
