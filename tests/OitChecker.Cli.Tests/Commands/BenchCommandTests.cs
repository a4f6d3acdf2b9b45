using System.Text.RegularExpressions;

namespace OitChecker.Cli.Tests.Commands;

/// <summary><c>oitcheck bench crawl</c> end to end on a small generated site: the command runs and finds exactly the planted broken links.</summary>
public partial class BenchCommandTests
{
    [Test]
    public async Task BenchCrawl_SmallSite_FindsExactlyThePlantedBrokenLinks()
    {
        var result = await CliRunner.RunAsync("bench", "crawl", "--pages", "80", "--no-tools", "--no-polite", "--no-revisit", "--in-process-server");

        var line = PolitenessOff().Match(result.Output);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(line.Success, Is.True, result.Output);
            Assert.That(line.Groups["found"].Value, Is.EqualTo(line.Groups["planted"].Value), line.Value);
            Assert.That(line.Groups["missed"].Value + "/" + line.Groups["extra"].Value, Is.EqualTo("0/0"), line.Value);
            Assert.That(int.Parse(line.Groups["pages"].Value, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(80), line.Value);
        });
    }

    [GeneratedRegex(@"\(a\) politeness off.*?(?<pages>\d+) pages .*broken (?<found>\d+)/(?<planted>\d+) planted \(missed (?<missed>\d+), extra (?<extra>\d+)\)")]
    private static partial Regex PolitenessOff();
}
