using OitChecker.Crawling;
using OitChecker.Testing;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class HtmlExtractorTests
{
    private static readonly Uri PageUrl = new("http://www.muangklaeng.go.th/ita.php");

    [Test]
    public void Extract_TabControlAfterItsPane_DuplicateIdsAndPageAnchors_FirstPaneInPageOrderIsLabelled()
    {
        // Given a control placed after its pane, an id used twice (CMS templates repeat them), and in-page links
        // (#top, a bare #) that name no pane
        const string html = """
            <html><body>
            <a href="#top">ขึ้นบน</a> <a href="#">เมนู</a>
            <div id="y2565"><a href="docs/o1-first.pdf">โครงสร้าง</a></div>
            <div id="y2565"><a href="docs/o1-second.pdf">โครงสร้าง</a></div>
            <ul><li><a data-bs-toggle="tab" href="#y2565">ITA 2565</a></li></ul>
            </body></html>
            """;

        // When
        var page = HtmlExtractor.Extract(html, PageUrl);

        // Then — as getElementById: the first element with the id gets the label, the second none
        Assert.Multiple(() =>
        {
            Assert.That(page.Links.Single(l => l.Url.EndsWith("o1-first.pdf", StringComparison.Ordinal)).Sections, Is.EqualTo(new[] { "ITA 2565" }));
            Assert.That(page.Links.Single(l => l.Url.EndsWith("o1-second.pdf", StringComparison.Ordinal)).Sections, Is.Empty);
        });
    }

    [Test]
    public void Extract_BootstrapTabsAndTableRows_LinksCarryTabLabelAndRowContext()
    {
        // Given an ITA index page with one tab per year, each holding an O-item table
        const string html = """
            <html><head><title>ITA</title></head><body>
            <h1>การประเมินคุณธรรมและความโปร่งใส</h1>
            <ul class="nav nav-tabs">
              <li><a class="nav-link" data-bs-toggle="tab" href="#y2565">ITA 2565</a></li>
              <li><button class="nav-link" data-bs-target="#y2564">ITA 2564</button></li>
            </ul>
            <div class="tab-content">
              <div class="tab-pane" id="y2565">
                <table><tr><th>ข้อ</th><th>รายการ</th></tr>
                <tr><td>O23</td><td>รายงานผลการจัดซื้อจัดจ้าง <a href="docs/o23-2565.pdf">ดาวน์โหลด</a></td></tr></table>
              </div>
              <div class="tab-pane" id="y2564">
                <h3>หมวดจัดซื้อ</h3>
                <table><tr><td>O23</td><td><a href="docs/o23-2564.pdf">ดาวน์โหลด</a></td></tr></table>
              </div>
            </div>
            </body></html>
            """;

        // When
        var page = HtmlExtractor.Extract(html, PageUrl);

        // Then
        var l65 = page.Links.Single(l => l.Url.EndsWith("o23-2565.pdf", StringComparison.Ordinal));
        var l64 = page.Links.Single(l => l.Url.EndsWith("o23-2564.pdf", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(l65.Url, Is.EqualTo("http://www.muangklaeng.go.th/docs/o23-2565.pdf"));
            Assert.That(l65.Text, Is.EqualTo("ดาวน์โหลด"));
            Assert.That(l65.Context, Does.Contain("O23").And.Contain("รายงานผลการจัดซื้อจัดจ้าง"));
            Assert.That(l65.Sections, Is.EqualTo(new[] { "การประเมินคุณธรรมและความโปร่งใส", "ITA 2565" }));
            Assert.That(l64.Sections, Is.EqualTo(new[] { "การประเมินคุณธรรมและความโปร่งใส", "ITA 2564", "หมวดจัดซื้อ" }));
            Assert.That(page.Links.Any(l => l.Url.Contains('#', StringComparison.Ordinal)), Is.False, "tab controls are not links");
            Assert.That(page.Tables[0].Headers, Is.EqualTo(new[] { "ข้อ", "รายการ" }));
            Assert.That(page.Tables[0].Rows[0][0], Is.EqualTo("O23"));
        });
    }

    [Test]
    public void Extract_DetailsAccordionAndCards_Sections()
    {
        const string html = """
            <html><body>
            <details><summary>ข้อมูลพื้นฐาน</summary><a href="/o1.html">โครงสร้าง</a></details>
            <div class="accordion">
              <div class="accordion-item">
                <h2 class="accordion-header"><button data-bs-target="#c1" aria-controls="c1">แผนดำเนินงาน</button></h2>
                <div id="c1" class="accordion-collapse collapse"><a href="/plan.pdf">แผน 2567</a></div>
              </div>
            </div>
            <div class="card"><div class="card-header">ข่าวประชาสัมพันธ์</div><div class="card-body"><a href="/news/1"><img src="/n.jpg" alt="ข่าวที่ 1"></a></div></div>
            <a href="mailto:saraban@x.go.th">อีเมล</a>
            </body></html>
            """;

        var page = HtmlExtractor.Extract(html, PageUrl);

        Assert.Multiple(() =>
        {
            Assert.That(page.Links.Single(l => l.Url.EndsWith("/o1.html", StringComparison.Ordinal)).Sections, Is.EqualTo(new[] { "ข้อมูลพื้นฐาน" }));
            Assert.That(page.Links.Single(l => l.Url.EndsWith("/plan.pdf", StringComparison.Ordinal)).Sections, Is.EqualTo(new[] { "แผนดำเนินงาน" }));
            var news = page.Links.Single(l => l.Url.EndsWith("/news/1", StringComparison.Ordinal));
            Assert.That(news.Text, Is.EqualTo("ข่าวที่ 1"), "an image link is named by its alt text");
            Assert.That(news.Sections, Is.EqualTo(new[] { "ข่าวประชาสัมพันธ์" }));
            Assert.That(page.Links.Any(l => l.Url == "mailto:saraban@x.go.th"), Is.True);
            Assert.That(page.Images.Single().Alt, Is.EqualTo("ข่าวที่ 1"));
        });
    }

    [Test]
    public void Extract_AriaTabPanelsAndFieldsets_Sections_FirstLabelWins()
    {
        // Given ARIA tabs whose panels name their tab by aria-labelledby, a fieldset with a legend, and a
        // panel that is both the target of a tab control and a card: the tab control's label comes first
        const string html = """
            <html><body>
            <div role="tablist"><span role="tab" id="t2566">ปี 2566</span><span role="tab" id="t2567">ปี 2567</span></div>
            <div role="tabpanel" aria-labelledby="t2566"><a href="/o10-2566.pdf">O10</a></div>
            <div role="tabpanel" aria-labelledby="t2567"><a href="/o10-2567.pdf">O10</a></div>
            <fieldset><legend>ช่องทางร้องเรียน</legend><a href="/complaint.php">แจ้งเรื่อง</a></fieldset>
            <a href="#both">แผนงาน</a>
            <div id="both" class="card"><div class="card-header">หัวการ์ด</div><a href="/plan.pdf">แผน</a></div>
            </body></html>
            """;

        // When
        var page = HtmlExtractor.Extract(html, PageUrl);

        // Then
        string[] SectionsOf(string end) => [.. page.Links.Single(l => l.Url.EndsWith(end, StringComparison.Ordinal)).Sections];
        Assert.Multiple(() =>
        {
            Assert.That(SectionsOf("/o10-2566.pdf"), Is.EqualTo(new[] { "ปี 2566" }));
            Assert.That(SectionsOf("/o10-2567.pdf"), Is.EqualTo(new[] { "ปี 2567" }));
            Assert.That(SectionsOf("/complaint.php"), Is.EqualTo(new[] { "ช่องทางร้องเรียน" }));
            Assert.That(SectionsOf("/plan.pdf"), Is.EqualTo(new[] { "แผนงาน" }), "the tab control labels the pane before its card header");
        });
    }

    [Test]
    public void Extract_TextFormsMetaRefreshAndBase_Read()
    {
        const string html = """
            <html><head><title> หน้าหลัก </title><base href="http://www.muangklaeng.go.th/sub/"><meta http-equiv="refresh" content="0; url=index.php">
            <style>.x{}</style><script>var hidden = "ไม่ควรเห็น";</script></head>
            <body><p>ประกาศ&nbsp;เทศบาล ตำ&#8203;บล</p>
            <form action="send.php" method="post"><input name="a"><input type="hidden" name="t"><textarea></textarea><input type="password" name="p"></form>
            <a href="x.html">x</a></body></html>
            """;

        var page = HtmlExtractor.Extract(html, PageUrl);

        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Is.EqualTo("หน้าหลัก"));
            Assert.That(page.Text, Does.Contain("ประกาศ เทศบาล ตำบล"));
            Assert.That(page.Text, Does.Not.Contain("ไม่ควรเห็น"));
            Assert.That(page.Links.Select(l => l.Url), Is.EquivalentTo(new[] { "http://www.muangklaeng.go.th/sub/index.php", "http://www.muangklaeng.go.th/sub/x.html" }));
            Assert.That(page.Links.Single(l => l.Tag == "meta-refresh").Url, Does.EndWith("/sub/index.php"));
            var form = page.Forms.Single();
            Assert.That(form.Action, Is.EqualTo("http://www.muangklaeng.go.th/sub/send.php"));
            Assert.That(form.Method, Is.EqualTo("POST"));
            Assert.That(form.InputCount, Is.EqualTo(3));
            Assert.That(form.HasTextArea && form.HasPassword, Is.True);
        });
    }

    // A React/Vue/Angular root or an "enable JavaScript" notice, scripts, no text: the content is built in the browser.
    [TestCase("<div id=\"root\"></div><script src=\"/static/js/main.js\"></script>", true)]
    [TestCase("<app-root></app-root><script src=\"main.js\"></script>", true)]
    [TestCase("<noscript>You need to enable JavaScript to run this app.</noscript><div id=\"x\"></div><script src=\"a.js\"></script>", true)]
    // A real Thai page that also uses scripts, a frameset stub without scripts, and an empty root without scripts are not shells.
    [TestCase("<div id=\"app\"><h1>เทศบาลตำบลทดสอบ</h1><p>ข่าวประชาสัมพันธ์ประจำเดือนตุลาคม ๒๕๖๔ ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง ตำแหน่งผู้ช่วยเจ้าพนักงานธุรการ ประกาศผลการจัดซื้อจัดจ้างประจำเดือน รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. ๒๕๖๔ แผนพัฒนาท้องถิ่น</p><a href=\"/a\">ก</a><a href=\"/b\">ข</a><a href=\"/c\">ค</a><a href=\"/d\">ง</a></div><script src=\"menu.js\"></script>", false)]
    [TestCase("<p>กำลังเปลี่ยนหน้า</p>", false)]
    [TestCase("<div id=\"root\"></div>", false)]
    public void Extract_ScriptShell_DetectedOnlyForEmptyScriptedPages(string body, bool shell)
    {
        var page = HtmlExtractor.Extract($"<!doctype html><html><head><title>อบต.ทดสอบ</title></head><body>{body}</body></html>", PageUrl);

        Assert.That(page.ScriptShell, Is.EqualTo(shell));
    }

    [TestCase("<div class=\"row\tList-Group-Item\"><span>แผนการจัดซื้อ</span> <a href=\"/plan.pdf\">ดาวน์โหลด</a></div>", "แผนการจัดซื้อ ดาวน์โหลด")]
    [TestCase("<div class=\"POST\"><p>รายงาน <a href=\"/plan.pdf\">ดาวน์โหลด</a></p></div>", "รายงาน ดาวน์โหลด")]
    [TestCase("<div class=\"postcard card-body\"><p>รายงาน <a href=\"/plan.pdf\">ดาวน์โหลด</a></p></div>", null)]
    [TestCase("<ul><li class=\"\">ข้อ 1 <a href=\"/plan.pdf\">ดาวน์โหลด</a></li></ul>", "ข้อ 1 ดาวน์โหลด")]
    public void Extract_LinkInsideACardClassOrListItem_TheCardIsItsContext(string body, string? context)
    {
        // Card classes match whole class names in any case, between any HTML white space.
        var page = HtmlExtractor.Extract($"<html><body>{body}</body></html>", PageUrl);

        Assert.That(page.Links.Single().Context, Is.EqualTo(context));
    }

    [Test]
    public void Elements_EveryRealSitePageAndAnEdgeCasePage_SameAsTheSelectorsTheyReplace()
    {
        // Real municipal pages (read in place) plus one page with the cases a walk could get wrong: a base without
        // href before the one with it, an upper-case robots name, og:title, a form inside SVG, more tables than kept.
        var pages = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "realsites"), "*.html", SearchOption.AllDirectories)
            .Select(f => (Name: f, Html: CharsetResolver.Decode(File.ReadAllBytes(f), "text/html").Text))
            .Append((Name: "edge cases", Html: $"""
                <html><head><base target="_blank"><base href="/th/"><META NAME="ROBOTS" content="noindex">
                <meta property="OG:TITLE" content="no"><meta property="og:title" content="yes"></head>
                <body><h2>ก</h2><svg><form></form><h1>x</h1></svg><img src="a.png"><H3>ข</H3>
                {string.Concat(Enumerable.Repeat("<table><tr><td>ค</td></tr></table>", 45))}<form action="/q"></form></body></html>
                """))
            .ToList();
        Assert.That(pages, Has.Count.GreaterThan(20), "../shared/realsites is beside the repository");
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var (name, html) in pages)
        {
            using var doc = parser.ParseDocument(html);
            var found = HtmlExtractor.Elements.Of(doc);
            var index = doc.All.Select((element, i) => (element, i)).ToDictionary(x => (object)x.element, x => x.i, ReferenceEqualityComparer.Instance);
            int[] At(IEnumerable<AngleSharp.Dom.IElement> es) => es.Select(x => index[x]).ToArray();
            Assert.Multiple(() =>
            {
                Assert.That(found.Base, Is.SameAs(doc.QuerySelector("base[href]")), name);
                Assert.That(found.Robots, Is.SameAs(doc.QuerySelector("meta[name='robots' i]")), name);
                Assert.That(found.OgTitle, Is.SameAs(doc.QuerySelector("meta[property='og:title']")), name);
                Assert.That(At(found.Headings), Is.EqualTo(At(doc.QuerySelectorAll("h1,h2,h3,h4,h5,h6"))), name);
                Assert.That(At(found.Tables), Is.EqualTo(At(doc.QuerySelectorAll("table").OfType<AngleSharp.Html.Dom.IHtmlTableElement>().Take(40))), name);
                Assert.That(At(found.Forms), Is.EqualTo(At(doc.QuerySelectorAll("form"))), name);
                Assert.That(At(found.Images), Is.EqualTo(At(doc.QuerySelectorAll("img").Take(300))), name);
            });
        }

        using var edge = parser.ParseDocument(pages[^1].Html);
        var e = HtmlExtractor.Elements.Of(edge);
        Assert.Multiple(() =>
        {
            Assert.That(e.Base?.GetAttribute("href"), Is.EqualTo("/th/"));
            Assert.That(e.Robots?.GetAttribute("content"), Is.EqualTo("noindex"));
            Assert.That(e.OgTitle?.GetAttribute("content"), Is.EqualTo("yes"));
            Assert.That(e.Headings, Has.Count.EqualTo(3));
            Assert.That(e.Tables, Has.Count.EqualTo(40));
            Assert.That(e.Forms, Has.Count.EqualTo(2));
        });
    }
}
