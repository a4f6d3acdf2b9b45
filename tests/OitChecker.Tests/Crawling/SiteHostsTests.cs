using OitChecker.Crawling;

namespace OitChecker.Tests.Crawling;

/// <summary>
/// What the crawler crawls and what the rules call "the main website" come from one list, canonical whatever the
/// spelling: before, the rules compared hosts as written, so a site under .ไทย had every item judged "off-site".
/// </summary>
public sealed class SiteHostsTests
{
    private static readonly SiteHosts Thai = new(new Uri("http://เทศบาลทดสอบ.ไทย/"), ["E-Service.Example.go.th."]);

    [Test]
    public void All_MainHostThenItsTwinThenTheExtraHosts_Canonical() =>
        Assert.That(Thai.All, Is.EqualTo(new[] { "xn--l3cfalc7dtau1a9b7j.xn--o3cw4h", "www.xn--l3cfalc7dtau1a9b7j.xn--o3cw4h", "e-service.example.go.th" }));

    [TestCase("เทศบาลทดสอบ.ไทย", true)]
    [TestCase("XN--L3CFALC7DTAU1A9B7J.xn--o3cw4h", true)]
    [TestCase("www.เทศบาลทดสอบ.ไทย", true)]
    [TestCase("e-service.example.go.th", false)]
    [TestCase("evil-เทศบาลทดสอบ.ไทย", false)]
    public void IsMain_AnySpellingOfTheMainHostOrItsTwin(string host, bool main) =>
        Assert.That(Thai.IsMain(host), Is.EqualTo(main));

    [TestCase("http://e-service.example.go.th/form", true)]
    [TestCase("https://www.xn--l3cfalc7dtau1a9b7j.xn--o3cw4h/qa", true)]
    [TestCase("https://www.facebook.com/x", false)]
    [TestCase("/relative/path", false)]
    public void IsOwnUrl_TheSiteAndItsExtraHostsOnly(string url, bool own) =>
        Assert.That(Thai.IsOwnUrl(url), Is.EqualTo(own));

    [Test]
    public void LoopbackAddress_HasNoTwin() =>
        Assert.That(new SiteHosts(new Uri("http://127.0.0.1:5000/"), []).All, Is.EqualTo(new[] { "127.0.0.1" }));
}
