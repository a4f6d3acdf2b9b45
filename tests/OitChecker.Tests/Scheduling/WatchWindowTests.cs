using OitChecker.Scheduling;

namespace OitChecker.Tests.Scheduling;

public class WatchWindowTests
{
    private static readonly TimeZoneInfo Bangkok = TimeZoneInfo.FindSystemTimeZoneById("Asia/Bangkok");

    [TestCase(2026, 1, 31, 16, 59, false)] // 31 Jan 23:59 Bangkok: not yet
    [TestCase(2026, 1, 31, 17, 0, true)]   // 1 Feb 00:00 Bangkok (still 31 Jan in UTC): the window opened
    [TestCase(2026, 7, 31, 16, 59, true)]  // 31 Jul 23:59 Bangkok: last minute
    [TestCase(2026, 7, 31, 17, 0, false)]  // 1 Aug 00:00 Bangkok: closed
    public void Contains_DefaultFebruaryToJuly_ReadsMonthsInTheSiteTimeZone(int y, int m, int d, int h, int min, bool expected)
    {
        var utc = new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.Zero);

        Assert.That(WatchWindow.Contains(utc, Bangkok, 2, 7), Is.EqualTo(expected));
    }

    [TestCase(11, true)]  // start month
    [TestCase(1, true)]   // across the year end
    [TestCase(2, true)]   // end month
    [TestCase(3, false)]  // after
    [TestCase(10, false)] // before
    public void Contains_WindowAcrossYearEnd_Wraps(int month, bool expected)
    {
        var utc = new DateTimeOffset(2026, month, 15, 5, 0, 0, TimeSpan.Zero);

        Assert.That(WatchWindow.Contains(utc, Bangkok, 11, 2), Is.EqualTo(expected));
    }
}
