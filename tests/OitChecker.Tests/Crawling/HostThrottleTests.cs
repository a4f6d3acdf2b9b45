using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class HostThrottleTests
{
    private static readonly PolitenessSettings Polite = PolitenessSettings.Polite;

    [Test]
    public async Task AcquireAsync_SecondRequest_WaitsTheInterval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2025-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var throttle = new HostThrottle(_ => Polite, time, NullLogger<HostThrottle>.Instance);

        using (await throttle.AcquireAsync("x.go.th", CancellationToken.None))
        {
        }

        var second = throttle.AcquireAsync("x.go.th", CancellationToken.None).AsTask();
        await Task.Delay(50);
        var waitedBefore = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(499));
        await Task.Delay(50);
        var waitedAt499 = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(waitedBefore, Is.False);
            Assert.That(waitedAt499, Is.False);
            Assert.That(second.IsCompletedSuccessfully, Is.True);
        });
    }

    [Test]
    public async Task AcquireAsync_OtherHost_NotDelayed()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(_ => Polite, time, NullLogger<HostThrottle>.Instance);
        using (await throttle.AcquireAsync("a.go.th", CancellationToken.None))
        {
        }

        var other = throttle.AcquireAsync("b.go.th", CancellationToken.None).AsTask();
        using var lease = await other.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(other.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public void Report_SlowServer_IntervalFollowsLatency()
    {
        var throttle = new HostThrottle(_ => Polite, new FakeTimeProvider(), NullLogger<HostThrottle>.Instance);
        for (var i = 0; i < 10; i++)
        {
            throttle.Report("x", TimeSpan.FromSeconds(2), error: false);
        }

        Assert.That(throttle.IntervalOf("x").TotalMilliseconds, Is.InRange(1900, 2000));
    }

    [TestCase(1, 1900, 2000)]
    [TestCase(2, 1900, 2000)]
    [TestCase(8, 475, 500)]
    public void Report_SlowServer_RaisedConcurrencyShrinksTheLatencyFloor(int concurrent, double min, double max)
    {
        // With --concurrency raised for one's own server, the floor follows the concurrency asked for; otherwise a
        // 2 s server would get one request per 2 s whatever the flag says. Minimum interval 0 (--delay-ms 0).
        var own = new PolitenessSettings(concurrent, TimeSpan.Zero, true, TimeSpan.FromSeconds(30));
        var throttle = new HostThrottle(_ => own, new FakeTimeProvider(), NullLogger<HostThrottle>.Instance);
        for (var i = 0; i < 10; i++)
        {
            throttle.Report("x", TimeSpan.FromSeconds(2), error: false);
        }

        Assert.That(throttle.IntervalOf("x").TotalMilliseconds, Is.InRange(min, max));
    }

    [Test]
    public void Report_Errors_SlowDownAndNeverSpeedUp()
    {
        var throttle = new HostThrottle(_ => Polite, new FakeTimeProvider(), NullLogger<HostThrottle>.Instance);
        var intervals = new List<TimeSpan>();
        for (var i = 0; i < 30; i++)
        {
            throttle.Report("x", TimeSpan.FromMilliseconds(10), error: true);
            intervals.Add(throttle.IntervalOf("x"));
        }

        Assert.Multiple(() =>
        {
            Assert.That(intervals[^1], Is.GreaterThan(Polite.MinInterval * 4));
            Assert.That(intervals.Zip(intervals.Skip(1)).All(p => p.Second >= p.First), Is.True, "errors never shorten the interval");
        });
    }

    [Test]
    public void Report_FastServer_NeverBelowMinimum()
    {
        var throttle = new HostThrottle(_ => Polite, new FakeTimeProvider(), NullLogger<HostThrottle>.Instance);
        for (var i = 0; i < 10; i++)
        {
            throttle.Report("x", TimeSpan.FromMilliseconds(1), error: false);
        }

        Assert.That(throttle.IntervalOf("x"), Is.EqualTo(Polite.MinInterval));
    }
}
