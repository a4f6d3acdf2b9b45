using OitChecker.Scheduling;

namespace OitChecker.Cli.Hosting;

/// <summary>Everything <c>oitcheck serve</c> was told on its command line, after parsing.</summary>
public sealed record ServeOptions
{
    public required SchedulerSettings Scheduler { get; init; }

    /// <summary>Folder of rolling log files. Default logs/.</summary>
    public string LogDirectory { get; init; } = "logs";

    /// <summary>Compact JSON log events (one per line) on the console and in the files, for log shippers.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>How long a stop waits for running checks to stop (after cancelling them) before the process exits anyway.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
