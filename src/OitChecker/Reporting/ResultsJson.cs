using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using OitChecker.Catalog;
using OitChecker.Running;
using OitChecker.Verdicts;

namespace OitChecker.Reporting;

/// <summary>
/// Reads and writes <c>results.json</c>: camelCase keys, enums as kebab-case strings ("manual-review",
/// "wrong-period"), Thai kept readable (not \u-escaped), indented.
/// </summary>
public static class ResultsJson
{
    /// <summary>The serializer options every writer and reader of results.json uses.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static readonly JsonTypeInfo<RunResult> Info = (JsonTypeInfo<RunResult>)Options.GetTypeInfo(typeof(RunResult));

    public static string Serialize(RunResult result) => JsonSerializer.Serialize(result, Info);

    public static RunResult? Deserialize(string json) => JsonSerializer.Deserialize(json, Info);

    public static async Task WriteAsync(Stream stream, RunResult result, CancellationToken cancellationToken = default) =>
        await JsonSerializer.SerializeAsync(stream, result, Info, cancellationToken);

    /// <summary>
    /// Metadata from <see cref="ResultsJsonContext"/> (generated at compile time: no reflection, so results.json is
    /// written the same way by the ahead-of-time compiled build), and one kebab-case converter per enum of the
    /// result. The non-generic enum converter would build its converters at run time, which a native build cannot;
    /// a test holds this list to the enums the result holds.
    /// </summary>
    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions
        {
            TypeInfoResolver = ResultsJsonContext.Default,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        };
        var kebab = JsonNamingPolicy.KebabCaseLower;
        o.Converters.Add(new JsonStringEnumConverter<RunStatus>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<Verdict>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<FailKind>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<ElementOutcome>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<ElementKind>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<PeriodScope>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<DocumentType>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<ScannedPolicy>(kebab));
        o.Converters.Add(new JsonStringEnumConverter<Confidence>(kebab));
        o.MakeReadOnly();
        return o;
    }
}

/// <summary>Compile-time serialisation metadata for <see cref="RunResult"/> (see <see cref="ResultsJson"/>).</summary>
[JsonSerializable(typeof(RunResult))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;
