using OitChecker.Configuration;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Tests.Sites;

public class SiteConfigLoaderTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("site");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Load_ValidSite_ResolvesCatalogDivisionsAndOverrides()
    {
        var (_, path) = MiniCatalog.WriteTo(_dir);

        var (site, catalog) = SiteConfigLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(site.Id, Is.EqualTo("testsite"));
            Assert.That(catalog.Items, Has.Count.EqualTo(4));
            Assert.That(site.PinnedUrl("O23"), Is.EqualTo("https://www.test.go.th/procurement"));
            Assert.That(site.DivisionFor("O1", "palad"), Is.EqualTo("palad"));
            Assert.That(site.Crawl.Delay, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
            Assert.That(site.Crawl.Concurrency, Is.EqualTo(2), "defaults fill what the file leaves out");
            Assert.That(site.Mail.PasswordEnv, Is.EqualTo("OIT_SMTP_PASSWORD"));
        });
    }

    // Each row: one mistake in a site file, and the exact message.
    [TestCase("O23: { division: finance,", "O23: { division: financ,", "site.yaml:10:20: items.O23.division: unknown division 'financ' (did you mean 'finance'?); valid: palad, finance")]
    [TestCase("O23: {", "O44: {", "site.yaml:10:3: items.O44: unknown item 'O44' for assessment year 2565 (did you mean 'O42'?); valid: O1–O2, O23, O42")]
    [TestCase("cron: \"0 30 4 * * ?\"", "cron: \"0 30 25 * * ?\"", "site.yaml:15:9: schedule.cron: '0 30 25 * * ?' is not a valid Quartz cron expression (Hour values must be between 0 and 23); the form is 'seconds minutes hours day-of-month month day-of-week', e.g. '0 30 4 * * ?' for 04:30 daily")]
    [TestCase("timeZone: Asia/Bangkok", "timeZone: Asia/Bankok", "site.yaml:16:13: schedule.timeZone: unknown time zone 'Asia/Bankok'; use an IANA name such as Asia/Bangkok")]
    [TestCase("passwordEnv: OIT_SMTP_PASSWORD", "password: hunter2", "site.yaml:19:64: mail.smtp.password: secrets are never stored in the site file; name an environment variable instead (passwordEnv: OIT_SMTP_PASSWORD)")]
    [TestCase("mainUrl: https://www.test.go.th/", "mainUrl: www.test.go.th", "site.yaml:3:10: mainUrl: 'www.test.go.th' is not an absolute http or https URL (e.g. https://www.example.go.th/)")]
    [TestCase("year: 2565", "year: 2022", "site.yaml:4:7: year: 2022 is not a Buddhist-Era year (it looks like CE); write 2565")]
    [TestCase("  - { slug: palad, name: สำนักปลัดเทศบาล, emails: [palad@test.go.th] }\n", "", "site.yaml:7:3: divisions: catalog division 'palad' (items O1, O2, O42) has no division here; add a division with slug 'palad' or map it in divisionMap (valid targets: finance)")]
    [TestCase("maxPages: 100", "maxPage: 100", "site.yaml:12:3: crawl.maxPage: unknown key 'maxPage' (did you mean 'maxPages'?); valid keys here: maxPages, maxDepth, maxBytesPerResponse, maxDuration, concurrency, delay, requestTimeout, retries, robots, sitemaps, checkExternal, fullCrawl, userAgent, exclude")]
    [TestCase("delay: 200ms", "delay: fast", "site.yaml:13:10: crawl.delay: expected a duration such as 500ms, 30s, 15m, 2h or 1d, found 'fast'")]
    [TestCase("emails: [finance@test.go.th]", "emails: [finance-at-test.go.th]", "site.yaml:8:45: divisions[1].emails: 'finance-at-test.go.th' is not an e-mail address (e.g. finance@example.go.th)")]
    [TestCase("delivery: outbox\n  smtp: { host: localhost, port: 25, security: none, passwordEnv: OIT_SMTP_PASSWORD }", "delivery: smtp", "site.yaml:18:3: mail.smtp: delivery is smtp but there is no smtp section (host, port, security, userEnv, passwordEnv)")]
    [TestCase("delivery: outbox", "delivery: outbox\n  digest: sundy", "site.yaml:19:11: mail.digest: unknown value 'sundy' (did you mean 'sunday'?); valid: monday, tuesday, wednesday, thursday, friday, saturday, sunday, off")]
    [TestCase("delivery: outbox", "delivery: email", "site.yaml:18:13: mail.delivery: unknown value 'email'; valid: outbox, smtp, none")]
    [TestCase("maxPages: 100", "maxPages: 0", "site.yaml:12:13: crawl.maxPages: must be 1–1000000, found 0")]
    [TestCase("catalog: catalog.yaml", "catalog: missing.yaml", "site.yaml:5:10: catalog: catalog file 'missing.yaml' not found")]
    public void Validate_BrokenSite_ReportsExactMessage(string original, string broken, string expected)
    {
        // Given a valid mini catalog and a site file with exactly one mistake
        Assume.That(MiniCatalog.SiteYaml, Does.Contain(original));
        var (_, path) = MiniCatalog.WriteTo(_dir, siteYaml: MiniCatalog.SiteYaml.Replace(original, broken, StringComparison.Ordinal));

        // When it is validated
        var errors = SiteConfigLoader.Validate(path);

        // Then the message names file, line, column, key, what was found and what is valid
        Assert.That(errors.Select(Relative), Does.Contain(expected), string.Join("\n", errors));
    }

    [TestCase("off", null)]
    [TestCase("friday", DayOfWeek.Friday)]
    public void Load_DigestSetting_IsReadAsWeekdayOrOff(string value, DayOfWeek? expected)
    {
        // Given a site file whose mail section names the digest day, or "off" for no weekly digest
        var (_, path) = MiniCatalog.WriteTo(_dir, siteYaml: MiniCatalog.SiteYaml.Replace("delivery: outbox", "delivery: outbox\n  digest: " + value, StringComparison.Ordinal));

        // When it is loaded
        var (site, _) = SiteConfigLoader.Load(path);

        // Then the digest follows the file, not the Monday default
        Assert.That(site.Mail.Digest, Is.EqualTo(expected));
    }

    [Test]
    public void Validate_WatchMonth13_IsRejectedWithTheMonthHint()
    {
        var (_, path) = MiniCatalog.WriteTo(_dir, siteYaml: MiniCatalog.SiteYaml + "\nwatch:\n  fromMonth: 13\n");

        var errors = SiteConfigLoader.Validate(path);

        Assert.That(errors.Select(Relative), Does.Contain("site.yaml:21:14: watch.fromMonth: must be 1–12, found 13 (months are 1–12; February is 2)"));
    }

    [Test]
    public void Validate_BrokenCatalogBehindTheSite_ReportsTheCatalogProblem()
    {
        var (_, path) = MiniCatalog.WriteTo(_dir, catalogYaml: MiniCatalog.CatalogYaml.Replace("division: finance", "division: finanse", StringComparison.Ordinal));

        var errors = SiteConfigLoader.Validate(path);

        Assert.That(errors.Select(Relative), Has.Some.StartsWith("catalog.yaml:46:15: items[2].division: unknown division 'finanse'"));
    }

    [Test]
    public void ForUrl_UsesTheCatalogDivisionsAndNoMail()
    {
        var (catalogPath, _) = MiniCatalog.WriteTo(_dir);
        var catalog = OitChecker.Catalog.CatalogLoader.Load(catalogPath);

        var site = SiteConfigLoader.ForUrl(new Uri("https://www.nakhonchaiburin.go.th/ita"), catalog);

        Assert.Multiple(() =>
        {
            Assert.That(site.Id, Is.EqualTo("nakhonchaiburin-go-th"));
            Assert.That(site.Divisions.Select(d => d.Slug), Is.EqualTo(new[] { "palad", "finance" }));
            Assert.That(site.Mail.Delivery, Is.EqualTo(MailDelivery.None));
        });
    }

    [TestCase("http://www.เทศบาลทดสอบ.ไทย/", "xn-l3cfalc7dtau1a9b7j-xn-o3cw4h", "www.เทศบาลทดสอบ.ไทย")]
    [TestCase("http://เทศบาลอื่น.ไทย/", "xn-o3cec8bn6a7a5b9d7d-xn-o3cw4h", "เทศบาลอื่น.ไทย")]
    public void ForUrl_ThaiHostName_GetsItsOwnAsciiIdAndKeepsTheThaiName(string url, string id, string name)
    {
        var (catalogPath, _) = MiniCatalog.WriteTo(_dir);
        var catalog = OitChecker.Catalog.CatalogLoader.Load(catalogPath);

        var site = SiteConfigLoader.ForUrl(new Uri(url), catalog);

        Assert.That((site.Id, site.NameTh), Is.EqualTo((id, name)));
    }

    private string Relative(ConfigError e) => e.ToString().Replace(_dir + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
