using OitChecker.Catalog;
using OitChecker.Configuration;
using OitChecker.Testing;
using OitChecker.Testing.Fixtures;

namespace OitChecker.Tests.Catalog;

public class CatalogLoaderTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("catalog");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Load_MiniCatalog_BuildsTheModel()
    {
        var (path, _) = MiniCatalog.WriteTo(_dir);

        var catalog = CatalogLoader.Load(path);

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Year, Is.EqualTo(2565));
            Assert.That(catalog.Items.Select(i => i.Code), Is.EqualTo(new[] { "O1", "O2", "O23", "O42" }));
            Assert.That(catalog.Find("o23")!.Indicator, Is.EqualTo("9"));
            var period = catalog.Find("O23")!.Elements.OfType<PeriodElement>().Single();
            Assert.That(period.Months, Is.EqualTo(new[] { 10, 11, 12, 1, 2, 3 }));
            Assert.That(period.NoneStatements, Is.EqualTo(new[] { "ไม่มีการจัดซื้อจัดจ้าง" }));
            Assert.That(catalog.Find("O1")!.Elements.OfType<BothSidesElement>().Single().Political[0].Options,
                Is.EqualTo(new[] { "นายกเทศมนตรี", "นายก" }));
        });
    }

    // Each row: one mistake an auditor could make, and the exact message that must point at it.
    [TestCase("year: 2565", "year: 2022", "catalog.yaml:1:7: year: 2022 is not a Buddhist-Era year (it looks like CE); write 2565")]
    [TestCase("year: 2565", "year: 3000", "catalog.yaml:1:7: year: 3000 is not a Buddhist-Era year; expected 2400–2700, e.g. 2568")]
    [TestCase("  - code: O2\n", "  - code: O1\n", "catalog.yaml:31:11: items[1].code: duplicate item code 'O1' (first defined on line 17)")]
    [TestCase("subIndicator: \"9.3\"", "subIndicator: \"9.8\"", "catalog.yaml:45:19: items[2].subIndicator: unknown sub-indicator '9.8' (did you mean '9.1'?); valid: 9.1, 9.3, 10.2")]
    [TestCase("division: finance", "division: finanse", "catalog.yaml:46:15: items[2].division: unknown division 'finanse' (did you mean 'finance'?); valid: palad, finance")]
    [TestCase("      - kind: tableFields", "      - kind: tablefield", "catalog.yaml:56:15: items[2].elements[2].kind: unknown value 'tablefield' (did you mean 'tableFields'?); valid: reachable, period, phrases, tableFields, documents, bothSides, interactive, manualReview, images")]
    [TestCase("months: [10, 11, 12, 1, 2, 3]", "months: [10, 11, 12, 13, 2, 3]", "catalog.yaml:54:30: items[2].elements[1].months[3]: must be 1–12, found 13 (months are 1–12; October is 10)")]
    [TestCase("    fixHint: เผยแพร่ข้อมูลผู้บริหาร\n", "    fixHnt: เผยแพร่ข้อมูลผู้บริหาร\n", "catalog.yaml:41:5: items[1].fixHnt: unknown key 'fixHnt' (did you mean 'fixHint'?); valid keys here: code, subIndicator, division, title, titleEn, confidence, source, find, elements, fixHint, fixHintEn, note")]
    [TestCase("confidence: verified\n    find:\n      terms: [มาตรการ", "confidence: sure\n    find:\n      terms: [มาตรการ", "catalog.yaml:64:17: items[3].confidence: unknown value 'sure'; valid: verified, derived, unverified")]
    [TestCase("{ code: \"9.1\", title: ข้อมูลพื้นฐาน, size: 2 }", "{ code: \"9.1\", title: ข้อมูลพื้นฐาน, size: 3 }", "catalog.yaml:7:52: indicators[0].subIndicators[0].size: sub-indicator 9.1 declares 3 items but the catalog lists 2")]
    [TestCase("fiscalYear: current", "fiscalYear: this-year", "catalog.yaml:53:21: items[2].elements[1].fiscalYear: unknown value 'this-year'; valid: current, previous, covering")]
    [TestCase("  - { slug: finance, name: กองคลัง }", "  - { slug: Finance Dept, name: กองคลัง }", "catalog.yaml:15:13: divisions[1].slug: 'Finance Dept' is not a valid slug; use lower-case letters, digits and '-' (e.g. finance)")]
    [TestCase("  - code: O42", "  - code: 42", "catalog.yaml:59:11: items[3].code: '42' is not an OIT item code; expected O followed by a number (e.g. O23)")]
    [TestCase("{ code: \"10.2\", title: มาตรการภายใน }", "{ code: \"11.2\", title: มาตรการภายใน }", "catalog.yaml:12:17: indicators[1].subIndicators[0].code: sub-indicator '11.2' must start with its indicator code '10.' (e.g. 10.1)")]
    [TestCase("        what: ผู้บริหารลงนามอนุมัติมาตรการ\n", "", "catalog.yaml:69:9: items[3].elements[1].what: required key 'what' is missing (expected text)")]
    [TestCase("title: แคตตาล็อกทดสอบ", "title: [แคตตาล็อก", "catalog.yaml:2:8: YAML syntax error after this point (check brackets [ ], braces { } and quotes)")]
    [TestCase("title: แคตตาล็อกทดสอบ", "title: ชื่อ: ทดสอบ", "catalog.yaml:2:12: YAML syntax error: While scanning a plain scalar value, found invalid mapping.")]
    public void Validate_BrokenCatalog_ReportsExactMessage(string original, string broken, string expected)
    {
        // Given the mini catalog with exactly one mistake
        Assume.That(MiniCatalog.CatalogYaml, Does.Contain(original));
        var (path, _) = MiniCatalog.WriteTo(_dir, MiniCatalog.CatalogYaml.Replace(original, broken, StringComparison.Ordinal));

        // When it is validated
        var errors = CatalogLoader.Validate(path);

        // Then the message names file, line, column, key, what was found and what is valid
        Assert.That(errors.Select(e => Relative(e)), Does.Contain(expected), string.Join("\n", errors));
    }

    [Test]
    public void Load_SeveralMistakes_ReportsThemAllAtOnce()
    {
        var yaml = MiniCatalog.CatalogYaml
            .Replace("division: finance", "division: finanse", StringComparison.Ordinal)
            .Replace("months: [10, 11, 12, 1, 2, 3]", "months: [10, 13]", StringComparison.Ordinal)
            .Replace("  - code: O2\n", "  - code: O1\n", StringComparison.Ordinal);
        var (path, _) = MiniCatalog.WriteTo(_dir, yaml);

        var ex = Assert.Throws<ConfigException>(() => CatalogLoader.Load(path));

        Assert.That(ex!.Errors, Has.Count.EqualTo(3));
        Assert.That(ex.Message, Does.StartWith("3 problems:"));
    }

    private string Relative(ConfigError e) => e.ToString().Replace(_dir + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);
}
