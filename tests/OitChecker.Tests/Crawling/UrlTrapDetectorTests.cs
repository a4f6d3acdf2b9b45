using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class UrlTrapDetectorTests
{
    private static UrlTrapDetector New() => new(new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero), calendarVariantLimit: 24);

    [Test]
    public void Check_CalendarFarInTheFuture_Trap()
    {
        var d = New();
        Assert.Multiple(() =>
        {
            Assert.That(d.Check("http://x.go.th/calendar.php?month=2025-02"), Is.Null);
            Assert.That(d.Check("http://x.go.th/calendar.php?month=2031-02")?.Kind, Is.EqualTo("calendar"));
            Assert.That(d.Check("http://x.go.th/events/2575/01/")?.Kind, Is.EqualTo("calendar"), "BE years are understood");
        });
    }

    [Test]
    public void Check_ManyCalendarPages_TrapAfterLimit()
    {
        var d = New();
        var traps = Enumerable.Range(0, 40).Select(i => d.Check($"http://x.go.th/cal.php?date=2024-{(i % 12) + 1:00}-{(i / 12) + 1:00}")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(traps.Take(24).All(t => t is null), Is.True);
            Assert.That(traps.Skip(24).All(t => t?.Kind == "calendar"), Is.True);
        });
    }

    [Test]
    public void Check_NewsIdsAndPagination_NotTraps()
    {
        var d = New();
        var traps = Enumerable.Range(1, 500).Select(i => d.Check($"http://x.go.th/news.php?id={i}&page={i % 30}")).Where(t => t is not null).ToList();
        Assert.That(traps, Is.Empty);
    }

    [Test]
    public void Check_RepeatingSegments_Trap()
    {
        var d = New();
        Assert.Multiple(() =>
        {
            Assert.That(d.Check("http://x.go.th/news/news/news/a.html")?.Kind, Is.EqualTo("repeating-path"));
            Assert.That(d.Check("http://x.go.th/a/b/a/b/c.html")?.Kind, Is.EqualTo("repeating-path"));
            Assert.That(d.Check("http://x.go.th/news/2567/news.html"), Is.Null);
        });
    }

    [Test]
    public void Check_SameParametersOtherOrder_Permutation()
    {
        var d = New();
        Assert.Multiple(() =>
        {
            Assert.That(d.Check("http://x.go.th/list.php?a=1&b=2"), Is.Null);
            Assert.That(d.Check("http://x.go.th/list.php?b=2&a=1")?.Kind, Is.EqualTo("query-permutation"));
        });
    }

    [Test]
    public void Check_ExplodingFilterCombinations_Trap()
    {
        var d = New();
        var keys = new[] { "a", "b", "c", "d", "e", "f" };
        var traps = new List<UrlTrap?>();
        for (var mask = 1; mask < 64; mask++)
        {
            var q = string.Join('&', keys.Where((_, i) => (mask & (1 << i)) != 0).Select(k => k + "=1"));
            traps.Add(d.Check("http://x.go.th/search.php?" + q));
        }

        Assert.That(traps.Count(t => t?.Kind == "query-combinations"), Is.EqualTo(63 - 32));
    }
}
