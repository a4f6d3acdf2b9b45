using OitChecker.Testing;
using OitChecker.Text;
using UglyToad.PdfPig;

namespace OitChecker.Tests.Text;

public class ThaiFoldTests
{
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาลตาบลเมืองแกลง")]   // PDF drops the nikhahit (poknoi PDFs)
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาลต าบลเมืองแกลง")]  // PdfPig renders it as a space
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาลตําบลเมืองแกลง")]  // decomposed ํ + า
    [TestCase("เทศบาลตำบลเมืองแกลง", "เทศบาล ตำบล เมือง แกลง")] // spaces between words
    [TestCase("ตำบล", "ต\u200Bำบล")]                              // zero-width space from a CMS editor
    [TestCase("ที่อยู่", "ท่ีอยู่")]                                   // tone mark and vowel swapped by a PDF
    [TestCase("E-Service", "e service")]
    [TestCase("ปีงบประมาณ ๒๕๖๕", "ปีงบประมาณ 2565")]
    public void Fold_MakesDamagedFormsEqual(string a, string b) =>
        Assert.That(ThaiFold.Fold(b), Is.EqualTo(ThaiFold.Fold(a)));

    [Test]
    public void Fold_IsStable() =>
        Assert.That(ThaiFold.Fold(ThaiFold.Fold("ข้อมูลผู้บริหาร (O2)")), Is.EqualTo(ThaiFold.Fold("ข้อมูลผู้บริหาร (O2)")));

    [Test]
    public void Fold_KeepsDifferentWordsDifferent() =>
        Assert.That(ThaiFold.Fold("แผนดำเนินงาน"), Is.Not.EqualTo(ThaiFold.Fold("แผนการจัดซื้อจัดจ้าง")));

    [Test]
    public void Clean_JoinsDecomposedSaraAmAndCollapsesSpaces() =>
        Assert.That(ThaiFold.Clean("ต\u0E4D\u0E32บล   เมือง\u200Bแกลง\n"), Is.EqualTo("ตำบล เมืองแกลง"));

    [Test]
    public void Contains_MatchesRealPdfTextWithSaraAmDamage()
    {
        // Given real text extracted from a procurement notice of เทศบาลตำบลพอกน้อย, where every "ำ" was lost
        var pdf = Path.Combine(RepoPaths.RealSite("poknoi-docs"), "modules", "upload", "pdf",
            "ประกาศรายชื่อผู้ชนะการเสนอราคาก่อสร้างตลาดสดเทศบาลตาบลพอกน้อย.pdf");
        using var doc = PdfDocument.Open(pdf);
        var text = string.Concat(doc.GetPages().Select(p => p.Text));
        Assume.That(text, Does.Contain("ต าบล"), "the real PDF shows the damage this test is about");

        // Then the fold still finds the correctly spelled words
        Assert.Multiple(() =>
        {
            Assert.That(ThaiFold.Contains(text, "ประกาศเทศบาลตำบลพอกน้อย"), Is.True);
            Assert.That(ThaiFold.Contains(text, "ห้างหุ้นส่วนจำกัด"), Is.True);
            Assert.That(ThaiFold.Contains(text, "ผู้เสนอราคาจำนวน"), Is.True);
            Assert.That(ThaiFold.Contains(text, "เทศบาลนครเชียงใหม่"), Is.False);
        });
    }
}
