using System.Text;
using OitChecker.Crawling;
using OitChecker.Documents;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class CrawlWarmupTests
{
    [Test]
    public void Pdf_IsReadLikeARealDocument()
    {
        // The warm-up only helps if its PDF takes the same path as a real one (open, pages, text).
        var read = DocumentReader.Read(CrawlWarmup.Pdf(), ContentFormat.Pdf, false, null);

        Assert.Multiple(() =>
        {
            Assert.That(read.Facts.Opens, Is.True, read.Facts.Error);
            Assert.That(read.Facts.PageCount, Is.EqualTo(1));
            Assert.That(read.Text, Does.Contain("ITA 2568"));
        });
    }

    [Test]
    public void Page_IsExtractedWithLinksTablesAndFormsLikeARealPage()
    {
        var page = HtmlExtractor.Extract(CrawlWarmup.Page, new Uri("http://warmup.invalid/ita.html"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Is.EqualTo("หน้าทดสอบ ITA"));
            Assert.That(page.Links.Select(l => l.Tag).Distinct(), Is.SupersetOf(new[] { "a", "iframe" }));
            Assert.That(page.Tables, Has.Count.EqualTo(1));
            Assert.That(page.Forms, Has.Count.EqualTo(1));
            Assert.That(Encoding.UTF8.GetByteCount(CrawlWarmup.Page), Is.LessThan(4096), "small: it runs before every crawl");
        });
    }

    [Test]
    public void Run_GoesThroughTheWholePipeline()
    {
        Assert.That(CrawlWarmup.Run(), Is.True, "the page gave links and the PDF gave text");
    }

    [Test]
    public async Task StartOnce_SecondCall_SameTask()
    {
        var first = CrawlWarmup.StartOnce();
        var second = CrawlWarmup.StartOnce();

        Assert.That(second, Is.SameAs(first));
        Assert.That(await first, Is.True);
    }
}
