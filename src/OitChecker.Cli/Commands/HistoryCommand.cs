using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using OitChecker.History;
using OitChecker.Reporting;
using OitChecker.Running;
using OitChecker.Verdicts;
using Spectre.Console;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck history [--runs N] [--site FILE]</c>: the recorded runs (date, status, projected OIT score,
/// pass/fail/review counts) and each item's verdicts across them, with its change and days open.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var runs = new Option<int>("--runs") { Description = "How many recent runs to show. Default 10.", DefaultValueFactory = _ => 10 };
        var site = SiteFile.Option();
        var command = new Command("history", "Recorded runs with score and counts, and per-item trends.") { runs, site };
        command.SetAction(async (parse, ct) =>
        {
            if (await SiteFile.LoadAsync(context, parse.GetValue(site)) is not { } loaded)
            {
                return ExitCodes.ConfigurationError;
            }

            var db = SitePaths.For(loaded.Site, null).Database;
            if (!File.Exists(db))
            {
                await context.Error.WriteLineAsync($"No history yet: {db} does not exist (run oitcheck check first).");
                return ExitCodes.UnexpectedFailure;
            }

            var store = HistoryStore.ForSqliteFile(db, context.Time, context.LoggerFactory.CreateLogger<HistoryStore>());
            var n = Math.Max(1, parse.GetValue(runs));
            var zone = ThaiDates.Zone(loaded.Site.Schedule.TimeZone);
            RenderRuns(context.Console, await store.GetRunsAsync(loaded.Site.Id, n, ct), zone);
            var latest = await store.GetRunsAsync(loaded.Site.Id, 1, ct);
            RenderTrends(context.Console, await store.GetItemTrendsAsync(loaded.Site.Id, n, ct), latest.Count > 0 ? latest[0].StartedAt : context.Time.GetUtcNow());
            return ExitCodes.Success;
        });
        return command;
    }

    private static void RenderRuns(IAnsiConsole console, IReadOnlyList<StoredRun> runs, TimeZoneInfo zone)
    {
        var table = new Table { Border = TableBorder.Simple, Title = new TableTitle("Runs (newest first)") };
        table.AddColumns("Run", "Started", "Status", "OIT", "ITA pts", "Pass", "Fail", "Review");
        foreach (var r in runs)
        {
            table.AddRow(
                Markup.Escape(r.RunId),
                Markup.Escape(ThaiDates.ShortWithTime(ThaiDates.Local(r.StartedAt, zone))),
                r.Status == RunStatus.Complete ? "complete" : "[yellow]inconclusive[/]",
                ThaiDates.Points(r.Oit),
                ThaiDates.Points(r.ItaPoints),
                Num(r.Passed),
                Num(r.Failed),
                Num(r.ManualReview));
        }

        console.Write(table);
    }

    private static void RenderTrends(IAnsiConsole console, IReadOnlyList<ItemTrend> trends, DateTimeOffset at)
    {
        var table = new Table
        {
            Border = TableBorder.Simple,
            Title = new TableTitle("Items, oldest run → newest"),
            Caption = new TableTitle("✓ pass  ✗ fail  ? manual review  · inconclusive"),
        };
        table.AddColumns("Code", "Division", "Trend", "Now", "Change", "Days open");
        foreach (var t in trends)
        {
            var trend = string.Concat(t.Verdicts.Select(v => v.Verdict switch
            {
                Verdict.Pass => '✓',
                Verdict.Fail => '✗',
                Verdict.ManualReview => '?',
                _ => '·',
            }));
            table.AddRow(
                t.Code,
                Markup.Escape(t.Division),
                trend,
                EnumText.ToText(t.Latest.Verdict),
                EnumText.ToText(t.Latest.Change) is "none" ? string.Empty : EnumText.ToText(t.Latest.Change),
                t.Latest.DaysOpen(at)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
        }

        console.Write(table);
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
