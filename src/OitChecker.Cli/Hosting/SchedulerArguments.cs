using System.CommandLine;
using OitChecker.Configuration;
using OitChecker.Scheduling;

namespace OitChecker.Cli.Hosting;

/// <summary>
/// The options <c>serve</c> and <c>status</c> share: which site files, and which job store. Both commands must
/// read the same store the same way, so the options are defined once.
/// </summary>
public sealed class SchedulerArguments
{
    /// <summary>Default folder of site files.</summary>
    public const string DefaultSitesDirectory = "config/sites";

    public Option<string?> Sites { get; } = new("--sites") { Description = $"Folder of site files (every *.yaml in it). Default: {DefaultSitesDirectory}." };

    public Option<string[]> Site { get; } = new("--site") { Description = "A site file (repeatable); with --sites, both are served.", AllowMultipleArgumentsPerToken = false };

    public Option<JobStoreKind> Store { get; } = new("--store")
    {
        Description = $"Job store: sqlite (default, a file, one node) or postgres (clustered; connection string from {SchedulerSettings.PostgresEnvironmentVariable}).",
        DefaultValueFactory = _ => JobStoreKind.Sqlite,
    };

    public Option<string> StorePath { get; } = new("--store-path")
    {
        Description = "SQLite job store file. Default: data/quartz.db (the watch's probe log goes beside it, in data/watch/).",
        DefaultValueFactory = _ => Path.Combine("data", "quartz.db"),
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Sites);
        command.Add(Site);
        command.Add(Store);
        command.Add(StorePath);
    }

    /// <summary>The site files to use; the default folder only when neither option was given.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="required">False for <c>status</c>, which also works from the store alone.</param>
    public IReadOnlyList<string> SiteFiles(ParseResult parse, bool required)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var dir = parse.GetValue(Sites);
        var files = parse.GetValue(Site) ?? [];
        if (dir is null && files.Length == 0)
        {
            if (!required && !Directory.Exists(DefaultSitesDirectory))
            {
                return [];
            }

            dir = DefaultSitesDirectory;
        }

        return SiteRegistry.Discover(dir, files);
    }

    /// <summary>The scheduler settings from the options and, for PostgreSQL, the environment.</summary>
    /// <exception cref="ConfigException">--store postgres without the connection string in the environment.</exception>
    public SchedulerSettings Settings(ParseResult parse, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var kind = parse.GetValue(Store);
        return new SchedulerSettings
        {
            Store = kind,
            SqlitePath = parse.GetValue(StorePath)!,
            PostgresConnectionString = kind == JobStoreKind.Postgres ? SchedulerSettings.ReadPostgresConnectionString(environment) : null,
        };
    }
}
