using System.Globalization;
using OitChecker.Text;
using YamlDotNet.RepresentationModel;

namespace OitChecker.Configuration;

/// <summary>
/// A strict reader over one YAML mapping. Every accessor declares a key as known; after reading,
/// <see cref="RejectUnknownKeys"/> reports every other key with the list of valid ones (and a
/// "did you mean" when one is close), so a typo never silently becomes a default.
/// Values are checked where they stand and reported with their line and column.
/// </summary>
public sealed class YamlMap
{
    private readonly List<string> _known = [];

    internal YamlMap(YamlFile file, YamlMappingNode node, string path)
    {
        File = file;
        Node = node;
        Path = path;
    }

    public YamlFile File { get; }

    public YamlMappingNode Node { get; }

    /// <summary>The key path of this mapping, e.g. <c>items[3].elements[0]</c>.</summary>
    public string Path { get; }

    /// <summary>The path of a key inside this mapping.</summary>
    public string KeyPath(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>True when the key is present (declares it known).</summary>
    public bool Has(string key) => Get(key) is not null;

    /// <summary>The raw node of a key, or null (declares it known).</summary>
    public YamlNode? Get(string key)
    {
        if (!_known.Contains(key))
        {
            _known.Add(key);
        }

        foreach (var (k, v) in Node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Reports a problem with a key: at its value when present, else at this mapping.</summary>
    public void Error(string key, string message)
    {
        var node = FindValue(key);
        File.Report(node ?? Node, KeyPath(key), message);
    }

    /// <summary>Reports a problem at a node, under a key path.</summary>
    public void ErrorAt(YamlNode node, string keyPath, string message) => File.Report(node, keyPath, message);

    /// <summary>A string value. Empty strings count as missing.</summary>
    public string? Text(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null || node is YamlScalarNode { Value: null or "" } && node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.DoubleQuoted and not YamlDotNet.Core.ScalarStyle.SingleQuoted })
        {
            if (required)
            {
                Missing(key, "text");
            }

            return null;
        }

        if (node is not YamlScalarNode s)
        {
            File.Report(node, KeyPath(key), $"expected text, found {YamlFile.Describe(node)}");
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(s.Value))
        {
            File.Report(node, KeyPath(key), "must not be empty");
            return null;
        }

        return s.Value;
    }

    /// <summary>An integer (ASCII or Thai digits) within bounds.</summary>
    public int? Number(string key, int min, int max, bool required = false, string? hint = null)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key, $"a whole number {min}–{max}");
            }

            return null;
        }

        return ParseInt(node, KeyPath(key), min, max, hint);
    }

    /// <summary>true/false (also yes/no, ใช่/ไม่).</summary>
    public bool? Flag(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        var v = (node as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
        switch (v)
        {
            case "true" or "yes" or "on" or "ใช่":
                return true;
            case "false" or "no" or "off" or "ไม่":
                return false;
            default:
                File.Report(node, KeyPath(key), $"expected true or false, found {YamlFile.Describe(node)}");
                return null;
        }
    }

    /// <summary>A duration such as 500ms, 30s, 15m, 2h, 1d.</summary>
    public TimeSpan? Duration(string key, TimeSpan min, TimeSpan max)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        if (!ValueParsers.TryParseDuration(text, out var value))
        {
            File.Report(node, KeyPath(key), $"expected a duration such as 500ms, 30s, 15m, 2h or 1d, found {YamlFile.Describe(node)}");
            return null;
        }

        if (value < min || value > max)
        {
            File.Report(node, KeyPath(key), $"must be between {ValueParsers.FormatDuration(min)} and {ValueParsers.FormatDuration(max)}, found '{text}'");
            return null;
        }

        return value;
    }

    /// <summary>A byte size such as 512KB, 20MB, 1GB or a plain number of bytes.</summary>
    public long? Size(string key, long min, long max)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        if (!ValueParsers.TryParseSize(text, out var value))
        {
            File.Report(node, KeyPath(key), $"expected a size such as 512KB, 20MB or 1GB, found {YamlFile.Describe(node)}");
            return null;
        }

        if (value < min || value > max)
        {
            File.Report(node, KeyPath(key), $"must be between {ValueParsers.FormatSize(min)} and {ValueParsers.FormatSize(max)}, found '{text}'");
            return null;
        }

        return value;
    }

    /// <summary>One of a fixed set of spellings.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices, bool required = false)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text.Trim(), out var v))
        {
            return v;
        }

        Error(key, $"unknown value '{text}'{Suggest(text, choices.Keys)}; valid: {string.Join(", ", choices.Keys)}");
        return null;
    }

    /// <summary>A list of strings; a single string is accepted as a one-element list.</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key, "a list of text values");
                }

                return [];
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value!];
            case YamlSequenceNode seq:
                var list = new List<string>();
                var i = 0;
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        list.Add(v);
                    }
                    else
                    {
                        File.Report(child, $"{KeyPath(key)}[{i}]", $"expected non-empty text, found {YamlFile.Describe(child)}");
                    }

                    i++;
                }

                return list;
            default:
                File.Report(node, KeyPath(key), $"expected a list of text values, found {YamlFile.Describe(node)}");
                return [];
        }
    }

    /// <summary>A list of integers within bounds; a single number is accepted.</summary>
    public IReadOnlyList<int> Ints(string key, int min, int max, string? hint = null)
    {
        var node = Get(key);
        var result = new List<int>();
        IEnumerable<YamlNode> children = node switch
        {
            null => [],
            YamlSequenceNode seq => seq.Children,
            _ => [node],
        };
        var i = 0;
        foreach (var child in children)
        {
            var v = ParseInt(child, node is YamlSequenceNode ? $"{KeyPath(key)}[{i}]" : KeyPath(key), min, max, hint);
            if (v is not null)
            {
                result.Add(v.Value);
            }

            i++;
        }

        return result;
    }

    /// <summary>A nested mapping.</summary>
    public YamlMap? Map(string key, bool required = false)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key, "a mapping");
                }

                return null;
            case YamlMappingNode m:
                return new YamlMap(File, m, KeyPath(key));
            default:
                File.Report(node, KeyPath(key), $"expected a mapping (key: value lines), found {YamlFile.Describe(node)}");
                return null;
        }
    }

    /// <summary>A list of mappings, each with its index in the key path.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                if (required)
                {
                    Missing(key, "a list");
                }

                return [];
            case YamlSequenceNode seq:
                var list = new List<YamlMap>();
                var i = 0;
                foreach (var child in seq.Children)
                {
                    if (child is YamlMappingNode m)
                    {
                        list.Add(new YamlMap(File, m, $"{KeyPath(key)}[{i}]"));
                    }
                    else
                    {
                        File.Report(child, $"{KeyPath(key)}[{i}]", $"expected a mapping (key: value lines), found {YamlFile.Describe(child)}");
                    }

                    i++;
                }

                return list;
            default:
                File.Report(node, KeyPath(key), $"expected a list, found {YamlFile.Describe(node)}");
                return [];
        }
    }

    /// <summary>The entries of a mapping whose keys are data (e.g. item codes), as child readers.</summary>
    public IReadOnlyList<(string Key, YamlNode KeyNode, YamlMap Value)> Entries(string key)
    {
        var map = Map(key);
        if (map is null)
        {
            return [];
        }

        var list = new List<(string, YamlNode, YamlMap)>();
        foreach (var (k, v) in map.Node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? string.Empty;
            map._known.Add(name);
            if (v is YamlMappingNode m)
            {
                list.Add((name, k, new YamlMap(File, m, map.KeyPath(name))));
            }
            else
            {
                File.Report(v, map.KeyPath(name), $"expected a mapping (key: value lines), found {YamlFile.Describe(v)}");
            }
        }

        return list;
    }

    /// <summary>Reports every key that no accessor asked for.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in Node.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? string.Empty;
            if (!_known.Contains(name))
            {
                File.Report(k, KeyPath(name), $"unknown key '{name}'{Suggest(name, _known)}; valid keys here: {string.Join(", ", _known)}");
            }
        }
    }

    internal static string Suggest(string found, IEnumerable<string> valid)
    {
        var best = valid
            .Select(v => (v, d: Levenshtein(found.ToLowerInvariant(), v.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(1, x.v.Length / 4))
            .OrderBy(x => x.d)
            .FirstOrDefault();
        return best.v is null ? string.Empty : $" (did you mean '{best.v}'?)";
    }

    private int? ParseInt(YamlNode node, string keyPath, int min, int max, string? hint)
    {
        var text = (node as YamlScalarNode)?.Value ?? string.Empty;
        if (!ThaiDigits.TryParseInt(text, out var v))
        {
            File.Report(node, keyPath, $"expected a whole number {min}–{max}, found {YamlFile.Describe(node)}");
            return null;
        }

        if (v < min || v > max)
        {
            File.Report(node, keyPath, $"must be {min}–{max}, found {v.ToString(CultureInfo.InvariantCulture)}{hint}");
            return null;
        }

        return v;
    }

    private void Missing(string key, string what) =>
        File.Report(Node, KeyPath(key), $"required key '{key}' is missing (expected {what})");

    private YamlNode? FindValue(string key)
    {
        foreach (var (k, v) in Node.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }

        return null;
    }

    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            }
        }

        return d[a.Length, b.Length];
    }
}
