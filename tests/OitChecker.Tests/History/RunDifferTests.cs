using OitChecker.History;
using OitChecker.Running;
using OitChecker.Testing.Builders;
using OitChecker.Verdicts;

namespace OitChecker.Tests.History;

public sealed class RunDifferTests
{
    private static readonly DateTimeOffset Day1 = new(2025, 11, 1, 21, 30, 0, TimeSpan.Zero);

    [Test]
    public void Diff_FirstRunWithGap_IsNewAndConfirmed()
    {
        // Given a first run where O7 fails
        var run = Run(1, b => b.Fail("O7", FailKind.WrongPeriod, "ขาดเดือน", "months missing"));

        // When
        var states = RunDiffer.Diff(run, Empty(), 2);

        // Then
        var o7 = states.Single(s => s.Code == "O7");
        Assert.Multiple(() =>
        {
            Assert.That(o7.Change, Is.EqualTo(ItemChange.New));
            Assert.That(o7.Confirmed, Is.True);
            Assert.That(o7.FailStreak, Is.EqualTo(1));
            Assert.That(o7.FirstFailingAt, Is.EqualTo(run.StartedAt));
            Assert.That(states.Single(s => s.Code == "O1").Change, Is.EqualTo(ItemChange.None));
        });
    }

    [Test]
    public void Diff_RegressionWithDampingTwo_IsUnconfirmedThenNewThenStillOpen()
    {
        // Given O7 passing, then failing three nights in a row
        var changes = Sequence(2, pass: 1, fail: 3).Select(s => s.Change).ToList();

        // Then the first failure is damped, the second confirms it, the third is still open
        Assert.That(changes, Is.EqualTo(new[] { ItemChange.None, ItemChange.Unconfirmed, ItemChange.New, ItemChange.StillOpen }));
    }

    [Test]
    public void Diff_RegressionWithDampingOne_IsNewAtOnce()
    {
        var changes = Sequence(1, pass: 1, fail: 2).Select(s => s.Change).ToList();
        Assert.That(changes, Is.EqualTo(new[] { ItemChange.None, ItemChange.New, ItemChange.StillOpen }));
    }

    [Test]
    public void Diff_BlipThatClearsBeforeConfirmation_IsNeverReportedFixed()
    {
        // Given pass, one failure (unconfirmed), pass again
        IReadOnlyDictionary<string, ItemState> b = Empty();
        var s1 = Step(ref b, 1, pass: true, damping: 2);
        var s2 = Step(ref b, 2, pass: false, damping: 2);
        var s3 = Step(ref b, 3, pass: true, damping: 2);

        Assert.Multiple(() =>
        {
            Assert.That(s1.Change, Is.EqualTo(ItemChange.None));
            Assert.That(s2.Change, Is.EqualTo(ItemChange.Unconfirmed));
            Assert.That(s3.Change, Is.EqualTo(ItemChange.None));
        });
    }

    [Test]
    public void Diff_ConfirmedGapThatPasses_IsFixed_AndDaysOpenCountFromFirstFailure()
    {
        // Given a gap open from night 1 (first seen) through night 4
        IReadOnlyDictionary<string, ItemState> b = Empty();
        var first = Step(ref b, 1, pass: false, damping: 2);
        Step(ref b, 2, pass: false, damping: 2);
        var fourth = Step(ref b, 4, pass: false, damping: 2);
        var fixedState = Step(ref b, 5, pass: true, damping: 2);

        Assert.Multiple(() =>
        {
            Assert.That(first.Change, Is.EqualTo(ItemChange.New));
            Assert.That(fourth.Change, Is.EqualTo(ItemChange.StillOpen));
            Assert.That(fourth.FirstFailingAt, Is.EqualTo(Day1));
            Assert.That(fourth.DaysOpen(Day1.AddDays(3)), Is.EqualTo(3));
            Assert.That(fixedState.Change, Is.EqualTo(ItemChange.Fixed));
            Assert.That(fixedState.FirstFailingAt, Is.Null);
        });
    }

    [Test]
    public void Diff_InconclusiveRun_NeverCountsForDamping()
    {
        // Given pass, fail (unconfirmed), an inconclusive run, then fail again
        IReadOnlyDictionary<string, ItemState> b = Empty();
        Step(ref b, 1, pass: true, damping: 2);
        Step(ref b, 2, pass: false, damping: 2);
        var inconclusive = RunDiffer.Diff(Run(3, x => x.Inconclusive("site down")), b, 2).Single(s => s.Code == "O7");
        var again = Step(ref b, 4, pass: false, damping: 2);

        Assert.Multiple(() =>
        {
            Assert.That(inconclusive.Change, Is.EqualTo(ItemChange.None));
            Assert.That(inconclusive.FailStreak, Is.EqualTo(1), "state carried forward unchanged");
            Assert.That(again.Change, Is.EqualTo(ItemChange.New), "two conclusive failures confirm it");
            Assert.That(again.FailStreak, Is.EqualTo(2));
        });
    }

    [Test]
    public void Diff_InconclusiveItemVerdict_CarriesStateAndKeepsDamping()
    {
        // Given pass, then an item-level inconclusive verdict, then a failure
        IReadOnlyDictionary<string, ItemState> b = Empty();
        Step(ref b, 1, pass: true, damping: 2);
        var carried = RunDiffer.Diff(Run(2, x => x.Item("O7", v => v with { Verdict = Verdict.Inconclusive })), b, 2);
        b = carried.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        var fail = Step(ref b, 3, pass: false, damping: 2);

        Assert.Multiple(() =>
        {
            Assert.That(carried.Single(s => s.Code == "O7").Seen, Is.True);
            Assert.That(fail.Change, Is.EqualTo(ItemChange.Unconfirmed), "the earlier pass still damps the regression");
        });
    }

    [Test]
    public void Diff_ManualReviewAfterFail_IsStillOpen()
    {
        IReadOnlyDictionary<string, ItemState> b = Empty();
        Step(ref b, 1, pass: false, damping: 2);
        var review = RunDiffer.Diff(Run(2, x => x.Review("O7", "ต้องตรวจลายมือชื่อ", "signature to check")), b, 2).Single(s => s.Code == "O7");
        Assert.That(review.Change, Is.EqualTo(ItemChange.StillOpen));
    }

    private static List<ItemState> Sequence(int damping, int pass, int fail)
    {
        IReadOnlyDictionary<string, ItemState> b = Empty();
        var list = new List<ItemState>();
        var night = 1;
        for (var i = 0; i < pass; i++)
        {
            list.Add(Step(ref b, night++, pass: true, damping));
        }

        for (var i = 0; i < fail; i++)
        {
            list.Add(Step(ref b, night++, pass: false, damping));
        }

        return list;
    }

    private static ItemState Step(ref IReadOnlyDictionary<string, ItemState> baseline, int night, bool pass, int damping)
    {
        var run = pass ? Run(night, _ => { }) : Run(night, x => x.Fail("O7", FailKind.Missing, "ไม่พบ", "not found"));
        var states = RunDiffer.Diff(run, baseline, damping);
        baseline = states.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        return states.Single(s => s.Code == "O7");
    }

    private static RunResult Run(int night, Action<RunResultBuilder> configure)
    {
        var b = new RunResultBuilder(ReportCatalog.Catalog).StartedAt(Day1.AddDays(night - 1));
        configure(b);
        return b.Build();
    }

    private static Dictionary<string, ItemState> Empty() => [];
}
