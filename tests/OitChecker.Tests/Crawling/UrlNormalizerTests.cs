using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class UrlNormalizerTests
{
    private static readonly Uri Base = new("http://www.example.go.th/news/index.php");

    [TestCase("HTTP://WWW.Example.GO.TH:80/a", "http://www.example.go.th/a")]
    [TestCase("https://example.go.th:443/a", "https://example.go.th/a")]
    [TestCase("http://example.go.th./a", "http://example.go.th/a")]
    [TestCase("http://example.go.th:8080", "http://example.go.th:8080/")]
    [TestCase("http://example.go.th//a///b.html", "http://example.go.th/a/b.html")]
    [TestCase("http://example.go.th/a.html#top", "http://example.go.th/a.html")]
    [TestCase("http://example.go.th/%7euser/%e0%b8%81", "http://example.go.th/~user/%E0%B8%81")]
    [TestCase("http://example.go.th/a/../b/./c.html", "http://example.go.th/b/c.html")]
    [TestCase("http://example.go.th/a?", "http://example.go.th/a")]
    [TestCase("http://example.go.th/a?x=1&y=%41", "http://example.go.th/a?x=1&y=A")]
    public void Normalize_Spellings_Canonical(string input, string expected) =>
        Assert.That(UrlNormalizer.Normalize(input).Url, Is.EqualTo(expected));

    [Test]
    public void Normalize_ThaiPathAndHost_PercentEncodedAndPunycode()
    {
        var path = UrlNormalizer.Normalize("images/file/ราคากลาง ปปช.pdf", new Uri("http://saiyoid.go.th/"));
        var host = UrlNormalizer.Normalize("http://เทศบาล.ไทย/หน้าแรก");

        Assert.Multiple(() =>
        {
            Assert.That(path.Url, Is.EqualTo("http://saiyoid.go.th/images/file/%E0%B8%A3%E0%B8%B2%E0%B8%84%E0%B8%B2%E0%B8%81%E0%B8%A5%E0%B8%B2%E0%B8%87%20%E0%B8%9B%E0%B8%9B%E0%B8%8A.pdf"));
            Assert.That(host.Url, Does.StartWith("http://xn--"));
            Assert.That(host.Url, Does.EndWith("/%E0%B8%AB%E0%B8%99%E0%B9%89%E0%B8%B2%E0%B9%81%E0%B8%A3%E0%B8%81"));
            Assert.That(UrlNormalizer.Normalize("http://saiyoid.go.th/images/file/%e0%b8%a3%E0%B8%B2%E0%B8%84%E0%B8%B2%E0%B8%81%E0%B8%A5%E0%B8%B2%E0%B8%87%20%E0%B8%9B%E0%B8%9B%E0%B8%8A.pdf").Url,
                Is.EqualTo(path.Url), "raw Thai and lower-case escapes are the same URL");
        });
    }

    [Test]
    public void Normalize_RelativeAndBackslashes_ResolvedLikeBrowsers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(UrlNormalizer.Normalize("../about.html", Base).Url, Is.EqualTo("http://www.example.go.th/about.html"));
            Assert.That(UrlNormalizer.Normalize(@"images\Member-New\a b.jpg", Base).Url, Is.EqualTo("http://www.example.go.th/news/images/Member-New/a%20b.jpg"));
            Assert.That(UrlNormalizer.Normalize("  detail.php?id=5\n", Base).Url, Is.EqualTo("http://www.example.go.th/news/detail.php?id=5"));
            Assert.That(UrlNormalizer.Normalize("//cdn.example.com/x.pdf", Base).Url, Is.EqualTo("http://cdn.example.com/x.pdf"));
        });
    }

    [TestCase("mailto:a@b.go.th", "not http(s): mailto:")]
    [TestCase("javascript:void(0)", "not http(s): javascript:")]
    [TestCase("tel:054501116", "not http(s): tel:")]
    [TestCase("ftp://x.go.th/a", "not http(s): ftp:")]
    [TestCase("#top", "fragment-only link (same page)")]
    [TestCase("", "empty link")]
    public void Normalize_NotFetchable_RejectedWithReason(string href, string reason)
    {
        var n = UrlNormalizer.Normalize(href, Base);
        Assert.Multiple(() =>
        {
            Assert.That(n.Ok, Is.False);
            Assert.That(n.Rejected, Is.EqualTo(reason));
        });
    }

    [Test]
    public void Normalize_SessionIds_Stripped()
    {
        var q = UrlNormalizer.Normalize("http://x.go.th/news.php?id=3&PHPSESSID=abc123&sid=0123456789abcdef0123");
        var p = UrlNormalizer.Normalize("http://x.go.th/app/list.jsp;jsessionid=ABCDEF0123?page=2");
        var keep = UrlNormalizer.Normalize("http://x.go.th/news.php?sid=12");

        Assert.Multiple(() =>
        {
            Assert.That(q.Url, Is.EqualTo("http://x.go.th/news.php?id=3"));
            Assert.That(q.SessionIdRemoved, Is.True);
            Assert.That(p.Url, Is.EqualTo("http://x.go.th/app/list.jsp?page=2"));
            Assert.That(keep.Url, Is.EqualTo("http://x.go.th/news.php?sid=12"), "a short sid is a site id, not a session");
            Assert.That(keep.SessionIdRemoved, Is.False);
        });
    }
}
