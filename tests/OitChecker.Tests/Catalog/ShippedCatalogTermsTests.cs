using System.Net;
using System.Text.RegularExpressions;
using OitChecker.Catalog;
using OitChecker.Testing;
using OitChecker.Text;

namespace OitChecker.Tests.Catalog;

/// <summary>
/// The evidence matcher relies on each item's <c>find.terms</c> and <c>find.exclude</c>: a link text must lead to
/// its own item and not to a neighbour (plan vs 6-month report vs annual report). These tests run the shipped
/// terms, through the matching fold, against real wording: a real 2566 ITA index page, a real local-government
/// menu, the seed memo, and the typical titles of neighbouring items.
/// </summary>
[TestFixture]
public sealed partial class ShippedCatalogTermsTests
{
    /// <summary>The items whose terms occur in <paramref name="text"/> and whose excludes do not.</summary>
    internal static IReadOnlyList<string> Candidates(OitCatalog catalog, string text)
    {
        var folded = ThaiFold.Fold(text);
        return catalog.Items
            .Where(i => i.Find.Terms.Any(t => ThaiFold.ContainsFolded(folded, ThaiFold.Fold(t))))
            .Where(i => !i.Find.Exclude.Any(x => ThaiFold.ContainsFolded(folded, ThaiFold.Fold(x))))
            .Select(i => i.Code)
            .ToList();
    }

