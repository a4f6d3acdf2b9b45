using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

/// <summary>
/// One origin per site whichever way its URLs spell the host: robots.txt, the sitemap and the soft-404 probe are
/// cached per origin, so a Thai host name written in Thai and in punycode must give the same key (before, a site
/// under .ไทย had its robots.txt fetched twice, once per spelling).
/// </summary>
public sealed class OriginServicesTests
{
    [TestCase("http://เทศบาลทดสอบ.ไทย/หน้าแรก", "http://xn--l3cfalc7dtau1a9b7j.xn--o3cw4h")]
    [TestCase("http://xn--l3cfalc7dtau1a9b7j.xn--o3cw4h/news?id=1", "http://xn--l3cfalc7dtau1a9b7j.xn--o3cw4h")]
    [TestCase("HTTPS://WWW.Example.GO.TH:443/a/b", "https://www.example.go.th")]
    [TestCase("http://www.example.go.th./", "http://www.example.go.th")]
    [TestCase("http://127.0.0.1:8080/x", "http://127.0.0.1:8080")]
    [TestCase("http://[::1]:8080/", "http://[::1]:8080")]
    public void OriginOf_AnySpellingOfTheHost_GivesTheCanonicalOrigin(string url, string origin) =>
        Assert.That(OriginServices.OriginOf(url), Is.EqualTo(origin));

    [Test]
    public void OriginOf_ThaiAndPunycodeSpellings_AreOneOrigin() =>
        Assert.That(OriginServices.OriginOf("http://เทศบาลทดสอบ.ไทย/"), Is.EqualTo(OriginServices.OriginOf(UrlNormalizer.Normalize("http://เทศบาลทดสอบ.ไทย/x").Url!)));
}
