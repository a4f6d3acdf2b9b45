using OitChecker.Catalog;
using OitChecker.Configuration;
using OitChecker.Testing;

namespace OitChecker.Tests.Catalog;

/// <summary>
/// The crosswalk is only useful if every code in it exists in its year's catalog; a typo would silently send a
/// municipality's history to the wrong item. These tests pin the loader's strictness and its messages.
/// </summary>
[TestFixture]
public sealed class CrosswalkLoaderTests
{
    private string _dir = string.Empty;

    [SetUp]
    public void SetUp() => _dir = RepoPaths.NewTempDirectory("crosswalk");

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Validate_ShippedCrosswalk_HasNoErrors()
    {
        // When
        var errors = CrosswalkLoader.Validate(ShippedCatalogs.CrosswalkPath, ShippedCatalogs.All);

        // Then
        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void Load_ShippedCrosswalk_MapsMonthlyProcurementFrom2565To2566()
    {
        // Given
        var crosswalk = CrosswalkLoader.Load(ShippedCatalogs.CrosswalkPath, ShippedCatalogs.All);

        // When
        var mapped = crosswalk.Map(2565, "O23", 2566);

        // Then
        Assert.That(mapped, Is.EqualTo(new[] { "O21" }));
    }

    [Test]
    public void Load_ShippedCrosswalk_CoversEveryItemOfEveryShippedCatalog()
    {
        // Given
        var crosswalk = CrosswalkLoader.Load(ShippedCatalogs.CrosswalkPath, ShippedCatalogs.All);

        // When
        var uncovered = ShippedCatalogs.All.Values
            .SelectMany(c => c.Items.Select(i => (c.Year, i.Code)))
            .Where(x => crosswalk.ConceptOf(x.Year, x.Code).Count == 0)
            .Select(x => $"{x.Year} {x.Code}")
            .ToList();

        // Then
        Assert.That(uncovered, Is.Empty);
    }

    [Test]
    public void Validate_UnknownYear_NamesTheYearsThatHaveACatalog()
    {
        // Given
        var path = Write("""
            title: t
            concepts:
              - id: structure
                title: โครงสร้าง
                codes: { 2565: [O1], 2567: [O1] }
            """);

        // When
        var errors = Validate(path);

        // Then
        Assert.That(errors, Is.EqualTo(new[] { $"{path}:5:26: concepts[0].codes.2567: no catalog for assessment year 2567; valid: 2565, 2566, 2568, 2569" }));
    }

    [Test]
    public void Validate_CeYear_SaysWhichBuddhistEraYearToWrite()
    {
        // Given
        var path = Write("""
            title: t
            concepts:
              - id: structure
                title: โครงสร้าง
                codes: { 2022: [O1] }
            """);

        // When
        var errors = Validate(path);

        // Then
        Assert.That(errors, Is.EqualTo(new[] { $"{path}:5:14: concepts[0].codes.2022: 2022 is not a Buddhist-Era year (it looks like CE); write 2565" }));
    }

    [Test]
    public void Validate_CodeMissingFromThatYearsCatalog_ListsTheValidCodesWithGaps()
    {
        // Given — 2568 has no O5 (its title is unknown)
        var path = Write("""
            title: t
            concepts:
              - id: contact
                title: ข้อมูลการติดต่อ
                codes:
                  2565: [O5]
                  2568: [O3, O5]
            """);

        // When
        var errors = Validate(path);

        // Then
        Assert.That(errors, Is.EqualTo(new[] { $"{path}:7:18: concepts[0].codes.2568[1]: unknown item 'O5' for assessment year 2568 (did you mean 'O1'?); valid: O1–O4, O6, O8–O24" }));
    }

    [Test]
    public void Validate_CodeBeyondTheCatalog_IsReportedWithTheValidRange()
    {
        // Given
        var path = Write("""
            title: t
            concepts:
              - id: x
                title: x
                codes: { 2565: [O44] }
            """);

        // When
        var errors = Validate(path);

        // Then
        Assert.That(errors, Is.EqualTo(new[] { $"{path}:5:21: concepts[0].codes.2565[0]: unknown item 'O44' for assessment year 2565 (did you mean 'O4'?); valid: O1–O43" }));
    }

    [Test]
    public void Validate_TypoedKey_IsRejectedWithASuggestion()
    {
        // Given
        var path = Write("""
            title: t
            concepts:
              - id: structure
                title: โครงสร้าง
                cods: { 2565: [O1] }
            """);

        // When
        var errors = Validate(path);

        // Then
        Assert.That(errors, Is.EqualTo(new[]
        {
            $"{path}:3:5: concepts[0].codes: required key 'codes' is missing (expected a mapping)",
            $"{path}:5:5: concepts[0].cods: unknown key 'cods' (did you mean 'codes'?); valid keys here: id, title, titleEn, codes, note",
        }));
    }

    [Test]
    public void Validate_DuplicateConceptAndDuplicateCode_AreBothReported()
    {
        // Given
        var path = Write("""
            title: t
            concepts:
              - id: structure
                title: โครงสร้าง
                codes: { 2565: [O1, o1] }
              - id: structure
                title: โครงสร้าง
                codes: { 2566: [O1] }
            """);

        // When
        var errors = Validate(path);

        // Then
        Assert.That(errors, Is.EqualTo(new[]
        {
            $"{path}:5:25: concepts[0].codes.2565[1]: item O1 is listed twice for 2565",
            $"{path}:6:9: concepts[1].id: duplicate concept id 'structure' (first defined on line 3)",
        }));
    }

    [Test]
    public void Load_BrokenFile_ThrowsConfigExceptionWithEveryProblem()
    {
        // Given
        var path = Write("""
            title: t
            concepts:
              - id: Bad Id
                title: x
                codes: { 2565: O99 }
            """);

        // When
        var ex = Assert.Throws<ConfigException>(() => CrosswalkLoader.Load(path, ShippedCatalogs.All));

        // Then
        Assert.That(ex!.Errors.Select(e => e.Key), Is.EqualTo(new[] { "concepts[0].id", "concepts[0].codes.2565" }));
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_dir, "crosswalk.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private static string[] Validate(string path) =>
        CrosswalkLoader.Validate(path, ShippedCatalogs.All).Select(e => e.ToString()).ToArray();
}
