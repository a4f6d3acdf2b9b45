using OitChecker.Catalog;
using OitChecker.Evidence;
using OitChecker.Testing.Builders;
using OitChecker.Text;

namespace OitChecker.Tests.Evidence;

public class ItemMatcherTests
{
    private static readonly ItemMatcher Summary = new(EvidenceFixture.Item("O23", "สรุปผลการจัดซื้อจัดจ้าง") with
    {
        Find = new FindSpec(["สรุปผลการจัดซื้อจัดจ้าง", "สรุปผลการดำเนินการจัดซื้อจัดจ้าง"], [], ["แผนการจัดซื้อจัดจ้าง"], ["แบบ สขร.1"]),
    });

    [TestCase("สรุปผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม")]
    [TestCase("สรุป ผล การ จัดซื้อ จัดจ้าง")]            // spaces between Thai words (CMS editors, PDF extraction)
    [TestCase("สรุปผล\u200Bการจัดซื้อจัด\u200Bจ้าง")]    // zero-width spaces left by editors
    [TestCase("สรุปผลการจัดซือจัดจ้าง")]                // tone mark lost (PDF text layer)
    public void Match_ThaiWithOrWithoutSpacesOrMarks_Matches(string text) =>
        Assert.That(Summary.Match(text), Is.EqualTo("สรุปผลการจัดซื้อจัดจ้าง"));

    [TestCase("สรุปผลการดำเนินการจัดซื้อจัดจ้าง")]
    [TestCase("สรุปผลการด าเนินการจัดซื้อจัดจ้าง")]     // "ำ" split by pdftotext into a space + "า"
    [TestCase("สรุปผลการดาเนินการจัดซื้อจัดจ้าง")]      // nikhahit lost (Word → PDF with TH Sarabun)
    [TestCase("สรุปผลการดําเนินการจัดซื้อจัดจ้าง")]     // decomposed ํ + า
    public void Match_SaraAmDamage_StillMatchesTheLongestTerm(string text) =>
        Assert.That(Summary.Match(text), Is.EqualTo("สรุปผลการดำเนินการจัดซื้อจัดจ้าง"));

    [Test]
    public void Match_TextCarryingANeighbouringItemsMarker_IsRejected() =>
        Assert.That(Summary.Match("แผนการจัดซื้อจัดจ้าง และสรุปผลการจัดซื้อจัดจ้าง"), Is.Null);

    [Test]
    public void Match_UnrelatedText_IsNull() =>
        Assert.That(Summary.Match("ข่าวประชาสัมพันธ์"), Is.Null);

    [Test]
    public void MatchUrl_PercentEncodedThaiAndUpperCase_Matches()
    {
        var m = new ItemMatcher(EvidenceFixture.Item("O1", "โครงสร้าง") with
        {
            Find = new FindSpec(["โครงสร้าง"], ["structure", "โครงสร้าง"], [], []),
        });

        Assert.Multiple(() =>
        {
            Assert.That(m.MatchUrl("https://www.test.go.th/About/Structure.html"), Is.EqualTo("structure"));
            Assert.That(m.MatchUrl("https://www.test.go.th/" + Uri.EscapeDataString("โครงสร้าง") + "/"), Is.EqualTo("โครงสร้าง"));
            Assert.That(m.MatchUrl("https://www.test.go.th/news"), Is.Null);
        });
    }

    [Test]
    public void MatchDocument_CountsDistinctTermsInFoldedPdfText()
    {
        var text = ThaiFold.Fold("แบบ สขร.1 สรุปผลการด าเนินการจัดซื้อจัดจ้าง ในรอบเดือน ตุลาคม 2564");

        var (count, first) = Summary.MatchDocument(text);

        Assert.That((count, first), Is.EqualTo((2, "แบบ สขร.1")), "the short term is not inside the long one");
    }

    [Test]
    public void MatchDocument_ExcludeTermAtTheTopOfTheDocument_CountsNothing() =>
        Assert.That(Summary.MatchDocument(ThaiFold.Fold("แผนการจัดซื้อจัดจ้าง ประจำปี 2565 สรุปผลการจัดซื้อจัดจ้าง")).Count, Is.Zero);
}
