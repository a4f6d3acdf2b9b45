using OitChecker.Configuration;

namespace OitChecker.Serving;

/// <summary>
/// The optional <c>_server.yaml</c> at the root of a served folder, read strictly (unknown keys,
/// wrong types and out-of-range values are errors with line and column). See docs/serving.md.
/// </summary>
public sealed record ServerRules(IReadOnlyList<ServerRule> Rules, TimeSpan Latency)
{
    /// <summary>The file name looked for in the folder root.</summary>
    public const string FileName = "_server.yaml";

    /// <summary>No rules, no added latency.</summary>
    public static ServerRules None { get; } = new([], TimeSpan.Zero);

    /// <summary>Reads <c>_server.yaml</c> from a folder; <see cref="None"/> when absent. Throws <see cref="ConfigException"/> on errors.</summary>
    public static ServerRules Load(string root)
    {
        var path = System.IO.Path.Combine(root, FileName);
        if (!System.IO.File.Exists(path))
        {
            return None;
        }

        var file = YamlFile.Load(path);
        var rules = Read(file);
        file.ThrowIfErrors();
        return rules;
    }

    /// <summary>Reads a parsed file; problems are recorded on it.</summary>
    public static ServerRules Read(YamlFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Root is null)
        {
            return None;
        }

        var root = file.RootMap();
        var latency = root.Duration("latency", TimeSpan.Zero, TimeSpan.FromMinutes(1)) ?? TimeSpan.Zero;
        var rules = new List<ServerRule>();
        foreach (var m in root.Maps("rules"))
        {
            var path = m.Text("path", required: true) ?? "/";
            if (!path.StartsWith('/'))
            {
                m.Error("path", $"a path must start with '/', found '{path}'");
            }

            var rule = new ServerRule
            {
                Path = path,
                Status = m.Number("status", 100, 599),
                File = m.Text("file"),
                ContentType = m.Text("contentType"),
                Charset = m.Text("charset"),
                Redirect = m.Text("redirect"),
                Delay = m.Duration("delay", TimeSpan.Zero, TimeSpan.FromMinutes(5)),
                RetryAfter = m.Number("retryAfter", 0, 86_400),
            };
            if (rule.Redirect is not null && rule.File is not null)
            {
                m.Error("redirect", "a rule either redirects or serves a file, not both");
            }

            if (rule.Status is >= 300 and < 400 && rule.Redirect is null)
            {
                m.Error("status", $"status {rule.Status} needs a 'redirect' location");
            }

            m.RejectUnknownKeys();
            rules.Add(rule);
        }

        root.RejectUnknownKeys();
        return new ServerRules(rules, latency);
    }

    /// <summary>The first rule matching a decoded path, or null.</summary>
    public ServerRule? Match(string path) => Rules.FirstOrDefault(r => r.Matches(path));
}
