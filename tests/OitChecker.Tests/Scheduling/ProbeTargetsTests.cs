using OitChecker.Scheduling;
using OitChecker.Sites;
using OitChecker.Testing;
using OitChecker.Testing.Scheduling;

namespace OitChecker.Tests.Scheduling;

public class ProbeTargetsTests
{
    [Test]
    public void For_SiteWithPinnedItem_ProbesMainPageForAdminsAndPinnedUrlForItsDivision()
    {
        // Given a site whose O23 (finance) answer is pinned at /procurement
        var root = RepoPaths.NewTempDirectory("targets");
        try
        {
            var path = ScheduledSiteFiles.Write(root, new TestSiteSpec { Id = "tgt", MainUrl = new Uri("https://www.tgt.go.th/") });
            var (site, catalog) = SiteConfigLoader.Load(path);

            // When
            var targets = ProbeTargets.For(new ScheduledSite(site, catalog));

            // Then
            Assert.That(targets, Has.Count.EqualTo(2));
            Assert.Multiple(() =>
            {
                Assert.That(targets[0].Url, Is.EqualTo("https://www.tgt.go.th/"));
                Assert.That(targets[0].Recipients, Is.EqualTo(new[] { "it@tgt.go.th" }));
                Assert.That(targets[1].Url, Is.EqualTo("https://www.tgt.go.th/procurement"));
                Assert.That(targets[1].ItemCodes, Is.EqualTo(new[] { "O23" }));
                Assert.That(targets[1].Divisions, Is.EqualTo(new[] { "finance" }));
                Assert.That(targets[1].Recipients, Is.EqualTo(new[] { "finance@tgt.go.th", "it@tgt.go.th" }));
            });
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
