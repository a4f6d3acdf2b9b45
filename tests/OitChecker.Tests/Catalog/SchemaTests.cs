using System.Text.Json;
using Json.Schema;
using OitChecker.Testing;

namespace OitChecker.Tests.Catalog;

/// <summary>
/// The JSON Schemas in config/schema make editors flag mistakes while an auditor types. They are only useful if
/// every shipped file passes them (no false alarms) and a typo fails them (real alarms), and if each YAML file
/// names its schema on the first line so the editor finds it.
/// </summary>
[TestFixture]
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> CatalogSchema = new(() => Build("catalog"));
    private static readonly Lazy<JsonSchema> CrosswalkSchema = new(() => Build("crosswalk"));
    private static readonly Lazy<JsonSchema> SiteSchema = new(() => Build("site"));

    private static IEnumerable<TestCaseData> ShippedFiles()
    {
        foreach (var f in ShippedCatalogs.Files())
        {
            yield return new TestCaseData(f, "catalog").SetArgDisplayNames(Path.GetFileName(f));
        }

        yield return new TestCaseData(ShippedCatalogs.CrosswalkPath, "crosswalk").SetArgDisplayNames("crosswalk.yaml");
        foreach (var f in Directory.EnumerateFiles(Path.Combine(RepoPaths.Config, "sites"), "*.yaml").Order(StringComparer.Ordinal))
        {
            yield return new TestCaseData(f, "site").SetArgDisplayNames("sites/" + Path.GetFileName(f));
        }
    }

    [TestCaseSource(nameof(ShippedFiles))]
    public void ShippedYaml_ValidatesAgainstItsSchema(string path, string schemaName)
    {
        // Given
        var instance = YamlJson.FromFile(path);

        // When
        var errors = Errors(SchemaFor(schemaName), instance);

        // Then
        Assert.That(errors, Is.Empty);
    }

    [TestCaseSource(nameof(ShippedFiles))]
    public void ShippedYaml_NamesItsSchemaOnTheFirstLine(string path, string schemaName)
    {
        // When
        var first = File.ReadLines(path).First();

        // Then
        Assert.That(first, Is.EqualTo($"# yaml-language-server: $schema=../schema/{schemaName}.schema.json"));
    }

    [TestCase("fixHnit: x", "fixHnit")]
    [TestCase("confidence: maybe", "confidence")]
    public void CatalogItem_WithTypoOrBadValue_FailsTheSchema(string extraLine, string expectedInError)
    {
        // Given
        var yaml = MinimalCatalog(item: extraLine.StartsWith("confidence", StringComparison.Ordinal)
            ? ItemLines.Replace("confidence: verified", extraLine, StringComparison.Ordinal)
            : ItemLines + "\n    " + extraLine);

        // When
        var errors = Errors(CatalogSchema.Value, YamlJson.FromText(yaml));

        // Then
        Assert.That(errors, Has.Some.Contains(expectedInError));
    }

    [Test]
    public void CatalogElement_WithKeyOfAnotherKind_FailsTheSchema()
    {
        // Given — "months" belongs to period, not to documents
        var yaml = MinimalCatalog(ItemLines.Replace("- kind: reachable", "- kind: documents\n        months: [10]", StringComparison.Ordinal));

        // When
        var errors = Errors(CatalogSchema.Value, YamlJson.FromText(yaml));

        // Then
        Assert.That(errors, Has.Some.Contains("months"));
    }

    [Test]
    public void CatalogElement_UnknownKind_FailsTheSchema()
    {
        // Given
        var yaml = MinimalCatalog(ItemLines.Replace("- kind: reachable", "- kind: reachible", StringComparison.Ordinal));

        // When
        var errors = Errors(CatalogSchema.Value, YamlJson.FromText(yaml));

        // Then
        Assert.That(errors, Has.Some.Contains("/elements/0/kind"));
    }

    [Test]
    public void MinimalCatalog_PassesTheSchema()
    {
        // Then — guards the negative tests above: they fail because of the typo, not because the base is wrong
        Assert.That(Errors(CatalogSchema.Value, YamlJson.FromText(MinimalCatalog(ItemLines))), Is.Empty);
    }

    [Test]
    public void Crosswalk_WithTypoedKey_FailsTheSchema()
    {
        // Given
        const string yaml = """
            title: t
            concepts:
              - id: structure
                title: โครงสร้าง
                cods: { 2565: [O1] }
            """;

        // When
        var errors = Errors(CrosswalkSchema.Value, YamlJson.FromText(yaml));

        // Then
        Assert.That(errors, Has.Some.Contains("cods"));
    }

    [Test]
    public void Site_WithTypoedKeyOrSecret_FailsTheSchema()
    {
        // Given — the seed site file with a typo'd crawl key and a password written into the file
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Config, "sites", "muangklaeng.yaml"))
            .Replace("  maxPages: 3000", "  maxPage: 3000", StringComparison.Ordinal)
            .Replace("    passwordEnv: OIT_SMTP_PASSWORD", "    password: hunter2", StringComparison.Ordinal);

        // When
        var errors = Errors(SiteSchema.Value, YamlJson.FromText(yaml));

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Some.Contains("maxPage"));
            Assert.That(errors, Has.Some.Contains("password"));
        });
    }

    private const string ItemLines = """
          - code: O1
            title: โครงสร้าง
            titleEn: Structure
            subIndicator: "9.1"
            division: palad
            confidence: verified
            find:
              terms: [โครงสร้าง]
            elements:
              - kind: reachable
            fixHint: เผยแพร่แผนผังโครงสร้าง
        """;

    private static string MinimalCatalog(string item) => $$"""
        year: 2565
        title: t
        indicators:
          - code: "9"
            title: การเปิดเผยข้อมูล
            subIndicators:
              - { code: "9.1", title: ข้อมูลพื้นฐาน, size: 1 }
        divisions:
          - { slug: palad, name: สำนักปลัดเทศบาล }
        items:
        {{item}}
        """;

    private static JsonSchema SchemaFor(string name) => name switch
    {
        "catalog" => CatalogSchema.Value,
        "crosswalk" => CrosswalkSchema.Value,
        _ => SiteSchema.Value,
    };

    private static JsonSchema Build(string name) =>
        JsonSchema.FromFile(Path.Combine(RepoPaths.Config, "schema", $"{name}.schema.json"));

    /// <summary>Every failing location with its messages, e.g. "/items/0: additionalProperties: ... fixHnit".</summary>
    private static List<string> Errors(JsonSchema schema, JsonElement instance)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
            .ToList();
    }
}
