using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class RobotsTxtTests
{
    private const string Text = """
        # comment
        User-agent: *
        Disallow: /admin/
        Disallow: /*.php$
        Allow: /admin/public/
        Crawl-delay: 2

        User-agent: OitChecker
        Disallow: /private/

        Sitemap: http://x.go.th/sitemap_index.xml
        """;

    [Test]
    public void Parse_OurGroupWins_OverStar()
    {
        var robots = RobotsTxt.Parse(Text, "OitChecker");
        Assert.Multiple(() =>
        {
            Assert.That(robots.IsAllowed("/private/a.html"), Is.False);
            Assert.That(robots.IsAllowed("/admin/x"), Is.True, "the * group does not apply when ours exists");
            Assert.That(robots.Sitemaps, Is.EqualTo(new[] { "http://x.go.th/sitemap_index.xml" }));
        });
    }

    [Test]
    public void Parse_StarGroup_LongestMatchAndWildcards()
    {
        var robots = RobotsTxt.Parse(Text, "OtherBot");
        Assert.Multiple(() =>
        {
            Assert.That(robots.IsAllowed("/admin/users"), Is.False);
            Assert.That(robots.IsAllowed("/admin/public/list"), Is.True, "longer Allow wins");
            Assert.That(robots.IsAllowed("/index.php"), Is.False);
            Assert.That(robots.IsAllowed("/index.php?x=1"), Is.True, "$ anchors at the end");
            Assert.That(robots.IsAllowed("/news.html"), Is.True);
            Assert.That(robots.CrawlDelay, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(robots.Decide("/admin/a").Rule, Is.EqualTo("Disallow: /admin/"));
        });
    }

    [Test]
    public void AllowAll_AllowsEverything() => Assert.That(RobotsTxt.AllowAll.IsAllowed("/anything"), Is.True);
}
