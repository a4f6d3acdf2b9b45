using OitChecker.Catalog;
using OitChecker.Crawling;
using OitChecker.Evidence;
using OitChecker.Testing.Builders;
using static OitChecker.Testing.Builders.Pages;

namespace OitChecker.Tests.Evidence;

public class CandidateFinderTests
{
    private static readonly CatalogItem Structure = EvidenceFixture.Item("O1", "โครงสร้างองค์กร", new ReachableElement("reachable", null, null, false));

    [Test]
    public async Task Find_PinnedIndexAndLinkText_RankedPinnedThenIndexThenLinkTextEachWithItsReason()
    {
        // Given an ITA index that links O1 to /index-o1, a menu link "โครงสร้างองค์กร" to /menu-o1, and a pinned URL
        var (index, matcher) = await Build(
            IndexPages.FromHtml("/ita", "ITA ปี 2565", $"<table><tr><td>O1</td><td><a href=\"/index-o1\">ดูข้อมูล</a></td></tr>{IndexPages.TableRows("t", 2, 6)}</table>"),
            Html("/", "หน้าแรก", links: [Link("/menu-o1", "โครงสร้างองค์กร")]),
            Html("/index-o1", "หน้า ก"), Html("/menu-o1", "หน้า ข"), Html("/pinned-o1", "หน้า ค"));
        var finder = new CandidateFinder(index, 2565, code => code == "O1" ? Url("/pinned-o1") : null);

        // When
        var found = finder.Find(matcher);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(found.Candidates.Select(c => (c.Source, c.Url)).Take(3), Is.EqualTo(new[]
            {
                ("pinned", Url("/pinned-o1")), ("index", Url("/index-o1")), ("link-text", Url("/menu-o1")),
            }));
            Assert.That(found.Candidates[0].Reason.En, Does.Contain("pinned URL"));
            Assert.That(found.Candidates[1].Reason.Th, Does.Contain("หน้า ITA").And.Contain("O1").And.Contain("(2565)"));
            Assert.That(found.Candidates[1].FoundOn, Is.EqualTo(Url("/ita")));
            Assert.That(found.Candidates[2].Reason.En, Does.Contain("link \"โครงสร้างองค์กร\"").And.Contain(Url("/")));
        });
    }

    [Test]
    public async Task Find_IndexOfAnotherYearOnly_IsNotACandidateButIsReported()
    {
        var (index, matcher) = await Build(IndexPages.FromHtml("/ita", "ITA ปี 2564", $"<table>{IndexPages.TableRows("old")}</table>"), Html("/old/o1", "เก่า"));

        var found = new CandidateFinder(index, 2565, _ => null).Find(matcher);

        Assert.Multiple(() =>
        {
            Assert.That(found.Candidates.Where(c => c.Source == "index"), Is.Empty);
            Assert.That(found.OtherYearEntries.Select(e => (e.Year, e.TargetUrl)), Is.EqualTo(new[] { ((int?)2564, Url("/old/o1")) }));
        });
    }

    [Test]
    public async Task Find_IndexEntryLinkingNowhere_IsKeptAsAnEntryButNotAsACandidate()
    {
        var rows = "<tr><td>O1</td><td><a href=\"#\">โครงสร้าง</a></td></tr>" + IndexPages.TableRows("t", 2, 6);
        var (index, matcher) = await Build(IndexPages.FromHtml("/ita", "ITA 2565", $"<table>{rows}</table>"));

        var found = new CandidateFinder(index, 2565, _ => null).Find(matcher);

        Assert.Multiple(() =>
        {
            Assert.That(found.IndexEntries.Single().LinksNowhere, Is.True);
            Assert.That(found.Candidates.Where(c => c.Source == "index"), Is.Empty);
        });
    }

    [Test]
    public async Task Find_TitleHeadingAndUrl_AreWeakerSourcesWithTheirOwnReasons()
    {
        var (index, _) = await Build(
            Html("/a", "โครงสร้างองค์กร เทศบาล"),
            Html("/b", "หน้าแรก", headings: ["แผนผังโครงสร้างองค์กร"]),
            Html("/structure.html", "หน้า"));
        var itemWithUrl = new ItemMatcher(Structure with { Find = Structure.Find with { UrlPatterns = ["structure"] } });

        var found = new CandidateFinder(index, 2565, _ => null).Find(itemWithUrl);

        Assert.Multiple(() =>
        {
            Assert.That(found.Candidates.Select(c => c.Source), Is.EqualTo(new[] { "title", "heading", "url" }));
            Assert.That(found.Candidates.Select(c => c.Score), Is.Ordered.Descending);
            Assert.That(found.Candidates[2].Reason.En, Is.EqualTo("the URL contains \"structure\""));
            Assert.That(found.Candidates.All(c => c.Score < 70), Is.True, "none beats a link text");
        });
    }

    [Test]
    public async Task Find_TheItaIndexPageItself_IsNeverACandidate()
    {
        // Given an ITA page headed "โครงสร้างองค์กร" (it lists every item) linked from the menu by that text
        var (index, matcher) = await Build(
            IndexPages.FromHtml("/ita", "ITA", $"<h2>โครงสร้างองค์กร</h2><table>{IndexPages.TableRows("t", 2, 6)}</table>"),
            Html("/", "หน้าแรก", links: [Link("/ita", "ITA โครงสร้างองค์กร")]));

        var found = new CandidateFinder(index, 2565, _ => null).Find(matcher);

        Assert.That(found.Candidates.Select(c => c.Url), Does.Not.Contain(Url("/ita")));
    }

    [Test]
    public async Task Find_DocumentText_CountsOnlyWhenTheTermIsOnTheCover()
    {
        // Given a document about the structure (term on its first line) and a plan that names it only deep inside
        var filler = string.Concat(Enumerable.Repeat("แผนอัตรากำลังสามปี ภารกิจหลักและภารกิจรอง การวิเคราะห์อัตรากำลัง ", 20));
        var (index, matcher) = await Build(
            Html("/", "หน้าแรก", links: [Link("/docs/a.pdf", "ดาวน์โหลด"), Link("/docs/b.pdf", "ดาวน์โหลด")]),
            Document("/docs/a.pdf", "โครงสร้างองค์กร เทศบาลตำบลทดสอบ ประจำปีงบประมาณ พ.ศ. 2565 " + filler),
            Document("/docs/b.pdf", filler + " บทที่ 5 โครงสร้างองค์กร"));

        // When
        var found = new CandidateFinder(index, 2565, _ => null).Find(matcher);

        // Then only the document that is about the item is a candidate
        Assert.That(found.Candidates.Where(c => c.Source == "document-text").Select(c => c.Url), Is.EqualTo(new[] { Url("/docs/a.pdf") }));
    }

    private static async Task<(SiteIndex Index, ItemMatcher Matcher)> Build(params PageSnapshot[] pages)
    {
        var store = new InMemoryPageStore();
        foreach (var p in pages)
        {
            await store.AddAsync(p);
        }

        var matcher = new ItemMatcher(Structure);
        return (await SiteIndexBuilder.BuildAsync(store, [matcher]), matcher);
    }
}
