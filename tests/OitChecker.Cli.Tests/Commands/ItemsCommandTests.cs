using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Cli.Tests.Commands;

public class ItemsCommandTests
{
    [Test]
    public async Task Items_MiniCatalog_ShowsEveryItemGroupedBySubIndicator()
    {
        var dir = RepoPaths.NewTempDirectory("items");
        try
        {
            var (catalog, _) = MiniCatalog.WriteTo(dir);

            var r = await CliRunner.RunAsync("items", "--catalog", catalog);

            Assert.Multiple(() =>
            {
                Assert.That(r.ExitCode, Is.EqualTo(0), r.Error);
                Assert.That(r.Output, Does.Contain("9.1 ข้อมูลพื้นฐาน (2 items)"));
                Assert.That(r.Output, Does.Contain("10.2 มาตรการภายใน (1 item)"));
                Assert.That(r.Output, Does.Contain("O23"));
                Assert.That(r.Output, Does.Contain("กองคลัง"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Items_UnknownDivision_ExitsThreeAndListsValidOnes()
    {
        var dir = RepoPaths.NewTempDirectory("items");
        try
        {
            var (catalog, _) = MiniCatalog.WriteTo(dir);

            var r = await CliRunner.RunAsync("items", "--catalog", catalog, "--division", "treasury");

            Assert.That(r.ExitCode, Is.EqualTo(3));
            Assert.That(r.Error, Does.Contain("Unknown division 'treasury'; valid: palad, finance."));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
