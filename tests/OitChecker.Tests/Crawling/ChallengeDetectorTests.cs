using System.Net;
using System.Text;
using OitChecker.Crawling;
using OitChecker.Testing.Http;
using static OitChecker.Testing.Http.LoopbackTestSiteBuilder;

namespace OitChecker.Tests.Crawling;

/// <summary>Bot-protection answers are recognised (blocked, not broken); ordinary pages are not mistaken for them.</summary>
[TestFixture]
public sealed class ChallengeDetectorTests
{
    private const string CloudflareInterstitial =
        "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div id=\"challenge-platform\"></div>" +
        "<script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>";

    private static bool Detect(int status, string body, string? cfMitigated = null)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        if (cfMitigated is not null)
        {
            response.Headers.TryAddWithoutValidation("cf-mitigated", cfMitigated);
        }

        return ChallengeDetector.IsChallenge(response, Encoding.UTF8.GetBytes(body));
    }

    [TestCase(403)]
    [TestCase(503)]
    [TestCase(429)]
    [TestCase(200)]
    public void CloudflareInterstitial_IsChallenge(int status) =>
        Assert.That(Detect(status, CloudflareInterstitial), Is.True);

    [Test]
    public void Markers_AnyLetterCase_AndInsideThaiPage_AreFound() =>
        Assert.Multiple(() =>
        {
            Assert.That(Detect(403, "<html><title>ATTENTION REQUIRED! | CLOUDFLARE</title></html>"), Is.True);
            Assert.That(Detect(503, "<html><body><p>กรุณารอสักครู่ ระบบกำลัง Checking Your Browser ก่อนเข้าสู่เว็บไซต์เทศบาล</p></body></html>"), Is.True);
        });

    [Test]
    public void CfMitigatedHeader_IsChallenge_WhateverTheBody() =>
        Assert.That(Detect(403, string.Empty, cfMitigated: "challenge"), Is.True);

    [Test]
    public void OrdinaryPages_AreNotChallenges() =>
        Assert.Multiple(() =>
        {
            Assert.That(Detect(404, "<html><title>ไม่พบหน้าที่ท่านต้องการ</title></html>"), Is.False, "a plain 404");
            Assert.That(Detect(200, "<html><title>รายงานผลการจัดซื้อจัดจ้าง</title><body>ตุลาคม 2567</body></html>"), Is.False, "a short real page");
            Assert.That(Detect(500, CloudflareInterstitial), Is.False, "500 is a server error, not a challenge");
            Assert.That(Detect(403, string.Empty), Is.False, "an empty 403");
        });

    [Test]
    public void LongOkPage_WithCaptchaWidget_IsNotAChallenge()
    {
        // A real 200 page (a complaint form) that embeds reCAPTCHA and is longer than any interstitial.
        var page = "<html><title>ร้องเรียนการทุจริต</title><body><form><div class=\"g-recaptcha\" data-sitekey=\"k\"></div></form>"
            + string.Concat(Enumerable.Repeat("<p>ช่องทางการร้องเรียนเรื่องการทุจริตและประพฤติมิชอบ</p>", 200)) + "</body></html>";
        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetByteCount(page), Is.GreaterThan(16_000));
            Assert.That(Detect(200, page), Is.False);
            Assert.That(Detect(403, page), Is.True, "the same markers on a 403 are a challenge");
        });
    }

    [Test]
    public async Task CrawlAsync_ChallengedLink_RecordedBlocked_NotBroken()
    {
        // Given a page linking to a URL that a firewall answers with a challenge, and to a real 404
        await using var site = await LoopbackTestSite.Create()
            .Html("/", "<html><head><title>หน้าแรก</title></head><body><a href=\"/o23.php\">O23</a> <a href=\"/gone.php\">เก่า</a></body></html>")
            .Sequence("/o23.php", Answer(403, CloudflareInterstitial))
            .Status("/gone.php", 404)
            .StartAsync();

        // When
        var (summary, store, _) = await CrawlTestKit.CrawlAsync(site.Url("/"));

        // Then
        var challenged = await CrawlTestKit.PageAsync(store, site.Url("/o23.php"));
        Assert.Multiple(() =>
        {
            Assert.That(challenged.Outcome, Is.EqualTo(FetchOutcome.Blocked));
            Assert.That(challenged.Status, Is.EqualTo(403));
            Assert.That(summary.BrokenLinks.Select(b => b.Url), Is.EqualTo(new[] { site.Url("/gone.php") }));
        });
    }
}
