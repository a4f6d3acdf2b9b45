using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

[TestFixture]
public sealed class Soft404DetectorTests
{
    private static HtmlPage Page(string html) => HtmlExtractor.Extract(html, new Uri("http://x.go.th/a"));

    [TestCase("<html><head><title>ไม่พบหน้าที่ท่านต้องการ</title></head><body>เมนู</body></html>")]
    [TestCase("<html><body><h1>404</h1><p>Sorry</p></body></html>")]
    [TestCase("<html><head><title>Error 404 - เทศบาล</title></head><body>x</body></html>")]
    [TestCase("<html><body><div>ขออภัย ไม่พบข้อมูลที่ท่านต้องการ</div></body></html>")]
    [TestCase("<html><head><title>Page not found – เทศบาล</title></head><body>x</body></html>")]
    [TestCase("<html><body><h1>Oops! That page can’t be found.</h1></body></html>")]
    public void ByPhrases_NotFoundPages_Detected(string html) =>
        Assert.That(Soft404Detector.ByPhrases(Page(html), 200), Is.Not.Null);

    [TestCase("<html><head><title>รายงานผลการจัดซื้อจัดจ้าง</title></head><body>โทร 054 404 116 ไม่พบข้อมูล</body></html>")]
    [TestCase("<html><head><title>ข่าว</title></head><body><h1>ข่าวประชาสัมพันธ์</h1></body></html>")]
    [TestCase("<html><head><title>ข่าวประชาสัมพันธ์ ฉบับที่ 404 - เทศบาล</title></head><body><h1>ข่าว ฉบับที่ 404</h1></body></html>")]
    public void ByPhrases_RealPages_NotDetected(string html) =>
        Assert.That(Soft404Detector.ByPhrases(Page(html), 200), Is.Null);

    [Test]
    public void ByProbe_SameTemplateAsRandomUrl_Detected()
    {
        var template = "<html><head><title>เทศบาล</title></head><body><nav>หน้าแรก ข่าว ติดต่อ</nav><p>เนื้อหาที่ท่านเรียกดูอาจถูกย้ายไปแล้ว กรุณาใช้เมนูด้านบน</p></body></html>";
        var probePage = Page(template);
        var probe = new Soft404Probe(200, "http://x.go.th/random", false, probePage.Title, probePage.Text.Length, Soft404Probe.ShinglesOf(probePage.Text));

        Assert.Multiple(() =>
        {
            Assert.That(Soft404Detector.ByProbe("http://x.go.th/o23.php", "http://x.go.th/o23.php", false, Page(template), probe), Does.Contain("random missing URL"));
            Assert.That(Soft404Detector.ByProbe("http://x.go.th/news.php", "http://x.go.th/news.php", false,
                Page("<html><head><title>เทศบาล</title></head><body><nav>หน้าแรก ข่าว ติดต่อ</nav><p>รายงานผลการจัดซื้อจัดจ้างประจำเดือนตุลาคม 2567 จำนวน 12 รายการ</p></body></html>"), probe), Is.Null);
        });
    }

    [Test]
    public void ByProbe_RedirectToHomeLikeRandomUrl_DetectedButNotForIndex()
    {
        var probe = new Soft404Probe(200, "http://x.go.th/", true, "หน้าแรก", 100, new HashSet<int>());
        Assert.Multiple(() =>
        {
            Assert.That(Soft404Detector.ByProbe("http://x.go.th/old/o23.php", "http://x.go.th/", true, null, probe), Is.Not.Null);
            Assert.That(Soft404Detector.ByProbe("http://x.go.th/index.php", "http://x.go.th/", true, null, probe), Is.Null);
        });
    }
}
