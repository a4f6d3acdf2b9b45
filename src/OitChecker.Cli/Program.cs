using System.Text;
using OitChecker.Cli;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

// The host's only job: console encoding, Serilog, the command tree, the exit code.
#pragma warning disable RS0030 // the host owns the process console (here only); library code never touches it
Console.OutputEncoding = new UTF8Encoding(false);
var stdout = Console.Out;
var stderr = Console.Error;
var interactive = !Console.IsOutputRedirected;

Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Is(Environment.GetEnvironmentVariable("OITCHECK_LOG_LEVEL") is { } level && Enum.TryParse<LogEventLevel>(level, true, out var l) ? l : LogEventLevel.Warning)
    .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
    .CreateLogger();
try
{
    using var loggerFactory = new SerilogLoggerFactory(Log.Logger, dispose: false);
    using var cts = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cts.Cancel();
    };
    var context = new CliContext(stdout, stderr, TimeProvider.System, loggerFactory, interactive);
    return await CliApp.RunAsync(args, context, cts.Token);
}
finally
{
    await Log.CloseAndFlushAsync();
}
#pragma warning restore RS0030