    [Test]
    public void RealIndexPage2566_EveryItemTextLeadsToItsOwnItemOnly()
    {
        // Given — the 43 "On – title" entries of เทศบาลตำบลโพนสูง's 2566 ITA page
        var entries = IndexEntries(Path.Combine(RepoPaths.RealSite("phonsung-ita-page"), "ITA.html"));
        var catalog = ShippedCatalogs.Year(2566);

        // When
        var wrong = entries
            .Select(e => (e.Code, e.Text, Found: Candidates(catalog, e.Text)))
            .Where(x => x.Found.Count != 1 || x.Found[0] != x.Code)
            .Select(x => $"{x.Code} '{x.Text}' → [{string.Join(", ", x.Found)}]")
            .ToList();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(43));
            Assert.That(wrong, Is.Empty);
        });
    }

    [TestCase("โครงสร้าง อบต.", "O1")]
    [TestCase("คณะผู้บริหาร", "O2")]
    [TestCase("อำนาจและหน้าที่", "O3")]
    [TestCase("ยุทธศาสตร์การพัฒนา", "O4")]
    [TestCase("ติดต่อเรา", "O5")]
    [TestCase("กระดานสนทนา", "O8")]
    [TestCase("คู่มือประชาชน", "O14")]
    [TestCase("รับเรื่องราวร้องทุกข์และเบาะแสการทุจริต", "O30")]
    public void RealMenu2015_LeadsToTheItemItServes(string menuText, string code)
    {
        // Given — menu texts of อบต.ไทรย้อย (../shared/realsites/saiyoidenchai), a pre-ITA site

        // When
        var found = Candidates(ShippedCatalogs.Year(2565), menuText);

        // Then
        Assert.That(found, Is.EqualTo(new[] { code }));
    }

    [TestCase("แบบสอบถามความพึงพอใจ")]
    [TestCase("หนังสือราชการกรมส่งเสริมการปกครองท้องถิ่น")]
    [TestCase("กำนัน-ผู้ใหญ่บ้าน")]
    [TestCase("คำสั่งมอบหมายหน้าที่")]
    public void RealMenu2015_UnrelatedEntries_LeadNowhere(string menuText)
    {
        // Then — a questionnaire form is not the survey report (O16); a DLA circular link is not O6
        Assert.That(Candidates(ShippedCatalogs.Year(2565), menuText), Is.Empty);
    }

    [TestCase("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2565", "O10")]
    [TestCase("รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน", "O11")]
    [TestCase("รายงานผลการดำเนินงานประจำปี 2564", "O12")]
    [TestCase("แผนการใช้จ่ายงบประมาณประจำปี", "O18")]
    [TestCase("รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน", "O19")]
    [TestCase("รายงานผลการใช้จ่ายงบประมาณประจำปี 2564", "O20")]
    [TestCase("ประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2565", "O21")]
    [TestCase("ประกาศผู้ชนะการเสนอราคา โครงการก่อสร้างถนน คสล.", "O22")]
    [TestCase("สรุปผลการจัดซื้อจัดจ้างรายเดือน ประจำปีงบประมาณ 2565", "O23")]
    [TestCase("สขร.1 ประจำเดือนตุลาคม 2564", "O23")]
    [TestCase("รายงานผลการจัดซื้อจัดจ้างแบบรายเดือน", "O23")]
    [TestCase("รายงานผลการจัดซื้อจัดจ้าง ประจำปีงบประมาณ 2564", "O24")]
    [TestCase("สรุปผลการจัดซื้อจัดจ้างประจำปี 2564", "O24")]
    [TestCase("นโยบายการบริหารทรัพยากรบุคคล", "O25")]
    [TestCase("การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล", "O26")]
    [TestCase("คู่มือการปฏิบัติงานเรื่องร้องเรียนการทุจริต", "O29")]
    [TestCase("สถิติเรื่องร้องเรียนการทุจริต", "O31")]
    [TestCase("เจตจำนงสุจริตของผู้บริหาร", "O34")]
    [TestCase("การมีส่วนร่วมของผู้บริหาร", "O35")]
    [TestCase("รายงานผลการดำเนินการป้องกันการทุจริต รอบ 6 เดือน", "O40")]
    [TestCase("รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปี 2564", "O41")]
    [TestCase("การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "O43")]
    [TestCase("โครงสร้างส่วนราชการตามแผนอัตรากำลัง 3 ปี", "O25")]
    public void NeighbouringTitles2565_AreSeparated(string linkText, string code)
    {
        // Then
        Assert.That(Candidates(ShippedCatalogs.Year(2565), linkText), Is.EqualTo(new[] { code }));
    }

    [Test]
    public void SeedMemo_IsFoundAsO42_AndHoldsItsStructurePhrases()
    {
        // Given — the seed municipality's own O42 document (memo of 10 Feb 2565), read in place
        var seed = Directory.EnumerateFiles(Path.Combine(RepoPaths.Shared, "seed"), "*.txt").Single();
        var text = File.ReadAllText(seed);
        var item = ShippedCatalogs.Year(2565).Find("O42")!;
        var folded = ThaiFold.Fold(text);

        // When
        var missing = item.Elements.OfType<PhrasesElement>()
            .SelectMany(p => p.All)
            .Where(a => !a.Options.Any(o => ThaiFold.ContainsFolded(folded, ThaiFold.Fold(o))))
            .Select(a => a.Label)
            .ToList();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(Candidates(ShippedCatalogs.Year(2565), "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลตำบลเมืองแกลง ประจำปีงบประมาณ พ.ศ. ๒๕๖๕"), Is.EqualTo(new[] { "O42" }));
            Assert.That(item.Find.DocumentTerms.Where(t => ThaiFold.ContainsFolded(folded, ThaiFold.Fold(t))), Is.Not.Empty);
            Assert.That(missing, Is.Empty);
        });
    }

    private static List<(string Code, string Text)> IndexEntries(string htmlPath)
    {
        var html = File.ReadAllText(htmlPath);
        var text = WebUtility.HtmlDecode(TagRegex().Replace(html, " "));
        return EntryRegex().Matches(text)
            .Select(m => ("O" + m.Groups[1].Value, m.Groups[2].Value.Trim()))
            .ToList();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagRegex();

    [GeneratedRegex(@"\bO(\d{1,2})\s*–\s*([^\r\n]+)")]
    private static partial Regex EntryRegex();
}
