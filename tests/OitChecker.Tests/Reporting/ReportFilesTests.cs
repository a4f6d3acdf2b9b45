using System.Text;
using OitChecker.Reporting;
using OitChecker.Testing;

namespace OitChecker.Tests.Reporting;

public sealed class ReportFilesTests
{
    [Test]
    public async Task SummaryCsv_Scenario_MatchesApprovedFile()
    {
        var model = ReportScenario.Model();
        Approvals.Verify(await CsvFile.ToBytesAsync(SummaryCsv.Header(false), SummaryCsv.Rows(model, false)), "Reporting", "summary.approved.csv");
    }

    [Test]
    public async Task AnswersCsv_Scenario_MatchesApprovedFile()
    {
        var model = ReportScenario.Model();
        Approvals.Verify(await CsvFile.ToBytesAsync(AnswersCsv.Header(false), AnswersCsv.Rows(model, false)), "Reporting", "answers.approved.csv");
    }

    [Test]
    public async Task ResultsJson_Scenario_MatchesApprovedFile()
    {
        using var ms = new MemoryStream();
        await ResultsJson.WriteAsync(ms, ReportScenario.Current());
        Approvals.Verify(ms.ToArray(), "Reporting", "results.approved.json");
    }

    [Test]
    public void AnswersCsv_PinnedItem_UsesThePinnedUrl()
    {
        var rows = AnswersCsv.Rows(ReportScenario.Model(), english: true).ToList();
        var o6 = rows.Single(r => r[0] == "O6");
        var o2 = rows.Single(r => r[0] == "O2");
        Assert.Multiple(() =>
        {
            Assert.That(o6[2], Is.EqualTo("https://www.muangklaeng.go.th/ita/o6"));
            Assert.That(o6[4], Is.EqualTo("pinned (submitted)"));
            Assert.That(o2[2], Is.Empty);
            Assert.That(o2[4], Is.EqualTo("none found"));
            Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "O10" }));
        });
    }

    [Test]
    public void SummaryCsv_Rows_DivisionPointsAddUpToTheGapToTheScoreIfAllPassed()
    {
        var model = ReportScenario.Model();
        var rows = SummaryCsv.Rows(model, english: true).ToList();
        var total = double.Parse(rows[0][8], System.Globalization.CultureInfo.InvariantCulture);
        var divisions = rows.Where(r => r[0] == "division").Sum(r => double.Parse(r[8], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(rows.Count(r => r[0] == "division"), Is.EqualTo(4));
            Assert.That(rows.Count(r => r[0] == "sub-indicator"), Is.EqualTo(5));
            Assert.That(divisions, Is.EqualTo(total).Within(0.02));
            Assert.That(total, Is.EqualTo(100 - model.Result.Score.Oit).Within(0.05));
        });
    }

    [Test]
    public void ResultsJson_Scenario_KeepsThaiReadable()
    {
        var json = ResultsJson.Serialize(ReportScenario.Current());
        Assert.That(json, Does.Contain("ข้อมูลผู้บริหาร").And.Contain("\"verdict\": \"manual-review\""));
        Assert.That(Encoding.UTF8.GetByteCount(json), Is.GreaterThan(1000));
    }
}
