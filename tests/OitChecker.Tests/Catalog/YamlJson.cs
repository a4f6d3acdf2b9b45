using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OitChecker.Tests.Catalog;

/// <summary>
/// Converts a YAML file to JSON the way an editor's YAML language server does (YAML 1.2 core schema):
/// plain scalars that look like integers, floats, booleans or null become those JSON types; quoted and block
/// scalars stay text. Lets a test validate the shipped YAML against its JSON Schema as an editor would.
/// </summary>
internal static partial class YamlJson
{
    /// <summary>Reads a YAML file's first document as a JSON element.</summary>
    public static JsonElement FromFile(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return FromNode(stream.Documents[0].RootNode);
    }

    /// <summary>Reads YAML text as a JSON element.</summary>
    public static JsonElement FromText(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return FromNode(stream.Documents[0].RootNode);
    }

    private static JsonElement FromNode(YamlNode node) =>
        JsonSerializer.SerializeToElement(Convert(node));

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? string.Empty, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode s => Scalar(s),
        _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonValue? Scalar(YamlScalarNode s)
    {
        var v = s.Value ?? string.Empty;
        if (s.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(v);
        }

        if (v is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (v is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(v.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (IntRegex().IsMatch(v) && long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        if (FloatRegex().IsMatch(v) && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return JsonValue.Create(d);
        }

        return JsonValue.Create(v);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntRegex();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatRegex();
}
