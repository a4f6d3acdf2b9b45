using OitChecker.Scheduling;

namespace OitChecker.Tests.Scheduling;

public class OutageDetectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Probes from a string, oldest first: '+' up, '-' down, 15 minutes apart; returned newest first.</summary>
    private static List<ProbeRecord> Probes(string pattern) =>
        pattern.Select((c, i) => new ProbeRecord("s", "u", T0.AddMinutes(15 * i), c == '+' ? 200 : 503, 10, c == '+'))
            .Reverse()
            .ToList();

    [TestCase("+", OutageChange.None)]
    [TestCase("+-", OutageChange.None)]     // one failure is not an outage (threshold 2)
    [TestCase("+--", OutageChange.Started)] // the streak just reached 2
    [TestCase("--", OutageChange.Started)]  // from the very first probe
    [TestCase("+---", OutageChange.None)]   // already reported
    [TestCase("+---+", OutageChange.Ended)] // back up after an outage
    [TestCase("+-+", OutageChange.None)]    // a blip below the threshold: nothing to end
    [TestCase("+---++", OutageChange.None)] // the end was reported on the previous probe
    public void Decide_ThresholdTwo_ReportsStartAndEndOnce(string pattern, OutageChange expected)
    {
        var decision = OutageDetector.Decide(Probes(pattern), outageAfter: 2, complete: true);

        Assert.That(decision.Change, Is.EqualTo(expected));
    }

    [Test]
    public void Decide_Started_DownSinceIsTheFirstFailedProbe()
    {
        var decision = OutageDetector.Decide(Probes("++---"), outageAfter: 3, complete: true);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Change, Is.EqualTo(OutageChange.Started));
            Assert.That(decision.DownSince, Is.EqualTo(T0.AddMinutes(30)));
            Assert.That(decision.FailedProbes, Is.EqualTo(3));
        });
    }

    [Test]
    public void Decide_EndedAfterLongOutage_CountsEveryFailedProbe()
    {
        var decision = OutageDetector.Decide(Probes("+-----+"), outageAfter: 2, complete: true);

        Assert.Multiple(() =>
        {
            Assert.That(decision.Change, Is.EqualTo(OutageChange.Ended));
            Assert.That(decision.DownSince, Is.EqualTo(T0.AddMinutes(15)));
            Assert.That(decision.FailedProbes, Is.EqualTo(5));
            Assert.That(decision.DownSinceKnown, Is.True);
        });
    }

    [Test]
    public void Decide_StreakLongerThanWhatWasRead_SaysTheStartIsUnknown()
    {
        // Given only the last 4 probes were read back and all failures run off the end
        var decision = OutageDetector.Decide(Probes("---+"), outageAfter: 2, complete: false);

        Assert.That(decision.DownSinceKnown, Is.False);
    }
}
