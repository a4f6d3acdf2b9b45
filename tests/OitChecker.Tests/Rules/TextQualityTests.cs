using OitChecker.Rules;

namespace OitChecker.Tests.Rules;

public class TextQualityTests
{
    [TestCase("ประกาศองค์การบริหารส่วนตำบลไทรย้อย เรื่อง สอบราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๑๐", true)]
    [TestCase("Annual report of the municipality for fiscal year 2021, with budget tables", true)]
    [TestCase("แบบ สขร.1 สรุปผลการด าเนินการจัดซื้อจัดจ้างในรอบเดือน ต.ค. 2564", true)]   // the usual ำ damage is still text
    [TestCase("ΓΛΠΣΦΨΩαβγδεζηθικλμνξοπρστυφχψω ΓΛΠΣΦΨΩαβγδεζηθ", false)]              // private glyph codes read as Greek
    [TestCase("ก ข ค ง", false)]                                                             // too short to be a document's text
    [TestCase("", false)]
    [TestCase(null, false)]
    public void IsReadable(string? text, bool expected) =>
        Assert.That(TextQuality.IsReadable(text), Is.EqualTo(expected));

    [Test]
    public void IsReadable_MostlyGarbageWithSomeThai_IsNot()
    {
        var text = "ประกาศ " + new string('Ж', 200);

        Assert.That(TextQuality.IsReadable(text), Is.False);
    }
}
