using System.Text;
using OitChecker.Reporting;
using OitChecker.Testing;

namespace OitChecker.Tests.Reporting;

public sealed class DivisionCsvTests
{
    [TestCase("palad")]
    [TestCase("strategy")]
    [TestCase("finance")]
    [TestCase("audit")]
    public async Task ToBytesAsync_ScenarioDivision_MatchesApprovedFile(string slug)
    {
        var model = ReportScenario.Model();
        var bytes = await DivisionCsv.ToBytesAsync(model, model.Divisions.Single(d => d.Slug == slug));
        Approvals.Verify(bytes, "Reporting", $"{slug}.approved.csv");
    }

    [Test]
    public async Task ToBytesAsync_EnglishHeaders_MatchesApprovedFile()
    {
        var model = ReportScenario.Model(englishHeaders: true);
        var bytes = await DivisionCsv.ToBytesAsync(model, model.Divisions.Single(d => d.Slug == "audit"));
        Approvals.Verify(bytes, "Reporting", "audit-en.approved.csv");
    }

    [Test]
    public async Task ToBytesAsync_Always_Utf8BomCrlfAndInjectionEscaped()
    {
        var model = ReportScenario.Model();
        var bytes = await DivisionCsv.ToBytesAsync(model, model.Divisions.Single(d => d.Slug == "audit"));
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(text.Replace("\r\n", string.Empty, StringComparison.Ordinal), Does.Not.Contain("\n"), "every line ends with CRLF");
            Assert.That(text, Does.Contain("\"'=HYPERLINK(\"\"https://evil.example/x\"\",\"\"คลิกเพื่อดูมาตรการ\"\")\""));
            Assert.That(text, Does.Contain("'@SUM(1+1)"));
            Assert.That(text, Does.Contain("'-1+1 ไม่พบรายงานการดำเนินการ"));
            Assert.That(text, Does.Contain("⚠ เกณฑ์ยังไม่ยืนยันกับคู่มือ"), "unverified item O10 is marked");
        });
    }

    [Test]
    public void Divisions_Audit_OrderedByPointsAtStakeThenCode()
    {
        var audit = ReportScenario.Model().Divisions.Single(d => d.Slug == "audit");
        Assert.Multiple(() =>
        {
            Assert.That(audit.Rows.Select(r => r.Code), Is.EqualTo(new[] { "O9", "O10" }).Or.EqualTo(new[] { "O10", "O9" }));
            Assert.That(audit.Rows[0].Verdict.Cost, Is.GreaterThanOrEqualTo(audit.Rows[1].Verdict.Cost));
            Assert.That(audit.PointsAtStake, Is.EqualTo(25.0), "both items of 10.2 (2 items) fail: indicator 10 loses 50, OIT 25");
        });
    }

    [Test]
    public void Divisions_Palad_FailingBeforePassingAndNaturalCodeOrderAmongEqualCosts()
    {
        var palad = ReportScenario.Model().Divisions.Single(d => d.Slug == "palad");
        Assert.That(palad.Rows.Select(r => r.Code), Is.EqualTo(new[] { "O2", "O1", "O3", "O8" }));
    }
}
