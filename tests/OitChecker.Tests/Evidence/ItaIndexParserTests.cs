using OitChecker.Evidence;
using static OitChecker.Tests.Evidence.IndexPages;

namespace OitChecker.Tests.Evidence;

public class ItaIndexParserTests
{
    [Test]
    public void Parse_TableRowsWithCodeInItsOwnCell_ReadsEveryCodeAndTarget()
    {
        var page = FromHtml("/ita", "ITA", $"<table>{TableRows("t")}</table>");

        var entries = ItaIndexParser.Parse(page);

        Assert.That(entries.Select(e => (e.Code, e.TargetUrl)), Is.EqualTo(Enumerable.Range(1, 5).Select(n => ($"O{n}", $"https://www.test.go.th/t/o{n}"))));
    }

    [Test]
    public void Parse_UnorderedListItems_ReadsCodesFromTheListItem()
    {
        var items = string.Concat(Enumerable.Range(1, 6).Select(n => $"<li>O{n} <a href=\"/l/{n}\">ข้อมูลข้อ {n}</a></li>"));
        var page = FromHtml("/ita", "OIT", $"<ul>{items}</ul>");

        var entries = ItaIndexParser.Parse(page);

        Assert.That(entries.Select(e => e.Code), Is.EqualTo(new[] { "O1", "O2", "O3", "O4", "O5", "O6" }));
    }

    [Test]
    public void Parse_AccordionPanelsWithTheCodeOnlyInTheHeader_TakesTheCodeFromThePanelLabel()
    {
        // Given Bootstrap accordion panels: the code is on the button, the link inside only says "ดาวน์โหลด"
        var panels = string.Concat(Enumerable.Range(1, 5).Select(n =>
            $"<div class=\"accordion-item\"><h2 class=\"accordion-header\"><button data-bs-target=\"#c{n}\">O{n} ข้อมูลข้อ {n}</button></h2>" +
            $"<div id=\"c{n}\" class=\"accordion-collapse collapse\"><div class=\"accordion-body\"><p><a href=\"/acc/{n}.pdf\">ดาวน์โหลด</a></p></div></div></div>"));
        var page = FromHtml("/ita", "ITA", $"<div class=\"accordion\">{panels}</div>");

        var entries = ItaIndexParser.Parse(page);

        Assert.That(entries.Select(e => (e.Code, e.TargetUrl)), Is.EqualTo(Enumerable.Range(1, 5).Select(n => ($"O{n}", $"https://www.test.go.th/acc/{n}.pdf"))));
    }

    [Test]
    public void Parse_WordPressHeadingsFollowedByLinks_EachLinkBelongsToTheHeadingAboveIt()
    {
        // Given a WordPress page: <h3>O1 …</h3> then paragraphs of links, no table or list
        var body = string.Concat(Enumerable.Range(1, 5).Select(n =>
            $"<h3>O{n} หัวข้อที่ {n}</h3><p><a href=\"/wp-content/uploads/o{n}-a.pdf\">ไฟล์แรก</a></p><p><a href=\"/wp-content/uploads/o{n}-b.pdf\">ไฟล์ที่สอง</a></p>"));
        var page = FromHtml("/ita", "ITA", $"<article>{body}</article>");

        var entries = ItaIndexParser.Parse(page);

        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(10));
            Assert.That(entries.Where(e => e.Code == "O3").Select(e => e.TargetUrl), Is.EqualTo(new[]
            {
                "https://www.test.go.th/wp-content/uploads/o3-a.pdf", "https://www.test.go.th/wp-content/uploads/o3-b.pdf",
            }));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Parse_YearTabs_EachEntryCarriesTheYearOfItsTab(bool olderTabFirst)
    {
        var y65 = "<div id=\"y2565\" class=\"tab-pane\"><table>" + TableRows("2565") + "</table></div>";
        var y66 = "<div id=\"y2566\" class=\"tab-pane\"><table>" + TableRows("2566") + "</table></div>";
        var tabs = olderTabFirst
            ? "<ul class=\"nav nav-tabs\"><li><a href=\"#y2565\" data-bs-toggle=\"tab\">ITA ปี 2565</a></li><li><a href=\"#y2566\" data-bs-toggle=\"tab\">ITA ปี 2566</a></li></ul>"
            : "<ul class=\"nav nav-tabs\"><li><a href=\"#y2566\" data-bs-toggle=\"tab\">ITA ปี 2566</a></li><li><a href=\"#y2565\" data-bs-toggle=\"tab\">ITA ปี 2565</a></li></ul>";
        var page = FromHtml("/ita", "ITA", tabs + "<div class=\"tab-content\">" + (olderTabFirst ? y65 + y66 : y66 + y65) + "</div>");

        var entries = ItaIndexParser.Parse(page);

        Assert.Multiple(() =>
        {
            Assert.That(entries.Where(e => e.Year == 2566).Select(e => e.TargetUrl), Is.EqualTo(Enumerable.Range(1, 5).Select(n => $"https://www.test.go.th/2566/o{n}")));
            Assert.That(entries.Where(e => e.Year == 2565).Select(e => e.TargetUrl), Is.EqualTo(Enumerable.Range(1, 5).Select(n => $"https://www.test.go.th/2565/o{n}")));
            Assert.That(entries.Where(e => e.Year is null), Is.Empty);
        });
    }

