namespace OitChecker.Scheduling;

/// <summary>
/// How the scheduler stores its state and how many checks one node runs at once. The PostgreSQL connection
/// string never comes from a file or the command line (it holds a password): only from
/// <see cref="PostgresEnvironmentVariable"/>.
/// </summary>
public sealed record SchedulerSettings
{
    /// <summary>The environment variable holding the Quartz PostgreSQL connection string.</summary>
    public const string PostgresEnvironmentVariable = "OITCHECK_QUARTZ_POSTGRES";

    /// <summary>Quartz's scheduler name (SCHED_NAME in the store); every node of a cluster and <c>status</c> use it.</summary>
    public const string SchedulerName = "oitcheck";

    public JobStoreKind Store { get; init; } = JobStoreKind.Sqlite;

    /// <summary>The SQLite job store file. Default data/quartz.db.</summary>
    public string SqlitePath { get; init; } = Path.Combine("data", "quartz.db");

    /// <summary>The PostgreSQL connection string (from <see cref="PostgresEnvironmentVariable"/>).</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>This node's id in a cluster; null lets Quartz generate one (host name plus a timestamp).</summary>
    public string? InstanceId { get; init; }

    /// <summary>Checks and probes one node runs at once (Quartz thread pool). Default 10.</summary>
    public int MaxConcurrency { get; init; } = 10;

    /// <summary>How late a trigger may fire before it counts as misfired and its misfire instruction applies. Default 60 s.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a cluster node records that it is alive. Default 7.5 s (Quartz's default).</summary>
    public TimeSpan CheckinInterval { get; init; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long past a missed check-in a node is declared dead and its runs recovered. Default 15 s.</summary>
    public TimeSpan CheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The folder beside the job store where the default probe log of the availability watch lives.</summary>
    public string DataDirectory => Path.GetDirectoryName(Path.GetFullPath(SqlitePath)) ?? Path.GetFullPath(".");

    /// <summary>Settings for a PostgreSQL cluster node, reading the connection string from the environment.</summary>
    /// <exception cref="Configuration.ConfigException">The environment variable is not set.</exception>
    public static string ReadPostgresConnectionString(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var cs = environment(PostgresEnvironmentVariable);
        if (string.IsNullOrWhiteSpace(cs))
        {
            throw new Configuration.ConfigException(
                $"--store postgres needs the connection string in the environment variable {PostgresEnvironmentVariable} " +
                "(e.g. Host=db;Database=oitcheck;Username=oitcheck;Password=…); it is never read from files or the command line.");
        }

        return cs;
    }
}
