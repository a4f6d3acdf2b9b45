using System.Text.RegularExpressions;
using OitChecker.Catalog;
using OitChecker.Sites;
using OitChecker.Testing;

namespace OitChecker.Tests.Catalog;

/// <summary>
/// The catalogs shipped in config/oit are data the whole pipeline trusts: they must load without a single
/// error, keep the verified structure of their year, and leave no code silently missing.
/// </summary>
[TestFixture]
public sealed partial class ShippedCatalogTests
{
    private static readonly string[] DivisionSlugs = ["palad", "strategy", "finance", "engineering", "education", "health", "waterworks", "audit"];

    private static IEnumerable<string> Files() => ShippedCatalogs.Files();

    private static IEnumerable<int> Years() => ShippedCatalogs.Files().Select(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture));

    [TestCaseSource(nameof(Files))]
    public void Validate_ShippedCatalog_HasNoErrors(string path)
    {
        // When
        var errors = CatalogLoader.Validate(path);

        // Then
        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void Files_IncludeEveryFrameworkYear()
    {
        // Then
        Assert.That(Years(), Is.SupersetOf(new[] { 2565, 2566, 2568, 2569 }));
    }

    [Test]
    public void Catalog2565_HasTheVerifiedStructure()
    {
        // Given
        var catalog = ShippedCatalogs.Year(2565);

        // When
        var sizes = catalog.SubIndicators.Select(s => (s.Code, catalog.ItemsOf(s).Count()));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(catalog.Items, Has.Count.EqualTo(43));
            Assert.That(catalog.Items.Select(i => i.Code), Is.EqualTo(Enumerable.Range(1, 43).Select(n => $"O{n}")));
            Assert.That(sizes, Is.EqualTo(new[] { ("9.1", 9), ("9.2", 8), ("9.3", 7), ("9.4", 4), ("9.5", 5), ("10.1", 8), ("10.2", 2) }));
            Assert.That(catalog.Indicators.Select(i => i.Code), Is.EqualTo(new[] { "9", "10" }));
        });
    }

    [Test]
    public void Catalog2566_Has43ItemsWithVerifiedGroupsForBasicInformationAndProcurement()
    {
        // Given
        var catalog = ShippedCatalogs.Year(2566);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(catalog.Items.Select(i => i.Code), Is.EqualTo(Enumerable.Range(1, 43).Select(n => $"O{n}")));
            Assert.That(catalog.Items.Where(i => i.SubIndicator == "9.1").Select(i => i.Code), Is.EqualTo(Enumerable.Range(1, 10).Select(n => $"O{n}")));
            Assert.That(catalog.Items.Where(i => i.SubIndicator == "9.3").Select(i => i.Code), Is.EqualTo(new[] { "O19", "O20", "O21", "O22" }));
        });
    }

    [TestCaseSource(nameof(Files))]
    public void Codes_RunWithoutGaps_ExceptDocumentedOmissions(string path)
    {
        // Given
        var catalog = CatalogLoader.Load(path);
        var numbers = catalog.Items.Select(i => int.Parse(i.Code[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var omitted = OmittedRegex().Matches(File.ReadAllText(path))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        // When
        var gaps = Enumerable.Range(1, numbers.Max()).Except(numbers).ToList();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(numbers, Is.Ordered, "items are listed in code order");
            Assert.That(gaps, Is.EquivalentTo(omitted.Where(n => n <= numbers.Max())), "every gap has an '# omitted: On — why' comment and vice versa");
            Assert.That(omitted.Intersect(numbers), Is.Empty, "an omitted code is not also listed");
        });
    }

    [TestCaseSource(nameof(Files))]
    public void Items_StartReachable_AndCarryAThaiFixHint(string path)
    {
        // Given
        var catalog = CatalogLoader.Load(path);

        // Then
        Assert.Multiple(() =>
        {
            foreach (var item in catalog.Items)
            {
                Assert.That(item.Elements[0].Kind, Is.EqualTo(ElementKind.Reachable), $"{catalog.Year} {item.Code}: first element");
                Assert.That(IsThai(item.FixHintTh), Is.True, $"{catalog.Year} {item.Code}: fixHint is Thai");
                Assert.That(item.FixHintEn, Is.Not.Null.And.Not.Empty, $"{catalog.Year} {item.Code}: fixHintEn");
                Assert.That(item.Find.Terms.Any(IsThai), Is.True, $"{catalog.Year} {item.Code}: at least one Thai term");
                Assert.That(item.Find.Terms.Where(t => CodeTermRegex().IsMatch(t)), Is.Empty, $"{catalog.Year} {item.Code}: no O-code in terms (index pages are matched by code)");
            }
        });
    }

    [TestCaseSource(nameof(Files))]
    public void UnverifiedItems_ExplainThemselvesInANote(string path)
    {
        // Given
        var catalog = CatalogLoader.Load(path);

        // When
        var silent = catalog.Items.Where(i => i.Confidence == Confidence.Unverified && string.IsNullOrWhiteSpace(i.Note)).Select(i => i.Code);

        // Then
        Assert.That(silent, Is.Empty);
    }

    [TestCase(2568)]
    [TestCase(2569)]
    public void NewestFrameworks_MarkUnverifiedItems(int year)
    {
        // Given
        var catalog = ShippedCatalogs.Year(year);

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(catalog.Items.Count(i => i.Confidence == Confidence.Unverified), Is.GreaterThan(catalog.Items.Count / 2));
            Assert.That(catalog.Note, Does.Contain("NOT verified"));
        });
    }

    [TestCaseSource(nameof(Years))]
    public void Divisions_AreTheEightMunicipalUnits(int year)
    {
        // Then
        Assert.That(ShippedCatalogs.Year(year).Divisions.Select(d => d.Slug), Is.EqualTo(DivisionSlugs));
    }

    [Test]
    public void Catalog2565_OwnersMatchTheSeedMemo()
    {
        // Given
        var catalog = ShippedCatalogs.Year(2565);

        // When — owners the memo (S1) names: measures 2, 5, 7, 8, 9, 10, 11 and the memo's issuer
        var owners = new[] { "O8", "O13", "O17", "O18", "O23", "O38", "O42" }.Select(c => catalog.Find(c)!.Division);

        // Then
        Assert.That(owners, Is.EqualTo(new[] { "strategy", "palad", "strategy", "finance", "finance", "palad", "audit" }));
    }

    [Test]
    public void Catalog2565_MonthlyProcurement_NeedsEveryMonthOctToMarAndTheEightColumns()
    {
        // Given
        var item = ShippedCatalogs.Year(2565).Find("O23")!;

        // When
        var period = item.Elements.OfType<PeriodElement>().Single();
        var fields = item.Elements.OfType<TableFieldsElement>().Single();

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(period.Scope, Is.EqualTo(PeriodScope.Current));
            Assert.That(period.Months, Is.EqualTo(new[] { 10, 11, 12, 1, 2, 3 }));
            Assert.That(period.NoneStatements, Does.Contain("ไม่มีการจัดซื้อจัดจ้าง"));
            Assert.That(fields.Fields.Select(f => f.Label), Is.EqualTo(new[]
            {
                "งานที่ซื้อหรือจ้าง", "วงเงินที่จะซื้อหรือจ้าง", "ราคากลาง", "วิธีซื้อหรือจ้าง", "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
                "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง", "เหตุผลที่คัดเลือกโดยสรุป", "เลขที่และวันที่ของสัญญาหรือข้อตกลง",
            }));
            Assert.That(fields.Min, Is.Null, "all eight columns are required");
        });
    }

    [Test]
    public void Catalog2565_PeriodScopes_FollowPlansCurrentReportsPrevious()
    {
        // Given
        var catalog = ShippedCatalogs.Year(2565);

        // When
        string Scope(string code) => catalog.Find(code)!.Elements.OfType<PeriodElement>().Single().Scope.ToString();

        // Then
        Assert.Multiple(() =>
        {
            foreach (var code in new[] { "O10", "O11", "O18", "O19", "O21", "O22", "O23", "O40", "O42" })
            {
                Assert.That(Scope(code), Is.EqualTo("Current"), code);
            }

            foreach (var code in new[] { "O12", "O16", "O20", "O24", "O28", "O41" })
            {
                Assert.That(Scope(code), Is.EqualTo("Previous"), code);
            }

            foreach (var code in new[] { "O4", "O25", "O39" })
            {
                Assert.That(Scope(code), Is.EqualTo("Covering"), code);
            }
        });
    }

    [Test]
    public void SeedSiteFile_ValidatesAgainstTheShipped2565Catalog()
    {
        // When
        var errors = SiteConfigLoader.Validate(Path.Combine(RepoPaths.Config, "sites", "muangklaeng.yaml"));

        // Then
        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
    }

    private static bool IsThai(string? text) => text?.Any(c => c is >= '\u0E00' and <= '\u0E7F') == true;

    [GeneratedRegex(@"^\s*#\s*omitted:\s*O(\d+)\b", RegexOptions.Multiline)]
    private static partial Regex OmittedRegex();

    [GeneratedRegex(@"(^|[^A-Za-z0-9])O\d+([^0-9]|$)")]
    private static partial Regex CodeTermRegex();
}
