using System.Xml.Linq;
using CsvHelper;
using OitChecker.Reporting;
using OitChecker.Testing;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// Opens a division CSV the way a division clerk would — in a spreadsheet — using LibreOffice Calc headless
/// (Debian <c>libreoffice-calc</c>), converting it to flat ODS and reading the cells back: Thai text must
/// survive and no injected payload may become a formula.
/// </summary>
[NonParallelizable]
public sealed class DivisionCsvLibreOfficeTests
{
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    [Test]
    [CancelAfter(180_000)]
    public async Task LibreOffice_OpensDivisionCsv_ThaiIntactAndPayloadsStayText(CancellationToken cancellationToken)
    {
        // Given the audit division's CSV, whose item title, reason and URL carry formula payloads
        var model = ReportScenario.Model();
        var csv = await DivisionCsv.ToBytesAsync(model, model.Divisions.Single(d => d.Slug == "audit"), cancellationToken);

        // When LibreOffice imports it
        var cells = await ConvertAsync(csv, cancellationToken);

        // Then
        var o9 = cells.Single(r => r[0].Text == "O9");
        var o10 = cells.Single(r => r[0].Text == "O10");
        Assert.Multiple(() =>
        {
            Assert.That(cells[0][1].Text, Is.EqualTo("รายการ"), "Thai header");
            Assert.That(o10[1].Text, Is.EqualTo("การดำเนินการตามมาตรการส่งเสริมคุณธรรม"), "Thai title");
            Assert.That(o9[3].Text, Is.EqualTo("ไม่ผ่าน"));
            Assert.That(cells.SelectMany(r => r).Where(c => c.Formula is not null).Select(c => c.Formula), Is.Empty, "no cell became a formula");
            Assert.That(o9[1].Text, Does.Contain("=HYPERLINK(\"https://evil.example/x\""));
            Assert.That(o9[1].Type, Is.EqualTo("string"));
            Assert.That(o10[4].Text, Does.Contain("-1+1"));
            Assert.That(o10[4].Type, Is.EqualTo("string"));
            Assert.That(o10[5].Text, Does.Contain("@SUM(1+1)"));
            Assert.That(o10[5].Type, Is.EqualTo("string"));
        });
    }

    [Test]
    [CancelAfter(180_000)]
    public async Task LibreOffice_OpensUnescapedCsv_PayloadBecomesAFormula(CancellationToken cancellationToken)
    {
        // The control: without CsvInjection.Escape the same payload IS run as a formula, so the test above can fail.
        using var ms = new MemoryStream();
        await using (var w = new StreamWriter(ms, new System.Text.UTF8Encoding(true), leaveOpen: true))
        await using (var csv = CsvWriter.Create(w, CsvFile.Options with { Injection = CsvInjection.None }, leaveOpen: true))
        {
            csv.WriteHeader(["code", "item"]);
            csv.WriteRecord(["O9", ReportScenario.InjectionTitle]);
        }

        var cells = await ConvertAsync(ms.ToArray(), cancellationToken);
        Assert.That(cells[1][1].Formula, Does.StartWith("of:=HYPERLINK("));
    }

    private static async Task<List<List<(string Text, string? Type, string? Formula)>>> ConvertAsync(byte[] csv, CancellationToken cancellationToken)
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            Assert.Ignore("LibreOffice is not installed (apt-get install libreoffice-calc); the spreadsheet test is skipped.");
        }

        var dir = RepoPaths.NewTempDirectory("oit-lo");
        var input = Path.Combine(dir, "division.csv");
        await File.WriteAllBytesAsync(input, csv, cancellationToken);
        var (exit, output) = await HtmlReportRenderTests.RunAsync(soffice!,
        [
            $"-env:UserInstallation={new Uri(Path.Combine(dir, "profile")).AbsoluteUri}",
            "--headless", "--norestore", "--nologo",
            "--infilter=CSV:44,34,76,1",
            "--convert-to", "fods",
            "--outdir", dir,
            input,
        ], TimeSpan.FromSeconds(150), cancellationToken);
        var fods = Path.Combine(dir, "division.fods");
        Assert.That(File.Exists(fods), Is.True, $"LibreOffice exited {exit}: {output}");

        var doc = XDocument.Load(fods);
        var rows = doc.Descendants(Table + "table-row")
            .Select(r => r.Elements(Table + "table-cell")
                .Select(c => (
                    Text: string.Concat(c.Elements(Text + "p").Select(p => p.Value)),
                    Type: (string?)c.Attribute(Office + "value-type"),
                    Formula: (string?)c.Attribute(Table + "formula")))
                .ToList())
            .Where(r => r.Count > 0 && r[0].Text.Length > 0)
            .ToList();
        Directory.Delete(dir, recursive: true);
        return rows;
    }
}
