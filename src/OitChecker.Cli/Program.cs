using System.Text;
using OitChecker.Cli;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

// The host's only job: console encoding, the thread-pool cap, Serilog, the command tree, the exit code.
#pragma warning disable RS0030 // the host owns the process console (here only); library code never touches it
Console.OutputEncoding = new UTF8Encoding(false);

// A crawl parses pages on pool threads; while the JIT compiles the pipeline, the pool sees slow work items and
// keeps adding threads, each costing ~3 MB. Every wait in this program is asynchronous, so two workers per
// processor keep the processors busy: the 2,000-page bench then peaks ~10 MB lower and is no slower
// (docs/benchmark.md). A lower cap set through DOTNET_ThreadPool_ForceMaxWorkerThreads is kept.
ThreadPool.GetMaxThreads(out var maxWorkers, out var maxIo);
var workerCap = Math.Max(4, 2 * Environment.ProcessorCount);
if (maxWorkers > workerCap)
{
    ThreadPool.SetMaxThreads(workerCap, maxIo);
}

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
