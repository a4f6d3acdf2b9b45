using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using OitChecker.Testing;

namespace OitChecker.Tests.Reporting;

/// <summary>
/// config/schema/results.schema.json is the contract other tools (a province's dashboard, the NACC's import)
/// build on: what the checker writes must pass it, and a wrong value must fail it.
/// </summary>
public sealed class ResultsSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(RepoPaths.Config, "schema", "results.schema.json")));

    [Test]
    public void ApprovedResultsJson_PassesTheSchema()
    {
        var json = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "OitChecker.Tests", "Reporting", "approved", "results.approved.json"));

        Assert.That(Errors(json), Is.Empty);
    }

    [TestCase("/items/0/verdict", "\"passed\"", "enum")]
    [TestCase("/items/1/failKinds/0", "\"wrong_period\"", "enum")]
    [TestCase("/score/oit", "140", "maximum")]
    [TestCase("/status", "\"done\"", "enum")]
    [TestCase("/items/0/code", "\"23\"", "pattern")]
    public void BrokenResultsJson_FailsTheSchemaAtThatPlace(string location, string value, string keyword)
    {
        // Given the approved results.json with one value made wrong
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "OitChecker.Tests", "Reporting", "approved", "results.approved.json")))!;
        Set(root, location, JsonNode.Parse(value));

        // When it is validated, then the error names the place and the broken rule
        var errors = Errors(root.ToJsonString());
        Assert.That(errors, Has.Some.StartsWith(location + " " + keyword), string.Join("\n", errors));
    }

    /// <summary>Every failing location with its messages, e.g. "/items/0/verdict enum: ...".</summary>
    public static List<string> Errors(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
                .ToList();
    }

    private static void Set(JsonNode root, string location, JsonNode? value)
    {
        var parts = location.TrimStart('/').Split('/');
        var node = root;
        foreach (var p in parts[..^1])
        {
            node = int.TryParse(p, out var i) ? node[i]! : node[p]!;
        }

        if (int.TryParse(parts[^1], out var index))
        {
            node[index] = value;
        }
        else
        {
            node[parts[^1]] = value;
        }
    }
}
