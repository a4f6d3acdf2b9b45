using System.CommandLine;
using OitChecker.Cli.Commands;
using OitChecker.Configuration;
using OitChecker.Running;

namespace OitChecker.Cli;

/// <summary>
/// The <c>oitcheck</c> command tree. Commands are built in <c>Commands/</c>, one file each; this class
/// only assembles them and maps failures to the documented exit codes.
/// </summary>
public static class CliApp
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(
            "oitcheck — checks a Thai public agency's website against the NACC's OIT items (ITA) and reports gaps per division.\n" +
            "Exit codes: 0 no gaps, 1 unexpected failure, 2 gaps found, 3 configuration error, 4 run inconclusive.");
        root.Add(ValidateCommand.Create(context));
        root.Add(ItemsCommand.Create(context));
        root.Add(CheckCommand.Create(context));
        root.Add(BenchCommand.Create(context));
        root.Add(ReportCommand.Create(context));
        root.Add(HistoryCommand.Create(context));
        root.Add(MailCommand.Create(context));
        root.Add(ServeCommand.Create(context));
        root.Add(StatusCommand.Create(context));

        return root;
    }

    /// <summary>Parses and runs; never throws: configuration errors exit 3, anything else 1.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is null)
        {
            foreach (var e in parse.Errors)
            {
                await context.Error.WriteLineAsync(e.Message);
            }

            return ExitCodes.ConfigurationError;
        }

        try
        {
            var invocation = new InvocationConfiguration
            {
                Output = context.Output,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            };
            if (parse.CommandResult.Command.Name == ServeCommand.Name)
            {
                // serve's generic host handles SIGTERM/Ctrl+C and bounds its own graceful stop (--shutdown-timeout);
                // System.CommandLine's handler would end the process 2 s after the signal, mid-shutdown
                invocation.ProcessTerminationTimeout = null;
            }

            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (ConfigException ex)
        {
            await context.Error.WriteLineAsync(ex.Message);
            return ExitCodes.ConfigurationError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Cancelled.");
            return ExitCodes.UnexpectedFailure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await context.Error.WriteLineAsync($"Unexpected failure: {ex.GetType().Name}: {ex.Message}");
            context.LoggerFactory.CreateLogger("oitcheck").LogUnexpected(ex);
            return ExitCodes.UnexpectedFailure;
        }
    }
}
