using System.CommandLine;
using System.Text;
using OitChecker.Reporting;
using OitChecker.Running;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck report (--last | --run ID) [--format csv|html|json] [--site FILE]</c>: finds a past run's report.
/// Without --format it prints the folder and its files; <c>json</c> prints results.json, <c>csv</c> prints
/// summary.csv, <c>html</c> prints the path of report.html (open it in a browser).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var last = new Option<bool>("--last") { Description = "The newest complete run." };
        var run = new Option<string?>("--run") { Description = "A run id (20261125T213000Z-muangklaeng) or report folder name (20261125T213000Z)." };
        var format = new Option<string?>("--format") { Description = "csv: print summary.csv; html: print the path of report.html; json: print results.json." };
        format.AcceptOnlyFromAmong("csv", "html", "json");
        var site = SiteFile.Option();
        var command = new Command("report", "Locate or print a past run's report.") { last, run, format, site };
        command.SetAction(async (parse, ct) =>
        {
            var runId = parse.GetValue(run);
            if (parse.GetValue(last) == (runId is not null))
            {
                await context.Error.WriteLineAsync("Give exactly one of --last or --run ID.");
                return ExitCodes.ConfigurationError;
            }

            if (await SiteFile.LoadAsync(context, parse.GetValue(site)) is not { } loaded)
            {
                return ExitCodes.ConfigurationError;
            }

            var folder = runId is null
                ? ReportLocator.Latest(loaded.Site, null)
                : await ReportLocator.ForRunAsync(loaded.Site, runId, null, context.Time, ct);
            if (folder is null)
            {
                await context.Error.WriteLineAsync(runId is null ? $"No report yet for {loaded.Site.Id}." : $"No report for run {runId} of {loaded.Site.Id}.");
                return ExitCodes.UnexpectedFailure;
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    await context.Output.WriteAsync(await File.ReadAllTextAsync(Path.Combine(folder, ReportSet.ResultsFile), Encoding.UTF8, ct));
                    break;
                case "csv":
                    // ReadAllText drops the byte-order mark; the terminal gets plain UTF-8 lines.
                    await context.Output.WriteAsync(await File.ReadAllTextAsync(Path.Combine(folder, ReportSet.SummaryFile), Encoding.UTF8, ct));
                    break;
                case "html":
                    await context.Output.WriteLineAsync(Path.Combine(folder, ReportSet.HtmlFile));
                    break;
                default:
                    await context.Output.WriteLineAsync(folder);
                    foreach (var f in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
                    {
                        await context.Output.WriteLineAsync("  " + Path.GetFileName(f));
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
