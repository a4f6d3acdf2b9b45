using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace OitChecker.Cli;

/// <summary>
/// What every command needs from the host: where to write (stdout for data, stderr for messages),
/// a Spectre console over stdout for tables and progress, the clock and the logger factory.
/// Tests build one over StringWriters and run commands in-process.
/// </summary>
public sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, TimeProvider time, ILoggerFactory loggerFactory, bool interactive)
    {
        Output = output;
        Error = error;
        Time = time;
        LoggerFactory = loggerFactory;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // redirected output (CI logs, files): wide enough for Thai titles without wrapping (toolchain note G9)
            Console.Profile.Width = 160;
        }
    }

    /// <summary>Data output (tables, JSON, paths).</summary>
    public TextWriter Output { get; }

    /// <summary>Messages and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>Spectre console over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    public TimeProvider Time { get; }

    public ILoggerFactory LoggerFactory { get; }

    /// <summary>True when stdout is a terminal (progress bars and colours allowed).</summary>
    public bool Interactive { get; }
}
