using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using OitChecker.Running;

namespace OitChecker.Reporting;

/// <summary>
/// Reads and writes <c>results.json</c>: camelCase keys, enums as kebab-case strings ("manual-review",
/// "wrong-period"), Thai kept readable (not \u-escaped), indented.
/// </summary>
public static class ResultsJson
{
    /// <summary>The serializer options every writer and reader of results.json uses.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(RunResult result) => JsonSerializer.Serialize(result, Options);

    public static RunResult? Deserialize(string json) => JsonSerializer.Deserialize<RunResult>(json, Options);

    public static async Task WriteAsync(Stream stream, RunResult result, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(stream, result, Options, cancellationToken);

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }
}
