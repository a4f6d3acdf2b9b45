using System.CommandLine;
using OitChecker.Catalog;
using OitChecker.Configuration;
using OitChecker.Running;
using OitChecker.Sites;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck validate [FILE…]</c>: checks catalogs and site files without crawling anything.
/// With no files it checks every YAML file under ./config. Exit 0 when all are valid, 3 otherwise.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Catalog (config/oit/*.yaml) or site (config/sites/*.yaml) files; default: every YAML file under ./config.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("validate", "Validate catalog and site files: every problem with file:line:column, key, what was found and what is valid.")
        {
            files,
        };
        command.SetAction(async (parse, ct) =>
        {
            var paths = parse.GetValue(files) is { Length: > 0 } given ? given : DefaultFiles();
            if (paths.Length == 0)
            {
                await context.Error.WriteLineAsync("No files given and no YAML files under ./config.");
                return ExitCodes.ConfigurationError;
            }

            var failed = 0;
            foreach (var path in paths)
            {
                var (kind, errors) = ValidateOne(path);
                if (errors.Count == 0)
                {
                    await context.Output.WriteLineAsync($"ok      {path} ({kind})");
                    continue;
                }

                failed++;
                await context.Output.WriteLineAsync($"INVALID {path} ({kind}): {errors.Count} problem(s)");
                foreach (var e in errors)
                {
                    await context.Error.WriteLineAsync(e.ToString());
                }
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.ConfigurationError;
        });
        return command;
    }

    /// <summary>Validates one file, deciding by its place and its keys whether it is a catalog or a site file.</summary>
    internal static (string Kind, IReadOnlyList<ConfigError> Errors) ValidateOne(string path)
    {
        var kind = KindOf(path);
        return kind switch
        {
            "site" => (kind, SiteConfigLoader.Validate(path)),
            "catalog" => (kind, CatalogLoader.Validate(path)),
            _ => (kind, YamlFile.Load(path).Errors),
        };
    }

    private static string KindOf(string path)
    {
        var dir = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)) ?? string.Empty);
        if (dir == "sites")
        {
            return "site";
        }

        if (dir == "oit")
        {
            return "catalog";
        }

        var file = YamlFile.Load(path);
        var root = file.Root;
        if (root is null)
        {
            return "yaml";
        }

        var keys = root.Children.Keys.Select(k => k.ToString()).ToHashSet();
        return keys.Contains("mainUrl") ? "site" : keys.Contains("indicators") ? "catalog" : "yaml";
    }

    private static string[] DefaultFiles() =>
        Directory.Exists("config")
            ? Directory.EnumerateFiles("config", "*.yaml", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith("crosswalk.yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray()
            : [];
}
