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

    private static readonly Uri[] MemoBases =
    [
        new("http://a.go.th/dir/page.html"),
        new("http://a.go.th/other/deeper/"),
        new("https://a.go.th/dir/page.html"),
        new("http://a.go.th:8080/dir/page.html"),
        new("http://b.go.th/"),
        new("http://เทศบาล.ไทย/หน้า/"),
    ];

    [TestCase("/x.html")]
    [TestCase("/ita/o1.pdf?y=2568#top")]
    [TestCase("/\\evil.example/x")]
    [TestCase("/\t/evil.example/x")]
    [TestCase(" //evil.example/x")]
    [TestCase("//evil.example/x")]
    [TestCase("/")]
    [TestCase("x.html")]
    [TestCase("../up.html")]
    [TestCase("?page=2")]
    [TestCase("#section")]
    [TestCase("http://")]
    [TestCase("http:///x")]
    [TestCase("http:x.html")]
    [TestCase("HTTP://C.go.th/x")]
    [TestCase("http://c.go.th/x")]
    [TestCase("https://c.go.th:443/หน้า")]
    [TestCase("javascript:void(0)")]
    [TestCase("/หน้าแรก/ข่าว.html")]
    [TestCase("/a b.html")]
    public void Normalize_Memo_SameAnswerAsWithoutIt_WhateverTheBaseAndOrder(string href)
    {
        // The memo widens an answer to every base with the same scheme and authority (a path from the root) or to
        // every base (an absolute URL). Ask with each base in turn, so an answer memoised for one base is offered to the next.
        foreach (var order in new[] { MemoBases, MemoBases.Reverse().ToArray() })
        {
            foreach (var b in order)
            {
                Assert.That(UrlNormalizer.Normalize(href, b), Is.EqualTo(UrlNormalizer.Compute(href, b)), $"{href} on {b}");
            }
        }
    }

    [Test]
    public void Normalize_Memo_EveryLinkOfTheRealSites_SameAnswerAsWithoutIt()
    {
        // Every href and src on every page of ../shared/realsites (read in place), resolved against the page's own
        // URL and against pages in other folders and on another host.
        var pages = Directory.GetFiles(Path.Combine(OitChecker.Testing.RepoPaths.Shared, "realsites"), "*.html", SearchOption.AllDirectories);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var checkedLinks = 0;
        foreach (var file in pages)
        {
            using var doc = parser.ParseDocument(File.ReadAllText(file));
            var hrefs = doc.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>().ToList();
            var name = Uri.EscapeDataString(Path.GetFileName(file));
            Uri[] bases = [new($"http://real.go.th/{name}"), new($"http://real.go.th/sub/dir/{name}"), new($"https://other.go.th/{name}")];
            foreach (var b in bases)
            {
                foreach (var h in hrefs)
                {
                    Assert.That(UrlNormalizer.Normalize(h, b), Is.EqualTo(UrlNormalizer.Compute(h, b)), $"{h} on {b}");
                    checkedLinks++;
                }
            }
        }

        Assert.That(checkedLinks, Is.GreaterThan(1000));
    }

    [Test]
    public void Normalize_Memo_StaysBounded()
    {
        var b = new Uri("http://bounded.go.th/");
        for (var i = 0; i < UrlNormalizer.MemoLimit + 100; i++)
        {
            UrlNormalizer.Normalize($"/page-{i}.html", b);
        }

        Assert.That(UrlNormalizer.MemoCount, Is.LessThanOrEqualTo(UrlNormalizer.MemoLimit));
    }
}
