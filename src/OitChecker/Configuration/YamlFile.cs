using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OitChecker.Configuration;

/// <summary>
/// A YAML file parsed into nodes that remember their line and column, plus the list of problems
/// found while reading it. Loaders walk it with <see cref="YamlMap"/>; nothing is deserialized by
/// reflection, so every unknown key, wrong type and bad value is reported where it stands.
/// </summary>
public sealed class YamlFile
{
    private readonly List<ConfigError> _errors = [];

    private YamlFile(string displayPath, YamlMappingNode? root)
    {
        DisplayPath = displayPath;
        Root = root;
    }

    /// <summary>The path as shown in messages (relative to the working directory when possible).</summary>
    public string DisplayPath { get; }

    /// <summary>The top-level mapping, or null when the file could not be parsed.</summary>
    public YamlMappingNode? Root { get; }

    /// <summary>Problems found so far, in the order reported.</summary>
    public IReadOnlyList<ConfigError> Errors => _errors;

    /// <summary>Reads and parses a file. Syntax errors are recorded, not thrown.</summary>
    public static YamlFile Load(string path)
    {
        var display = DisplayPathOf(path);
        if (!File.Exists(path))
        {
            var missing = new YamlFile(display, null);
            missing.Report(1, 1, string.Empty, "file not found");
            return missing;
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(display, reader);
    }

    /// <summary>Parses YAML text (used by tests and by files read elsewhere).</summary>
    public static YamlFile Parse(string displayPath, TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(reader));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var file = new YamlFile(displayPath, null);
            file.Report(checked((int)ex.Start.Line), checked((int)ex.Start.Column), string.Empty, "YAML syntax error: " + CleanYamlMessage(ex));
            return file;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail without a YamlException on some malformed input; report where parsing stopped
            var file = new YamlFile(displayPath, null);
            file.Report(parser.LastLine, parser.LastColumn, string.Empty,
                "YAML syntax error after this point (check brackets [ ], braces { } and quotes)");
            return file;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            var file = new YamlFile(displayPath, null);
            var node = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            file.Report(node is null ? 1 : checked((int)node.Start.Line), node is null ? 1 : checked((int)node.Start.Column), string.Empty,
                "the file must be a mapping of keys to values (key: value); found " + (node is null ? "an empty file" : Describe(node)));
            return file;
        }

        return new YamlFile(displayPath, map);
    }

    /// <summary>A reader over the root mapping.</summary>
    public YamlMap RootMap() => new(this, Root ?? new YamlMappingNode(), string.Empty);

    /// <summary>Records a problem at a line and column.</summary>
    public void Report(int line, int column, string key, string message) =>
        _errors.Add(new ConfigError(DisplayPath, line, column, key, message));

    /// <summary>Records a problem at a node.</summary>
    public void Report(YamlNode node, string key, string message)
    {
        ArgumentNullException.ThrowIfNull(node);
        Report(checked((int)node.Start.Line), checked((int)node.Start.Column), key, message);
    }

    /// <summary>Throws a <see cref="ConfigException"/> with every problem, if there are any.</summary>
    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new ConfigException(_errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList());
        }
    }

    internal static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s when string.IsNullOrEmpty(s.Value) => "an empty value",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };

    private static string CleanYamlMessage(YamlException ex)
    {
        var msg = ex.InnerException?.Message ?? ex.Message;
        var idx = msg.IndexOf("): ", StringComparison.Ordinal);
        return idx >= 0 && msg.StartsWith('(') ? msg[(idx + 3)..] : msg;
    }

    private static string DisplayPathOf(string path)
    {
        var full = Path.GetFullPath(path);
        var rel = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return rel.StartsWith("..", StringComparison.Ordinal) ? full : rel;
    }
}
