using OitChecker.Text;

namespace OitChecker.Tests.Text;

public class ThaiMonthsTests
{
    [TestCase("ตุลาคม", 10)]
    [TestCase("ต.ค.", 10)]
    [TestCase("ตค", 10)]
    [TestCase("ก.พ.", 2)]
    [TestCase("กุมภาพันธ์", 2)]
    [TestCase("มี.ค.", 3)]
    [TestCase("ม.ค.", 1)]   // must not be confused with มี.ค.
    [TestCase("มิ.ย.", 6)]
    [TestCase("October", 10)]
    [TestCase("oct", 10)]
    public void Parse_ReadsNamesAndAbbreviations(string text, int month) =>
        Assert.That(ThaiMonths.Parse(text), Is.EqualTo(month));

    [TestCase("ต.ค.67", 10, 2567)]    // abbreviation glued to a two-digit BE year
    [TestCase("ต.ค. ๖๔", 10, 2564)]   // seed memo style
    [TestCase("ตุลาคม 2567", 10, 2567)]
    [TestCase("เดือนกุมภาพันธ์ พ.ศ. ๒๕๖๕", 2, 2565)]
    public void TryParseMonthYear_ReadsAttachedYears(string text, int month, int year)
    {
        Assert.That(ThaiMonths.TryParseMonthYear(text, out var m, out var y), Is.True);
        Assert.That((m, y), Is.EqualTo((month, (int?)year)));
    }

    [Test]
    public void Labels_AreThai()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ThaiMonths.FullName(10), Is.EqualTo("ตุลาคม"));
            Assert.That(ThaiMonths.Abbreviation(2), Is.EqualTo("ก.พ."));
            Assert.That(ThaiMonths.ShortLabel(10, 2567), Is.EqualTo("ต.ค. 67"));
            Assert.That(ThaiMonths.LongLabel(3, 2568), Is.EqualTo("มีนาคม 2568"));
        });
    }

    [Test]
    public void FullName_RejectsMonth13() =>
        Assert.That(() => ThaiMonths.FullName(13), Throws.TypeOf<ArgumentOutOfRangeException>());
}
