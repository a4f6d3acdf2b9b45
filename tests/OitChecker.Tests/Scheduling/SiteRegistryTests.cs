using OitChecker.Configuration;
using OitChecker.Scheduling;
using OitChecker.Testing;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Tests.Scheduling;

public class SiteRegistryTests
{
    private string _root = null!;

    [SetUp]
    public void SetUp() => _root = RepoPaths.NewTempDirectory("registry");

    [TearDown]
    public void TearDown() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Load_TwoValidFiles_ServesBothOrderedById()
    {
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "zeta", MainUrl = new Uri("https://zeta.go.th/") });
        ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "alpha", MainUrl = new Uri("https://alpha.go.th/") });

        var registry = SiteRegistry.Load(SiteRegistry.Discover(ScheduledSiteFiles.SitesDirectory(_root), []));

        Assert.That(registry.Sites.Select(s => s.Id), Is.EqualTo(new[] { "alpha", "zeta" }));
    }

    [Test]
    public void Load_TwoBrokenFiles_ReportsEveryProblemOfEveryFile()
    {
        // Given one file with a bad time zone and another with a bad cron
        var a = ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "a", MainUrl = new Uri("https://a.go.th/"), TimeZone = "Asia/Bankok" });
        var b = ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "b", MainUrl = new Uri("https://b.go.th/"), Cron = "0 30 25 * * ?" });

        // When
        var ex = Assert.Throws<ConfigException>(() => SiteRegistry.Load([a, b]));

        // Then both are reported, located
        Assert.That(ex!.Errors, Has.Count.EqualTo(2));
        Assert.That(ex.Message, Does.Contain($"{a}:").And.Contain("schedule.timeZone: unknown time zone 'Asia/Bankok'"));
        Assert.That(ex.Message, Does.Contain($"{b}:").And.Contain("schedule.cron: '0 30 25 * * ?' is not a valid Quartz cron expression"));
    }

    [Test]
    public void Load_DuplicateSiteId_IsAConfigurationErrorAtTheIdLine()
    {
        var a = ScheduledSiteFiles.Write(_root, new TestSiteSpec { Id = "same", MainUrl = new Uri("https://a.go.th/") });
        var copy = Path.Combine(ScheduledSiteFiles.SitesDirectory(_root), "copy.yaml");
        File.Copy(a, copy);

        var ex = Assert.Throws<ConfigException>(() => SiteRegistry.Load(SiteRegistry.Discover(ScheduledSiteFiles.SitesDirectory(_root), [])));

        Assert.That(ex!.Message, Does.Contain($"{a}:1:5: id: site id 'same' is already used by {copy}"));
    }

    [Test]
    public void Discover_EmptyFolder_IsAConfigurationError()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var ex = Assert.Throws<ConfigException>(() => SiteRegistry.Discover(empty, []));

        Assert.That(ex!.Message, Does.Contain("no site files"));
    }
}
