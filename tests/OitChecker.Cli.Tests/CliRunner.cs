using Microsoft.Extensions.Logging.Abstractions;

namespace OitChecker.Cli.Tests;

/// <summary>Runs oitcheck in-process with captured output, as a user would from a shell.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, TimeProvider.System, NullLoggerFactory.Instance, interactive: false);
        var code = await CliApp.RunAsync(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }
}
