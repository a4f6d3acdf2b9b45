using OitChecker.Text;

namespace OitChecker.Tests.Text;

public class FiscalYearTests
{
    [Test]
    public void Fy2568_RunsFromOctober2567ToSeptember2568()
    {
        var fy = new FiscalYear(2568);
        Assert.Multiple(() =>
        {
            Assert.That(fy.Start, Is.EqualTo(new DateOnly(2024, 10, 1)));
            Assert.That(fy.End, Is.EqualTo(new DateOnly(2025, 9, 30)));
            Assert.That(fy.ThaiLabel, Is.EqualTo("ปีงบประมาณ พ.ศ. 2568"));
        });
    }

    [TestCase(2024, 9, 30, 2567)] // last day of FY2567
    [TestCase(2024, 10, 1, 2568)] // first day of FY2568
    [TestCase(2025, 3, 31, 2568)] // end of the "6 months"
    public void Of_PutsDatesInTheRightFiscalYear(int y, int m, int d, int fy) =>
        Assert.That(FiscalYear.Of(new DateOnly(y, m, d)).BeYear, Is.EqualTo(fy));

    [Test]
    public void BeYearOfMonth_OctoberBelongsToThePreviousCalendarYear()
    {
        var fy = new FiscalYear(2565);
        Assert.Multiple(() =>
        {
            Assert.That(fy.BeYearOfMonth(10), Is.EqualTo(2564), "ต.ค. ๖๔ opens FY2565 in the seed memo");
            Assert.That(fy.BeYearOfMonth(3), Is.EqualTo(2565));
            Assert.That(fy.ContainsMonth(2, 2565), Is.True);
            Assert.That(fy.ContainsMonth(2, 2564), Is.False);
            Assert.That(FiscalYear.HalfYearMonths, Is.EqualTo(new[] { 10, 11, 12, 1, 2, 3 }));
        });
    }
}
