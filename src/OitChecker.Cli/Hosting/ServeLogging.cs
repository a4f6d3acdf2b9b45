using System.Globalization;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace OitChecker.Cli.Hosting;

/// <summary>
/// The service's Serilog logger: console (for journald) and a daily rolling file in the log folder, both plain
/// text or both compact JSON (<c>--json-logs</c>). The level comes from <c>OITCHECK_LOG_LEVEL</c> (default Information).
/// </summary>
public static class ServeLogging
{
    /// <summary>The rolling file name pattern; Serilog inserts the date (oitcheck-20261127.log).</summary>
    public const string FilePattern = "oitcheck-.log";

    private const string Template = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Logger Create(ServeOptions options, string? levelText)
    {
        ArgumentNullException.ThrowIfNull(options);
        var level = Enum.TryParse<LogEventLevel>(levelText, ignoreCase: true, out var l) ? l : LogEventLevel.Information;
        Directory.CreateDirectory(options.LogDirectory);
        var file = Path.Combine(options.LogDirectory, FilePattern);
        var config = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        if (options.JsonLogs)
        {
            config = config
                .WriteTo.Console(new CompactJsonFormatter())
                .WriteTo.File(new CompactJsonFormatter(), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
        }
        else
        {
            config = config
                .WriteTo.Console(outputTemplate: Template, formatProvider: CultureInfo.InvariantCulture)
                .WriteTo.File(file, outputTemplate: Template, formatProvider: CultureInfo.InvariantCulture, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
        }

        return config.CreateLogger();
    }
}
