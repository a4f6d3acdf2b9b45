using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("validate");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Validate_ValidFiles_ExitsZero()
    {
        var (catalog, site) = MiniCatalog.WriteTo(_dir);

        var r = await CliRunner.RunAsync("validate", catalog, site);

        Assert.That(r.ExitCode, Is.EqualTo(0), r.Error);
        Assert.That(r.Output, Does.Contain("ok      " + site + " (site)"));
    }

    [Test]
    public async Task Validate_BrokenSite_ExitsThreeAndPrintsLocatedProblem()
    {
        var (_, site) = MiniCatalog.WriteTo(_dir, siteYaml: MiniCatalog.SiteYaml.Replace("Asia/Bangkok", "Asia/Bankok", StringComparison.Ordinal));

        var r = await CliRunner.RunAsync("validate", site);

        Assert.Multiple(() =>
        {
            Assert.That(r.ExitCode, Is.EqualTo(3));
            Assert.That(r.Output, Does.Contain("INVALID"));
            Assert.That(r.Error, Does.Contain("site.yaml:16:13: schedule.timeZone: unknown time zone 'Asia/Bankok'"));
        });
    }

    [Test]
    public async Task Validate_ShippedConfiguration_IsValid()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Config, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("crosswalk.yaml", StringComparison.Ordinal))
            .ToArray();
        Assert.That(files, Is.Not.Empty);

        var r = await CliRunner.RunAsync(["validate", .. files]);

        Assert.That(r.ExitCode, Is.EqualTo(0), r.Output + r.Error);
    }

    [Test]
    public async Task UnknownOption_ExitsThree()
    {
        var r = await CliRunner.RunAsync("validate", "--frobnicate");

        Assert.That(r.ExitCode, Is.EqualTo(3));
    }
}
