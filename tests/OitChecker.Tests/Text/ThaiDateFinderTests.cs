using OitChecker.Testing;
using OitChecker.Text;
using UglyToad.PdfPig;

namespace OitChecker.Tests.Text;

public class ThaiDateFinderTests
{
    [TestCase("ประกาศ ณ วันที่ 1 ตุลาคม 2567", 2567, 10, 1)]
    [TestCase("ลงวันที่ ๑๐ กุมภาพันธ์ ๒๕๖๕", 2565, 2, 10)]  // the seed memo's date
    [TestCase("ประกาศ ๑ ต.ค. ๖๗", 2567, 10, 1)]
    [TestCase("วันที่ 01/10/2567", 2567, 10, 1)]
    [TestCase("วันที่ 1/10/67", 2567, 10, 1)]
    [TestCase("updated 2024-10-01", 2567, 10, 1)]          // ISO CE date → BE
    [TestCase("15 มี.ค. 2568", 2568, 3, 15)]
    [TestCase("3 March 2025", 2568, 3, 3)]
    public void Find_ReadsDays(string text, int year, int month, int day)
    {
        var d = ThaiDateFinder.Find(text).Single();
        Assert.That((d.Kind, d.Year, d.Month, d.Day), Is.EqualTo((DateKind.Day, (int?)year, (int?)month, (int?)day)));
    }

    [TestCase("สรุปผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2567", 2567, 10)]
    [TestCase("สขร.1 ประจำเดือน ก.พ. 68", 2568, 2)]
    [TestCase("รายงานประจำเดือนมีนาคม พ.ศ. ๒๕๖๘", 2568, 3)]
    [TestCase("ต.ค.67", 2567, 10)]
    [TestCase("ประจำเดือน พฤศจิกายน 2567", 2567, 11)]
    public void Find_ReadsMonths(string text, int year, int month)
    {
        var d = ThaiDateFinder.Find(text).Single();
        Assert.That((d.Kind, d.Year, d.Month), Is.EqualTo((DateKind.Month, (int?)year, (int?)month)));
        Assert.That(d.FiscalYear, Is.EqualTo(new FiscalYear(month >= 10 ? year + 1 : year)));
    }

    [TestCase("แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568", 2568)]
    [TestCase("ปีงบประมาณ ๒๕๖๕", 2565)]
    [TestCase("แผนการใช้จ่ายงบประมาณ ปีงบ 68", 2568)]
    [TestCase("Annual report FY2568", 2568)]
    public void Find_ReadsFiscalYears(string text, int fy)
    {
        var d = ThaiDateFinder.Find(text).Single();
        Assert.That((d.Kind, d.Year), Is.EqualTo((DateKind.FiscalYear, (int?)fy)));
        Assert.That(d.Covers(new FiscalYear(fy)), Is.True);
    }

    [Test]
    public void Find_ReadsMultiYearPlans()
    {
        var d = ThaiDateFinder.Find("แผนพัฒนาท้องถิ่น (พ.ศ. 2566 - 2570)").Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.Kind, Is.EqualTo(DateKind.YearRange));
            Assert.That((d.Year, d.EndYear), Is.EqualTo(((int?)2566, (int?)2570)));
            Assert.That(d.Covers(new FiscalYear(2568)), Is.True);
            Assert.That(d.Covers(new FiscalYear(2571)), Is.False);
        });
    }

    [Test]
    public void Find_ReturnsSeveralDatesInOrder()
    {
        var found = ThaiDateFinder.Find("ระหว่างวันที่ 1 ตุลาคม 2567 ถึง 31 มีนาคม 2568 (ปีงบประมาณ พ.ศ. 2568)");
        Assert.That(found.Select(f => (f.Kind, f.Month)), Is.EqualTo(new[]
        {
            (DateKind.Day, (int?)10), (DateKind.Day, (int?)3), (DateKind.FiscalYear, (int?)null),
        }));
    }

    [Test]
    public void Find_IgnoresMoneyAndPlainNumbers() =>
        Assert.That(ThaiDateFinder.Find("เป็นเงิน 1,613,700 บาท จำนวน 18 ราย"), Is.Empty);

    [Test]
    public void Find_ReadsDatesInRealPdfText()
    {
        // Given real text of a bill of quantities from เทศบาลตำบลพอกน้อย ("ประมาณการเมื่อ สิงหาคม พ.ศ.2557")
        var pdf = Path.Combine(RepoPaths.RealSite("poknoi-docs"), "modules", "upload", "pdf", "d1.pdf");
        using var doc = PdfDocument.Open(pdf);
        var found = ThaiDateFinder.Find(doc.GetPage(1).Text);

        // Then the month and year are found
        Assert.That(found.Any(f => f.Kind == DateKind.Month && f.Month == 8 && f.Year == 2557), Is.True,
            string.Join(", ", found.Select(f => f.Text)));
    }
}
