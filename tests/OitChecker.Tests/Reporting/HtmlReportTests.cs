using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using OitChecker.Reporting;

namespace OitChecker.Tests.Reporting;

public sealed partial class HtmlReportTests
{
    [Test]
    public void Render_Scenario_IsSelfContained()
    {
        var html = HtmlReport.Render(ReportScenario.Model());

        // Every http(s):// in markup must be the href of an <a> (which only a reader's click follows):
        // no src, no other attribute, no style may reference the network.
        var doc = new HtmlParser().ParseDocument(html);
        var references = doc.All
            .SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, a.Name, a.Value)))
            .Where(a => ExternalUrl().IsMatch(a.Value) && !(a.Element == "a" && a.Name == "href"))
            .Select(a => $"<{a.Element} {a.Name}=\"{a.Value}\">")
            .ToList();
        var styles = string.Concat(doc.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.Multiple(() =>
        {
            Assert.That(references, Is.Empty, "URL outside <a href>");
            Assert.That(ExternalUrl().IsMatch(styles), Is.False, "URL in a stylesheet");
            Assert.That(doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")), Has.All.Match("^https?://"));
            Assert.That(html, Does.Not.Contain("<script").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<link").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<img").IgnoreCase);
            Assert.That(html, Does.Not.Contain("<iframe").IgnoreCase);
            Assert.That(html, Does.Not.Contain("@import").IgnoreCase);
            Assert.That(html, Does.Not.Contain("url(").IgnoreCase);
            Assert.That(html, Does.Not.Contain("@font-face").IgnoreCase);
            Assert.That(html, Does.Contain("default-src 'none'"));
        });
    }

    [Test]
    public void Render_Scenario_ShowsScoreDivisionsTrendUptimeAndMarks()
    {
        var html = HtmlReport.Render(ReportScenario.Model());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("52.78"), "projected OIT");
            Assert.That(html, Does.Contain("21.11 / 40"), "ITA points");
            Assert.That(html, Does.Contain("\"Sarabun\", \"TH Sarabun New\", \"Noto Sans Thai\", \"Leelawadee UI\""));
            Assert.That(Regex.Count(html, "<section class=\"division\">"), Is.EqualTo(4));
            Assert.That(html, Does.Contain("aria-label=\"แนวโน้มคะแนน OIT\"").And.Contain("<polyline"));
            Assert.That(html, Does.Contain("aria-label=\"ร้อยละที่ผ่านรายตัวชี้วัดย่อย\""));
            Assert.That(Regex.Count(html, "class=\"unverified\""), Is.EqualTo(3 + 1), "O3, O7, O10 and the footer legend");
            Assert.That(html, Does.Contain("ความพร้อมใช้งานของเว็บไซต์").And.Contain("98.96"));
            Assert.That(html, Does.Contain("เนื้อหาที่ URL ที่ส่งให้ ITAS เปลี่ยนไป"));
            Assert.That(html, Does.Contain("title=\"evidence link answers 404\""), "English reason on hover");
            Assert.That(html, Does.Contain("@media print").And.Contain("size: A4").And.Contain("break-before: page"));
            Assert.That(html, Does.Contain("chg-new").And.Contain("chg-fixed").And.Contain("chg-still-open").And.Contain("chg-unconfirmed"));
        });
    }

    [Test]
    public void Render_InjectionAndMarkupInData_IsEncoded()
    {
        var model = ReportScenario.Model();
        var hostile = model.Result with
        {
            Items = model.Result.Items.Select(i => i.Code == "O1" ? i with { TitleTh = "<script>alert(1)</script>", Url = "javascript:alert(1)" } : i).ToList(),
        };
        var html = HtmlReport.Render(model with { Result = hostile });
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>alert(1)"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(html, Does.Not.Contain("href=\"javascript:"));
            Assert.That(html, Does.Contain("=HYPERLINK(&quot;"), "the payload is shown as text");
        });
    }

    [Test]
    public void Render_NoProbes_HasNoUptimeSection()
    {
        var html = HtmlReport.Render(ReportScenario.Model() with { Uptime = [] });
        Assert.That(html, Does.Not.Contain("ความพร้อมใช้งานของเว็บไซต์"));
    }

    [TestCase("https://www.muangklaeng.go.th/ita/%E0%B8%81%E0%B8%82.html?y=2565", "/ita/กข.html?y=2565")]
    [TestCase("https://drive.google.com/drive/folders/abc", "drive.google.com/drive/folders/abc")]
    [TestCase("https://www.muangklaeng.go.th:8443/ita.html", "www.muangklaeng.go.th:8443/ita.html")]
    public void DisplayOnSite_EvidenceUrl_ShowsOwnPagesAsDecodedPaths(string url, string shown) =>
        Assert.That(Html.DisplayOnSite(url, new Uri("https://www.muangklaeng.go.th/")), Is.EqualTo(shown));

    [GeneratedRegex(@"https?://\S*", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}