    [Test]
    public void Parse_YearInThePageTitle_AppliesToEveryEntry()
    {
        var page = FromHtml("/ita", "ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖", $"<table>{TableRows("t")}</table>");

        Assert.That(ItaIndexParser.Parse(page).Select(e => e.Year).Distinct(), Is.EqualTo(new int?[] { 2566 }));
    }

    [Test]
    public void Parse_LinksWhoseTextIsOnlyTheCode_ReadTheCodeFromTheLink()
    {
        var rows = string.Concat(new[] { 1, 2, 10, 12, 23 }.Select(n => $"<tr><td><a href=\"/c/{n}\">O{n}</a></td><td>ชื่อรายการ</td></tr>"));
        var page = FromHtml("/ita", "ITA", $"<table>{rows}</table>");

        var entries = ItaIndexParser.Parse(page);

        Assert.That(entries.Select(e => (e.Code, e.TargetUrl)), Is.EqualTo(new[]
        {
            ("O1", "https://www.test.go.th/c/1"), ("O2", "https://www.test.go.th/c/2"), ("O10", "https://www.test.go.th/c/10"),
            ("O12", "https://www.test.go.th/c/12"), ("O23", "https://www.test.go.th/c/23"),
        }));
    }

    [Test]
    public void Parse_ThaiDigitsInCodes_AreRead()
    {
        var rows = string.Concat(new[] { "๑", "๒", "๓", "๑๒", "๓๓" }.Select(d => $"<tr><td>O{d}</td><td><a href=\"/d/{d}\">ดูข้อมูล</a></td></tr>"));
        var page = FromHtml("/ita", "ITA", $"<table>{rows}</table>");

        Assert.That(ItaIndexParser.Parse(page).Select(e => e.Code), Is.EqualTo(new[] { "O1", "O2", "O3", "O12", "O33" }));
    }

    [Test]
    public void Parse_HashAndSelfLinks_AreEntriesThatLinkNowhere()
    {
        var rows = "<tr><td>O1</td><td><a href=\"#\">โครงสร้าง</a></td></tr><tr><td>O2</td><td><a href=\"/ita\">ผู้บริหาร</a></td></tr>" + TableRows("t", 3, 6);
        var page = FromHtml("/ita", "ITA", $"<table>{rows}</table>");

        var entries = ItaIndexParser.Parse(page);

        Assert.That(entries.Where(e => e.LinksNowhere).Select(e => e.Code), Is.EquivalentTo(new[] { "O1", "O2" }));
    }

    [Test]
    public void Parse_IndexWhoseLinksAreAllHash_IsStillAnIndexAndEveryCodeLinksNowhere()
    {
        // Given the Phonsung shape: "O1 – <a href="#">โครงสร้าง</a>" for every item (the crawler drops "#" links)
        var rows = string.Concat(Enumerable.Range(1, 12).Select(n => $"<tr><td>O{n} – <a href=\"#\">หัวข้อที่ {n}</a></td></tr>"));
        var page = FromHtml("/ita", "ITA ประจำปีงบประมาณ พ.ศ. 2566", $"<table>{rows}</table>");

        var entries = ItaIndexParser.Parse(page);

        Assert.Multiple(() =>
        {
            Assert.That(entries.Select(e => e.Code), Is.EqualTo(Enumerable.Range(1, 12).Select(n => $"O{n}")));
            Assert.That(entries.All(e => e.LinksNowhere && e.Year == 2566), Is.True);
        });
    }

    [Test]
    public void Parse_TextNamingAFewCodesWithoutLinks_IsNotAnIndexPage()
    {
        var page = FromHtml("/news", "ข่าว", "<p>ผลการประเมิน OIT ข้อ O1 O2 O3 O4 O5 O6 ผ่านทั้งหมด</p>");

        Assert.That(ItaIndexParser.Parse(page), Is.Empty);
    }

    [Test]
    public void Parse_PageNamingFewerThanFiveCodes_IsNotAnIndexPage()
    {
        var page = FromHtml("/news", "ข่าว", $"<table>{TableRows("t", 1, 4)}</table>");

        Assert.That(ItaIndexParser.Parse(page), Is.Empty);
    }

    [Test]
    public void Parse_RowNamingTwoCodes_IsNotGuessed()
    {
        var rows = "<tr><td>O1 และ O2</td><td><a href=\"/both\">ดูข้อมูล</a></td></tr>" + TableRows("t", 3, 7);
        var page = FromHtml("/ita", "ITA", $"<table>{rows}</table>");

        Assert.That(ItaIndexParser.Parse(page).Select(e => e.TargetUrl), Does.Not.Contain("https://www.test.go.th/both"));
    }
}
